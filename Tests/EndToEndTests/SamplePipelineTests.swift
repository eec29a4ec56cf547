import DocPipe
import Foundation
import Testing

@Suite("Sample pipeline end to end", .serialized)
struct SamplePipelineTests {
    @Test("documents.jsonl parses and every span slices the cleaned text exactly")
    func spansSliceTheText() async throws {
        let (report, output) = try await runSamplePipeline(jobs: 2)
        #expect(report.documentsProcessed == 5)
        #expect(report.documentsFailed == 0)
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let scalars = Array(text.unicodeScalars)
            var found: [(path: String, start: Int, end: Int, text: String?)] = []
            for (key, value) in object where !["id", "source", "metadata", "text", "removed"].contains(key) {
                spans(in: value, path: key, into: &found)
            }
            for span in found {
                #expect(0 <= span.start && span.start <= span.end && span.end <= scalars.count, "\(span.path) \(span.start)..<\(span.end) outside the text")
                guard span.end <= scalars.count, span.start >= 0, span.start <= span.end else { continue }
                if let claimed = span.text {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[span.start..<span.end])
                    #expect(String(slice) == claimed, "\(span.path) at \(span.start)")
                }
            }
        }
        let corpus = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("corpus.json")))
        #expect(corpus is [String: Any])
    }

    @Test("every article gets sentences, entities, dates, figures and a summary; the corpus gets its four results")
    func layersAndCorpusResults() async throws {
        let (_, output) = try await runSamplePipeline(jobs: 2)
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for layer in ["sentences", "entities", "dates", "quantities", "keyphrases"] {
                #expect(((object[layer] as? [Any])?.count ?? 0) > 0, "\(object["id"] ?? "?") has no \(layer)")
            }
            let summary = try #require(object["summary"] as? [String: Any])
            #expect((summary["sentences"] as? [Int])?.count == 3)
            let text = try #require(object["text"] as? String)
            #expect(!text.contains("Advertisement"))
        }
        let corpus = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("corpus.json"))) as? [String: Any])
        let cited = try #require((corpus["summary"] as? [String: Any])?["sentences"] as? [[String: Any]])
        #expect(Set(cited.compactMap { $0["doc"] as? String }).count >= 3)
        #expect(cited.contains { ($0["index"] as? Int ?? 0) > 0 }, "the corpus summary is not only the articles' first sentences")
        let summaryObject = try #require(corpus["summary"] as? [String: Any])
        let agreements = try #require(summaryObject["agreements"] as? [[String: Any]])
        #expect(agreements.contains { Set((($0["sources"] as? [[String: Any]]) ?? []).compactMap { $0["doc"] as? String }).count >= 2 })
        let disagreements = try #require(summaryObject["disagreements"] as? [[String: Any]])
        #expect(disagreements.contains { $0["kind"] as? String == "figure" && ($0["about"] as? String)?.hasPrefix("troop") == true })
        #expect(disagreements.contains { $0["kind"] as? String == "date" })
        let clusters = try #require(corpus["entities"] as? [[String: Any]])
        let president = clusters.first { (($0["aliases"] as? [String]) ?? []).contains("Tokayev") }
        #expect((president?["aliases"] as? [String])?.contains("Toqaev") == true)
        let conflicts = try #require(corpus["conflicts"] as? [[String: Any]])
        let troops = conflicts.first { ($0["unit"] as? String)?.hasPrefix("troop") == true }
        let values = Set(((troops?["figures"] as? [[String: Any]]) ?? []).compactMap { ($0["value"] as? NSNumber)?.doubleValue })
        #expect(values.isSuperset(of: [2300, 2500]))
        let timeline = try #require(corpus["timeline"] as? [[String: Any]])
        let dates = timeline.compactMap { $0["date"] as? String }
        #expect(!dates.isEmpty)
        #expect(dates == dates.sorted())
        #expect(!timeline.contains { ($0["text"] as? String)?.contains(" wrote Thursday ") == true }, "a commentator's writing is no event")
        let dateConflicts = try #require(corpus["date_conflicts"] as? [[String: Any]])
        let appeal = dateConflicts.first { ($0["event"] as? String)?.hasPrefix("appeal") == true }
        let appealDates = Set(((appeal?["dates"] as? [[String: Any]]) ?? []).compactMap { $0["date"] as? String })
        #expect(appealDates == ["2022-01-05", "2022-01-06"], "the appeal to the CSTO is dated 5 and 6 January by different sources")
    }

    @Test("the sample corpus is one story with no duplicates; its timeline and conflicts are the corpus's")
    func oneStory() async throws {
        let (_, output) = try await runSamplePipeline(jobs: 2)
        let corpus = try JSONCoding.decode(CorpusJSON.self, from: Data(contentsOf: output.appendingPathComponent("corpus.json")))
        #expect(corpus.duplicates == [])
        #expect(corpus.stories.count == 1)
        let story = try #require(corpus.stories.first)
        #expect(story.documents.count == 5)
        #expect(story.timeline == corpus.timeline)
        #expect(story.conflicts == corpus.conflicts)
        #expect(story.dateConflicts == corpus.dateConflicts)
        #expect(story.label.contains("Kazakhstan"))
        let stories = try String(contentsOf: output.appendingPathComponent("csv/stories.csv"), encoding: .utf8)
        #expect(stories.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
    }

    /// The parts of `corpus.json` the story test reads.
    struct CorpusJSON: Decodable {
        var duplicates: [DuplicateRecord]
        var stories: [Story]
        var timeline: [TimelineEntry]
        var conflicts: [ConflictGroup]
        var dateConflicts: [DateConflict]

        enum CodingKeys: String, CodingKey {
            case duplicates, stories, timeline, conflicts
            case dateConflicts = "date_conflicts"
        }
    }

    @Test("outputs are byte-identical with 1 and 4 jobs")
    func deterministicAcrossJobs() async throws {
        let (_, one) = try await runSamplePipeline(jobs: 1)
        let (_, four) = try await runSamplePipeline(jobs: 4)
        let names = try FileManager.default.contentsOfDirectory(atPath: one.path).filter { $0 != "run.json" }.sorted()
        #expect(names.contains("documents.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: four.path).filter { $0 != "run.json" }.sorted() == names)
        for name in names {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: one.appendingPathComponent(name).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: four.appendingPathComponent(name)), "\(name) differs")
        }
    }
}
