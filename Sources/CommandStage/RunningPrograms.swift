import CProcessControl
import Foundation
import Synchronization

/// The process groups of every program the command stage has started and not yet reaped, so a
/// process that is about to end (a signal, `exit`) can end them too.
enum RunningPrograms {
    private static let groups = Mutex<Set<pid_t>>([])

    /// Done once, before the first program starts: this process becomes the reaper of the
    /// programs' orphaned children (so killing a group can wait until every member is gone), and
    /// `exit` ends the programs still running.
    private static let prepared: Bool = {
        _ = docpipe_become_child_subreaper()
        atexit { RunningPrograms.killAll() }
        return true
    }()

    /// Records a new group.
    static func add(_ group: pid_t) {
        _ = prepared
        groups.withLock { _ = $0.insert(group) }
    }

    /// Forgets a group that has been killed.
    static func remove(_ group: pid_t) {
        groups.withLock { _ = $0.remove(group) }
    }

    /// Kills every recorded group with SIGKILL and reaps its members, waiting at most a few
    /// seconds in all.
    static func killAll() {
        let all = groups.withLock { $0 }
        for group in all { kill(-group, SIGKILL) }
        let deadline = ContinuousClock.now + .seconds(3)
        for group in all { reap(group, until: deadline) }
        groups.withLock { $0.subtract(all) }
    }

    /// Reaps the members of a killed group until none is left or `deadline` passes; returns the
    /// leader's raw wait status when this call reaped it.
    @discardableResult
    static func reap(_ group: pid_t, until deadline: ContinuousClock.Instant) -> Int32? {
        var leaderStatus: Int32?
        while true {
            var status: Int32 = 0
            let reaped = waitpid(-group, &status, WNOHANG)
            if reaped == group { leaderStatus = status }
            if reaped > 0 { continue }
            if reaped == -1, errno == EINTR { continue }
            if reaped == -1 || ContinuousClock.now >= deadline { return leaderStatus }
            usleep(2_000)
        }
    }
}
