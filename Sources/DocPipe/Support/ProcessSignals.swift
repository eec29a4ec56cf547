import Foundation

/// Process-wide signal dispositions DocPipe needs to turn faults into errors.
public enum ProcessSignals {
    /// Ignores `SIGPIPE` and `SIGXFSZ`, so that writing to a program that has exited, or past a
    /// file-size limit, fails that one write with `EPIPE` or `EFBIG` (reported as an error for
    /// the document or file concerned) instead of killing the whole run.
    ///
    /// Programs DocPipe starts get default dispositions back (the `command` stage resets them).
    public static func ignoreBrokenPipesAndFileSizeLimits() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }
}
