import DocPipe

/// The tables the `csv` and `sqlite` formats share: their columns, and the rows a document or
/// the corpus results give.
enum ExportTables {
    /// One row per document.
    static let documents = TableSchema(
        name: "documents",
        columns: [
            TableColumn("id", .text), TableColumn("title", .text, required: false),
            TableColumn("author", .text, required: false), TableColumn("publisher", .text, required: false),
            TableColumn("date", .text, required: false), TableColumn("words", .integer),
            TableColumn("summary", .text, required: false), TableColumn("section", .text, required: false),
            TableColumn("source", .text), TableColumn("extra_metadata", .text, required: false),
            TableColumn("duplicate_of", .text, required: false), TableColumn("duplicate_similarity", .real, required: false),
            TableColumn("story", .text, required: false),
        ],
        primaryKey: ["id"])

    /// One row per sentence; in SQLite `sentence_spans`, with the full-text table `sentences` over it.
    static let sentences = TableSchema(
        name: "sentences", sqlName: "sentence_spans",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("index", .integer),
            TableColumn("start", .integer), TableColumn("end", .integer), TableColumn("text", .text),
        ],
        primaryKey: ["doc", "index"])

    /// One row per entity mention.
    static let entities = TableSchema(
        name: "entities",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("text", .text), TableColumn("label", .text),
            TableColumn("canonical", .text), TableColumn("cluster", .text, required: false),
            TableColumn("cluster_id", .text, required: false, references: "entity_clusters"),
        ],
        indexes: [["doc"], ["canonical", "label"], ["label"], ["cluster"], ["cluster_id"]])

    /// One row per corpus-level entity.
    static let entityClusters = TableSchema(
        name: "entity_clusters",
        columns: [
            TableColumn("canonical", .text), TableColumn("label", .text), TableColumn("aliases", .text),
            TableColumn("documents", .text), TableColumn("mentions", .integer), TableColumn("id", .text),
        ],
        primaryKey: ["id"],
        indexes: [["canonical", "label"]])

    /// One row per corpus-level entity and document that mentions it.
    static let clusterDocuments = TableSchema(
        name: "cluster_documents",
        columns: [
            TableColumn("canonical", .text), TableColumn("label", .text),
            TableColumn("doc", .text, references: "documents"), TableColumn("mentions", .integer),
            TableColumn("cluster_id", .text, references: "entity_clusters"),
        ],
        indexes: [["canonical", "label"], ["doc"], ["cluster_id"]])

    /// One row per quotation.
    static let quotes = TableSchema(
        name: "quotes",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("text", .text), TableColumn("speaker", .text, required: false),
            TableColumn("speaker_label", .text, required: false), TableColumn("speaker_cluster", .text, required: false),
            TableColumn("speaker_cluster_id", .text, required: false, references: "entity_clusters"),
        ],
        indexes: [["doc"], ["speaker"], ["speaker_cluster"], ["speaker_cluster_id"]])

    /// One row per date expression.
    static let dates = TableSchema(
        name: "dates",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("text", .text), TableColumn("value", .text, required: false),
            TableColumn("end_value", .text, required: false),
        ],
        indexes: [["doc"], ["value"]])

    /// One row per quantity.
    static let quantities = TableSchema(
        name: "quantities",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("text", .text), TableColumn("value", .real),
            TableColumn("max_value", .real, required: false), TableColumn("unit", .text),
            TableColumn("qualifier", .text, required: false),
        ],
        indexes: [["doc"], ["unit"]])

    /// One row per keyphrase.
    static let keyphrases = TableSchema(
        name: "keyphrases",
        columns: [
            TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
            TableColumn("end", .integer), TableColumn("text", .text), TableColumn("score", .real),
        ],
        indexes: [["doc"]])

    /// One row per timeline entry, in timeline order.
    static let timeline = TableSchema(
        name: "timeline",
        columns: [
            TableColumn("date", .text), TableColumn("doc", .text, references: "documents"),
            TableColumn("index", .integer), TableColumn("text", .text), TableColumn("sources", .text, required: false),
            TableColumn("entry", .integer), TableColumn("cluster_ids", .text, required: false), TableColumn("clusters", .text, required: false),
        ],
        primaryKey: ["entry"],
        indexes: [["date"], ["doc"]])

    /// One row per timeline entry and entity cluster mentioned in the sentences it cites.
    static let timelineEntities = TableSchema(
        name: "timeline_entities",
        columns: [
            TableColumn("entry", .integer, references: "timeline", referencedColumn: "entry"),
            TableColumn("cluster_id", .text, references: "entity_clusters"), TableColumn("cluster", .text),
        ],
        primaryKey: ["entry", "cluster_id"],
        indexes: [["cluster_id"]])

    /// One row per figure of a conflict group.
    static let conflicts = TableSchema(
        name: "conflicts",
        columns: [
            TableColumn("group", .integer), TableColumn("unit", .text), TableColumn("subject", .text, required: false),
            TableColumn("doc", .text, references: "documents"), TableColumn("index", .integer),
            TableColumn("value", .real), TableColumn("text", .text),
            TableColumn("subject_cluster_id", .text, required: false, references: "entity_clusters"),
            TableColumn("subject_cluster", .text, required: false),
        ],
        indexes: [["group"], ["doc"], ["subject_cluster_id"]])

    /// One row per story (the `stories` result), largest first.
    static let stories = TableSchema(
        name: "stories",
        columns: [
            TableColumn("id", .text), TableColumn("label", .text), TableColumn("documents", .integer),
            TableColumn("first_date", .text, required: false), TableColumn("last_date", .text, required: false),
            TableColumn("entities", .text), TableColumn("terms", .text), TableColumn("doc_ids", .text),
            TableColumn("timeline_entries", .integer), TableColumn("conflicts", .integer),
        ],
        primaryKey: ["id"])

    /// Tables filled from documents, in write order.
    static let documentTables = [documents, sentences, entities, quotes, dates, quantities, keyphrases]
    /// Tables filled from corpus results, in write order.
    static let corpusTables = [entityClusters, clusterDocuments, timeline, conflicts, timelineEntities, stories]
    /// Every table.
    static let all = documentTables + corpusTables

    /// The separator of lists inside one field (aliases, documents, sources).
    static let listSeparator = " | "

    /// Sends the rows one document gives to `sink`; entity mentions and quotes carry their
    /// clusters when ``ClusterAnnotator`` annotated the document.
    /// - Throws: what the sink throws.
    static func emit(_ document: Document, into sink: some TableSink) throws {
        let doc = TableCell.text(document.id)
        let metadata = document.metadata
        try sink.add(
            [
                doc, .optional(metadata.title), .optional(metadata.author), .optional(metadata.publisher),
                .optional(metadata.date), .integer(wordCount(document.text)),
                .optional(document[StandardLayers.SummaryLayer.self]?.text), .optional(metadata.section),
                .text(document.source), .optional(extraMetadata(metadata)),
            ] + storyCells(document), to: documents)
        if let spans = document[StandardLayers.Sentences.self] {
            let texts = SpanTexts(document.text).slices(spans)
            for (index, span) in spans.enumerated() {
                try sink.add([doc, .integer(index), .integer(span.start), .integer(span.end), .text(texts[index])], to: sentences)
            }
        }
        for mention in document[StandardLayers.Entities.self] ?? [] {
            try sink.add(
                [
                    doc, .integer(mention.start), .integer(mention.end), .text(mention.text), .text(mention.label.rawValue), .text(mention.canonical),
                    .optional(mention.cluster), .optional(mention.clusterID),
                ],
                to: entities)
        }
        for quote in document[StandardLayers.Quotes.self] ?? [] {
            try sink.add(
                [
                    doc, .integer(quote.start), .integer(quote.end), .text(quote.text), .optional(quote.speaker), .optional(quote.speakerLabel?.rawValue),
                    .optional(quote.speakerCluster), .optional(quote.speakerClusterID),
                ],
                to: quotes)
        }
        for date in document[StandardLayers.Dates.self] ?? [] {
            try sink.add(
                [doc, .integer(date.start), .integer(date.end), .text(date.text), .optional(date.value), .optional(date.endValue)],
                to: dates)
        }
        for quantity in document[StandardLayers.Quantities.self] ?? [] {
            try sink.add(
                [
                    doc, .integer(quantity.start), .integer(quantity.end), .text(quantity.text), .real(quantity.value),
                    .optional(quantity.maxValue), .text(quantity.unit), .optional(quantity.qualifier),
                ], to: quantities)
        }
        for phrase in document[StandardLayers.Keyphrases.self] ?? [] {
            try sink.add([doc, .integer(phrase.start), .integer(phrase.end), .text(phrase.text), .real(phrase.score)], to: keyphrases)
        }
    }

    /// The `duplicate_of`, `duplicate_similarity` and `story` cells of a document's row.
    static func storyCells(_ document: Document) -> [TableCell] {
        let duplicate = document[StandardLayers.Duplicate.self]
        return [.optional(duplicate?.duplicateOf), .optional(duplicate?.similarity), .optional(document[StandardLayers.StoryID.self])]
    }

    /// Sends the rows of the `stories` result to `sink`.
    /// - Throws: what the sink throws.
    static func emitStories(_ results: CorpusResults, into sink: some TableSink) throws {
        for story in results[StandardCorpusKeys.Stories.self] ?? [] {
            try sink.add(
                [
                    .text(story.id), .text(story.label), .integer(story.documents.count), .optional(story.firstDate),
                    .optional(story.lastDate), .text(story.entities.joined(separator: listSeparator)),
                    .text(story.terms.joined(separator: listSeparator)), .text(story.documents.joined(separator: listSeparator)),
                    .integer(story.timeline?.count ?? 0), .integer(story.conflicts?.count ?? 0),
                ], to: stories)
        }
    }

    /// Sends the rows of the corpus-level results to `sink`: the `conflicts` table from
    /// `conflictFigures` (every figure, in document order) when given, else from the groups' cited
    /// figures.
    /// - Throws: what the sink throws, or an error reading the figures.
    static func emit(_ results: CorpusResults, conflictFigures: ConflictFigureStream? = nil, into sink: some TableSink) throws {
        try emitStories(results, into: sink)
        for cluster in results[StandardCorpusKeys.Entities.self] ?? [] {
            let counts = cluster.mentions.sorted { $0.key < $1.key }
            try sink.add(
                [
                    .text(cluster.canonical), .text(cluster.label.rawValue),
                    .text(cluster.aliases.joined(separator: listSeparator)),
                    .text(counts.map(\.key).joined(separator: listSeparator)),
                    .integer(counts.reduce(0) { $0 + $1.value }), .text(cluster.id),
                ], to: entityClusters)
            for (doc, count) in counts {
                try sink.add([.text(cluster.canonical), .text(cluster.label.rawValue), .text(doc), .integer(count), .text(cluster.id)], to: clusterDocuments)
            }
        }
        for (number, entry) in (results[StandardCorpusKeys.Timeline.self] ?? []).enumerated() {
            let sources = entry.sources.map { $0.map { "\($0.doc)#\($0.index)" }.joined(separator: listSeparator) }
            let entities = entry.entities ?? []
            try sink.add(
                [
                    .text(entry.date), .text(entry.doc), .integer(entry.index), .text(entry.text), .optional(sources), .integer(number + 1),
                    entities.isEmpty ? .null : .text(entities.map(\.clusterID).joined(separator: listSeparator)),
                    entities.isEmpty ? .null : .text(entities.map(\.cluster).joined(separator: listSeparator)),
                ], to: timeline)
            for reference in entities {
                try sink.add([.integer(number + 1), .text(reference.clusterID), .text(reference.cluster)], to: timelineEntities)
            }
        }
        let groups = results[StandardCorpusKeys.Conflicts.self] ?? []
        func add(_ number: Int, _ figure: ReportedFigure) throws {
            let group = groups[number - 1]
            try sink.add(
                [
                    .integer(number), .text(group.unit), .optional(group.subject), .text(figure.doc),
                    .integer(figure.index), .real(figure.value), .text(figure.text),
                    .optional(group.subjectClusterID), .optional(group.subjectCluster),
                ], to: conflicts)
        }
        if let conflictFigures {
            try conflictFigures.forEach { row in
                guard row.group >= 1, row.group <= groups.count else { return }
                try add(row.group, row.figure)
            }
        } else {
            for (number, group) in groups.enumerated() {
                for figure in group.figures { try add(number + 1, figure) }
            }
        }
    }

    /// The metadata keys beyond the standard ones, as one compact JSON object with sorted keys,
    /// or `nil` when there are none.
    static func extraMetadata(_ metadata: Metadata) -> String? {
        metadata.extra.isEmpty ? nil : JSONValue.object(metadata.extra).jsonText
    }

    /// The number of words: runs of non-space characters holding at least one letter or digit.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inRun = false
        var runHasWordCharacter = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            let isWordCharacter: Bool
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                isWordCharacter = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            } else {
                isSpace = scalar.properties.isWhitespace
                isWordCharacter = !isSpace && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            }
            if isSpace {
                if inRun, runHasWordCharacter { count += 1 }
                inRun = false
                runHasWordCharacter = false
            } else {
                inRun = true
                if isWordCharacter { runHasWordCharacter = true }
            }
        }
        if inRun, runHasWordCharacter { count += 1 }
        return count
    }
}
