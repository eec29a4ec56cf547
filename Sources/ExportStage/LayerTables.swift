import DocPipe

/// The tables of layers no built-in table covers (a custom Swift or `command` stage's layers):
/// one CSV file `csv/layer_NAME.csv` and one SQLite table `layer_NAME` per layer of span records.
///
/// A layer is a layer of span records when, in every document that has it, it is a JSON array of
/// objects each with integer `start` and `end`. Its table has `doc`, `start`, `end`, `text` (the
/// record's `text`, else the text the span covers), then one column per other field: the layout
/// the writing stage declares (``LayerTableProvider``), or else every field seen in any record,
/// sorted by name, typed by what it held (integers and booleans `integer`, numbers `real`, strings
/// `text`, arrays and objects `json`; a field that held several kinds takes the widest, in that order).
struct LayerTables {
    /// One layer's table.
    struct Table: Sendable {
        /// The layer.
        var layer: String
        /// The columns after `doc`, `start`, `end`, `text`.
        var columns: [LayerTable.Column]
        /// Whether the writing stage declared the columns.
        var declared: Bool
        /// The table as the sinks write it.
        var schema: TableSchema
        /// The CSV file, relative to the output folder.
        var csvPath: String { "\(CSVTableSink.folderName)/\(schema.name).csv" }
    }

    /// The layers built-in tables cover or that are left out on purpose (`tokens`, `paragraphs`, `removed`, `summary`).
    static let builtInLayers: Set<String> = [
        StandardLayers.Paragraphs.name, StandardLayers.Sentences.name, StandardLayers.Tokens.name, StandardLayers.Removed.name,
        StandardLayers.Entities.name, StandardLayers.Dates.name, StandardLayers.Quantities.name, StandardLayers.Quotes.name,
        StandardLayers.Keyphrases.name, StandardLayers.SummaryLayer.name,
    ]

    private static let fixedColumns: Set<String> = ["doc", "start", "end", "text"]
    private static let order: [LayerTable.Kind] = [.integer, .real, .text, .json]

    private let declared: [String: LayerTable]
    private var fields: [String: [String: LayerTable.Kind]] = [:]
    private var rejected: Set<String> = []

    /// Starts with the layouts the pipeline's stages declare.
    init(declared: [LayerTable]) {
        var byLayer: [String: LayerTable] = [:]
        for table in declared where byLayer[table.layer] == nil { byLayer[table.layer] = table }
        self.declared = byLayer
    }

    /// Notes the layers of one document and the fields of their records.
    mutating func scan(_ document: Document) {
        for name in document.layers.names where !Self.builtInLayers.contains(name) && !Document.reservedKeys.contains(name) && !rejected.contains(name) {
            guard let records = Self.records(document.layers[raw: name]) else {
                rejected.insert(name)
                fields[name] = nil
                continue
            }
            var known = fields[name] ?? [:]
            for record in records {
                for (key, value) in record where !Self.fixedColumns.contains(key) {
                    guard let kind = Self.kind(of: value) else {
                        if known[key] == nil { known[key] = .text }
                        continue
                    }
                    let previous = known[key].flatMap { Self.order.firstIndex(of: $0) } ?? 0
                    known[key] = Self.order[max(previous, Self.order.firstIndex(of: kind)!)]
                }
            }
            fields[name] = known
        }
    }

    /// The tables of every layer of span records seen, sorted by layer name.
    func tables() -> [Table] {
        var used: Set<String> = Set(ExportTables.all.map(\.name) + ExportTables.all.map(\.sqlName))
        return fields.keys.sorted().map { layer in
            var seen: Set<String> = []
            let columns = (declared[layer]?.columns ?? fields[layer]!.keys.sorted().map { LayerTable.Column($0, fields[layer]![$0]!) })
                .filter { !Self.fixedColumns.contains($0.name.lowercased()) && seen.insert($0.name.lowercased()).inserted }
            var name = "layer_" + String(String.UnicodeScalarView(layer.unicodeScalars.map { Self.isIdentifier($0) ? $0 : "_" }))
            if used.contains(name) {
                var number = 2
                while used.contains("\(name)_\(number)") { number += 1 }
                name += "_\(number)"
            }
            used.insert(name)
            let schema = TableSchema(
                name: name,
                columns: [
                    TableColumn("doc", .text, references: "documents"), TableColumn("start", .integer),
                    TableColumn("end", .integer), TableColumn("text", .text),
                ] + columns.map { TableColumn($0.name, Self.sqlKind($0.kind), required: false) },
                indexes: [["doc"]])
            return Table(layer: layer, columns: columns, declared: declared[layer] != nil, schema: schema)
        }
    }

    /// Sends one document's records of each table's layer to `sink`.
    /// - Throws: what the sink throws.
    /// - Returns: the number of rows sent, per table.
    @discardableResult
    static func emit(_ document: Document, tables: [Table], into sink: some TableSink) throws -> [Int] {
        var counts = Array(repeating: 0, count: tables.count)
        var texts: SpanTexts?
        for (number, table) in tables.enumerated() {
            guard let records = records(document.layers[raw: table.layer]) else { continue }
            for record in records {
                guard case .integer(let start)? = record["start"], case .integer(let end)? = record["end"] else { continue }
                let text: String
                if case .string(let own)? = record["text"] {
                    text = own
                } else {
                    if texts == nil { texts = SpanTexts(document.text) }
                    text = texts!.slice(start, end)
                }
                let row: [TableCell] = [.text(document.id), .integer(start), .integer(end), .text(text)]
                    + table.columns.map { cell(record[$0.name], as: $0.kind) }
                try sink.add(row, to: table.schema)
                counts[number] += 1
            }
        }
        return counts
    }

    /// A value as a cell of a column of `kind`.
    static func cell(_ value: JSONValue?, as kind: LayerTable.Kind) -> TableCell {
        switch (value, kind) {
        case (nil, _), (.null?, _): return .null
        case (.integer(let number)?, .integer): return .integer(number)
        case (.bool(let flag)?, .integer): return .integer(flag ? 1 : 0)
        case (.integer(let number)?, .real): return .real(Double(number))
        case (.number(let number)?, .real), (.number(let number)?, .integer): return .real(number)
        case (.string(let string)?, .text), (.string(let string)?, .integer), (.string(let string)?, .real): return .text(string)
        case (let other?, _): return .text(other.jsonText)
        }
    }

    private static func records(_ layer: JSONValue?) -> [[String: JSONValue]]? {
        guard case .array(let items)? = layer else { return nil }
        var records: [[String: JSONValue]] = []
        records.reserveCapacity(items.count)
        for item in items {
            guard case .object(let record) = item, case .integer? = record["start"], case .integer? = record["end"] else { return nil }
            records.append(record)
        }
        return records
    }

    private static func kind(of value: JSONValue) -> LayerTable.Kind? {
        switch value {
        case .null: return nil
        case .bool, .integer: return .integer
        case .number: return .real
        case .string: return .text
        case .array, .object: return .json
        }
    }

    private static func sqlKind(_ kind: LayerTable.Kind) -> TableColumn.Kind {
        switch kind {
        case .integer: return .integer
        case .real: return .real
        case .text, .json: return .text
        }
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}
