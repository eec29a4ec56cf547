import DocPipe

/// One document as export writes it, rendered in the parallel per-document phase with *holes*
/// where values decided by the corpus phase go (export's ``CorpusContributor`` contribution):
/// the `documents.jsonl` line, the CSV records and the SQLite rows, plus what filling the holes
/// and the manifest need.
///
/// The holes: the document id (made unique only in the corpus phase), each entity mention's
/// `cluster`/`cluster_id`, each quote's `speaker_cluster`/`speaker_cluster_id` (when a quote has
/// a speaker), and the `duplicate` and `story` layers, in the line and in the matching CSV and
/// SQLite cells. ``DocumentRenderer`` renders the document with a sentinel in every hole and cuts
/// the bytes there; ``TemplateFiller`` splices the corpus's values in, giving exactly the bytes
/// rendering the annotated document would give. Stored as compact bytes (``TemplateWriter``),
/// never through `JSONEncoder`.
public struct DocumentTemplate: ByteCodedContribution {
    /// What goes into one hole of the line.
    enum HoleKind: Int, Sendable {
        /// The `"duplicate":…,` member (or nothing).
        case duplicate = 0
        /// One mention's `"cluster":…,"cluster_id":…,` (or nothing).
        case mention = 1
        /// The id's JSON string.
        case id = 2
        /// One quote's `"speaker_cluster":…,"speaker_cluster_id":…,` (or nothing).
        case quote = 3
        /// The `"story":…,` member (or nothing).
        case story = 4
        /// A span list, stored compactly in ``spans`` and written in the export's layout.
        case spans = 5
    }

    /// A place in ``line`` where the filler writes a value.
    struct Hole: Sendable, Equatable {
        /// The byte offset in ``line``.
        var offset: Int
        /// What goes there.
        var kind: HoleKind
        /// The mention's or quote's position, for those kinds.
        var index: Int
    }

    /// What the filler needs of an entity mention.
    struct Mention: Sendable, Equatable {
        /// The mention as written.
        var text: String
        /// Its label's raw value.
        var label: String
        /// Its canonical name.
        var canonical: String
        /// The cluster it carried before export (kept when the corpus has no clusters).
        var cluster: String?
        /// The cluster id it carried before export.
        var clusterID: String?
        /// The sentences that contain it.
        var sentences: [Int]
        /// The sentence holding its start, for the reports' entity graph
        /// (``EntityCooccurrence/sentence(containing:_:)``).
        var startSentence: Int? = nil
    }

    /// What the filler needs of a quote.
    struct Speaker: Sendable, Equatable {
        /// The speaker's name.
        var speaker: String?
        /// The speaker's label's raw value.
        var label: String?
        /// The speaker cluster it carried before export.
        var cluster: String?
        /// The speaker cluster id it carried before export.
        var clusterID: String?
    }

    /// The `documents.jsonl` line, newline included, with the holes cut out; `nil` without `jsonl`.
    /// Its span lists are holes too, kept compact in ``spans`` and written in the export's
    /// `span_layout` when the line is filled (most of a line's bytes are tokens' offsets).
    var line: [UInt8]?
    /// The holes of ``line``, in byte order.
    var holes: [Hole] = []
    /// The span lists of ``line`` in the `deltas` layout, in order.
    var spans: [[UInt8]] = []
    /// The CSV records of each table of ``ExportTables/documentTables``, concatenated, with the
    /// hole fields empty; empty without `csv`, and with `sqlite` too (the records are then
    /// written from the filled ``rows``).
    var csv: [[UInt8]] = []
    /// The byte length of each record in ``csv``.
    var csvLengths: [[Int]] = []
    /// The database rows in insert order, packed (``PackedRows``: table position, cells with the
    /// hole cells `null`), so that filling splices the holes' cells into the bytes without
    /// decoding a cell; empty without `sqlite`.
    var rows = PackedRows()
    /// The entity mentions, in layer order; `nil` when the document has no `entities` layer.
    var mentions: [Mention]?
    /// The quotes, when one of them has a speaker (then they have holes).
    var speakers: [Speaker]?
    /// The number of sentences, `nil` without a `sentences` layer.
    var sentenceCount: Int?
    /// The `duplicate` layer the document carried before export.
    var duplicate: DuplicateRecord?
    /// The `story` layer the document carried before export.
    var story: String?
    /// What `manifest.json` records (its id is filled in).
    var manifest: ManifestWriter.Record
    /// Whether the document has layers beyond the built-in ones (custom layers' tables).
    var hasCustomLayers = false
    /// The metadata title and publisher, for the reports' index.
    var title: String?, publisher: String?
    /// The SHA-256 of the stored bytes it was read from (``init(encodedBytes:)``), what
    /// ``OutputReuse`` keys a document's filled bytes by; `nil` for a template rendered in this process.
    var storedDigest: String?

    /// The byte form's version: 2 added the title, publisher and each mention's start sentence;
    /// 3 stores the database rows packed (``PackedRows``).
    public static var storageVersion: Int { 3 }

    /// What the reports' index needs of the document with final id `id`.
    var reportSource: ReportIndex.Source {
        let mentions: [EntityCooccurrence.Mention] = (sentenceCount ?? 0) == 0 ? [] : (self.mentions ?? []).compactMap { mention in
            EntityLabel(rawValue: mention.label).map {
                EntityCooccurrence.Mention(label: $0, canonical: mention.canonical, text: mention.text, sentence: mention.startSentence)
            }
        }
        return ReportIndex.Source(title: title, publisher: publisher, sentenceCount: sentenceCount ?? 0, mentions: mentions)
    }

    /// The value rendered into every hole.
    static let sentinel = "\u{1}docpipe\u{2}hole\u{1}"

    init(manifest: ManifestWriter.Record) {
        self.manifest = manifest
    }

    /// Encodes the template as one base64 string of its compact form.
    public func encode(to encoder: any Encoder) throws {
        try encodeAsBase64(to: encoder)
    }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        self = try Self.decodedFromBase64(decoder)
    }

    /// Writes the template in its compact form.
    public func encodedBytes() throws -> [UInt8] {
        var out = TemplateWriter()
        out.integer(line == nil ? 0 : 1)
        if let line { out.data(line) }
        out.integer(holes.count)
        for hole in holes {
            out.integer(hole.offset)
            out.integer(hole.kind.rawValue)
            out.integer(hole.index)
        }
        out.integer(spans.count)
        for list in spans { out.data(list) }
        out.integer(csv.count)
        for (bytes, lengths) in zip(csv, csvLengths) {
            out.data(bytes)
            out.integer(lengths.count)
            for length in lengths { out.integer(length) }
        }
        out.integer(rows.count)
        out.data(rows.bytes)
        out.integer(mentions.map { $0.count + 1 } ?? 0)
        for mention in mentions ?? [] {
            out.string(mention.text)
            out.string(mention.label)
            out.string(mention.canonical)
            out.optional(mention.cluster)
            out.optional(mention.clusterID)
            out.integer(mention.sentences.count)
            for sentence in mention.sentences { out.integer(sentence) }
            out.integer(mention.startSentence.map { $0 + 1 } ?? 0)
        }
        out.integer(speakers.map { $0.count + 1 } ?? 0)
        for speaker in speakers ?? [] {
            out.optional(speaker.speaker)
            out.optional(speaker.label)
            out.optional(speaker.cluster)
            out.optional(speaker.clusterID)
        }
        out.integer(sentenceCount.map { $0 + 1 } ?? 0)
        out.integer(duplicate == nil ? 0 : 1)
        if let duplicate {
            out.string(duplicate.doc)
            out.string(duplicate.duplicateOf)
            out.cell(.real(duplicate.similarity))
        }
        out.optional(story)
        let input = manifest.input
        out.string(input.source)
        out.optional(input.inputSHA256)
        out.string(input.textSHA256)
        out.integer(input.characters)
        out.integer(manifest.counts.count)
        for (name, count) in manifest.counts {
            out.string(name)
            out.integer(count)
        }
        out.integer(hasCustomLayers ? 1 : 0)
        out.optional(title)
        out.optional(publisher)
        return out.bytes
    }

    /// Reads the compact form, keeping the bytes' SHA-256 (``storedDigest``).
    /// - Throws: ``StageError`` when the bytes are not a template.
    public init(encodedBytes bytes: [UInt8]) throws {
        var input = TemplateReader(bytes)
        let line = try input.integer() == 0 ? nil : try input.data()
        var holes: [Hole] = []
        for _ in 0..<(try input.integer()) {
            let offset = try input.integer()
            guard let kind = HoleKind(rawValue: try input.integer()) else { throw StageError("a stored export template has an unknown hole") }
            holes.append(Hole(offset: offset, kind: kind, index: try input.integer()))
        }
        var spans: [[UInt8]] = []
        for _ in 0..<(try input.integer()) { spans.append(try input.data()) }
        var csv: [[UInt8]] = []
        var csvLengths: [[Int]] = []
        for _ in 0..<(try input.integer()) {
            csv.append(try input.data())
            var lengths: [Int] = []
            for _ in 0..<(try input.integer()) { lengths.append(try input.integer()) }
            csvLengths.append(lengths)
        }
        let rowCount = try input.integer()
        let rows = try PackedRows(validating: try input.data(), count: rowCount)
        var mentions: [Mention]?
        let mentionCount = try input.integer()
        if mentionCount > 0 {
            var read: [Mention] = []
            for _ in 0..<(mentionCount - 1) {
                let text = try input.string(), label = try input.string(), canonical = try input.string()
                let cluster = try input.optional(), clusterID = try input.optional()
                var sentences: [Int] = []
                for _ in 0..<(try input.integer()) { sentences.append(try input.integer()) }
                let start = try input.integer()
                read.append(Mention(
                    text: text, label: label, canonical: canonical, cluster: cluster, clusterID: clusterID, sentences: sentences,
                    startSentence: start == 0 ? nil : start - 1))
            }
            mentions = read
        }
        var speakers: [Speaker]?
        let speakerCount = try input.integer()
        if speakerCount > 0 {
            var read: [Speaker] = []
            for _ in 0..<(speakerCount - 1) {
                read.append(Speaker(speaker: try input.optional(), label: try input.optional(), cluster: try input.optional(), clusterID: try input.optional()))
            }
            speakers = read
        }
        let sentences = try input.integer()
        var duplicate: DuplicateRecord?
        if try input.integer() == 1 {
            let doc = try input.string(), of = try input.string()
            guard case .real(let similarity) = try input.cell() else { throw StageError("a stored export template has a malformed duplicate") }
            duplicate = DuplicateRecord(doc: doc, duplicateOf: of, similarity: similarity)
        }
        let story = try input.optional()
        let source = try input.string(), inputHash = try input.optional(), textHash = try input.string(), characters = try input.integer()
        var counts: [(name: String, count: Int)] = []
        for _ in 0..<(try input.integer()) { counts.append((try input.string(), try input.integer())) }
        let custom = try input.integer() == 1
        let title = try input.optional(), publisher = try input.optional()
        guard input.atEnd else { throw StageError("a stored export template has trailing bytes") }
        self.init(manifest: ManifestWriter.Record(
            input: Manifest.Input(id: "", source: source, inputSHA256: inputHash, textSHA256: textHash, characters: characters), counts: counts))
        self.line = line
        self.holes = holes
        self.spans = spans
        self.csv = csv
        self.csvLengths = csvLengths
        self.rows = rows
        self.mentions = mentions
        self.speakers = speakers
        sentenceCount = sentences == 0 ? nil : sentences - 1
        self.duplicate = duplicate
        self.story = story
        hasCustomLayers = custom
        self.title = title
        self.publisher = publisher
        storedDigest = SHA256.hex(bytes)
    }
}
