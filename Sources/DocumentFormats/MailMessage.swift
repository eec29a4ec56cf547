internal import CGMime
import DocPipe
import Foundation

/// One e-mail message parsed by GMime (Debian `libgmime-3.0`, LGPL-2.1, linked dynamically): its
/// headers, its readable body, and its attachments' names.
struct MailMessage: Sendable, Hashable {
    /// `From`, as written (names and addresses).
    var from: String?
    /// `To`.
    var to: String?
    /// `Cc`.
    var cc: String?
    /// `Subject`.
    var subject: String?
    /// `Date`, ISO 8601.
    var date: String?
    /// `Message-ID`.
    var messageID: String?
    /// `In-Reply-To`.
    var inReplyTo: String?
    /// The first `text/plain` part that is not an attachment, decoded to UTF-8.
    var plainBody: String?
    /// The first `text/html` part that is not an attachment, decoded to UTF-8.
    var htmlBody: String?
    /// The attachments: file names and decoded bytes.
    var attachments: [ConvertedAttachment] = []

    /// GMime, initialised once.
    static let ready: Bool = {
        g_mime_init()
        return true
    }()

    /// Parses a message; `nil` when GMime finds no message in the bytes.
    init?(_ data: Data) {
        _ = Self.ready
        let parsed: UnsafeMutablePointer<GMimeMessage>? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            let stream = g_mime_stream_mem_new_with_buffer(base.assumingMemoryBound(to: CChar.self), raw.count)
            defer { g_object_unref(stream) }
            let parser = g_mime_parser_new_with_stream(stream)
            defer { g_object_unref(parser) }
            return g_mime_parser_construct_message(parser, nil)
        }
        guard let message = parsed else { return nil }
        defer { g_object_unref(message) }
        from = Self.addresses(g_mime_message_get_from(message))
        to = Self.addresses(g_mime_message_get_to(message))
        cc = Self.addresses(g_mime_message_get_cc(message))
        subject = g_mime_message_get_subject(message).map { String(cString: $0) }
        messageID = g_mime_message_get_message_id(message).map { String(cString: $0) }
        let object = UnsafeMutableRawPointer(message).assumingMemoryBound(to: GMimeObject.self)
        inReplyTo = g_mime_object_get_header(object, "In-Reply-To").map { String(cString: $0).trimmingCharacters(in: .whitespaces) }
        if let date = g_mime_message_get_date(message), let formatted = g_date_time_format_iso8601(date) {
            self.date = String(cString: formatted)
            g_free(formatted)
        }
        var found = PartCollector()
        withUnsafeMutablePointer(to: &found) { pointer in
            g_mime_message_foreach(message, { _, part, data in
                guard let part, let data else { return }
                data.assumingMemoryBound(to: PartCollector.self).pointee.visit(part)
            }, pointer)
        }
        plainBody = found.plain
        htmlBody = found.html
        attachments = found.attachments
    }

    private static func addresses(_ list: UnsafeMutablePointer<InternetAddressList>?) -> String? {
        guard let list, internet_address_list_length(list) > 0, let text = internet_address_list_to_string(list, nil, 0) else { return nil }
        defer { g_free(text) }
        let value = String(cString: text)
        return value.isEmpty ? nil : value
    }
}

/// Gathers the readable bodies and attachment names while GMime walks a message's parts.
private struct PartCollector {
    var plain: String?
    var html: String?
    var attachments: [ConvertedAttachment] = []

    mutating func visit(_ part: UnsafeMutablePointer<GMimeObject>) {
        guard let type = g_mime_object_get_content_type(part) else { return }
        let isLeaf = g_type_check_instance_is_a(UnsafeMutableRawPointer(part).assumingMemoryBound(to: GTypeInstance.self), g_mime_part_get_type()) != 0
        guard isLeaf else { return }
        let mimePart = UnsafeMutableRawPointer(part).assumingMemoryBound(to: GMimePart.self)
        if g_mime_part_is_attachment(mimePart) != 0 {
            let name = g_mime_part_get_filename(mimePart).map { String(cString: $0) } ?? "attachment-\(attachments.count + 1)"
            attachments.append(ConvertedAttachment(name: name, data: Self.content(of: mimePart)))
            return
        }
        let isText = g_type_check_instance_is_a(UnsafeMutableRawPointer(part).assumingMemoryBound(to: GTypeInstance.self), g_mime_text_part_get_type()) != 0
        guard isText else { return }
        let textPart = UnsafeMutableRawPointer(part).assumingMemoryBound(to: GMimeTextPart.self)
        if g_mime_content_type_is_type(type, "text", "plain") != 0, let text = g_mime_text_part_get_text(textPart) {
            let body = String(cString: text)
            g_free(text)
            plain = plain.map { $0 + "\n\n" + body } ?? body
        } else if html == nil, g_mime_content_type_is_type(type, "text", "html") != 0, let text = g_mime_text_part_get_text(textPart) {
            html = String(cString: text)
            g_free(text)
        }
    }

    /// A part's content with its transfer encoding (base64, quoted-printable) undone.
    private static func content(of part: UnsafeMutablePointer<GMimePart>) -> Data {
        guard let wrapper = g_mime_part_get_content(part), let stream = g_mime_stream_mem_new() else { return Data() }
        defer { g_object_unref(stream) }
        g_mime_data_wrapper_write_to_stream(wrapper, stream)
        let memory = UnsafeMutableRawPointer(stream).assumingMemoryBound(to: GMimeStreamMem.self)
        guard let array = g_mime_stream_mem_get_byte_array(memory), let bytes = array.pointee.data else { return Data() }
        return Data(bytes: bytes, count: Int(array.pointee.len))
    }
}
