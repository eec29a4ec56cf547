import Foundation
import PackagePlugin

/// `swift package validate-pipelines`: runs `docpipe validate` on every `pipelines/*.yaml` and
/// passes its `file:line:col` diagnostics through.
@main
struct ValidatePipelines: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "docpipe")
        let folder = context.package.directoryURL.appendingPathComponent("pipelines")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { folder.appendingPathComponent($0).path }
        guard !files.isEmpty else {
            Diagnostics.warning("no pipelines/*.yaml files to validate")
            return
        }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["validate"] + files
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("docpipe validate found problems (exit \(process.terminationStatus))")
            throw ValidationFailed()
        }
        print("validated \(files.count) pipeline file(s)")
    }

    struct ValidationFailed: Error {}
}
