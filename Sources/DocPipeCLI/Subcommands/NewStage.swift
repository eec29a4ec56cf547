import ArgumentParser
import DocPipe
import Foundation

extension DocPipeCommand {
    /// `docpipe new-stage`: scaffolds a stage module inside the DocPipe package (used by the
    /// `new-stage` package plugin).
    struct NewStage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new-stage",
            abstract: "Create Sources/NAMEStage, Tests/NAMEStageTests and register the stage (run from the DocPipe package).")

        @Argument(help: "The stage's type name without 'Stage', in UpperCamelCase (e.g. Sentiment).")
        var name: String

        @ArgumentParser.Option(help: "The DocPipe package folder.")
        var package: String = "."

        func validate() throws {
            guard let first = name.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first),
                name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) })
            else {
                throw ValidationError("the name must be UpperCamelCase letters and digits, e.g. Sentiment")
            }
        }

        func run() throws {
            let scaffold = StageScaffold(name: name, package: URL(fileURLWithPath: package))
            do {
                for path in try scaffold.write() { print("wrote \(path)") }
                print("next: swift build && swift test --filter \(name)StageTests")
            } catch let error as StageScaffold.Failure {
                Console.error(error.message)
                throw ExitCode(2)
            }
        }
    }
}
