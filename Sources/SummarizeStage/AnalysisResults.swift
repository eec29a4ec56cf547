import DocPipe
import Foundation

/// The corpus-level results of one ``CorpusAnalysis`` (the whole corpus or one story): its
/// summary, timeline, conflicting figures and conflicting dates.
struct AnalysisResults: Sendable {
    /// The corpus summary, `nil` when the analysis asks for none.
    var summary: CorpusSummary?
    /// The summary's sentences in the order they were chosen, most valuable first.
    var picks: [CorpusSentence] = []
    /// The timeline.
    var timeline: [TimelineEntry] = []
    /// Figures the documents report differently (empty when conflicts are not looked for).
    var conflicts: [ConflictGroup] = []
    /// For each kind of figure, the value ranges of its conflict groups (``ConflictRanges``).
    var conflictNumbers = ConflictRanges()
    /// Events the documents date differently (empty when conflicts are not looked for).
    var dateConflicts: [DateConflict] = []

    /// The conflicting figures and dates of each analysis, in the order given: the first of the
    /// two phases of ``compute(_:conflicts:threads:)``, the only one that reads the figure tally
    /// and the dated events, so the caller can let them go (``CorpusAnalysis/releaseConflictState()``)
    /// before the summary's ranking, whose memory would otherwise come on top of theirs.
    ///
    /// Each analysis's conflicts are found by one thread, on up to `threads` cores at once.
    static func conflicts(_ analyses: [CorpusAnalysis], threads: Int) -> [AnalysisResults] {
        let slots = ResultSlots(count: analyses.count)
        ParallelLoop(threads: threads).run(analyses.count) { index in
            let analysis = analyses[index]
            guard analysis.options.findConflicts else { return }
            let found = analysis.foundConflicts()
            let conflicts = found.map(\.group), numbers = ConflictRanges(found), dateConflicts = analysis.dateConflicts()
            slots.update(index) {
                $0.conflicts = conflicts
                $0.conflictNumbers = numbers
                $0.dateConflicts = dateConflicts
            }
        }
        return slots.values
    }

    /// The results of each analysis, in the order given, completing `conflicts` (one per
    /// analysis, from ``conflicts(_:threads:)``) with the summary and the timeline.
    ///
    /// The timeline and the summary of one analysis, and the analyses themselves, do not depend
    /// on one another, so they run on up to `threads` cores at once; each result is computed by one
    /// thread from the same inputs, so it is the same however many cores there are. The summary of
    /// the first analysis (the whole corpus, the longest by far) is ranked last, alone, so that
    /// its clustering and its neighbours take every thread (``ParallelLoop``: a loop inside
    /// another loop's iteration would have that iteration's thread only). The conflicts become
    /// the summary's disagreements.
    static func compute(_ analyses: [CorpusAnalysis], conflicts: [AnalysisResults], threads: Int) -> [AnalysisResults] {
        let slots = ResultSlots(count: analyses.count)
        for (index, found) in conflicts.enumerated() { slots.update(index) { $0 = found } }
        @Sendable func summarize(_ index: Int) {
            let analysis = analyses[index]
            guard analysis.options.summarySentences > 0, analysis.buildsSummary else { return }
            let found = conflicts[index]
            let ranked = analysis.rankedCorpusSummary(conflicts: found.conflicts, dateConflicts: found.dateConflicts)
            slots.update(index) {
                $0.summary = ranked.summary
                $0.picks = ranked.picks
            }
        }
        let tasks = analyses.indices.flatMap { [(index: $0, timeline: true), (index: $0, timeline: false)] }.filter { $0.index > 0 || $0.timeline }
        ParallelLoop(threads: threads).run(tasks.count) { number in
            let task = tasks[number]
            guard task.timeline else { return summarize(task.index) }
            let timeline = analyses[task.index].timeline()
            slots.update(task.index) { $0.timeline = timeline }
        }
        if !analyses.isEmpty { summarize(0) }
        return slots.values
    }
}

/// Results filled in by several threads, one slot each, behind a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [AnalysisResults]

    init(count: Int) {
        slots = Array(repeating: AnalysisResults(), count: count)
    }

    func update(_ index: Int, _ change: (inout AnalysisResults) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&slots[index])
    }

    var values: [AnalysisResults] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
