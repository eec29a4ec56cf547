import DocPipe
import Foundation

/// The figures of every document counted by the corpus step (not a copy), set aside in the one
/// pass over the contributions for the two walks that need them after the results are known:
/// the cited figures' text (``FigureTexts``) and the `conflicts` table's figures
/// (``SummarizeStage/conflictFigures(_:numbers:)``). Kept in a scratch file
/// (``ScratchRecords``), in the contributions' compact form, so memory does not grow with the
/// corpus; the file is made at the first figure.
final class FigureRecords: @unchecked Sendable {
    private let outputDirectory: URL
    private var records: ScratchRecords?

    /// Creates an empty set whose file, when needed, lies beside `outputDirectory`'s spools.
    init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
    }

    /// Adds the figures of document `id`, the next in input order; nothing when there are none.
    /// - Throws: an error writing the scratch file.
    func add(_ figures: [ReportedFigureRecord], id: String) throws {
        guard !figures.isEmpty else { return }
        if records == nil { records = try ScratchRecords(kind: "figures", outputDirectory: outputDirectory) }
        var writer = CompactWriter(capacity: 64 + figures.count * 128)
        writer.string(id)
        SummaryContribution.write(figures, to: &writer)
        try records?.append(writer.bytes)
    }

    /// Ends the adding; the figures can then be read from any thread.
    /// - Throws: an error writing the scratch file.
    func finishAdding() throws {
        try records?.finishWriting()
    }

    /// Calls `body` with each document's id and figures, in input order, until it returns `false`.
    /// - Throws: what `body` throws, or an error reading the scratch file.
    func forEach(_ body: (_ id: String, _ figures: [ReportedFigureRecord]) throws -> Bool) throws {
        try records?.forEach { record in
            var reader = CompactReader(record, what: "summarize's figures")
            let id = try reader.string()
            return try body(id, try SummaryContribution.figures(from: &reader))
        }
    }
}
