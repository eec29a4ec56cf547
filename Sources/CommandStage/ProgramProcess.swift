import CProcessControl
import DocPipe
import Foundation

/// One started program: the leader of its own process group, with a clean signal state and
/// three pipes whose DocPipe ends are non-blocking.
///
/// Every process the program starts stays in its group unless it leaves on purpose, so
/// ``terminate()`` ends them all; this process reaps them (it is their subreaper), so none is
/// left running or as a zombie.
final class ProgramProcess {
    /// The program's pid, which is also its process group id.
    let pid: pid_t
    /// DocPipe's end of the program's standard input.
    let input: Int32
    /// DocPipe's end of the program's standard output.
    let output: Int32
    /// DocPipe's end of the program's standard error.
    let errors: Int32
    /// How the program ended, once ``terminate()`` has reaped it.
    private(set) var status: ExitStatus?
    private var inputOpen = true
    private var outputsOpen = true
    private var terminated = false

    /// Starts the program.
    /// - Throws: ``StageError`` when the program cannot be found or started.
    init(_ launch: ProgramLaunch) throws {
        let path = try launch.executablePath()
        let stdin = try Self.pipe(), stdout = try Self.pipe(), stderr = try Self.pipe()
        let arguments = [launch.program] + launch.arguments
        let environment = launch.fullEnvironment.map { "\($0)=\($1)" }
        var started: pid_t = 0
        let result = CStrings.withArray(arguments) { argv in
            CStrings.withArray(environment) { envp in
                docpipe_spawn_process_group(&started, path, argv, envp, launch.directory.path, stdin.read, stdout.write, stderr.write)
            }
        }
        for descriptor in [stdin.read, stdout.write, stderr.write] { close(descriptor) }
        guard result == 0 else {
            for descriptor in [stdin.write, stdout.read, stderr.read] { close(descriptor) }
            throw StageError("cannot start '\(launch.program)' (\(path)) in \(launch.directory.path): \(String(cString: strerror(result)))")
        }
        pid = started
        input = stdin.write
        output = stdout.read
        errors = stderr.read
        for descriptor in [input, output, errors] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        RunningPrograms.add(pid)
    }

    deinit {
        terminate()
        closePipes()
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [-1, -1]
        let result = docpipe_pipe_cloexec(&descriptors)
        guard result == 0 else { throw StageError("cannot create a pipe for the program: \(String(cString: strerror(result)))") }
        return (descriptors[0], descriptors[1])
    }

    /// Whether the program has exited (it is not reaped, so its group stays reserved).
    var hasExited: Bool {
        if terminated { return true }
        var info = siginfo_t()
        let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
        return result == -1 || info._sifields._sigchld.si_pid == pid
    }

    /// Waits up to `limit` for the program to exit by itself.
    /// - Returns: whether it has.
    func waitForExit(within limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while !hasExited {
            if ContinuousClock.now >= deadline { return false }
            usleep(2_000)
        }
        return true
    }

    /// Closes the program's standard input, so it reads end of file.
    func closeInput() {
        guard inputOpen else { return }
        inputOpen = false
        close(input)
    }

    /// Kills the program's whole process group with SIGKILL and reaps its members, waiting at
    /// most a few seconds; records how the program ended. Safe to call more than once.
    func terminate() {
        guard !terminated else { return }
        terminated = true
        kill(-pid, SIGKILL)
        let leader = RunningPrograms.reap(pid, until: ContinuousClock.now + .seconds(5))
        RunningPrograms.remove(pid)
        status = leader.map(ExitStatus.init(raw:))
        closeInput()
    }

    /// Closes DocPipe's ends of the output pipes; call after ``terminate()`` and after reading
    /// what is left in them.
    func closePipes() {
        closeInput()
        guard outputsOpen else { return }
        outputsOpen = false
        close(output)
        close(errors)
    }
}
