import Foundation

/// Where a run (or a shard) keeps its processed documents until the corpus phase, in input
/// order: one sequenced file of documents and, for each stage that contributes to its corpus step
/// (``CorpusContributor``), one sequenced file of contributions.
///
/// The run's own spool lives in `OUTPUT/.docpipe/` under names ``LeftoverFiles`` recognises; a
/// shard's is moved into its shard folder (`documents.seq.jsonl`, `contributions-I.seq.jsonl`).
/// The contributions of a stage whose contribution is a ``ByteCodedContribution`` are raw
/// records (``SequencedRecords``, `.bin` instead of `.jsonl`); a cached document's raw
/// contribution that its ``CachedDocumentReference`` leaves in the cache (``StoredPart``) is
/// spooled as a reference record instead of a copy of its bytes.
struct Spool {
    /// The sequenced documents.
    let documents: URL
    /// The sequenced contributions, by stage index.
    let contributions: [Int: URL]
    /// The stage indices whose contributions are raw records.
    let raw: Set<Int>
    /// Whether a document itself is written; for the others the line holds a stand-in with the
    /// document's id and source only (no stage's corpus step reads them, ``Stage/finishReads(_:)``).
    var keeps: @Sendable (Document) -> Bool = { _ in true }
    private var handles: [FileHandle] = []
    private var contributionHandles: [Int: FileHandle] = [:]

    /// Creates empty spool files for writing.
    init(creatingIn folder: URL, contributors: [Int], raw: Set<Int> = []) throws {
        let base = LeftoverFiles.spoolName("processed")
        documents = folder.appendingPathComponent(base)
        var contributions: [Int: URL] = [:]
        for index in contributors {
            let suffix = raw.contains(index) ? ".bin" : ".jsonl"
            contributions[index] = folder.appendingPathComponent(base.replacingOccurrences(of: ".jsonl", with: ".c\(index)\(suffix)"))
        }
        self.contributions = contributions
        self.raw = raw
        for url in [documents] + contributors.compactMap({ contributions[$0] }) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw FileError.cannotWrite(url.path) }
        }
        handles = [try FileHandle(forWritingTo: documents)]
        for index in contributors {
            if let url = contributions[index] { contributionHandles[index] = try FileHandle(forWritingTo: url) }
        }
    }

    /// The spool a completed shard left in its folder, for reading.
    init(inShardFolder folder: URL, contributors: [Int], raw: Set<Int> = []) {
        documents = folder.appendingPathComponent(Shard.documentsFile)
        contributions = Dictionary(uniqueKeysWithValues: contributors.map {
            ($0, folder.appendingPathComponent(Self.shardContributionsFile($0, raw: raw.contains($0))))
        })
        self.raw = raw
    }

    static func shardContributionsFile(_ stage: Int, raw: Bool) -> String { "contributions-\(stage).seq.\(raw ? "bin" : "jsonl")" }

    /// Appends one processed document and its contributions.
    func write(sequence: Int, document: Document, contributions: [Int: Data]) throws {
        let kept = keeps(document) ? document : Document(id: document.id, source: document.source, text: "")
        try handles[0].write(contentsOf: SequencedLines.line(sequence: sequence, id: document.id, json: kept.jsonData(spanLayout: .deltas)))
        try write(sequence: sequence, contributions: contributions)
    }

    /// Appends a document that stays in the stage cache (a reference to it, loaded only when a
    /// corpus step reads the documents) and its contributions.
    func write(sequence: Int, reference: CachedDocumentReference, contributions: [Int: Data]) throws {
        try handles[0].write(contentsOf: SequencedLines.line(sequence: sequence, id: reference.id, json: reference.jsonData()))
        try write(sequence: sequence, contributions: contributions, stored: reference.storedParts)
    }

    private func write(sequence: Int, contributions: [Int: Data], stored: [Int: StoredPart] = [:]) throws {
        for (index, handle) in contributionHandles.sorted(by: { $0.key < $1.key }) {
            if raw.contains(index), let part = stored[index] {
                try handle.write(contentsOf: SequencedRecords.reference(sequence: sequence, part: part))
                continue
            }
            guard let data = contributions[index] else { throw FileError.cannotWrite("\(self.contributions[index]?.path ?? ""): no contribution of stage \(index)") }
            if raw.contains(index) {
                try handle.write(contentsOf: SequencedRecords.record(sequence: sequence, bytes: data))
            } else {
                try handle.write(contentsOf: SequencedLines.line(sequence: sequence, json: data))
            }
        }
    }

    /// Closes the files.
    func close() throws {
        for handle in handles + contributionHandles.values { try handle.close() }
    }

    /// Removes the files.
    func remove() {
        for url in [documents] + Array(contributions.values) { try? FileManager.default.removeItem(at: url) }
    }

    /// Moves the files into a shard folder under their shard names.
    func move(into folder: URL) throws {
        var moves = [(documents, folder.appendingPathComponent(Shard.documentsFile))]
        for (index, url) in contributions { moves.append((url, folder.appendingPathComponent(Self.shardContributionsFile(index, raw: raw.contains(index))))) }
        for (from, to) in moves {
            try? FileManager.default.removeItem(at: to)
            guard rename(from.path, to.path) == 0 else { throw FileError.cannotWrite(to.path) }
        }
    }
}
