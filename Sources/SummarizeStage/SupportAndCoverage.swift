import Foundation

/// The two independent parts of ranking the corpus summary's candidates, filled in by the two
/// threads that compute them (``CorpusSummaryBuilder/ranked(_:conflicts:dateConflicts:)``): each
/// candidate's support with the sentences it agrees with, and the candidates' concepts
/// (``ConceptCoverage``). Each part is written once, by one thread, behind a lock, so the ranking
/// is the same however many threads computed it.
final class SupportAndCoverage: @unchecked Sendable {
    private let lock = NSLock()
    private var support: [Double] = []
    private var agreeing = AgreeingSentences(lists: [])
    private var coverage: ConceptCoverage?

    /// Keeps the candidates' raw support and their agreeing sentences.
    func setSupport(_ support: [Double], _ agreeing: AgreeingSentences) {
        lock.lock()
        defer { lock.unlock() }
        self.support = support
        self.agreeing = agreeing
    }

    /// Keeps the candidates' concepts.
    func setCoverage(_ coverage: ConceptCoverage) {
        lock.lock()
        defer { lock.unlock() }
        self.coverage = coverage
    }

    /// Both parts, once both are set.
    var values: (support: [Double], agreeing: AgreeingSentences, coverage: ConceptCoverage) {
        lock.lock()
        defer { lock.unlock() }
        return (support, agreeing, coverage ?? ConceptCoverage([], documentFrequency: [:], documents: 0))
    }
}
