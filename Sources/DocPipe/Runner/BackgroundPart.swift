import Foundation

/// A ``SplitContributor``'s per-document part running on a thread of its own beside the corpus
/// steps of earlier stages (started by the runner, waited for at the contributor's turn).
///
/// ``wait()`` blocks until the part has returned and gives what it returned or threw; the part
/// runs exactly once, whether or not anyone waits.
final class BackgroundPart: @unchecked Sendable {
    /// The index of the stage whose part this is.
    let stage: Int
    /// When the part started.
    let started = ContinuousClock.now
    private let condition = NSCondition()
    private var outcome: Result<any Sendable, any Error>?
    private var ended: ContinuousClock.Instant?
    private var results: CorpusResults?

    /// Starts `body` on a new thread (8 MiB of stack, as the database's thread), handing it
    /// `results`, which nothing here keeps once handed over (the part may let go of them early).
    init(stage: Int, handing results: CorpusResults, _ body: @escaping @Sendable (consuming CorpusResults) throws -> any Sendable) {
        self.stage = stage
        self.results = results
        let thread = Thread { [self] in
            let result = Result { try body(takeResults()) }
            condition.lock()
            outcome = result
            ended = .now
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func takeResults() -> CorpusResults {
        condition.lock()
        defer { condition.unlock() }
        let taken = results ?? CorpusResults()
        results = nil
        return taken
    }

    /// Waits for the part to return.
    /// - Returns: what the part returned and how long it ran.
    /// - Throws: what the part threw.
    func wait() throws -> (part: any Sendable, seconds: Double) {
        condition.lock()
        while outcome == nil { condition.wait() }
        let outcome = self.outcome!
        let seconds = ((ended ?? .now) - started).seconds
        condition.unlock()
        return (try outcome.get(), seconds)
    }
}
