/// Why `clean` removed a piece of the input: the fixed vocabulary of the `removed` layer.
enum RemovalReason: String, Sendable {
    case boilerplate
    case interface
    case caption
    case related
    case bio
    case disclaimer
    case contact
    case advertisement
    case title = "metadata:title"
    case author = "metadata:author"
    case publisher = "metadata:publisher"
    case section = "metadata:section"
    case date = "metadata:date"
    case pattern
    /// A quoted reply in an e-mail, as its converter marked it.
    case quotedReply = "quoted_reply"
    /// An e-mail signature, as its converter marked it.
    case signature

    /// The reason for removing every paragraph of a converted block of this kind, if any.
    static func forConvertedKind(_ kind: String) -> RemovalReason? {
        switch kind {
        case "quotedReply": return .quotedReply
        case "signature": return .signature
        default: return nil
        }
    }
}
