// Times the report formats of the export stage alone at any corpus size, on a prepared spool:
// the documents and corpus results of a real run (documents.jsonl, corpus.json), copied until
// there are COUNT documents (copy k of document "id" is "id~k"; the corpus results are copied
// with them: every cluster's mentions, timeline entry, conflict and date conflict once per copy).
// Built and run by scripts/bench_report.sh.
// usage: DocPipeReportBench RUN_OUTPUT COUNT WORK
import DocPipe
import ExportStage
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: DocPipeReportBench RUN_OUTPUT COUNT WORK\n".utf8))
    exit(2)
}
let run = URL(fileURLWithPath: arguments[1])
let work = URL(fileURLWithPath: arguments[3])
try? FileManager.default.removeItem(at: work)
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

let lines = try String(contentsOf: run.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
let base = try lines.map { try Document(jsonData: Data($0.utf8)) }
let copies = (count + base.count - 1) / base.count
func copyID(_ id: String, _ copy: Int) -> String { copy == 0 ? id : "\(id)~\(copy)" }
func exists(_ position: Int, _ copy: Int) -> Bool { copy * base.count + position < count }
let positions = Dictionary(base.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
func copiesOf(_ id: String) -> [Int] { (0..<copies).filter { exists(positions[id] ?? 0, $0) } }

let spool = work.appendingPathComponent("spool.jsonl")
FileManager.default.createFile(atPath: spool.path, contents: nil)
let handle = try FileHandle(forWritingTo: spool)
for copy in 0..<copies {
    for (position, document) in base.enumerated() where exists(position, copy) {
        var replica = document
        replica.id = copyID(document.id, copy)
        try handle.write(contentsOf: replica.jsonData() + Data("\n".utf8))
    }
}
try handle.close()

let corpusJSON = try JSONCoding.decode(JSONValue.self, from: Data(contentsOf: run.appendingPathComponent("corpus.json")))
var results = CorpusResults()
if case .object(let object) = corpusJSON {
    for (name, value) in object { results[raw: name] = value }
}
if let clusters = results[StandardCorpusKeys.Entities.self] {
    results[StandardCorpusKeys.Entities.self] = clusters.map { cluster in
        var scaled = cluster
        scaled.mentions = [:]
        for (doc, mentions) in cluster.mentions {
            for copy in copiesOf(doc) { scaled.mentions[copyID(doc, copy)] = mentions }
        }
        return scaled
    }
}
if let timeline = results[StandardCorpusKeys.Timeline.self] {
    results[StandardCorpusKeys.Timeline.self] = (0..<copies).flatMap { copy in
        timeline.filter { exists(positions[$0.doc] ?? 0, copy) }.map { entry in
            var scaled = entry
            scaled.doc = copyID(entry.doc, copy)
            scaled.sources = entry.sources?.map { CitedSentence(doc: copyID($0.doc, copy), index: $0.index, text: $0.text) }
            return scaled
        }
    }.sorted { $0.date < $1.date }
}
if let conflicts = results[StandardCorpusKeys.Conflicts.self] {
    results[StandardCorpusKeys.Conflicts.self] = (0..<copies).flatMap { copy in
        conflicts.filter { $0.figures.allSatisfy { exists(positions[$0.doc] ?? 0, copy) } }.map { group in
            var scaled = group
            scaled.figures = group.figures.map { figure in
                var moved = figure
                moved.doc = copyID(figure.doc, copy)
                return moved
            }
            return scaled
        }
    }
}
if let dateConflicts = results[StandardCorpusKeys.DateConflicts.self] {
    results[StandardCorpusKeys.DateConflicts.self] = (0..<copies).flatMap { copy in
        dateConflicts.filter { $0.dates.allSatisfy { exists(positions[$0.doc] ?? 0, copy) } }.map { conflict in
            var scaled = conflict
            scaled.dates = conflict.dates.map { date in
                var moved = date
                moved.doc = copyID(date.doc, copy)
                return moved
            }
            return scaled
        }
    }
}

var options = ExportStage.Options()
options.formats = ["markdown", "html"]
let record = try JSONCoding.decode(StageRecord.self, from: JSONValue.object([
    "name": .string("export"), "version": .string(ExportStage.version), "options": .object(["formats": .array([.string("markdown"), .string("html")])]),
]))
let output = work.appendingPathComponent("out")
let context = StageContext(pipelineName: "report-bench", outputDirectory: output, stageRecords: [record])
var corpus = Corpus(documents: DocumentStream(file: spool, count: count), results: results)
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
let cpuBefore = cpuSeconds()
let clock = ContinuousClock()
let elapsed = try clock.measure {
    try ExportStage(options: options, context: context).finish(&corpus)
}
func size(_ name: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path))?[.size] as? Int) ?? 0
}
var pages = 0
var pageBytes = 0
if let walker = FileManager.default.enumerator(at: output.appendingPathComponent("report"), includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) {
    for case let url as URL in walker {
        guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), values.isRegularFile == true else { continue }
        pages += 1
        pageBytes += values.fileSize ?? 0
    }
}
let cpu = cpuSeconds() - cpuBefore
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("documents=\(count) export_seconds=\(String(format: "%.1f", seconds)) export_cpu_seconds=\(String(format: "%.1f", cpu)) report_html_bytes=\(size("report.html")) report_md_bytes=\(size("report.md")) report_folder_files=\(pages) report_folder_bytes=\(pageBytes)")
