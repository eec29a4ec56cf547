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
    /// For each kind of figure, the group number of each conflicting value (``ConflictFinder/numbers(_:)``).
    var conflictNumbers: [String: [Double: Int]] = [:]
    /// Events the documents date differently (empty when conflicts are not looked for).
    var dateConflicts: [DateConflict] = []

    /// The results of each analysis, in the order given.
    ///
    /// The timeline and the conflicts of one analysis, and the analyses themselves, do not depend
    /// on one another, so they run on up to `threads` cores at once; each result is computed by one
    /// thread from the same inputs, so it is the same however many cores there are. The conflicts
    /// are found once and become the summary's disagreements.
    static func compute(_ analyses: [CorpusAnalysis], threads: Int) -> [AnalysisResults] {
        let slots = ResultSlots(count: analyses.count)
        ParallelLoop(threads: threads).run(analyses.count * 2) { task in
            let analysis = analyses[task / 2]
            if task % 2 == 0 {
                let timeline = analysis.timeline()
                slots.update(task / 2) { $0.timeline = timeline }
            } else {
                var results = AnalysisResults()
                if analysis.options.findConflicts {
                    let found = analysis.foundConflicts()
                    results.conflicts = found.map(\.group)
                    results.conflictNumbers = ConflictFinder.numbers(found)
                    results.dateConflicts = analysis.dateConflicts()
                }
                if analysis.options.summarySentences > 0, analysis.buildsSummary {
                    let ranked = analysis.rankedCorpusSummary(conflicts: results.conflicts, dateConflicts: results.dateConflicts)
                    results.summary = ranked.summary
                    results.picks = ranked.picks
                }
                slots.update(task / 2) { [results] in
                    $0.summary = results.summary
                    $0.picks = results.picks
                    $0.conflicts = results.conflicts
                    $0.conflictNumbers = results.conflictNumbers
                    $0.dateConflicts = results.dateConflicts
                }
            }
        }
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
