import Foundation

/// Regular expressions from the pipeline file (`drop_patterns`, `keep_patterns`), compiled once.
struct PatternSet: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented as safe to share between threads.
    private let expressions: [NSRegularExpression]

    /// Compiles the patterns.
    /// - Parameters:
    ///   - patterns: ICU regular expressions.
    ///   - option: the option's name, for error messages.
    /// - Throws: `StageError` naming the first pattern that does not compile.
    init(_ patterns: [String], option: String) throws {
        expressions = try patterns.map { pattern in
            do {
                return try NSRegularExpression(pattern: pattern)
            } catch {
                throw CleanError.invalidPattern(option: option, pattern: pattern)
            }
        }
    }

    /// Whether there is no pattern.
    var isEmpty: Bool { expressions.isEmpty }

    /// Whether any pattern matches somewhere in the text.
    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expressions.contains { $0.firstMatch(in: text, range: range) != nil }
    }
}
