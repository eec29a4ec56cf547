internal import CGMime
import Foundation

/// The messages of an mbox mailbox, split by GMime's mbox parser, each written back as the bytes
/// of one RFC 5322 message.
enum Mailbox {
    /// The messages in order; at most `limit` of them.
    static func messages(of data: Data, limit: Int = 100_000) -> [Data] {
        _ = MailMessage.ready
        return data.withUnsafeBytes { raw -> [Data] in
            guard let base = raw.baseAddress, raw.count > 0 else { return [] }
            let stream = g_mime_stream_mem_new_with_buffer(base.assumingMemoryBound(to: CChar.self), raw.count)
            defer { g_object_unref(stream) }
            let parser = g_mime_parser_new_with_stream(stream)
            defer { g_object_unref(parser) }
            g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX)
            var messages: [Data] = []
            while g_mime_parser_eos(parser) == 0, messages.count < limit {
                guard let message = g_mime_parser_construct_message(parser, nil) else { break }
                defer { g_object_unref(message) }
                guard let output = g_mime_stream_mem_new() else { break }
                defer { g_object_unref(output) }
                let object = UnsafeMutableRawPointer(message).assumingMemoryBound(to: GMimeObject.self)
                g_mime_object_write_to_stream(object, nil, output)
                let memory = UnsafeMutableRawPointer(output).assumingMemoryBound(to: GMimeStreamMem.self)
                guard let array = g_mime_stream_mem_get_byte_array(memory), let bytes = array.pointee.data else { continue }
                messages.append(Data(bytes: bytes, count: Int(array.pointee.len)))
            }
            return messages
        }
    }
}
