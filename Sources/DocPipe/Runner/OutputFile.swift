import Foundation

/// One file a run left in its output folder: its path there, size and SHA-256 (see
/// ``RunFingerprint``).
struct OutputFile: Codable, Sendable, Hashable {
    /// The path relative to the output folder.
    var file: String
    /// Its size in bytes.
    var bytes: Int
    /// The hex SHA-256 of its bytes.
    var sha256: String

    /// Every regular file under `output` but `run.json`, the work folder `.docpipe/`, the
    /// shards' folder `shards/`, temporary files and `skipping` (a cache folder inside the output
    /// folder), sorted by path. A file `manifest.json` lists with the same size takes the hash
    /// written there (export hashed it as it finished); the others are hashed now. A wrong hash
    /// can only make the next run a full one.
    /// - Throws: ``FileError/cannotRead(_:)`` when a file cannot be read.
    static func list(in output: URL, skipping: URL?, threads: Int) throws -> [OutputFile] {
        let root = output.standardizedFileURL.path
        let skipped = skipping.map { $0.standardizedFileURL.path }
        var found: [(path: String, bytes: Int)] = []
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        while let path = walker.nextObject() as? String {
            let full = root + "/" + path
            if path == ".docpipe" || path == "shards" || full == skipped {
                walker.skipDescendants()
                continue
            }
            var status = stat()
            guard path != "run.json", lstat(full, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            if LeftoverFiles.owner(of: (path as NSString).lastPathComponent) != nil { continue }
            found.append((path, Int(status.st_size)))
        }
        found.sort { $0.path < $1.path }
        let listed = manifestHashes(in: output)
        return try hashed(found.map { item in
            if let hash = listed[item.path], hash.bytes == item.bytes { return OutputFile(file: item.path, bytes: item.bytes, sha256: hash.sha256) }
            return OutputFile(file: item.path, bytes: item.bytes, sha256: "")
        }, in: output, threads: threads)
    }

    /// Whether every file is still in `output` with its size (a cheap first check).
    static func sizesMatch(_ files: [OutputFile], in output: URL) -> Bool {
        files.allSatisfy { file in
            var status = stat()
            return stat(output.appendingPathComponent(file.file).path, &status) == 0 && Int(status.st_size) == file.bytes
        }
    }

    /// Whether every file in `output` still has its hash, read on up to `threads` threads.
    static func hashesMatch(_ files: [OutputFile], in output: URL, threads: Int) -> Bool {
        guard let now = try? hashed(files.map { OutputFile(file: $0.file, bytes: $0.bytes, sha256: "") }, in: output, threads: threads) else {
            return false
        }
        return now.map(\.sha256) == files.map(\.sha256)
    }

    /// The files with an empty hash hashed, on up to `threads` threads.
    private static func hashed(_ files: [OutputFile], in output: URL, threads: Int) throws -> [OutputFile] {
        let missing = files.indices.filter { files[$0].sha256.isEmpty }
        let hashes = ConcurrentResults<String?>(count: missing.count)
        hashes.fill(threads: threads) { number in
            try? SHA256.file(output.appendingPathComponent(files[missing[number]].file)).sha256
        }
        var result = files
        for (number, index) in missing.enumerated() {
            guard let hash = hashes[number] ?? nil else { throw FileError.cannotRead(output.appendingPathComponent(files[index].file).path) }
            result[index].sha256 = hash
        }
        return result
    }

    /// `outputs` of the folder's `manifest.json` (written by `export`), by path; empty when there
    /// is none or it cannot be read.
    private static func manifestHashes(in output: URL) -> [String: (bytes: Int, sha256: String)] {
        struct Manifest: Decodable { var outputs: [OutputFile]? }
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent("manifest.json").path),
            let manifest = try? JSONCoding.decode(Manifest.self, from: data)
        else { return [:] }
        var hashes: [String: (bytes: Int, sha256: String)] = [:]
        for entry in manifest.outputs ?? [] where entry.sha256.count == 64 { hashes[entry.file] = (entry.bytes, entry.sha256) }
        return hashes
    }
}
