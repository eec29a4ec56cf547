import DocPipe
import Foundation

/// The `jsonl` format: `documents.jsonl` (one document per line) and `corpus.json` (the corpus-level results).
enum JSONLinesWriter {
    /// The documents file name.
    static let documentsFile = "documents.jsonl"
    /// The corpus results file name.
    static let corpusFile = "corpus.json"

    /// One line of `documents.jsonl`, newline included, span lists in `spanLayout`.
    /// - Throws: an encoding error.
    static func line(_ document: Document, spanLayout: SpanLayout = .objects) throws -> [UInt8] {
        var line = [UInt8](try document.jsonData(spanLayout: spanLayout))
        line.append(0x0A)
        return line
    }

    /// Writes `corpus.json`, streamed (``CorpusResults/writePrettyJSON(to:)``).
    /// - Throws: an encoding or file error.
    static func writeCorpus(_ results: CorpusResults, in output: URL) throws {
        try AtomicFile.write(to: output.appendingPathComponent(corpusFile)) { handle in
            let out = BufferedOutput(handle)
            try results.writePrettyJSON(to: out)
            try out.flush()
        }
    }
}
