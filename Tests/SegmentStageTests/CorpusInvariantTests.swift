import DocPipe
import Foundation
import Testing

/// The layer invariants, checked on the sample corpus (raw files) when it is present.
@Suite("Sample corpus")
struct CorpusInvariantTests {
    static var corpusFiles: [URL] {
        var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let folder = root.appendingPathComponent("corpus/kazakhstan-2022")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("writes ordered, trimmed sentences inside paragraphs and tokens inside sentences for every corpus file")
    func invariantsHoldOnCorpus() throws {
        let files = Self.corpusFiles
        guard !files.isEmpty else {
            print("sample corpus: skipped, corpus/kazakhstan-2022 is absent")
            return
        }
        for file in files {
            let document = try Segmenting.segment(try String(contentsOf: file, encoding: .utf8))
            let paragraphs = document[StandardLayers.Paragraphs.self] ?? []
            let sentences = document[StandardLayers.Sentences.self] ?? []
            let tokens = document[StandardLayers.Tokens.self] ?? []
            #expect(!sentences.isEmpty)
            for (previous, next) in zip(sentences, sentences.dropFirst()) { #expect(previous.end <= next.start) }
            for sentence in sentences {
                let string = document.text(of: sentence)
                #expect(!string.isEmpty && string == string.trimmingWhitespace)
                #expect(paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end })
            }
            var sentenceIndex = 0
            for token in tokens {
                while sentenceIndex < sentences.count && sentences[sentenceIndex].end <= token.start { sentenceIndex += 1 }
                #expect(sentenceIndex < sentences.count && sentences[sentenceIndex].start <= token.start && token.end <= sentences[sentenceIndex].end)
                #expect(!document.text(of: token).isEmpty)
            }
        }
    }
}
