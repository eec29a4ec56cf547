@testable import LanguageStage
import Testing

@Suite("Paragraph ranges")
struct ParagraphRangesTests {
    @Test("splits at blank lines, also lines of spaces, and trims each paragraph")
    func splitsAtBlankLines() {
        let text = "  One line\nand more.\n\n \n Два.\n\n三"
        let paragraphs = ParagraphRanges.of(text)
        #expect(paragraphs.map { String($0.text) } == ["One line\nand more.", "Два.", "三"])
        #expect(paragraphs.map(\.start) == [2, 25, 31])
        #expect(paragraphs.map(\.end) == [20, 29, 32])
    }
}

@Suite("Letter counts")
struct LetterCountTests {
    @Test("counts letters only, a Chinese or Japanese character as three")
    func countsLetters() {
        #expect(ParagraphRanges.letterCount("Bus 42, line 7!") == 7)
        #expect(ParagraphRanges.letterCount("渡轮。") == 6)
        #expect(ParagraphRanges.letterCount("バスです") == 12)
    }
}
