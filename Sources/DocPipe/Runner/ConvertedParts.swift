/// What a conversion yields besides its document: the attachments to read as documents of their
/// own, and whether the file was only their container.
struct ConvertedParts: Sendable {
    /// The attachments, in order.
    var attachments: [ConvertedAttachment] = []
    /// Whether the file yields no document of its own (a mailbox).
    var isContainer = false
}
