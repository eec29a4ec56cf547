/// A pipeline definition that cannot be used, with where and why.
public struct PipelineError: Error, Sendable, CustomStringConvertible, Hashable {
    /// Where the problem is; the line and column are those of the offending node.
    public var location: SourceLocation
    /// What is wrong and, where possible, how to fix it.
    public var message: String
    /// Further problems found in the same pass, in file order (each with its own location).
    public var further: [PipelineError] = []

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`, the form editors and SwiftPM understand; one line per
    /// problem when the pass found several.
    public var description: String {
        ([self] + further).map { "\($0.location): error: \($0.message)" }.joined(separator: "\n")
    }

    /// The same problem as a warning: `file:line:col: warning: message`.
    public var warningDescription: String { "\(location): warning: \(message)" }

    /// Equal when the location and message are (further problems are not compared).
    public static func == (lhs: PipelineError, rhs: PipelineError) -> Bool {
        lhs.location == rhs.location && lhs.message == rhs.message
    }

    /// Hashes the location and message.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(message)
    }
}
