import DocPipe

/// What the corpus steps decided about each document — the earlier document it copies (`dedup`)
/// and its story (`stories`) — set on the document as the `duplicate` and `story` layers before
/// it is exported; looked up by document id when export fills its rendered documents.
struct CorpusAssignments: Sendable {
    private var duplicates: [String: DuplicateRecord] = [:]
    private var stories: [String: String] = [:]

    /// Reads the `duplicates` and `stories` results.
    init(_ results: CorpusResults) {
        for record in results[StandardCorpusKeys.Duplicates.self] ?? [] { duplicates[record.doc] = record }
        for story in results[StandardCorpusKeys.Stories.self] ?? [] {
            for doc in story.documents { stories[doc] = story.id }
        }
    }

    /// Whether there is nothing to set.
    var isEmpty: Bool { duplicates.isEmpty && stories.isEmpty }

    /// The earlier document the document with this id copies, when it is a duplicate.
    func duplicate(of id: String) -> DuplicateRecord? {
        duplicates[id]
    }

    /// The story of the document with this id, when it is in one.
    func story(of id: String) -> String? {
        stories[id]
    }

    /// Sets the document's `duplicate` and `story` layers (when it has them).
    func apply(to document: inout Document) {
        if let record = duplicates[document.id] { document[StandardLayers.Duplicate.self] = record }
        if let story = stories[document.id] { document[StandardLayers.StoryID.self] = story }
    }
}
