import DocPipe
import Foundation
import HTMLExtraction

/// Reads e-mail messages (`.eml`, RFC 5322 with MIME) with GMime: the headers become metadata
/// (`title` the subject, `author` the sender, `date` the day sent; `from`, `to`, `cc`, `subject`,
/// `message_id`, `in_reply_to`, `sent`), the body is the first `text/plain` part (else the
/// `text/html` part through the HTML extractor), with quoted replies and the signature kept as
/// blocks of kind `quotedReply` and `signature`, which `clean` removes with those reasons.
/// Attachments are returned decoded; the runner reads those of readable formats as documents of
/// their own (id `MESSAGE/NAME`, metadata `parent`).
///
/// Recognised by its content: the first lines are header fields up to a blank line, among them
/// `From:` and `To:` or `Subject:`, and one of `Date:`, `Message-ID:`, `Received:`,
/// `MIME-Version:`. An mbox file (starting `From `) is not read by this converter.
public struct MailConverter: DocumentConverter {
    /// `email`.
    public let format = "email"
    /// Version 1.
    public let version = "1"
    /// `eml`.
    public let extensions = ["eml"]
    /// Messages carry attachments, read by the runner as documents of their own.
    public let yieldsAttachments = true

    private let extractor = HTMLExtractor(options: ExtractionOptions(minimumMainTextLength: Int.max))

    /// Creates the converter.
    public init() {}

    /// Whether the bytes start with an e-mail's header block.
    public func recognizes(_ data: Data) -> Bool {
        guard Self.startsWithHeaderName(data) else { return false }
        let head = String(decoding: data.prefix(8192), as: UTF8.self)
        var names: Set<String> = []
        for line in head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" {
                guard !names.isEmpty else { return false }
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                  line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return false }
            names.insert(line[..<colon].lowercased())
        }
        return names.contains("from") && (names.contains("to") || names.contains("subject"))
            && !names.isDisjoint(with: ["date", "message-id", "received", "mime-version"])
    }

    /// Whether the bytes begin with what every header line begins with: an ASCII name (letters,
    /// digits, `-`) and a colon. Checked on the bytes first, so a text file is turned away without
    /// reading its head as lines.
    static func startsWithHeaderName(_ data: Data) -> Bool {
        var length = 0
        for byte in data.prefix(8192) {
            if byte == UInt8(ascii: ":") { return length > 0 }
            let isName = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
            guard isName else { return false }
            length += 1
        }
        return false
    }

    /// Converts one message.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        guard let message = MailMessage(data) else {
            throw ConversionError.unreadable(format: "e-mail message", detail: "GMime found no message")
        }
        var builder = ConvertedTextBuilder()
        if let plain = message.plainBody, !plain.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            for paragraph in MailBodyReader.paragraphs(of: plain) {
                builder.append(paragraph.text, kind: paragraph.kind, part: "text/plain")
            }
        } else if let html = message.htmlBody {
            let page = extractor.extract(Array(html.utf8))
            let scalars = Array(page.text.unicodeScalars)
            for block in page.blocks where block.start < block.end && block.end <= scalars.count {
                let kind = block.kind == .quote ? "quotedReply" : block.kind.rawValue
                builder.append(String(String.UnicodeScalarView(scalars[block.start..<block.end])), kind: kind, part: "text/html")
            }
        }
        var metadata = Metadata(title: message.subject, author: message.from, date: message.date.flatMap(PDFInfo.day))
        for (key, value) in [("from", message.from), ("to", message.to), ("cc", message.cc), ("subject", message.subject),
                             ("message_id", message.messageID), ("in_reply_to", message.inReplyTo), ("sent", message.date)] {
            if let value, !value.isEmpty { metadata.extra[key] = .string(value) }
        }
        if !message.attachments.isEmpty {
            metadata.extra["attachments"] = .array(message.attachments.map { .string($0.name) })
        }
        var converted = ConvertedDocument(text: builder.text, metadata: metadata, blocks: builder.blocks)
        converted.attachments = message.attachments
        return converted
    }
}
