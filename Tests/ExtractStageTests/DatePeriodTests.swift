import DocPipe
import Testing
@testable import ExtractStage

@Suite("Date periods")
struct DatePeriodTests {
    private func mention(_ text: String, _ expression: String, reference: String? = "2022-01-11") throws -> DateMention {
        let doc = try extract(text, reference: reference)
        return try #require(doc.dates.first { $0.text == expression }, "no date '\(expression)' in \(doc.dates.map(\.text))")
    }

    private func period(_ text: String, _ expression: String, reference: String? = "2022-01-11") throws -> [String?] {
        let found = try mention(text, expression, reference: reference)
        return [found.value, found.endValue]
    }

    @Test("a quarter is its three months; without a year the latest quarter up to the reference")
    func quarters() throws {
        #expect(try period("Profit doubled in the third quarter of 2019.", "the third quarter of 2019") == ["2019-07", "2019-09"])
        #expect(try period("Third-quarter sales beat forecasts.", "Third-quarter", reference: "2021-10-20") == ["2021-07", "2021-09"])
        #expect(try period("Losses widened in the fourth quarter, the firm said.", "the fourth quarter", reference: "2022-01-25") == ["2021-10", "2021-12"])
        #expect(try period("Orders slowed last quarter at the plant.", "last quarter", reference: "2022-05-03") == ["2022-01", "2022-03"])
        #expect(try period("Earnings rose in the first quarter, the firm said.", "the first quarter", reference: "2021-10-20") == ["2021-01", "2021-03"])
    }

    @Test("a year before a quarter is its year; a capitalised 'Third-quarter' is still a quarter")
    func quarterForms() throws {
        #expect(try period("Sales in the 2017 second quarter slipped.", "the 2017 second quarter", reference: nil) == ["2017-04", "2017-06"])
        #expect(try period("Third-quarter profit rose.", "Third-quarter", reference: "2021-11-02") == ["2021-07", "2021-09"])
    }

    @Test("'the weekend' is the last one early in the week and the coming one from Friday on")
    func theWeekend() throws {
        #expect(try period("Rain fell over the weekend in the hills.", "the weekend", reference: "2022-01-11") == ["2022-01-08", "2022-01-09"])
        #expect(try period("Rain is forecast for the weekend in the hills.", "the weekend", reference: "2022-01-14") == ["2022-01-15", "2022-01-16"])
    }

    @Test("'the quarter' after a named quarter is that quarter")
    func quarterAnaphora() throws {
        let doc = try extract("Revenue rose in the second quarter of 2018. Costs in the quarter fell.", reference: nil)
        #expect(doc.dates.map(\.text) == ["the second quarter of 2018", "the quarter"])
        #expect(doc.dates.last?.value == "2018-04")
    }

    @Test("after a named quarter, 'a year ago' and 'the year-earlier period' are the same quarter a year before")
    func yearAgoQuarters() throws {
        let doc = try extract("Profit rose in the second quarter of 2019 from a loss a year ago. Costs fell from the year-earlier period. Sales in the quarter grew.", reference: nil)
        let values = doc.dates.map { [$0.text, $0.value, $0.endValue] }
        #expect(values == [
            ["the second quarter of 2019", "2019-04", "2019-06"], ["a year ago", "2018-04", "2018-06"],
            ["the year-earlier period", "2018-04", "2018-06"], ["the quarter", "2019-04", "2019-06"],
        ])
        let plain = try extract("The plant opened a year ago near the river.")
        #expect(plain.dates.first?.value == "2021")
    }

    @Test("seasons are three months: this, last and next are resolved against the reference")
    func seasons() throws {
        #expect(try period("The dam was finished this summer.", "this summer", reference: "2021-09-02") == ["2021-06", "2021-08"])
        #expect(try period("The dam was finished last summer.", "last summer", reference: "2021-08-02") == ["2020-06", "2020-08"])
        #expect(try period("The dam was finished last fall.", "last fall", reference: "2022-01-11") == ["2021-09", "2021-11"])
        #expect(try period("The dam opens next spring.", "next spring", reference: "2022-01-11") == ["2022-03", "2022-05"])
        #expect(try period("The dam was planned in the winter of 1994.", "the winter of 1994", reference: nil) == ["1994-12", "1995-02"])
    }

    @Test("a season with its year after a preposition is that year's season")
    func seasonWithYearAfterPreposition() throws {
        #expect(try period("The terminal was extended in spring 2017.", "spring 2017", reference: "2022-05-03") == ["2017-03", "2017-05"])
        #expect(try period("Work stopped during winter 2015 for lack of money.", "winter 2015", reference: "2022-05-03") == ["2015-12", "2016-02"])
    }

    @Test("'fall' and 'spring' alone are words, not seasons")
    func seasonWordsAlone() throws {
        let doc = try extract("Prices may fall as the spring thaws. Many fall ill.")
        #expect(doc.dates.isEmpty)
    }

    @Test("decades and centuries are ranges of years")
    func decadesAndCenturies() throws {
        #expect(try period("Rents soared in the 1990s across the city.", "the 1990s") == ["1990", "1999"])
        #expect(try period("Rents soared in the early 1980s across the city.", "the early 1980s") == ["1980", "1989"])
        #expect(try period("Rents soared in the mid-1970s across the city.", "the mid-1970s") == ["1970", "1979"])
        #expect(try period("Rents soared in the nineties across the city.", "the nineties") == ["1990", "1999"])
        #expect(try period("Rents soared in the '80s across the city.", "the '80s") == ["1980", "1989"])
        #expect(try period("The canal was dug in the 19th century by hand.", "the 19th century") == ["1800", "1899"])
        #expect(try period("The canal was dug in the eighteenth century by hand.", "the eighteenth century") == ["1700", "1799"])
    }

    @Test("fiscal years are their year")
    func fiscalYears() throws {
        #expect(try mention("The budget for fiscal 2023 was cut.", "fiscal 2023").value == "2023")
        #expect(try mention("The budget for fiscal year 2023 was cut.", "fiscal year 2023").value == "2023")
        #expect(try mention("The budget for FY2023 was cut.", "FY2023").value == "2023")
        #expect(try mention("Spending grew in the current fiscal year.", "the current fiscal year").value == "2022")
    }

    @Test("'the past year' is the year before the reference's, 'the full year' and 'year's end' its own")
    func pastAndFullYear() throws {
        #expect(try mention("Sales fell over the past year in every region.", "the past year", reference: "2022-05-03").value == "2021")
        #expect(try mention("The group expects a loss for the full year.", "the full year", reference: "2022-05-03").value == "2022")
        #expect(try mention("The plant should reopen by year's end.", "year's end", reference: "2022-05-03").value == "2022")
        let doc = try extract("The past year's results and the full year of 2019 were good.", reference: "2022-05-03")
        #expect(!doc.dates.contains { $0.text == "The past year" || $0.text == "the full year" })
    }

    @Test("a year-half needs its year")
    func halves() throws {
        #expect(try period("Output fell in the first half of 2020.", "the first half of 2020") == ["2020-01", "2020-06"])
        let doc = try extract("He scored in the second half and left.")
        #expect(doc.dates.isEmpty)
    }
}
