import Foundation

/// How a program ended, read from its raw `waitpid` status.
struct ExitStatus: Sendable, Equatable, CustomStringConvertible {
    /// The status as `waitpid` reports it.
    let raw: Int32

    /// The exit code, when the program exited by itself.
    var code: Int32? { raw & 0x7F == 0 ? (raw >> 8) & 0xFF : nil }

    /// The signal that ended the program, when one did.
    var signal: Int32? {
        let number = raw & 0x7F
        return number != 0 && number != 0x7F ? number : nil
    }

    /// "exited with status 3", "was killed by signal 9 (Killed)".
    var description: String {
        if let code { return "exited with status \(code)" }
        if let signal {
            let name = strsignal(signal).map { String(cString: $0) } ?? "unknown"
            return "was killed by signal \(signal) (\(name))"
        }
        return "stopped (wait status \(raw))"
    }
}
