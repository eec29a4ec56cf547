import Foundation

/// Hands out input items in order: the collected files, then the lines of standard input.
/// Used from one task only (the runner's), so it needs no locking.
final class InputFeed {
    private let files: [(url: URL, id: String)]
    private var fileIndex = 0
    private var stdin: LineReader?
    private var stdinLine = 0
    private var sequence = 0
    private(set) var warnings: [String] = []

    private let shard: Shard?

    init(collected: InputCollector.Collected, shard: Shard? = nil) {
        files = collected.files
        self.shard = shard
        stdin = collected.readsStandardInput ? LineReader(handle: FileHandle.standardInput) : nil
    }

    /// The path relative to the working folder when the file is under it, so outputs do not
    /// depend on where the checkout lives.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }

    /// The next item of this run's shard, numbered by its place among all inputs.
    func next() -> InputItem? {
        while let item = nextOfAll() {
            if shard?.contains(item.id) ?? true { return item }
        }
        return nil
    }

    private func nextOfAll() -> InputItem? {
        defer { sequence += 1 }
        if fileIndex < files.count {
            let (url, id) = files[fileIndex]
            fileIndex += 1
            return InputItem(sequence: sequence, id: id, source: Self.displayPath(url), origin: .file(url))
        }
        while let reader = stdin {
            do {
                guard let line = try reader.nextLine() else {
                    stdin = nil
                    return nil
                }
                stdinLine += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return InputItem(sequence: sequence, id: "stdin-\(stdinLine)", source: "stdin:\(stdinLine)", origin: .jsonLine(line, line: stdinLine))
            } catch {
                warnings.append("reading standard input failed: \(error)")
                stdin = nil
            }
        }
        return nil
    }
}
