import DocPipe

/// Finds, one document at a time in input order, the earliest earlier document each document
/// copies: locality-sensitive hashing over signature bands proposes candidates, verified by the
/// exact Jaccard similarity of the two shingle sets (by the signatures' agreement, an estimate,
/// when either document is too long to keep its set).
///
/// With 256 hashes in 32 bands of 8 rows, a pair at similarity 0.8 shares a band with
/// probability 0.997, at 0.5 with probability 0.12. Every document is indexed (a copy may be
/// within the threshold of a later document that its own original is not), except exact copies,
/// which add nothing; time grows with the documents plus the candidates.
struct DuplicateFinder {
    /// Bands of the signature.
    static let bands = 32
    /// Rows (hash positions) per band.
    static let rows = MinHasher.count / bands

    /// The similarity at or above which a document copies an earlier one.
    let threshold: Double
    private var buckets: [[UInt64: [Int32]]] = Array(repeating: [:], count: bands)
    private var documents: [(id: String, signature: [UInt32], shingles: ShingleSet?)] = []
    private var byExact: [String: Int32] = [:]
    /// What an indexed document copies: an exact copy of it copies the same (same shingle set,
    /// same similarity), so the earliest document within the threshold is named for both.
    private var parents: [Int32: (id: String, similarity: Double)] = [:]

    /// Creates an empty finder.
    init(threshold: Double) {
        self.threshold = threshold
    }

    /// Takes the next document; returns its record when it copies an earlier document (the
    /// earliest at or above the threshold).
    mutating func add(id: String, signature: [UInt32], shingles: ShingleSet?, exact: String) -> DuplicateRecord? {
        guard signature.count == MinHasher.count else { return nil }
        if let index = byExact[exact] {
            if let parent = parents[index] { return DuplicateRecord(doc: id, duplicateOf: parent.id, similarity: parent.similarity) }
            return DuplicateRecord(doc: id, duplicateOf: documents[Int(index)].id, similarity: 1)
        }
        let keys = (0..<Self.bands).map { bandKey(signature, band: $0) }
        var candidates: Set<Int32> = []
        for (band, key) in keys.enumerated() {
            for index in buckets[band][key] ?? [] { candidates.insert(index) }
        }
        var found: DuplicateRecord?
        for index in candidates.sorted() {
            let earlier = documents[Int(index)]
            let similarity = if let shingles, let other = earlier.shingles {
                shingles.jaccard(other)
            } else {
                MinHasher.similarity(signature, earlier.signature)
            }
            if similarity >= threshold {
                found = DuplicateRecord(doc: id, duplicateOf: earlier.id, similarity: (similarity * 1000).rounded() / 1000)
                break
            }
        }
        let index = Int32(documents.count)
        if let found { parents[index] = (found.duplicateOf, found.similarity) }
        documents.append((id, signature, shingles))
        byExact[exact] = index
        for (band, key) in keys.enumerated() { buckets[band][key, default: []].append(index) }
        return found
    }

    private func bandKey(_ signature: [UInt32], band: Int) -> UInt64 {
        var hash = UInt64(band)
        for value in signature[(band * Self.rows)..<((band + 1) * Self.rows)] {
            hash = Mixer.mix(hash ^ UInt64(value)) &+ 0x9E37_79B9_7F4A_7C15
        }
        return hash
    }
}
