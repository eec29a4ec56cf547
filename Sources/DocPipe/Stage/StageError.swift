/// An error a stage throws, with a message a person can act on.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    /// - Parameter message: what went wrong and, where possible, what to do.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
