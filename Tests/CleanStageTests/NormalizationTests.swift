import DocPipe
import Testing
@testable import CleanStage

@Suite("Normalisation")
struct NormalizationTests {
    @Test("decomposed accents are composed to NFC")
    func composesToNFC() throws {
        let document = try Fixture.clean("The cafe\u{0301} on the corner reopened this week after the owners spent a year repairing the roof.")
        #expect(document.text.unicodeScalars.contains("\u{00E9}"))
        #expect(!document.text.unicodeScalars.contains("\u{0301}"))
    }

    @Test("runs of spaces and tabs collapse, lines are trimmed, paragraphs are separated by one blank line")
    func collapsesWhiteSpace() throws {
        let text = "   The  council\tmet   on Monday and    talked about the budget for most of the evening.  \n\n\n\n\t The next meeting will be held in the old library, which has more room for visitors. "
        let document = try Fixture.clean(text)
        #expect(document.text == "The council met on Monday and talked about the budget for most of the evening.\n\nThe next meeting will be held in the old library, which has more room for visitors.")
    }

    @Test("no-break and typographic spaces become plain spaces")
    func foldsSpaces() throws {
        let document = try Fixture.clean("The new\u{00A0}bridge will open in\u{2009}two weeks, the transport office said in a short statement.")
        #expect(document.text == "The new bridge will open in two weeks, the transport office said in a short statement.")
    }

    @Test("soft hyphens and zero-width characters are removed")
    func removesInvisibleCharacters() throws {
        let document = try Fixture.clean("The gov\u{00AD}ernment an\u{200B}nounced\u{FEFF} a new plan to\u{200D} repair the old harbour walls before winter.")
        #expect(document.text == "The government announced a new plan to repair the old harbour walls before winter.")
    }

    @Test("a word hyphenated across a line break is re-joined, a capitalised second part keeps its hyphen")
    func rejoinsHyphenatedWords() throws {
        let text = "The new rules on fishing quotas will take ef-\nfect next month, after a long consultation with post-\nSoviet states and with many local groups."
        let document = try Fixture.clean(text)
        #expect(document.text == "The new rules on fishing quotas will take effect next month, after a long consultation with post-Soviet states and with many local groups.")
    }

    @Test("hard-wrapped lines of a paragraph are joined into one paragraph")
    func joinsHardWrappedLines() throws {
        let text = """
        The harbour authority said on Friday that the old pier would be closed
        for repairs until the end of the summer, and that ferries would leave
        from the eastern quay instead while the work goes on.

        Fishermen said they had been asking for the repairs for many years and
        welcomed the decision, although some worried about the lost income.
        """
        let document = try Fixture.clean(text)
        #expect(Fixture.paragraphs(document) == [
            "The harbour authority said on Friday that the old pier would be closed for repairs until the end of the summer, and that ferries would leave from the eastern quay instead while the work goes on.",
            "Fishermen said they had been asking for the repairs for many years and welcomed the decision, although some worried about the lost income.",
        ])
    }

    @Test("one paragraph per line stays one paragraph per line")
    func keepsLinePerParagraph() throws {
        let document = try Fixture.clean(Fixture.article(separator: "\n"))
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, Fixture.membersArgue, Fixture.mayorSigns, Fixture.residentsDivided])
    }

    @Test("Windows line endings are line breaks")
    func readsCRLF() throws {
        let document = try Fixture.clean(Fixture.article(separator: "\r\n\r\n"))
        #expect(Fixture.paragraphs(document).count == 4)
        #expect(!document.text.contains("\r"))
    }

    @Test("curly quotes and dashes are kept by default")
    func keepsTypography() throws {
        let text = "“We will finish the road before winter,” the engineer said — and she meant it… probably."
        let document = try Fixture.clean(text)
        #expect(document.text == text)
    }

    @Test("fold_punctuation folds curly quotes, dashes and ellipses to ASCII")
    func foldsTypography() throws {
        let text = "“We will finish the road before winter,” the engineer said — and she’s sure of it… probably."
        let document = try Fixture.clean(text) { $0.fold_punctuation = true }
        #expect(document.text == "\"We will finish the road before winter,\" the engineer said - and she's sure of it... probably.")
    }

    @Test("empty and blank input gives empty text and no removals")
    func handlesEmptyInput() throws {
        for text in ["", "   \n\n\t\n", "\u{200B}\n\u{00AD}"] {
            let document = try Fixture.clean(text)
            #expect(document.text == "")
            #expect(Fixture.removed(document).isEmpty)
        }
    }

    @Test("layers already on the document are dropped, the removed layer is written")
    func replacesLayers() throws {
        var document = Document(id: "t", source: "t.txt", text: Fixture.article())
        document[StandardLayers.Sentences.self] = [Span(start: 0, end: 3)]
        try CleanStage(options: CleanOptions(), context: StageContext(pipelineName: "test")).process(&document)
        #expect(document[StandardLayers.Sentences.self] == nil)
        #expect(document.layers.names == ["removed"])
    }
}
