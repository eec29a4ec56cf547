import DocPipe

/// Picks a quote's speaker among its candidates with a linear model learnt from the hand-annotated
/// quote sets (`scripts/train_speaker_ranker.py`, weights in ``SpeakerRankerWeights``): each
/// candidate's score is the sum of its features times their weights, and the best one replaces the
/// rules' pick only when it scores at least ``SpeakerRankerWeights/margin`` above it. With no weights
/// the rules' pick stands.
struct SpeakerRanker: Sendable {
    /// Weight by feature name.
    let weights: [String: Double]
    /// How much better than the rules' pick a candidate must score to replace it.
    let margin: Double

    /// The ranker with the generated weights.
    static let generated = SpeakerRanker(weights: SpeakerRankerWeights.weights, margin: SpeakerRankerWeights.margin)

    /// Whether the ranker has weights to apply.
    var isActive: Bool { !weights.isEmpty }

    /// A candidate's score.
    func score(_ candidate: SpeakerCandidate) -> Double {
        candidate.features.reduce(0) { $0 + (weights[$1.key] ?? 0) * $1.value }
    }

    /// The candidate to report, or `nil` to keep the rules' pick.
    /// - Parameter candidates: the quote's candidates, the rules' pick marked by its `rule` feature
    ///   (the "no speaker" candidate has it when the rules found no one).
    /// - Returns: the best candidate when it beats the rules' pick by the margin.
    func choice(among candidates: [SpeakerCandidate]) -> SpeakerCandidate? {
        guard isActive, let best = candidates.max(by: { score($0) < score($1) }) else { return nil }
        let ruled = candidates.first { ($0.features["rule"] ?? 0) > 0 } ?? candidates.first { $0.isNobody }
        guard let ruled else { return best }
        if best.name == ruled.name { return nil }
        return score(best) - score(ruled) >= margin ? best : nil
    }
}
