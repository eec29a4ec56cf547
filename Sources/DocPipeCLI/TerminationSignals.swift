import CProcessControl
import CommandStage
import Foundation

/// How the `docpipe` process treats signals, set once at start.
///
/// SIGPIPE is ignored, so writing to a closed pipe (a `command` program that died, a reader of
/// standard output that went away) is an `EPIPE` error where it happens instead of killing the
/// run. SIGINT, SIGTERM and SIGHUP first end the `command` stage's programs — they run in their
/// own process groups, so a terminal's Ctrl-C does not reach them — and then end `docpipe` by
/// the same signal, as before.
enum TerminationSignals {
    private static let installed: Bool = {
        signal(SIGPIPE, SIG_IGN)
        let descriptor = docpipe_watch_termination_signals()
        guard descriptor >= 0 else { return false }
        let watcher = Thread { waitForTermination(descriptor) }
        watcher.name = "docpipe-signals"
        watcher.start()
        return true
    }()

    /// Installs the handling; later calls do nothing.
    static func install() {
        _ = installed
    }

    private static func waitForTermination(_ descriptor: Int32) {
        var number: UInt8 = 0
        while read(descriptor, &number, 1) != 1 {
            if errno != EINTR { return }
        }
        let received = Int32(number)
        CommandStage.killRunningPrograms()
        signal(received, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, received)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(received)
        _exit(128 + received)
    }
}
