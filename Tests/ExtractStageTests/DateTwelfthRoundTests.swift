import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates of the twelfth round: years before the common era, parts of a period, the day, coming weekdays")
struct DateTwelfthRoundTests {
    @Test("a year before the common era is an astronomical ISO year (480 BC is -0479)")
    func yearsBeforeTheCommonEra() throws {
        let text = "The league was formed in 478 BC, and the fleet sailed in June 470 B.C. to the islands. A truce followed in 1 BC."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "478 BC" }?.value == "-0477")
        #expect(doc.dates.first { $0.text.hasPrefix("June 470") }?.value == "-0469-06")
        #expect(doc.dates.first { $0.text == "1 BC" }?.value == "0000")
    }

    @Test("'BC' after a number that is no year, and a bare number, stay no date")
    func plainNumbersStayNumbers() throws {
        let doc = try extract("The crew of 40 rowed for 3 hours.", reference: nil, date: "2021-05-04")
        #expect(doc.dates.isEmpty)
    }

    @Test("'the end of the year', 'the start of this month' and 'the beginning of 2008' keep the part in the span")
    func partsOfAPeriod() throws {
        let text = "Sales rose at the start of this month. The plant will close by the end of the year. " +
            "Prices had been lower at the beginning of 2008. The rules change at the end of the decade."
        let doc = try extract(text, reference: "2022-05-10")
        #expect(doc.dates.first { $0.text == "the start of this month" }?.value == "2022-05")
        #expect(doc.dates.first { $0.text == "the end of the year" }?.value == "2022")
        #expect(doc.dates.first { $0.text == "the beginning of 2008" }?.value == "2008")
        let decade = try #require(doc.dates.first { $0.text == "the end of the decade" })
        #expect(decade.value == "2020")
        #expect(decade.endValue == "2029")
    }

    @Test("'the end of the war' names no date")
    func partOfAnEvent() throws {
        let doc = try extract("Both sides kept their ports until the end of the war.", reference: "2022-05-10")
        #expect(doc.dates.isEmpty)
    }

    @Test("'on the day' is the day the text last named, else the anchor; 'the day he left' is no date")
    func theDay() throws {
        let doc = try extract("The index fell on Monday and closed 3% lower on the day.", reference: "2022-05-11")
        #expect(doc.dates.first { $0.text == "the day" }?.value == "2022-05-09")
        let alone = try extract("Shares of the miner rose 4% on the day, traders said.", reference: "2022-05-11")
        #expect(alone.dates.first { $0.text == "the day" }?.value == "2022-05-11")
        let clause = try extract("She remembers the rain on the day he left.", reference: "2022-05-11")
        #expect(!clause.dates.contains { $0.text == "the day" })
    }

    @Test("'until Friday' is the coming Friday")
    func untilAWeekday() throws {
        let doc = try extract("The bridge stays shut until Friday, the council said.", reference: "2022-05-11")
        #expect(doc.dates.first { $0.text == "Friday" }?.value == "2022-05-13")
    }

    @Test("a month 'of next year' and 'the final quarter of' a year")
    func monthOfNextYearAndFinalQuarter() throws {
        let doc = try extract("The lease runs out after October of next year. Profit grew in the final quarter of 2019.", reference: "2022-05-11")
        #expect(doc.dates.first { $0.text == "October of next year" }?.value == "2023-10")
        let quarter = try #require(doc.dates.first { $0.text.hasSuffix("final quarter of 2019") })
        #expect(quarter.value == "2019-10")
        #expect(quarter.endValue == "2019-12")
    }

    @Test("in a narrative of another time a bare season and 'that spring' take the narrative's year")
    func narrativeSeasons() throws {
        let text = """
            The rebels took the fort in March 1811 and the port in 1812. A treaty was signed on 4 May 1813, \
            and the army marched north in 1814. In 1815 the rebels began a summer offensive along the coast. \
            That spring the rains had failed. The war ended in 1816.
            """
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "summer" }?.value == "1815-06")
        #expect(doc.dates.first { $0.text == "That spring" }?.value == "1815-03")
    }

    @Test("news keeps a bare season word out of its dates")
    func newsSeasonWordsStayOut() throws {
        let doc = try extract("The shop sells summer dresses and winter coats. It opened on Tuesday.", reference: "2022-05-11")
        #expect(!doc.dates.contains { $0.text == "summer" || $0.text == "winter" })
    }
}
