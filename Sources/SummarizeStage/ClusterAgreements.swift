import Foundation

/// The agreeing candidates found in each cluster of the corpus summary's candidates, filled in by
/// several threads, one cluster each, behind a lock.
final class ClusterAgreements: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[[(candidate: Int, similarity: Double)]]]

    /// Creates `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    /// Fills the slot of one cluster.
    func set(_ index: Int, _ agreeing: [[(candidate: Int, similarity: Double)]]) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = agreeing
    }

    /// Every cluster's agreeing candidates, in slot order.
    var values: [[[(candidate: Int, similarity: Double)]]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
