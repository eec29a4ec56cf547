import Foundation

/// Transforms a sequence of items on up to `threads` threads and hands the results to one
/// consumer in input order: the shape of a corpus step that renders every document (in parallel)
/// and writes it to files (in order).
///
/// The calling thread and `threads - 1` threads started for the call (not borrowed from a pool, as
/// they wait for each other) share the work: each takes the next item and transforms it, and whichever thread
/// finds the next result in order ready while no other thread is consuming becomes the consumer
/// for a while, so a slow consumer (an SQLite insert, say) never leaves a thread idle. At most
/// `window` items are taken and not yet consumed at any time, so memory is bounded by `window`
/// transformed items, whatever the length of the sequence. With one thread it is a plain loop
/// on the calling thread.
public struct OrderedParallelMap: Sendable {
    /// Threads to keep busy at once, the calling thread included (at least one).
    public var threads: Int
    /// The most items taken and not yet consumed (at least `threads`).
    public var window: Int

    /// The stack of each thread started: that of a main thread, so deep values encode as there.
    static let stackSize = 8 << 20

    /// Creates a map over at most `threads` threads, holding at most `window` items at once.
    public init(threads: Int, window: Int) {
        self.threads = max(1, threads)
        self.window = max(window, self.threads)
    }

    /// Calls `next` until it returns `nil`, `transform` on each item it gave and `consume` on
    /// each result in the order of the items.
    ///
    /// `next` and `consume` are each called by one thread at a time (not always the same one),
    /// `transform` by several at once. The first error thrown — by `next`, by `consume`, or by
    /// `transform` when its result's turn to be consumed comes — stops the work and is rethrown.
    /// - Throws: that error.
    public func run<Item: Sendable, Output: Sendable>(
        next: () throws -> Item?, transform: @Sendable (Item) throws -> Output, consume: (Output) throws -> Void
    ) throws {
        guard threads > 1 else {
            while let item = try next() { try consume(try transform(item)) }
            return
        }
        try withoutActuallyEscaping(next) { next in
            try withoutActuallyEscaping(transform) { transform in
                try withoutActuallyEscaping(consume) { consume in
                    let state = State(window: window, next: next, transform: transform, consume: consume)
                    let finished = DispatchGroup()
                    for _ in 1..<threads {
                        finished.enter()
                        let thread = Thread {
                            state.work()
                            finished.leave()
                        }
                        thread.stackSize = Self.stackSize
                        thread.start()
                    }
                    state.work()
                    finished.wait()
                    state.release()
                    if let failure = state.failure { throw failure }
                }
            }
        }
    }

    /// What the threads share, behind one condition lock; `next` and `consume` are only called
    /// by the thread that holds the role (taking an item, consuming), never by two at once.
    private final class State<Item: Sendable, Output: Sendable>: @unchecked Sendable {
        let condition = NSCondition()
        let window: Int
        private var next: (() throws -> Item?)?
        private var transform: (@Sendable (Item) throws -> Output)?
        private var consume: ((Output) throws -> Void)?
        var taken = 0
        var consumed = 0
        var exhausted = false
        var consuming = false
        var ready: [Int: Result<Output, any Error>] = [:]
        var failure: (any Error)?

        init(window: Int, next: @escaping () throws -> Item?, transform: @escaping @Sendable (Item) throws -> Output, consume: @escaping (Output) throws -> Void) {
            self.window = window
            self.next = next
            self.transform = transform
            self.consume = consume
        }

        /// Lets go of the closures, which the threads started may outlive.
        func release() {
            condition.lock()
            defer { condition.unlock() }
            next = nil
            transform = nil
            consume = nil
        }

        /// One thread's loop: consume what is ready in order, else take and transform the next
        /// item, else wait for another thread.
        func work() {
            condition.lock()
            defer { condition.unlock() }
            while failure == nil, !(exhausted && consumed == taken) {
                if !consuming, ready[consumed] != nil {
                    consumeReady()
                } else if !exhausted, taken - consumed < window {
                    takeAndTransform()
                } else {
                    condition.wait()
                }
            }
            condition.broadcast()
        }

        /// Consumes the results ready in order, outside the lock. Called with the lock held.
        private func consumeReady() {
            consuming = true
            var results: [Result<Output, any Error>] = []
            var position = consumed
            while let result = ready.removeValue(forKey: position) {
                results.append(result)
                position += 1
            }
            let consume = self.consume!
            condition.unlock()
            var error: (any Error)?
            var done = 0
            for result in results {
                do {
                    try consume(result.get())
                    done += 1
                } catch let thrown {
                    error = thrown
                    break
                }
            }
            condition.lock()
            consuming = false
            consumed += done
            if let error, failure == nil { failure = error }
            condition.broadcast()
        }

        /// Takes the next item (under the lock) and transforms it (outside). Called with the lock held.
        private func takeAndTransform() {
            let item: Item?
            do {
                item = try next!()
            } catch {
                failure = error
                return
            }
            guard let item else {
                exhausted = true
                condition.broadcast()
                return
            }
            let position = taken
            taken += 1
            let transform = self.transform!
            condition.unlock()
            let result = Result { try transform(item) }
            condition.lock()
            ready[position] = result
            if position == consumed { condition.broadcast() }
        }
    }
}
