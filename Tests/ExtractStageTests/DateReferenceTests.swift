import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates that refer to the past or the future without a calendar value, and 'before last'")
struct DateReferenceTests {
    @Test("'recently', 'lately' and 'recent years' are PAST_REF with no value")
    func pastReferences() throws {
        let doc = try extract("The bakery recently doubled its staff, and prices have climbed lately. Floods grew worse in recent years.")
        for expression in ["recently", "lately", "recent years"] {
            let found = try #require(doc.dates.first { $0.text == expression }, "no '\(expression)' in \(doc.dates.map(\.text))")
            #expect(found.reference == "PAST_REF")
            #expect(found.value == nil)
        }
    }

    @Test("'in the past' and 'in the near future' are references; 'the past two years' and 'the future of' are not")
    func theProseReferences() throws {
        let doc = try extract("Such storms were rare in the past. The port will reopen in the near future.")
        #expect(doc.dates.first { $0.text == "the past" }?.reference == "PAST_REF")
        #expect(doc.dates.first { $0.text == "the near future" }?.reference == "FUTURE_REF")
        let other = try extract("Nobody knows the future of the mine, which grew over the past two years.")
        #expect(!other.dates.contains { $0.reference != nil })
    }

    @Test("'the week before last' is two weeks back, 'the day before yesterday' two days")
    func beforeLast() throws {
        let doc = try extract("The pump failed the week before last and again the day before yesterday.", reference: "2022-01-12")
        let week = try #require(doc.dates.first { $0.text == "the week before last" })
        #expect(week.value == "2021-12-27")
        #expect(week.endValue == "2022-01-02")
        #expect(doc.dates.first { $0.text == "the day before yesterday" }?.value == "2022-01-10")
        let month = try extract("Rents rose the month before last.", reference: "2022-05-20")
        #expect(month.dates.first { $0.text == "the month before last" }?.value == "2022-03")
    }
}
