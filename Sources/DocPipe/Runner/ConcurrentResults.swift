import Foundation

/// A fixed number of result slots that a loop fills on several threads, each iteration writing
/// only its own slot, so the results do not depend on how many threads ran.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    /// `count` empty slots.
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The value of slot `index`, `nil` until it is filled.
    subscript(index: Int) -> Value? { slots[index] }

    /// Fills every slot with `body(index)` on at most `threads` threads at once.
    func fill(threads: Int, _ body: @Sendable (Int) -> Value) {
        ParallelLoop(threads: threads).run(slots.count) { index in self.slots[index] = body(index) }
    }
}
