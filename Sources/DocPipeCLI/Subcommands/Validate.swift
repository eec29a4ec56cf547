import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe validate`: checks pipeline files without running them.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check pipeline files without running them (exit 0 when all are valid, 2 otherwise).",
            discussion: """
                Reports every problem of a file in one pass, each as file:line:col: error: …, and checks what \
                can be checked without running: stage names and options, layers read before they are written, \
                programs of 'command' stages, that the inputs exist and that an output folder is set. \
                Warnings (a stage repeated with the same options) do not fail validation unless --strict.
                """)

        @Argument(help: "Pipeline files (YAML).")
        var pipelines: [String]

        @ArgumentParser.Option(name: .customLong("input"), help: "Inputs the run will be given (replaces the pipeline's input when checking); repeatable.")
        var inputs: [String] = []

        @ArgumentParser.Option(help: "The output folder the run will be given (then the pipeline need not name one).")
        var output: String?

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            let loader = PipelineLoader(registry: DocPipeCommand.registry)
            var failed = false
            for path in pipelines {
                do {
                    let definition = try loader.load(contentsOf: URL(fileURLWithPath: path))
                    let problems = preflight(definition)
                    for warning in definition.warnings { Console.error(warning.warningDescription) }
                    if var first = problems.first {
                        first.further = Array(problems.dropFirst())
                        Console.error(first.description)
                        failed = true
                    } else if strict, !definition.warnings.isEmpty {
                        failed = true
                    } else {
                        let note = definition.warnings.isEmpty ? "" : ", \(definition.warnings.count) warning(s)"
                        print("\(path): ok (\(definition.stages.map(\.name).joined(separator: " → "))\(note))")
                    }
                } catch {
                    Console.error("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }
        }

        /// What a run would refuse before its first document: missing inputs and no output folder.
        private func preflight(_ definition: PipelineDefinition) -> [PipelineError] {
            let start = SourceLocation(file: definition.file.path, line: 1, column: 1)
            var problems: [PipelineError] = []
            let given = inputs.isEmpty ? definition.inputs : inputs.map { $0 == "-" ? "-" : URL(fileURLWithPath: $0).standardizedFileURL.path }
            let inputAt = inputs.isEmpty ? (definition.inputLocation ?? start) : start
            if given.isEmpty {
                problems.append(PipelineError("no input — set 'input:' in the pipeline or pass --input PATH", at: start))
            }
            for input in given where input != "-" && !FileManager.default.fileExists(atPath: input) {
                problems.append(PipelineError("input '\(input)' does not exist", at: inputAt))
            }
            if output == nil, definition.output == nil {
                problems.append(PipelineError("no output — set 'output:' in the pipeline or pass --output DIR", at: start))
            }
            let context = StageContext(
                pipelineName: definition.name, referenceDate: definition.referenceDate,
                pipelineDirectory: definition.file.deletingLastPathComponent(),
                outputDirectory: URL(fileURLWithPath: NSTemporaryDirectory()), stageRecords: definition.stages.map(\.record))
            for configured in definition.stages {
                guard let stage = try? configured.makeStage(context: context) else { continue }
                problems += stage.preflight().map { PipelineError("stage '\(configured.name)': \($0)", at: configured.location) }
            }
            return problems
        }
    }
}
