/// Text without its invisible code points (``ScalarClass/isDropped(_:)``), with the way back to
/// offsets in the original.
///
/// The Markdown reader reads this: the cleaned text has none of these code points, so a reader
/// that saw them would decide differently on the first pass (a zero-width space between `\` and
/// `*`) than on the second.
struct VisibleText: Sendable {
    /// The visible code points, in order.
    let scalars: [Unicode.Scalar]
    /// The original offset of each visible code point; `nil` when nothing was taken out.
    private let offsets: [Int]?
    /// How many code points the original has.
    private let originalCount: Int

    /// Takes the invisible code points out of a text.
    /// - Parameter original: the text.
    init(_ original: [Unicode.Scalar]) {
        originalCount = original.count
        guard original.contains(where: ScalarClass.isDropped) else {
            scalars = original
            offsets = nil
            return
        }
        var visible: [Unicode.Scalar] = []
        var offsets: [Int] = []
        visible.reserveCapacity(original.count)
        offsets.reserveCapacity(original.count)
        for (offset, scalar) in original.enumerated() where !ScalarClass.isDropped(scalar) {
            visible.append(scalar)
            offsets.append(offset)
        }
        scalars = visible
        self.offsets = offsets
    }

    /// The original range of a range of visible code points: from the first one's offset to just
    /// after the last one's (an empty range sits where the next visible code point was).
    /// - Parameter range: a range of ``scalars``.
    /// - Returns: the range in the original text.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let offsets else { return range }
        let start = range.lowerBound < offsets.count ? offsets[range.lowerBound] : originalCount
        guard !range.isEmpty else { return start..<start }
        return start..<offsets[range.upperBound - 1] + 1
    }

    /// A rewritten text whose code points point into ``scalars``, made to point into the original.
    /// - Parameter rewritten: text written from ``scalars`` (``SourceText/append(_:from:)``).
    /// - Returns: the same text, its origins in the original.
    func pointingIntoOriginal(_ rewritten: SourceText) -> SourceText {
        guard offsets != nil, let starts = rewritten.starts, let ends = rewritten.ends else { return rewritten }
        var result = rewritten
        for index in starts.indices {
            let range = originalRange(starts[index]..<max(starts[index], ends[index]))
            result.starts?[index] = range.lowerBound
            result.ends?[index] = range.upperBound
        }
        return result
    }
}
