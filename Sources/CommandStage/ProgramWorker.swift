import DocPipe
import Foundation

/// One running copy of the external program, spoken to through pipes with deadlines.
final class ProgramWorker {
    private let process = Process()
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private let inputHandle: FileHandle
    private let handles: [FileHandle]
    private var buffer: [UInt8] = []
    private var errorTail: [UInt8] = []
    private(set) var isAlive = true

    init(_ launch: ProgramLaunch) throws {
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        if launch.program.contains("/") {
            process.executableURL = URL(fileURLWithPath: launch.program, relativeTo: launch.directory)
            process.arguments = launch.arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [launch.program] + launch.arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(launch.environment) { $1 }
        process.currentDirectoryURL = launch.directory
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw StageError("cannot start '\(launch.program)': \(error.localizedDescription)")
        }
        inputHandle = stdin.fileHandleForWriting
        handles = [stdout.fileHandleForReading, stderr.fileHandleForReading]
        input = stdin.fileHandleForWriting.fileDescriptor
        output = stdout.fileHandleForReading.fileDescriptor
        errors = stderr.fileHandleForReading.fileDescriptor
        for descriptor in [input, output, errors] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        try? stdin.fileHandleForReading.close()
    }

    /// Writes one request line and waits for one answer line, within `timeout` seconds.
    func exchange(_ request: Data, timeout: Double) throws -> Data {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var pending = [UInt8](request) + [0x0A]
        var written = 0
        while true {
            if let newline = buffer.firstIndex(of: 0x0A), written == pending.count {
                let line = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                kill()
                throw failure("timed out after \(timeout) s")
            }
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            if written < pending.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let milliseconds = Int32(min(1000, max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)))
            _ = poll(&fds, nfds_t(fds.count), milliseconds)
            if fds[1].revents != 0 { drainErrors() }
            if fds.count > 2, fds[2].revents & Int16(POLLOUT) != 0 {
                let count = pending[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                if count > 0 { written += count } else if count < 0, errno != EAGAIN { kill(); throw failure("the program stopped reading its input") }
            } else if fds.count > 2, fds[2].revents & Int16(POLLERR | POLLHUP) != 0 {
                kill()
                throw failure("the program closed its input")
            }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let count = read(output, &chunk, chunk.count)
                if count > 0 {
                    buffer.append(contentsOf: chunk[..<count])
                } else if count == 0 {
                    drainErrors()
                    kill()
                    process.waitUntilExit()
                    throw failure("the program exited (status \(process.terminationStatus)) before answering")
                }
            }
            if written == pending.count { pending.removeAll(keepingCapacity: false); written = 0; pending = [] }
        }
    }

    private func drainErrors() {
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = read(errors, &chunk, chunk.count)
            guard count > 0 else { return }
            errorTail.append(contentsOf: chunk[..<count])
            if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
        }
    }

    private func failure(_ message: String) -> StageError {
        let tail = String(decoding: errorTail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return StageError(tail.isEmpty ? message : "\(message); the program's stderr ends: \(tail)")
    }

    func kill() {
        guard isAlive else { return }
        isAlive = false
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        closeHandles()
    }

    private func closeHandles() {
        try? inputHandle.close()
        for handle in handles { try? handle.close() }
    }

    func shutdown() {
        guard isAlive else { return }
        isAlive = false
        try? inputHandle.close()
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        closeHandles()
    }
}
