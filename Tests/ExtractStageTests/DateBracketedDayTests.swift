import DocPipe
import Testing
@testable import ExtractStage

@Suite("A weekday with its day in brackets, and short months without a full stop")
struct DateBracketedDayTests {
    @Test("'on Tuesday (Sept 20)' is that day, the weekday and the bracket in one span")
    func weekdayWithItsDay() throws {
        let doc = try extract("The fund said on Tuesday (Sept 20) that it would sell its bonds.", reference: "2022-09-15")
        let date = try #require(doc.dates.first)
        #expect(date.text == "Tuesday (Sept 20)")
        #expect(date.value == "2022-09-20")
        #expect(doc.dates.count == 1)
    }

    @Test("the bracketed day decides the year in which it falls on the weekday, weeks from the anchor")
    func weekdayPinsTheYear() throws {
        let doc = try extract("The flight landed late on Monday (Nov 14) after a scuffle on board.", reference: "2022-09-15")
        #expect(doc.dates.first?.value == "2022-11-14")
        let dayFirst = try extract("Talks resumed on Friday (4 Feb) in the capital.", reference: "2022-09-15")
        #expect(dayFirst.dates.first?.text == "Friday (4 Feb)")
        #expect(dayFirst.dates.first?.value == "2022-02-04")
    }

    @Test("a weekday written with its day near the reference date keeps the reference as the anchor despite older dates")
    func pinnedWeekdayKeepsTheReference() throws {
        let text = "The contract was signed on March 3, 2019 and amended on June 5, 2019. " +
            "The firm said on Tuesday (Sept 20) that it would appeal, and it filed papers on Monday."
        let doc = try extract(text, reference: "2022-09-22")
        #expect(doc.dates.first { $0.text == "Tuesday (Sept 20)" }?.value == "2022-09-20")
        let monday = try #require(doc.dates.first { $0.text == "Monday" })
        #expect(monday.value == "2022-09-19")
        #expect(monday.inferred == nil)
    }

    @Test("a short month without a full stop is a month before a day's number, and a name elsewhere")
    func shortMonthBeforeADay() throws {
        let doc = try extract("The talks ended on Nov 14 without a deal. Jan Novak said more talks would follow.", reference: "2022-12-01")
        #expect(doc.dates.map(\.text) == ["Nov 14"])
        #expect(doc.dates.first?.value == "2022-11-14")
    }
}
