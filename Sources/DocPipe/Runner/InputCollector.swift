import Foundation

/// Turns the input paths of a run into the ordered list of files to read.
///
/// Folders are searched recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files
/// (and the extensions of the run's ``DocumentConverter``s),
/// sorted by path so the order does not depend on the file system. Symbolic links to folders are
/// followed once; a link loop is reported, not followed forever. DocPipe's own outputs are never
/// input: the run's output and cache folders, and any folder holding a `.docpipe` work folder
/// (another run's output), are skipped with a warning.
struct InputCollector {
    /// Folders never read (the run's output and cache), as real paths.
    var excluded: Set<String> = []

    /// Extensions read from folders besides ``extensions``: those of the run's converters.
    var extraExtensions: Set<String> = []

    /// A collector that skips the given folders and also reads files with `extraExtensions`.
    init(excluding folders: [URL] = [], extraExtensions: Set<String> = []) {
        self.extraExtensions = extraExtensions
        excluded = Set(folders.map { $0.resolvingSymlinksInPath().standardizedFileURL.path })
    }

    private func isOutputFolder(_ folder: URL) -> Bool {
        excluded.contains(folder.resolvingSymlinksInPath().standardizedFileURL.path)
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent(".docpipe").path)
    }

    static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    struct Collected {
        var files: [(url: URL, id: String)] = []
        var readsStandardInput = false
        var warnings: [String] = []
    }

    func collect(_ paths: [String]) throws -> Collected {
        var collected = Collected()
        var usedIDs: [String: Int] = [:]
        func uniqueID(_ base: String) -> String {
            let count = usedIDs[base, default: 0] + 1
            usedIDs[base] = count
            return count == 1 ? base : "\(base)~\(count)"
        }
        for path in paths {
            if path == "-" {
                collected.readsStandardInput = true
                continue
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw RunError.missingInput(path)
            }
            if isDirectory.boolValue {
                if isOutputFolder(url) {
                    collected.warnings.append("\(url.path): a DocPipe output folder, not read as input")
                    continue
                }
                var visited: Set<String> = []
                var found: [(URL, String)] = []
                try walk(url, relative: "", visited: &visited, found: &found, warnings: &collected.warnings)
                for (file, relative) in found.sorted(by: { $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }) {
                    collected.files.append((file, uniqueID(Self.stripExtension(relative))))
                }
            } else {
                collected.files.append((url, uniqueID(url.deletingPathExtension().lastPathComponent)))
            }
        }
        return collected
    }

    private func walk(_ folder: URL, relative: String, visited: inout Set<String>, found: inout [(URL, String)], warnings: inout [String]) throws {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            warnings.append("\(folder.path): symbolic link loop, not followed again")
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            warnings.append("\(folder.path): cannot list the folder (\(error.localizedDescription))")
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder.appendingPathComponent(name)
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory) else {
                warnings.append("\(child.path): broken link or unreadable entry, skipped")
                continue
            }
            if isDirectory.boolValue {
                if isOutputFolder(child) {
                    warnings.append("\(child.path): a DocPipe output folder, not read as input")
                    continue
                }
                try walk(child, relative: childRelative, visited: &visited, found: &found, warnings: &warnings)
            } else if Self.extensions.contains(child.pathExtension.lowercased()) || extraExtensions.contains(child.pathExtension.lowercased()) {
                found.append((child, childRelative))
            }
        }
    }

    static func stripExtension(_ relative: String) -> String {
        guard let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") else { return relative }
        return String(relative[..<dot])
    }
}
