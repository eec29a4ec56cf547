import DocPipe
import Foundation

/// Decides, unit by unit, what stays in the article and what goes (and why), in the spirit of
/// jusText: every unit gets features; units matching a furniture family go; units that read as
/// prose anchor the article; furniture before the first prose unit (head), after the last (tail)
/// and between prose units (body) is judged with its position. Metadata lines are found on the way.
struct BoilerplateClassifier: Sendable {
    /// Whether boilerplate is removed.
    var removeBoilerplate: Bool
    /// Whether metadata lines are taken out into the metadata.
    var extractMetadata: Bool
    /// Lines to drop.
    var dropPatterns: PatternSet
    /// Lines never to drop.
    var keepPatterns: PatternSet

    /// The decisions for a document.
    struct Decisions: Sendable {
        /// For each unit, why it is removed, or `nil` when it stays.
        var reasons: [RemovalReason?]
        /// Metadata found in the text.
        var metadata: MetadataFindings
    }

    /// Classifies the units of one document.
    func classify(_ units: [AnalyzedUnit]) -> Decisions {
        let count = units.count
        var reasons = [RemovalReason?](repeating: nil, count: count)
        var kept = [Bool](repeating: false, count: count)
        var found = MetadataFindings()
        for index in 0..<count {
            let unit = units[index]
            if unit.unit.kind == .code || (!keepPatterns.isEmpty && keepPatterns.matches(unit.text)) {
                kept[index] = true
            } else if !dropPatterns.isEmpty && dropPatterns.matches(unit.text) {
                reasons[index] = .pattern
            }
        }
        for index in 0..<count where reasons[index] == nil && !kept[index] {
            let unit = units[index]
            if extractMetadata, let name = followedAuthor(unit) {
                reasons[index] = .author
                found.record(.author, name, at: index)
            } else if extractMetadata, let reason = combinedMetadata(unit, index: index, found: &found) {
                reasons[index] = reason
            } else if removeBoilerplate, ContactLine.matches(unit) {
                reasons[index] = .contact
                if extractMetadata, let name = ContactLine.author(unit, in: units) { found.record(.author, name, at: index) }
            } else if removeBoilerplate {
                if let reason = PhraseFamilies.interfaceReason(unit) {
                    reasons[index] = reason
                } else if PhraseFamilies.isCaption(unit) {
                    reasons[index] = .caption
                } else if PhraseFamilies.isRelated(unit) {
                    reasons[index] = .related
                }
            }
        }
        if removeBoilerplate {
            markRelatedLists(units, &reasons, kept)
            markRepeats(units, &reasons, kept)
        }
        // Prose anchors rest on the unit's text alone, never on its kind: the cleaned output keeps
        // the text but not the Markdown heading marker, and cleaning it again must find the same
        // anchors (idempotence). A heading that reads as a sentence is prose.
        let prose = (0..<count).map { units[$0].features.isProse }
        if removeBoilerplate { markTail(units, &reasons, kept, prose, &found) }
        let anchors = (0..<count).filter { prose[$0] && reasons[$0] == nil }
        guard let first = anchors.first, let last = anchors.last else {
            if extractMetadata { markExplicitMetadata(units, &reasons, kept, &found) }
            return Decisions(reasons: reasons, metadata: found)
        }
        for index in 0..<first where reasons[index] == nil && (NewsDateline.matches(units[index].text) || SportSlug.matches(units[index].text)) {
            kept[index] = true
        }
        let title = chooseTitle(units, before: first, reasons, kept)
        for index in 0..<first where reasons[index] == nil && !kept[index] {
            reasons[index] = headReason(units[index], index: index, title: title, found: &found)
        }
        var labelPending = false
        for index in (last + 1)..<max(last + 1, count) where !kept[index] {
            if reasons[index] == .bio, labelPending, extractMetadata, let name = PhraseFamilies.bioName(units[index]) {
                found.record(.author, name, at: index)
            }
            guard reasons[index] == nil else { continue }
            let signs = index == count - 1 && !units[index - 1].features.endsWithColon
            reasons[index] = tailReason(units[index], index: index, signsOff: signs, labelPending: &labelPending, found: &found)
        }
        // "Near the top" counts the units that stay, not every unit: removed ones are gone from the
        // cleaned text, and cleaning it again must judge the same units near the top (idempotence).
        var staying = 0
        for index in (first + 1)..<max(first + 1, last) {
            if reasons[index] == nil && !kept[index] && !prose[index] {
                reasons[index] = bodyReason(units[index], index: index, nearTop: staying < 3, found: &found)
            }
            if reasons[index] == nil { staying += 1 }
        }
        return Decisions(reasons: reasons, metadata: found)
    }

    /// "Follow NAME's opinions", "Follow NAME": the author named by a follow button.
    func followedAuthor(_ unit: AnalyzedUnit) -> String? {
        guard unit.features.words <= 8, !unit.features.endsSentence else { return nil }
        let tokens = unit.camelSplitTokens()
        guard tokens.count >= 3, tokens[0].lowercased() == "follow" else { return nil }
        var nameTokens: [String] = []
        for token in tokens.dropFirst() {
            guard NameShape.isNameToken(token) else { break }
            nameTokens.append(token)
            if token.hasSuffix("'s") || token.hasSuffix("\u{2019}s") { break }
        }
        return NameShape.name(nameTokens)
    }

    /// Headlines listed under a related-articles label ("Related coverage", "More stories") are
    /// related links too, until the next line that reads as prose.
    private func markRelatedLists(_ units: [AnalyzedUnit], _ reasons: inout [RemovalReason?], _ kept: [Bool]) {
        var listOpen = false
        for index in units.indices {
            if reasons[index] == .related && units[index].features.words <= 4 {
                listOpen = true
                continue
            }
            guard listOpen, reasons[index] == nil else { continue }
            let features = units[index].features
            if !kept[index], !features.endsSentence, !features.endsWithColon, features.words <= 20 {
                reasons[index] = .related
            } else {
                listOpen = false
            }
        }
    }

    private func markRepeats(_ units: [AnalyzedUnit], _ reasons: inout [RemovalReason?], _ kept: [Bool]) {
        var seen: [String: Int] = [:]
        for index in units.indices where reasons[index] == nil && !kept[index] && units[index].features.words <= 40 {
            seen[units[index].text, default: 0] += 1
        }
        var emitted: Set<String> = []
        for index in units.indices where reasons[index] == nil && !kept[index] {
            let unit = units[index]
            guard unit.features.words <= 40, let times = seen[unit.text], times >= 2 else { continue }
            let isFurniture = !unit.features.isProse
            if isFurniture || !emitted.insert(unit.text).inserted {
                reasons[index] = .boilerplate
            }
        }
    }

    private func markTail(_ units: [AnalyzedUnit], _ reasons: inout [RemovalReason?], _ kept: [Bool], _ prose: [Bool], _ found: inout MetadataFindings) {
        var index = units.count - 1
        while index >= 0 {
            defer { index -= 1 }
            if kept[index] {
                if prose[index] { return }
                continue
            }
            if reasons[index] != nil { continue }
            let unit = units[index]
            if let name = PhraseFamilies.bioName(unit) {
                reasons[index] = .bio
                if extractMetadata { found.record(.author, name, at: index) }
            } else if PhraseFamilies.isDisclaimer(unit) {
                reasons[index] = .disclaimer
            } else if prose[index] {
                return
            }
        }
    }

    /// The headline among the head units: the first headline-like unit of five words or more
    /// (kickers and site sections are shorter), else the first headline-like unit.
    private func chooseTitle(_ units: [AnalyzedUnit], before first: Int, _ reasons: [RemovalReason?], _ kept: [Bool]) -> Int? {
        var candidates: [Int] = []
        for index in 0..<first where reasons[index] == nil && !kept[index] && isTitleCandidate(units[index]) {
            if extractMetadata {
                var scratch = MetadataFindings()
                if explicitMetadata(units[index], index: index, inHead: true, found: &scratch) != nil { continue }
                if NameShape.name(units[index].tokens()) != nil { continue }
            }
            candidates.append(index)
        }
        return candidates.first { units[$0].features.words >= 5 } ?? candidates.first
    }

    private func headReason(_ unit: AnalyzedUnit, index: Int, title: Int?, found: inout MetadataFindings) -> RemovalReason? {
        if extractMetadata {
            if index == title {
                if let (section, headline) = Masthead.splitSectionPrefix(unit.text) {
                    found.record(.section, section, at: index)
                    found.record(.title, headline, at: index)
                } else {
                    found.record(.title, unit.text, at: index)
                }
                return .title
            }
            if let reason = explicitMetadata(unit, index: index, inHead: true, found: &found) { return reason }
            let nearTitle = title.map { index < $0 || index == $0 + 1 } ?? true
            if let name = bylineName(unit, bare: nearTitle) {
                found.record(.author, name, at: index)
                return .author
            }
        } else if index == title {
            return nil
        }
        return removeBoilerplate ? .boilerplate : nil
    }

    /// A tail unit's reason; a bare name is the author only when it closes the document (`signsOff`)
    /// and does not follow a label such as "Media contact:".
    private func tailReason(_ unit: AnalyzedUnit, index: Int, signsOff: Bool, labelPending: inout Bool, found: inout MetadataFindings) -> RemovalReason? {
        let features = unit.features
        let shortSentence = features.endsSentence && features.words >= 2 && features.capitalShare <= 0.5
        if extractMetadata {
            if PhraseFamilies.isAuthorLabel(unit) {
                labelPending = true
                return .author
            }
            if let reason = explicitMetadata(unit, index: index, inHead: false, found: &found) { return reason }
            if let name = bylineName(unit, bare: signsOff) {
                found.record(.author, name, at: index)
                return .author
            }
        }
        if shortSentence && unit.unit.kind != .listItem { return nil }
        return removeBoilerplate ? .boilerplate : nil
    }

    private func bodyReason(_ unit: AnalyzedUnit, index: Int, nearTop: Bool, found: inout MetadataFindings) -> RemovalReason? {
        if unit.unit.kind == .code { return nil }
        if extractMetadata {
            if unit.features.words <= 10, let date = DateLine.isoDate(unit) {
                found.record(.date, date, at: index)
                return .date
            }
            if let name = bylineName(unit, bare: nearTop) {
                found.record(.author, name, at: index)
                return .author
            }
        }
        guard removeBoilerplate else { return nil }
        let features = unit.features
        if isJunk(unit) { return .boilerplate }
        if !features.endsSentence && features.words >= 4 && features.stopWords == 0 && features.capitalShare == 1 && unit.unit.kind != .listItem {
            return .boilerplate
        }
        if !features.endsSentence && !features.endsWithColon && features.words > 10 && features.capitalShare >= 0.6 {
            return .related
        }
        return nil
    }

    /// Metadata any position may show explicitly: a dateline, a masthead, a section label, a "By" line.
    private func explicitMetadata(_ unit: AnalyzedUnit, index: Int, inHead: Bool, found: inout MetadataFindings) -> RemovalReason? {
        if let date = DateLine.isoDate(unit) {
            found.record(.date, date, at: index)
            return .date
        }
        if let (date, name) = datedByline(unit) {
            found.record(.date, date, at: index)
            found.record(.author, name, at: index)
            return .author
        }
        if let publisher = Masthead.publisher(unit) {
            found.record(.publisher, publisher, at: index)
            return .publisher
        }
        if inHead, let section = Masthead.sectionLine(unit) {
            found.record(.section, section, at: index)
            return .section
        }
        if let name = bylineName(unit, bare: false) {
            found.record(.author, name, at: index)
            return .author
        }
        return nil
    }

    private func markExplicitMetadata(_ units: [AnalyzedUnit], _ reasons: inout [RemovalReason?], _ kept: [Bool], _ found: inout MetadataFindings) {
        for index in units.indices where reasons[index] == nil && !kept[index] && !units[index].features.isProse {
            if let date = DateLine.isoDate(units[index]) {
                found.record(.date, date, at: index)
                reasons[index] = .date
            } else if let name = bylineName(units[index], bare: false) {
                found.record(.author, name, at: index)
                reasons[index] = .author
            }
        }
    }

    /// Separators between the parts of a combined metadata line.
    static let metadataSeparators: [String] = [" | ", " \u{00B7} ", " \u{2022} ", " \u{2014} ", " \u{2013} ", " - "]
    private static let separatorScalars: Set<Unicode.Scalar> = ["|", "\u{00B7}", "\u{2022}", "\u{2014}", "\u{2013}", "-"]

    /// A line of several metadata parts: "By Jane Doe | January 5, 2022 | 4 min read". Every part
    /// must be a byline (with or without "By"), a dateline, or a reading-time or interface label,
    /// and there must be a byline or a dateline.
    private func combinedMetadata(_ unit: AnalyzedUnit, index: Int, found: inout MetadataFindings) -> RemovalReason? {
        guard unit.features.words <= 20, !unit.features.isProse,
              unit.scalars.contains(where: { Self.separatorScalars.contains($0) }) else { return nil }
        var parts = [unit.text]
        for separator in Self.metadataSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        var author: String?
        var date: String?
        for part in parts {
            let scalars = Array(part.unicodeScalars)
            if let iso = DateLine.isoDate(FoldedText(scalars).string) {
                date = date ?? iso
            } else if let name = bylineName(tokens: part.split(separator: " ").map(String.init), bare: true) {
                author = author ?? name
            } else {
                let words = WordScanner.lowercasedWords(scalars)
                let readingTime = words.count <= 4 && (words.contains("read") || words.contains("reading"))
                guard readingTime || words.allSatisfy({ PhraseFamilies.interfaceLabels.contains($0) }) else { return nil }
            }
        }
        guard author != nil || date != nil else { return nil }
        if let date { found.record(.date, date, at: index) }
        if let author { found.record(.author, author, at: index) }
        return author != nil ? .author : .date
    }

    /// A dateline with a byline: "Posted on May 5, 2021 by Jane Doe".
    func datedByline(_ unit: AnalyzedUnit) -> (date: String, author: String)? {
        guard unit.features.words <= 18, !unit.features.isProse else { return nil }
        let text = unit.text
        let folded = unit.lowercasedText()
        guard let marker = folded.range(of: " by ", options: .backwards) else { return nil }
        let offset = folded.unicodeScalars.distance(from: folded.startIndex, to: marker.lowerBound)
        let scalars = Array(text.unicodeScalars)
        guard offset + 4 <= scalars.count else { return nil }
        let left = String(folded[..<marker.lowerBound])
        let right = ScalarString.make(scalars[(offset + 4)...])
        guard let date = DateLine.isoDate(left) else { return nil }
        guard let name = NameShape.name(right.split(separator: " ")) else { return nil }
        return (date, name)
    }

    /// Words of a label in front of "by" in a byline ("Guest essay by", "Opinion by", "Analysis by").
    static let bylineLabels: Set<String> = [
        "guest", "essay", "opinion", "analysis", "commentary", "column", "op-ed", "story", "words", "text", "article",
        "report", "reported", "written", "posted", "published", "review", "perspective", "viewpoint", "editorial",
        "letter", "blog", "post", "feature", "interview", "an", "a", "the", "new",
    ]

    /// Honorifics dropped from the front of a byline name ("By Dr. Jane Roe" gives "Jane Roe").
    static let honorifics: Set<String> = ["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "rev", "sir", "dame"]

    /// A byline: "By NAME", "- NAME", "— NAME", "Guest essay by NAME", or (when `bare`) a line that
    /// is only a name; an honorific before the name is dropped.
    func bylineName(_ unit: AnalyzedUnit, bare: Bool) -> String? {
        guard unit.features.words <= 14, !unit.features.endsSentence || unit.features.finalMark == "." else { return nil }
        return bylineName(tokens: unit.tokens().map(String.init), bare: bare)
    }

    /// A byline given as tokens (see ``bylineName(_:bare:)``).
    func bylineName(tokens original: [String], bare: Bool) -> String? {
        var tokens = original
        guard var first = tokens.first else { return nil }
        var marked = false
        if let dash = first.unicodeScalars.first, dash == "-" || dash == "\u{2013}" || dash == "\u{2014}", first.unicodeScalars.count > 1,
           ScalarClass.isLetter(first.unicodeScalars[first.unicodeScalars.index(after: first.unicodeScalars.startIndex)]) {
            first = String(first.unicodeScalars.dropFirst())
            tokens[0] = first
            marked = true
        }
        if first.lowercased() == "by" || first == "-" || first == "\u{2013}" || first == "\u{2014}" {
            tokens.removeFirst()
            marked = true
            if let next = tokens.first, next.lowercased() == "by" { tokens.removeFirst() }
        } else if first.lowercased() == "by:" {
            tokens.removeFirst()
            marked = true
        }
        if !marked, let by = tokens.firstIndex(where: { $0.lowercased() == "by" }), by >= 1, by <= 3,
           tokens[..<by].allSatisfy({ Self.bylineLabels.contains(NameShape.bare($0).lowercased()) }) {
            tokens.removeFirst(by + 1)
            marked = true
        }
        guard marked || bare else { return nil }
        if tokens.count >= 3, Self.honorifics.contains(NameShape.bare(tokens[0]).lowercased()) { tokens.removeFirst() }
        if let place = tokens.lastIndex(where: { $0 == "in" }), place >= 2, place + 1 < tokens.count, tokens.count - place <= 4,
           tokens[(place + 1)...].allSatisfy({ NameShape.isNameToken($0) }) {
            tokens = Array(tokens[..<place])
        }
        if let comma = tokens.firstIndex(where: { $0.hasSuffix(",") }), marked, comma + 1 < tokens.count,
           NameShape.name(Array(tokens[...comma])) != nil, !NameShape.isNameToken(tokens[comma + 1]) {
            tokens = Array(tokens[...comma])
        }
        return NameShape.name(tokens, capitals: marked)
    }

    /// A headline: 3 to 30 words, not ending with a period, not a list item, not a breadcrumb.
    func isTitleCandidate(_ unit: AnalyzedUnit) -> Bool {
        let features = unit.features
        guard features.words >= 3, features.words <= 30, features.letterWords >= 2, unit.unit.kind != .listItem else { return false }
        if Masthead.isBreadcrumb(unit) { return false }
        if let mark = features.finalMark, mark == "." || mark == ":" || mark == "," || mark == ";" { return false }
        return true
    }

    /// A line with nothing to read: no word, one short all-capitals token ("TT", "AB"), a lone
    /// web or mail address, or only hashtags and handles.
    func isJunk(_ unit: AnalyzedUnit) -> Bool {
        let features = unit.features
        if features.words == 0 { return true }
        let tokens = unit.tokens()
        if tokens.count == 1, let token = tokens.first {
            let lower = token.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
            if token.contains("@") && token.contains(".") && !token.contains(" ") { return true }
        }
        if tokens.allSatisfy({ $0.hasPrefix("#") || $0.hasPrefix("@") }) { return true }
        guard features.words == 1, unit.scalars.count <= 3 else { return false }
        return unit.scalars.allSatisfy { ScalarClass.isUppercase($0) || !ScalarClass.isLetter($0) }
    }
}
