import CleanStage
import CommandStage
import DocPipe
import DocumentFormats
import ExtractStage
import Foundation
import SegmentStage

/// A property a fuzz target found violated.
public struct PropertyViolation: Error, CustomStringConvertible {
    /// What was violated.
    public var description: String
}

/// The fuzz targets and the properties each checks beyond "does not crash". Shared by the
/// libFuzzer executable (`DocPipeFuzz`) and the regression tests that replay its findings.
public enum FuzzTargets {
    /// Every target name.
    public static let names = ["yaml", "jsonl", "clean", "segment", "extract", "command", "pdf", "docx", "odt", "epub", "email"]

    /// The target named by the `FUZZ_TARGET` environment variable (default `yaml`).
    public static let selected: String = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "yaml"

    static let registry = StageRegistry([CleanStage.self, SegmentStage.self, ExtractStage.self])
    static let context = StageContext(pipelineName: "fuzz", referenceDate: "2022-01-11")
    static let clean = try! CleanStage(options: .init(), context: context)
    static let segment = try! SegmentStage(options: .init(), context: context)
    static let extract = try! ExtractStage(options: .init(), context: context)

    /// Runs one target on one input.
    /// - Throws: ``PropertyViolation`` when a property does not hold.
    public static func run(_ target: String, _ bytes: [UInt8]) throws {
        switch target {
        case "yaml": try yaml(bytes)
        case "jsonl": try jsonLines(bytes)
        case "clean": try cleanText(bytes)
        case "segment": try segmentText(bytes)
        case "extract": try extractText(bytes)
        case "command": try commandAnswers(bytes)
        case "pdf": try converted(bytes, by: [PDFConverter()])
        case "docx": try converted(bytes, by: [DOCXConverter()])
        case "odt": try converted(bytes, by: [ODTConverter()])
        case "epub": try converted(bytes, by: [EPUBConverter()])
        case "email": try converted(bytes, by: [MailConverter(), MboxConverter()])
        default: throw PropertyViolation(description: "unknown FUZZ_TARGET '\(target)'; targets: \(names.joined(separator: ", "))")
        }
    }

    /// The loader either accepts or reports an error positioned inside the file.
    static func yaml(_ bytes: [UInt8]) throws {
        let loader = PipelineLoader(registry: registry)
        do {
            let definition = try loader.load(yaml: bytes, file: URL(fileURLWithPath: "/fuzz.yaml"))
            try check(!definition.stages.isEmpty, "accepted a pipeline with no stages")
        } catch let error as PipelineError {
            let lines = lineCount(bytes)
            try check(error.location.line >= 1 && error.location.line <= lines + 1, "error line \(error.location.line) outside the file (\(lines) lines)")
            try check(error.location.column >= 1, "error column below 1")
            try check(!error.message.isEmpty, "empty error message")
        } catch {
            throw PropertyViolation(description: "loader threw a non-PipelineError: \(error)")
        }
    }

    /// A converter that recognises the bytes either refuses them with a message or returns a
    /// document whose blocks lie inside its text, in order; the bytes of a mailbox or an e-mail's
    /// attachments are read as documents of their own the same way, two levels deep.
    static func converted(_ bytes: [UInt8], by converters: [any DocumentConverter], depth: Int = 0) throws {
        let data = Data(bytes)
        guard let converter = converters.first(where: { $0.recognizes(data) }) else { return }
        let document: ConvertedDocument
        do {
            document = try converter.convert(data, source: "fuzz")
        } catch {
            try check(!"\(error)".isEmpty, "\(converter.format): an error without a message")
            return
        }
        let length = document.text.unicodeScalars.count
        var previous = 0
        for block in document.blocks {
            try check(0 <= block.start && block.start <= block.end && block.end <= length,
                      "\(converter.format): block \(block.start)..<\(block.end) outside the text (\(length) scalars)")
            try check(block.start >= previous, "\(converter.format): blocks out of order at \(block.start)")
            previous = block.start
        }
        if depth < 2 {
            for attachment in document.attachments {
                try check(!attachment.name.isEmpty, "\(converter.format): an attachment without a name")
                try converted([UInt8](attachment.data), by: [MailConverter(), MboxConverter(), DOCXConverter(), ODTConverter(), EPUBConverter()], depth: depth + 1)
            }
        }
    }

    /// Lines as YAML counts them: LF, CR LF and a lone CR each end a line.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                count += 1
            } else if bytes[index] == 0x0D {
                count += 1
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return count
    }

    /// A JSON line becomes a document or a clear error, never a crash; the one-pass readers agree
    /// with Foundation's: a `JSONValue` read both ways is equal, and a document read by the fast
    /// path and written again reads back the same.
    static func jsonLines(_ bytes: [UInt8]) throws {
        _ = try? JSONCoding.decode(Document.self, from: Data(bytes))
        let fast = JSONValue(onePass: bytes)
        let slow = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        if let fast, let slow, !sameValue(fast, slow) {
            throw PropertyViolation(description: "one-pass JSONValue \(fast) differs from JSONDecoder's \(slow)")
        }
        if fast != nil, slow == nil, !bytes.contains(where: { $0 >= 0x80 }) {
            throw PropertyViolation(description: "the one-pass reader accepted ASCII JSON that JSONDecoder refuses")
        }
        if let document = try? Document(jsonData: Data(bytes)) {
            let written = try document.jsonData()
            let again = try Document(jsonData: written)
            guard again.id == document.id, again.text == document.text, again.source == document.source,
                  try again.jsonData() == written else {
                throw PropertyViolation(description: "a document read by the fast path does not survive a write and read")
            }
        }
    }

    /// Equal JSON values, where a number read as an integer one way and as a double the other
    /// (a literal of more than 15 significant digits, which each reader rounds its own way) counts
    /// as the same when both are the same `Double`.
    static func sameValue(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
        case (.integer(let x), .integer(let y)): return x == y || (Double(x) == Double(y) && Swift.max(abs(x), abs(y)) > 1 << 53)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
        case (.object(let x), .object(let y)): return x.keys == y.keys && x.allSatisfy { key, value in y[key].map { sameValue(value, $0) } ?? false }
        default: return a == b
        }
    }

    static func text(_ bytes: [UInt8]) -> String {
        TextDecoding.decode(Data(bytes)).text
    }

    /// Clean is idempotent and its removals point inside the original input.
    static func cleanText(_ bytes: [UInt8]) throws {
        let input = text(bytes)
        var document = Document(id: "f", source: "fuzz.txt", text: input)
        guard (try? clean.process(&document)) != nil else { return }
        let length = input.unicodeScalars.count
        for removal in document[StandardLayers.Removed.self] ?? [] {
            try check(removal.start >= 0 && removal.start <= removal.end && removal.end <= length, "removal outside the input")
        }
        var again = Document(id: "f", source: "fuzz.txt", text: document.text, metadata: document.metadata)
        guard (try? clean.process(&again)) != nil else { throw PropertyViolation(description: "clean failed on its own output") }
        try check(again.text == document.text, "clean is not idempotent")
    }

    /// Sentences lie inside the text, in order, without overlap; every span is sound.
    static func segmentText(_ bytes: [UInt8]) throws {
        var document = Document(id: "f", text: text(bytes))
        guard (try? segment.process(&document)) != nil else { return }
        try checkSpans(document)
        var previousEnd = 0
        for sentence in document[StandardLayers.Sentences.self] ?? [] {
            try check(sentence.start >= previousEnd, "sentences overlap or are out of order")
            try check(sentence.start < sentence.end, "empty sentence")
            previousEnd = sentence.end
        }
    }

    /// Every extracted span slices the text exactly.
    static func extractText(_ bytes: [UInt8]) throws {
        var document = Document(id: "f", text: text(bytes))
        guard (try? segment.process(&document)) != nil, (try? extract.process(&document)) != nil else { return }
        try checkSpans(document)
    }

    /// The longest answer line the `command` target accepts: small, so inputs reach the limit.
    static let answerLimit = 2048

    /// What a `command` program writes on standard output (all but the first byte, which picks
    /// how the bytes are split into reads): the lines and the error come out the same however the
    /// bytes arrive; no line holds a newline; each line either merges into a document that then
    /// survives a JSON round trip, or is refused with the document left as it was.
    static func commandAnswers(_ bytes: [UInt8]) throws {
        guard let seed = bytes.first else { return }
        let stream = Array(bytes.dropFirst())
        var whole = AnswerLines(limit: answerLimit)
        whole.append(stream)
        let expected = drain(&whole)
        var pieces = AnswerLines(limit: answerLimit)
        var found: (lines: [[UInt8]], error: String?) = ([], nil)
        var start = 0
        var piece = 0
        while start < stream.count, found.error == nil {
            let size = 1 + (Int(seed) &* 31 &+ piece &* 17) % 97
            pieces.append(stream[start..<min(stream.count, start + size)])
            start += size
            piece += 1
            let more = drain(&pieces)
            found.lines += more.lines
            found.error = more.error
        }
        try check(found.lines == expected.lines, "lines differ when the output arrives in pieces")
        try check(found.error == expected.error, "the error differs when the output arrives in pieces")
        for line in expected.lines {
            try check(!line.contains(0x0A), "a line holds a newline")
            try check(line.count <= answerLimit, "a line is longer than the limit")
            try mergeAnswer(line)
        }
    }

    static func drain(_ lines: inout AnswerLines) -> (lines: [[UInt8]], error: String?) {
        var found: [[UInt8]] = []
        while true {
            do {
                guard let line = try lines.next() else { return (found, nil) }
                found.append(line)
            } catch {
                return (found, error.message)
            }
        }
    }

    static let answered: Document = {
        var document = Document(id: "d1", source: "fuzz.txt", text: "Fuzz the answer.", metadata: Metadata(title: "Fuzz", extra: ["kept": .bool(true)]))
        document.layers[raw: "earlier"] = .array([.object(["start": .integer(0), "end": .integer(4)])])
        return document
    }()

    static func mergeAnswer(_ line: [UInt8]) throws {
        let before = try JSONCoding.data(answered)
        var document = answered
        do {
            try ProgramAnswer.merge(line, into: &document)
        } catch {
            try check(try JSONCoding.data(document) == before, "a refused answer changed the document")
            try check(!error.message.isEmpty, "empty error message")
            return
        }
        try check(document.id == answered.id && document.source == answered.source, "an answer changed the id or source")
        let encoded: Data
        do {
            encoded = try JSONCoding.data(document)
        } catch {
            throw PropertyViolation(description: "an accepted answer made a document that cannot be written: \(error)")
        }
        guard let again = try? JSONCoding.decode(Document.self, from: encoded) else {
            throw PropertyViolation(description: "an accepted answer made a document that cannot be read back")
        }
        try check(try JSONCoding.data(again) == encoded, "an accepted answer's document changes in a JSON round trip")
    }

    static func checkSpans(_ document: Document) throws {
        let scalars = Array(document.text.unicodeScalars)
        for name in document.layers.names {
            guard let value = document.layers[raw: name] else { continue }
            try visit(value) { start, end, claimed in
                try check(start >= 0 && start <= end && end <= scalars.count, "\(name): span \(start)..<\(end) outside \(scalars.count)")
                if let claimed {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[start..<end])
                    try check(String(slice) == claimed, "\(name): text does not match its span")
                }
            }
        }
    }

    static func visit(_ value: JSONValue, _ body: (Int, Int, String?) throws -> Void) rethrows {
        switch value {
        case .object(let object):
            if case .integer(let start)? = object["start"], case .integer(let end)? = object["end"] {
                try body(start, end, object["text"]?.stringValue)
            }
            for key in object.keys.sorted() where key != "start" && key != "end" { try visit(object[key]!, body) }
        case .array(let items):
            for item in items { try visit(item, body) }
        default:
            break
        }
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw PropertyViolation(description: message()) }
    }
}
