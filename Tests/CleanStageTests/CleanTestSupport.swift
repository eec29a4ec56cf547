import DocPipe
import Foundation
@testable import CleanStage

/// Shared inputs and helpers of the clean-stage tests. The sentences are written for the tests.
enum Fixture {
    static let councilApproves = "The city council approved the new budget on Tuesday after a long debate about school funding and road repairs."
    static let membersArgue = "Several members argued that the plan did not go far enough, while others warned that taxes would have to rise next year."
    static let mayorSigns = "The mayor said she would sign the measure as soon as it reached her desk, calling it a fair compromise for everyone."
    static let residentsDivided = "Residents who attended the meeting were divided, and some of them promised to keep pressing for more money for parks."

    /// Four prose paragraphs with `lines` inserted after the given paragraph index (0 = before the first).
    static func article(inserting lines: [String] = [], after position: Int = 2, separator: String = "\n\n") -> String {
        var paragraphs = [councilApproves, membersArgue, mayorSigns, residentsDivided]
        paragraphs.insert(contentsOf: lines, at: position)
        return paragraphs.joined(separator: separator)
    }

    /// Cleans a text with the given options and returns the document.
    static func clean(
        _ text: String, source: String = "test.txt", metadata: Metadata = Metadata(),
        configure: (inout CleanOptions) -> Void = { _ in }
    ) throws -> Document {
        var options = CleanOptions()
        configure(&options)
        var document = Document(id: "t", source: source, text: text, metadata: metadata)
        try CleanStage(options: options, context: StageContext(pipelineName: "test")).process(&document)
        return document
    }

    /// The removals of a document.
    static func removed(_ document: Document) -> [Removal] {
        document[StandardLayers.Removed.self] ?? []
    }

    /// The reason a removal covering exactly `text` was recorded with, if any.
    static func reason(for text: String, in document: Document) -> String? {
        removed(document).first { $0.text == text }?.reason
    }

    /// The cleaned text's paragraphs.
    static func paragraphs(_ document: Document) -> [String] {
        document.text.components(separatedBy: "\n\n")
    }

    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
