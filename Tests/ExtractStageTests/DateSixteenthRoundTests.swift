import DocPipe
import Testing
@testable import ExtractStage

@Suite("Day lists, asides and anaphoric years in narratives")
struct DateSixteenthRoundTests {
    private let canal = """
        The canal was proposed in 1821 and surveyed in May 1822. Digging began on 4 June 1823, and \
        the first lock opened in 1824. In March 1825 the water reached the hills.
        """

    @Test("a year named in passing, far from the years on both sides of it, leaves the narrative's year")
    func asideKeepsTheNarrativeYear() throws {
        let text = canal + " Letters published in 1902 showed that the engineers had quarrelled in April."
            + " The canal opened in 1826."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "1902" }?.value == "1902")
        #expect(doc.dates.first { $0.text == "April" }?.value == "1825-04")
    }

    @Test("a later year the story goes on in moves the narrative as before")
    func yearTheStoryGoesOnInMovesIt() throws {
        let text = canal + " In 1830 the company went bankrupt, and in April its boats were sold. Its last boat sank in 1831."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "April" }?.value == "1830-04")
    }

    @Test("'now' in a narrative is not the date 'the same day' and 'the previous year' count from")
    func nowIsNotADateOfTheStory() throws {
        let text = canal + " The lock keepers, now forgotten, worked on 9 August 1825. The bridge fell the same day."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "the same day" }?.value == "1825-08-09")
    }

    @Test("a year counted back from the last date looks back without moving the narrative")
    func previousYearLooksBack() throws {
        let text = canal + " There had been no floods since the storm of the previous year. In July the lock was widened."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "the previous year" }?.value == "1824")
        #expect(doc.dates.first { $0.text == "July" }?.value == "1825-07")
    }

    @Test("a month or day 'of that year' or 'of the same year' takes the year last named, in one mention")
    func monthOfThatYear() throws {
        let text = canal + " The company was founded in 1819. The charter followed in August of that year,"
            + " and the first meeting on January 24 of the following year."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "August of that year" }?.value == "1819-08")
        #expect(doc.dates.first { $0.text == "January 24 of the following year" }?.value == "1820-01-24")
        #expect(!doc.dates.contains { $0.text == "that year" || $0.text == "the following year" })
    }

    @Test("the days of a list written after the month each take its month and year")
    func daysListedAfterTheMonth() throws {
        let doc = try extract("The fair opens on May 4 and 5, 2017. The market ran on June 2 - 3, 9 - 10 (weekends).", date: "2019-07-01")
        let values = doc.dates.map(\.value)
        #expect(values.contains("2017-05-04") && values.contains("2017-05-05"))
        #expect(!values.contains("2017"))
        for day in ["02", "03", "09", "10"] { #expect(values.contains("2019-06-\(day)")) }
    }

    @Test("the days of a list written before the month each take its month and year")
    func daysListedBeforeTheMonth() throws {
        let doc = try extract("Trains will not run on 3, 4 and 5 October 2018, nor from 8 - 9 November 2018.", date: "2018-09-01")
        let values = Set(doc.dates.compactMap(\.value))
        #expect(values.isSuperset(of: ["2018-10-03", "2018-10-04", "2018-10-05", "2018-11-08", "2018-11-09"]))
    }

    @Test("a number that counts something after a day is no day of a list")
    func countAfterADayIsNoList() throws {
        let doc = try extract("On May 4, 5 people were hurt. On June 3 and 7 soldiers left. Tickets for 12, 14 and 15 seats went on 2 July.", date: "2019-08-01")
        #expect(!doc.dates.contains { $0.text == "5" || $0.text == "7" || $0.text == "12" || $0.text == "14" })
        #expect(doc.dates.contains { $0.text == "2 July" && $0.value == "2019-07-02" })
    }

    @Test("a range of days written without spaces stays one range")
    func gluedRangeStaysOneRange() throws {
        let doc = try extract("The talks ran from 25-29 January 2016.", date: "2016-02-01")
        let range = doc.dates.first { $0.text == "25-29 January 2016" }
        #expect(range?.value == "2016-01-25")
        #expect(range?.endValue == "2016-01-29")
    }

    @Test("a day with 'last year' takes the year before the document's")
    func dayLastYear() throws {
        let doc = try extract("The photos were posted on Feb 14 last year. Two days later the land was fenced.", date: "2022-09-15")
        #expect(doc.dates.first { $0.text == "Feb 14 last year" }?.value == "2021-02-14")
        #expect(doc.dates.first { $0.text == "Two days later" }?.value == "2021-02-16")
    }

    @Test("'the same month a year ago' is the month last named, a year back, in one mention")
    func sameMonthAYearAgo() throws {
        let doc = try extract("Bicycle sales rose 12% in March, against the same month a year ago.", date: "2020-04-02")
        #expect(doc.dates.first { $0.text == "March" }?.value == "2020-03")
        #expect(doc.dates.first { $0.text == "the same month a year ago" }?.value == "2019-03")
        #expect(!doc.dates.contains { $0.text == "a year ago" })
    }
}
