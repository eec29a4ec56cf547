import Foundation

/// Recognises mastheads, outlet names and section labels from small dictionaries of general
/// knowledge: words typical of publication names, wire services and common outlets, and the usual
/// section names of news sites.
enum Masthead {
    /// Words that end publication names ("… Post", "… Times", "… Journal").
    static let publicationWords: Set<String> = [
        "post", "times", "journal", "news", "herald", "tribune", "guardian", "review", "magazine", "daily", "gazette",
        "insider", "telegraph", "observer", "chronicle", "independent", "standard", "express", "mirror", "globe",
        "mail", "monitor", "economist", "examiner", "inquirer", "dispatch", "courier", "bulletin", "record", "press",
        "wire", "weekly", "digest", "reporter", "sentinel", "today", "spectator", "affairs", "policy", "interest",
        "quarterly", "radio", "television", "tv", "network", "agency", "media", "online", "beast", "intercept",
        "star", "sun", "nation", "week", "register", "caller", "leader", "argus", "mercury", "advertiser", "citizen",
    ]

    /// Names of wire services and outlets that stand alone as a masthead or a trailing credit.
    static let outletNames: Set<String> = [
        "bloomberg", "bloomberg opinion", "reuters", "associated press", "the associated press", "ap", "afp",
        "agence france-presse", "bbc", "bbc news", "cnn", "npr", "politico", "axios", "forbes", "fortune", "slate",
        "vox", "salon", "wired", "tass", "xinhua", "al jazeera", "newsweek", "time", "the economist", "deutsche welle",
        "dw", "euronews", "rfe/rl", "radio free europe/radio liberty", "interfax", "sputnik", "rt", "kyodo", "yonhap",
        "ansa", "efe", "dpa", "upi", "project syndicate", "foreign policy", "foreign affairs", "the atlantic",
        "the hill", "the conversation", "the new yorker", "vice", "buzzfeed news", "huffpost", "the verge", "quartz",
        "the diplomat", "eurasianet", "meduza", "novaya gazeta", "kommersant", "vedomosti", "le monde", "der spiegel",
    ]

    /// Section names that can stand alone on a line or open a headline after a separator.
    static let sectionNames: Set<String> = [
        "opinion", "opinions", "analysis", "commentary", "editorial", "editorials", "op-ed", "perspective",
        "perspectives", "column", "columns", "essay", "review", "reviews", "world", "politics", "business", "economy",
        "europe", "asia", "africa", "americas", "middle east", "technology", "tech", "science", "health", "culture",
        "sport", "sports", "news", "local", "national", "international", "investigations", "features", "explainer",
        "interview", "letters", "obituaries", "breaking news", "latest", "live", "exclusive", "world news",
        "us news", "uk news", "global opinions", "global", "markets", "finance", "climate", "environment", "security",
        "defense", "defence", "diplomacy", "society", "arts", "books", "travel", "lifestyle", "education", "magazine",
        "ideas", "foreign", "domestic", "regions", "region", "blog", "blogs", "podcast",
    ]

    /// Labels that may open a headline without a separator ("Opinion Putin can't …").
    static let headlineLabels: Set<String> = [
        "opinion", "opinions", "analysis", "commentary", "editorial", "op-ed", "perspective", "exclusive", "explainer",
        "interview", "review", "essay", "column",
    ]

    /// Separators between a masthead or section and what follows.
    static let separators: Set<String> = ["|", "-", "\u{2013}", "\u{2014}", ":", "\u{2022}", "\u{00B7}", ">", "/", "\u{203A}"]

    /// The publisher named by a masthead line: an outlet name alone, or "[The] Capitalised … PublicationWord"
    /// standing alone, before a separator, or glued to a slogan ("The Daily PostAll the news").
    static func publisher(_ unit: AnalyzedUnit) -> String? {
        guard unit.features.words <= 14, !unit.features.endsSentence || unit.features.words <= 3 else { return nil }
        let whole = unit.text.trimmingTrailingPunctuation().lowercased()
        if outletNames.contains(whole) { return unit.text.trimmingTrailingPunctuation() }
        let glued = unit.tokens()
        let tokens = unit.camelSplitTokens()
        var end = 0
        var candidates: [Int] = []
        while end < tokens.count, end < 7 {
            let token = tokens[end]
            let lower = token.lowercased()
            guard let first = token.unicodeScalars.first, ScalarClass.isUppercase(first) || (end == 0 && lower == "the") else { break }
            guard token.unicodeScalars.allSatisfy({ ScalarClass.isLetter($0) || ScalarClass.isApostrophe($0) || $0 == "." || $0 == "-" }) else { break }
            if publicationWords.contains(lower) && (end >= 1 || tokens.count == 1) { candidates.append(end) }
            end += 1
        }
        for last in candidates.reversed() {
            let name = tokens[0...last].joined(separator: " ")
            let after = last + 1
            if after == tokens.count {
                if tokens.count <= 6 { return name }
                continue
            }
            if separators.contains(tokens[after]) { return name }
            if tokens.count > glued.count && joinedAt(glued: glued, tokens: tokens, boundary: after) { return name }
        }
        return nil
    }

    /// Characters that separate the steps of a breadcrumb or a section path.
    static let breadcrumbSeparators: Set<Character> = ["|", "/", ">", "\u{203A}", "\u{00BB}", "\u{2022}"]

    /// Whether a line is a breadcrumb: three or more short steps separated by `>`, `›`, `»`, `/`, `|` or `•`.
    static func isBreadcrumb(_ unit: AnalyzedUnit) -> Bool {
        guard unit.features.words <= 16 else { return false }
        let parts = unit.text.split { breadcrumbSeparators.contains($0) }
        return parts.count >= 3 && parts.allSatisfy { $0.split(separator: " ").count <= 4 }
    }

    /// The section of a line that is only a section name ("Opinion", "World News"), or a path of
    /// section names ("Home > World > Europe" gives "World").
    static func sectionLine(_ unit: AnalyzedUnit) -> String? {
        guard unit.features.words <= 6, !unit.features.endsSentence else { return nil }
        let text = unit.text.trimmingTrailingPunctuation()
        if sectionNames.contains(text.lowercased()) { return text }
        let parts = text.split { breadcrumbSeparators.contains($0) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.lowercased() != "home" }
        guard text.contains(where: { breadcrumbSeparators.contains($0) }), !parts.isEmpty,
              parts.allSatisfy({ sectionNames.contains($0.lowercased()) }) else { return nil }
        return parts[0]
    }

    /// A headline opened by a section label: "Opinion Putin can't …", "World | Talks begin …".
    /// - Returns: the section and the headline, or `nil`.
    static func splitSectionPrefix(_ text: String) -> (section: String, headline: String)? {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true)
        guard tokens.count >= 4 else { return nil }
        for width in 1...2 where tokens.count > width + 2 {
            var label = tokens[..<width].joined(separator: " ")
            var rest = tokens[width...]
            var separated = false
            if label.hasSuffix(":") || label.hasSuffix("|") {
                label.removeLast()
                separated = true
            } else if let next = rest.first, separators.contains(String(next)) {
                rest = rest.dropFirst()
                separated = true
            }
            let lower = label.lowercased()
            guard sectionNames.contains(lower), rest.count >= 3 else { continue }
            guard separated || (width == 1 && headlineLabels.contains(lower)) else { continue }
            guard let first = rest.first?.unicodeScalars.first, ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) else { continue }
            return (label, rest.joined(separator: " "))
        }
        return nil
    }

    private static func joinedAt(glued: [Substring], tokens: [String], boundary: Int) -> Bool {
        var consumed = 0
        for token in glued {
            let length = token.unicodeScalars.count
            var covered = 0
            var index = consumed
            while index < tokens.count, covered < length {
                covered += tokens[index].unicodeScalars.count
                index += 1
            }
            if consumed < boundary && boundary < index { return true }
            consumed = index
        }
        return false
    }
}
