import Foundation

/// A file attached to a converted document (an e-mail's attachment), handed back to the runner,
/// which reads it as a document of its own when a converter recognises it or it is text, with a
/// `parent` link in its metadata.
public struct ConvertedAttachment: Sendable, Hashable {
    /// Its file name as the container gives it.
    public var name: String
    /// Its decoded bytes.
    public var data: Data

    /// Creates an attachment.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
