import DocPipe
import Foundation

/// Builds the corpus summary: what the sources together report.
///
/// Candidates are each document's best sentences. A candidate scores by its support in other
/// documents (how many other sources have a similar sentence, and how similar), by its closeness to
/// the corpus centroid and by its score within its own article, so facts that several sources
/// report rank above any one article's lede. Support is counted over all pairs of candidates up to
/// `pairwiseLimit` candidates; above that, candidates are clustered with spherical k-means and
/// support comes from the documents in the candidate's cluster, so the cost grows linearly with the
/// corpus. Sentences are then chosen by MMR, never above the redundancy threshold, at most
/// ⌈N / documents⌉ + 1 from one document. The summary also lists the points several sources agree
/// on (similar sentences from different documents) and those they disagree on (the conflicting
/// figures and dates). ``build(_:conflicts:dateConflicts:)`` works on any subset of documents'
/// candidates, such as one story's. With term weights (``StoryTermWeights``), vectors and concepts
/// are weighted by them and a candidate's score by its specificity (the share of its TF-IDF mass
/// they keep); candidates far less specific than the most specific one are not chosen.
struct CorpusSummaryBuilder: Sendable {
    /// Sentences to choose.
    var sentences: Int
    /// Highest cosine between two chosen sentences.
    var redundancy: Double
    /// Term document frequencies over the corpus.
    var documentFrequency: [String: Int]
    /// Documents in the corpus.
    var documents: Int
    /// Threads the clustering and the per-cluster agreements may use at once.
    var threads = 1
    /// Above this many candidates, support is computed by clustering instead of all pairs.
    var pairwiseLimit = 3000
    /// Two sentences of different documents with a cosine at or above this report the same point.
    var agreementSimilarity = 0.18
    /// Two agreeing sentences share at least this many terms.
    var agreementTerms = 3
    /// Share of a pick's value that comes from the shared content it newly covers (the rest is its score).
    var coverageWeight = 0.5
    /// A candidate's coverage gain is divided by its length in words to this power.
    var lengthExponent = 0.5
    /// Taken off a candidate's value for each sentence already chosen from its document, so the
    /// summary prefers a source not cited yet.
    var sourceRepeat = 0.1
    /// A factor per term on its TF-IDF and concept weights (``StoryTermWeights`` in a corpus of
    /// several stories); `nil`: none.
    var termWeights: [String: Double]? = nil
    /// With term weights, a candidate whose specificity is below this share of the most specific
    /// candidate's is never chosen: it says nothing particular to its story.
    var specificityFloor = 1.0 / 3

    /// Builds the summary.
    /// - Parameters:
    ///   - candidates: each document's best sentences with their in-article scores.
    ///   - conflicts: figures the same documents report differently (become disagreements).
    ///   - dateConflicts: events they date differently (become disagreements).
    /// - Returns: the chosen sentences in reading order (document order, then sentence index), the
    ///   agreements and the disagreements.
    func build(
        _ candidates: [(sentence: CorpusSentence, score: Double)], conflicts: [ConflictGroup] = [], dateConflicts: [DateConflict] = []
    ) -> CorpusSummary {
        ranked(candidates, conflicts: conflicts, dateConflicts: dateConflicts).summary
    }

    /// Builds the summary and also gives its sentences in the order they were chosen, most
    /// valuable first (``StoryDigest`` takes a story's first picks).
    func ranked(
        _ candidates: [(sentence: CorpusSentence, score: Double)], conflicts: [ConflictGroup] = [], dateConflicts: [DateConflict] = []
    ) -> (summary: CorpusSummary, picks: [CorpusSentence]) {
        let disagreements = Self.disagreements(conflicts: conflicts, dateConflicts: dateConflicts)
        guard !candidates.isEmpty, sentences > 0 else { return (CorpusSummary(sentences: [], agreements: [], disagreements: disagreements), []) }
        var weighting = CorpusVectors(documentFrequency: documentFrequency, documents: documents, termWeights: termWeights)
        let vectors = candidates.map { weighting.vector($0.sentence) }
        var centroid = [Double](repeating: 0, count: weighting.dimension)
        for vector in vectors { vector.add(into: &centroid) }
        let centrality = normalized(vectors.map { $0.dot(dense: centroid) })
        let pairwise = candidates.count <= pairwiseLimit
        var agreeing: AgreeingSentences
        var rawSupport: [Double]
        if pairwise {
            let found = neighbours(candidates, vectors)
            rawSupport = found.support
            agreeing = AgreeingSentences(lists: found.agreeing.map { $0.map(\.candidate) })
        } else {
            (rawSupport, agreeing) = clusterSupport(candidates, vectors, dimension: weighting.dimension)
        }
        let support = normalized(rawSupport)
        let kept = candidates.map { specificity(of: $0.sentence) }
        let scores: [Double] = candidates.indices.map { i in
            (0.5 * support[i] + 0.35 * centrality[i] + 0.15 * candidates[i].score) * kept[i]
        }
        let distinctDocuments = Set(candidates.map(\.sentence.documentOrder)).count
        let perDocument = (sentences + distinctDocuments - 1) / max(1, distinctDocuments) + (distinctDocuments > 1 ? 1 : 0)
        let floor = (kept.max() ?? 0) * specificityFloor
        let eligible = kept.map { termWeights == nil || $0 >= floor }
        let chosen = select(candidates, vectors: vectors, scores: scores, eligible: eligible, perDocument: perDocument)
        let picks = chosen.map { candidates[$0].sentence }
        let cited = picks
            .sorted { ($0.documentOrder, $0.index) < ($1.documentOrder, $1.index) }
            .map(Self.cite)
        let summary = CorpusSummary(
            sentences: cited, agreements: agreements(candidates, agreeing: agreeing, scores: scores), disagreements: disagreements)
        return (summary, picks)
    }

    /// Chooses the summary greedily: each step takes the candidate with the best mix of shared
    /// content not covered yet (``ConceptCoverage``, scaled by the step's best gain and by
    /// sentence length) and its score, less its overlap with the chosen and a little for each
    /// sentence its document already gave, skipping any above the redundancy cap or over its
    /// document's share.
    private func select(
        _ candidates: [(sentence: CorpusSentence, score: Double)], vectors: [SparseVector], scores: [Double], eligible: [Bool],
        perDocument: Int
    ) -> [Int] {
        var coverage = ConceptCoverage(
            candidates.map(\.sentence), documentFrequency: documentFrequency, documents: documents, termWeights: termWeights)
        let lengths = candidates.map { Double(max(1, Self.wordCount($0.sentence.text))) }
        var chosen: [Int] = []
        var isChosen = [Bool](repeating: false, count: candidates.count)
        var overlap = [Double](repeating: 0, count: candidates.count)
        var taken: [Int: Int] = [:]
        while chosen.count < sentences {
            var open: [(candidate: Int, gain: Double)] = []
            for candidate in candidates.indices where eligible[candidate] && !isChosen[candidate] && overlap[candidate] <= redundancy {
                if taken[candidates[candidate].sentence.documentOrder, default: 0] >= perDocument { continue }
                open.append((candidate, coverage.gain(candidate) / pow(lengths[candidate], lengthExponent)))
            }
            let top = open.map(\.gain).max() ?? 0
            var best: (candidate: Int, value: Double)? = nil
            for (candidate, gain) in open {
                let cited = Double(taken[candidates[candidate].sentence.documentOrder, default: 0])
                let value = coverageWeight * (top > 0 ? gain / top : 0) + (1 - coverageWeight) * scores[candidate]
                    - 0.2 * overlap[candidate] - sourceRepeat * cited
                if best == nil || value > best!.value { best = (candidate, value) }
            }
            guard let pick = best?.candidate else { break }
            chosen.append(pick)
            isChosen[pick] = true
            coverage.cover(pick)
            taken[candidates[pick].sentence.documentOrder, default: 0] += 1
            for candidate in candidates.indices where !isChosen[candidate] {
                overlap[candidate] = max(overlap[candidate], vectors[candidate].cosine(vectors[pick]))
            }
        }
        return chosen
    }

    /// For each candidate, the most similar candidate of every other document: `support` sums those
    /// similarities (in document order), `agreeing` keeps the ones at or above `agreementSimilarity`
    /// that share at least `agreementTerms` terms.
    private func neighbours(
        _ candidates: [(sentence: CorpusSentence, score: Double)], _ vectors: [SparseVector]
    ) -> (support: [Double], agreeing: [[(candidate: Int, similarity: Double)]]) {
        var support: [Double] = []
        var agreeing: [[(candidate: Int, similarity: Double)]] = []
        CandidateNeighbours(vectors: vectors, documents: candidates.map(\.sentence.documentOrder)).forEachRow { _, row in
            let list = row.filter(agrees).map { (candidate: $0.candidate, similarity: $0.similarity) }.sorted { $0.candidate < $1.candidate }
            support.append(Double(list.count) + row.reduce(0) { $0 + $1.similarity })
            agreeing.append(list)
        }
        return (support, agreeing)
    }

    /// Whether a best match is an agreement: similar enough, with enough shared terms.
    private func agrees(_ match: CandidateNeighbours.Match) -> Bool {
        match.similarity >= agreementSimilarity && match.sharedTerms >= agreementTerms
    }

    /// Groups of similar sentences from two or more documents, most documents first, at most
    /// `sentences` groups; each sentence in one group only.
    private func agreements(
        _ candidates: [(sentence: CorpusSentence, score: Double)], agreeing: AgreeingSentences, scores: [Double]
    ) -> [CorpusAgreement] {
        let counts = agreeing.counts
        guard !counts.isEmpty else { return [] }
        let order = counts.indices.filter { counts[$0] > 0 }
            .sorted { (counts[$0], scores[$0], -$0) > (counts[$1], scores[$1], -$1) }
        var used: Set<Int> = []
        var groups: [CorpusAgreement] = []
        for head in order where !used.contains(head) {
            let members = [head] + agreeing.members(of: head).filter { !used.contains($0) }
            guard members.count >= 2 else { continue }
            used.formUnion(members)
            let first = candidates[head].sentence
            let sources = members.map { candidates[$0].sentence }
                .sorted { ($0.documentOrder, $0.index) < ($1.documentOrder, $1.index) }.map(Self.cite)
            groups.append(CorpusAgreement(text: first.text, doc: first.doc, index: first.index, sources: sources))
            if groups.count == sentences { break }
        }
        return groups
    }

    /// The number of whitespace-separated words, as `split(whereSeparator: \.isWhitespace)`
    /// counts them; ASCII text (where a character is one byte and whitespace is tab to carriage
    /// return and space) is counted on its bytes.
    static func wordCount(_ text: String) -> Int {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace).count }
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The conflicting figures and dates as disagreements of the summary.
    static func disagreements(conflicts: [ConflictGroup], dateConflicts: [DateConflict]) -> [CorpusDisagreement] {
        let figures = conflicts.enumerated().map { number, group in
            var firsts: [ReportedFigure] = []
            for figure in group.figures where firsts.last?.value != figure.value { firsts.append(figure) }
            var disagreement = CorpusDisagreement(
                kind: "figure", about: group.subject.map { "\(group.unit) (\($0))" } ?? group.unit,
                values: firsts.map { "\(Self.number($0.value)) \($0.unit)" },
                sources: firsts.map { CitedSentence(doc: $0.doc, index: $0.index, text: $0.text) })
            disagreement.conflict = number + 1
            return disagreement
        }
        let dates = dateConflicts.map { conflict in
            CorpusDisagreement(
                kind: "date", about: conflict.event, values: conflict.dates.map(\.date),
                sources: conflict.dates.map { CitedSentence(doc: $0.doc, index: $0.index, text: $0.text) })
        }
        return figures + dates
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func cite(_ sentence: CorpusSentence) -> CitedSentence {
        CitedSentence(doc: sentence.doc, index: sentence.index, text: sentence.text)
    }

    /// Support from k-means clusters, and agreements within each cluster: counted for every
    /// candidate, listed again only for the candidates asked for (``AgreeingSentences``).
    private func clusterSupport(
        _ candidates: [(sentence: CorpusSentence, score: Double)], _ vectors: [SparseVector], dimension: Int
    ) -> (support: [Double], agreeing: AgreeingSentences) {
        let k = min(candidates.count, max(sentences * 4, Int(Double(candidates.count).squareRoot())))
        let assignment = SphericalKMeans(clusters: k, iterations: 6, threads: threads).assign(vectors, dimension: dimension)
        var documentsByCluster: [Int: Set<Int>] = [:]
        var members: [Int: [Int]] = [:]
        for (i, cluster) in assignment.enumerated() {
            documentsByCluster[cluster, default: []].insert(candidates[i].sentence.documentOrder)
            members[cluster, default: []].append(i)
        }
        let groups = members.keys.sorted().compactMap { members[$0] }.filter { $0.count > 1 && $0.count <= pairwiseLimit }
        @Sendable func index(of group: [Int]) -> CandidateNeighbours {
            CandidateNeighbours(vectors: group.map { vectors[$0] }, documents: group.map { candidates[$0].sentence.documentOrder })
        }
        let found = ChunkResults(count: groups.count)
        ParallelLoop(threads: threads).run(groups.count) { number in
            var counts: [Int] = []
            index(of: groups[number]).forEachRow { _, row in counts.append(row.reduce(0) { $0 + (agrees($1) ? 1 : 0) }) }
            found.set(number, counts)
        }
        var counts = [Int](repeating: 0, count: candidates.count)
        var groupOf = [Int](repeating: -1, count: candidates.count)
        var position = 0
        let joined = found.joined
        for (number, group) in groups.enumerated() {
            for member in group {
                counts[member] = joined[position]
                groupOf[member] = number
                position += 1
            }
        }
        let agreeing = AgreeingSentences(counts: counts) { [groupOf] head in
            guard groupOf[head] >= 0 else { return [] }
            let group = groups[groupOf[head]]
            guard let position = group.firstIndex(of: head) else { return [] }
            return index(of: group).row(position).filter(agrees).map { group[$0.candidate] }.sorted()
        }
        return (assignment.map { Double(documentsByCluster[$0]?.count ?? 1) - 1 }, agreeing)
    }

    /// The share of a sentence's TF-IDF mass that its term weights keep (1 without term weights):
    /// a sentence made only of words every story uses scores near 0, however many sources repeat it.
    private func specificity(of sentence: CorpusSentence) -> Double {
        guard let termWeights else { return 1 }
        var whole = 0.0, kept = 0.0
        for (term, count) in sentence.terms {
            let frequency = Double(max(documentFrequency[term] ?? 1, 1))
            let weight = (1 + log(Double(count))) * log(1 + Double(max(documents, 1)) / frequency)
            whole += weight
            kept += weight * (termWeights[term] ?? 1)
        }
        return whole > 0 ? kept / whole : 0
    }

    private func normalized(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else { return values.map { _ in 0 } }
        return values.map { ($0 - low) / (high - low) }
    }
}
