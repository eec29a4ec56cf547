import DocPipe
import Testing

@Suite("Stage registry")
struct StageRegistryTests {
    @Test("finds stages by name and lists names sorted")
    func lookup() {
        #expect(testRegistry.stage(named: "shout") != nil)
        #expect(testRegistry.stage(named: "nope") == nil)
        #expect(testRegistry.names == ["collect", "fragile", "lengths", "shout", "whisper"])
    }

    @Test("suggests close names and nothing for distant ones")
    func suggestions() {
        #expect(testRegistry.suggestion(for: "shuot") == "shout")
        #expect(testRegistry.suggestion(for: "wisper") == "whisper")
        #expect(testRegistry.suggestion(for: "xyzzy") == nil)
    }

    @Test("a later registration replaces one of the same name")
    func replaces() {
        var registry = StageRegistry([ShoutStage.self])
        registry.register(ShoutStage.self)
        #expect(registry.stages.count == 1)
    }

    @Test("describes options from their declarations")
    func describesOptions() {
        let description = StageDescription(ShoutStage.self)
        #expect(description.options.map(\.name) == ["marks", "label", "upper"])
        #expect(description.options.map(\.type) == ["integer", "string (optional)", "boolean"])
        #expect(description.options[0].defaultValue == .integer(1))
        #expect(description.options[1].defaultValue == .null)
        #expect(description.options[0].help == "How many exclamation marks to add.")
        #expect(description.writes == ["shouted"])
    }
}

private struct RenamedKeysStage: Stage {
    struct Options: StageOptions {
        @Option(help: "A value.") var maxItems = 1
        init() {}
        enum CodingKeys: String, CodingKey { case maxItems = "max_items" }
    }
    static let name = "renamed"
    static let abstract = "Declares snake_case coding keys."
    init(options: Options, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

@Suite("Option declarations")
struct OptionDeclarationTests {
    @Test("a stage whose coding keys differ from its property names is refused instead of ignoring values")
    func codingKeysMustMatch() {
        #expect(throws: PipelineError.self) { try ConfiguredStage.make(RenamedKeysStage.self, options: ["maxItems": 3]) }
    }
}
