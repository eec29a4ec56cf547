/// The weights of the article score that change with the kind of news article (short item or long story).
struct NewsWeights: Sendable, Equatable {
    /// Weight of the lead-position prior.
    var position: Double
    /// The lead prior is 1 / (1 + position)^decay.
    var decay: Double
    /// Weight of the length prior.
    var length: Double
    /// Weight of term-frequency mass.
    var frequency: Double
    /// Weight of position-aware centrality.
    var pacsum: Double
    /// PacSum weight of similarity to earlier sentences.
    var backward: Double
    /// Weight of plain degree centrality.
    var centrality: Double
    /// Term-frequency mass is divided by the word count to this power.
    var frequencyLengthExponent: Double
    /// Weight of TextRank-style overlap centrality.
    var overlap: Double

    /// The weights `share` of the way from these to `other` (0: these, 1: `other`).
    func mixed(with other: NewsWeights, share: Double) -> NewsWeights {
        func mix(_ a: Double, _ b: Double) -> Double { a + (b - a) * share }
        return NewsWeights(
            position: mix(position, other.position), decay: mix(decay, other.decay), length: mix(length, other.length),
            frequency: mix(frequency, other.frequency), pacsum: mix(pacsum, other.pacsum), backward: mix(backward, other.backward),
            centrality: mix(centrality, other.centrality),
            frequencyLengthExponent: mix(frequencyLengthExponent, other.frequencyLengthExponent), overlap: mix(overlap, other.overlap))
    }
}
