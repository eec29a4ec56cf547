import Foundation

/// MinHash signatures of shingle sets: `count` hash functions `(a·x + b) >> 32` with fixed seeded
/// odd multipliers; the share of equal positions of two signatures estimates the Jaccard
/// similarity of the two sets.
struct MinHasher: Sendable {
    /// Hash functions per signature.
    static let count = 256
    private static let multipliers = Mixer.splitMix(seed: 0xD0C_919E, count: count).map { $0 | 1 }
    private static let offsets = Mixer.splitMix(seed: 0x5EED_0FF5, count: count)

    /// The signature of a set of shingle hashes (all `UInt32.max` for an empty set).
    static func signature(of shingles: [UInt64]) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: count)
        minimums.withUnsafeMutableBufferPointer { mins in
            multipliers.withUnsafeBufferPointer { a in
                offsets.withUnsafeBufferPointer { b in
                    for shingle in shingles {
                        for i in 0..<count {
                            let value = UInt32(truncatingIfNeeded: (a[i] &* shingle &+ b[i]) >> 32)
                            if value < mins[i] { mins[i] = value }
                        }
                    }
                }
            }
        }
        return minimums
    }

    /// The share of positions where two signatures agree.
    static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        guard first.count == second.count, !first.isEmpty else { return 0 }
        var equal = 0
        for i in first.indices where first[i] == second[i] { equal += 1 }
        return Double(equal) / Double(first.count)
    }

    /// A signature as base64 of its little-endian bytes (compact in the contribution's JSON).
    static func encode(_ signature: [UInt32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(signature.count * 4)
        for value in signature {
            bytes.append(UInt8(truncatingIfNeeded: value))
            bytes.append(UInt8(truncatingIfNeeded: value >> 8))
            bytes.append(UInt8(truncatingIfNeeded: value >> 16))
            bytes.append(UInt8(truncatingIfNeeded: value >> 24))
        }
        return Data(bytes).base64EncodedString()
    }

    /// The signature ``encode(_:)`` wrote, or `nil` when the text is not one.
    static func decode(_ text: String) -> [UInt32]? {
        guard let data = Data(base64Encoded: text), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map {
            UInt32(bytes[$0]) | UInt32(bytes[$0 + 1]) << 8 | UInt32(bytes[$0 + 2]) << 16 | UInt32(bytes[$0 + 3]) << 24
        }
    }
}
