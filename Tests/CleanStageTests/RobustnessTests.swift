import DocPipe
import Foundation
import Testing
@testable import CleanStage

@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let pieces: [String] = [
        "a", "Word", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", ".", "?", "!", ":", "-", "—", "(", ")", "[", "]", "![", "](",
        "*", "**", "_", "`", "```", "#", "# ", ">", "<", "</p>", "<p>", "<div", "&amp;", "&#x41;", "&#99999999;", "&", ";",
        "\u{00AD}", "\u{200B}", "\u{0301}", "e\u{0301}", "😀", "\u{2028}", "\u{2029}", "\u{00A0}", "’", "“", "”", "By ", "Photo:",
        "Advertisement", "Follow ", "The Daily Post", "January 5, 2022", "is a senior fellow at", "gov-", "- ", "1. ", "http://x.y",
        "\u{FEFF}", "\u{0}", "\u{7F}", "ǅ", "İ", "ß",
    ]

    @Test("random mixtures of tricky pieces never crash, and removals always slice the input", arguments: ["auto", "text", "markdown", "html"])
    func survivesRandomInput(format: String) throws {
        var generator = Generator(state: 42)
        var options = CleanOptions()
        options.format = format
        let stage = try CleanStage(options: options, context: StageContext(pipelineName: "test"))
        for _ in 0..<300 {
            let length = Int(generator.next() % 120)
            var text = ""
            for _ in 0..<length { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            var document = Document(id: "r", source: "r.txt", text: text)
            try stage.process(&document)
            for removal in document[StandardLayers.Removed.self] ?? [] {
                #expect(removal.start <= removal.end)
                #expect(text.slice(scalars: removal.start, removal.end) == removal.text)
            }
            #expect(!document.text.hasPrefix("\n") && !document.text.hasSuffix("\n"))
            #expect(!document.text.contains("\n\n\n"))
        }
    }

    @Test("random plain text: cleaning the cleaned text again changes nothing")
    func randomIdempotence() throws {
        var generator = Generator(state: 7)
        var options = CleanOptions()
        options.format = "text"
        let stage = try CleanStage(options: options, context: StageContext(pipelineName: "test"))
        var kept = 0
        for _ in 0..<300 {
            let length = Int(generator.next() % 120)
            var text = ""
            for _ in 0..<length { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            var once = Document(id: "r", source: "r.txt", text: text)
            try stage.process(&once)
            var twice = Document(id: "r", source: "r.txt", text: once.text)
            try stage.process(&twice)
            #expect(twice.text == once.text, "input: \(text.debugDescription)")
            if !once.text.isEmpty { kept += 1 }
        }
        #expect(kept > 150)
    }

    @Test("pathological markup (deep brackets, stray backticks and tags) is cleaned without blowing up")
    func handlesPathologicalMarkup() throws {
        let brackets = String(repeating: "[", count: 10_000) + "x" + String(repeating: "](u)", count: 10_000)
        let markdown = try Fixture.clean(brackets, source: "deep.md")
        #expect(!markdown.text.isEmpty)
        let ticks = try Fixture.clean(String(repeating: "` a ", count: 10_000), source: "ticks.md")
        #expect(!ticks.text.isEmpty)
        let html = try Fixture.clean("<html><body>" + String(repeating: "<p title=\"x ", count: 5_000) + "</body></html>", source: "bad.html")
        #expect(Fixture.removed(html).allSatisfy { $0.start <= $0.end })
    }

    @Test("a very long single line and a very long document are cleaned")
    func handlesLongInput() throws {
        let sentence = "The committee met again on Thursday and agreed to continue the review of the proposal. "
        let long = String(repeating: sentence, count: 5_000)
        let document = try Fixture.clean(long)
        #expect(document.text.count == long.count - 1)
        let many = try Fixture.clean(String(repeating: Fixture.article() + "\n\nAdvertisement\n\n", count: 200))
        #expect(!many.text.contains("Advertisement"))
    }

    @Test("the tag-stripping fallback skips a doctype's internal subset and keeps the text around it")
    func doctypeInternalSubsetInFallback() {
        func stripped(_ html: String) -> String {
            String(String.UnicodeScalarView(HTMLStripper.strip(Array(html.unicodeScalars)).scalars))
        }
        let withSubset = stripped(#"<!doctype html [ <!ENTITY x "leak > here"> <!-- ] --> ]><p>Real text.</p>"#)
        #expect(withSubset.trimmingCharacters(in: .whitespacesAndNewlines) == "Real text.")
        #expect(stripped("<!DOCTYPE html><p>Plain doctype.</p>").trimmingCharacters(in: .whitespacesAndNewlines) == "Plain doctype.")
        #expect(stripped("<!DOCTYPE html [ <!ENTITY x 'y'> <p>Never closed.</p>").contains("Never closed."))
    }

    @Test("an HTML page nested 100,000 <div> levels deep is cleaned in one pass and keeps its text")
    func deeplyNestedHTML() throws {
        let depth = 100_000
        let html = "<!DOCTYPE html><html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Fixture.councilApproves)</p>"
            + String(repeating: "</div>", count: depth) + "<p>\(Fixture.mayorSigns)</p></body></html>"
        let clock = ContinuousClock()
        var document = Document(id: "deep", source: "deep.html", text: "")
        let elapsed = try clock.measure { document = try Fixture.clean(html, source: "deep.html") }
        #expect(Fixture.paragraphs(document) == [Fixture.councilApproves, Fixture.mayorSigns])
        #expect(elapsed < .seconds(30))
    }
}
