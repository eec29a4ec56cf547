import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates read in their context: holidays, tense and periods of a named year")
struct DateContextTests {
    private func mention(_ text: String, _ expression: String, reference: String? = "2022-01-11") throws -> DateMention {
        let doc = try extract(text, reference: reference)
        return try #require(doc.dates.first { $0.text == expression }, "no date '\(expression)' in \(doc.dates.map(\.text))")
    }

    @Test("holidays are days: the latest one up to the reference, the one of a written year, last and next")
    func holidays() throws {
        #expect(try mention("The ferry sank on Thanksgiving Day off the cape.", "Thanksgiving Day", reference: "2022-01-11").value == "2021-11-25")
        #expect(try mention("Shops stayed open on Christmas Eve in the old town.", "Christmas Eve").value == "2021-12-24")
        #expect(try mention("The bridge reopened at Easter 2019 after repairs.", "Easter 2019", reference: nil).value == "2019-04-21")
        #expect(try mention("Crowds gathered last Christmas in the square.", "last Christmas", reference: "2022-06-01").value == "2021-12-25")
        #expect(try mention("The parade returns next Memorial Day to the avenue.", "next Memorial Day", reference: "2022-01-11").value == "2022-05-30")
        #expect(try mention("The plant closed on Labor Day, 2020 for good.", "Labor Day, 2020", reference: nil).value == "2020-09-07")
    }

    @Test("a holiday word inside a longer name is no date")
    func holidayInsideNames() throws {
        let doc = try extract("The expedition sailed from Christmas Island to Easter Island in the spring of 1998.", reference: nil)
        #expect(doc.dates.map(\.text) == ["the spring of 1998"])
    }

    @Test("a future word in another clause does not move a past day a year ahead")
    func futureCueStaysInItsClause() throws {
        #expect(try mention("She hoped the fund would help the towns, where the August 3 floods destroyed homes.", "August 3", reference: "2021-08-14").value == "2021-08-03")
        #expect(try mention("They said they would appeal the ruling, issued Wednesday by the board.", "Wednesday", reference: "2022-01-13").value == "2022-01-12")
    }

    @Test("'set to', 'is to' and 'as early as' speak of the future")
    func futurePhrases() throws {
        #expect(try mention("The talks are set to resume Monday in the capital.", "Monday", reference: "2022-01-12").value == "2022-01-17")
        #expect(try mention("The stock is to resume trading Tuesday in Paris.", "Tuesday", reference: "2022-01-12").value == "2022-01-18")
        #expect(try mention("The delegation could arrive as early as Friday, aides said.", "Friday", reference: "2022-01-12").value == "2022-01-14")
        #expect(try mention("The delegation arrived on Friday, aides said.", "Friday", reference: "2022-01-12").value == "2022-01-07")
    }

    @Test("a later day of the clause shares the future of the day before it, however far the cue")
    func laterDayKeepsTheClausesFuture() throws {
        let sentence = "The minister will fly to Oslo on Thursday for the final leg of the long tour before heading home on Saturday."
        #expect(try mention(sentence, "Thursday", reference: "2022-01-11").value == "2022-01-13")
        #expect(try mention(sentence, "Saturday", reference: "2022-01-11").value == "2022-01-15")
        let past = "The minister flew to Oslo on Thursday for the final leg of the long tour before heading home on Saturday."
        #expect(try mention(past, "Saturday", reference: "2022-01-11").value == "2022-01-08")
    }

    @Test("'last' before a month and day is the latest such day before the reference")
    func lastMonthDay() throws {
        let found = try mention("The doctor was attacked last Oct. 23 at his home.", "last Oct. 23", reference: "2022-04-19")
        #expect(found.value == "2021-10-23")
        #expect(try mention("The vote is due next March 5 in the assembly.", "next March 5", reference: "2022-01-11").value == "2022-03-05")
    }

    @Test("a year's quarter: 'this year's third quarter', 'next year's first quarter', 'the 2020 period' after a named quarter")
    func quartersOfAYear() throws {
        let this = try mention("Sales for this year's third quarter rose.", "this year's third quarter", reference: "2021-11-02")
        #expect([this.value, this.endValue] == ["2021-07", "2021-09"])
        let next = try mention("The spin-off could close in next year's first quarter.", "next year's first quarter", reference: "2021-11-02")
        #expect([next.value, next.endValue] == ["2022-01", "2022-03"])
        let doc = try extract("Profit rose in the third quarter of 2021. In the 2020 period the firm lost money. Sales in the quarter grew.", reference: nil)
        #expect(doc.dates.map(\.text) == ["the third quarter of 2021", "the 2020 period", "the quarter"])
        #expect(doc.dates.map(\.value) == ["2021-07", "2020-07", "2021-07"])
    }

    @Test("'the quarter ended Sept. 30' is the three months that end with that month")
    func quarterEnded() throws {
        let found = try mention("Net income for the quarter ended Sept. 30 fell 12%.", "the quarter", reference: "2021-10-26")
        #expect([found.value, found.endValue] == ["2021-07", "2021-09"])
        let fiscal = try extract("Profit rose in its fiscal first quarter of 2021. In the quarter ended Sept. 30 sales grew.", reference: "2021-10-26")
        #expect(fiscal.dates.first { $0.text == "the quarter" }?.value == "2021-01")
    }

    @Test("months and seasons after an article or 'for' and 'into' are dates; 'the fall of' is not a season")
    func moreLeaders() throws {
        #expect(try mention("Under a June agreement the plant was sold.", "June", reference: "2021-10-26").value == "2021-06")
        #expect(try mention("Police reopened the October killing of a judge.", "October", reference: "2022-01-11").value == "2021-10")
        let summer = try mention("Delays will last well into the summer, the maker warned.", "the summer", reference: "2021-03-10")
        #expect([summer.value, summer.endValue] == ["2021-06", "2021-08"])
        let doc = try extract("Trade grew after the fall of the old regime.", reference: "2021-03-10")
        #expect(doc.dates.isEmpty)
        let name = try extract("The play opened at the August Wilson Theatre downtown.", reference: "2021-03-10")
        #expect(name.dates.isEmpty)
    }

    @Test("'the current year', 'the end of the year' and 'the year two thousand' are years")
    func years() throws {
        #expect(try mention("Sales should grow in the current year, the brewer said.", "the current year", reference: "2021-10-26").value == "2021")
        #expect(try mention("The sale should close by the end of the year.", "the end of the year", reference: "2021-10-26").value == "2021")
        #expect(try mention("Computers were feared to fail in the year two thousand.", "year two thousand", reference: nil).value == "2000")
        #expect(try mention("Nineteen days ago the dam broke.", "Nineteen days ago", reference: "2022-01-20").value == "2022-01-01")
    }
}
