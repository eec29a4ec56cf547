/// Where the full data behind a capped report list is: the export's other files, as far as this
/// run writes them.
struct ReportDataLinks {
    /// The formats the run writes.
    let formats: [String]

    /// The files holding table `table` (when there is one) and `corpus.json`'s key `corpusKey`, relative to the output
    /// folder, with a label each.
    func files(table: String?, corpusKey: String) -> [(path: String, label: String)] {
        var files: [(String, String)] = []
        if formats.contains("jsonl") { files.append(("corpus.json", "corpus.json (\(corpusKey))")) }
        if let table, formats.contains("csv") { files.append(("csv/\(table).csv", "csv/\(table).csv")) }
        if let table, formats.contains("sqlite") { files.append(("docpipe.sqlite", "docpipe.sqlite (\(table))")) }
        return files
    }

    /// The sentence that ends a capped list: "12 more entities: …".
    func more(_ count: Int, _ what: String, table: String?, corpusKey: String, link: (String, String) -> String) -> String {
        let files = files(table: table, corpusKey: corpusKey)
        let number = ReportFormatting.number(Double(count))
        guard !files.isEmpty else { return "\(number) more \(what) (export the jsonl format for all of them)." }
        return "\(number) more \(what); all of them are in " + files.map { link($0.path, $0.label) }.joined(separator: ", ") + "."
    }
}
