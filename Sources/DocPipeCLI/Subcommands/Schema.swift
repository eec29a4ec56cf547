import ArgumentParser
import DocPipe

extension DocPipeCommand {
    /// `docpipe schema`: prints the JSON Schema of pipeline files.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a JSON Schema of the pipeline format, built from the registered stages (for editors).")

        func run() throws {
            let schema = PipelineSchema.make(for: DocPipeCommand.registry)
            print(String(decoding: try JSONCoding.prettyData(schema), as: UTF8.self), terminator: "")
        }
    }
}
