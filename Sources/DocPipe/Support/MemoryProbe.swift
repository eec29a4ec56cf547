import Foundation

/// Notes the process's memory at named points of a run, for measuring what the corpus steps
/// keep: when the environment variable `DOCPIPE_MEMORY_LOG` names a file, each ``note(_:)``
/// appends a line with the seconds since the first note, the resident set (`VmRSS`), its
/// anonymous part (`RssAnon`: the heap) and the label. Without the variable it does nothing.
/// A measuring aid, not an option: nothing in the outputs depends on it.
public enum MemoryProbe {
    private static let path = ProcessInfo.processInfo.environment["DOCPIPE_MEMORY_LOG"]
    private static let started = Date()
    private static let lock = NSLock()

    /// Whether notes are written.
    public static var isEnabled: Bool { path != nil }

    /// Appends one line for `label` (only when ``isEnabled``).
    public static func note(_ label: @autoclosure () -> String) {
        guard let path else { return }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = String(format: "%.1f rss_kib=%d anon_kib=%d ", Date().timeIntervalSince(started), kib("VmRSS:", in: status), kib("RssAnon:", in: status)) + label() + "\n"
        lock.lock()
        defer { lock.unlock() }
        if let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            handle.closeFile()
        }
    }

    private static func kib(_ field: String, in status: String) -> Int {
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? -1
        }
        return -1
    }
}
