import DocPipe
import Testing
@testable import ExtractStage

@Suite("Dates of the fourteenth round: the short forms of chat and social media, numeric days, short months with a year")
struct DateFourteenthRoundTests {
    @Test("the short forms of today, tomorrow and yesterday count from the document's date")
    func chatRelativeDays() throws {
        let doc = try extract("Exam tmr, revision tdy, and the mock paper was yday. Party tmrw!", reference: nil, date: "2015-03-10")
        #expect(doc.dates.first { $0.text == "tmr" }?.value == "2015-03-11")
        #expect(doc.dates.first { $0.text == "tdy" }?.value == "2015-03-10")
        #expect(doc.dates.first { $0.text == "yday" }?.value == "2015-03-09")
        #expect(doc.dates.first { $0.text == "tmrw" }?.value == "2015-03-11")
    }

    @Test("a weekday written in lower case is a weekday")
    func lowerCaseWeekday() throws {
        let doc = try extract("we flew home on sunday and rested.", reference: nil, date: "2015-03-10")
        #expect(doc.dates.first { $0.text == "sunday" }?.value == "2015-03-08")
    }

    @Test("a short weekday name is a day after a word that leads a day, and nothing elsewhere")
    func shortWeekdays() throws {
        let doc = try extract("See you next fri. The quiz is on Mon and the match was last Tue.", reference: nil, date: "2015-03-10")
        #expect(doc.dates.first { $0.text == "next fri" }?.value == "2015-03-13")
        #expect(doc.dates.first { $0.text == "Mon" }?.value == "2015-03-09")
        #expect(doc.dates.first { $0.text == "last Tue" }?.value == "2015-03-03")
        let other = try extract("The sun sat low; we wed in spring. He bet on Sun Microsystems.", reference: nil, date: "2015-03-10")
        #expect(other.dates.allSatisfy { !["sun", "sat", "wed", "Sun"].contains($0.text) })
    }

    @Test("xmas in any case is Christmas")
    func xmas() throws {
        let doc = try extract("home for xmas soon, and last XMAS was cold.", reference: nil, date: "2014-12-11")
        #expect(doc.dates.first { $0.text == "xmas" }?.value == "2014-12-25")
    }

    @Test("a numeric day is read when the order of day and month shows, and left when it does not")
    func numericDays() throws {
        let doc = try extract("Forms close 14/03/2015, the US office says 3/14/2015, the draw is 04/04/2015 and the fee is due 5/6/2015.", reference: nil, date: "2015-02-01")
        #expect(doc.dates.first { $0.text == "14/03/2015" }?.value == "2015-03-14")
        #expect(doc.dates.first { $0.text == "3/14/2015" }?.value == "2015-03-14")
        #expect(doc.dates.first { $0.text == "04/04/2015" }?.value == "2015-04-04")
        #expect(doc.dates.allSatisfy { $0.text != "5/6/2015" })
    }

    @Test("a short month name before a year is that month")
    func shortMonthWithYear() throws {
        let doc = try extract("The tour reaches Perth in Oct 2016 and Oslo in Feb 2017.", reference: nil, date: "2015-03-10")
        #expect(doc.dates.first { $0.text == "Oct 2016" }?.value == "2016-10")
        #expect(doc.dates.first { $0.text == "Feb 2017" }?.value == "2017-02")
    }

    @Test("this and a weekday is that day of the document's week, before or after it")
    func thisWeekday() throws {
        let doc = try extract("The fair opens this Sat and the vote was this Mon.", reference: nil, date: "2015-03-11")
        #expect(doc.dates.first { $0.text == "this Sat" }?.value == "2015-03-14")
        #expect(doc.dates.first { $0.text == "this Mon" }?.value == "2015-03-09")
    }

    @Test("a pronoun joined to will makes a year-less month one to come")
    func contractedWill() throws {
        let doc = try extract("I'll visit the lake in February.", reference: nil, date: "2015-04-10")
        #expect(doc.dates.first { $0.text == "February" }?.value == "2016-02")
        let past = try extract("We hiked there in February.", reference: nil, date: "2015-04-10")
        #expect(past.dates.first { $0.text == "February" }?.value == "2015-02")
    }

    @Test("two years before the era with the era written once are both before it")
    func bcRanges() throws {
        let doc = try extract("The siege lasted from 612 to 609 BC, and the truce (586-584 BC) held.", reference: nil, date: "2015-04-10")
        let siege = try #require(doc.dates.first { $0.text == "612 to 609 BC" })
        #expect(siege.value == "-0611")
        #expect(siege.endValue == "-0608")
        #expect(doc.dates.first { $0.text == "586-584 BC" }?.endValue == "-0583")
    }
}
