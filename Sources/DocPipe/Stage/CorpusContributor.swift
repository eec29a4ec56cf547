import Foundation

/// A stage whose corpus step needs only a compact summary of each document, not the documents.
///
/// The runner calls ``contribution(of:)`` in the parallel per-document phase, on the document as
/// it leaves the last stage, keeps the contributions in input order (in the spool, and in the
/// cache beside the document, so an unchanged re-run recomputes nothing), and hands them to
/// ``finish(_:contributions:)``. The corpus step then never decodes a document.
///
/// Contract:
/// - `contribution(of:)` depends only on the document, the options and the context (it runs on
///   any thread, in any order, on any shard);
/// - contributions combine by concatenation in input order (the empty list and `+`, a monoid),
///   so one process, many jobs and many shards give the same sequence and the same results;
/// - ``finish(_:contributions:)`` must give the result ``Stage/finish(_:)`` gives over the same
///   documents (the default `finish(_:)` computes the contributions from the documents and calls
///   it, so the two paths cannot drift);
/// - a contribution is stored as JSON through `Codable`, or, when it is a
///   ``ByteCodedContribution``, as its own raw bytes in the spool and the cache (no
///   `JSONEncoder`/`JSONDecoder`, no base64);
/// - a contribution is cached under the document's last stage key; one that also reads the
///   document's `source` (a path, which is not in that key) says so with
///   ``contributionReadsSource``, and is then cached per source.
public protocol CorpusContributor: Stage {
    /// What one document contributes to the corpus step.
    associatedtype Contribution: Codable & Sendable

    /// The document's contribution.
    /// - Throws: any error; the document then fails like an error in `process`.
    func contribution(of document: Document) throws -> Contribution

    /// The corpus step over every document's contribution, in input order.
    /// - Parameters:
    ///   - corpus: the results of earlier stages' corpus steps (documents are there too, but a
    ///     contributor does not read them).
    ///   - contributions: `(document id, contribution)` in input order; ids are final (made
    ///     unique across the run).
    /// - Throws: any error; the run then fails.
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<Contribution>) throws

    /// Whether the contribution depends on the document's `source`; `false` unless a stage says so.
    static var contributionReadsSource: Bool { get }

    /// The names of the earlier corpus results ``finish(_:contributions:)`` reads; `nil` (the
    /// default): any. When a stage names them, the runner sets the others that have a compact
    /// form aside on disk while the step runs and puts them back after it (``ParkedResults``),
    /// so the step's memory does not hold them; the results the step writes are never set aside.
    static var corpusResultsRead: Set<String>? { get }
}

extension CorpusContributor {
    /// Contributions do not read the document's source.
    public static var contributionReadsSource: Bool { false }

    /// The step may read any earlier result.
    public static var corpusResultsRead: Set<String>? { nil }

    /// A contributor's corpus step reads contributions, not documents.
    public func finishReads(_ document: Document) -> Bool { false }

    /// The corpus step over documents: computes each contribution, then runs the contribution step.
    public func finish(_ corpus: inout Corpus) throws {
        var computed: [(String, Contribution)] = []
        try corpus.documents.forEach { computed.append(($0.id, try contribution(of: $0))) }
        try finish(&corpus, contributions: ContributionStream(computed))
    }

    /// Whether the runner stores the contributions as raw bytes (``ByteCodedContribution``)
    /// rather than JSON.
    static var storesRawBytes: Bool { Contribution.self is any ByteCodedContribution.Type }

    /// The version of the raw bytes' form (``ByteCodedContribution/storageVersion``), `nil` for JSON.
    static var rawStorageVersion: Int? { (Contribution.self as? any ByteCodedContribution.Type)?.storageVersion }

    /// The contribution as the runner stores it: its raw bytes for a ``ByteCodedContribution``,
    /// else JSON.
    func encodedContribution(of document: Document) throws -> Data {
        try encoded(try contribution(of: document))
    }

    /// A computed contribution as the runner stores it (see ``encodedContribution(of:)``).
    func encoded(_ computed: Contribution) throws -> Data {
        if let bytes = computed as? any ByteCodedContribution { return Data(try bytes.encodedBytes()) }
        return try JSONCoding.data(computed)
    }

    /// A contribution the runner stored, read back as ``ContributionStream`` reads it.
    /// - Throws: an error when the stored bytes cannot be read.
    func decoded(stored: Data) throws -> Contribution {
        try ContributionStream<Contribution>.decode(stored: stored, raw: Self.storesRawBytes)
    }

    /// Runs the contribution step over contributions the runner stored in sequenced spool `files`
    /// (raw records when ``storesRawBytes``), the n-th of them belonging to the n-th of `ids`.
    func finish(_ corpus: inout Corpus, storedIn files: [URL], ids: [String]) throws {
        var contributions = ContributionStream<Contribution>(sequencedFiles: files, ids: ids, raw: Self.storesRawBytes, excluding: corpus.droppedIDs)
        contributions.readProgress = corpus.documents.readProgress
        try finish(&corpus, contributions: contributions)
    }
}
