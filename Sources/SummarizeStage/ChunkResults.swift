import Foundation

/// Integer lists filled in by several threads, one slot each, behind a lock.
final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Int]]

    /// Creates `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    /// Fills one slot.
    func set(_ index: Int, _ values: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = values
    }

    /// The slots' lists, one after the other.
    var joined: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
