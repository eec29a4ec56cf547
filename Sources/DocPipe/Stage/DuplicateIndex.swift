/// The `duplicates` corpus result as lookups, for corpus steps that count a syndicated story once:
/// they skip duplicates' contributions and cite the copies of each original they cite.
public struct DuplicateIndex: Sendable {
    private var originalOf: [String: String] = [:]
    private var copiesOf: [String: [String]] = [:]

    /// Indexes the `duplicates` result of `results` (empty when no `dedup` step ran).
    public init(_ results: CorpusResults) {
        self.init(results[StandardCorpusKeys.Duplicates.self] ?? [])
    }

    /// Indexes duplicate records (in input order: a record's `duplicate_of` comes earlier, and
    /// may itself copy an earlier document; the first of such a chain is the original).
    public init(_ records: [DuplicateRecord]) {
        for record in records {
            let original = originalOf[record.duplicateOf] ?? record.duplicateOf
            originalOf[record.doc] = original
            copiesOf[original, default: []].append(record.doc)
        }
    }

    /// Whether no document is a duplicate.
    public var isEmpty: Bool { originalOf.isEmpty }

    /// Whether the document repeats an earlier one.
    public func isDuplicate(_ id: String) -> Bool { originalOf[id] != nil }

    /// The original the document repeats (the first of its chain of copies), or `nil` for an original.
    public func original(of id: String) -> String? { originalOf[id] }

    /// The documents that repeat the original `id` (directly or through another copy), in input
    /// order, or `nil` when none does.
    public func copies(of id: String) -> [String]? { copiesOf[id] }
}
