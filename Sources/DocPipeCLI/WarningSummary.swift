import DocPipe

/// The few lines at the end of a run that say what went wrong besides failures, so nothing
/// stays hidden in `run.json`.
enum WarningSummary {
    /// How many warnings are printed in full before the rest are counted.
    static let shown = 5

    /// Prints the warnings of a run, grouped by message, and where the full list is.
    static func print(for report: RunReport) {
        guard !report.warnings.isEmpty || report.documentsFailed > 0 else { return }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for warning in report.warnings {
            let message = warning.message
            if counts[message] == nil { order.append(message) }
            counts[message, default: 0] += 1
        }
        for message in order.prefix(shown) {
            let count = counts[message] ?? 0
            let subject = report.warnings.first { $0.message == message }?.subject ?? ""
            Console.error("warning: \(count == 1 ? subject : "\(count) documents (first: \(subject))"): \(message)")
        }
        if order.count > shown {
            Console.error("… and \(order.count - shown) other kind(s) of warning")
        }
        Console.error(
            "\(report.warnings.count) warning(s), \(report.documentsFailed) failure(s); details in \(report.output)/run.json")
    }
}
