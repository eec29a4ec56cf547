import Foundation

/// The training path of the speaker ranker: with `DOCPIPE_SPEAKER_FEATURES` set to a folder, extract
/// writes each document's quote candidates and their features there as JSON Lines (one file per
/// document, named by a hash of its cleaned text, see ``fileName(for:)``), for
/// `scripts/train_speaker_ranker.py`. An internal debugging path, not a pipeline option.
enum SpeakerFeatureExport {
    /// The folder to write to, when the variable is set.
    static let folder: String? = ProcessInfo.processInfo.environment["DOCPIPE_SPEAKER_FEATURES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether candidates are exported.
    static var isEnabled: Bool { folder != nil }

    /// FNV-1a (64 bits) over the code points of the cleaned text, in hexadecimal, plus `.jsonl`.
    static func fileName(for scalars: [Unicode.Scalar]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            hash ^= UInt64(scalar.value)
            hash &*= 0x100_0000_01b3
        }
        return String(hash, radix: 16) + ".jsonl"
    }

    /// Writes one document's quotes with their candidates: a line per quote holding its code-point
    /// `start` and `end` and its `candidates` (name, label, features; the empty name is "no one").
    static func write(_ quotes: [(start: Int, end: Int, candidates: [SpeakerCandidate])], text scalars: [Unicode.Scalar]) {
        guard let folder else { return }
        var lines = ""
        for quote in quotes {
            let candidates: [[String: Any]] = quote.candidates.map { ["name": $0.name, "label": $0.label.rawValue, "features": $0.features] }
            let row: [String: Any] = ["start": quote.start, "end": quote.end, "candidates": candidates]
            guard let data = try? JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]), let line = String(data: data, encoding: .utf8) else { continue }
            lines += line + "\n"
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/" + fileName(for: scalars), contents: Data(lines.utf8))
    }
}
