import DocPipe
import Foundation

/// The training path of the entity typer: with `DOCPIPE_ENTITY_FEATURES` set to a folder, extract
/// writes each document's entity mentions and their ``EntityFeatures`` there as JSON Lines (one
/// file per document, named by a hash of its cleaned text as ``SpeakerFeatureExport`` names its
/// files), for `scripts/train_entity_typer.py`. An internal debugging path, not a pipeline option.
enum EntityFeatureExport {
    /// The folder to write to, when the variable is set.
    static let folder: String? = ProcessInfo.processInfo.environment["DOCPIPE_ENTITY_FEATURES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether mentions are exported.
    static var isEnabled: Bool { folder != nil }

    /// Writes one document's mentions: a line per mention with features (its code-point `start`
    /// and `end`, `text`, the rules' `label`, `canonical` and `features`).
    static func write(_ mentions: [EntityMention], features: [[String]?], text scalars: [Unicode.Scalar]) {
        guard let folder else { return }
        var lines = ""
        for (mention, list) in zip(mentions, features) {
            guard let list else { continue }
            let row: [String: Any] = ["start": mention.start, "end": mention.end, "text": mention.text, "label": mention.label.rawValue,
                                      "canonical": mention.canonical, "features": list]
            guard let data = try? JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]), let line = String(data: data, encoding: .utf8) else { continue }
            lines += line + "\n"
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/" + SpeakerFeatureExport.fileName(for: scalars), contents: Data(lines.utf8))
    }
}
