import Foundation

/// What a re-run needs of a document that every stage has already processed: its id and metadata
/// (the spool's reference, the language warnings) and each contributor's stored contribution, in
/// contributor order; one cache entry per document (``StageCache/storeResume(_:key:id:)``), so a
/// document found whole in the cache costs one read, not one per stage and contribution.
struct ResumeEntry: Sendable, Equatable {
    /// The document's id after the last stage.
    var documentID: String
    /// The document's metadata after the last stage.
    var metadata: Metadata
    /// Each contributor's stored contribution (raw bytes or JSON, as the contributor stores it),
    /// in the order of the run's contributors.
    var contributions: [Data]
}
