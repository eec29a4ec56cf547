#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory malloc holds free back to the system between the phases of a run, so that a
/// phase's short-lived allocations (spread over the arenas of the worker threads) do not stay in
/// the resident set through the phases after it.
enum FreeMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private nonisolated(unsafe) static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Returns malloc's free pages to the system (glibc's `malloc_trim`); does nothing without it.
    static func release() {
        _ = trim?(0)
    }
}
