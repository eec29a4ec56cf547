import DocPipe
import Foundation
import Testing
@testable import SummarizeStage

/// Records the iterations a loop ran, from any thread.
private final class Visits: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var order: [Int] = []
    private(set) var threads: Set<String> = []

    /// Records `iteration`; returns how many have been recorded so far.
    @discardableResult
    func record(_ iteration: Int) -> Int {
        let thread = Thread.isMainThread ? "main" : "\(Unmanaged.passUnretained(Thread.current).toOpaque())"
        lock.lock()
        defer { lock.unlock() }
        order.append(iteration)
        threads.insert(thread)
        return order.count
    }
}

/// A flag set by one thread and read by another.
private final class Waited: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    func set(_ value: Bool) {
        lock.lock()
        flag = value
        lock.unlock()
    }
}

@Suite("Parallel loop")
struct ParallelLoopTests {
    @Test("with one thread the iterations run in order")
    func oneThreadRunsInOrder() {
        let visits = Visits()
        ParallelLoop(threads: 1).run(50) { visits.record($0) }
        #expect(visits.order == Array(0..<50))
    }

    @Test("with several threads every iteration runs exactly once")
    func severalThreadsRunEachOnce() {
        let visits = Visits()
        ParallelLoop(threads: 3).run(101) { visits.record($0) }
        #expect(visits.order.sorted() == Array(0..<101))
    }

    @Test("a long iteration does not hold back the others: the other thread takes every iteration left")
    func idleThreadTakesTheRest() {
        let visits = Visits()
        let restDone = DispatchSemaphore(value: 0)
        let iterations = 40
        let waited = Waited()
        ParallelLoop(threads: 2).run(iterations) { iteration in
            if iteration == 0 {
                waited.set(restDone.wait(timeout: .now() + 30) == .success)
            } else {
                if visits.record(iteration) == iterations - 1 { restDone.signal() }
            }
        }
        #expect(waited.value, "the thread holding iteration 0 waited for the others, which a fixed share per thread never lets finish")
        #expect(visits.order.sorted() == Array(1..<iterations))
    }

    @Test("a loop inside another loop's iteration runs each of its iterations exactly once")
    func nestedLoopRunsEachOnce() {
        let visits = Visits()
        ParallelLoop(threads: 2).run(3) { outer in
            ParallelLoop(threads: 2).run(20) { inner in visits.record(outer * 100 + inner) }
        }
        #expect(visits.order.sorted() == (0..<3).flatMap { outer in (0..<20).map { outer * 100 + $0 } })
    }

    @Test("the corpus summary, pairwise or clustered, is the same with one thread, two and four")
    func summaryIndependentOfThreads() throws {
        let topics = [
            "The ferry operator cancelled crossings to the islands as the gale strengthened",
            "The museum reopened its east wing after the roof repairs were finished",
            "Farmers in the valley reported the earliest cherry harvest in decades",
        ]
        var candidates: [(sentence: CorpusSentence, score: Double)] = []
        var frequency: [String: Int] = [:]
        var extractor = TermExtractor()
        for doc in 0..<15 {
            let text = topics[doc % 3] + (doc < 7 ? " on Friday." : " this weekend.")
            let terms = extractor.terms(of: text)
            for (term, _) in terms { frequency[term, default: 0] += 1 }
            candidates.append((CorpusSentence(doc: "d\(doc)", documentOrder: doc, index: 0, text: text, terms: terms), 1))
        }
        func summary(threads: Int, pairwiseLimit: Int) throws -> Data {
            var builder = CorpusSummaryBuilder(sentences: 3, redundancy: 0.5, documentFrequency: frequency, documents: 15, threads: threads)
            builder.pairwiseLimit = pairwiseLimit
            return try JSONCoding.data(builder.build(candidates))
        }
        for limit in [4, 3000] {
            let single = try summary(threads: 1, pairwiseLimit: limit)
            #expect(try summary(threads: 4, pairwiseLimit: limit) == single)
            #expect(try summary(threads: 2, pairwiseLimit: limit) == single)
            #expect(!single.isEmpty)
        }
    }
}
