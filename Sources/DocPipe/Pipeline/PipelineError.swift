/// A pipeline definition that cannot be used, with where and why.
public struct PipelineError: Error, Sendable, CustomStringConvertible, Hashable {
    /// Where the problem is; the line and column are those of the offending node.
    public var location: SourceLocation
    /// What is wrong and, where possible, how to fix it.
    public var message: String

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`, the form editors and SwiftPM understand.
    public var description: String { "\(location): error: \(message)" }
}
