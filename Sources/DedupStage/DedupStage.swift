import DocPipe

/// Marks exact and near-duplicate documents (syndicated copies): MinHash signatures over word
/// shingles, computed per document in the parallel phase; banded locality-sensitive hashing and
/// signature agreement across the corpus, in input order, so the result is the same whatever
/// `--jobs` or sharding.
public struct DedupStage: CorpusContributor {
    /// The dedup stage's options.
    public struct Options: StageOptions {
        /// What to do with duplicates.
        @Option(help: "mark: keep every document, record duplicate_of and count a syndicated story once in the corpus steps; drop: leave duplicates out of the later corpus steps and the exports (listed in run.json).")
        public var duplicates = "mark"
        /// Similarity at or above which a document is a duplicate.
        @Option(help: "Estimated Jaccard similarity of word shingle sets at or above which a document copies an earlier one (0.5-1).")
        public var threshold = 0.8
        /// Words per shingle.
        @Option(help: "Words per shingle (word n-grams compared between documents).")
        public var shingle_words = 5

        /// Creates the defaults.
        public init() {}
    }

    /// `dedup`.
    public static let name = "dedup"
    /// What the stage does.
    public static let abstract = "Marks exact and near-duplicate documents (MinHash over word shingles); keeps or drops them."
    /// The stage version.
    public static let version = "1"

    let action: DuplicateAction
    let threshold: Double
    let shingleWords: Int

    /// Creates the stage.
    /// - Throws: ``StageError`` when an option is out of range.
    public init(options: Options, context: StageContext) throws {
        guard let action = DuplicateAction(rawValue: options.duplicates) else {
            throw StageError("'duplicates' must be mark or drop, got '\(options.duplicates)'")
        }
        guard (0.5...1).contains(options.threshold) else {
            throw StageError("'threshold' must be between 0.5 and 1, got \(options.threshold)")
        }
        guard (1...20).contains(options.shingle_words) else {
            throw StageError("'shingle_words' must be between 1 and 20, got \(options.shingle_words)")
        }
        self.action = action
        threshold = options.threshold
        shingleWords = options.shingle_words
    }

    /// Leaves the document as it is; the work happens in ``contribution(of:)``.
    public func process(_ document: inout Document) throws {}

    /// The document's MinHash signature, its shingle set (up to ``ShingleSet/limit``) and the
    /// hash of the set.
    public func contribution(of document: Document) throws -> DedupContribution {
        let shingles = WordShingles.hashes(of: document.text, size: shingleWords)
        guard !shingles.isEmpty else { return DedupContribution(signature: "", shingles: "", exact: "") }
        var exact: UInt64 = UInt64(shingles.count)
        for shingle in shingles { exact = Mixer.mix(exact ^ shingle) }
        let set = shingles.count <= ShingleSet.limit ? MinHasher.encode(ShingleSet(shingles).hashes) : ""
        return DedupContribution(
            signature: MinHasher.encode(MinHasher.signature(of: shingles)), shingles: set,
            exact: String(exact, radix: 16))
    }

    /// Writes the `duplicates` result; with `duplicates: drop`, drops them from the later corpus
    /// steps and the exports.
    /// - Throws: when the stored contributions cannot be read.
    public func finish(_ corpus: inout Corpus, contributions: ContributionStream<DedupContribution>) throws {
        var finder = DuplicateFinder(threshold: threshold)
        var records: [DuplicateRecord] = []
        try contributions.forEach { id, contribution in
            guard let signature = MinHasher.decode(contribution.signature) else { return }
            let shingles = contribution.shingles.isEmpty ? nil : MinHasher.decode(contribution.shingles).map(ShingleSet.init(sorted:))
            guard let record = finder.add(id: id, signature: signature, shingles: shingles, exact: contribution.exact) else { return }
            records.append(record)
        }
        corpus.results[StandardCorpusKeys.Duplicates.self] = records
        guard action == .drop else { return }
        for record in records {
            corpus.drop(record.doc, stage: Self.name, reason: "duplicate of \(record.duplicateOf) (similarity \(record.similarity))")
        }
    }
}
