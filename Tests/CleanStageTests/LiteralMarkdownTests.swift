import DocPipe
import Testing
@testable import CleanStage

/// Literal Markdown (code spans, backslash escapes) stays as written, so the cleaned text, read
/// as Markdown again, yields itself. The sentences are written for these tests.
@Suite("Literal Markdown")
struct LiteralMarkdownTests {
    /// Cleans `text` as Markdown, then cleans the output again four ways (sniffed as the fuzz
    /// target does, as a `.md` file, forced Markdown, forced text) and expects each second pass
    /// to give the first pass's text byte for byte.
    private func cleanedTwice(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let once = try Fixture.clean(text, source: "notes.md")
        for (source, format) in [("fuzz.txt", "auto"), ("again.md", "auto"), ("again.txt", "markdown"), ("again.txt", "text")] {
            let twice = try Fixture.clean(once.text, source: source, metadata: once.metadata) { $0.format = format }
            #expect(Array(twice.text.utf8) == Array(once.text.utf8), "second pass as \(source), format \(format)", sourceLocation: sourceLocation)
        }
        return once.text
    }

    @Test("a code span keeps its backticks and its content as written")
    func codeSpanKeepsBackticks() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader calls `__init__` first, then `*ptr` and ``a `tick` inside`` before it returns the [parsed](https://example.org/p) tree.
        """)
        #expect(text == "The loader calls `__init__` first, then `*ptr` and ``a `tick` inside`` before it returns the parsed tree.")
    }

    @Test("a code span across a soft line break keeps its backticks and the emphasis marks inside it")
    func codeSpanAcrossSoftBreak() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads every option with `parse
        *args*` before it builds the tree, as the [manual](https://example.org/m) says.
        """)
        #expect(text == "The loader reads every option with `parse *args*` before it builds the tree, as the manual says.")
    }

    @Test("a backslash escape keeps its backslash")
    func escapeKeepsBackslash() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The manual writes \\*stars\\* and \\_underscores\\_ and \\# as plain signs, see the [manual](https://example.org/m) for more.
        """)
        #expect(text == "The manual writes \\*stars\\* and \\_underscores\\_ and \\# as plain signs, see the manual for more.")
    }

    @Test("emphasis next to a code span is stripped, and the code span stays whole")
    func emphasisNextToCodeSpan() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The *loader `*` reads* the **`config`** file and _then `_x_` the_ rest, as the [manual](https://example.org/m) says.
        """)
        #expect(text == "The loader `*` reads the `config` file and then `_x_` the rest, as the manual says.")
    }

    @Test("emphasis between two backticks stays, since dropping it would join them into a longer run")
    func emphasisBetweenBackticksStays() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads `a`*` and then ``b``*`` as the [manual](https://example.org/m) says.
        """)
        #expect(text == "The loader reads `a`*` and then ``b``*`` as the manual says.")
    }

    @Test("a link whose text ends in a code span right before a backtick is kept as written")
    func linkBeforeBacktickIsKept() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads [`a`](https://example.org/a)` and goes on to the [manual](https://example.org/m) after it.
        """)
        #expect(text == "The loader reads [`a`](https://example.org/a)` and goes on to the manual after it.")
    }

    @Test("brackets inside a code span do not close a link")
    func codeSpanBindsTighterThanLinkBrackets() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads [the `]` sign](https://example.org/a) and goes on to the [manual](https://example.org/m) after it.
        """)
        #expect(text == "The loader reads the `]` sign and goes on to the manual after it.")
    }

    @Test("a paragraph that would open with a heading once its emphasis goes is kept as written")
    func exposedHeadingMarkerIsKept() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        *# not a heading* but a sentence about the loader, as the [manual](https://example.org/m) says.
        """)
        #expect(text == "*# not a heading* but a sentence about the loader, as the [manual](https://example.org/m) says.")
    }

    @Test("a list item and its lazy continuation line are read as one, a code span across them included")
    func listItemContinuation() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        * the loader reads `one
        *two*` and stops, as the [manual](https://example.org/m) says
        * the writer follows
        """)
        #expect(text == "Notes on the parser\n\n- the loader reads `one *two*` and stops, as the manual says\n- the writer follows")
    }

    @Test("invisible characters are read as absent, so an escape reads the same in the cleaned text")
    func invisibleCharactersAroundEscapes() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads \\\u{200B}\\*stars\\* and `co\u{00AD}de` as the [manual](https://example.org/m) says.
        """)
        #expect(text == "The loader reads \\\\stars\\* and `code` as the manual says.")
    }

    @Test("the format sniffer counts headings and links as the cleaned text will show them")
    func sniffsSignalsAsCleanedTextShowsThem() throws {
        func format(_ text: String) -> InputFormat { InputFormat.detect(source: "notes.txt", scalars: Array(text.unicodeScalars)) }
        #expect(format("\(Fixture.councilApproves)\r# Roads\r# Parks") == .markdown)
        #expect(format("\(Fixture.councilApproves)\n   #\u{00A0}Roads\n\t# Parks") == .markdown)
        #expect(format("See [roads]\u{200B}(https://example.org/r) and [parks]\u{2060}(https://example.org/p).") == .markdown)
        #expect(format("\(Fixture.councilApproves)\nIssue #1 and #2 ] ( are plain text.") == .text)
        let text = "\(Fixture.councilApproves)\r# Second line about the *roads* in town\r\r# Third line about the *parks*\r\r\(Fixture.membersArgue)"
        let once = try Fixture.clean(text, source: "fuzz.txt")
        let twice = try Fixture.clean(once.text, source: "fuzz.txt", metadata: once.metadata)
        #expect(twice.text == once.text)
    }

    @Test("a link whose text holds a bracket no link closes is kept as written")
    func linkTextWithLiteralBracketIsKept() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads ]([[](]()) and goes on to the [manual](https://example.org/m) after it.
        """)
        #expect(text == "The loader reads ]([[](]()) and goes on to the manual after it.")
    }

    @Test("after a bracket nothing closes, links and tags are kept as written")
    func unclosedBracketKeepsLaterLinks() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads [`](`[](()[)]() and then the [manual](https://example.org/m) and <b>more</b>.
        """)
        #expect(text == "The loader reads [`](`[](()[)]() and then the [manual](https://example.org/m) and <b>more</b>.")
    }

    @Test("a tag holding brackets is kept as written, so a bracket before it counts them alike")
    func tagWithBracketsIsKept() throws {
        let text = try cleanedTwice("""
        # Notes on the parser

        The loader reads [a <span title="]"> b](https://example.org/a) and the [manual](https://example.org/m) says so.
        """)
        #expect(text == "The loader reads [a <span title=\"]\"> b](https://example.org/a) and the manual says so.")
    }

    @Test("invisible code points cannot hide a format signal: the sniffer reads the text as the cleaned text shows it")
    func invisibleCharactersDoNotHideHeadings() throws {
        func format(_ text: String) -> InputFormat { InputFormat.detect(source: "notes.txt", scalars: Array(text.unicodeScalars)) }
        let text = "# Roads in town\n\n\(Fixture.councilApproves)\n\n#\u{10} *Parks* in town"
        #expect(format(text) == .markdown)
        #expect(format("#\u{200B}# Roads\n\n#\u{10} Parks") == .markdown)
        #expect(format("<p\u{200B}>a</p\u{10}> <div\u{FEFF}>b</div>") == .html)
        let once = try Fixture.clean(text, source: "fuzz.txt")
        let twice = try Fixture.clean(once.text, source: "fuzz.txt", metadata: once.metadata)
        #expect(twice.text == once.text)
        #expect(!once.text.contains("#"))
    }
}
