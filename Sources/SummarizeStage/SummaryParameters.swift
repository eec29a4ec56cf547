/// The weights and thresholds of the article summarizer; the defaults (the `balanced` style) and
/// the `lead` style were tuned on the evaluation sets described in `docs/stages/summarize.md`.
struct SummaryParameters: Sendable {
    /// The `balanced` style: the defaults below.
    static let balanced = SummaryParameters()

    /// The `lead` style, for short highlight-like summaries: a strong lead prior and PacSum's
    /// directed centrality (earlier similar sentences count against), no frequency or length prior.
    static var lead: SummaryParameters {
        var parameters = SummaryParameters()
        parameters.positionWeight = 4
        parameters.backwardWeight = -2
        parameters.pacsumWeight = 1
        parameters.centralityWeight = 0.5
        parameters.frequencyWeight = 0
        parameters.lengthWeight = 0
        return parameters
    }

    /// Sentences with fewer words are never chosen.
    var minimumWords = 5
    /// Two chosen sentences never have a TF-IDF cosine above this.
    var redundancy = 0.5
    /// MMR trade-off: weight of the score against similarity to what is already chosen.
    var relevance = 0.8
    /// PacSum edge threshold, as a share of the similarity range.
    var edgeThreshold = 0.6
    /// PacSum weight of similarity to later sentences.
    var forwardWeight = 1.0
    /// PacSum weight of similarity to earlier sentences (PacSum uses a negative weight; 0 tuned best here, so centrality looks forward only).
    var backwardWeight = 0.0
    /// Weight of position-aware centrality.
    var pacsumWeight = 0.5
    /// Weight of plain degree centrality.
    var centralityWeight = 0.8
    /// Weight of closeness to the title.
    var titleWeight = 0.5
    /// Weight of the lead-position prior.
    var positionWeight = 2.0
    /// The lead prior is 1 / (1 + position)^decay.
    var positionDecay = 1.0
    /// Weight of term-frequency mass: how often the sentence's terms recur elsewhere in the article (Luhn-style, unnormalised, so it favours full sentences).
    var frequencyWeight = 1.0
    /// Term-frequency mass is divided by the word count to this power (0: unnormalised, 1: a mean).
    var frequencyLengthExponent = 0.5
    /// Weight of the length prior.
    var lengthWeight = 0.3
    /// Sentences of at least this many words get the full length prior.
    var fullLengthWords = 25.0
}
