import Foundation

/// The order in which ``JSONCoding`` writes an object's keys (`sortedKeys`), asked of the encoder
/// itself, so JSON written piece by piece has the same bytes as JSON written in one go.
///
/// Orders are remembered per set of keys; a run's documents share a few such sets.
enum JSONKeyOrder {
    private static let cache = KeyOrderCache()

    /// `keys` in the order the encoder writes them.
    /// - Parameter keys: distinct keys.
    /// - Returns: the same keys, sorted as `JSONEncoder` with `.sortedKeys` sorts them.
    /// - Throws: an encoding error.
    static func sorted(_ keys: [String]) throws -> [String] {
        if let known = cache.order(of: keys) { return known }
        var object: [String: Int] = [:]
        for key in keys { object[key] = 0 }
        let data = try JSONCoding.data(object)
        let order = try data.withUnsafeBytes { raw in
            try JSONObjectScanner.members(of: raw.bindMemory(to: UInt8.self)).map(\.key)
        }
        cache.remember(order, for: keys)
        return order
    }
}

/// A lock-protected memo of key orders, shared by the runner's concurrent documents.
private final class KeyOrderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var orders: [[String]: [String]] = [:]

    func order(of keys: [String]) -> [String]? {
        lock.withLock { orders[keys] }
    }

    func remember(_ order: [String], for keys: [String]) {
        lock.withLock {
            if orders.count > 256 { orders.removeAll() }
            orders[keys] = order
        }
    }
}
