import Foundation

/// Hands out input items in order: the collected files, then the lines of standard input;
/// ``nextAhead()`` hands out a large file (``LargeInputs``) before its turn, and ``next()`` then
/// skips it. Used from one task only (the runner's), so it needs no locking.
final class InputFeed {
    private let files: [(url: URL, id: String)]
    private var fileIndex = 0
    private let ahead: [Int]
    private var aheadIndex = 0
    private var stdin: LineReader?
    private var stdinLine = 0
    private var sequence = 0
    private(set) var warnings: [String] = []

    private let shard: Shard?

    /// - Parameter ahead: positions in `collected.files`, ascending, that ``nextAhead()`` may
    ///   hand out before their turn (only for a run of every file, without standard input).
    init(collected: InputCollector.Collected, shard: Shard? = nil, ahead: [Int] = []) {
        files = collected.files
        self.shard = shard
        self.ahead = shard == nil && !collected.readsStandardInput ? ahead : []
        stdin = collected.readsStandardInput ? LineReader(handle: FileHandle.standardInput) : nil
    }

    /// The path relative to the working folder when the file is under it, so outputs do not
    /// depend on where the checkout lives.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }

    /// The next item of this run's shard, numbered by its place among all inputs; a file
    /// already handed out by ``nextAhead()`` is skipped.
    func next() -> InputItem? {
        while let item = nextOfAll() {
            if aheadIndex < ahead.count, ahead[aheadIndex] == item.sequence {
                aheadIndex += 1
                return item
            }
            if aheadIndex > 0, item.sequence <= ahead[aheadIndex - 1], ahead[..<aheadIndex].contains(item.sequence) { continue }
            if shard?.contains(item.id) ?? true { return item }
        }
        return nil
    }

    /// The first large file not handed out yet, before its turn; `nil` when none is left.
    /// The files it hands out come in ascending order.
    func nextAhead() -> InputItem? {
        guard aheadIndex < ahead.count else { return nil }
        let position = ahead[aheadIndex]
        aheadIndex += 1
        let (url, id) = files[position]
        return InputItem(sequence: position, id: id, source: Self.displayPath(url), origin: .file(url))
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
