import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal: the
/// documents phase with counts, rate and time left, then each corpus step by name.
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

    /// Shows the corpus phase's current step (`step` of `steps`), e.g. "corpus 2/3: summarize".
    func phase(_ name: String, step: Int, of steps: Int) {
        guard enabled else { return }
        let elapsed = (ContinuousClock.now - started).seconds
        FileHandle.standardError.write(Data(String(format: "\rcorpus %d/%d: %@ (%.0f s so far)\u{1B}[K", step, steps, name, elapsed).utf8))
    }

    /// Ends the corpus phase's line.
    func finishPhases() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
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
        if let total, rate > 0, done < total {
            line += String(format: "  ~%.0f s left", Double(total - done) / rate)
        }
        if failed > 0 { line += "  \(failed) failed" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
