import Foundation

/// An inverse document frequency over stories: how much a term says about *which* story a
/// sentence belongs to.
///
/// In a corpus of many unrelated stories, the words every story uses (a wire's house style, the
/// vocabulary of a whole beat) are central to every story and so to none: counted over documents
/// they still look shared and important. Each term weighs `ln((S + 1) / s) / ln(S + 1)`, where `S`
/// is the number of stories with a document and `s` the number of those stories using the term:
/// 1 for a term of one story, close to 0 for a term of every story. The corpus summary of a
/// many-story corpus multiplies its TF-IDF and concept weights by it, within each story.
struct StoryTermWeights: Sendable {
    /// Each term's weight, in (0, 1].
    let weights: [String: Double]

    /// Counts each term once per story that uses it.
    /// - Parameter stories: the distinct terms of each story (its documents' terms together);
    ///   stories without documents are left out by the caller.
    init<Terms: Collection<String>>(stories: [Terms]) {
        var frequency: [String: Int] = [:]
        for terms in stories { for term in terms { frequency[term, default: 0] += 1 } }
        let total = Double(stories.count)
        let scale = log(total + 1)
        weights = frequency.mapValues { count in scale > 0 ? log((total + 1) / Double(count)) / scale : 1 }
    }
}
