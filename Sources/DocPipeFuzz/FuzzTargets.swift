import CleanStage
import DocPipe
import ExtractStage
import Foundation
import SegmentStage

/// The fuzz targets and the properties each checks.
enum FuzzTargets {
    static let names = ["yaml", "jsonl", "clean", "segment", "extract"]

    static let selected: String = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "yaml"

    static let registry = StageRegistry([CleanStage.self, SegmentStage.self, ExtractStage.self])
    static let context = StageContext(pipelineName: "fuzz", referenceDate: "2022-01-11")
    static let clean = try! CleanStage(options: .init(), context: context)
    static let segment = try! SegmentStage(options: .init(), context: context)
    static let extract = try! ExtractStage(options: .init(), context: context)

    static func run(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "yaml": yaml(bytes)
        case "jsonl": jsonLines(bytes)
        case "clean": cleanText(bytes)
        case "segment": segmentText(bytes)
        case "extract": extractText(bytes)
        default: fatalError("unknown FUZZ_TARGET '\(target)'; targets: \(names.joined(separator: ", "))")
        }
    }

    /// The loader either accepts or reports an error positioned inside the file.
    static func yaml(_ bytes: [UInt8]) {
        let loader = PipelineLoader(registry: registry)
        do {
            let definition = try loader.load(yaml: bytes, file: URL(fileURLWithPath: "/fuzz.yaml"))
            check(!definition.stages.isEmpty, "accepted a pipeline with no stages")
        } catch let error as PipelineError {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            check(error.location.line >= 1 && error.location.line <= lines + 1, "error line \(error.location.line) outside the file (\(lines) lines)")
            check(error.location.column >= 1, "error column below 1")
            check(!error.message.isEmpty, "empty error message")
        } catch {
            fatalError("loader threw a non-PipelineError: \(error)")
        }
    }

    /// A JSON line becomes a document or a clear error, never a crash.
    static func jsonLines(_ bytes: [UInt8]) {
        _ = try? JSONCoding.decode(Document.self, from: Data(bytes))
        _ = try? JSONCoding.decode(JSONValue.self, from: Data(bytes))
    }

    static func text(_ bytes: [UInt8]) -> String {
        TextDecoding.decode(Data(bytes)).text
    }

    /// Clean is idempotent and its removals point inside the original input.
    static func cleanText(_ bytes: [UInt8]) {
        let input = text(bytes)
        var document = Document(id: "f", source: "fuzz.txt", text: input)
        guard (try? clean.process(&document)) != nil else { return }
        let length = input.unicodeScalars.count
        for removal in document[StandardLayers.Removed.self] ?? [] {
            check(removal.start >= 0 && removal.start <= removal.end && removal.end <= length, "removal outside the input")
        }
        var again = Document(id: "f", source: "fuzz.txt", text: document.text, metadata: document.metadata)
        guard (try? clean.process(&again)) != nil else { fatalError("clean failed on its own output") }
        check(again.text == document.text, "clean is not idempotent")
    }

    /// Sentences lie inside the text, in order, without overlap; every span is sound.
    static func segmentText(_ bytes: [UInt8]) {
        var document = Document(id: "f", text: text(bytes))
        guard (try? segment.process(&document)) != nil else { return }
        checkSpans(document)
        var previousEnd = 0
        for sentence in document[StandardLayers.Sentences.self] ?? [] {
            check(sentence.start >= previousEnd, "sentences overlap or are out of order")
            check(sentence.start < sentence.end, "empty sentence")
            previousEnd = sentence.end
        }
    }

    /// Every extracted span slices the text exactly.
    static func extractText(_ bytes: [UInt8]) {
        var document = Document(id: "f", text: text(bytes))
        guard (try? segment.process(&document)) != nil, (try? extract.process(&document)) != nil else { return }
        checkSpans(document)
    }

    static func checkSpans(_ document: Document) {
        let scalars = Array(document.text.unicodeScalars)
        for name in document.layers.names {
            guard let value = document.layers[raw: name] else { continue }
            visit(value) { start, end, claimed in
                check(start >= 0 && start <= end && end <= scalars.count, "\(name): span \(start)..<\(end) outside \(scalars.count)")
                if let claimed {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[start..<end])
                    check(String(slice) == claimed, "\(name): text does not match its span")
                }
            }
        }
    }

    static func visit(_ value: JSONValue, _ body: (Int, Int, String?) -> Void) {
        switch value {
        case .object(let object):
            if case .integer(let start)? = object["start"], case .integer(let end)? = object["end"] {
                body(start, end, object["text"]?.stringValue)
            }
            for (key, child) in object where key != "start" && key != "end" { visit(child, body) }
        case .array(let items):
            for item in items { visit(item, body) }
        default:
            break
        }
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("property violated: \(message())") }
    }
}
