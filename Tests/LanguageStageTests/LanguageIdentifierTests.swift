@testable import LanguageStage
import Testing

@Suite("Language identifier")
struct LanguageIdentifierTests {
    @Test("identifies a paragraph in each of ten languages reliably", arguments: Samples.all.map(\.code))
    func identifiesParagraphs(code: String) {
        let text = Samples.all.first { $0.code == code }!.text
        let guess = LanguageIdentifier().identify(text)
        #expect(guess.language == code)
        #expect(guess.reliable)
        #expect(guess.confidence >= 0.9)
    }

    @Test("gives text without letters the undetermined language")
    func undeterminedWithoutLetters() {
        #expect(LanguageIdentifier().identify("") == .undetermined)
        #expect(LanguageIdentifier().identify("12 345 — 678 %").language == "und")
    }

    @Test("is less confident about two words than about a paragraph")
    func shortTextIsLessCertain() {
        let identifier = LanguageIdentifier()
        let short = identifier.identify("Buslinien Stadtrat")
        #expect(short.confidence < identifier.identify(Samples.german).confidence)
    }

    @Test("maps CLD2's codes to ISO 639 codes")
    func mapsCodes() {
        #expect(LanguageIdentifier.isoCode(cld2: "zh-Hant") == "zh")
        #expect(LanguageIdentifier.isoCode(cld2: "iw") == "he")
        #expect(LanguageIdentifier.isoCode(cld2: "un") == "und")
        #expect(LanguageIdentifier.isoCode(cld2: "kk") == "kk")
    }

    @Test("reads a long text only up to its first megabyte without splitting a character")
    func longTextIsCut() {
        let text = String(repeating: Samples.russian + " ", count: 6_000)
        #expect(text.utf8.count > LanguageIdentifier.maxBytes)
        #expect(LanguageIdentifier().identify(text).language == "ru")
    }
}
