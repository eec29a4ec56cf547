import DocPipe
import Foundation

/// Writes the reports: the main files (`report.md`, `report.html`) through ``AtomicFileGroup``
/// and, when the articles go on pages of their own, the `report/` folder (article pages and
/// article index) built under a temporary name and renamed into place just before the main
/// files, so a reader never sees a report pointing at pages of another run.
struct ReportWriter {
    /// The output folder.
    let output: URL
    /// Names each document's entities and speakers by their corpus-wide clusters.
    let annotator: ClusterAnnotator

    /// Writes every report in one pass over the documents.
    /// - Throws: a file error naming the path.
    func write(_ reports: [any ReportFormat], _ corpus: Corpus, index: ReportIndex) throws {
        let files = reports.map { output.appendingPathComponent(type(of: $0).fileName) }
        let folder = output.appendingPathComponent(ReportIndex.folder)
        let staging = output.appendingPathComponent(LeftoverFiles.temporaryName(for: ReportIndex.folder))
        defer { try? FileManager.default.removeItem(at: staging) }
        var annotator = annotator
        try AtomicFileGroup.write(files) { outputs in
            for (report, out) in zip(reports, outputs) {
                try out.write(report.opening(corpus.results, index))
            }
            if index.articlesOnOwnPages {
                try writePages(reports, corpus, index: index, annotator: &annotator, into: staging)
                for (report, out) in zip(reports, outputs) { try out.write(report.closing) }
                try replace(folder, with: staging)
                return
            }
            try corpus.documents.forEach { original in
                guard let entry = index.entry(original.id) else { return }
                var document = original
                annotator.annotate(&document)
                for (report, out) in zip(reports, outputs) {
                    try out.write(report.article(document, entry: entry))
                }
            }
            for (report, out) in zip(reports, outputs) { try out.write(report.closing) }
            if FileManager.default.fileExists(atPath: folder.path) {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }

    private func writePages(
        _ reports: [any ReportFormat], _ corpus: Corpus, index: ReportIndex, annotator: inout ClusterAnnotator, into staging: URL
    ) throws {
        let articles = staging.appendingPathComponent("articles")
        do {
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        } catch {
            throw FileError.cannotWrite(articles.path)
        }
        try corpus.documents.forEach { original in
            guard let entry = index.entry(original.id) else { return }
            var document = original
            annotator.annotate(&document)
            for report in reports {
                let page = articles.appendingPathComponent(ReportIndex.articleFile(entry.number, type(of: report).pageExtension))
                try Self.write(report.articlePage(document, entry: entry, index: index), to: page)
            }
        }
        for page in 1...max(index.indexPageCount, 1) {
            for report in reports {
                try Self.write(report.indexPage(page, index), to: staging.appendingPathComponent(ReportIndex.indexFile(page, type(of: report).pageExtension)))
            }
        }
    }

    private static func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw FileError.writeFailed(url.path, reason: FileError.reason(of: error))
        }
    }

    private func replace(_ folder: URL, with staging: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) {
            let old = output.appendingPathComponent(LeftoverFiles.temporaryName(for: ReportIndex.folder))
            guard rename(folder.path, old.path) == 0 else { throw FileError.cannotWrite(folder.path) }
            try? manager.removeItem(at: old)
        }
        guard rename(staging.path, folder.path) == 0 else { throw FileError.cannotWrite(folder.path) }
    }
}
