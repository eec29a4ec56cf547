import Foundation

/// Runs the iterations of a loop on at most `threads` threads at once.
///
/// Each iteration must write only its own result slot, so the results do not depend on how many
/// threads ran them; with one thread the loop runs in order on the calling thread. Corpus steps
/// use it to stay within the run's `--jobs` (``StageContext/jobs``).
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
        DispatchQueue.concurrentPerform(iterations: width) { worker in
            for iteration in stride(from: worker, to: iterations, by: width) { body(iteration) }
        }
    }
}
