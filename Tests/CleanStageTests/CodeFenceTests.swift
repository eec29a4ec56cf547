import DocPipe
import Testing
@testable import CleanStage

@Suite("Fenced code blocks")
struct CodeFenceTests {
    /// A block holding a line the boilerplate rules would remove and an indented line.
    private let code = """
    let total = 1
    Share on Facebook
    for x in items {
        print(x)
    }
    """

    /// Cleans `text`, then cleans the output again sniffed (as the fuzz target does), as Markdown
    /// and as plain text, and expects every second pass to give the first pass's text.
    private func expectIdempotent(_ text: String, source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
        let once = try Fixture.clean(text, source: source)
        for (again, format) in [("fuzz.txt", "auto"), ("again.md", "auto"), ("again.txt", "markdown"), ("again.txt", "text")] {
            let twice = try Fixture.clean(once.text, source: again, metadata: once.metadata) { $0.format = format }
            #expect(twice.text == once.text, "second pass as \(again), format \(format)", sourceLocation: sourceLocation)
        }
        return once
    }

    @Test("an unclosed fence becomes a closed block in the output, and cleans the same again")
    func unclosedFenceIsClosed() throws {
        let markdown = "# Budget notes\n\n\(Fixture.councilApproves)\n\n~~~\n\(code)\n"
        let document = try expectIdempotent(markdown, source: "notes.md")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, "~~~\n\(code)\n~~~"])
    }

    @Test("a closed fence keeps its fence lines, a boilerplate line and indentation through two passes")
    func closedFenceKeepsCode() throws {
        let markdown = "\(Fixture.councilApproves)\n\n  ```swift  \n\(code)\n\n```````\n\(Fixture.membersArgue)\n"
        let document = try expectIdempotent(markdown, source: "notes.md")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, "```swift\n\(code)\n```", Fixture.membersArgue])
        #expect(Fixture.removed(document).isEmpty)
    }

    @Test("a fenced block in plain text is code: not trimmed, joined or judged as boilerplate")
    func plainTextFence() throws {
        let wrapped = """
        let first = schools + roads + parks + libraries
        let second = first * rate + reserve - debt
        """
        let text = Fixture.article(inserting: ["~~~\n\(code)\n\(wrapped)\n~~~~"], after: 2)
        #expect(InputFormat.detect(source: "notes.txt", scalars: Array(text.unicodeScalars)) == .text)
        let document = try expectIdempotent(text, source: "notes.txt")
        #expect(document.text == Fixture.article(inserting: ["~~~\n\(code)\n\(wrapped)\n~~~"], after: 2))
    }

    @Test("an unclosed fence in plain text runs to the end and is closed in the output")
    func plainTextUnclosedFence() throws {
        let text = "\(Fixture.councilApproves)\n~~~\n\(code)"
        let document = try expectIdempotent(text, source: "notes.txt")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, "~~~\n\(code)\n~~~"])
    }

    @Test("a fence closes only on the same character at least as long with nothing after it")
    func closingRules() throws {
        let inner = "```swift\nlet x = 1\n```\n~~~~\n```` not a close"
        let markdown = "\(Fixture.councilApproves)\n\n````markdown\n\(inner)\n`````\n\n\(Fixture.membersArgue)"
        let document = try expectIdempotent(markdown, source: "notes.md")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, "````markdown\n\(inner)\n````", Fixture.membersArgue])
    }

    @Test("three backticks opening a code span on one line are not a fence")
    func backtickInfoStringIsNotAFence() throws {
        let markdown = "\(Fixture.councilApproves)\n\n```make test``` runs every check before a change goes to the council's repository.\n\n\(Fixture.membersArgue)"
        let document = try Fixture.clean(markdown, source: "notes.md")
        #expect(Fixture.paragraphs(document) == [
            Fixture.councilApproves, "```make test``` runs every check before a change goes to the council's repository.", Fixture.membersArgue,
        ])
    }

    @Test("invisible characters do not hide or make a fence")
    func invisibleCharactersInFence() throws {
        let markdown = "\(Fixture.councilApproves)\n\n~\u{200B}~~\n\(code)\n~~\u{00AD}~\n\n\(Fixture.membersArgue)"
        let document = try expectIdempotent(markdown, source: "notes.md")
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, "~~~\n\(code)\n~~~", Fixture.membersArgue])
    }

    @Test("the format sniffer sees a backtick fence where the readers do, and a tilde fence not at all")
    func sniffsFencesAsReadersDo() {
        func format(_ text: String) -> InputFormat { InputFormat.detect(source: "notes.txt", scalars: Array(text.unicodeScalars)) }
        #expect(format("\(Fixture.councilApproves)\n  ```py\nx = 1") == .markdown)
        #expect(format("\(Fixture.councilApproves)\r``\u{200B}`\nx = 1") == .markdown)
        #expect(format("\(Fixture.councilApproves)\n```x``` is a code span") == .text)
        #expect(format("\(Fixture.councilApproves)\n~~~\nx = 1\n~~~") == .text)
    }
}
