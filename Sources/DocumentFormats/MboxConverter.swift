import DocPipe
import Foundation

/// Reads mbox mailboxes (a `From ` separator line, then an e-mail's header block): GMime's mbox
/// parser splits them, and each message becomes a document of its own, read by
/// ``MailConverter`` (id `MAILBOX/message-N`, N from 1 in mailbox order, metadata `parent`); the
/// mailbox itself is only a container and yields no document.
public struct MboxConverter: DocumentConverter {
    /// `mbox`.
    public let format = "mbox"
    /// Version 1.
    public let version = "1"
    /// `mbox`.
    public let extensions = ["mbox"]
    /// The messages come back as attachments of the mailbox.
    public let yieldsAttachments = true

    /// Creates the converter.
    public init() {}

    /// Whether the bytes start with an mbox `From ` line followed by an e-mail's headers.
    public func recognizes(_ data: Data) -> Bool {
        guard data.starts(with: Array("From ".utf8)), let end = data.prefix(1024).firstIndex(of: 0x0A) else { return false }
        return MailConverter().recognizes(data[(end + 1)...])
    }

    /// Splits the mailbox into its messages.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        let messages = Mailbox.messages(of: data)
        guard !messages.isEmpty else { throw ConversionError.unreadable(format: "mbox mailbox", detail: "GMime found no message") }
        var converted = ConvertedDocument(text: "", metadata: Metadata(extra: ["messages": .integer(messages.count)]))
        converted.attachments = messages.enumerated().map { ConvertedAttachment(name: "message-\($0.offset + 1)", data: $0.element) }
        converted.isContainer = true
        return converted
    }
}
