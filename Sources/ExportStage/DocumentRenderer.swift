import DocPipe

/// Renders each document for export in the parallel per-document phase: its `documents.jsonl`
/// line, CSV records and database rows with holes where the corpus phase's values go
/// (``DocumentTemplate``). Holds nothing that changes, so several threads share one.
struct DocumentRenderer: Sendable {
    /// How `documents.jsonl` writes span lists; `nil` when it is not written.
    var jsonl: SpanLayout?
    /// Whether CSV records are rendered.
    var csv: Bool
    /// Whether database rows are kept.
    var sqlite: Bool

    /// The position of each per-document table in ``ExportTables/documentTables``.
    static let tablePositions = Dictionary(uniqueKeysWithValues: ExportTables.documentTables.enumerated().map { ($1.name, $0) })
    /// The positions of the tables whose rows have holes besides the document id.
    static let documentsTable = 0, entitiesTable = 2, quotesTable = 3

    /// Decodes the layers export reads once and keeps them beside their bytes.
    static func decodeLayers(_ document: inout Document) {
        document.layers.keepDecoded(StandardLayers.Sentences.self)
        document.layers.keepDecoded(StandardLayers.Entities.self)
        document.layers.keepDecoded(StandardLayers.Quotes.self)
        document.layers.keepDecoded(StandardLayers.Dates.self)
        document.layers.keepDecoded(StandardLayers.Quantities.self)
        document.layers.keepDecoded(StandardLayers.Keyphrases.self)
        document.layers.keepDecoded(StandardLayers.SummaryLayer.self)
    }

    /// The layers a document may carry that have no table of their own and are not custom layers.
    private static let assignedLayers: Set<String> = [StandardLayers.Duplicate.name, StandardLayers.StoryID.name]

    /// The layers whose values have holes in a template besides the id.
    static let holeLayers = [StandardLayers.Entities.name, StandardLayers.Quotes.name, StandardLayers.Duplicate.name, StandardLayers.StoryID.name]

    /// Whether the document has layers beyond the built-in ones (custom layers' tables).
    static func hasCustomLayers(_ document: Document) -> Bool {
        document.layers.names.contains {
            !LayerTables.builtInLayers.contains($0) && !Document.reservedKeys.contains($0) && !assignedLayers.contains($0)
        }
    }

    /// Renders one document with holes. With both `csv` and `sqlite` only the rows are kept (the
    /// filler writes the CSV records from the filled rows), so the template holds each value once.
    /// - Throws: an encoding error, or ``StageError`` when a hole cannot be found in the rendered line.
    func template(_ original: Document) throws -> DocumentTemplate {
        var document = original
        Self.decodeLayers(&document)
        let sentinel = DocumentTemplate.sentinel
        var template = DocumentTemplate(manifest: ManifestWriter.Record(document))
        template.hasCustomLayers = Self.hasCustomLayers(document)
        template.duplicate = document[StandardLayers.Duplicate.self]
        template.story = document[StandardLayers.StoryID.self]
        template.sentenceCount = document[StandardLayers.Sentences.self]?.count
        template.title = document.metadata.title
        template.publisher = document.metadata.publisher
        if var mentions = document[StandardLayers.Entities.self] {
            let spans = document[StandardLayers.Sentences.self] ?? []
            let sentences = SentenceLookup(spans)
            template.mentions = mentions.map { mention in
                DocumentTemplate.Mention(
                    text: mention.text, label: mention.label.rawValue, canonical: mention.canonical, cluster: mention.cluster,
                    clusterID: mention.clusterID, sentences: sentences.containing(mention.start, mention.end),
                    startSentence: EntityCooccurrence.sentence(containing: mention.start, spans))
            }
            for index in mentions.indices {
                mentions[index].cluster = sentinel
                mentions[index].clusterID = sentinel
            }
            document[StandardLayers.Entities.self] = mentions
        }
        if var quotes = document[StandardLayers.Quotes.self], quotes.contains(where: { $0.speaker != nil }) {
            template.speakers = quotes.map {
                DocumentTemplate.Speaker(speaker: $0.speaker, label: $0.speakerLabel?.rawValue, cluster: $0.speakerCluster, clusterID: $0.speakerClusterID)
            }
            for index in quotes.indices {
                quotes[index].speakerCluster = sentinel
                quotes[index].speakerClusterID = sentinel
            }
            document[StandardLayers.Quotes.self] = quotes
        }
        document[StandardLayers.Duplicate.self] = DuplicateRecord(doc: sentinel, duplicateOf: sentinel, similarity: 0)
        document[StandardLayers.StoryID.self] = sentinel
        document.id = sentinel
        if jsonl != nil { (template.line, template.holes, template.spans) = try Self.cut(try JSONLinesWriter.line(document, spanLayout: .deltas), template: template) }
        guard csv || sqlite else { return template }
        let recorded = RecordedRows()
        try ExportTables.emit(document, into: recorded)
        let csvRecords = csv && !sqlite
        if csvRecords {
            template.csv = Array(repeating: [], count: ExportTables.documentTables.count)
            template.csvLengths = Array(repeating: [], count: ExportTables.documentTables.count)
        }
        let quoteHoles = template.speakers != nil
        for (table, cells) in recorded.rows {
            guard let position = Self.tablePositions[table.name] else { continue }
            var cells = cells
            for column in Self.holeColumns(table: position, quoteHoles: quoteHoles) { cells[column] = .null }
            if sqlite { template.rows.append(table: position, cells: cells) }
            if csvRecords {
                let before = template.csv[position].count
                CSVFormat.appendRecord(cells, to: &template.csv[position])
                template.csvLengths[position].append(template.csv[position].count - before)
            }
        }
        return template
    }

    /// The columns of a table's rows that the corpus phase fills.
    static func holeColumns(table position: Int, quoteHoles: Bool) -> [Int] {
        switch position {
        case documentsTable: return [0, 10, 11, 12]
        case entitiesTable: return [0, 6, 7]
        case quotesTable: return quoteHoles ? [0, 6, 7] : [0]
        default: return [0]
        }
    }

    /// Cuts the holes out of a line rendered with sentinels and span lists in the `deltas`
    /// layout: the `duplicate` member, each mention's cluster members, the id, each quote's
    /// speaker cluster members, the `story` member (the order their keys sort in), and every span
    /// list, kept apart in its compact form. The id's hole is its value, a span list's its value;
    /// the others are whole members with the comma after them (a required key always follows them).
    /// - Returns: the line without the holes, the holes, and the span lists.
    /// - Throws: ``StageError`` when a sentinel is not where the sorted keys put it.
    static func cut(_ line: [UInt8], template: DocumentTemplate) throws -> ([UInt8], [DocumentTemplate.Hole], [[UInt8]]) {
        let value = JSONCoding.stringLiteral(DocumentTemplate.sentinel)
        let colon = Array(":".utf8), comma = Array(",".utf8)
        func member(_ key: String, _ bytes: [UInt8]) -> [UInt8] { JSONCoding.stringLiteral(key) + colon + bytes + comma }
        let duplicate = [UInt8](try JSONCoding.data(DuplicateRecord(doc: DocumentTemplate.sentinel, duplicateOf: DocumentTemplate.sentinel, similarity: 0)))
        let idKey = JSONCoding.stringLiteral("id") + colon
        var wanted: [([UInt8], DocumentTemplate.HoleKind, Int, kept: Int)] = [(member(StandardLayers.Duplicate.name, duplicate), .duplicate, 0, 0)]
        for index in (template.mentions ?? []).indices { wanted.append((member("cluster", value) + member("cluster_id", value), .mention, index, 0)) }
        wanted.append((idKey + value, .id, 0, idKey.count))
        for index in (template.speakers ?? []).indices {
            wanted.append((member("speaker_cluster", value) + member("speaker_cluster_id", value), .quote, index, 0))
        }
        wanted.append((member(StandardLayers.StoryID.name, value), .story, 0, 0))
        var cuts: [(range: Range<Int>, hole: DocumentTemplate.Hole)] = []
        var position = 0
        for (pattern, kind, index, kept) in wanted {
            guard let found = Self.find(pattern, in: line, from: position) else {
                throw StageError("export could not place the corpus values in the rendered document (\(kind) \(index))")
            }
            cuts.append(((found + kept)..<(found + pattern.count), DocumentTemplate.Hole(offset: 0, kind: kind, index: index)))
            position = found + pattern.count
        }
        var spans: [[UInt8]] = []
        let opening = Array(#"{"span_deltas":["#.utf8), closing = Array("]}".utf8)
        position = 0
        while let found = Self.find(opening, in: line, from: position), let close = Self.find(closing, in: line, from: found + opening.count) {
            cuts.append((found..<(close + closing.count), DocumentTemplate.Hole(offset: 0, kind: .spans, index: spans.count)))
            spans.append(Array(line[found..<(close + closing.count)]))
            position = close + closing.count
        }
        cuts.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var holes: [DocumentTemplate.Hole] = []
        position = 0
        for (range, hole) in cuts {
            out += line[position..<range.lowerBound]
            holes.append(DocumentTemplate.Hole(offset: out.count, kind: hole.kind, index: hole.index))
            position = range.upperBound
        }
        out += line[position...]
        return (out, holes, spans)
    }

    /// The first offset at or after `start` where `pattern` occurs in `bytes`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { needle in
                var index = start
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first {
                        var matched = 1
                        while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}

/// Finds the sentences that contain a span: by binary search when the sentences are in order
/// and do not overlap (as `segment` writes them), else by looking at each.
struct SentenceLookup {
    private let sentences: [Span]
    private let ordered: Bool

    /// Prepares the lookup.
    init(_ sentences: [Span]) {
        self.sentences = sentences
        ordered = zip(sentences, sentences.dropFirst()).allSatisfy { $0.end <= $1.start && $0.start <= $0.end }
    }

    /// The indices of the sentences holding `start..<end`, in order.
    func containing(_ start: Int, _ end: Int) -> [Int] {
        guard ordered else { return sentences.indices.filter { sentences[$0].start <= start && end <= sentences[$0].end } }
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= start { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var index = low - 1
        while index >= 0, sentences[index].start <= start {
            if end <= sentences[index].end { found.append(index) }
            if sentences[index].end <= start && sentences[index].start < sentences[index].end { break }
            index -= 1
        }
        return found.reversed()
    }
}
