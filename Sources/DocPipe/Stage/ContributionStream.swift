import Foundation

/// The contributions of every document to one stage's corpus step, in input order.
public struct ContributionStream<Contribution: Codable & Sendable>: Sendable {
    private enum Backing: Sendable {
        case memory([(String, Contribution)])
        case sequenced([URL], ids: [String])
        case records([URL], ids: [String])
        case written(WrittenAhead)
    }

    /// A writer that took the contributions as the documents finished, and the final ids.
    private struct WrittenAhead: @unchecked Sendable {
        let writer: any ContributionWriter
        let ids: [String]
    }

    /// One contribution as read, before decoding.
    private enum Stored: Sendable {
        case decoded(Contribution)
        case json(Data)
        case raw([UInt8])
    }

    private let backing: Backing
    /// Ids whose contributions are skipped (documents dropped by an earlier corpus step).
    private var excluded: Set<String> = []
    /// Told how many contributions each pass has read so far, of how many (the run's progress
    /// display, like ``DocumentStream``'s).
    var readProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Contributions held in memory (tests, the documents path).
    public init(_ contributions: [(id: String, contribution: Contribution)]) {
        backing = .memory(contributions.map { ($0.id, $0.contribution) })
    }

    /// Contributions in the runner's sequenced spool files, read in sequence order straight from
    /// the files; the n-th contribution belongs to the n-th of `ids`. The files hold JSON lines
    /// (`{"seq":N,"doc":…}`, each file in increasing order) or, when `raw`, the raw bytes of
    /// ``ByteCodedContribution``s as ``SequencedRecords``.
    init(sequencedFiles files: [URL], ids: [String], raw: Bool = false, excluding excluded: Set<String> = []) {
        backing = raw ? .records(files, ids: ids) : .sequenced(files, ids: ids)
        self.excluded = excluded
    }

    /// Contributions a ``StreamingContributor``'s writer already took, in input order, while the
    /// documents were processed; the n-th of them belongs to the n-th of `ids`.
    init(writtenAhead writer: any ContributionWriter, ids: [String], excluding excluded: Set<String> = []) {
        backing = .written(WrittenAhead(writer: writer, ids: ids))
        self.excluded = excluded
    }

    /// The writer that took the contributions as the documents finished and the documents' final
    /// ids, when a ``StreamingContributor`` streamed them (its corpus step then finishes the
    /// writer's files; the contributions cannot be read again); `nil` otherwise.
    /// - Throws: when an earlier corpus step dropped documents the writer already wrote.
    public func writtenAhead() throws -> (writer: any ContributionWriter, ids: [String])? {
        guard case .written(let written) = backing else { return nil }
        guard excluded.isDisjoint(with: written.ids) else {
            throw FileError.cannotRead("contributions written as the documents finished include documents dropped since")
        }
        return (written.writer, written.ids)
    }

    /// One stored contribution: through its own reader when it is ``ByteCodedContribution`` or
    /// ``JSONTreeReadable`` (and that reader accepts it), else through `Decodable`.
    private static func decode(_ stored: Stored) throws -> Contribution {
        switch stored {
        case .decoded(let contribution):
            return contribution
        case .raw(let bytes):
            guard let coded = Contribution.self as? any ByteCodedContribution.Type,
                let contribution = try coded.init(encodedBytes: bytes) as? Contribution
            else { throw FileError.cannotRead("a stored contribution of \(Contribution.self)") }
            return contribution
        case .json(let json):
            if let coded = Contribution.self as? any ByteCodedContribution.Type {
                guard let contribution = try coded.fromStoredJSON(json) as? Contribution else { throw FileError.cannotRead("a stored contribution") }
                return contribution
            }
            if let readable = Contribution.self as? any JSONTreeReadable.Type, let tree = JSONValue(onePass: [UInt8](json)),
                let contribution = readable.init(jsonTree: tree) as? Contribution {
                return contribution
            }
            return try JSONCoding.decode(Contribution.self, from: json)
        }
    }

    /// One contribution as the runner stored it: raw bytes when `raw`, else JSON.
    /// - Throws: an error when the stored bytes cannot be read.
    static func decode(stored: Data, raw: Bool) throws -> Contribution {
        try decode(raw ? .raw([UInt8](stored)) : .json(stored))
    }

    /// Calls `body` with each document's id and contribution, in input order.
    /// - Throws: what `body` throws, or an error when the stored contributions cannot be read.
    public func forEach(_ body: (_ id: String, _ contribution: Contribution) throws -> Void) throws {
        try forEachStored { id, stored in try body(id, try Self.decode(stored)) }
    }

    /// Decodes each contribution and calls `transform` on it on up to `threads` threads, then
    /// calls `body` with each result in input order, on one thread at a time
    /// (``OrderedParallelMap``): for a corpus step whose per-document work (filling a template,
    /// say) needs nothing but the contribution and state fixed before the loop.
    ///
    /// At most `window` contributions and their results are held at once. With one thread this is
    /// ``forEach(_:)`` with `transform` before `body`.
    /// - Throws: what `transform` or `body` throws (the first in input order), or an error when
    ///   the stored contributions cannot be read.
    public func forEach<Output: Sendable>(
        threads: Int, window: Int = 64,
        transform: @Sendable (_ id: String, _ contribution: Contribution) throws -> Output, _ body: (_ id: String, _ output: Output) throws -> Void
    ) throws {
        let map = OrderedParallelMap(threads: threads, window: window)
        let reader = try storedReader()
        try map.run(
            next: { try reader() },
            transform: { item in (item.0, try transform(item.0, try Self.decode(item.1))) },
            consume: { id, output in try body(id, output) })
    }

    /// Calls `body` with each document's id and stored contribution, in input order.
    private func forEachStored(_ body: (_ id: String, _ stored: Stored) throws -> Void) throws {
        let reader = try storedReader()
        while let (id, stored) = try reader() { try body(id, stored) }
    }

    /// A function giving each document's id and stored contribution in input order, then `nil`.
    private func storedReader() throws -> () throws -> (String, Stored)? {
        let excluded = self.excluded
        let progress = readProgress
        switch backing {
        case .memory(let items):
            var iterator = items.makeIterator()
            return {
                while let (id, contribution) = iterator.next() {
                    if !excluded.contains(id) { return (id, .decoded(contribution)) }
                }
                return nil
            }
        case .sequenced(let files, let ids):
            let lines = try SequencedLines.Merger(files)
            return try Self.pairing(ids, files: files, excluded: excluded, progress: progress) { try lines.next().map { .json($0.json) } }
        case .records(let files, let ids):
            let records = try SequencedRecords.Merger(files)
            return try Self.pairing(ids, files: files, excluded: excluded, progress: progress) { try records.next().map { .raw($0.bytes) } }
        case .written:
            throw FileError.cannotRead("contributions written as the documents finished (read them through writtenAhead())")
        }
    }

    /// Pairs the n-th stored contribution with the n-th id, skipping excluded ids, and checks
    /// that there are as many contributions as ids; tells `progress` how many have been read.
    private static func pairing(
        _ ids: [String], files: [URL], excluded: Set<String>, progress: (@Sendable (Int, Int) -> Void)?,
        _ next: @escaping () throws -> Stored?
    ) throws -> () throws -> (String, Stored)? {
        var index = 0
        return {
            while let stored = try next() {
                guard index < ids.count else { throw FileError.cannotRead("\(files.map(\.path)): more contributions than documents") }
                let id = ids[index]
                index += 1
                progress?(index, ids.count)
                if excluded.contains(id) { continue }
                return (id, stored)
            }
            guard index == ids.count else { throw FileError.cannotRead("\(files.map(\.path)): \(index) contributions for \(ids.count) documents") }
            return nil
        }
    }
}
