import Foundation

/// A ``CorpusContributor`` whose corpus step has a per-document part that needs only some
/// earlier results, so the runner can start it before the steps of the stages between it and
/// those results, and run it beside them (export: filling and writing every document, which
/// needs the final ids, the entity clusters, the duplicates and the stories' documents, not
/// summarize's timeline or conflicts).
///
/// Contract:
/// - ``documentPart(_:contributions:)`` reads only the results named in ``documentPartReads``
///   (a result's name, or `result.field` for one field of every element of it, e.g.
///   `stories.documents`) from the `results` it is given, and the contributions; it may run on
///   another thread while the corpus steps of other stages run, and touches nothing they touch;
/// - the runner starts it early only when every stage whose step runs meanwhile is a
///   ``PerDocumentStage`` or a ``CorpusContributor`` that declares
///   ``CorpusContributor/corpusResultsWritten`` disjoint from ``documentPartReads`` (and so drops
///   no document); `results` then hold those results as they will be at this stage's turn;
/// - at this stage's turn, ``finish(_:contributions:after:)`` gets the full corpus and the same
///   contributions, and finishes the step; `finish(&corpus, contributions: c, after:
///   documentPart(corpus.results, contributions: c))` must give what
///   ``CorpusContributor/finish(_:contributions:)`` gives (the default of the latter is exactly
///   that), so the outputs do not depend on when the part ran;
/// - when the part or any step running beside it fails, the runner calls ``discard(_:)`` on a
///   finished part, which removes whatever it wrote; a failing part leaves nothing behind.
public protocol SplitContributor: CorpusContributor {
    /// What the per-document part leaves for the rest of the step.
    associatedtype DocumentPart: Sendable

    /// The earlier results the per-document part reads: names, or `result.field`.
    static var documentPartReads: Set<String> { get }

    /// The per-document part of the corpus step.
    /// - Parameters:
    ///   - results: the earlier results, at least those named in ``documentPartReads``; the part
    ///     owns them and may let go of them as soon as it has read them.
    ///   - contributions: every document's contribution, in input order, ids final.
    /// - Throws: any error; the run then fails (the part removes what it wrote).
    func documentPart(_ results: consuming CorpusResults, contributions: ContributionStream<Contribution>) throws -> DocumentPart

    /// The rest of the corpus step, after ``documentPart(_:contributions:)``.
    /// - Parameters:
    ///   - corpus: the results of every earlier corpus step.
    ///   - contributions: the contributions the part read (they can be read again).
    ///   - part: what the part left.
    /// - Throws: any error; the run then fails (the step removes what the part wrote).
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<Contribution>, after part: DocumentPart) throws

    /// Removes what a finished part wrote, when the run fails before its step finishes.
    func discard(_ part: DocumentPart)
}

extension SplitContributor {
    /// The per-document part, then the rest of the step.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<Contribution>) throws {
        let part = try documentPart(corpus.results, contributions: contributions)
        try finish(&corpus, contributions: contributions, after: part)
    }

    /// The names of the results the per-document part reads, fields dropped.
    static var documentPartResults: Set<String> {
        Set(documentPartReads.map { String($0.prefix { $0 != "." }) })
    }

    /// Runs the per-document part over contributions the runner stored in sequenced spool
    /// `files`, the n-th of them belonging to the n-th of `ids`.
    func documentPart(_ results: consuming CorpusResults, storedIn files: [URL], ids: [String], excluding dropped: Set<String>) throws -> any Sendable {
        try documentPart(
            results, contributions: ContributionStream<Contribution>(sequencedFiles: files, ids: ids, raw: Self.storesRawBytes, excluding: dropped))
    }

    /// Finishes the step after a part started by ``documentPart(_:storedIn:ids:excluding:)``.
    func finish(_ corpus: inout Corpus, storedIn files: [URL], ids: [String], after part: any Sendable) throws {
        guard let part = part as? DocumentPart else { throw StageError("\(Self.name): its corpus step was handed another stage's part") }
        var contributions = ContributionStream<Contribution>(sequencedFiles: files, ids: ids, raw: Self.storesRawBytes, excluding: corpus.droppedIDs)
        contributions.readProgress = corpus.documents.readProgress
        try finish(&corpus, contributions: contributions, after: part)
    }

    /// Removes what a part started by ``documentPart(_:storedIn:ids:excluding:)`` wrote.
    func discard(part: any Sendable) {
        if let part = part as? DocumentPart { discard(part) }
    }
}
