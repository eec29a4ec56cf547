import Foundation

/// The per-document, per-stage cache behind incremental re-runs and resume.
///
/// After each stage, the document is stored under a key chained from the input's content hash,
/// the pipeline's reference date and, for every stage up to this one, its name, version and
/// options. Changing a stage's options changes its key and every later one, so only that stage
/// and what follows run again; a new document has keys of its own. Failures are never cached.
struct StageCache: Sendable {
    let folder: URL

    /// The chain of keys for a document: one per stage.
    static func keys(contentHash: String, id: String, referenceDate: String?, stages: [StageRecord]) -> [String] {
        var key = SHA256.hex("input\u{0}\(id)\u{0}\(contentHash)\u{0}\(referenceDate ?? "")")
        return stages.map { stage in
            key = SHA256.hex("\(key)\u{0}\(stage.name)\u{0}\(stage.version)\u{0}\(stage.options.jsonText)")
            return key
        }
    }

    private func url(_ key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".json")
    }

    /// The document stored under a key, if any (an unreadable entry counts as a miss).
    func load(_ key: String) -> Document? {
        guard let data = FileManager.default.contents(atPath: url(key).path) else { return nil }
        return try? Document(jsonBytes: [UInt8](data))
    }

    /// Whether an entry exists for a key.
    func contains(_ key: String) -> Bool {
        FileManager.default.fileExists(atPath: url(key).path)
    }

    /// Stores a document under a key, atomically.
    func store(_ document: Document, key: String) throws {
        try AtomicFile.write(to: url(key), durable: false) { handle in
            let output = BufferedOutput(handle)
            try document.writeJSON { try output.write($0) }
            try output.flush()
        }
    }
}
