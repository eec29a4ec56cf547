import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates of the thirteenth round: planned years, ranges of days, months and years, the trading day")
struct DateThirteenthRoundTests {
    @Test("a year that is only planned does not become the year later months resolve in")
    func plannedYearIsNoAnchor() throws {
        let text = """
            The railway reached the coast in 1921 and the port opened in 1923. In March 1924 the line was \
            doubled, ready for a planned extension in 1930. The first ferry sailed in June, and in October \
            the harbour froze. A second quay was built in 1926, and by 1927 the trade had tripled.
            """
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "June" }?.value == "1924-06")
        #expect(doc.dates.first { $0.text == "October" }?.value == "1924-10")
        #expect(doc.dates.first { $0.text == "1930" }?.value == "1930")
    }

    @Test("a year the narrative reaches through a past event still moves it")
    func happenedYearMovesTheNarrative() throws {
        let text = """
            The mill was built in 1850 and burned in 1853. The owners rebuilt it in 1857, and they sold it \
            in 1860. A flood reached it in 1862. In April the wheel broke.
            """
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "April" }?.value == "1862-04")
    }

    @Test("a range of years written with the last two digits gives both years")
    func shortYearRange() throws {
        let doc = try extract("Rents doubled in 1995-96 and again during the 2007-08 crisis.", reference: nil, date: "2021-05-04")
        let first = try #require(doc.dates.first { $0.text == "1995-96" })
        #expect(first.value == "1995")
        #expect(first.endValue == "1996")
        #expect(doc.dates.first { $0.text == "2007-08" }?.endValue == "2008")
    }

    @Test("a date with its day and month written as ISO stays a day, not a range")
    func isoDayIsNoRange() throws {
        let doc = try extract("The decree dated 2021-12-30 was published.", reference: nil, date: "2022-01-04")
        #expect(doc.dates.first { $0.text == "2021-12-30" }?.value == "2021-12-30")
        #expect(doc.dates.first { $0.text == "2021-12-30" }?.endValue == nil)
    }

    @Test("a range of days in one month gives its first and last day")
    func dayRanges() throws {
        let doc = try extract("The fair ran on April 6-7, 1915 and again on 12-14 June 1915.", reference: nil, date: "2021-05-04")
        let april = try #require(doc.dates.first { $0.text == "April 6-7, 1915" })
        #expect(april.value == "1915-04-06")
        #expect(april.endValue == "1915-04-07")
        let june = try #require(doc.dates.first { $0.text == "12-14 June 1915" })
        #expect(june.value == "1915-06-12")
        #expect(june.endValue == "1915-06-14")
    }

    @Test("a month with a comma before its year, an ordinal day and a short month before a full date")
    func monthYearForms() throws {
        let doc = try extract("The dam burst in October, 1917. It was rebuilt by 3rd March 1920 and reopened on Oct 10, 1921.", reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "October, 1917" }?.value == "1917-10")
        #expect(doc.dates.first { $0.text == "3rd March 1920" }?.value == "1920-03-03")
        #expect(doc.dates.first { $0.text == "Oct 10, 1921" }?.value == "1921-10-10")
    }

    @Test("a short month name without a period and no day's number beside it is no date")
    func shortMonthAloneIsNoDate() throws {
        let doc = try extract("The Jan Novak team met the Dec group.", reference: "2022-05-11")
        #expect(!doc.dates.contains { $0.text.hasPrefix("Jan") || $0.text.hasPrefix("Dec") })
    }

    @Test("the first month of a range takes the year written after the second")
    func monthRangeSharesTheYear() throws {
        let doc = try extract("The talks ran through August/September 1956 and from November to February 1958.", reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "August" }?.value == "1956-08")
        #expect(doc.dates.first { $0.text == "November" }?.value == "1957-11")
        #expect(doc.dates.first { $0.text == "February 1958" }?.value == "1958-02")
    }

    @Test("in news, the second month of a range counts on from the first, into the next year")
    func monthRangeCountsOn() throws {
        let doc = try extract("Sales fell sharply in November and January, the company said.", reference: "2022-03-10")
        #expect(doc.dates.first { $0.text == "November" }?.value == "2021-11")
        #expect(doc.dates.first { $0.text == "January" }?.value == "2022-01")
    }

    @Test("'the 70s' and 'the 70s and 80s' are decades; 'in their 70s' is an age")
    func twoDigitDecades() throws {
        let doc = try extract("Cars of the 70s and 80s were boxy. Both owners are in their 70s.", reference: "2022-05-11")
        let seventies = doc.dates.filter { $0.text.hasSuffix("70s") }
        #expect(seventies.map(\.text) == ["the 70s"])
        #expect(seventies.first?.value == "1970")
        #expect(seventies.first?.endValue == "1979")
        #expect(doc.dates.first { $0.text == "80s" }?.value == "1980")
    }

    @Test("'ended the day' and 'closing the day' name the trading day the text last named")
    func tradingDay() throws {
        let doc = try extract("On Friday the index gained 2%, ending the day at 8,017.", reference: "2022-05-11")
        #expect(doc.dates.first { $0.text == "the day" }?.value == "2022-05-06")
        let alone = try extract("The index closed the day up 39 points.", reference: "2022-05-11")
        #expect(alone.dates.first { $0.text == "the day" }?.value == "2022-05-11")
        let named = try extract("They ended the day of the vote in silence.", reference: "2022-05-11")
        #expect(!named.dates.contains { $0.text == "the day" })
    }

    @Test("a history that has reached the year before its document's date tells that year's months")
    func narrativeOneYearBeforeTheAnchor() throws {
        let text = """
            The siege began in 2003 and the town fell in 2004. Talks failed in 2005, and the army returned \
            in 2006. Fighting spread in 2007 and ended in March 2020. In May the last troops left.
            """
        let doc = try extract(text, reference: nil, date: "2021-08-10")
        #expect(doc.dates.first { $0.text == "May" }?.value == "2020-05")
    }

    @Test("news that names last year's month keeps resolving against its own date")
    func newsNamingLastYear() throws {
        let doc = try extract("Profits fell in March 2020, the bank said. Its branch will open in May.", reference: nil, date: "2021-02-10")
        #expect(doc.dates.first { $0.text == "May" }?.value == "2021-05")
    }
}
