import DocPipe

/// Fills a ``DocumentTemplate``'s holes with what the corpus phase decided: the document's final
/// id, its mentions' and quote speakers' clusters (``ClusterAnnotator``), its duplicate and story
/// (``CorpusAssignments``). Never decodes the document.
struct TemplateFiller: Sendable {
    /// The duplicate and story of each document.
    var assignments: CorpusAssignments
    /// The cluster lookups.
    var annotator: ClusterAnnotator
    /// How `documents.jsonl` writes span lists.
    var spanLayout: SpanLayout = .objects
    /// Whether CSV records are written (from the template's records, or from its rows when it
    /// keeps rows only).
    var csv = false
    /// Whether the reports' index entry is taken from the template (`markdown`/`html` written).
    var reports = false
    /// The previous run's outputs, to copy an unchanged document's bytes from (``OutputReuse``);
    /// with it, every filled document also carries its fill key and output digest.
    var reuse: OutputReuse?

    private static let crlf: [UInt8] = [0x0D, 0x0A]

    /// The document with final id `id`, ready to write.
    /// - Throws: an encoding error for a duplicate record.
    func fill(_ template: DocumentTemplate, id: String) throws -> FilledDocument {
        let clustered = !annotator.isEmpty
        let mentions: [ClusterPair] = (template.mentions ?? []).map { mention in
            guard clustered else { return ClusterPair(cluster: mention.cluster, clusterID: mention.clusterID) }
            let label = EntityLabel(rawValue: mention.label)
            let found = annotator.reference(of: mention.canonical, label: label, document: id)
                ?? annotator.reference(of: mention.text, label: label, document: id)
            return ClusterPair(found)
        }
        let speakers: [ClusterPair] = (template.speakers ?? []).map { quote in
            guard clustered else { return ClusterPair(cluster: quote.cluster, clusterID: quote.clusterID) }
            return ClusterPair(annotator.reference(of: quote.speaker, label: quote.label.flatMap(EntityLabel.init(rawValue:)), document: id))
        }
        let duplicate = assignments.duplicate(of: id) ?? template.duplicate
        let story = assignments.story(of: id) ?? template.story
        var manifest = template.manifest
        manifest.input.id = id
        var filled = FilledDocument(manifest: manifest, hasCustomLayers: template.hasCustomLayers)
        if reports { filled.report = template.reportSource }
        var reused: OutputReuse.Reused?
        if let reuse, let templateDigest = template.storedDigest {
            let key = try reuse.fillKey(templateDigest: templateDigest, id: id, mentions: mentions, speakers: speakers, duplicate: duplicate, story: story)
            filled.fillKey = key
            reused = reuse.reused(id: id, fillKey: key)
        }
        if clustered, let sentenceCount = template.sentenceCount, let templateMentions = template.mentions {
            for index in annotator.wantedSentences(of: id) where index >= 0 && index < sentenceCount {
                var found: [ClusterReference] = []
                for (mention, pair) in zip(templateMentions, mentions) where mention.sentences.contains(index) {
                    if let clusterID = pair.clusterID, let cluster = pair.cluster, !found.contains(where: { $0.clusterID == clusterID }) {
                        found.append(ClusterReference(clusterID: clusterID, cluster: cluster))
                    }
                }
                filled.notes.append(ClusterAnnotator.SentenceNote(key: ClusterAnnotator.key(id, index), clusters: found))
            }
        }
        if let reused {
            filled.line = reused.line
            filled.csv = reused.csv
            filled.outputDigest = reused.digest
        } else if let line = template.line {
            filled.line = try fillLine(line, holes: template.holes, spans: template.spans, id: id, mentions: mentions, speakers: speakers, duplicate: duplicate, story: story)
        }
        let storyCells: [TableCell] = [.optional(duplicate?.duplicateOf), .optional(duplicate?.similarity), .optional(story)]
        let quoteHoles = template.speakers != nil
        if reused == nil, !template.csv.isEmpty {
            filled.csv = Array(repeating: [], count: template.csv.count)
            for (position, (bytes, lengths)) in zip(template.csv, template.csvLengths).enumerated() {
                let holes = DocumentRenderer.holeColumns(table: position, quoteHoles: quoteHoles).dropFirst()
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + lengths.count * (id.utf8.count + 1))
                var start = 0
                for (ordinal, length) in lengths.enumerated() {
                    let record = bytes[start..<(start + length)]
                    start += length
                    CSVFormat.appendField(id, to: &out)
                    guard !holes.isEmpty else {
                        out += record
                        continue
                    }
                    out += record.dropLast(holes.count + 2)
                    let cells = position == DocumentRenderer.documentsTable
                        ? storyCells : (position == DocumentRenderer.entitiesTable ? mentions[ordinal] : speakers[ordinal]).cells
                    for cell in cells {
                        out.append(0x2C)
                        CSVFormat.appendField(cell.csvText, to: &out)
                    }
                    out += Self.crlf
                }
                filled.csv[position] = out
            }
        }
        if template.rows.count > 0 {
            let rows = try fillRows(template.rows, id: id, storyCells: storyCells, mentions: mentions, speakers: quoteHoles ? speakers : nil)
            if csv, template.csv.isEmpty, reused == nil { filled.csv = Self.csvRecords(rows) }
            filled.packedRows = rows
        }
        if filled.fillKey != nil, filled.outputDigest == nil {
            filled.outputDigest = OutputReuse.outputDigest(line: filled.line, csv: filled.csv, tables: csv ? ExportTables.documentTables.count : 0)
        }
        return filled
    }

    /// The template's packed rows with the holes' cells spliced in: the id first in every row,
    /// the duplicate and story in the document's row, each mention's and (with `speakers`) each
    /// quote's cluster pair; every other cell's bytes copied as they are.
    /// - Throws: ``StageError`` when the rows have more mentions or quotes than the template.
    private func fillRows(_ rows: PackedRows, id: String, storyCells: [TableCell], mentions: [ClusterPair], speakers: [ClusterPair]?) throws -> PackedRows {
        var out = PackedRows()
        out.reserve(rows.bytes.count + rows.count * (id.utf8.count + 4) + 64 * (mentions.count + (speakers?.count ?? 0)))
        let idCell = TableCell.text(id)
        var ordinals = Array(repeating: 0, count: ExportTables.documentTables.count)
        try rows.forEachRow { buffer, table, cells, start in
            let ordinal = ordinals[table]
            ordinals[table] += 1
            var holes: [TableCell] = []
            var first = 0
            switch table {
            case DocumentRenderer.documentsTable: (holes, first) = (storyCells, 10)
            case DocumentRenderer.entitiesTable:
                guard ordinal < mentions.count else { throw StageError("a stored export template has more entity rows than mentions") }
                (holes, first) = (mentions[ordinal].cells, 6)
            case DocumentRenderer.quotesTable:
                if let speakers {
                    guard ordinal < speakers.count else { throw StageError("a stored export template has more quote rows than quotes") }
                    (holes, first) = (speakers[ordinal].cells, 6)
                }
            default: break
            }
            guard cells > 0, holes.isEmpty || first + holes.count <= cells else { throw StageError("a stored export template has a row without its holes") }
            out.appendHeader(table: table, cells: cells)
            out.append(idCell)
            var offset = PackedRows.cellEnd(in: buffer, at: start)
            var copied = offset
            for column in 1..<max(cells, 1) {
                let end = PackedRows.cellEnd(in: buffer, at: offset)
                if column >= first, column < first + holes.count {
                    out.append(packed: buffer, from: copied, to: offset)
                    out.append(holes[column - first])
                    copied = end
                }
                offset = end
            }
            out.append(packed: buffer, from: copied, to: offset)
            return offset
        }
        return out
    }

    /// The CSV records of filled packed rows, one byte string per per-document table, each cell
    /// as ``CSVFormat/appendRecord(_:to:)-([TableCell],_)`` writes it.
    static func csvRecords(_ rows: PackedRows) -> [[UInt8]] {
        var csv = Array(repeating: [UInt8](), count: ExportTables.documentTables.count)
        rows.forEachRow { buffer, table, cells, start in
            var offset = start
            for column in 0..<cells {
                if column > 0 { csv[table].append(0x2C) }
                let end = PackedRows.cellEnd(in: buffer, at: offset)
                switch PackedRows.Kind(rawValue: buffer[offset]) {
                case .integer:
                    CSVFormat.appendInteger(Int(Int64(bitPattern: PackedRows.integer(in: buffer, at: offset + 1, width: 8))), to: &csv[table])
                case .real:
                    let value = Double(bitPattern: PackedRows.integer(in: buffer, at: offset + 1, width: 8))
                    CSVFormat.appendField(TableCell.real(value).csvText, to: &csv[table])
                case .text: CSVFormat.appendField(UnsafeRawBufferPointer(rebasing: buffer[(offset + 5)..<end]), to: &csv[table])
                default: break
                }
                offset = end
            }
            csv[table].append(0x0D)
            csv[table].append(0x0A)
            return offset
        }
        return csv
    }

    private func fillLine(
        _ line: [UInt8], holes: [DocumentTemplate.Hole], spans: [[UInt8]], id: String, mentions: [ClusterPair], speakers: [ClusterPair],
        duplicate: DuplicateRecord?, story: String?
    ) throws -> [UInt8] {
        var out: [UInt8] = []
        let spanBytes = spans.reduce(0) { $0 + $1.count }
        out.reserveCapacity(line.count + 256 + spanBytes * (spanLayout == .objects ? 7 : 3))
        var position = 0
        for hole in holes {
            out += line[position..<hole.offset]
            position = hole.offset
            switch hole.kind {
            case .id: out += JSONCoding.stringLiteral(id)
            case .mention: mentions[hole.index].appendMembers(cluster: "cluster", clusterID: "cluster_id", to: &out)
            case .quote: speakers[hole.index].appendMembers(cluster: "speaker_cluster", clusterID: "speaker_cluster_id", to: &out)
            case .duplicate:
                if let duplicate { Self.appendMember(StandardLayers.Duplicate.name, [UInt8](try JSONCoding.data(duplicate)), to: &out) }
            case .story:
                if let story { Self.appendMember(StandardLayers.StoryID.name, JSONCoding.stringLiteral(story), to: &out) }
            case .spans:
                guard spanLayout.appendRewritingDeltas(spans[hole.index], to: &out) else {
                    throw StageError("a stored export template has a malformed span list")
                }
            }
        }
        out += line[position...]
        return out
    }

    /// Appends `"key":value,`.
    static func appendMember(_ key: String, _ value: [UInt8], to out: inout [UInt8]) {
        out += JSONCoding.stringLiteral(key)
        out.append(0x3A)
        out += value
        out.append(0x2C)
    }
}

/// A cluster name and id that may be absent, as a mention or a quote speaker carries them.
struct ClusterPair {
    /// The cluster's canonical name.
    var cluster: String?
    /// The cluster's id.
    var clusterID: String?

    init(cluster: String?, clusterID: String?) {
        self.cluster = cluster
        self.clusterID = clusterID
    }

    init(_ reference: ClusterReference?) {
        self.init(cluster: reference?.cluster, clusterID: reference?.clusterID)
    }

    /// The two table cells, name then id.
    var cells: [TableCell] { [.optional(cluster), .optional(clusterID)] }

    /// Appends the JSON members present, each with the comma that follows it (a required key always comes after them).
    func appendMembers(cluster clusterKey: String, clusterID idKey: String, to out: inout [UInt8]) {
        if let cluster { TemplateFiller.appendMember(clusterKey, JSONCoding.stringLiteral(cluster), to: &out) }
        if let clusterID { TemplateFiller.appendMember(idKey, JSONCoding.stringLiteral(clusterID), to: &out) }
    }
}
