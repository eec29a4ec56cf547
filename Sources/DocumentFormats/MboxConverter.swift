import DocPipe
import Foundation

/// Recognises mbox mailboxes (a `From ` separator line, then an e-mail's header block) so that
/// they get a clear message instead of being read as one plain-text document: DocPipe does not
/// split a mailbox into its messages yet.
public struct MboxConverter: DocumentConverter {
    /// `mbox`.
    public let format = "mbox"
    /// Version 1.
    public let version = "1"
    /// `mbox`.
    public let extensions = ["mbox"]

    /// Creates the converter.
    public init() {}

    /// Whether the bytes start with an mbox `From ` line followed by an e-mail's headers.
    public func recognizes(_ data: Data) -> Bool {
        guard data.starts(with: Array("From ".utf8)), let end = data.prefix(1024).firstIndex(of: 0x0A) else { return false }
        return MailConverter().recognizes(data[(end + 1)...])
    }

    /// Refuses the mailbox, saying how many messages it holds and how to split it.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        let separators = data.split(separator: 0x0A, omittingEmptySubsequences: false).count { $0.starts(with: Array("From ".utf8)) }
        throw ConversionError.unreadable(
            format: "single document",
            detail: "an mbox mailbox of \(separators) message(s); DocPipe does not split mailboxes yet, split it into .eml files first (e.g. `git mailsplit -o FOLDER FILE`)")
    }
}
