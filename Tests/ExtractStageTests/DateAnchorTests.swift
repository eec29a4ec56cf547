import DocPipe
import Testing
@testable import ExtractStage

@Suite("Date anchors")
struct DateAnchorTests {
    private func yesterday(date: String?, reference: String? = nil, text: String = "The strike ended yesterday.") throws -> DateMention? {
        try extract(text, reference: reference, date: date).dates.first { $0.text.lowercased() == "yesterday" }
    }

    @Test("the document's metadata date anchors its relative dates in any common form")
    func metadataForms() throws {
        for written in ["2024-03-03", "2024-03-03T22:15:00Z", "March 3, 2024", "3 March 2024", "Sun, 03 Mar 2024 10:00:00 +0000",
                        "Sunday, March 3rd, 2024 at 10:00", "03/03/2024", "20240303"] {
            #expect(try yesterday(date: written, reference: "2022-01-11")?.value == "2024-03-02", "metadata date \(written)")
        }
    }

    @Test("a written date that names no day leaves the pipeline's reference date in charge")
    func unreadableMetadata() throws {
        #expect(try yesterday(date: "spring 2024", reference: "2022-01-11")?.value == "2022-01-10")
    }

    @Test("a dateline at the top anchors the document when its metadata has no date")
    func datelines() throws {
        let text = "BRISTOL, Feb. 9, 2023 (Wire) - The strike ended yesterday."
        #expect(try yesterday(date: nil, reference: "2022-01-11", text: text)?.value == "2023-02-08")
        let iso = "2023-02-09 - The strike ended yesterday."
        #expect(try yesterday(date: nil, reference: nil, text: iso)?.value == "2023-02-08")
        let yearless = "BRISTOL, Feb. 9 (Wire) - The strike ended yesterday."
        #expect(try yesterday(date: nil, reference: "2022-01-11", text: yearless)?.value == "2022-02-08")
    }

    @Test("a date later in the first sentence is no dateline")
    func notADateline() throws {
        let text = "Talks that began on Feb. 9, 2021 ended yesterday."
        #expect(try yesterday(date: nil, reference: "2022-01-11", text: text)?.value == "2022-01-10")
    }

    @Test("each document keeps its own anchor in one run")
    func documentsKeepTheirAnchors() throws {
        let first = try extract("Rain fell on Monday.", reference: "2022-01-11", date: "2023-05-10")
        let second = try extract("Rain fell on Monday.", reference: "2022-01-11", date: "June 1, 2021")
        #expect(first.dates.first?.value == "2023-05-08")
        #expect(second.dates.first?.value == "2021-05-31")
    }

    @Test("with no anchor at all a month and day take the year of the document's own dates, marked inferred")
    func inferredYears() throws {
        let doc = try extract("Voting began on December 28, 2019 in the east. Results came on January 3.", reference: nil)
        let result = try #require(doc.dates.first { $0.text == "January 3" })
        #expect(result.value == "2020-01-03")
        #expect(result.inferred == true)
        let written = try #require(doc.dates.first { $0.text == "December 28, 2019" })
        #expect(written.inferred == nil)
    }

    @Test("a reference date more than a year from several dates of one time the document writes gives way to the latest of them")
    func referenceFarFromTheDocument() throws {
        let doc = try extract("The dam burst on March 14, 1997 in the north. An inquiry reported on June 2, 1997. " +
            "Engineers said on Monday that the new wall would hold.", reference: "2022-01-11")
        let monday = try #require(doc.dates.first { $0.text == "Monday" })
        #expect(monday.value == "1997-06-02")
        #expect(monday.inferred == true)
        let near = try extract("The dam burst on March 14, 2021 in the north. Engineers said on Monday that the new wall would hold.",
                               reference: "2022-01-11")
        #expect(near.dates.first { $0.text == "Monday" }?.value == "2022-01-10")
        #expect(near.dates.first { $0.text == "Monday" }?.inferred == nil)
    }

    @Test("news that names one old date, or old dates years apart, keeps the reference date")
    func backgroundDatesKeepTheReference() throws {
        let one = try extract("The storm is the worst since Hurricane Maria in September 2017. It reached the coast on Monday.",
                              reference: "2022-09-15")
        #expect(one.dates.first { $0.text == "Monday" }?.value == "2022-09-12")
        let scattered = try extract("Yields last broke 4 per cent on Oct. 18, 2007, and the yen has not been this weak since June 2002. " +
            "Traders expect the bank to act this week.", reference: "2022-09-15")
        #expect(scattered.dates.first { $0.text == "this week" }?.value == "2022-09-12")
    }

    @Test("a month and day without a year in the sentence after a date of another time continue that date")
    func yearlessDateContinuesTheDateBefore() throws {
        let doc = try extract("The dam burst on March 14, 1997 in the north. Rescuers arrived on March 16.", reference: "2022-01-11")
        #expect(doc.dates.first { $0.text == "March 16" }?.value == "1997-03-16")
        let later = try extract("The dam burst on March 14, 1997 in the north. Repairs began on Monday. Rescuers will train on March 16.",
                                reference: "2022-01-11")
        #expect(later.dates.first { $0.text == "March 16" }?.value == "2022-03-16")
    }

    @Test("with no anchor and no dated year, a month and day stay unresolved rather than guessed")
    func noInference() throws {
        let doc = try extract("Results came on January 3 in the east.", reference: nil)
        #expect(doc.dates.first?.value == nil)
        #expect(doc.dates.first?.inferred == nil)
    }

    @Test("a year-less dateline with no anchor takes the year of the document's dates, and so do its relative dates")
    func inferredDateline() throws {
        let doc = try extract("OSLO, March 2 (Wire) - The strike ended yesterday. It had begun on February 20, 2018.", reference: nil)
        let mention = try #require(doc.dates.first { $0.text == "yesterday" })
        #expect(mention.value == "2018-03-01")
        #expect(mention.inferred == true)
    }
}
