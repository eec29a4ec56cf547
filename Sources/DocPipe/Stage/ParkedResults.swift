import Foundation

/// Corpus-level results set aside on disk while a corpus step that does not read them runs:
/// a contributor that names the results it reads (``CorpusContributor/corpusResultsRead``)
/// runs without the others that have a compact form (``CompactResult``: the entity clusters,
/// whose per-document mention counts grow with the corpus), and the runner puts them back
/// before the next step. The results, and so the outputs, are the same; only the step's peak
/// memory is lower.
///
/// The scratch file (``ScratchRecords``) lies in the output's `.docpipe/` folder and is removed
/// when the last reference goes.
public final class ParkedResults: @unchecked Sendable {
    private let records: ScratchRecords?
    private let parked: [(name: String, type: any CompactResult.Type)]

    /// The names of the results set aside, in the order they were.
    public var names: [String] { parked.map(\.name) }

    /// Sets aside every typed result of `results` with a compact form whose name is not in
    /// `kept`, removing it from `results`; nothing (no file) when there is none.
    /// - Throws: ``FileError`` when the scratch file cannot be written; `results` is then unchanged.
    public init(setAsideFrom results: inout CorpusResults, keeping kept: Set<String>, outputDirectory: URL) throws {
        var chosen: [(name: String, value: any CompactResult)] = []
        for name in results.names where !kept.contains(name) {
            if case .typed(let value)? = results.layers.entries[name], let compact = value as? any CompactResult {
                chosen.append((name, compact))
            }
        }
        guard !chosen.isEmpty else {
            records = nil
            parked = []
            return
        }
        let records = try ScratchRecords(kind: "results", outputDirectory: outputDirectory)
        for (_, value) in chosen { try records.append(value.compactBytes()) }
        try records.finishWriting()
        for (name, _) in chosen { results.layers.remove(name) }
        self.records = records
        parked = chosen.map { ($0.name, type(of: $0.value)) }
    }

    /// Puts every result set aside back into `results` (a result the step set under the same
    /// name in the meantime is left as the step set it).
    /// - Throws: ``FileError`` when the scratch file cannot be read back.
    public func restore(into results: inout CorpusResults) throws {
        guard let records else { return }
        var next = 0
        try records.forEach { bytes in
            guard next < parked.count else { return false }
            let (name, type) = parked[next]
            next += 1
            if !results.layers.contains(name) { results.layers.entries[name] = .typed(try type.init(compactBytes: bytes)) }
            return true
        }
        guard next == parked.count else { throw FileError.cannotRead("results set aside: \(parked.count - next) missing from the scratch file") }
    }
}
