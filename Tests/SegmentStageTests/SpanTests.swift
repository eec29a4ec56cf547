import DocPipe
import SegmentStage
import Testing

/// Layer invariants: code-point offsets, order, trimming, tokens.
@Suite("Spans and tokens")
struct SpanTests {
    @Test("reports code-point offsets that slice the text exactly, with non-ASCII text before the spans")
    func offsetsAreCodePoints() throws {
        let text = "Ünïcødé “quotes” — and emoji 🎉 first. Then Zoë’s café.\n\nŻółw went home."
        let document = try Segmenting.segment(text)
        let scalars = Array(text.unicodeScalars)
        let sentences = document[StandardLayers.Sentences.self] ?? []
        let strings = sentences.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(strings == ["Ünïcødé “quotes” — and emoji 🎉 first.", "Then Zoë’s café.", "Żółw went home."])
        #expect(document[StandardLayers.Paragraphs.self]?.count == 2)
    }

    @Test("writes sentences in order, non-overlapping, trimmed and inside paragraphs")
    func sentenceInvariants() throws {
        let text = "  A first one.   A second one!\n\n  \"Third?\"  Yes.\nHeading\n\n- item\n"
        let document = try Segmenting.segment(text)
        let sentences = document[StandardLayers.Sentences.self] ?? []
        let paragraphs = document[StandardLayers.Paragraphs.self] ?? []
        #expect(sentences.count == 6)
        for (previous, next) in zip(sentences, sentences.dropFirst()) { #expect(previous.end <= next.start) }
        for sentence in sentences {
            let string = document.text(of: sentence)
            #expect(string == string.trimmingWhitespace)
            #expect(paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end })
        }
    }

    @Test("splits words, numbers, abbreviations, addresses and punctuation into tokens")
    func tokenizes() throws {
        #expect(try Segmenting.tokens("Mr. O’Neill paid $1,250.75 (e.g. rent) to info@site.org, U.S. style...")
            == ["Mr.", "O’Neill", "paid", "$", "1,250.75", "(", "e.g.", "rent", ")", "to", "info@site.org", ",", "U.S.", "style", "..."])
        #expect(try Segmenting.tokens("It's well-known: see https://ex.org/x?a=1. Done at the U.S.")
            == ["It's", "well-known", ":", "see", "https://ex.org/x?a=1", ".", "Done", "at", "the", "U.S", "."])
    }

    @Test("skips the tokens layer when tokens is false")
    func tokensCanBeTurnedOff() throws {
        var options = SegmentOptions()
        options.tokens = false
        let document = try Segmenting.segment("One. Two.", options: options)
        #expect(document[StandardLayers.Tokens.self] == nil)
        #expect(document[StandardLayers.Sentences.self]?.count == 2)
    }

    @Test("gives identical layers for the same text")
    func isDeterministic() throws {
        let text = "Same input. Same output? Always!\n\n1. One 2. Two"
        let first = try Segmenting.segment(text)
        let second = try Segmenting.segment(text)
        #expect(first[StandardLayers.Sentences.self] == second[StandardLayers.Sentences.self])
        #expect(first[StandardLayers.Tokens.self] == second[StandardLayers.Tokens.self])
    }

    @Test("handles empty and whitespace-only text")
    func handlesEmptyText() throws {
        for text in ["", "   \n\n\t "] {
            let document = try Segmenting.segment(text)
            #expect(document[StandardLayers.Sentences.self] == [])
            #expect(document[StandardLayers.Paragraphs.self] == [])
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
