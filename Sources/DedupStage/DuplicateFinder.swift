import DocPipe

/// Finds, one document at a time in input order, the earliest earlier original each document
/// copies: locality-sensitive hashing over signature bands proposes candidates, the signatures'
/// agreement (estimated Jaccard similarity) verifies them.
///
/// With 256 hashes in 32 bands of 8 rows, a pair at similarity 0.8 shares a band with
/// probability 0.997, at 0.5 with probability 0.12; only originals are indexed, so memory grows
/// with the distinct documents, and time with the documents plus the candidates.
struct DuplicateFinder {
    /// Bands of the signature.
    static let bands = 32
    /// Rows (hash positions) per band.
    static let rows = MinHasher.count / bands

    /// The similarity at or above which a document copies an earlier one.
    let threshold: Double
    private var buckets: [[UInt64: [Int32]]] = Array(repeating: [:], count: bands)
    private var originals: [(id: String, signature: [UInt32])] = []
    private var byExact: [String: Int32] = [:]

    /// Creates an empty finder.
    init(threshold: Double) {
        self.threshold = threshold
    }

    /// Takes the next document; returns its record when it copies an earlier original, else
    /// remembers it as an original.
    mutating func add(id: String, signature: [UInt32], exact: String) -> DuplicateRecord? {
        guard signature.count == MinHasher.count else { return nil }
        if let index = byExact[exact] {
            return DuplicateRecord(doc: id, duplicateOf: originals[Int(index)].id, similarity: 1)
        }
        let keys = (0..<Self.bands).map { bandKey(signature, band: $0) }
        var candidates: Set<Int32> = []
        for (band, key) in keys.enumerated() {
            for index in buckets[band][key] ?? [] { candidates.insert(index) }
        }
        for index in candidates.sorted() {
            let similarity = MinHasher.similarity(signature, originals[Int(index)].signature)
            if similarity >= threshold {
                return DuplicateRecord(doc: id, duplicateOf: originals[Int(index)].id, similarity: (similarity * 1000).rounded() / 1000)
            }
        }
        let index = Int32(originals.count)
        originals.append((id, signature))
        byExact[exact] = index
        for (band, key) in keys.enumerated() { buckets[band][key, default: []].append(index) }
        return nil
    }

    private func bandKey(_ signature: [UInt32], band: Int) -> UInt64 {
        var hash = UInt64(band)
        for value in signature[(band * Self.rows)..<((band + 1) * Self.rows)] {
            hash = Mixer.mix(hash ^ UInt64(value)) &+ 0x9E37_79B9_7F4A_7C15
        }
        return hash
    }
}
