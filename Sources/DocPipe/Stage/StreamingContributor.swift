import Foundation

/// A ``CorpusContributor`` whose corpus step can write each document as soon as it is processed,
/// instead of reading every contribution back from the spool at the end (export: a document's
/// filled line, CSV records and database rows).
///
/// Contract:
/// - the runner streams only in an unsharded run where every stage before this one is a
///   ``PerDocumentStage``, so no earlier corpus step can change what a document's output is;
///   otherwise (and for `merge`) the contributions go through the spool as for any contributor;
/// - ``prepare(_:id:)`` runs on the document's own thread, on its contribution and its id as
///   processed; it depends only on them, the options and the context;
/// - the writer from ``makeWriter()`` is handed every prepared document in input order with its
///   final id, one at a time, and then, at this stage's turn in the corpus phase,
///   ``CorpusContributor/finish(_:contributions:)`` gets a stream whose
///   ``ContributionStream/writtenAhead`` is that writer and the final ids: it finishes the files
///   instead of reading contributions (``ContributionStream/forEach(_:)`` then throws);
/// - the outputs must be byte-identical to the spooled path's.
public protocol StreamingContributor: CorpusContributor {
    /// What one document becomes on its own thread, ready for the writer.
    associatedtype Prepared: Sendable

    /// Prepares a document's contribution for the writer, assuming its final id is `id`.
    /// - Throws: any error; the document then fails like an error in its contribution.
    func prepare(_ contribution: Contribution, id: String) throws -> Prepared

    /// Prepares a document for the writer straight from the document, under its id, when its
    /// contribution is not stored (no cache): the same as ``prepare(_:id:)`` of its contribution,
    /// which is what the default does; a stage may skip the contribution's form there.
    /// - Throws: any error; the document then fails like an error in its contribution.
    func prepare(document: Document) throws -> Prepared

    /// Opens the writer for one run (temporary files in the output folder).
    /// - Throws: a file error; the run then fails before any document is processed.
    func makeWriter() throws -> any ContributionWriter
}

extension StreamingContributor {
    /// Prepares the document's contribution under the document's id.
    public func prepare(document: Document) throws -> Prepared {
        try prepare(try contribution(of: document), id: document.id)
    }

    /// The document's contribution prepared for the writer, with its stored form when `storing`
    /// (for the cache).
    func preparedContribution(of document: Document, storing: Bool) throws -> (stored: Data?, prepared: any Sendable) {
        guard storing else { return (nil, try prepare(document: document)) }
        let computed = try contribution(of: document)
        return (try encoded(computed), try prepare(computed, id: document.id))
    }

    /// A contribution as the runner stored it (in the cache), prepared for the writer.
    func prepared(stored: Data, id: String) throws -> any Sendable {
        try prepare(try decoded(stored: stored), id: id)
    }

    /// Runs the corpus step over the contributions `writer` wrote while the documents were
    /// processed, the n-th of them with the n-th of `ids`.
    func finish(_ corpus: inout Corpus, writtenBy writer: any ContributionWriter, ids: [String]) throws {
        try finish(&corpus, contributions: ContributionStream(writtenAhead: writer, ids: ids, excluding: corpus.droppedIDs))
    }
}
