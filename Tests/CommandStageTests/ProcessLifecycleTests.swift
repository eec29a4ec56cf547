import CommandStage
import DocPipe
import DocPipeTesting
import Foundation
import Testing

/// A shell script written into a fresh folder, run by the command stage. Scripts append the pids
/// of the processes they start to `pids`, so a test can check that none outlives the stage.
private struct ShellProgram {
    let folder: URL

    init(_ script: String) throws {
        folder = try ScratchSpace.newFolder("command-lifecycle")
        try Data(script.utf8).write(to: folder.appendingPathComponent("stage.sh"))
    }

    func stage(timeout: Double = 10, command: [String] = ["sh", "stage.sh"]) throws -> CommandStage {
        var options = CommandStage.Options()
        options.command = command
        options.timeout = timeout
        return try CommandStage(options: options, context: StageContext(pipelineName: "test", pipelineDirectory: folder))
    }

    /// The pids the script recorded.
    var pids: [pid_t] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("pids"), encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).compactMap { pid_t($0) }
    }
}

/// Whether no process has this pid (zombies count as present: someone still has to reap them).
private func isGone(_ pid: pid_t, within seconds: Double = 2) -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while true {
        if kill(pid, 0) == -1, errno == ESRCH { return true }
        if ContinuousClock.now > deadline { return false }
        usleep(10_000)
    }
}

private func finish(_ stage: CommandStage) throws {
    var corpus = Corpus(documents: DocumentStream([]))
    try stage.finish(&corpus)
}

/// The message of the error `body` throws, or nil when it throws none or another kind.
private func failureMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as StageError {
        return error.message
    } catch {
        return "unexpected error type: \(error)"
    }
}

@Suite("Command stage: processes, pipes and signals", .serialized)
struct ProcessLifecycleTests {
    @Test("a program that closed its input fails that document (no SIGPIPE), its group is killed and it restarts")
    func closedInputIsAnError() throws {
        let program = try ShellProgram("""
            echo $$ >> pids
            read -r line
            exec 0<&-
            echo '{"answered": true}'
            sleep 30 &
            echo $! >> pids
            wait
            """)
        let stage = try program.stage()
        var first = Document(id: "1", text: "one")
        try stage.process(&first)
        #expect(first.layers[raw: "answered"] == .bool(true))
        var second = Document(id: "2", text: "two")
        let message = failureMessage { try stage.process(&second) }
        #expect(message?.contains("stopped reading its input") == true, "\(message ?? "no error")")
        var third = Document(id: "3", text: "three")
        try stage.process(&third)
        #expect(third.layers[raw: "answered"] == .bool(true))
        var fourth = Document(id: "4", text: "four")
        #expect(failureMessage { try stage.process(&fourth) }?.contains("stopped reading its input") == true)
        try finish(stage)
        #expect(program.pids.count == 4)
        for pid in program.pids { #expect(isGone(pid), "process \(pid) outlived the stage") }
    }

    @Test("a program that exits at once fails each document with its exit status and stderr")
    func exitsAtOnce() throws {
        let program = try ShellProgram("""
            echo "model file missing" >&2
            exit 3
            """)
        let stage = try program.stage()
        for text in ["short", String(repeating: "long text ", count: 30_000), "again"] {
            var document = Document(id: "d", text: text)
            let message = failureMessage { try stage.process(&document) }
            #expect(message?.contains("status 3") == true, "\(message ?? "no error")")
            #expect(message?.contains("model file missing") == true, "\(message ?? "no error")")
        }
        try finish(stage)
    }

    @Test("a missing program is reported by name; through env it fails with env's status and message")
    func missingProgram() throws {
        let program = try ShellProgram("")
        let direct = try program.stage(command: ["docpipe-no-such-program"])
        var document = Document(id: "d", text: "text")
        let message = failureMessage { try direct.process(&document) }
        #expect(message?.contains("cannot start 'docpipe-no-such-program'") == true, "\(message ?? "no error")")
        #expect(message?.contains("PATH") == true, "\(message ?? "no error")")
        let throughEnv = try program.stage(command: ["env", "docpipe-no-such-program"])
        for _ in 0..<3 {
            let viaEnv = failureMessage { try throughEnv.process(&document) }
            #expect(viaEnv?.contains("status 127") == true, "\(viaEnv ?? "no error")")
            #expect(viaEnv?.contains("docpipe-no-such-program") == true, "\(viaEnv ?? "no error")")
        }
        try finish(throughEnv)
    }

    @Test("a time-out kills the whole process group, also a background child holding the pipes")
    func timeoutKillsGroup() throws {
        let program = try ShellProgram("""
            echo $$ >> pids
            sleep 30 &
            echo $! >> pids
            wait
            """)
        let stage = try program.stage(timeout: 1)
        var document = Document(id: "d", text: "text")
        let started = ContinuousClock.now
        let message = failureMessage { try stage.process(&document) }
        #expect(message?.contains("timed out") == true, "\(message ?? "no error")")
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(program.pids.count == 2)
        for pid in program.pids { #expect(isGone(pid), "process \(pid) outlived the time-out") }
        try finish(stage)
    }

    @Test("a program that exits while its background child holds stdout fails at once with its status")
    func crashWithBackgroundChild() throws {
        let program = try ShellProgram("""
            echo $$ >> pids
            sleep 30 &
            echo $! >> pids
            read -r line
            echo "giving up" >&2
            exit 4
            """)
        let stage = try program.stage(timeout: 10)
        var document = Document(id: "d", text: "text")
        let started = ContinuousClock.now
        let message = failureMessage { try stage.process(&document) }
        #expect(message?.contains("status 4") == true, "\(message ?? "no error")")
        #expect(message?.contains("giving up") == true, "\(message ?? "no error")")
        #expect(ContinuousClock.now - started < .seconds(5))
        for pid in program.pids { #expect(isGone(pid), "process \(pid) outlived the crash") }
        try finish(stage)
    }

    @Test("finishing the stage ends the programs' background children too")
    func shutdownKillsGroup() throws {
        let program = try ShellProgram("""
            echo $$ >> pids
            sleep 30 &
            echo $! >> pids
            while read -r line; do echo '{"ok": true}'; done
            """)
        let stage = try program.stage()
        var document = Document(id: "d", text: "text")
        try stage.process(&document)
        #expect(document.layers[raw: "ok"] == .bool(true))
        let started = ContinuousClock.now
        try finish(stage)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(program.pids.count == 2)
        for pid in program.pids { #expect(isGone(pid), "process \(pid) outlived the stage") }
    }

    @Test("a program that closed its standard error is waited for without spinning")
    func closedStandardErrorDoesNotSpin() throws {
        let program = try ShellProgram("""
            exec 2>&-
            while read -r line; do sleep 1; echo '{"ok": true}'; done
            """)
        let stage = try program.stage()
        var document = Document(id: "d", text: "text")
        let before = threadCPUSeconds()
        try stage.process(&document)
        let used = threadCPUSeconds() - before
        #expect(document.layers[raw: "ok"] == .bool(true))
        #expect(used < 0.3, "the wait used \(used) s of CPU in 1 s")
        try finish(stage)
    }

    @Test("a program starts in its own process group with no blocked signals")
    func cleanSignalState() throws {
        let program = try ShellProgram("""
            while read -r line; do
              blocked=$(awk '/^SigBlk/ {print $2}' /proc/$$/status)
              group=$(cut -d' ' -f5 /proc/$$/stat)
              echo "{\\"blocked\\": \\"$blocked\\", \\"group\\": $group, \\"pid\\": $$}"
            done
            """)
        let stage = try program.stage()
        let answer = try blockingAllSignals {
            var document = Document(id: "d", text: "text")
            try stage.process(&document)
            return document
        }
        #expect(answer.layers[raw: "blocked"] == .string("0000000000000000"))
        #expect(answer.layers[raw: "group"] != nil)
        #expect(answer.layers[raw: "group"] == answer.layers[raw: "pid"])
        try finish(stage)
    }
}

/// CPU time this thread has used, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
}

/// Runs `body` on a new thread whose signal mask blocks every signal, as a Dispatch worker's does.
private func blockingAllSignals<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Result<T, any Error>?
    let thread = Thread {
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, nil)
        result = Result { try body() }
        done.signal()
    }
    thread.start()
    done.wait()
    return try result!.get()
}
