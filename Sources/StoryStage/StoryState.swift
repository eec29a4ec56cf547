import DocPipe
import Foundation

/// What the stories step keeps between runs (the `state` file): document frequencies, every
/// story's centroid and which story each document joined. A new batch joins these stories
/// instead of re-clustering the corpus; documents already assigned keep their story.
struct StoryState: Sendable, Codable {
    /// The file format's version.
    var version = 1
    /// Documents clustered (duplicates left out), for inverse document frequencies.
    var documents = 0
    /// Documents using each term.
    var termDocuments: [String: Int] = [:]
    /// Documents naming each entity.
    var entityDocuments: [String: Int] = [:]
    /// The stories, in creation order.
    var stories: [StoryRecord] = []
    /// The story (index in `stories`) of each document clustered so far.
    var assigned: [String: Int] = [:]

    /// Reads a state file; `nil` when there is none.
    /// - Throws: ``StageError`` when the file exists but is not a stories state.
    static func read(_ url: URL) throws -> StoryState? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let state = try JSONCoding.decode(StoryState.self, from: Data(contentsOf: url))
            guard state.version == 1 else { throw StageError("unknown version \(state.version)") }
            return state
        } catch {
            throw StageError("'\(url.path)' is not a stories state file (\(error)); remove it to start the stories afresh")
        }
    }

    /// Writes the state atomically.
    func write(_ url: URL) throws {
        try AtomicFile.write(JSONCoding.data(self), to: url)
    }

    enum CodingKeys: String, CodingKey {
        case version, documents, stories, assigned
        case termDocuments = "term_documents"
        case entityDocuments = "entity_documents"
    }
}
