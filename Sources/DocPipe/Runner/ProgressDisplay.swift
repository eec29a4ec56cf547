import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressDisplay {
    private let enabled: Bool
    private let total: Int?
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        self.total = total
    }

    func update(done: Int, failed: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        draw(done: done, failed: failed)
    }

    func finish(done: Int, failed: Int) {
        guard enabled else { return }
        draw(done: done, failed: failed)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(done: Int, failed: Int) {
        let elapsed = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "\r"
        if let total, total > 0 {
            let width = 30
            let filled = min(width, done * width / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)"
        } else {
            line += "\(done) documents"
        }
        line += String(format: "  %.1f docs/s", rate)
        if failed > 0 { line += "  \(failed) failed" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
