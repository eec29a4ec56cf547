import DocPipe
import SegmentStage
import Testing

/// Paragraphs, line breaks, headings and list items.
@Suite("Paragraphs and lines")
struct LayoutTests {
    @Test("finds paragraphs separated by blank lines, trimmed")
    func findsParagraphs() throws {
        let text = "  First paragraph. Two sentences.\n\n \t\nSecond one\nspans lines.  \n\n\nThird."
        #expect(try Segmenting.paragraphs(text) == ["First paragraph. Two sentences.", "Second one\nspans lines.", "Third."])
    }

    @Test("never lets a sentence cross a blank line even without final punctuation")
    func sentencesStayInParagraphs() throws {
        #expect(try Segmenting.sentences("The road ends here\n\nand the forest begins.") == ["The road ends here", "and the forest begins."])
    }

    @Test("makes a heading line its own sentence")
    func headingsAreSentences() throws {
        #expect(try Segmenting.sentences("Harvest Report 2024\nYields were high. Prices fell.")
            == ["Harvest Report 2024", "Yields were high.", "Prices fell."])
        #expect(try Segmenting.sentences("## Method\nWe counted birds.") == ["## Method", "We counted birds."])
        #expect(try Segmenting.sentences("Why the River Flooded Again This Spring\nBy Ana Ruiz")
            == ["Why the River Flooded Again This Spring", "By Ana Ruiz"])
    }

    @Test("makes each list line its own sentence")
    func listLinesAreSentences() throws {
        #expect(try Segmenting.sentences("You need:\n- a hammer\n- two nails\n1. Measure\n2) Cut\n• Sand")
            == ["You need:", "- a hammer", "- two nails", "1. Measure", "2) Cut", "• Sand"])
    }

    @Test("joins hard-wrapped prose lines into one sentence")
    func joinsHardWrappedLines() throws {
        let text = """
            The committee met on a cold morning in the old town hall to
            Discuss the budget for the coming year, which had been delayed
            by three months. Nobody was happy about it.
            """
        #expect(try Segmenting.sentences(text) == [
            "The committee met on a cold morning in the old town hall to\nDiscuss the budget for the coming year, which had been delayed\nby three months.",
            "Nobody was happy about it.",
        ])
    }

    @Test("treats every line break as a boundary with lines: split, and none with lines: join")
    func lineModes() throws {
        var split = SegmentOptions()
        split.lines = "split"
        #expect(try Segmenting.sentences("We went to\nthe sea. It was cold.", options: split) == ["We went to", "the sea.", "It was cold."])
        var join = SegmentOptions()
        join.lines = "join"
        #expect(try Segmenting.sentences("Results\nWe won. Fine.", options: join) == ["Results\nWe won.", "Fine."])
    }

    @Test("rejects an unknown lines mode with a message naming the allowed values")
    func rejectsUnknownLineMode() {
        var options = SegmentOptions()
        options.lines = "sometimes"
        #expect {
            try SegmentStage(options: options, context: StageContext(pipelineName: "test"))
        } throws: { error in
            "\(error)".contains("'sometimes'") && "\(error)".contains("auto, split, join")
        }
    }

    @Test("learns extra abbreviations from the options")
    func extraAbbreviations() throws {
        let text = "We met Cllr. Brandt at noon. The firm is Tamsin Holdings Bhd. The office is new."
        #expect(try Segmenting.sentences(text) == ["We met Cllr.", "Brandt at noon.", "The firm is Tamsin Holdings Bhd.", "The office is new."])
        var options = SegmentOptions()
        options.titles = ["Cllr."]
        options.abbreviations = ["bhd"]
        #expect(try Segmenting.sentences(text, options: options)
            == ["We met Cllr. Brandt at noon.", "The firm is Tamsin Holdings Bhd.", "The office is new."])
        #expect(try Segmenting.sentences("Tamsin Holdings Bhd. Chairman Ong spoke.", options: options)
            == ["Tamsin Holdings Bhd. Chairman Ong spoke."])
    }
}
