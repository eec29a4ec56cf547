import DocPipe
import Foundation

/// How to start the external program.
struct ProgramLaunch: Sendable {
    var program: String
    var arguments: [String]
    var environment: [String: String]
    var directory: URL

    /// The program's whole environment: DocPipe's own, with the stage's `env` over it.
    var fullEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }

    /// The file to execute: a path with a `/` resolves against the pipeline's folder, a bare name
    /// is looked up in the `PATH` the program will see.
    /// - Throws: ``StageError`` naming the program and the `PATH` searched when there is none.
    func executablePath() throws -> String {
        if program.contains("/") { return URL(fileURLWithPath: program, relativeTo: directory).path }
        let searched = fullEnvironment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in searched.split(separator: ":", omittingEmptySubsequences: false) {
            let base = URL(fileURLWithPath: folder.isEmpty ? "." : String(folder), relativeTo: directory)
            let candidate = base.appendingPathComponent(program).path
            var status = stat()
            if stat(candidate, &status) == 0, status.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        throw StageError("cannot start '\(program)': no such program in PATH (\(searched)); give its path or install it")
    }
}
