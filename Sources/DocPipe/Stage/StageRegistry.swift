/// The stages a tool knows by name.
public struct StageRegistry: Sendable {
    /// The registered stage types, in registration order.
    public private(set) var stages: [any Stage.Type] = []

    /// Creates a registry.
    /// - Parameter stages: stage types to register.
    public init(_ stages: [any Stage.Type] = []) {
        for stage in stages { register(stage) }
    }

    /// Registers a stage, replacing one of the same name.
    public mutating func register(_ stage: any Stage.Type) {
        stages.removeAll { $0.name == stage.name }
        stages.append(stage)
    }

    /// The stage with this name.
    public func stage(named name: String) -> (any Stage.Type)? {
        stages.first { $0.name == name }
    }

    /// Registered names, sorted.
    public var names: [String] { stages.map { $0.name }.sorted() }

    /// The registered name closest to a misspelled one, when one is close enough to suggest.
    public func suggestion(for name: String) -> String? {
        let scored = names.map { ($0, EditDistance.between($0, name)) }.filter { $0.1 <= max(2, name.count / 3) }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}

enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
