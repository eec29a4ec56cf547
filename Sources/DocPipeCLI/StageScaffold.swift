import Foundation

/// Writes a new stage module and registers it, by inserting lines at the
/// `// docpipe:new-stage …` markers of `Package.swift` and `DocPipeCommand.swift`.
struct StageScaffold {
    struct Failure: Error {
        var message: String
    }

    var name: String
    var package: URL

    var module: String { name + "Stage" }
    var stageName: String { name.prefix(1).lowercased() + name.dropFirst() }

    /// Writes every file and edit; returns the paths touched.
    func write() throws -> [String] {
        let fileManager = FileManager.default
        let sources = package.appendingPathComponent("Sources/\(module)")
        let tests = package.appendingPathComponent("Tests/\(module)Tests")
        guard !fileManager.fileExists(atPath: sources.path) else {
            throw Failure(message: "\(sources.path) already exists; choose another name")
        }
        let manifest = package.appendingPathComponent("Package.swift")
        let command = package.appendingPathComponent("Sources/DocPipeCLI/DocPipeCommand.swift")
        var manifestText = try read(manifest)
        var commandText = try read(command)
        try insert(&manifestText, before: "// docpipe:new-stage targets", in: manifest.path, lines: [
            ".target(name: \"\(module)\", dependencies: [\"DocPipe\"], swiftSettings: strictSettings),",
            ".testTarget(name: \"\(module)Tests\", dependencies: [\"\(module)\", \"DocPipe\", \"DocPipeTesting\"], swiftSettings: strictSettings),",
        ])
        try insert(&manifestText, before: "// docpipe:new-stage cli-dependencies", in: manifest.path, lines: ["\"\(module)\","])
        try insert(&commandText, before: "// docpipe:new-stage imports", in: command.path, lines: ["import \(module)"], indent: false)
        try insert(&commandText, before: "// docpipe:new-stage registrations", in: command.path, lines: ["\(module).self,"])
        try fileManager.createDirectory(at: sources, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: tests, withIntermediateDirectories: true)
        let stageFile = sources.appendingPathComponent("\(module).swift")
        let testFile = tests.appendingPathComponent("\(module)Tests.swift")
        try Data(stageSource.utf8).write(to: stageFile)
        try Data(testSource.utf8).write(to: testFile)
        try Data(manifestText.utf8).write(to: manifest)
        try Data(commandText.utf8).write(to: command)
        return [stageFile.path, testFile.path, manifest.path, command.path]
    }

    private func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(message: "\(url.path): not found — run new-stage in the DocPipe package folder")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func insert(_ text: inout String, before marker: String, in path: String, lines: [String], indent: Bool = true) throws {
        guard let range = text.range(of: marker) else {
            throw Failure(message: "\(path): marker '\(marker)' not found")
        }
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let padding = indent ? String(text[lineStart..<range.lowerBound]) : ""
        let block = lines.map { padding + $0 + "\n" }.joined()
        text.insert(contentsOf: block, at: lineStart)
    }

    var stageSource: String {
        """
        import DocPipe

        /// TODO: say in one line what the \(stageName) stage does.
        public struct \(module): Stage {
            /// The stage's options: each with a default and a help text.
            public struct Options: StageOptions {
                /// An example option.
                @Option(help: "Minimum number of characters for a sentence to be scored.")
                public var minimum_length = 1

                /// Creates the defaults.
                public init() {}
            }

            /// The name used in pipeline files.
            public static let name = "\(stageName)"
            /// What the stage does.
            public static let abstract = "Scores each sentence (scaffold: replace with your stage's work)."
            /// Layers the stage needs.
            public static let reads = [StandardLayers.Sentences.name]
            /// Layers the stage writes.
            public static let writes = [\(name)Layer.name]

            let minimumLength: Int

            /// Creates the stage.
            /// - Throws: ``StageError`` when an option is out of range.
            public init(options: Options, context: StageContext) throws {
                guard options.minimum_length >= 0 else { throw StageError("minimum_length must be at least 0") }
                minimumLength = options.minimum_length
            }

            /// Processes one document.
            public func process(_ document: inout Document) throws {
                let sentences = document[StandardLayers.Sentences.self] ?? []
                document[\(name)Layer.self] = sentences.filter { $0.length >= minimumLength }.map { span in
                    \(name)Score(start: span.start, end: span.end, score: Double(span.length))
                }
            }
        }

        /// A score for one sentence.
        public struct \(name)Score: Codable, Sendable, Hashable {
            /// Code-point offset of the sentence.
            public var start: Int
            /// Code-point offset one past the sentence.
            public var end: Int
            /// The score.
            public var score: Double
        }

        /// The `\(stageName)` layer.
        public enum \(name)Layer: LayerKey {
            /// One score per sentence.
            public typealias Value = [\(name)Score]
            /// The JSON key.
            public static let name = "\(stageName)"
        }

        """
    }

    var testSource: String {
        """
        import DocPipe
        import DocPipeTesting
        import \(module)
        import Testing

        @Suite("\(name) stage")
        struct \(module)Tests {
            @Test("scores every sentence long enough")
            func scoresSentences() throws {
                var document = Document(id: "t", text: "One. Two words.")
                document[StandardLayers.Sentences.self] = [Span(start: 0, end: 4), Span(start: 5, end: 15)]
                try \(module)(options: .init(), context: StageContext(pipelineName: "test")).process(&document)
                #expect(document[\(name)Layer.self]?.map(\\.score) == [4, 10])
                #expect(StageHarness.spanProblems(in: document).isEmpty)
            }
        }

        """
    }
}
