import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates in a narrative of another time, and dates counted from the date last named")
struct DateNarrativeTests {
    private let history = """
        The canal company was founded in March 1871 and dug its first lock in 1872. Floods stopped the work \
        in 1874, and a new engineer took over on 2 May 1875. In June, the crews reached the hills; by \
        late August they had crossed them. The second lock opened on 14 October 1876, and during the \
        summer the barges began to carry coal. The line was finished in 1879.
        """

    @Test("a month or day without a year follows the year the narrative has reached, not the document's date")
    func yearlessDatesFollowTheNarrative() throws {
        let doc = try extract(history, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "June" }?.value == "1875-06")
        #expect(doc.dates.first { $0.text == "late August" }?.value == "1875-08")
        let summer = try #require(doc.dates.first { $0.text == "the summer" })
        #expect(summer.value == "1876-06")
        #expect(summer.endValue == "1876-08")
    }

    @Test("news that recalls an old year keeps resolving against its own date")
    func newsKeepsItsDate() throws {
        let text = "The mill, which first burned in 1961, was sold on Tuesday. Its owners said in March that repairs would start on June 3."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "March" }?.value == "2021-03")
        #expect(doc.dates.first { $0.text == "June 3" }?.value == "2021-06-03")
    }

    @Test("'the next day', 'the following year', 'that month' and 'two days later' count from the date last named")
    func anaphoricDates() throws {
        let text = "The dam failed on 9 April 2019. The next day, pumps arrived, and two days later the road reopened. " +
            "That month the council met, and the following year it rebuilt the dam."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "The next day" }?.value == "2019-04-10")
        #expect(doc.dates.first { $0.text == "two days later" }?.value == "2019-04-12")
        #expect(doc.dates.first { $0.text == "That month" }?.value == "2019-04")
        #expect(doc.dates.first { $0.text == "the following year" }?.value == "2020")
    }

    @Test("'the next day' after a date without a day gives no date")
    func anaphorNeedsPrecision() throws {
        let doc = try extract("The bridge closed in 2019. The next day nobody came.", reference: nil, date: "2021-05-04")
        #expect(!doc.dates.contains { $0.text.lowercased() == "the next day" })
    }

    @Test("a day and month with a comma before the year take that year")
    func dayMonthCommaYear() throws {
        let doc = try extract("On 15 October, 1969, crowds filled the square.", reference: nil, date: "2021-05-04")
        #expect(doc.dates.first?.value == "1969-10-15")
    }
}
