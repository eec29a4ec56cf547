/// What one document gives the stories corpus step: its weighted terms, its entities and its days.
public struct StoryContribution: Sendable, Codable, Hashable {
    /// Content words (lowercased, light plural folding) with their counts, most frequent first.
    var terms: [String: Int]
    /// Entity names (`LABEL:canonical`) with their mention counts.
    var entities: [String: Int]
    /// The document's own date (`YYYY-MM-DD`), when it has one.
    var date: String?
    /// Day-precise dates the document mentions, sorted.
    var days: [String]
}
