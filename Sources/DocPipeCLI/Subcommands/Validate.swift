import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe validate`: checks pipeline files without running them.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check pipeline files without running them (exit 0 when all are valid, 2 otherwise).")

        @Argument(help: "Pipeline files (YAML).")
        var pipelines: [String]

        func run() throws {
            let loader = PipelineLoader(registry: DocPipeCommand.registry)
            var failed = false
            for path in pipelines {
                do {
                    let definition = try loader.load(contentsOf: URL(fileURLWithPath: path))
                    print("\(path): ok (\(definition.stages.map(\.name).joined(separator: " → ")))")
                } catch {
                    Console.error("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }
        }
    }
}
