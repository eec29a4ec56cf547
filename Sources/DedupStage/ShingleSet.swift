/// A document's shingles as sorted distinct 32-bit hashes, for exact Jaccard similarity.
struct ShingleSet: Sendable {
    /// The most shingles a document's set is kept for (about 80 KB of text); larger documents are
    /// compared by their signatures alone.
    static let limit = 16_384

    /// The sorted distinct hashes.
    let hashes: [UInt32]

    /// The set of 64-bit shingle hashes, each cut to its low 32 bits.
    init(_ shingles: [UInt64]) {
        var cut = shingles.map { UInt32(truncatingIfNeeded: $0) }
        cut.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(cut.count)
        for hash in cut where unique.last != hash { unique.append(hash) }
        hashes = unique
    }

    /// A set read back from its stored form.
    init(sorted hashes: [UInt32]) {
        self.hashes = hashes
    }

    /// |A ∩ B| / |A ∪ B| by one merge of the two sorted lists.
    func jaccard(_ other: ShingleSet) -> Double {
        let a = hashes, b = other.hashes
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
