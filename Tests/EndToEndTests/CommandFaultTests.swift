import Foundation
import Testing

/// A folder with a shell-script `command` stage, a pipeline around it and JSON Lines input.
/// Scripts append the pids of the processes they start to `pids`.
private struct CommandFixture {
    let folder: URL
    let pipeline: URL
    let output: URL

    init(script: String, timeout: Double = 10) throws {
        folder = try temporaryFolder()
        output = folder.appendingPathComponent("out")
        pipeline = folder.appendingPathComponent("faults.yaml")
        try Data(script.utf8).write(to: folder.appendingPathComponent("stage.sh"))
        try Data("""
            name: faults
            on_error: skip
            stages:
              - command:
                  command: [sh, stage.sh]
                  timeout: \(timeout)
              - export:
                  formats: [jsonl]
            """.utf8).write(to: pipeline)
    }

    var pids: [pid_t] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("pids"), encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).compactMap { pid_t($0) }
    }

    func quarantine() throws -> [[String: Any]] {
        let text = try String(contentsOf: output.appendingPathComponent("quarantine.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func documents() throws -> [[String: Any]] {
        let text = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

/// How a `docpipe` process ended.
private struct Ending {
    var status: Int32
    var reason: Process.TerminationReason
    var stderr: String
    var timedOut: Bool
}

/// Runs `docpipe run` on the fixture with `count` documents on stdin; kills it after `limit` seconds.
private func run(_ fixture: CommandFixture, documents count: Int, limit: Double = 60, whileRunning: ((Process) -> Void)? = nil) throws -> Ending {
    let process = Process()
    process.executableURL = docpipeBinary
    process.arguments = ["run", fixture.pipeline.path, "--input", "-", "--output", fixture.output.path, "--jobs", "1", "--quiet", "--no-cache"]
    process.currentDirectoryURL = fixture.folder
    let input = Pipe()
    let errors = fixture.folder.appendingPathComponent("stderr.txt")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    let lines = (1...count).map { #"{"id": "d\#($0)", "text": "Document number \#($0)."}"# }.joined(separator: "\n") + "\n"
    input.fileHandleForWriting.write(Data(lines.utf8))
    try input.fileHandleForWriting.close()
    whileRunning?(process)
    let deadline = Date().addingTimeInterval(limit)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    let timedOut = process.isRunning
    if timedOut { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    return Ending(status: process.terminationStatus, reason: process.terminationReason, stderr: stderr, timedOut: timedOut)
}

/// Whether a process has ended but is not yet reaped (a zombie, state `Z` in `/proc/PID/stat`):
/// an orphan waits for init to reap it, which a loaded machine may delay.
private func hasEnded(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
}

/// Whether the process with this pid has ended within `seconds`: it is gone, or it is a zombie
/// (docpipe has exited by then, so its orphans wait only for init to reap them).
private func isGone(_ pid: pid_t, within seconds: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
        if kill(pid, 0) == -1, errno == ESRCH { return true }
        if hasEnded(pid) { return true }
        if Date() > deadline { return false }
        usleep(10_000)
    }
}

@Suite("command stage faults, end to end", .serialized)
struct CommandFaultTests {
    @Test("a program that closes its input: those documents are quarantined, docpipe exits 1 with run.json (no SIGPIPE)")
    func programStopsReading() throws {
        let fixture = try CommandFixture(script: """
            echo $$ >> pids
            read -r line
            exec 0<&-
            echo "closing my input" >&2
            echo '{"answered": true}'
            sleep 30 &
            echo $! >> pids
            wait
            """)
        let ending = try run(fixture, documents: 4)
        #expect(ending.reason == .exit, "docpipe died of signal \(ending.status)")
        #expect(ending.status == 1, "\(ending.stderr)")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("run.json").path))
        let failed = try fixture.quarantine()
        #expect(failed.compactMap { $0["id"] as? String } == ["d2", "d4"])
        for entry in failed {
            let message = entry["error"] as? String ?? ""
            #expect(message.contains("stopped reading its input"), "\(message)")
            #expect(message.contains("closing my input"), "\(message)")
        }
        #expect(try fixture.documents().compactMap { $0["id"] as? String } == ["d1", "d3"])
        #expect(fixture.pids.count == 4)
        for pid in fixture.pids { #expect(isGone(pid), "process \(pid) outlived docpipe") }
    }

    @Test("a program that exits at once: every document is quarantined with its exit status, docpipe exits 1")
    func programExitsAtOnce() throws {
        let fixture = try CommandFixture(script: """
            echo "no model here" >&2
            exit 3
            """)
        let ending = try run(fixture, documents: 5)
        #expect(ending.reason == .exit, "docpipe died of signal \(ending.status)")
        #expect(ending.status == 1, "\(ending.stderr)")
        let failed = try fixture.quarantine()
        #expect(failed.count == 5)
        for entry in failed {
            let message = entry["error"] as? String ?? ""
            #expect(message.contains("status 3") && message.contains("no model here"), "\(message)")
        }
    }

    @Test("a program whose background child holds the pipes is killed with its group at the time-out; nothing outlives the run")
    func grandchildOutlivesProgram() throws {
        let fixture = try CommandFixture(script: """
            echo $$ >> pids
            sleep 30 &
            echo $! >> pids
            wait
            """, timeout: 1)
        let started = Date()
        let ending = try run(fixture, documents: 2, limit: 30)
        #expect(!ending.timedOut, "docpipe hung")
        #expect(ending.status == 1, "\(ending.stderr)")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(try fixture.quarantine().count == 2)
        #expect(fixture.pids.count == 4)
        for pid in fixture.pids { #expect(isGone(pid), "process \(pid) outlived docpipe") }
    }

    /// glibc's posix_spawn leaves its own two internal real-time signals (32 and 33) ignored in
    /// every child; the standard signals 1-31 are what a program and a plain `kill` rely on.
    @Test("programs start with default signal dispositions and no blocked signals, though docpipe ignores SIGPIPE")
    func programSignalState() throws {
        let fixture = try CommandFixture(script: """
            while read -r line; do
              blocked=$(awk '/^SigBlk/ {print $2}' /proc/$$/status)
              ignored=$(awk '/^SigIgn/ {print $2}' /proc/$$/status)
              echo "{\\"blocked\\": \\"$blocked\\", \\"ignored\\": \\"$ignored\\"}"
            done
            """)
        let ending = try run(fixture, documents: 1)
        #expect(ending.status == 0, "\(ending.stderr)")
        let document = try #require(try fixture.documents().first)
        #expect(document["blocked"] as? String == "0000000000000000")
        let ignored = try #require(UInt64(document["ignored"] as? String ?? "", radix: 16))
        #expect(ignored & 0x7FFF_FFFF == 0, "ignored signals \(String(ignored, radix: 16)) (signals 1-31 must keep their default)")
    }

    @Test("SIGTERM to docpipe ends the programs it started, with their background children")
    func terminationEndsPrograms() throws {
        let fixture = try CommandFixture(script: """
            echo $$ >> pids
            sleep 30 &
            echo $! >> pids
            wait
            """, timeout: 60)
        let ending = try run(fixture, documents: 1, limit: 20) { process in
            let deadline = Date().addingTimeInterval(10)
            while fixture.pids.count < 2, Date() < deadline { usleep(20_000) }
            kill(process.processIdentifier, SIGTERM)
        }
        #expect(!ending.timedOut, "docpipe did not stop on SIGTERM")
        #expect(ending.reason == .uncaughtSignal && ending.status == SIGTERM, "docpipe ended with \(ending.reason) \(ending.status)")
        #expect(fixture.pids.count == 2)
        for pid in fixture.pids { #expect(isGone(pid), "process \(pid) outlived docpipe") }
    }
}
