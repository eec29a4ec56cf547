import Foundation

/// Runs the iterations of a loop on at most `threads` threads at once.
///
/// Each iteration must write only its own result slot, so the results do not depend on how many
/// threads ran them, nor on which thread ran which; with one thread the loop runs in order on the
/// calling thread. Each thread takes the next iteration not yet started when it is done with
/// one, so a few long iterations do not leave the other threads idle. A loop started from inside
/// another loop's iteration runs on that iteration's thread only (the threads are the outer
/// loop's), so a long iteration whose own loops should use every thread is run outside the
/// outer loop. Corpus steps use it to stay within the run's `--jobs` (``StageContext/jobs``).
public struct ParallelLoop: Sendable {
    /// Threads to keep busy at once (at least one).
    public var threads: Int

    /// Creates a loop over at most `threads` threads.
    public init(threads: Int) {
        self.threads = threads
    }

    /// Calls `body` once for each of `0..<iterations`.
    public func run(_ iterations: Int, _ body: @Sendable (Int) -> Void) {
        let width = min(max(1, threads), iterations)
        guard width > 1 else {
            for iteration in 0..<iterations { body(iteration) }
            return
        }
        let next = NextIteration()
        DispatchQueue.concurrentPerform(iterations: width) { _ in
            while let iteration = next.take(below: iterations) { body(iteration) }
        }
    }
}

/// The next iteration of a ``ParallelLoop`` not yet started, handed out once each.
private final class NextIteration: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below end: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < end else { return nil }
        value += 1
        return value - 1
    }
}
