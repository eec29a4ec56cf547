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
        var ordinals = Array(repeating: 0, count: ExportTables.documentTables.count)
        for (position, cells) in template.rows {
            var cells = cells
            cells[0] = .text(id)
            let ordinal = ordinals[position]
            ordinals[position] += 1
            switch position {
            case DocumentRenderer.documentsTable: cells.replaceSubrange(10...12, with: storyCells)
            case DocumentRenderer.entitiesTable: cells.replaceSubrange(6...7, with: mentions[ordinal].cells)
            case DocumentRenderer.quotesTable where quoteHoles: cells.replaceSubrange(6...7, with: speakers[ordinal].cells)
            default: break
            }
            filled.rows.append((ExportTables.documentTables[position], cells))
        }
        if csv, template.csv.isEmpty, reused == nil {
            filled.csv = Array(repeating: [], count: ExportTables.documentTables.count)
            for (position, cells) in template.rows.indices.map({ (template.rows[$0].table, filled.rows[$0].cells) }) {
                CSVFormat.appendRecord(cells, to: &filled.csv[position])
            }
        }
        if filled.fillKey != nil, filled.outputDigest == nil {
            filled.outputDigest = OutputReuse.outputDigest(line: filled.line, csv: filled.csv, tables: csv ? ExportTables.documentTables.count : 0)
        }
        return filled
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
