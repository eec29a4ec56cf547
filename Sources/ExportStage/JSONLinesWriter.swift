import DocPipe
import Foundation

/// Writes `documents.jsonl` (one document per line) and `corpus.json` (the corpus-level results).
struct JSONLinesWriter {
    let output: URL

    func write(_ corpus: Corpus) throws {
        try AtomicFile.write(to: output.appendingPathComponent("documents.jsonl")) { handle in
            try corpus.documents.forEach { document in
                var line = try JSONCoding.data(document)
                line.append(0x0A)
                try handle.write(contentsOf: line)
            }
        }
        try AtomicFile.write(JSONCoding.prettyData(corpus.results.json), to: output.appendingPathComponent("corpus.json"))
    }
}
