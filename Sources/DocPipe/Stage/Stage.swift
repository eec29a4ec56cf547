/// A step of a pipeline: takes one document at a time and may finish with a corpus-level step.
///
/// Contract every stage keeps:
/// - `process` depends only on the document, the options and the context, so output is the same
///   whatever order or parallelism the runner uses;
/// - a stage that rewrites `text` removes or rewrites every layer whose spans it invalidates;
/// - `finish` reads documents only through the ``Corpus`` it is given, so it can run later in a
///   separate merge step over the outputs of many machines.
public protocol Stage: Sendable {
    /// The stage's options, decoded from the pipeline file.
    associatedtype Options: StageOptions = NoOptions

    /// The name used in pipeline files (`clean`, `segment`, …).
    static var name: String { get }
    /// One line saying what the stage does.
    static var abstract: String { get }
    /// Bumped whenever the stage's output for the same input and options changes.
    static var version: String { get }
    /// Layers the stage needs (written by an earlier stage).
    static var reads: [String] { get }
    /// Layers the stage writes; `*` means any layer (a stage whose output is known only at run time).
    static var writes: [String] { get }
    /// The languages (ISO 639-1 codes) whose text the stage's rules are written for, or `nil` when
    /// it works on any; the runner warns when a document's `language` metadata is another.
    static var languages: [String]? { get }

    /// Creates the stage for one run.
    /// - Parameters:
    ///   - options: decoded options, defaults filled in.
    ///   - context: what the run knows (reference date, folders).
    /// - Throws: ``StageError`` when the options are inconsistent.
    init(options: Options, context: StageContext) throws

    /// What the stage read besides its options that changes its output (e.g. the hash of files its
    /// options name), or `nil`; it is part of the cache key, so changing such a file re-runs the stage.
    var fingerprint: String? { get }

    /// Processes one document in place.
    /// - Throws: any error; the runner reports it against the document and goes on (or stops, with `on_error: fail`).
    func process(_ document: inout Document) throws

    /// Problems that can be found without running, for `docpipe validate` (a program that does not
    /// exist, a file an option names that is missing); each a sentence. The default finds none.
    func preflight() -> [String]

    /// Runs after every document was processed; sees them as a stream and adds corpus-level results.
    /// - Parameter corpus: the processed documents and the results of earlier stages' corpus steps.
    /// - Throws: any error; the run then fails.
    func finish(_ corpus: inout Corpus) throws

    /// Whether ``finish(_:)`` needs this processed document from `corpus.documents`. The runner
    /// keeps a document for the corpus phase only when some stage of the run says so; for the
    /// others `corpus.documents` holds a stand-in with the id and source only (no text, no
    /// layers, no metadata). The default is `true`; a ``CorpusContributor``'s is `false` (its
    /// corpus step reads contributions).
    func finishReads(_ document: Document) -> Bool
}

extension Stage {
    /// By default a stage's version is `1`.
    public static var version: String { "1" }
    /// By default a stage reads no layer.
    public static var reads: [String] { [] }
    /// By default a stage writes no layer.
    public static var writes: [String] { [] }
    /// By default a stage works on text in any language.
    public static var languages: [String]? { nil }
    /// By default there is nothing to check before running.
    public func preflight() -> [String] { [] }
    /// By default a stage depends on nothing but its options.
    public var fingerprint: String? { nil }
    /// By default a stage has no corpus-level step.
    public func finish(_ corpus: inout Corpus) throws {}
    /// By default a stage's corpus step may read every document.
    public func finishReads(_ document: Document) -> Bool { true }
}
