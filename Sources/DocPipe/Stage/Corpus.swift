import Foundation

/// What a corpus-level step sees: the processed documents as a stream, and the results so far.
public struct Corpus: Sendable {
    /// The processed documents, in run order; can be read several times. Documents a corpus
    /// step dropped (``drop(_:stage:reason:)``) are left out.
    public private(set) var documents: DocumentStream
    /// Results of corpus-level steps, written to `corpus.json`.
    public var results: CorpusResults
    /// Figures and warnings of the run so far, for stages that report on it.
    public var summary: RunSummary
    /// Warnings a corpus step raises (a row it could not export, say); they go to `run.json`
    /// and the end-of-run summary.
    public var warnings: [RunReport.Warning] = []
    /// Documents a corpus step dropped from the later corpus steps and the exports, in input
    /// order; listed in `run.json`.
    public private(set) var dropped: [RunReport.Dropped] = []
    /// The ids of ``dropped``.
    public private(set) var droppedIDs: Set<String> = []
    /// Every figure of the `conflicts` result, walked again from the stored contributions of
    /// the step that found them (`summarize`) when the `conflicts` table is written; `nil` when
    /// no step set it (the table then lists the groups' cited figures).
    public var conflictFigures: ConflictFigureStream?

    /// Creates a corpus view.
    public init(documents: DocumentStream, results: CorpusResults = CorpusResults(), summary: RunSummary = RunSummary()) {
        self.documents = documents
        self.results = results
        self.summary = summary
    }
}

extension Corpus {
    /// Drops a document from the later corpus steps (their contributions and the document stream
    /// skip it) and from the exports; it is counted and listed in `run.json`, never silently.
    /// - Parameters:
    ///   - id: the document id.
    ///   - stage: the stage that drops it.
    ///   - reason: why, in a few words ("duplicate of a-1").
    public mutating func drop(_ id: String, stage: String, reason: String) {
        guard droppedIDs.insert(id).inserted else { return }
        dropped.append(RunReport.Dropped(id: id, stage: stage, reason: reason))
        documents.excluded.insert(id)
        documents.count -= 1
    }
}

/// Short facts about the run for corpus steps: counts and failures.
public struct RunSummary: Sendable, Codable, Hashable {
    /// Documents read.
    public var documentsRead: Int = 0
    /// Documents that went through every stage.
    public var documentsProcessed: Int = 0
    /// Documents that failed a stage.
    public var documentsFailed: Int = 0

    /// Creates empty figures.
    public init() {}
}

/// Corpus-level results, keyed by name; encoded as the `corpus.json` object.
public struct CorpusResults: Sendable {
    var layers = Layers()

    /// Creates empty results.
    public init() {}

    /// Reads or writes a typed result.
    public subscript<Key: CorpusKey>(key: Key.Type) -> Key.Value? {
        get { layers[LayerAdapter<Key>.self] }
        set { layers[LayerAdapter<Key>.self] = newValue }
    }

    /// Reads or writes a result as raw JSON.
    public subscript(raw name: String) -> JSONValue? {
        get { layers[raw: name] }
        set { layers[raw: name] = newValue }
    }

    /// The names of the results present, sorted.
    public var names: [String] { layers.names }

    /// All results as one JSON object.
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        for name in names { object[name] = layers[raw: name] }
        return .object(object)
    }

    /// The results as `corpus.json` holds them: the bytes `JSONCoding.prettyData(json)` gives
    /// (indented, keys sorted, a newline at the end), written by hand rather than by
    /// Foundation's `JSONEncoder`.
    public var prettyJSON: [UInt8] {
        var object: [String: JSONValue] = [:]
        for name in names { object[name] = layers.jsonTree(name) }
        return JSONText.pretty(.object(object)) + [0x0A]
    }

    /// Writes ``prettyJSON``'s bytes to `output` without holding them or the results' whole JSON
    /// tree: one result at a time, and a typed result that is an array (the entity clusters, with
    /// their per-document mention counts) one element at a time.
    /// - Throws: an encoding error, or the output's write error.
    public func writePrettyJSON(to output: BufferedOutput) throws {
        var written = 0
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let elements = layers.typedElements(name)
            let tree = elements == nil ? layers.jsonTree(name) : nil
            guard elements != nil || tree != nil else { continue }
            try output.write((written == 0 ? [0x7B, 0x0A] : [0x2C, 0x0A]) + [0x20, 0x20] + JSONText.string(name) + [0x20, 0x3A, 0x20])
            written += 1
            if let elements {
                try JSONText.writePrettyArray(elements, level: 1, to: output)
            } else if let tree {
                try output.write(JSONText.pretty(tree, level: 1))
            }
        }
        try output.write(written == 0 ? [0x7B, 0x0A, 0x0A, 0x7D, 0x0A] : [0x0A, 0x7D, 0x0A])
    }
}

private enum LayerAdapter<Key: CorpusKey>: LayerKey {
    typealias Value = Key.Value
    static var name: String { Key.name }
}

/// A re-readable stream of documents, backed by a JSON Lines file or by memory.
public struct DocumentStream: Sendable {
    enum Backing: Sendable {
        case file(URL)
        case memory([Document])
    }

    let backing: Backing
    /// The number of documents in the stream (dropped ones not counted).
    public internal(set) var count: Int
    /// Ids of documents the stream skips (dropped by a corpus step).
    var excluded: Set<String> = []
    /// Told how many documents each pass has read so far (the run's progress display).
    var readProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// The stage cache that lines holding a ``CachedDocumentReference`` are loaded from.
    var cache: StageCache?

    /// A stream over documents held in memory (tests, small inputs).
    public init(_ documents: [Document]) {
        backing = .memory(documents)
        count = documents.count
    }

    /// A stream over a `documents.jsonl`-shaped file.
    /// - Parameters:
    ///   - file: the JSON Lines file.
    ///   - count: the number of lines in it.
    public init(file: URL, count: Int) {
        backing = .file(file)
        self.count = count
    }

    /// The document of one line of the backing file: the line itself, or the cached document
    /// it refers to (``CachedDocumentReference``).
    func document(_ line: Data) throws -> Document {
        if CachedDocumentReference.isReference(line) { return try CachedDocumentReference(jsonData: line).load(from: cache) }
        return try Document(jsonData: line)
    }

    /// Calls `body` with each document in order.
    /// - Throws: what `body` throws, or an error when the backing file cannot be read.
    public func forEach(_ body: (Document) throws -> Void) throws {
        switch backing {
        case .memory(let documents):
            for document in documents where !excluded.contains(document.id) { try body(document) }
        case .file(let url):
            let reader = try LineReader(url: url)
            var done = 0
            while let line = try reader.nextLine() {
                if line.isEmpty { continue }
                let document = try document(line)
                if excluded.contains(document.id) { continue }
                try body(document)
                done += 1
                readProgress?(done, count)
            }
        }
    }
}
