import DocPipe
import Testing
@testable import ExtractStage

@Suite("Date extraction")
struct DateExtractionTests {
    private func value(_ text: String, _ expression: String, reference: String? = "2022-01-11", date: String? = nil) throws -> DateMention {
        let doc = try extract(text, reference: reference, date: date)
        return try #require(doc.dates.first { $0.text == expression }, "no date '\(expression)' in \(doc.dates.map(\.text))")
    }

    @Test("a month and day take the latest such day up to the reference date")
    func monthDay() throws {
        #expect(try value("The strike began on January 5 in the north.", "January 5").value == "2022-01-05")
        #expect(try value("The strike began on December 28 in the north.", "December 28").value == "2021-12-28")
    }

    @Test("an abbreviated month with a period is a date")
    func abbreviatedMonth() throws {
        #expect(try value("Talks resume on Jan. 10 in Vienna.", "Jan. 10").value == "2022-01-10")
        #expect(try value("Talks resumed on Sept. 3, 2019 in Vienna.", "Sept. 3, 2019").value == "2019-09-03")
    }

    @Test("a full date with a year and a day-month-year date resolve without a reference")
    func fullDates() throws {
        #expect(try value("It was signed on March 4, 1999 by both sides.", "March 4, 1999", reference: nil).value == "1999-03-04")
        #expect(try value("It was signed on 4 March 1999 by both sides.", "4 March 1999", reference: nil).value == "1999-03-04")
        #expect(try value("The decree dated 2021-12-30 was published.", "2021-12-30", reference: nil).value == "2021-12-30")
    }

    @Test("a month with a year has month precision")
    func monthYear() throws {
        #expect(try value("Prices rose in October 2020 after the vote.", "October 2020").value == "2020-10")
        #expect(try value("Prices rose in November after the vote.", "November").value == "2021-11")
    }

    @Test("a bare year is a year")
    func bareYear() throws {
        #expect(try value("The treaty dates from 1999 and still holds.", "1999").value == "1999")
    }

    @Test("a year range gives start and end values")
    func yearRanges() throws {
        let from = try value("He served as mayor from 1994 to 1997 in the port city.", "from 1994 to 1997")
        #expect(from.value == "1994")
        #expect(from.endValue == "1997")
        let dash = try value("The 2013-2014 protests changed the country.", "2013-2014")
        #expect(dash.value == "2013")
        #expect(dash.endValue == "2014")
    }

    @Test("relative expressions resolve against the reference date")
    func relativeDates() throws {
        let text = "Yesterday the mayor resigned. The council met last week and will vote next week. Protests began on Thursday and grew this month. The plan was drafted three days ago."
        let doc = try extract(text, reference: "2022-01-11")
        let values = Dictionary(doc.dates.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(values["Yesterday"]?.value == "2022-01-10")
        #expect(values["last week"]?.value == "2022-01-03")
        #expect(values["last week"]?.endValue == "2022-01-09")
        #expect(values["next week"]?.value == "2022-01-17")
        #expect(values["Thursday"]?.value == "2022-01-06")
        #expect(values["this month"]?.value == "2022-01")
        #expect(values["three days ago"]?.value == "2022-01-08")
    }

    @Test("relative expressions without any reference are kept with no value")
    func relativeWithoutReference() throws {
        let doc = try extract("The council met last week. The strike began on January 5.", reference: nil)
        #expect(doc.dates.map(\.text) == ["last week", "January 5"])
        #expect(doc.dates.allSatisfy { $0.value == nil })
    }

    @Test("the document's own date wins over the pipeline's reference date")
    func metadataDateWins() throws {
        let mention = try value("Officials resigned yesterday.", "yesterday", reference: "2022-01-11", date: "2021-06-15T08:00:00Z")
        #expect(mention.value == "2021-06-14")
    }

    @Test("a month and day months ahead of the reference date are read as past unless the sentence speaks of the future")
    func yearlessPastAndFuture() throws {
        #expect(try value("The bridge reopened on April 3 after repairs.", "April 3").value == "2021-04-03")
        #expect(try value("The bridge will reopen on April 3 after repairs.", "April 3").value == "2022-04-03")
        #expect(try value("The summit opens January 20 in Geneva.", "January 20").value == "2022-01-20")
        #expect(try value("Exports fell in October, the bureau said.", "October").value == "2021-10")
    }

    @Test("'last' and 'next' before a month name are its previous and next occurrence")
    func lastAndNextMonth() throws {
        #expect(try value("Sales slumped last June and recovered.", "last June", reference: "2022-07-20").value == "2022-06")
        #expect(try value("Sales slumped last June and recovered.", "last June", reference: "2022-03-02").value == "2021-06")
        #expect(try value("Sales slumped last June and recovered.", "last June", reference: "2022-06-10").value == "2021-06")
        #expect(try value("The fair returns next June to the harbour.", "next June", reference: "2022-03-02").value == "2022-06")
        #expect(try value("Prices peaked late last July in the capital.", "late last July", reference: "2022-03-02").value == "2021-07")
    }

    @Test("modifiers stay in the span and keep the period's value")
    func modifiers() throws {
        #expect(try value("Turnout rose earlier this month in the north.", "earlier this month").value == "2022-01")
        #expect(try value("A vote is planned for early next year at the earliest.", "early next year").value == "2023")
        #expect(try value("The mill closed in late November for good.", "late November").value == "2021-11")
        #expect(try value("The mill closed in mid-1998 for good.", "mid-1998").value == "1998")
    }

    @Test("no date span ends in a full stop")
    func noTrailingFullStop() throws {
        let mention = try value("The reserve was set up in Oct.", "Oct")
        #expect(mention.value == "2021-10")
        let day = try value("The ferry sank on Jan. 4.", "Jan. 4")
        #expect(day.value == "2022-01-04")
    }

    @Test("a weekday takes the coming one when the sentence speaks of the future")
    func weekdayTense() throws {
        #expect(try value("The board met Friday in the capital.", "Friday").value == "2022-01-07")
        #expect(try value("The board will meet Friday in the capital.", "Friday").value == "2022-01-14")
        #expect(try value("The race starts Saturday, January 15 at noon.", "Saturday, January 15").value == "2022-01-15")
    }

    @Test("a weekday the future speaks of is the first on or after the reference day; 'plan to' and 'postponed' speak of it")
    func weekdayFromTheReferenceDay() throws {
        #expect(try value("The minister will open the bridge on Tuesday.", "Tuesday").value == "2022-01-11")
        #expect(try value("The minister will open the bridge on Thursday.", "Thursday").value == "2022-01-13")
        #expect(try value("Organisers plan to open the fair on Saturday.", "Saturday").value == "2022-01-15")
        #expect(try value("The court postponed its ruling until Monday.", "Monday").value == "2022-01-17")
        #expect(try value("The committee met the plan on Monday.", "Monday").value == "2022-01-10")
    }

    @Test("a period 'ending' on a month and day ends on the coming one")
    func periodEnding() throws {
        #expect(try value("Results for the fiscal year ending June 30 look weak.", "June 30").value == "2022-06-30")
        #expect(try value("Results for the fiscal year ended June 30 were weak.", "June 30").value == "2021-06-30")
    }

    @Test("a part of the day after a weekday stays in its span with the day's value")
    func weekdayPartOfDay() throws {
        #expect(try value("Firefighters arrived on Sunday night after the alarm.", "Sunday night").value == "2022-01-09")
        #expect(try value("Voting closed Monday evening in the north.", "Monday evening").value == "2022-01-10")
    }

    @Test("a month before 'this year' or 'last year' takes that year")
    func monthOfRelativeYear() throws {
        #expect(try value("Talks began in March last year in Oslo.", "March last year").value == "2021-03")
        #expect(try value("Talks began in September this year in Oslo.", "September this year", reference: "2022-11-02").value == "2022-09")
    }

    @Test("a weekday with a possessive is a day gone by even in a sentence about the future")
    func possessiveWeekday() throws {
        #expect(try value("Lawyers will appeal against Monday's ruling.", "Monday").value == "2022-01-10")
    }

    @Test("'a year ago' and 'two weeks ago' count back from the reference date")
    func agoWithArticlesAndWeeks() throws {
        #expect(try value("The plant opened a year ago near the river.", "a year ago").value == "2021")
        let weeks = try value("The plant opened two weeks ago near the river.", "two weeks ago")
        #expect(weeks.value == "2021-12-27")
        #expect(weeks.endValue == "2022-01-02")
    }

    @Test("'now' and 'currently' are the reference day; a year said in words is a year")
    func presentAndSpokenYears() throws {
        #expect(try value("The plant currently employs 300 people.", "currently").value == "2022-01-11")
        #expect(try value("Now the river is clean again.", "Now").value == "2022-01-11")
        #expect(try value("The flood of nineteen seventy-two ruined the valley.", "nineteen seventy-two").value == "1972")
    }

    @Test("'may' as a verb and numbers with units are not dates")
    func notDates() throws {
        let doc = try extract("Officials may resign. The army sent 2,000 troops and 1,999 trucks.")
        #expect(doc.dates.isEmpty)
    }
}
