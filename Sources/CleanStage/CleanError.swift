import DocPipe

/// Errors of the `clean` stage's options, turned into ``StageError`` messages.
enum CleanError {
    /// A regular expression that does not compile.
    static func invalidPattern(option: String, pattern: String) -> StageError {
        StageError("option '\(option)': '\(pattern)' is not a valid regular expression (ICU syntax); fix or remove it")
    }

    /// An unknown format name.
    static func unknownFormat(_ format: String) -> StageError {
        StageError("option 'format': '\(format)' is not a format; use auto, text, markdown or html")
    }
}
