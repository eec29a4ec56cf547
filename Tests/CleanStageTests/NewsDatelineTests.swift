import DocPipe
import Testing
@testable import CleanStage

/// Wire-copy datelines on a line of their own, with lines written for these tests.
@Suite("News datelines")
struct NewsDatelineTests {
    private let body = Fixture.article()

    @Test("a dateline line at the top stays in the text and is never the title")
    func datelineStays() throws {
        for dateline in ["LISBON, March 4 (Harbour Wire) --", "PORTO, Portugal, Aug. 7, 2019 (AP) _", "Lisbon, 4 March (Reuters) -"] {
            let document = try Fixture.clean("\(dateline)\n\n" + body)
            #expect(document.metadata.title == nil, "\(dateline)")
            #expect(document.text.hasPrefix(dateline), "\(dateline)")
            #expect(Fixture.reason(for: dateline, in: document) == nil, "\(dateline)")
        }
    }

    @Test("a place in capitals and an ISO date on a line of its own is a dateline kept in the text")
    func isoDatelineStays() throws {
        for dateline in ["QUITO 2018-03-14", "SANTA CRUZ, Bolivia 2018-03-14", "PORT LOUIS 2018-03-14 (Harbour Wire)"] {
            let document = try Fixture.clean("\(dateline)\n\n" + body)
            #expect(document.text.hasPrefix(dateline), "\(dateline)")
            #expect(Fixture.reason(for: dateline, in: document) == nil, "\(dateline)")
        }
        #expect(!NewsDateline.matches("Quito 2018-03-14"))
        #expect(!NewsDateline.matches("QUITO 2018-03-14 prices fell"))
    }

    @Test("a sport slug alone on a line at the top stays in the text; a lone word in capitals that is no sport does not")
    func sportSlugStays() throws {
        for slug in ["CRICKET", "RUGBY UNION", "MOTOR RACING -"] {
            let document = try Fixture.clean("\(slug)\n\n" + body)
            #expect(document.text.hasPrefix(slug), "\(slug)")
            #expect(Fixture.reason(for: slug, in: document) == nil, "\(slug)")
        }
        let other = try Fixture.clean("SUBSCRIBE\n\n" + body)
        #expect(!other.text.hasPrefix("SUBSCRIBE"))
        #expect(!SportSlug.matches("Cricket"))
        #expect(!SportSlug.matches("CRICKET WORLD CUP FINAL REPORT"))
    }

    @Test("a headline above a dateline is still the title")
    func headlineAboveDateline() throws {
        let headline = "Harbour towns count the cost of the long winter storms"
        let document = try Fixture.clean("\(headline)\n\nLISBON, March 4 (Harbour Wire) --\n\n" + body)
        #expect(document.metadata.title == headline)
        #expect(document.text.hasPrefix("LISBON, March 4 (Harbour Wire) --"))
    }

    @Test("lines that only look like datelines are not taken for them")
    func notDatelines() {
        #expect(!NewsDateline.matches("Harbour towns count the cost of the long winter storms"))
        #expect(!NewsDateline.matches("Updated March 4, 2021"))
        #expect(!NewsDateline.matches("LISBON (Harbour Wire) --"))
        #expect(NewsDateline.matches("WASHINGTON, Jan. 5 (Reuters) -"))
    }
}
