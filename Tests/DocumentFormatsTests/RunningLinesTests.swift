import Testing

@testable import DocumentFormats

@Suite struct RunningLinesTests {
    @Test("page numbers in their usual spellings are page numbers; words and dates are not")
    func pageNumbers() {
        for text in ["12", "- 12 -", "Page 3", "Page 3 of 9", "3 / 9", "xiv", "iv"] { #expect(RunningLines.isPageNumber(text), "\(text)") }
        for text in ["Chapter 3", "March 2024", "3 apples", "Contents", ""] { #expect(!RunningLines.isPageNumber(text), "\(text)") }
    }

    @Test("the repetition key masks numbers and case")
    func keyMasksNumbers() {
        #expect(RunningLines.key("Annual Report 2024 — page 3") == RunningLines.key("annual report 2024 — Page 17"))
    }

    @Test("list items open with a bullet or a short number followed by a space")
    func listItems() {
        #expect(ParagraphBuilder.startsListItem("• apples"))
        #expect(ParagraphBuilder.startsListItem("12. pears"))
        #expect(ParagraphBuilder.startsListItem("b) plums"))
        #expect(!ParagraphBuilder.startsListItem("2024 was a year"))
        #expect(!ParagraphBuilder.startsListItem("-minus"))
    }
}
