import Foundation

/// One of `count` parts of a corpus: the documents whose id hashes to `index`.
///
/// The hash (FNV-1a, 64 bits, of the id's UTF-8 bytes) does not depend on the machine or the order
/// files are listed in, so every document lands in exactly one shard.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The shard's index, from 0.
    public var index: Int
    /// The number of shards.
    public var count: Int

    static let doneMarker = "DONE"
    static let documentsFile = "documents.seq.jsonl"
    static let quarantineFile = "quarantine.seq.jsonl"

    /// Creates a shard.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/n`, as given to `--shard`.
    /// - Returns: the shard, or `nil` when the text is not `i/n` with `0 <= i < n`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// `i/n`.
    public var description: String { "\(index)/\(count)" }

    /// Whether a document id belongs to this shard.
    public func contains(_ id: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index
    }

    /// Where the shard's results wait for the merge.
    public func folder(in output: URL) -> URL {
        output.appendingPathComponent("shards").appendingPathComponent("\(index)-of-\(count)")
    }

    /// The completed shards of a sharded run, in order.
    /// - Throws: ``RunError/incompleteShards(missing:count:)`` when some are missing or unfinished,
    ///   or ``RunError/noShards(_:)`` when there are none.
    static func completed(in output: URL) throws -> [Shard] {
        let root = output.appendingPathComponent("shards")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let found = names.compactMap { name -> Shard? in
            let parts = name.split(separator: "-")
            guard parts.count == 3, parts[1] == "of", let index = Int(parts[0]), let count = Int(parts[2]) else { return nil }
            return Shard(index: index, count: count)
        }
        guard let count = found.map(\.count).max() else { throw RunError.noShards(root.path) }
        let all = (0..<count).map { Shard(index: $0, count: count) }
        let missing = all.filter { !FileManager.default.fileExists(atPath: $0.folder(in: output).appendingPathComponent(doneMarker).path) }
        guard missing.isEmpty else { throw RunError.incompleteShards(missing: missing.map(\.index), count: count) }
        return all
    }
}
