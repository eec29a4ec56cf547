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
        parameters.recognisesNews = false
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
    /// Weight of TextRank-style overlap centrality (shared words over log lengths).
    var overlapWeight = 0.0
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

    /// Whether news-shaped articles (``NewsShape``) are recognised and weighted with the news weights.
    var recognisesNews = true
    /// Weights for a short news article (at most `shortNewsWords` words).
    var shortNews = NewsWeights(position: 1, decay: 1, length: 1, frequency: 0, pacsum: 0, backward: 0, centrality: 0.3, frequencyLengthExponent: 0.25, overlap: 3)
    /// Weights for a long news article (at least `longNewsWords` words).
    var longNews = NewsWeights(position: 4, decay: 1, length: 0, frequency: 0, pacsum: 1, backward: -2, centrality: 0.5, frequencyLengthExponent: 0.5, overlap: 0)
    /// News articles: sentences of at least this many words get the full length prior.
    var newsFullLengthWords = 40.0
    /// Whether a news article shown as one flat block of text (no paragraphs) takes the long-news weights.
    var flatTextIsLong = true
    /// News articles of at most this many words take the short-news weights.
    var shortNewsWords = 600.0
    /// News articles of at least this many words take the long-news weights; between, a linear mix.
    var longNewsWords = 1200.0

    /// These parameters with the news weights for an article of `words` words in place of the general ones.
    func forNews(words: Int, paragraphs: Bool) -> SummaryParameters {
        let share = !paragraphs && flatTextIsLong ? 1 : min(1, max(0, (Double(words) - shortNewsWords) / max(1, longNewsWords - shortNewsWords)))
        let mix = shortNews.mixed(with: longNews, share: share)
        var news = self
        news.positionWeight = mix.position
        news.positionDecay = mix.decay
        news.lengthWeight = mix.length
        news.frequencyWeight = mix.frequency
        news.pacsumWeight = mix.pacsum
        news.backwardWeight = mix.backward
        news.centralityWeight = mix.centrality
        news.frequencyLengthExponent = mix.frequencyLengthExponent
        news.overlapWeight = mix.overlap
        news.fullLengthWords = newsFullLengthWords
        return news
    }
}
