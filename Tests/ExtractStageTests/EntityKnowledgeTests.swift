import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExtractStage

@Suite("Gazetteer and pattern files of the entities option")
struct EntityKnowledgeTests {
    /// A fresh folder holding the given files.
    func folder(_ files: [String: String]) throws -> URL {
        let url = try ScratchSpace.newFolder("knowledge")
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func run(_ text: String, in directory: URL, gazetteers: [String] = [], patterns: [String] = []) throws -> Document {
        var options = ExtractOptions()
        options.entities = EntityKnowledgeOptions(gazetteers: gazetteers, patterns: patterns)
        var document = Document(id: "t", text: text)
        document[StandardLayers.Sentences.self] = sentenceSpans(text)
        try ExtractStage(options: options, context: StageContext(pipelineName: "test", pipelineDirectory: directory)).process(&document)
        return document
    }

    @Test("a gazetteer entry wins over the rules and gives its canonical name")
    func gazetteerEntry() throws {
        let dir = try folder(["teams.tsv": "# our clubs\nGlenholm Harriers\tORG\tGlenholm Harriers AC\nMarrow Vale\tGPE\n"])
        let doc = try run("Fans of Glenholm Harriers travelled to Marrow Vale on Sunday.", in: dir, gazetteers: ["teams.tsv"])
        #expect(doc.entity("Glenholm Harriers")?.label == .org)
        #expect(doc.entity("Glenholm Harriers")?.canonical == "Glenholm Harriers AC")
        #expect(doc.entity("Marrow Vale")?.label == .gpe)
    }

    @Test("phrase and token patterns label what they match")
    func patterns() throws {
        let rules = """
        {"label": "ORG", "pattern": "Blue Finch Labs"}
        {"label": "FAC", "pattern": [{"is_capitalized": true, "op": "+"}, {"LOWER": {"IN": ["depot", "yard"]}}]}
        """
        let dir = try folder(["rules.jsonl": rules])
        let doc = try run("Blue Finch Labs moved its trucks to the Kessel Road depot last week.", in: dir, patterns: ["rules.jsonl"])
        #expect(doc.entity("Blue Finch Labs")?.label == .org)
        #expect(doc.entity("Kessel Road depot")?.label == .fac)
    }

    @Test("a wrong line is refused with its file and line")
    func errors() throws {
        let dir = try folder(["bad.tsv": "Acme\tORG\nBeta Corp\tCOMPANY\n", "bad.jsonl": "{\"label\": \"ORG\", \"pattern\": [{\"lowr\": \"x\"}]}\n"])
        #expect(throws: StageError.self) { try run("x", in: dir, gazetteers: ["bad.tsv"]) }
        do {
            _ = try run("x", in: dir, gazetteers: ["bad.tsv"])
        } catch let error as StageError {
            #expect(error.message.contains("bad.tsv:2"))
            #expect(error.message.contains("COMPANY"))
        }
        do {
            _ = try run("x", in: dir, patterns: ["bad.jsonl"])
            Issue.record("a pattern with an unknown key was accepted")
        } catch let error as StageError {
            #expect(error.message.contains("bad.jsonl:1"))
            #expect(error.message.contains("lowr"))
        }
        #expect(throws: StageError.self) { try run("x", in: dir, gazetteers: ["missing.tsv"]) }
    }

    @Test("the files' contents are the stage's fingerprint")
    func fingerprint() throws {
        let dir = try folder(["a.tsv": "Acme\tORG\n"])
        let options = EntityKnowledgeOptions(gazetteers: ["a.tsv"], patterns: [])
        let first = try EntityKnowledge(options: options, directory: dir).fingerprint
        try Data("Acme\tPERSON\n".utf8).write(to: dir.appendingPathComponent("a.tsv"))
        let second = try EntityKnowledge(options: options, directory: dir).fingerprint
        #expect(first != nil)
        #expect(first != second)
        #expect(EntityKnowledge.empty.fingerprint == nil)
    }

    @Test("the option reads from a pipeline file, one pattern file or a list, and refuses unknown keys")
    func optionDecoding() throws {
        let one = try JSONDecoder().decode(EntityKnowledgeOptions.self, from: Data(#"{"gazetteers": ["a.tsv"], "patterns": "r.jsonl"}"#.utf8))
        #expect(one == EntityKnowledgeOptions(gazetteers: ["a.tsv"], patterns: ["r.jsonl"]))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EntityKnowledgeOptions.self, from: Data(#"{"gazeteers": ["a.tsv"]}"#.utf8)) }
    }
}
