/// What a ``DocumentConverter`` makes of one file.
public struct ConvertedDocument: Sendable, Hashable {
    /// Paragraphs in reading order, one per line, separated by a blank line.
    public var text: String
    /// Title, author, date and the format's own fields (pages, created, modified, …).
    public var metadata: Metadata
    /// One block per paragraph, in text order, with code-point offsets into ``text``.
    public var blocks: [ConvertedBlock]
    /// Things a person should know that did not stop the conversion.
    public var warnings: [String]
    /// Attached files, read by the runner as documents of their own (see ``ConvertedAttachment``).
    public var attachments: [ConvertedAttachment] = []
    /// Whether the file is only a container of its attachments (a mailbox): it yields no
    /// document itself, only them.
    public var isContainer = false

    /// Creates a converted document.
    public init(text: String, metadata: Metadata = Metadata(), blocks: [ConvertedBlock] = [], warnings: [String] = []) {
        self.text = text
        self.metadata = metadata
        self.blocks = blocks
        self.warnings = warnings
    }
}
