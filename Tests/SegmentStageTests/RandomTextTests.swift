import DocPipe
import SegmentStage
import Testing

/// Random texts built from the characters the rules look at: no crash, invariants hold.
@Suite("Random text")
struct RandomTextTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    private static let pieces: [String] = [
        "word", "Word", "I", "a", "B", "U.S.", "Mr.", "Jan.", "Co.", "e.g.", "3.5", "12", "$4", "No.", "etc.",
        ".", ". ", "...", ". . .", "…", "!", "?", "?!", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "[...]",
        " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u{00A0}", "\u{2009}", "•", "⁃", "- ", "* ", "# ", "1. ", "2. ",
        "a) ", "b) ", "1.) ", "é", "Ünï", "🎉", "—", ",", ":", ";", "x@y.org", "https://e.x/a.b", "said", "The", "At",
    ]

    @Test("never fails and keeps every layer invariant on 3,000 random texts")
    func randomTextsKeepInvariants() throws {
        var generator = SplitMix(state: 2026)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let document = try Segmenting.segment(text)
            let scalarCount = text.unicodeScalars.count
            let paragraphs = document[StandardLayers.Paragraphs.self] ?? []
            let sentences = document[StandardLayers.Sentences.self] ?? []
            let tokens = document[StandardLayers.Tokens.self] ?? []
            for layer in [paragraphs, sentences, tokens] {
                for span in layer { #expect(0 <= span.start && span.start < span.end && span.end <= scalarCount, "\(text.debugDescription)") }
                for (previous, next) in zip(layer, layer.dropFirst()) { #expect(previous.end <= next.start, "\(text.debugDescription)") }
            }
            for sentence in sentences {
                let string = document.text(of: sentence)
                #expect(string == string.trimmingWhitespace, "\(text.debugDescription)")
                #expect(paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end }, "\(text.debugDescription)")
            }
            for token in tokens {
                #expect(sentences.contains { $0.start <= token.start && token.end <= $0.end }, "\(text.debugDescription)")
            }
        }
    }
}
