import DocPipe
import Testing
@testable import CleanStage

@Suite("Boilerplate removal")
struct BoilerplateTests {
    private func expectRemoved(_ lines: [String], reason: String, after position: Int = 2) throws {
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: position))
        for line in lines {
            #expect(Fixture.reason(for: line, in: document) == reason, "\(line)")
            #expect(!document.text.contains(line), "\(line)")
        }
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, Fixture.membersArgue, Fixture.mayorSigns, Fixture.residentsDivided])
    }

    @Test("interface lines (share, sign up, follow us, search prompts, cookies) are removed as interface")
    func removesInterface() throws {
        try expectRemoved([
            "Share this article", "Sign up for our daily newsletter", "Follow us on Facebook", "Hi, what are you looking for?",
            "Connect with us", "Continue reading", "Print", "Facebook Twitter LinkedIn Email", "Get the latest headlines delivered to your inbox.",
            "Thanks for reading! If you liked this post, please follow me for more.",
            "You are receiving this email because you signed up for our updates.",
            "We use cookies to improve your experience. By using this site you accept our cookie policy.",
        ], reason: "interface")
    }

    @Test("advertisement markers are removed as advertisement")
    func removesAdvertisements() throws {
        try expectRemoved(["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"], reason: "advertisement")
    }

    @Test("captions and photo credits are removed as caption")
    func removesCaptions() throws {
        try expectRemoved([
            "Workers repair a damaged bridge near the river on Monday. (Photo by Jane Smith/Example Agency)",
            "Photo: City Hall archive",
            "Firefighters at the scene of the warehouse blaze. (Handout/Regional Fire Service)",
            "A view of the harbour at dawn. Image: Wikimedia Commons.",
            "Protesters gather outside the ministry on Friday. Getty Images",
        ], reason: "caption")
    }

    @Test("related-article headlines standing alone are removed as related")
    func removesRelatedHeadlines() throws {
        try expectRemoved([
            "World News: Floods force thousands of families from their homes in the north",
            "Related: Council votes on new parking rules",
            "Editorial Board: Why the city should finally fix its crumbling bridges",
        ], reason: "related")
    }

    @Test("headlines listed under a related-articles label are removed as related, up to the next prose")
    func removesRelatedLists() throws {
        let lines = ["MORE STORIES", "Harbour ferry fares to rise in the spring", "New cycle lanes open on the ring road"]
        try expectRemoved(lines, reason: "related")
    }

    @Test("copyright notices are removed as disclaimer")
    func removesCopyright() throws {
        let lines = ["Copyright 2023 Example Media Group", "© 2023 Northfield Gazette. All rights reserved."]
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: 4))
        for line in lines { #expect(Fixture.reason(for: line, in: document) == "disclaimer") }
    }

    @Test("an author bio at the end is removed as bio")
    func removesBio() throws {
        let bio = "Maria Lopez is a senior fellow at the Institute for Urban Studies and a former city planner. She writes about housing and transport."
        let document = try Fixture.clean(Fixture.article(inserting: [bio], after: 4))
        #expect(Fixture.reason(for: bio, in: document) == "bio")
        #expect(Fixture.paragraphs(document).last == Fixture.residentsDivided)
        let short = try Fixture.clean(Fixture.article() + "\n\nMaria Lopez is a freelance journalist.")
        #expect(Fixture.reason(for: "Maria Lopez is a freelance journalist.", in: short) == "bio")
        #expect(short.metadata.author == "Maria Lopez")
    }

    @Test("a last paragraph that opens like a bio but reports speech stays in the text")
    func keepsReportedSpeechThatOpensLikeABio() throws {
        let quoted = "Tomas Varga, head of planning at Northfield Council, said the budget was fair. \"We listened to residents,\" he told reporters."
        let document = try Fixture.clean(Fixture.article() + "\n\n" + quoted)
        #expect(Fixture.reason(for: quoted, in: document) == nil)
        #expect(Fixture.paragraphs(document).last == quoted)
        #expect(document.metadata.author == nil)
    }

    @Test("disclaimers at the end are removed as disclaimer")
    func removesDisclaimers() throws {
        let lines = [
            "The views expressed in this article are those of the author alone.",
            "This column does not necessarily reflect the opinion of the editorial board or its owners.",
        ]
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: 4))
        for line in lines { #expect(Fixture.reason(for: line, in: document) == "disclaimer") }
        #expect(Fixture.paragraphs(document).count == 4)
    }

    @Test("short capitalised junk and navigation lines are removed as boilerplate")
    func removesJunkLines() throws {
        let document = try Fixture.clean(Fixture.article(inserting: ["XQ"], after: 0) + "\n\n" + "Home News Sports Weather Contact")
        #expect(Fixture.reason(for: "XQ", in: document) == "boilerplate")
        #expect(Fixture.reason(for: "Home News Sports Weather Contact", in: document) == "boilerplate")
        let body = try Fixture.clean(Fixture.article(inserting: ["Home News Sports Weather Contact"], after: 2))
        #expect(Fixture.reason(for: "Home News Sports Weather Contact", in: body) == "boilerplate")
    }

    @Test("lone web addresses and rows of hashtags are removed as boilerplate")
    func removesAddressesAndTags() throws {
        try expectRemoved(["https://example.org/story/12345", "#budget #council #schools"], reason: "boilerplate")
    }

    @Test("a short closing sentence after the last paragraph is kept, a trailing tag line is not")
    func keepsShortClosingSentence() throws {
        let document = try Fixture.clean(Fixture.article() + "\n\nWe will see.\n\nTags: budget, schools, council")
        #expect(Fixture.paragraphs(document).last == "We will see.")
        #expect(Fixture.reason(for: "Tags: budget, schools, council", in: document) == "boilerplate")
    }

    @Test("contributor credits and correction notes at the end are removed as disclaimer")
    func removesEditorialNotes() throws {
        let lines = [
            "Reporting by Jane Doe; Editing by John Roe",
            "Staff writer Tom Black contributed to this report from the capital.",
            "This article has been updated to correct the date of the vote.",
        ]
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: 4))
        for line in lines { #expect(Fixture.reason(for: line, in: document) == "disclaimer", "\(line)") }
        #expect(Fixture.paragraphs(document).count == 4)
    }

    @Test("paywall and gifting prompts are removed as interface, whatever their punctuation")
    func removesPaywallPrompts() throws {
        try expectRemoved(["Send any friend a story", "As a subscriber, you have 10 gift articles to give each month."], reason: "interface", after: 0)
    }

    @Test("a short line repeated in the document is removed everywhere, a repeated sentence only after its first time")
    func removesRepeatedLines() throws {
        let document = try Fixture.clean(Fixture.article(inserting: ["Morning Briefing"], after: 1) + "\n\nMorning Briefing\n\n" + Fixture.councilApproves.replacingOccurrences(of: "Tuesday", with: "Friday"))
        #expect(Fixture.removed(document).filter { $0.text == "Morning Briefing" }.count == 2)
        let refrain = "We will not give up."
        let repeated = try Fixture.clean(Fixture.article(inserting: [refrain], after: 1) + "\n\n" + refrain)
        #expect(Fixture.paragraphs(repeated).filter { $0 == refrain }.count == 1)
    }

    @Test("a short one-sentence prose paragraph and a short heading in the body are kept")
    func keepsShortProseAndHeadings() throws {
        let lines = ["The vote was close.", "Why it matters", "One member abstained."]
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: 2))
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, Fixture.membersArgue] + lines + [Fixture.mayorSigns, Fixture.residentsDivided])
        #expect(Fixture.removed(document).isEmpty)
    }

    @Test("prose that mentions sharing, following or photos is not mistaken for furniture")
    func keepsProseWithFurnitureWords() throws {
        let lines = [
            "Share prices fell sharply after the announcement.",
            "Follow-up talks are planned for next week in the capital.",
            "The photo shows the mayor cutting the ribbon at the new library.",
            "The bakery uses cookies and cakes from a family recipe that is older than the town hall.",
            "The plan was supported by most members of the council.",
            "As a subscriber to the paper since 1990, she wrote a long letter to the editor.",
            "The figures cover both school years (2019/2020).",
        ]
        let document = try Fixture.clean(Fixture.article(inserting: lines, after: 2))
        #expect(Fixture.removed(document).isEmpty)
        for line in lines { #expect(document.text.contains(line)) }
        let ending = "The official numbers do not reflect the true cost of the repairs, residents said."
        let closing = try Fixture.clean(Fixture.article() + "\n\n" + ending)
        #expect(Fixture.paragraphs(closing).last == ending)
    }

    @Test("boilerplate: false keeps furniture lines")
    func boilerplateCanBeTurnedOff() throws {
        let document = try Fixture.clean(Fixture.article(inserting: ["Share this article", "Advertisement"], after: 2)) { $0.boilerplate = false }
        #expect(document.text.contains("Share this article"))
        #expect(document.text.contains("Advertisement"))
        #expect(Fixture.removed(document).isEmpty)
    }
}
