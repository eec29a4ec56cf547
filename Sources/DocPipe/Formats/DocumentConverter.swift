import Foundation

/// Recognises the bytes of one document format (PDF, DOCX, …) and turns them into text,
/// metadata and source blocks, before any stage runs.
///
/// The contract:
/// - ``recognizes(_:)`` decides from the content alone (magic bytes, a container's entries),
///   never from the file name, and is cheap: the runner asks every registered converter about
///   every file, in registration order, and the first that says yes converts it.
/// - ``convert(_:source:)`` is called concurrently from several documents in flight, so it keeps
///   no mutable state. A malformed or hostile file must never take the process down: a
///   converter parses it in a separate, limited process, or with a library and limits that make
///   it fail. A file it cannot read throws an error whose description says what is wrong and, when
///   there is one, what to do; the runner quarantines the document and the batch goes on.
/// - The converted text is the document's paragraphs in reading order, each on one line,
///   separated by a blank line; each ``ConvertedBlock`` covers one paragraph with code-point
///   offsets into that text and says where in the source it came from. Attached files go back
///   as ``ConvertedDocument/attachments``; the runner reads the readable ones as documents.
/// - The input's bytes key the cache, with ``format`` and ``version``: bump the version when the
///   same bytes convert differently. A document whose every stage is cached is not converted
///   again, unless ``yieldsAttachments`` (its attachments exist only in the conversion).
public protocol DocumentConverter: Sendable {
    /// The format's short name (`pdf`), recorded in the document's `format` metadata.
    var format: String { get }
    /// The converter's version; part of every cache key of the documents it converts.
    var version: String { get }
    /// The file extensions (lower case, without the dot) read from input folders.
    var extensions: [String] { get }
    /// Whether the bytes are of this format, judged by their content.
    /// - Parameter data: the whole file.
    func recognizes(_ data: Data) -> Bool
    /// Converts one document.
    /// - Parameters:
    ///   - data: the whole file.
    ///   - source: where it came from (a path), for messages.
    /// - Returns: the text, metadata and blocks.
    /// - Throws: an error whose description names the problem (encrypted, no text layer, …).
    func convert(_ data: Data, source: String) throws -> ConvertedDocument
    /// Whether conversions may return attachments; such documents are converted on every run.
    var yieldsAttachments: Bool { get }
}

extension DocumentConverter {
    /// No attachments, by default.
    public var yieldsAttachments: Bool { false }
}
