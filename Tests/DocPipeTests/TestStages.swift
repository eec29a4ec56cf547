import DocPipe
import DocPipeTesting
import Foundation

/// A stage with options of several types, for loader tests.
struct ShoutStage: Stage {
    struct Options: StageOptions {
        @Option(help: "How many exclamation marks to add.") var marks = 1
        @Option(help: "A label to prepend.") var label: String? = nil
        @Option(help: "Whether to upper-case.") var upper = true
        init() {}
    }
    static let name = "shout"
    static let abstract = "Upper-cases text."
    static let writes = ["shouted"]
    let options: Options
    init(options: Options, context: StageContext) throws {
        guard options.marks >= 0 else { throw StageError("marks must be at least 0") }
        self.options = options
    }
    func process(_ document: inout Document) throws {
        var text = options.upper ? document.text.uppercased() : document.text
        text += String(repeating: "!", count: options.marks)
        if let label = options.label { text = label + text }
        document.text = text
        document[Shouted.self] = [Span(start: 0, end: text.unicodeScalars.count)]
    }
}

enum Shouted: LayerKey {
    typealias Value = [Span]
    static let name = "shouted"
}

/// A stage that needs the `shouted` layer.
struct WhisperStage: Stage {
    static let name = "whisper"
    static let abstract = "Needs shouted text."
    static let reads = ["shouted"]
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {
        document.text = document.text.lowercased()
    }
}

/// A stage that fails on documents containing "FAIL".
struct FragileStage: Stage {
    static let name = "fragile"
    static let abstract = "Fails on FAIL."
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {
        if document.text.contains("FAIL") { throw StageError("found FAIL in \(document.id)") }
        var checksum = 0
        for scalar in document.text.unicodeScalars { checksum = (checksum &* 31 &+ Int(scalar.value)) % 1_000_003 }
        document.metadata.extra["checksum"] = .integer(checksum)
    }
}

/// A stage whose corpus step writes every document it sees, in order, to `collected.jsonl`.
struct CollectStage: Stage {
    static let name = "collect"
    static let abstract = "Writes the processed documents."
    let output: URL
    init(options: NoOptions, context: StageContext) throws { output = context.outputDirectory }
    func process(_ document: inout Document) throws {}
    func finish(_ corpus: inout Corpus) throws {
        var lines = Data()
        var count = 0
        try corpus.documents.forEach { document in
            lines.append(try JSONCoding.data(document))
            lines.append(0x0A)
            count += 1
        }
        corpus.results[raw: "collected"] = .integer(count)
        try AtomicFile.write(lines, to: output.appendingPathComponent("collected.jsonl"))
        try AtomicFile.write(JSONCoding.prettyData(corpus.results.json), to: output.appendingPathComponent("corpus.json"))
    }
}

/// A contributor whose corpus step writes `lengths.json`: each document's id and text length, in
/// the order the contributions arrive.
struct LengthsStage: CorpusContributor {
    static let name = "lengths"
    static let abstract = "Lists text lengths."
    let output: URL
    init(options: NoOptions, context: StageContext) throws { output = context.outputDirectory }
    func process(_ document: inout Document) throws {}
    func contribution(of document: Document) throws -> Int { document.text.unicodeScalars.count }
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<Int>) throws {
        var pairs: [JSONValue] = []
        try contributions.forEach { id, length in pairs.append(.array([.string(id), .integer(length)])) }
        try AtomicFile.write(JSONCoding.data(JSONValue.array(pairs)), to: output.appendingPathComponent("lengths.json"))
    }
}

/// A contribution stored as its own bytes: a document's text in UTF-8.
struct TextBytes: ByteCodedContribution {
    var bytes: [UInt8]
    init(bytes: [UInt8]) { self.bytes = bytes }
    func encodedBytes() throws -> [UInt8] { bytes }
    init(encodedBytes: [UInt8]) throws { bytes = encodedBytes }
    func encode(to encoder: any Encoder) throws { try encodeAsBase64(to: encoder) }
    init(from decoder: any Decoder) throws { self = try Self.decodedFromBase64(decoder) }
}

/// A contributor with a byte-coded contribution whose corpus step writes `texts.json`: each
/// document's id and text, as the contributions arrive.
struct TextsStage: CorpusContributor {
    static let name = "texts"
    static let abstract = "Lists texts from byte contributions."
    let output: URL
    init(options: NoOptions, context: StageContext) throws { output = context.outputDirectory }
    func process(_ document: inout Document) throws {}
    func contribution(of document: Document) throws -> TextBytes { TextBytes(bytes: Array(document.text.utf8)) }
    func finish(_ corpus: inout Corpus, contributions: ContributionStream<TextBytes>) throws {
        var pairs: [JSONValue] = []
        try contributions.forEach { id, text in pairs.append(.array([.string(id), .string(String(decoding: text.bytes, as: UTF8.self))])) }
        try AtomicFile.write(JSONCoding.data(JSONValue.array(pairs)), to: output.appendingPathComponent("texts.json"))
    }
}

let testRegistry = StageRegistry([ShoutStage.self, WhisperStage.self, FragileStage.self, CollectStage.self, LengthsStage.self])

func temporaryFolder(_ name: String = #function) throws -> URL {
    try ScratchSpace.newFolder("run")
}

/// A fresh run's folders: `in`, holding `files` (name and text), and `out`, not made yet.
func runFolders(holding files: [(name: String, text: String)]) throws -> (input: URL, output: URL) {
    let root = try temporaryFolder()
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
    return (input, root.appendingPathComponent("out"))
}

func load(_ yaml: String, file: String = "/tmp/p.yaml") throws -> PipelineDefinition {
    try PipelineLoader(registry: testRegistry).load(yaml: Array(yaml.utf8), file: URL(fileURLWithPath: file))
}

func loadError(_ yaml: String) -> PipelineError? {
    do {
        _ = try load(yaml)
        return nil
    } catch let error as PipelineError {
        return error
    } catch {
        return PipelineError("unexpected \(error)", at: SourceLocation(file: "", line: 0, column: 0))
    }
}
