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
        let count = slots.count
        let width = min(max(1, threads), count)
        guard width > 1 else {
            for index in 0..<count { slots[index] = body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: width) { worker in
            for index in stride(from: worker, to: count, by: width) { slots[index] = body(index) }
        }
    }
}
