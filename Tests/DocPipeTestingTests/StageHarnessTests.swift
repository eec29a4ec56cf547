import DocPipe
import DocPipeTesting
import Testing

private enum WordSpans: LayerKey {
    typealias Value = [EntityMention]
    static let name = "words"
}

private struct WordStage: Stage {
    struct Options: StageOptions {
        @Option(help: "Shift spans by this many code points (to test the checker).") var shift = 0
        init() {}
    }
    static let name = "words"
    static let abstract = "Marks each word."
    let shift: Int
    init(options: Options, context: StageContext) throws { shift = options.shift }
    func process(_ document: inout Document) throws {
        var spans: [EntityMention] = []
        var start: Int?
        let scalars = Array(document.text.unicodeScalars)
        for (index, scalar) in (scalars + [" "]).enumerated() {
            if scalar == " " {
                if let begin = start {
                    var word = String.UnicodeScalarView()
                    word.append(contentsOf: scalars[begin..<index])
                    spans.append(EntityMention(start: begin + shift, end: index + shift, text: String(word), label: .misc, canonical: String(word)))
                }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        document[WordSpans.self] = spans
    }
    func finish(_ corpus: inout Corpus) throws {
        var total = 0
        try corpus.documents.forEach { total += $0[WordSpans.self]?.count ?? 0 }
        corpus.results[raw: "words"] = .integer(total)
    }
}

@Suite("Stage harness")
struct StageHarnessTests {
    @Test("runs a stage on a string with options given as literals")
    func runsOneStage() throws {
        let document = try StageHarness.run(WordStage.self, on: "naïve café au lait")
        #expect(document[WordSpans.self]?.map(\.text) == ["naïve", "café", "au", "lait"])
        #expect(StageHarness.spanProblems(in: document).isEmpty)
    }

    @Test("reports spans whose text does not match the slice")
    func findsBadSpans() throws {
        let document = try StageHarness.run(WordStage.self, on: "one two", options: ["shift": 1])
        #expect(!StageHarness.spanProblems(in: document).isEmpty)
    }

    @Test("runs corpus-level steps over all documents")
    func corpusSteps() throws {
        let stage = try ConfiguredStage.make(WordStage.self)
        let (documents, results) = try StageHarness.run([stage], on: ["a b", "c d e"])
        #expect(documents.count == 2)
        #expect(results[raw: "words"] == .integer(5))
    }

    @Test("rejects unknown options like a pipeline file would")
    func unknownOption() {
        #expect(throws: PipelineError.self) { try StageHarness.run(WordStage.self, on: "x", options: ["shfit": 1]) }
    }
}
