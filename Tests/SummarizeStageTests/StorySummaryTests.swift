import DocPipe
import Testing
@testable import SummarizeStage

@Suite("Corpus summary of many stories")
struct StorySummaryTests {
    /// Every article of the wire ends with these two lines, whatever its story.
    static let house = [
        "Send your news tips to our newsroom by email or by telephone at any hour of the day.",
        "More updates will follow here as the situation develops and officials share more details.",
    ]

    /// Four stories, largest first: three, two, two and one sources.
    static let stories: [(name: String, articles: [[String]])] = [
        ("bridge", [
            ["The old rail bridge over the Tarrow river collapsed on Monday night under a freight train.",
             "Two crew members of the freight train were pulled from the Tarrow river by divers.",
             "Engineers had warned the regional railway about rust on the bridge piers last spring."],
            ["A freight train fell into the Tarrow river when the rail bridge gave way on Monday night.",
             "Divers rescued both crew members of the train from the cold water of the Tarrow.",
             "Rail traffic between the two banks will be diverted for months, the railway said."],
            ["The rail bridge at Tarrow collapsed beneath a freight train late on Monday.",
             "Inspectors had found rust on the bridge piers during a survey last spring.",
             "Both crew members survived the fall into the river with minor injuries."],
        ]),
        ("ferry", [
            ["Ferry crews in the port of Kellin walked out on Wednesday over a pay freeze.",
             "No ferries sailed from Kellin to the islands, leaving hundreds of passengers on the quay.",
             "The crews' union wants a seven per cent rise after two years of frozen pay."],
            ["Islanders were stranded after ferry crews at Kellin struck over frozen pay on Wednesday.",
             "The union of ferry crews asks for a seven per cent pay rise.",
             "The ferry company called the walkout at Kellin irresponsible."],
        ]),
        ("museum", [
            ["The new maritime museum of Oskarsund opened its doors to visitors on Saturday.",
             "Its largest exhibit is a restored whaling ship from the nineteenth century.",
             "Admission to the maritime museum will be free for children under twelve."],
            ["Thousands queued on Saturday for the opening of the Oskarsund maritime museum.",
             "A restored nineteenth century whaling ship fills the main hall of the museum.",
             "The museum cost the city of Oskarsund forty million crowns to build."],
        ]),
        ("chess", [
            ["A fourteen year old from Varna won the national junior chess championship on Sunday.",
             "She beat the defending champion in a final game of more than sixty moves.",
             "The championship drew two hundred young players from across the country."],
        ]),
    ]

    static func finished(sentences: Int, withStories: Bool = true) throws -> (summary: CorpusSummary, storyOf: [String: String], stories: [Story]) {
        let stage = try TestDocuments.stage { $0.corpus_sentences = sentences }
        var documents: [Document] = []
        var storyOf: [String: String] = [:]
        var records: [Story] = []
        for story in stories {
            var ids: [String] = []
            for (n, article) in story.articles.enumerated() {
                let id = "\(story.name)\(n)"
                var document = TestDocuments.make(id, article + house)
                try stage.process(&document)
                documents.append(document)
                storyOf[id] = story.name
                ids.append(id)
            }
            records.append(Story(id: "s-\(story.name)", label: story.name, documents: ids, entities: [], terms: [], firstDate: nil, lastDate: nil))
        }
        var corpus = Corpus(documents: DocumentStream(documents))
        if withStories { corpus.results[StandardCorpusKeys.Stories.self] = records }
        try stage.finish(&corpus)
        return (try #require(corpus.results[StandardCorpusKeys.Summary.self]), storyOf, corpus.results[StandardCorpusKeys.Stories.self] ?? [])
    }

    @Test("a term of every story weighs almost nothing, a term of one story weighs 1")
    func weightsOverStories() {
        let weights = StoryTermWeights(stories: [["flood", "river", "said"], ["strike", "said"], ["court", "said"], ["court", "judge", "said"]]).weights
        #expect(weights["flood"] == 1)
        #expect(weights["judge"] == 1)
        let said = try! #require(weights["said"])
        let court = try! #require(weights["court"])
        #expect(said < 0.15)
        #expect(said < court && court < 1)
    }

    @Test("the corpus summary gives one fact from each of the largest stories, largest first, never the house lines")
    func oneFactPerStory() throws {
        let (summary, storyOf, _) = try Self.finished(sentences: 3)
        #expect(summary.sentences.map { storyOf[$0.doc] } == ["bridge", "ferry", "museum"])
        for sentence in summary.sentences { #expect(!Self.house.contains(sentence.text)) }
        let agreements = try #require(summary.agreements)
        #expect(!agreements.isEmpty)
        for agreement in agreements {
            #expect(Set(agreement.sources.map { storyOf[$0.doc] }).count == 1)
            #expect(Set(agreement.sources.map(\.doc)).count >= 2)
            #expect(!Self.house.contains(agreement.text))
        }
    }

    @Test("a story's own summary leaves out the lines every story repeats, even when it has room for them")
    func storySummariesSkipHouseLines() throws {
        let (_, _, stories) = try Self.finished(sentences: 5)
        #expect(stories.count == 4)
        for story in stories {
            let sentences = try #require(story.summary?.sentences)
            #expect(!sentences.isEmpty)
            for sentence in sentences { #expect(!Self.house.contains(sentence.text)) }
        }
    }

    @Test("with more sentences than stories, the largest stories give a second fact in turn")
    func secondRound() throws {
        let (summary, storyOf, _) = try Self.finished(sentences: 6)
        #expect(summary.sentences.map { storyOf[$0.doc] } == ["bridge", "ferry", "museum", "chess", "bridge", "ferry"])
        #expect(Set(summary.sentences.map(\.text)).count == 6)
        for sentence in summary.sentences { #expect(!Self.house.contains(sentence.text)) }
    }

    @Test("without stories the corpus summary is built over the whole corpus as before")
    func withoutStories() throws {
        let (summary, _, _) = try Self.finished(sentences: 3, withStories: false)
        let (digest, _, _) = try Self.finished(sentences: 3)
        #expect(summary.sentences.count == 3)
        #expect(summary.sentences.map(\.text) != digest.sentences.map(\.text))
    }
}
