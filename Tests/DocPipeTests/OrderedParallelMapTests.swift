@testable import DocPipe
import Foundation
import Testing

@Suite("Ordered work on several threads")
struct OrderedParallelMapTests {
    struct Failure: Error, Equatable {
        var item: Int
    }

    /// Counts items taken and not yet consumed, behind a lock.
    final class Outstanding: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        private(set) var most = 0

        var current: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }

        func change(_ delta: Int) {
            lock.lock()
            defer { lock.unlock() }
            count += delta
            most = max(most, count)
        }
    }

    /// Work whose cost varies a lot from item to item, so that threads finish out of order.
    static func slowSquare(_ item: Int) -> Int {
        var spin = 0
        for step in 0..<((item * 7919) % 13) * 2000 { spin &+= step }
        return item * item + (spin & 0)
    }

    @Test("results reach the consumer in input order, whatever the threads")
    func inOrder() throws {
        for threads in [1, 2, 4, 8] {
            var items = (0..<500).makeIterator()
            var consumed: [Int] = []
            try OrderedParallelMap(threads: threads, window: 16).run(next: { items.next() }, transform: Self.slowSquare) { consumed.append($0) }
            #expect(consumed == (0..<500).map { $0 * $0 }, "threads: \(threads)")
        }
    }

    @Test("never more items taken and not consumed than the window")
    func boundedWindow() throws {
        let outstanding = Outstanding()
        var items = (0..<400).makeIterator()
        var count = 0
        try OrderedParallelMap(threads: 4, window: 8).run(
            next: {
                let item = items.next()
                if item != nil { outstanding.change(1) }
                return item
            },
            transform: { item in
                let deadline = Date().addingTimeInterval(5)
                while item == 0, outstanding.current < 2, Date() < deadline { usleep(1000) }
                return Self.slowSquare(item)
            },
            consume: { _ in
                outstanding.change(-1)
                count += 1
            })
        #expect(count == 400)
        #expect(outstanding.most <= 8)
        #expect(outstanding.most > 1)
    }

    @Test("the first failure in input order is thrown, and nothing after it is consumed")
    func firstFailure() throws {
        var items = (0..<300).makeIterator()
        var consumed: [Int] = []
        #expect(throws: Failure(item: 40)) {
            try OrderedParallelMap(threads: 4, window: 32).run(
                next: { items.next() },
                transform: { item in
                    if item == 40 || item == 45 { throw Failure(item: item) }
                    return Self.slowSquare(item)
                },
                consume: { consumed.append($0) })
        }
        #expect(consumed == (0..<40).map { $0 * $0 })
    }

    @Test("a consumer's error stops the work and is thrown")
    func consumerFailure() throws {
        var items = (0..<10_000).makeIterator()
        var taken = 0
        #expect(throws: Failure(item: 7)) {
            try OrderedParallelMap(threads: 3, window: 6).run(
                next: {
                    taken += 1
                    return items.next()
                },
                transform: Self.slowSquare,
                consume: { if $0 == 49 { throw Failure(item: 7) } })
        }
        #expect(taken < 100)
    }

    @Test("a document stream read on several threads gives its documents in order, dropped ones left out")
    func documentStream() throws {
        let documents = (0..<60).map { Document(id: "doc-\($0)", text: "Text number \($0).") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ordered-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("documents.jsonl")
        try Data(documents.map { try $0.jsonData() + Data([0x0A]) }.joined()).write(to: file)
        for stream in [DocumentStream(documents), DocumentStream(file: file, count: documents.count)] {
            var corpus = Corpus(documents: stream)
            corpus.drop("doc-3", stage: "test", reason: "dropped on purpose")
            var ids: [String] = []
            try corpus.documents.forEach(threads: 4, window: 8, transform: { $0.id + ":" + $0.text }) { ids.append($0) }
            #expect(ids == documents.filter { $0.id != "doc-3" }.map { $0.id + ":" + $0.text })
        }
    }
}
