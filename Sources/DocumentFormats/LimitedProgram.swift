internal import CProcessControl
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a helper program (pdftotext, pdfinfo) as a separate process under ``ConversionLimits``:
/// its own process group, CPU and memory limits set before exec, a wall-clock deadline and an
/// output cap, after which the whole group is killed. A crash or hang in the program costs one
/// document, never the run.
struct LimitedProgram: Sendable {
    /// The program's absolute path.
    var path: String
    /// The limits.
    var limits: ConversionLimits

    /// Finds `name` on `PATH`.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs the program with `arguments` and waits for it, within the limits.
    /// - Throws: `StageError`-like ``ConversionError/cannotStart`` when it cannot be started.
    func run(_ arguments: [String]) throws -> ProgramResult {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard docpipe_pipe_cloexec(&output) == 0 else { throw ConversionError.cannotStart(program: path, reason: String(cString: strerror(errno))) }
        guard docpipe_pipe_cloexec(&errors) == 0 else {
            close(output[0]); close(output[1])
            throw ConversionError.cannotStart(program: path, reason: String(cString: strerror(errno)))
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let settings: [String] = ["PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8"]
        let environment: [UnsafeMutablePointer<CChar>?] = settings.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in environment { free(pointer) }
        }
        var pid: pid_t = 0
        let started = docpipe_spawn_limited(&pid, path, argv, environment, output[1], errors[1], limits.cpuSeconds, limits.memoryBytes)
        close(output[1])
        close(errors[1])
        guard started == 0 else {
            close(output[0]); close(errors[0])
            throw ConversionError.cannotStart(program: path, reason: String(cString: strerror(started)))
        }
        let (ending, stdout, stderr) = collect(pid: pid, output: output[0], errors: errors[0])
        close(output[0])
        close(errors[0])
        let status = reap(pid)
        let finalEnding: ProgramResult.Ending
        if let ending {
            finalEnding = ending
        } else if status & 0x7f == 0 {
            finalEnding = .exited((status >> 8) & 0xff)
        } else {
            finalEnding = .signaled(status & 0x7f)
        }
        return ProgramResult(ending: finalEnding, output: stdout, errors: String(decoding: stderr, as: UTF8.self))
    }

    /// Reads both pipes until they close, the deadline passes or the output is too large; kills
    /// the process group in the last two cases and says why.
    private func collect(pid: pid_t, output: Int32, errors: Int32) -> (ProgramResult.Ending?, Data, Data) {
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.seconds * 1000))
        var stdout = Data()
        var stderr = Data()
        var open = [output, errors]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                kill(-pid, SIGKILL)
                return (.timedOut, stdout, stderr)
            }
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let milliseconds = Int32(min(1000, max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)))
            let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            for descriptor in descriptors where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count <= 0 {
                    if count < 0, errno == EINTR { continue }
                    open.removeAll { $0 == descriptor.fd }
                } else if descriptor.fd == output {
                    stdout.append(contentsOf: buffer[0..<count])
                    if stdout.count > limits.outputBytes {
                        kill(-pid, SIGKILL)
                        return (.tooMuchOutput, stdout, stderr)
                    }
                } else if stderr.count < 65536 {
                    stderr.append(contentsOf: buffer[0..<count])
                }
            }
        }
        return (nil, stdout, stderr)
    }

    /// Waits for the process and returns its raw wait status; kills its group's leftovers.
    private func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        kill(-pid, SIGKILL)
        return status
    }
}
