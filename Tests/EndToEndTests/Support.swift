import DocPipe
import DocPipeCLI
import DocPipeTesting
import Foundation

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `docpipe` binary beside the test bundle.
var docpipeBinary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("docpipe")
}

func temporaryFolder() throws -> URL {
    try ScratchSpace.newFolder("e2e")
}

/// Runs the sample pipeline in process into a fresh folder.
func runSamplePipeline(jobs: Int) async throws -> (RunReport, URL) {
    let output = try temporaryFolder()
    let loader = PipelineLoader(registry: DocPipeCommand.registry)
    let definition = try loader.load(contentsOf: packageRoot.appendingPathComponent("pipelines/kazakhstan.yaml"))
    let report = try await Runner(definition: definition, options: RunOptions(output: output, jobs: jobs)).run()
    return (report, output)
}

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the `docpipe` binary with arguments and optional standard input.
func docpipe(_ arguments: [String], stdin: String? = nil, in folder: URL = packageRoot) throws -> ProcessResult {
    let process = Process()
    process.executableURL = docpipeBinary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Every `{start, end}` object in a JSON value, with the `text` it claims to cover when it has one.
func spans(in value: Any, path: String, into found: inout [(path: String, start: Int, end: Int, text: String?)]) {
    if let object = value as? [String: Any] {
        if let start = object["start"] as? Int, let end = object["end"] as? Int {
            found.append((path, start, end, object["text"] as? String))
        }
        for (key, child) in object where key != "start" && key != "end" {
            spans(in: child, path: path + "." + key, into: &found)
        }
    } else if let array = value as? [Any] {
        for child in array { spans(in: child, path: path + "[]", into: &found) }
    }
}
