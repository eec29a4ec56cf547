import Testing
@testable import SummarizeStage

@Suite("Word counts of corpus candidates")
struct WordCountTests {
    @Test("words counted on ASCII bytes are the words split on whitespace characters, and other text is split as before")
    func byteCountsEqualCharacterSplits() {
        let texts = [
            "", " ", "one", "  two words  ", "tabs\tand\nnew\r\nlines\u{0B}and\u{0C}feeds\r",
            "Officials opened the gates on Saturday.", "a\r\n\r\nb", "end with space ",
            "Café owners said “no” at 10\u{00A0}a.m.", "e\u{0301} accent", "line\u{2028}separator",
        ]
        for text in texts {
            #expect(CorpusSummaryBuilder.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count, "\(text.debugDescription)")
        }
        #expect(CorpusSummaryBuilder.wordCount("tabs\tand\nnew\r\nlines") == 4)
    }

    @Test("a candidate's agreeing list is the kept one, or the one found again when only counts are kept")
    func agreeingListsKeptOrFound() {
        let kept = AgreeingSentences(lists: [[1, 2], [], [0]])
        #expect(kept.counts == [2, 0, 1])
        #expect(kept.members(of: 0) == [1, 2])
        let found = AgreeingSentences(counts: [2, 0, 1]) { $0 == 0 ? [1, 2] : $0 == 2 ? [0] : [] }
        #expect(found.counts == kept.counts)
        #expect((0..<3).map(found.members(of:)) == (0..<3).map(kept.members(of:)))
    }
}
