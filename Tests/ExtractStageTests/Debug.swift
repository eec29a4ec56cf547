import Testing
import Foundation
import DocPipe
@testable import ExtractStage

@Test("debug dump") func debugDump() throws {
    guard ProcessInfo.processInfo.environment["EXTRACT_DEBUG"] != nil else { return }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("corpus/kazakhstan-2022")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let stage = try ExtractStage(options: .init(), context: StageContext(pipelineName: "t", referenceDate: "2022-01-11"))
    var docs: [Document] = []
    for file in files {
        var doc = Document(id: file, text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        try stage.process(&doc)
        docs.append(doc)
        print("=== \(file)")
        for e in doc[StandardLayers.Entities.self]! { print("E \(e.label.rawValue)\t\(e.text)\t→ \(e.canonical)") }
        for d in doc[StandardLayers.Dates.self]! { print("D \(d.text)\t\(d.value ?? "nil") \(d.endValue ?? "")") }
        for q in doc[StandardLayers.Quantities.self]! { print("Q \(q.text)\t\(q.value) \(q.maxValue.map { "\($0)" } ?? "") [\(q.unit)] \(q.qualifier ?? "")") }
        for q in doc[StandardLayers.Quotes.self]! { print("QT \(q.speaker ?? "nil") <- \(q.text.prefix(60))") }
        for k in doc[StandardLayers.Keyphrases.self]! { print("K \(k.text) \(k.score)") }
    }
    var corpus = Corpus(documents: DocumentStream(docs))
    try stage.finish(&corpus)
    for c in corpus.results[StandardCorpusKeys.Entities.self]! { print("C \(c.label.rawValue) \(c.canonical) \(c.aliases) \(c.mentions.values.reduce(0,+))") }
}
