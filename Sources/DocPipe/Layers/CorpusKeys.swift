/// Names a typed corpus-level result, written to `corpus.json` under `name`.
public protocol CorpusKey: Sendable {
    /// The result's value type.
    associatedtype Value: Codable & Sendable
    /// The key in `corpus.json`.
    static var name: String { get }
}

/// The corpus-level results of the built-in stages; their keys are a contract.
public enum StandardCorpusKeys {
    /// `entities`: one record per real-world entity across the corpus.
    public enum Entities: CorpusKey {
        public typealias Value = [EntityCluster]
        public static let name = "entities"
    }

    /// `summary`: a cited summary of the whole corpus.
    public enum Summary: CorpusKey {
        public typealias Value = CorpusSummary
        public static let name = "summary"
    }

    /// `timeline`: dated events in order.
    public enum Timeline: CorpusKey {
        public typealias Value = [TimelineEntry]
        public static let name = "timeline"
    }

    /// `conflicts`: figures that sources report differently.
    public enum Conflicts: CorpusKey {
        public typealias Value = [ConflictGroup]
        public static let name = "conflicts"
    }

    /// `date_conflicts`: events that sources date differently.
    public enum DateConflicts: CorpusKey {
        public typealias Value = [DateConflict]
        public static let name = "date_conflicts"
    }

    /// `duplicates`: the documents that repeat an earlier one (written by `dedup`).
    public enum Duplicates: CorpusKey {
        public typealias Value = [DuplicateRecord]
        public static let name = "duplicates"
    }

    /// `stories`: the corpus grouped into stories, largest first (written by `stories`; each
    /// story's own summary, timeline and conflicts are added by `summarize`).
    public enum Stories: CorpusKey {
        public typealias Value = [Story]
        public static let name = "stories"
    }
}
