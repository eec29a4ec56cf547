import DocPipe
import Foundation

/// Chooses the sentences of one article's extractive summary.
///
/// Only eligible sentences compete: long enough, with running text, not a heading, not a photo
/// caption or credit, and not boilerplate that `clean` recorded.
///
/// Each eligible sentence gets a score that mixes position-aware centrality (PacSum: similarity to
/// later sentences counts for a sentence, similarity to earlier ones against it), plain degree
/// centrality, closeness to the title, a lead-position prior and a length prior; sentences are then
/// taken greedily by maximal marginal relevance, and a sentence too similar to one already chosen
/// is never taken. A news-shaped article (``NewsShape``) is scored with news weights instead: a
/// short item with paragraphs by TextRank-style overlap centrality and length, a long story or flat
/// text by a strong lead prior (``SummaryParameters/forNews(words:paragraphs:)``).
struct ArticleSummarizer: Sendable {
    /// Weights and thresholds of the method.
    var parameters: SummaryParameters

    /// The outcome for one article.
    struct Result: Sendable {
        /// The chosen sentence indices, ascending.
        var chosen: [Int]
        /// Eligible sentences, best first, with their scores in 0...1.
        var ranking: [(index: Int, score: Double)]
        /// The profile of every sentence of the document, by index.
        var profiles: [SentenceProfile]
        /// The article's news shape, when it reads as news.
        var news: NewsShape? = nil
    }

    /// What both of a document's rankings start from (the article's summary and its candidates
    /// for the corpus summary): sentence profiles, the eligible sentences, their vectors and the
    /// similarities between them. It depends on the text, the sentences, the title, the excluded
    /// sentences and ``SummaryParameters/minimumWords`` only.
    struct Analysis: Sendable {
        /// The profile of every sentence, by index.
        var profiles: [SentenceProfile]
        /// The sentences that may be chosen, in order.
        var eligible: [SentenceProfile]
        /// The eligible sentences' unit vectors.
        var vectors: [SparseVector]
        /// The title's vector, in the same weighting (`nil` when no sentence is eligible).
        var title: SparseVector?
        /// The similarities of nearby sentences, when the band fits.
        var band: SimilarityBand?
        /// The terms' sentence lists, for documents too long for a band.
        var postings: TermPostings?
        /// The parts of the sentence graph that both rankings share (`nil` when no sentence is eligible).
        var graph: SentenceGraph? = nil
        /// The minimum words a sentence needed to be eligible.
        var minimumWords: Int
    }

    /// Profiles, eligible sentences, vectors and similarities of one article.
    /// - Parameters:
    ///   - scalars: the text's code points.
    ///   - spans: the sentence spans.
    ///   - title: the title, when known.
    ///   - excluded: sentence indices that may not be chosen (boilerplate).
    /// - Returns: the analysis both rankings share.
    func analyze(scalars: [Unicode.Scalar], spans: [Span], title: String?, excluded: Set<Int>) -> Analysis {
        var extractor = TermExtractor()
        let profiles = extractor.profiles(of: scalars, spans: spans)
        let eligible = profiles.filter {
            isEligible($0) && !excluded.contains($0.index)
                && !CaptionMarkers.matches(scalars[max(0, min($0.span.start, scalars.count))..<max(0, min($0.span.end, scalars.count))])
        }
        guard !eligible.isEmpty else {
            return Analysis(profiles: profiles, eligible: [], vectors: [], title: nil, band: nil, postings: nil, minimumWords: parameters.minimumWords)
        }
        let titleTerms = title.map { extractor.terms(of: $0) } ?? []
        let weighted = TermWeighting.vectors(units: eligible.map(\.terms), queries: [titleTerms])
        let band = SimilarityBand(vectors: weighted.units, window: Self.graphWindow)
        let postings = band == nil ? TermPostings(weighted.units) : nil
        let graph = SentenceGraph(
            sentences: eligible, vectors: weighted.units, title: weighted.queries[0], band: band, postings: postings, window: Self.graphWindow,
            edgeThreshold: parameters.edgeThreshold)
        return Analysis(
            profiles: profiles, eligible: eligible, vectors: weighted.units, title: weighted.queries[0], band: band,
            postings: postings, graph: graph, minimumWords: parameters.minimumWords)
    }

    /// Summarizes one article.
    /// - Parameters:
    ///   - scalars: the text's code points.
    ///   - spans: the sentence spans.
    ///   - title: the title, when known.
    ///   - excluded: sentence indices that may not be chosen (boilerplate).
    ///   - length: the summary length.
    ///   - analysis: ``analyze(scalars:spans:title:excluded:)`` of the same arguments, when it was
    ///     computed already (used only when made with the same minimum words).
    /// - Returns: the chosen sentences and the ranking.
    func summarize(
        scalars: [Unicode.Scalar], spans: [Span], title: String?, excluded: Set<Int>, length: SummaryLength, analysis: Analysis? = nil
    ) -> Result {
        let shared = analysis.flatMap { $0.minimumWords == parameters.minimumWords ? $0 : nil }
            ?? analyze(scalars: scalars, spans: spans, title: title, excluded: excluded)
        let profiles = shared.profiles, eligible = shared.eligible, vectors = shared.vectors
        guard !eligible.isEmpty, shared.title != nil, let graph = shared.graph else { return Result(chosen: [], ranking: [], profiles: profiles) }
        let news = parameters.recognisesNews ? NewsShape.recognise(scalars: scalars, eligible: eligible) : nil
        let weights = news.map { parameters.forNews(words: eligible.reduce(0) { $0 + $1.wordCount }, paragraphs: $0.paragraphs) } ?? parameters
        let scores = score(eligible, vectors: vectors, graph: graph, band: shared.band, postings: shared.postings, parameters: weights)
        let ranking = zip(eligible, scores).map { (index: $0.0.index, score: $0.1) }
            .sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }
        let chosen = select(
            eligible: eligible, vectors: vectors, band: shared.band, scores: scores, length: length, documentSentences: eligible.count, parameters: weights)
        return Result(chosen: chosen, ranking: ranking, profiles: profiles, news: news)
    }

    /// Whether a sentence may be part of a summary: long enough, with running text, not a heading.
    func isEligible(_ sentence: SentenceProfile) -> Bool {
        guard sentence.wordCount >= parameters.minimumWords, sentence.lowercaseWords > 0 else { return false }
        let headingLike = !sentence.endsWithPunctuation
            && (sentence.wordCount <= 12 || sentence.capitalizedWords * 2 > sentence.wordCount)
        return !headingLike
    }

    /// Sentences further apart than this are not compared, so long documents cost
    /// O(n · window) instead of O(n²); articles of up to 2 · window + 1 sentences see every pair.
    static let graphWindow = 150

    private func score(
        _ sentences: [SentenceProfile], vectors: [SparseVector], graph: SentenceGraph, band: SimilarityBand?, postings: TermPostings?,
        parameters: SummaryParameters
    ) -> [Double] {
        let n = sentences.count
        let window = Self.graphWindow
        let (forward, backward) = graph.edgeThreshold == parameters.edgeThreshold
            ? (graph.forward, graph.backward)
            : SentenceGraph.edgeSums(
                n: n, vectors: vectors, band: band, postings: postings, window: window,
                threshold: n > 1 ? graph.low + parameters.edgeThreshold * (graph.high - graph.low) : 0)
        let overlap = parameters.overlapWeight > 0 ? normalized(Self.overlapDegree(sentences, window: window)) : [Double](repeating: 0, count: n)
        let pacsum = normalized(zip(forward, backward).map { parameters.forwardWeight * $0 + parameters.backwardWeight * $1 })
        let centrality = graph.centrality
        let titleCloseness = graph.titleCloseness
        let mass = normalized(zip(sentences, graph.repeatedTerms).map { sentence, repeated in
            repeated / pow(Double(max(sentence.wordCount, 1)), parameters.frequencyLengthExponent)
        })
        let longest = Double(graph.longest)
        return sentences.enumerated().map { position, sentence in
            let lead = 1 / pow(1 + Double(position), parameters.positionDecay)
            let size = min(1, Double(sentence.wordCount) / min(longest, parameters.fullLengthWords))
            return parameters.pacsumWeight * pacsum[position] + parameters.centralityWeight * centrality[position]
                + parameters.overlapWeight * overlap[position]
                + parameters.titleWeight * titleCloseness[position] + parameters.positionWeight * lead
                + parameters.lengthWeight * size + parameters.frequencyWeight * mass[position]
        }
    }

    /// TextRank's edge weights (Mihalcea & Tarau 2004) summed per sentence: shared term occurrences
    /// over the sum of the log term counts, so long sentences that share many words rank high.
    static func overlapDegree(_ sentences: [SentenceProfile], window: Int) -> [Double] {
        let n = sentences.count
        let sizes = sentences.map { $0.terms.reduce(0) { $0 + $1.count } }
        var degree = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, min(n, i + window + 1)) {
                let shared = sharedOccurrences(sentences[i].terms, sentences[j].terms)
                guard shared > 0 else { continue }
                let norm = log(Double(max(sizes[i], 1))) + log(Double(max(sizes[j], 1)))
                let weight = norm > 0 ? Double(shared) / norm : Double(shared)
                degree[i] += weight
                degree[j] += weight
            }
        }
        return degree
    }

    /// Σ over shared terms of the product of their counts; both lists sorted by term.
    private static func sharedOccurrences(_ a: [(term: String, count: Int)], _ b: [(term: String, count: Int)]) -> Int {
        var i = 0, j = 0, total = 0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term {
                total += a[i].count * b[j].count
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }

    private func normalized(_ values: [Double]) -> [Double] {
        SentenceGraph.normalized(values)
    }

    private func select(
        eligible: [SentenceProfile], vectors: [SparseVector], band: SimilarityBand?, scores: [Double], length: SummaryLength,
        documentSentences: Int, parameters: SummaryParameters
    ) -> [Int] {
        let limit = length.sentenceLimit(documentSentences: documentSentences) ?? eligible.count
        var budget: Int? = nil
        if case .words(let words) = length { budget = words }
        var chosen: [Int] = []
        var used = 0
        var open = Array(eligible.indices)
        var overlapWithChosen = [Double](repeating: 0, count: eligible.count)
        while chosen.count < limit, !open.isEmpty {
            var best: (position: Int, value: Double)? = nil
            for (slot, candidate) in open.enumerated() {
                let overlap = overlapWithChosen[candidate]
                if overlap > parameters.redundancy { continue }
                if let budget, !chosen.isEmpty, used + eligible[candidate].wordCount > budget { continue }
                let value = parameters.relevance * scores[candidate] - (1 - parameters.relevance) * overlap
                if best == nil || value > best!.value { best = (slot, value) }
            }
            guard let pick = best else { break }
            let candidate = open.remove(at: pick.position)
            chosen.append(candidate)
            for other in open {
                let similarity = band?.similarityIfKept(other, candidate) ?? vectors[other].cosine(vectors[candidate])
                overlapWithChosen[other] = max(overlapWithChosen[other], similarity)
            }
            used += eligible[candidate].wordCount
            if let budget, used >= budget { break }
        }
        return chosen.map { eligible[$0].index }.sorted()
    }
}
