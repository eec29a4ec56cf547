import Foundation

extension DocumentStream {
    /// Decodes each document and calls `transform` on it on up to `threads` threads, then calls
    /// `body` with each result in document order, on one thread at a time (see
    /// ``OrderedParallelMap``): for a corpus step that renders every document, then writes it.
    ///
    /// At most `window` documents (read, decoded, transformed and not yet given to `body`) are
    /// held at once, so memory is bounded by `window` documents and their results, not by the
    /// corpus. With one thread this is ``forEach(_:)`` with `transform` before `body`.
    /// - Throws: what `transform` or `body` throws (the first in document order), or an error
    ///   when the backing file cannot be read.
    public func forEach<Output: Sendable>(
        threads: Int, window: Int = 64, transform: @Sendable (Document) throws -> Output, _ body: (Output) throws -> Void
    ) throws {
        let excluded = self.excluded
        let stream = self
        let map = OrderedParallelMap(threads: threads, window: window)
        switch backing {
        case .memory(let documents):
            var iterator = documents.makeIterator()
            try map.run(
                next: { iterator.next() },
                transform: { document in excluded.contains(document.id) ? nil : try transform(document) },
                consume: { output in if let output { try body(output) } })
        case .file(let url):
            let reader = try LineReader(url: url)
            let progress = readProgress, total = count
            var done = 0
            try map.run(
                next: {
                    while let line = try reader.nextLine() {
                        if !line.isEmpty { return line }
                    }
                    return nil
                },
                transform: { line in
                    let document = try stream.document(line)
                    return excluded.contains(document.id) ? nil : try transform(document)
                },
                consume: { output in
                    guard let output else { return }
                    try body(output)
                    done += 1
                    progress?(done, total)
                })
        }
    }
}
