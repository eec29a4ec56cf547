#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory malloc holds free back to the system between the phases of a run, so that a
/// phase's short-lived allocations (spread over the arenas of the worker threads) do not stay in
/// the resident set through the phases after it; and keeps large blocks out of malloc's heaps
/// altogether (``keepLargeBlocksMapped()``).
enum FreeMemory {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Option = @convention(c) (Int32, Int32) -> Int32

    /// The size from which a block is mapped on its own and unmapped when freed: glibc's initial
    /// `M_MMAP_THRESHOLD`, 128 KiB.
    static let largeBlock: Int32 = 128 << 10

    /// glibc's `M_MMAP_THRESHOLD` option of `mallopt`.
    private static let mmapThresholdOption: Int32 = -3

    private static let option = glibcFunction("mallopt", as: Option.self)
    private static let trim = glibcFunction("malloc_trim", as: Trim.self)

    /// The C function `name` of the running process (glibc's malloc functions are not in the
    /// `Glibc` module), or `nil` without glibc.
    private static func glibcFunction<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
        #else
        return nil
        #endif
    }

    /// Returns malloc's free pages to the system (glibc's `malloc_trim`); does nothing without it.
    static func release() {
        _ = trim?(0)
    }

    /// Fixes glibc's mmap threshold at ``largeBlock`` for the rest of the process; does nothing
    /// without glibc.
    ///
    /// By default glibc raises the threshold to the size of each mapped block freed (up to 32 MiB),
    /// so after the first large document every buffer of up to 32 MiB (a document's text, its
    /// rendered template, a batch of rows) is carved from the threads' heaps, and what those
    /// heaps reach stays resident while small long-lived allocations pin their pages: the resident
    /// set then follows the largest documents met so far and the number of documents. With the
    /// threshold fixed, such buffers are mapped and unmapped on their own and leave nothing behind.
    static func keepLargeBlocksMapped() {
        _ = option?(mmapThresholdOption, largeBlock)
    }
}
