/// The text `clean` works on, as code points, with a way back to offsets in the original input.
///
/// For plain text the working text is the input itself. Markdown and HTML are first rewritten
/// (markup stripped); each working code point then remembers the original range it came from.
struct SourceText: Sendable {
    /// The working code points.
    var scalars: [Unicode.Scalar]
    /// For rewritten text: the original offset where each working code point starts.
    var starts: [Int]?
    /// For rewritten text: the original offset where each working code point ends.
    var ends: [Int]?

    /// Wraps text that needs no rewriting.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Creates an empty rewritten text, to be filled with ``append(_:from:)``.
    init(rewritingCapacity capacity: Int) {
        scalars = []
        scalars.reserveCapacity(capacity)
        starts = []
        starts?.reserveCapacity(capacity)
        ends = []
        ends?.reserveCapacity(capacity)
    }

    /// Appends a code point that stands for the original range `origin`.
    mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
        scalars.append(scalar)
        starts?.append(origin.lowerBound)
        ends?.append(origin.upperBound)
    }

    /// Drops the working code points from `count` on, to write them again another way.
    mutating func truncate(to count: Int) {
        scalars.removeSubrange(count...)
        starts?.removeSubrange(count...)
        ends?.removeSubrange(count...)
    }

    /// The original range covered by a range of working code points.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let starts, let ends else { return range }
        guard !range.isEmpty else {
            let position = range.lowerBound < starts.count ? starts[range.lowerBound] : (ends.last ?? 0)
            return position..<position
        }
        return starts[range.lowerBound]..<ends[range.upperBound - 1]
    }
}
