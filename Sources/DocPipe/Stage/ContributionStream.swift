import Foundation

/// The contributions of every document to one stage's corpus step, in input order.
public struct ContributionStream<Contribution: Codable & Sendable>: Sendable {
    private enum Backing: Sendable {
        case memory([(String, Contribution)])
        case file(URL)
    }

    private let backing: Backing
    /// Ids whose contributions are skipped (documents dropped by an earlier corpus step).
    private var excluded: Set<String> = []

    /// Contributions held in memory (tests, the documents path).
    public init(_ contributions: [(id: String, contribution: Contribution)]) {
        backing = .memory(contributions.map { ($0.id, $0.contribution) })
    }

    /// Contributions stored by the runner: one JSON line `{"c": …, "id": …}` per document.
    init(file: URL, excluding excluded: Set<String> = []) {
        backing = .file(file)
        self.excluded = excluded
    }

    private struct Line: Decodable {
        var id: String
        var c: Contribution
    }

    /// One stored line: through the contribution's own reader when it is ``JSONTreeReadable``,
    /// else (or when that reader declines) through `Decodable`.
    private static func decode(_ line: Data) throws -> (String, Contribution) {
        if let coded = Contribution.self as? any ByteCodedContribution.Type {
            let (id, json) = try splitStored(line)
            guard let contribution = try coded.fromStoredJSON(json) as? Contribution else { throw FileError.cannotRead("a stored contribution") }
            return (id, contribution)
        }
        if let readable = Contribution.self as? any JSONTreeReadable.Type,
            let members = JSONValue(onePass: [UInt8](line))?.objectMembers, let id = members["id"]?.stringValue,
            let tree = members["c"], let contribution = readable.init(jsonTree: tree) as? Contribution {
            return (id, contribution)
        }
        let decoded = try JSONCoding.decode(Line.self, from: line)
        return (decoded.id, decoded.c)
    }

    /// Splits a stored line `{"id":…,"c":…}` into the id and the contribution's JSON bytes,
    /// reading only the id.
    private static func splitStored(_ line: Data) throws -> (String, Data) {
        let bytes = [UInt8](line)
        var scanner = JSONText.Scanner(bytes)
        guard scanner.consume(UInt8(ascii: "{")), scanner.string() == "id", scanner.consume(UInt8(ascii: ":")),
            let id = scanner.string(), scanner.consume(UInt8(ascii: ",")), scanner.string() == "c",
            scanner.consume(UInt8(ascii: ":")), let range = scanner.skipValue(), scanner.consume(UInt8(ascii: "}")), scanner.atEnd
        else { throw FileError.cannotRead("malformed contribution line") }
        return (id, Data(bytes[range]))
    }

    /// Calls `body` with each document's id and contribution, in input order.
    /// - Throws: what `body` throws, or an error when the stored contributions cannot be read.
    public func forEach(_ body: (_ id: String, _ contribution: Contribution) throws -> Void) throws {
        switch backing {
        case .memory(let items):
            for (id, contribution) in items where !excluded.contains(id) { try body(id, contribution) }
        case .file(let url):
            let reader = try LineReader(url: url)
            while let line = try reader.nextLine() {
                if line.isEmpty { continue }
                let (id, contribution) = try Self.decode(line)
                if excluded.contains(id) { continue }
                try body(id, contribution)
            }
        }
    }
}
