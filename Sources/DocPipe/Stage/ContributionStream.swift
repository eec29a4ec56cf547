import Foundation

/// The contributions of every document to one stage's corpus step, in input order.
public struct ContributionStream<Contribution: Codable & Sendable>: Sendable {
    private enum Backing: Sendable {
        case memory([(String, Contribution)])
        case sequenced([URL], ids: [String])
    }

    private let backing: Backing
    /// Ids whose contributions are skipped (documents dropped by an earlier corpus step).
    private var excluded: Set<String> = []

    /// Contributions held in memory (tests, the documents path).
    public init(_ contributions: [(id: String, contribution: Contribution)]) {
        backing = .memory(contributions.map { ($0.id, $0.contribution) })
    }

    /// Contributions in the runner's sequenced spool files (`{"seq":N,"doc":…}` per line, each file
    /// in increasing order), read in sequence order straight from the files; the n-th contribution
    /// belongs to the n-th of `ids`.
    init(sequencedFiles files: [URL], ids: [String], excluding excluded: Set<String> = []) {
        backing = .sequenced(files, ids: ids)
        self.excluded = excluded
    }

    /// One stored contribution: through its own reader when it is ``ByteCodedContribution`` or
    /// ``JSONTreeReadable`` (and that reader accepts it), else through `Decodable`.
    private static func decode(_ json: Data) throws -> Contribution {
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

    /// Calls `body` with each document's id and contribution, in input order.
    /// - Throws: what `body` throws, or an error when the stored contributions cannot be read.
    public func forEach(_ body: (_ id: String, _ contribution: Contribution) throws -> Void) throws {
        switch backing {
        case .memory(let items):
            for (id, contribution) in items where !excluded.contains(id) { try body(id, contribution) }
        case .sequenced(let files, let ids):
            var index = 0
            try SequencedLines.forEachInOrder(files) { head in
                guard index < ids.count else { throw FileError.cannotRead("\(files.map(\.path)): more contributions than documents") }
                let id = ids[index]
                index += 1
                if excluded.contains(id) { return }
                try body(id, try Self.decode(head.json))
            }
            guard index == ids.count else { throw FileError.cannotRead("\(files.map(\.path)): \(index) contributions for \(ids.count) documents") }
        }
    }
}
