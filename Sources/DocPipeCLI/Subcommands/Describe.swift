import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe describe`: prints a stage's options and layers.
    struct Describe: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a stage's options (name, type, default, help) and the layers it reads and writes.")

        @Argument(help: "The stage name.")
        var stage: String

        @Flag(help: "Print JSON for tools.")
        var json = false

        func run() throws {
            let registry = DocPipeCommand.registry
            guard let type = registry.stage(named: stage) else {
                var message = "unknown stage '\(stage)'"
                if let close = registry.suggestion(for: stage) { message += " — did you mean '\(close)'?" }
                Console.error(message)
                throw ExitCode(2)
            }
            let description = StageDescription(type)
            if json {
                print(String(decoding: try JSONCoding.prettyData(description), as: UTF8.self), terminator: "")
                return
            }
            print("\(description.name) (version \(description.version)): \(description.abstract)")
            print("reads:  \(description.reads.isEmpty ? "-" : description.reads.joined(separator: ", "))")
            print("writes: \(description.writes.isEmpty ? "-" : description.writes.joined(separator: ", "))")
            if let languages = description.languages {
                print("languages: \(languages.joined(separator: ", ")) only (a document whose `language` metadata is another gets a warning)")
            }
            if description.options.isEmpty {
                print("options: none")
                return
            }
            print("options:")
            for option in description.options {
                print("  \(option.name)  (\(option.type), default \(option.defaultValue.jsonText))")
                print("      \(option.help)")
            }
        }
    }
}
