import Foundation

/// A failed document as kept in `OUTPUT/quarantine.jsonl`: the failure and the input as read,
/// so nothing is lost and the document can be inspected or re-run.
public struct QuarantineEntry: Sendable, Codable {
    /// The document id.
    public var id: String
    /// Where it came from.
    public var source: String
    /// The stage that failed (`read` when the input could not be read).
    public var stage: String
    /// The error.
    public var error: String
    /// The document as read, before any stage; absent when it could not be read.
    public var input: Document?

    init(failure: RunReport.Failure, input: Document?) {
        id = failure.id
        source = failure.source
        stage = failure.stage
        error = failure.error
        self.input = input
    }

    /// The quarantine file of an output folder.
    public static func file(in output: URL) -> URL {
        output.appendingPathComponent("quarantine.jsonl")
    }

    /// Reads the quarantine of an output folder (empty when there is none).
    /// - Throws: when the file exists but cannot be read or parsed.
    public static func read(from output: URL) throws -> [QuarantineEntry] {
        let url = file(in: output)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        var entries: [QuarantineEntry] = []
        let reader = try LineReader(url: url)
        while let line = try reader.nextLine() {
            if line.isEmpty { continue }
            entries.append(try JSONCoding.decode(QuarantineEntry.self, from: line))
        }
        return entries
    }

    /// Replaces the quarantine file with these entries, or removes it when there are none.
    static func write(_ entries: [QuarantineEntry], to output: URL) throws {
        let url = file(in: output)
        guard !entries.isEmpty else {
            try? FileManager.default.removeItem(at: url)
            return
        }
        var data = Data()
        for entry in entries {
            data.append(try JSONCoding.data(entry))
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
    }
}
