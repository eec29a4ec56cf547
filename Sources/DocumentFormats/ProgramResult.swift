import Foundation

/// How a helper program ended and what it wrote.
struct ProgramResult: Sendable {
    /// How the program ended.
    enum Ending: Sendable, Hashable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it (SIGXCPU/SIGKILL at the CPU limit, SIGSEGV on a crash, …).
        case signaled(Int32)
        /// It ran past the wall-clock limit and was killed.
        case timedOut
        /// It wrote more than the output limit and was killed.
        case tooMuchOutput
    }

    /// How it ended.
    var ending: Ending
    /// Its standard output.
    var output: Data
    /// Its standard error (at most 64 KB).
    var errors: String
}
