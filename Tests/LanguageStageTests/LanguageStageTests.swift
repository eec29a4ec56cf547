import DocPipe
@testable import LanguageStage
import Testing

@Suite("Language stage")
struct LanguageStageTests {
    static func stage(_ configure: (inout LanguageOptions) -> Void = { _ in }) throws -> LanguageStage {
        var options = LanguageOptions()
        configure(&options)
        return try LanguageStage(options: options, context: StageContext(pipelineName: "test"))
    }

    @Test("writes the document's language and confidence to the metadata")
    func writesMetadata() throws {
        var document = Document(id: "a", text: Samples.french + "\n\n" + Samples.french)
        try Self.stage().process(&document)
        #expect(document.metadata.extra["language"] == .string("fr"))
        guard case .number(let confidence) = document.metadata.extra["language_confidence"] else {
            Issue.record("no language_confidence")
            return
        }
        #expect(confidence >= 0.9)
        #expect(document[StandardLayers.Languages.self] == nil)
    }

    @Test("gives each paragraph of a mixed document its language, and a short heading the document's")
    func mixedDocumentGetsParagraphLanguages() throws {
        let text = "Bus routes\n\n" + Samples.english + "\n\n" + Samples.russian + "\n\n" + Samples.chinese
        var document = Document(id: "mixed", text: text)
        try Self.stage().process(&document)
        let spans = try #require(document[StandardLayers.Languages.self])
        let documentLanguage = try #require(document.metadata.extra["language"]?.stringValue)
        #expect(spans.map(\.language) == [documentLanguage, "en", "ru", "zh"])
        #expect(document.text(of: Span(start: spans[2].start, end: spans[2].end)) == Samples.russian)
        #expect(spans.allSatisfy { $0.confidence > 0 })
    }

    @Test("writes no languages layer when paragraphs are off")
    func paragraphsOff() throws {
        var document = Document(id: "mixed", text: Samples.english + "\n\n" + Samples.german)
        try Self.stage { $0.paragraphs = false }.process(&document)
        #expect(document[StandardLayers.Languages.self] == nil)
    }

    @Test("sets aside a document outside only_languages, naming its language")
    func setsAsideOtherLanguages() throws {
        var document = Document(id: "kk", text: Samples.kazakh)
        let stage = try Self.stage { $0.only_languages = ["en", "RU"] }
        #expect {
            try stage.process(&document)
        } throws: { error in
            guard let signal = error as? DocumentSetAside else { return false }
            return signal.group == "language kk" && signal.reason.contains("en, ru")
        }
    }

    @Test("keeps a document in one of only_languages (codes case-insensitive)")
    func keepsListedLanguages() throws {
        var document = Document(id: "ru", text: Samples.russian)
        try Self.stage { $0.only_languages = ["EN", "ru"] }.process(&document)
        #expect(document.metadata.extra["language"] == .string("ru"))
    }

    @Test("refuses a code in only_languages that is not a language code")
    func refusesBadCodes() {
        #expect(throws: StageError.self) { try Self.stage { $0.only_languages = ["english"] } }
        #expect(throws: StageError.self) { try Self.stage { $0.min_paragraph_letters = -1 } }
    }
}
