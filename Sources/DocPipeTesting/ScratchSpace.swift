import Foundation

/// Folders and paths for tests, all under one folder per test process in the system's temporary
/// directory, which is removed when the process exits — so a test run leaves nothing behind.
///
/// ```swift
/// let output = try ScratchSpace.newFolder("export")
/// ```
///
/// A process that crashes keeps its folder (`docpipe-tests-<pid>`), which helps to see why.
public enum ScratchSpace {
    /// The folder of this process, made and registered for removal at exit on first use.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docpipe-tests-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchSpace.root) }
        return url
    }()

    /// Makes a new empty folder named after `label` and a unique suffix.
    /// - Throws: the file system's error when the folder cannot be made.
    public static func newFolder(_ label: String = "scratch") throws -> URL {
        let url = newPath(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A unique path named after `label` (and ending in `pathExtension`, if given) that does not exist yet.
    public static func newPath(_ label: String, pathExtension: String = "") -> URL {
        let name = "\(label)-\(UUID().uuidString)" + (pathExtension.isEmpty ? "" : ".\(pathExtension)")
        return root.appendingPathComponent(name)
    }
}
