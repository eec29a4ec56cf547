import Foundation

/// What a corpus-level step sees: the processed documents as a stream, and the results so far.
public struct Corpus: Sendable {
    /// The processed documents, in run order; can be read several times.
    public let documents: DocumentStream
    /// Results of corpus-level steps, written to `corpus.json`.
    public var results: CorpusResults
    /// Figures and warnings of the run so far, for stages that report on it.
    public var summary: RunSummary

    /// Creates a corpus view.
    public init(documents: DocumentStream, results: CorpusResults = CorpusResults(), summary: RunSummary = RunSummary()) {
        self.documents = documents
        self.results = results
        self.summary = summary
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
    /// The number of documents in the stream.
    public let count: Int

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

    /// Calls `body` with each document in order.
    /// - Throws: what `body` throws, or an error when the backing file cannot be read.
    public func forEach(_ body: (Document) throws -> Void) throws {
        switch backing {
        case .memory(let documents):
            for document in documents { try body(document) }
        case .file(let url):
            let reader = try LineReader(url: url)
            while let line = try reader.nextLineBytes() {
                if line.isEmpty { continue }
                try body(Document(jsonBytes: line))
            }
        }
    }
}
