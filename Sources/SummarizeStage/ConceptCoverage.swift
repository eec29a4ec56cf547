import Foundation

/// The content the sources share, as weighted concepts, and how much of it a set of sentences covers.
///
/// Concepts are a sentence's stemmed content words and the pairs of adjacent ones (bigrams of the
/// sentence with stop words taken out), after Gillick & Favre (2009): a concept counts for every
/// document that uses it, so what several sources report weighs more, and a concept only one source
/// uses weighs nothing. Word weights use the corpus document frequencies; bigram weights the
/// documents whose candidates contain the bigram. A concept's weight is `(df − 1) · ln(1 + N / df)`:
/// zero for one document, growing with the number of sources, damped for words nearly every
/// document uses. Selection is greedy on the covered weight, which is submodular (Lin & Bilmes 2011),
/// so a concept already covered adds nothing: redundancy is paid for in the objective itself.
/// Building the weights is linear in the candidates' words (after sorting the candidates by document).
/// Given term weights (``StoryTermWeights``), a word's weight is multiplied by its own and a
/// bigram's by the mean of its two words'.
struct ConceptCoverage {
    /// Each candidate's concepts (ids into `weights`), distinct.
    private(set) var concepts: [[Int]]
    /// Each concept's weight.
    private(set) var weights: [Double]
    /// Concepts already covered.
    private var covered: [Bool]

    /// Weighs the concepts of a set of candidates.
    /// - Parameters:
    ///   - candidates: the candidate sentences.
    ///   - documentFrequency: term document frequencies over the corpus.
    ///   - documents: the number of documents in the corpus.
    ///   - termWeights: a factor per term (a term not listed keeps factor 1); `nil`: none.
    init(_ candidates: [CorpusSentence], documentFrequency: [String: Int], documents: Int, termWeights: [String: Double]? = nil) {
        var ids: [String: Int] = [:]
        var isBigram: [Bool] = []
        var wordTerms: [String] = []
        var factors: [Double] = []
        var bigramDocuments: [Int] = []
        var lastDocument: [Int] = []
        var concepts = [[Int]](repeating: [], count: candidates.count)
        var extractor = TermExtractor()
        let order = candidates.indices.sorted { (candidates[$0].documentOrder, $0) < (candidates[$1].documentOrder, $1) }
        for position in order {
            let candidate = candidates[position]
            var own: Set<Int> = []
            func id(_ key: String, bigram: Bool, factor: @autoclosure () -> Double) -> Int {
                if let known = ids[key] { return known }
                let new = ids.count
                ids[key] = new
                factors.append(termWeights == nil ? 1 : factor())
                isBigram.append(bigram)
                wordTerms.append(bigram ? "" : key)
                bigramDocuments.append(0)
                lastDocument.append(-1)
                return new
            }
            for term in candidate.terms { own.insert(id(term.term, bigram: false, factor: termWeights?[term.term] ?? 1)) }
            let words = extractor.orderedTerms(of: candidate.text)
            for (first, second) in zip(words, words.dropFirst()) {
                let concept = id(
                    first + " " + second, bigram: true, factor: ((termWeights?[first] ?? 1) + (termWeights?[second] ?? 1)) / 2)
                own.insert(concept)
                if lastDocument[concept] != candidate.documentOrder {
                    lastDocument[concept] = candidate.documentOrder
                    bigramDocuments[concept] += 1
                }
            }
            concepts[position] = own.sorted()
        }
        let total = Double(max(documents, 1))
        weights = isBigram.indices.map { concept in
            let frequency = isBigram[concept] ? bigramDocuments[concept] : documentFrequency[wordTerms[concept]] ?? 1
            guard frequency > 1 else { return 0 }
            let df = Double(frequency)
            return (df - 1) * log(1 + max(total, df) / df) * factors[concept]
        }
        self.concepts = concepts
        covered = [Bool](repeating: false, count: weights.count)
    }

    /// The weight a candidate would add: its concepts not covered yet.
    func gain(_ candidate: Int) -> Double {
        concepts[candidate].reduce(0) { covered[$1] ? $0 : $0 + weights[$1] }
    }

    /// Marks a chosen candidate's concepts as covered.
    mutating func cover(_ candidate: Int) {
        for concept in concepts[candidate] { covered[concept] = true }
    }
}
