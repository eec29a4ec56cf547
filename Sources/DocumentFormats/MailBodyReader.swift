import Foundation

/// Splits a plain-text e-mail body into paragraphs, marking what a reader skips: quoted replies
/// (`>` lines, the attribution line before them such as `On Monday, Ann wrote:`, and everything
/// after an `-----Original Message-----` or Outlook `____` separator) as `quotedReply`, and the
/// signature (from a `-- ` line on) as `signature`. Other paragraphs (blank-line separated) have
/// their wrapped lines joined; bullet and numbered lines stay their own `listItem` paragraphs.
enum MailBodyReader {
    /// One paragraph of the body.
    struct Paragraph: Sendable, Hashable {
        /// `paragraph`, `listItem`, `quotedReply` or `signature`.
        var kind: String
        /// Its text, lines joined by spaces.
        var text: String
    }

    /// The body's paragraphs in order.
    static func paragraphs(of body: String) -> [Paragraph] {
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [Paragraph] = []
        var current: [String] = []
        var currentKind = "paragraph"
        func flush() {
            if !current.isEmpty { result.append(Paragraph(kind: currentKind, text: current.joined(separator: " "))) }
            current.removeAll()
        }
        func start(_ kind: String) {
            if kind != currentKind || kind == "listItem" { flush() }
            currentKind = kind
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line == "-- " || line == "--" {
                flush()
                let rest = lines[(index + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                result.append(Paragraph(kind: "signature", text: (["--"] + rest).joined(separator: " ")))
                return result
            }
            if isOriginalMessageSeparator(trimmed) {
                flush()
                let rest = lines[index...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                result.append(Paragraph(kind: "quotedReply", text: rest.joined(separator: " ")))
                return result
            }
            if trimmed.isEmpty {
                if currentKind != "quotedReply" || !nextContentIsQuoted(lines, after: index) { flush(); currentKind = "paragraph" }
            } else if trimmed.hasPrefix(">") {
                start("quotedReply")
                current.append(trimmed)
            } else if isAttribution(trimmed), nextContentIsQuoted(lines, after: index) {
                flush()
                currentKind = "quotedReply"
                current.append(trimmed)
            } else if startsListItem(trimmed) {
                start("listItem")
                current.append(trimmed)
            } else {
                if currentKind != "paragraph" && currentKind != "listItem" { flush(); currentKind = "paragraph" }
                current.append(trimmed)
            }
            index += 1
        }
        flush()
        return result
    }

    /// `On … wrote:` and its common translations, ending the line.
    static func isAttribution(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return lowered.hasSuffix("wrote:") || lowered.hasSuffix("a écrit :") || lowered.hasSuffix("a écrit:") || lowered.hasSuffix("schrieb:")
            || lowered.hasSuffix("escribió:") || lowered.hasSuffix("scritto:") || lowered.hasSuffix("написал(а):") || lowered.hasSuffix("написал:")
    }

    /// `-----Original Message-----` (any case, any number of dashes) or a line of 20 or more underscores.
    static func isOriginalMessageSeparator(_ line: String) -> Bool {
        let lowered = line.lowercased()
        if lowered.contains("original message"), lowered.hasPrefix("--") { return true }
        return line.count >= 20 && line.allSatisfy { $0 == "_" }
    }

    private static func nextContentIsQuoted(_ lines: [String], after index: Int) -> Bool {
        lines[(index + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces).hasPrefix(">") ?? false
    }

    private static func startsListItem(_ line: String) -> Bool {
        ParagraphBuilder.startsListItem(line)
    }
}
