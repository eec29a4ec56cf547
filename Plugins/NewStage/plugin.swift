import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-stage NAME`: runs `docpipe new-stage`
/// on this package, which writes the module, its test and the registration lines.
@main
struct NewStage: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "docpipe")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["new-stage"] + arguments + ["--package", context.package.directoryURL.path]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("docpipe new-stage failed (exit \(process.terminationStatus))")
        }
    }
}
