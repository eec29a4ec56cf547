import DocPipe
import Foundation

/// The corpus summary of a corpus of several stories: the most important facts of its largest
/// stories, each cited, with their agreements, and the corpus's disagreements.
///
/// Across unrelated stories, "central to the corpus" would mean "made of the words every story
/// uses"; so centrality is taken within stories. Stories rank by the number of their documents that
/// are not copies (independent sources), then by all their documents (copies count as coverage),
/// then by input order. The N largest each give their first pick (their own summary's most
/// valuable sentence, ``CorpusSummaryBuilder``, with ``StoryTermWeights``); with fewer than N
/// stories, the largest give a second pick, then a third, in turn. A pick whose cosine with an
/// earlier one (corpus TF-IDF with the story weights) is above the redundancy cap gives way to
/// its story's next pick. Sentences run in story rank, then pick order. Agreements are the
/// stories' own agreement groups taken in the same turn (first group of each story by rank, then
/// the second ones), at most N; disagreements are the whole corpus's.
struct StoryDigest: Sendable {
    /// One story as the digest sees it.
    struct Story: Sendable {
        /// Documents of the story that are not copies (its independent sources).
        var sources: Int
        /// All its documents, copies included.
        var documents: Int
        /// Its summary's sentences in the order they were chosen, most valuable first.
        var picks: [CorpusSentence]
        /// Its summary's agreement groups, most agreeing documents first.
        var agreements: [CorpusAgreement]
    }

    /// Sentences in the corpus summary.
    var sentences: Int
    /// Highest cosine between two chosen sentences.
    var redundancy: Double
    /// Term document frequencies over the corpus.
    var documentFrequency: [String: Int]
    /// Documents in the corpus.
    var documents: Int
    /// The weight of each term over stories.
    var termWeights: [String: Double]

    /// Composes the corpus summary.
    /// - Parameters:
    ///   - stories: the stories, in input order (the order breaks ties of size).
    ///   - disagreements: the whole corpus's conflicting figures and dates, as disagreements.
    func summary(_ stories: [Story], disagreements: [CorpusDisagreement]) -> CorpusSummary {
        let ranked = stories.indices.filter { !stories[$0].picks.isEmpty }
            .sorted { (stories[$0].sources, stories[$0].documents, -$0) > (stories[$1].sources, stories[$1].documents, -$1) }
        var weighting = CorpusVectors(documentFrequency: documentFrequency, documents: documents, termWeights: termWeights)
        var chosen: [(sentence: CorpusSentence, vector: SparseVector)] = []
        var next = [Int](repeating: 0, count: stories.count)
        var round = 0
        while chosen.count < sentences, round < sentences {
            var progressed = false
            for story in ranked where chosen.count < sentences {
                while next[story] < stories[story].picks.count {
                    let pick = stories[story].picks[next[story]]
                    next[story] += 1
                    let vector = weighting.vector(pick)
                    if chosen.allSatisfy({ $0.vector.cosine(vector) <= redundancy }) {
                        chosen.append((pick, vector))
                        progressed = true
                        break
                    }
                }
            }
            guard progressed else { break }
            round += 1
        }
        var agreements: [CorpusAgreement] = []
        let deepest = ranked.map { stories[$0].agreements.count }.max() ?? 0
        for depth in 0..<deepest where agreements.count < sentences {
            for story in ranked where agreements.count < sentences && depth < stories[story].agreements.count {
                agreements.append(stories[story].agreements[depth])
            }
        }
        return CorpusSummary(
            sentences: chosen.map { CitedSentence(doc: $0.sentence.doc, index: $0.sentence.index, text: $0.sentence.text) },
            agreements: agreements, disagreements: disagreements)
    }
}
