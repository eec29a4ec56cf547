import DocPipe

/// Finds the sentence that contains an offset, by binary search over ordered sentence spans.
struct SentenceLocator {
    let spans: [Span]

    /// The index of the sentence whose span contains `offset`, if any.
    func sentence(containing offset: Int) -> Int? {
        var low = 0, high = spans.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < spans[middle].start {
                high = middle - 1
            } else if offset >= spans[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
