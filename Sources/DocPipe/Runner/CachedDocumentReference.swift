import Foundation

/// A spooled document that stays in the stage cache: what a run writes to its documents spool,
/// instead of the whole document, for a document every stage and every contribution of which
/// came from the cache.
///
/// Most corpus steps read only contributions, so such a document is never decoded nor copied
/// into the spool; a step that does read the documents (``DocumentStream``) loads it from the
/// cache when it gets to it. Bytes: `{"docpipe_cached":KEY,"id":…,"lookup_id":…,"source":…}`
/// (sorted keys), which no document's JSON can start with.
struct CachedDocumentReference: Codable, Equatable {
    /// The document's last stage-cache key.
    var key: String
    /// The document's id in the run (made unique in the corpus phase).
    var id: String
    /// The id its cache entries are stored for.
    var lookupID: String
    /// The document's source in this run.
    var source: String
    /// Contributions left in the cache (``StoredPart``), by stage index: the spool refers to them.
    /// Not part of the reference's bytes.
    var storedParts: [Int: StoredPart] = [:]

    enum CodingKeys: String, CodingKey {
        case key = "docpipe_cached"
        case id
        case lookupID = "lookup_id"
        case source
    }

    private static let prefix = Array(#"{"docpipe_cached":"#.utf8)

    /// Whether a document line is a reference rather than a document.
    static func isReference(_ line: Data) -> Bool {
        line.starts(with: prefix)
    }

    /// The reference's bytes.
    func jsonData() throws -> Data {
        try JSONCoding.data(self)
    }

    /// Reads a reference's bytes.
    /// - Throws: ``FileError/cannotRead(_:)`` when the bytes are not a reference.
    init(jsonData data: Data) throws {
        guard let decoded = try? JSONCoding.decode(Self.self, from: data) else { throw FileError.cannotRead("malformed cached-document reference in the run's spool") }
        self = decoded
    }

    /// A reference to the document stored under `key` for `lookupID`.
    init(key: String, id: String, lookupID: String, source: String) {
        self.key = key
        self.id = id
        self.lookupID = lookupID
        self.source = source
    }

    /// The document, loaded from `cache`, with this run's id and source.
    /// - Throws: ``FileError/cannotRead(_:)`` when the entry is no longer in the cache.
    func load(from cache: StageCache?) throws -> Document {
        guard let cache, var document = cache.load(key, id: lookupID) else {
            throw FileError.cannotRead("the stage cache's entry \(key) for document '\(lookupID)' (removed while the run ran?)")
        }
        document.id = id
        document.source = source
        return document
    }
}
