/// How precise an ISO date is: a year, a month or a day.
enum DatePrecision: String, Sendable, Comparable {
    case year, month, day

    /// The precision of an ISO value `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    init?(isoValue value: String) {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              parts[0].count == 4 else { return nil }
        self = [.year, .month, .day][parts.count - 1]
    }

    private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }

    static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}
