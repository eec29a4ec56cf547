/// How long a summary may be: a number of sentences, a word budget, or a share of the sentences.
enum SummaryLength: Sendable, Equatable {
    /// At most this many sentences.
    case sentences(Int)
    /// As many whole sentences as fit in this many words (at least one).
    case words(Int)
    /// This share of the document's sentences, rounded, at least one.
    case ratio(Double)

    /// The sentence limit for a document with `count` sentences, or `nil` for a word budget.
    /// - Parameter count: the number of sentences in the document.
    /// - Returns: the most sentences to choose.
    func sentenceLimit(documentSentences count: Int) -> Int? {
        switch self {
        case .sentences(let n): return n
        case .words: return nil
        case .ratio(let share): return max(1, Int((share * Double(count)).rounded()))
        }
    }
}
