import Foundation
import Testing

/// The `language` stage through the real `docpipe` binary on `corpus/languages` (written for these tests).
@Suite("Languages through docpipe", .serialized)
struct LanguageRunTests {
    static func documents(in output: URL) throws -> [String: [String: Any]] {
        let text = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var byID: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            byID[try #require(object["id"] as? String)] = object
        }
        return byID
    }

    static func runReport(in output: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: output.appendingPathComponent("run.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the sample pipeline sets aside the German, Russian and Chinese notices, counted per language, and keeps English and mixed")
    func onlyEnglish() throws {
        let output = try temporaryFolder().appendingPathComponent("out")
        let result = try docpipe(["run", "pipelines/languages.yaml", "--output", output.path, "--no-cache"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try Self.documents(in: output)
        #expect(Set(documents.keys) == ["harbour-en", "harbour-mixed"])
        let english = try #require(documents["harbour-en"]?["metadata"] as? [String: Any])
        #expect(english["language"] as? String == "en")
        #expect((english["language_confidence"] as? Double ?? 0) >= 0.9)
        #expect(documents["harbour-en"]?["languages"] == nil)
        let mixed = try #require(documents["harbour-mixed"]?["languages"] as? [[String: Any]])
        #expect(Set(mixed.compactMap { $0["language"] as? String }) == ["en", "ru", "zh"])
        #expect(documents["harbour-mixed"]?["entities"] != nil)

        let report = try Self.runReport(in: output)
        #expect(report["documents_set_aside"] as? Int == 3)
        #expect(report["documents_failed"] as? Int == 0)
        let counts = try #require(report["set_aside_counts"] as? [String: Int])
        #expect(counts == ["language de": 1, "language ru": 1, "language zh": 1])
        let setAside = try #require(report["set_aside"] as? [[String: Any]])
        #expect(setAside.contains { $0["id"] as? String == "harbour-zh" && $0["stage"] as? String == "language" })
        #expect(result.stderr.contains("language 'ru' is not in only_languages (en); document set aside"))
        #expect(result.stderr.contains("2 processed (0 entirely from cache), 0 failed, 3 set aside, "))
    }

    @Test("without only_languages every document goes through, and extract and summarize warn once per document in another language")
    func warnsInEnglishOnlyStages() throws {
        let folder = try temporaryFolder()
        let pipeline = folder.appendingPathComponent("all.yaml")
        try Data("stages: [clean, language, segment, extract, summarize, {export: {formats: [jsonl]}}]\n".utf8).write(to: pipeline)
        let output = folder.appendingPathComponent("out")
        let input = packageRoot.appendingPathComponent("corpus/languages").path
        let result = try docpipe(["run", pipeline.path, "--input", input, "--output", output.path, "--no-cache"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try Self.documents(in: output)
        #expect(documents.count == 5)
        let languages = documents.mapValues { ($0["metadata"] as? [String: Any])?["language"] as? String }
        #expect(languages["harbour-de"] == "de" && languages["harbour-ru"] == "ru" && languages["harbour-zh"] == "zh")
        let report = try Self.runReport(in: output)
        #expect(report["documents_set_aside"] == nil)
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        let extractWarnings = warnings.filter { ($0["message"] as? String)?.hasPrefix("stage 'extract' is written for en") == true }
        #expect(Set(extractWarnings.compactMap { $0["subject"] as? String }) == ["harbour-de", "harbour-ru", "harbour-zh"])
        #expect(warnings.contains { $0["subject"] as? String == "harbour-zh" && ($0["message"] as? String)?.contains("stage 'summarize'") == true })
        #expect(result.stderr.contains("stage 'extract' is written for en text; this document is in 'de'"))
    }

    @Test("describe says which stages are English-only and shows the language stage's options")
    func describeLanguages() throws {
        let extract = try docpipe(["describe", "extract"])
        #expect(extract.stdout.contains("languages: en only"))
        let segment = try docpipe(["describe", "segment"])
        #expect(!segment.stdout.contains("languages:"))
        let language = try docpipe(["describe", "language"])
        #expect(language.status == 0)
        #expect(language.stdout.contains("only_languages"))
    }
}
