import ArgumentParser
import DocPipe

extension DocPipeCommand {
    /// `docpipe stages`: lists the registered stages.
    struct Stages: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the registered stages, one per line.")

        func run() {
            let registry = DocPipeCommand.registry
            let width = registry.names.map(\.count).max() ?? 0
            for name in registry.names {
                guard let stage = registry.stage(named: name) else { continue }
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + stage.abstract)
            }
        }
    }
}
