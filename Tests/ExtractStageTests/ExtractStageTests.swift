import DocPipe
import Foundation
import Testing
@testable import ExtractStage

@Suite("Extract stage")
struct ExtractStageTests {
    @Test("options out of range and a malformed reference date are refused with a message")
    func validation() {
        var options = ExtractOptions()
        options.keyphrases = -1
        #expect(throws: StageError.self) { try ExtractStage(options: options, context: StageContext(pipelineName: "t")) }
        #expect(throws: StageError.self) {
            try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "t", referenceDate: "2022-13-40"))
        }
    }

    @Test("the stage works without a sentences layer")
    func withoutSentences() throws {
        var document = Document(id: "x", text: "Mayor Anna Berg opened the port on January 5. Berg said 300 ships would call.")
        try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "t", referenceDate: "2022-01-11")).process(&document)
        #expect(document.entities.contains { $0.text == "Berg" && $0.canonical == "Anna Berg" })
        #expect(document.dates.first?.value == "2022-01-05")
        #expect(document.quantities.first?.unit == "ship")
    }

    @Test("processing is deterministic")
    func deterministic() throws {
        let text = "“Prices will fall,” said Minister Ivo Stan on Thursday. About 4,000 workers struck in Riga. Stan left."
        let first = try JSONCoding.data(extract(text))
        let second = try JSONCoding.data(extract(text))
        #expect(first == second)
    }

    @Test("the sample corpus: variants of the president's name form one cluster and troop figures carry units")
    func sampleCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("corpus/kazakhstan-2022")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".txt") }).sorted(), !files.isEmpty else {
            print("skipping: no sample corpus at \(folder.path)")
            return
        }
        let stage = try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "t", referenceDate: "2022-01-11"))
        var documents: [Document] = []
        for file in files {
            var document = Document(id: file, text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            try stage.process(&document)
            for mention in document.entities { #expect(document.text(of: Span(start: mention.start, end: mention.end)) == mention.text) }
            documents.append(document)
        }
        var corpus = Corpus(documents: DocumentStream(documents))
        try stage.finish(&corpus)
        let clusters = try #require(corpus.results[StandardCorpusKeys.Entities.self])
        let president = try #require(clusters.first { $0.aliases.contains("Kassym-Jomart Tokayev") })
        #expect(president.aliases.contains("Qasym-Zhomart Toqaev"))
        #expect(president.mentions.count >= 4)
        let troops = documents.flatMap(\.quantities).filter { $0.unit == "troop" }.map(\.value)
        #expect(troops.contains(2300))
    }
}

@Suite("Extract options")
struct ExtractOptionsTests {
    @Test("option names in pipeline files are the declared names, and their values are decoded")
    func optionNamesDecode() throws {
        #expect(ExtractOptions.optionInfos.map(\.name) == ["keyphrases", "keep_unlabeled", "minimum_quote_words", "entities"])
        let json = Data(#"{"keyphrases": 3, "keep_unlabeled": true, "minimum_quote_words": 9, "entities": {"gazetteers": ["a.tsv"]}}"#.utf8)
        let options = try JSONDecoder().decode(ExtractOptions.self, from: json)
        #expect(options.keyphrases == 3)
        #expect(options.keep_unlabeled)
        #expect(options.minimum_quote_words == 9)
        #expect(options.entities == EntityKnowledgeOptions(gazetteers: ["a.tsv"], patterns: []))
    }
}
