import DocPipe
import Foundation

/// One running copy of the external program, spoken to through pipes with deadlines.
///
/// Nothing here waits without a bound: every wait is a `poll` of at most 50 ms followed by a look
/// at the deadline and at whether the program has exited, so a program that dies while a child
/// it started still holds its pipes is noticed at once, and one that hangs is killed (with its
/// whole process group) at the time-out.
final class ProgramWorker {
    private let process: ProgramProcess
    private var lines = AnswerLines()
    private var errorTail: [UInt8] = []
    private var errorsOpen = true
    private(set) var isAlive = true

    /// How long a program that closed a pipe gets to exit by itself before it is killed, so its
    /// own exit status and last words are reported.
    private static let exitGrace: Duration = .milliseconds(500)
    /// How long a program gets to exit after its input is closed at the end of a batch.
    private static let shutdownGrace: Duration = .seconds(5)
    private static let errorTailBytes = 4096

    init(_ launch: ProgramLaunch) throws {
        process = try ProgramProcess(launch)
    }

    /// Writes one request line and waits for one answer line, within `timeout` seconds.
    /// - Throws: ``StageError`` with the program's exit status and last standard-error lines
    ///   when it exits, stops reading, closes its output, hangs or writes too long a line.
    func exchange(_ request: Data, timeout: Double) throws -> [UInt8] {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        let pending = [UInt8](request) + [0x0A]
        var written = 0
        var outputOpen = true
        while true {
            if written == pending.count, let line = try nextLine() { return line }
            if process.hasExited {
                readOutput()
                if written == pending.count, let line = try nextLine() {
                    stop()
                    return line
                }
                throw failure("the program \(stop()) before answering")
            }
            if !outputOpen {
                throw failure("the program closed its standard output before answering and \(stop(grace: Self.exitGrace))")
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                stop()
                throw failure("the program timed out after \(timeout) s and was killed with its process group")
            }
            if written < pending.count, lines.pendingCount > lines.limit {
                throw failure("the program wrote more than \(lines.limit) bytes before reading its whole request; it \(stop())")
            }
            var fds = [
                pollfd(fd: process.output, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errorsOpen ? process.errors : -1, events: Int16(POLLIN), revents: 0),
            ]
            if written < pending.count { fds.append(pollfd(fd: process.input, events: Int16(POLLOUT), revents: 0)) }
            _ = poll(&fds, nfds_t(fds.count), Int32(min(50, max(1, remaining / .milliseconds(1)))))
            if fds[1].revents != 0 { drainErrors() }
            if fds.count > 2, fds[2].revents != 0 {
                let result = pending[written...].withUnsafeBytes { PipeWrite.attempt(process.input, $0) }
                switch result {
                case .wrote(let count): written += count
                case .wouldBlock: break
                case .closed: throw failure("the program stopped reading its input and \(stop(grace: Self.exitGrace))")
                case .failed(let error): throw failure("writing to the program failed (\(String(cString: strerror(error)))) and it \(stop())")
                }
            }
            if fds[0].revents != 0 { outputOpen = readOutput() }
        }
    }

    private func nextLine() throws -> [UInt8]? {
        do {
            return try lines.next()
        } catch {
            throw failure("\(error.message); it \(stop())")
        }
    }

    /// Reads what the program has written so far; returns false at end of file.
    @discardableResult
    private func readOutput() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(process.output, &chunk, chunk.count)
            if count > 0 {
                lines.append(chunk[..<count])
                if lines.pendingCount > lines.limit { return true }
            } else {
                return count < 0 && (errno == EAGAIN || errno == EINTR)
            }
        }
    }

    /// Keeps the last few KB of what the program wrote on standard error; at end of file, stops
    /// watching it (a program may close its standard error and go on).
    private func drainErrors() {
        guard errorsOpen else { return }
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = read(process.errors, &chunk, chunk.count)
            if count == 0 { errorsOpen = false }
            guard count > 0 else { return }
            errorTail.append(contentsOf: chunk[..<count])
            if errorTail.count > Self.errorTailBytes { errorTail.removeFirst(errorTail.count - Self.errorTailBytes) }
        }
    }

    private func failure(_ message: String) -> StageError {
        let tail = String(decoding: errorTail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return StageError(tail.isEmpty ? message : "\(message); the program's stderr ends: \(tail)")
    }

    /// Ends the program: waits up to `grace` for it to exit by itself, then kills its whole
    /// process group, reaps it and reads the rest of its standard error.
    /// - Returns: how it ended, as words for a message ("exited with status 3").
    @discardableResult
    private func stop(grace: Duration = .zero) -> String {
        guard isAlive else { return process.status?.description ?? "was stopped" }
        isAlive = false
        let exitedByItself = process.waitForExit(within: grace)
        process.terminate()
        drainErrors()
        process.closePipes()
        guard let status = process.status else { return "could not be reaped" }
        return exitedByItself ? status.description : "was killed (it had not exited by itself)"
    }

    /// Closes the program's input, gives it a few seconds to exit, then ends its process group.
    func shutdown() {
        guard isAlive else { return }
        process.closeInput()
        stop(grace: Self.shutdownGrace)
    }
}
