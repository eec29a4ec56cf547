import DocPipe
import Foundation

/// Hands a document's ``ArticleSummarizer/Analysis`` from `process` to `contribution`, which the
/// runner calls one after the other for the same document on the same thread, so the profiles,
/// vectors and similarities are computed once instead of twice.
///
/// An entry is taken only when the text, sentences, title and excluded sentences it was made
/// from are equal to the ones asked about; otherwise the caller analyses again, so results never
/// depend on it. It keeps at most ``capacity`` entries (the oldest go first), because a document
/// set aside after `summarize` never asks for its own.
final class AnalysisMemo: @unchecked Sendable {
    /// The most entries kept.
    static let capacity = 16

    private struct Entry {
        var order: Int
        var scalars: [Unicode.Scalar]
        var spans: [Span]
        var title: String?
        var excluded: Set<Int>
        var analysis: ArticleSummarizer.Analysis
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var added = 0

    /// Keeps the analysis of document `id` made from these arguments.
    func keep(_ analysis: ArticleSummarizer.Analysis, id: String, scalars: [Unicode.Scalar], spans: [Span], title: String?, excluded: Set<Int>) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.order < $1.value.order })?.key {
            entries[oldest] = nil
        }
        added += 1
        entries[id] = Entry(order: added, scalars: scalars, spans: spans, title: title, excluded: excluded, analysis: analysis)
    }

    /// Removes and returns the analysis kept for document `id` when it was made from the same
    /// arguments; `nil` otherwise.
    func take(id: String, scalars: [Unicode.Scalar], spans: [Span], title: String?, excluded: Set<Int>) -> ArticleSummarizer.Analysis? {
        lock.lock()
        let entry = entries.removeValue(forKey: id)
        lock.unlock()
        guard let entry, entry.title == title, entry.spans == spans, entry.excluded == excluded, entry.scalars == scalars else { return nil }
        return entry.analysis
    }
}
