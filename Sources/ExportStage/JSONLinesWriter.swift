import DocPipe
import Foundation

/// The `jsonl` format: `documents.jsonl` (one document per line) and `corpus.json` (the corpus-level results).
enum JSONLinesWriter {
    /// The documents file name.
    static let documentsFile = "documents.jsonl"
    /// The corpus results file name.
    static let corpusFile = "corpus.json"

    /// Writes one line of `documents.jsonl`, newline included, piece by piece.
    /// - Throws: an encoding or file error.
    static func write(_ document: Document, to output: BufferedOutput) throws {
        try document.writeJSON { try output.write($0) }
        try output.write([0x0A])
    }

    /// Writes `corpus.json`.
    /// - Throws: an encoding or file error.
    static func writeCorpus(_ results: CorpusResults, in output: URL) throws {
        try AtomicFile.write(JSONCoding.prettyData(results.json), to: output.appendingPathComponent(corpusFile))
    }
}
