import Foundation

/// Splits a plain-text e-mail body into paragraphs, marking what a reader skips: quoted replies
/// (`>` lines, the attribution line before them such as `On Monday, Ann wrote:`, and everything
/// after an `-----Original Message-----` separator, or an Outlook `____` line followed by a header
/// line such as `From: …`) as `quotedReply`, and the
/// signature (from a `-- ` line on) as `signature`. Other paragraphs (blank-line separated) have
/// their wrapped lines joined (a word hyphenated at a line's end is joined again; a decorative
/// rule such as `__________` ends a paragraph and is dropped, OpenPGP clear-signing armour is
/// dropped, a letter-spaced heading is written as words); bullet and numbered lines stay their own `listItem` paragraphs.
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
        let lines = withoutPGPArmour(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)).map(unspacedLetters)
        var result: [Paragraph] = []
        var current: [String] = []
        var currentKind = "paragraph"
        func flush() {
            if !current.isEmpty {
                let text = currentKind == "quotedReply" ? current.joined(separator: " ") : ParagraphBuilder.joined(current)
                result.append(Paragraph(kind: currentKind, text: text))
            }
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
            if isOriginalMessageSeparator(trimmed), trimmed.hasPrefix("-") || nextContentIsHeader(lines, after: index) {
                flush()
                let rest = lines[index...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                result.append(Paragraph(kind: "quotedReply", text: rest.joined(separator: " ")))
                return result
            }
            if isRule(trimmed) {
                if currentKind != "quotedReply" { flush(); currentKind = "paragraph" }
            } else if trimmed.isEmpty {
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

    /// The lines of a clear-signed (OpenPGP) body without its armour: the
    /// `-----BEGIN PGP SIGNED MESSAGE-----` line and its `Hash:` lines, the signature block from
    /// `-----BEGIN PGP SIGNATURE-----` to `-----END PGP SIGNATURE-----`, and the `- ` that escapes
    /// lines starting with a dash. Other bodies are returned as they are.
    static func withoutPGPArmour(_ lines: [String]) -> [String] {
        guard let begin = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "-----BEGIN PGP SIGNED MESSAGE-----" }) else { return lines }
        var result = Array(lines[..<begin])
        var index = begin + 1
        while index < lines.count, lines[index].hasPrefix("Hash:") { index += 1 }
        var inSignature = false
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "-----BEGIN PGP SIGNATURE-----" {
                inSignature = true
            } else if trimmed == "-----END PGP SIGNATURE-----" {
                inSignature = false
            } else if !inSignature {
                result.append(line.hasPrefix("- ") ? String(line.dropFirst(2)) : line)
            }
            index += 1
        }
        return result
    }

    /// A letter-spaced heading (`T a s t y   B i t s`: single characters one space apart, words
    /// three or more apart) written as words (`Tasty Bits`); any other line as it is.
    static func unspacedLetters(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let words = trimmed.components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let letters = words.map { $0.split(separator: " ", omittingEmptySubsequences: false) }
        guard letters.joined().count >= 4,
              letters.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.count == 1 && $0.first?.isLetter == true || $0.count == 1 && $0.first?.isNumber == true } })
        else { return line }
        return letters.map { $0.joined() }.joined(separator: " ")
    }

    /// A decorative rule: ten or more of one of `_`, `-`, `=`, `*` and nothing else. It ends the
    /// paragraph and is not kept (it is no text).
    static func isRule(_ line: String) -> Bool {
        guard line.count >= 10, let first = line.first, "_-=*".contains(first) else { return false }
        return line.allSatisfy { $0 == first }
    }

    /// Whether the next non-empty line after `index` looks like a header line of a forwarded or
    /// replied-to message (`From: …`, `De : …`, `Von: …`): a short name of letters, then a colon.
    private static func nextContentIsHeader(_ lines: [String], after index: Int) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })?
            .trimmingCharacters(in: .whitespaces), let colon = next.firstIndex(of: ":")
        else { return false }
        let name = next[..<colon].trimmingCharacters(in: .whitespaces)
        return !name.isEmpty && name.count <= 20 && name.allSatisfy { $0.isLetter || $0 == "-" || $0 == " " }
    }

    private static func nextContentIsQuoted(_ lines: [String], after index: Int) -> Bool {
        lines[(index + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces).hasPrefix(">") ?? false
    }

    private static func startsListItem(_ line: String) -> Bool {
        ParagraphBuilder.startsListItem(line)
    }
}
