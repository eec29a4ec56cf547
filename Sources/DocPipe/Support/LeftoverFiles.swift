import Foundation

/// Names temporary files so that a later run can tell which ones a dead run left behind, and
/// removes those.
///
/// A temporary file is named `.NAME.tmp-HOST-PID-RANDOM` (spools: `processed-HOST-PID-RANDOM.jsonl`
/// and `documents-HOST-PID-RANDOM.jsonl` in `.docpipe/`, raw contribution spools ending `.bin`). A file is a leftover when it was made on
/// this host by a process that no longer runs; files of live processes and of other hosts (shards
/// on a cluster sharing the folder) are never touched.
public enum LeftoverFiles {
    /// This host's name as used in temporary names (no `-`, so names split unambiguously).
    static let host: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        let name = String(cString: buffer).replacingOccurrences(of: "-", with: "_")
        return name.isEmpty ? "localhost" : name
    }()

    /// The temporary name for a file that will become `name`.
    public static func temporaryName(for name: String) -> String {
        ".\(name).tmp-\(host)-\(getpid())-\(UUID().uuidString.prefix(8))"
    }

    /// The name of a spool file in `.docpipe/` (`kind` starts with one of ``spoolKinds``).
    static func spoolName(_ kind: String) -> String {
        "\(kind)-\(host)-\(getpid())-\(UUID().uuidString.prefix(8)).jsonl"
    }

    /// The process id that made `name`, when it is a temporary or spool name made on this host.
    static func owner(of name: String) -> pid_t? {
        var parts: [Substring]
        if name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) {
            parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            if parts.last?.hasSuffix("journal") == true { parts.removeLast() }
            guard parts.count == 3 else { return nil }
        } else if spoolKinds.contains(where: { name.hasPrefix($0 + "-") }), let suffix = [".jsonl", ".bin"].first(where: { name.hasSuffix($0) }) {
            parts = Array(name.dropLast(suffix.count).split(separator: "-", omittingEmptySubsequences: false).suffix(3))
            guard parts.count == 3 else { return nil }
        } else {
            return nil
        }
        guard parts[0] == host, let pid = pid_t(parts[1]) else { return nil }
        return pid
    }

    /// The kinds of spool file in `.docpipe/`.
    static let spoolKinds = ["processed", "documents", "contributions"]

    /// Whether a process with this id is running.
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes, under `folder` (recursively), the temporary and spool files of dead processes of
    /// this host.
    /// - Returns: the number of files removed and their bytes.
    @discardableResult
    public static func removeDead(under folder: URL) -> (files: Int, bytes: Int) {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else {
            return (0, 0)
        }
        var removed = (files: 0, bytes: 0)
        let me = getpid()
        for case let url as URL in walker {
            guard let pid = owner(of: url.lastPathComponent), pid != me, !isRunning(pid) else { continue }
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            if (try? FileManager.default.removeItem(at: url)) != nil {
                removed.files += 1
                removed.bytes += size
            }
        }
        return removed
    }
}
