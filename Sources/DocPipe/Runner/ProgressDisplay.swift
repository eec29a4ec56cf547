import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal: the
/// documents phase with counts, rate and time left, then each corpus step by name, with the
/// documents it has read of the corpus and the time left when the step streams documents.
final class ProgressDisplay: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int?
    private let write: @Sendable (String) -> Void
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var step: (name: String, index: Int, count: Int, started: ContinuousClock.Instant)?
    /// The current pass of the step over the corpus: when it started and how far it has read.
    private var pass: (started: ContinuousClock.Instant, done: Int) = (ContinuousClock.now, 0)

    /// A display on standard error, shown only when `enabled` and standard error is a terminal.
    convenience init(enabled: Bool, total: Int?) {
        self.init(enabled: enabled && isatty(STDERR_FILENO) == 1, total: total) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// A display that hands each drawn line to `write` (for tests).
    init(enabled: Bool, total: Int?, write: @escaping @Sendable (String) -> Void) {
        self.enabled = enabled
        self.total = total
        self.write = write
    }

    func update(done: Int, failed: Int) {
        guard enabled, dueForDraw() else { return }
        draw(done: done, failed: failed)
    }

    func finish(done: Int, failed: Int) {
        guard enabled else { return }
        draw(done: done, failed: failed)
        write("\n")
    }

    /// Shows the corpus phase's current step (`step` of `steps`), e.g. "corpus 2/3: summarize".
    func phase(_ name: String, step: Int, of steps: Int) {
        guard enabled else { return }
        self.step = (name, step, steps, ContinuousClock.now)
        pass = (ContinuousClock.now, 0)
        write(String(format: "\rcorpus %d/%d: %@ (%.0f s so far)\u{1B}[K", step, steps, name, (ContinuousClock.now - started).seconds))
    }

    /// Shows how far the current corpus step has read the corpus (its documents or their
    /// contributions): `done` of `total`, and the time left of this pass at its rate so far (a
    /// step may read the corpus more than once; a pass starts when `done` falls back).
    func stepRead(_ done: Int, of total: Int) {
        guard enabled, let step else { return }
        if done < pass.done { pass.started = ContinuousClock.now }
        pass.done = done
        guard dueForDraw() || done == total else { return }
        let elapsed = (ContinuousClock.now - pass.started).seconds
        var line = String(format: "\rcorpus %d/%d: %@ %d/%d documents", step.index, step.count, step.name, done, total)
        if done > 0, done < total, elapsed > 0 {
            line += String(format: "  ~%.0f s left", elapsed / Double(done) * Double(total - done))
        }
        write(line + "\u{1B}[K")
    }

    /// Ends the corpus phase's line.
    func finishPhases() {
        guard enabled else { return }
        write("\r\u{1B}[K")
    }

    private func dueForDraw() -> Bool {
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) else { return false }
        lastDraw = now
        return true
    }

    private func draw(done: Int, failed: Int) {
        let elapsed = (ContinuousClock.now - started).seconds
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
        write(line)
    }
}
