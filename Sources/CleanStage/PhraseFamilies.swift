/// Short families of phrases that mark web furniture: interface buttons and prompts,
/// advertisements, captions and photo credits, related-article links, disclaimers and author bios.
/// The phrases are general web vocabulary, not any one site's lines.
enum PhraseFamilies {
    /// Opening phrases of interface lines (buttons, prompts, social links).
    static let interfaceOpenings: [[String]] = [
        ["follow"], ["subscribe"], ["sign", "up"], ["sign", "in"], ["log", "in"], ["log", "out"], ["login"], ["signup"],
        ["read", "more"], ["read", "next"], ["read", "the", "full"], ["continue", "reading"], ["keep", "reading"],
        ["click", "here"], ["tap", "here"], ["skip", "to"], ["back", "to", "top"], ["copy", "link"], ["gift", "this"],
        ["leave", "a", "comment"], ["view", "comments"], ["show", "comments"], ["load", "more"], ["see", "more"],
        ["share", "this"], ["share", "on"], ["share", "via"], ["share", "article"], ["connect", "with", "us"],
        ["follow", "us"], ["like", "us"], ["download", "the", "app"], ["get", "the", "app"], ["already", "a", "subscriber"],
        ["create", "an", "account"], ["create", "a", "free"], ["listen", "to", "this"], ["listen", "to", "article"],
        ["newsletter"], ["get", "our", "newsletter"], ["enter", "your", "email"], ["accept", "cookies"],
        ["manage", "cookies"], ["cookie", "settings"], ["privacy", "policy"], ["terms", "of", "use"], ["terms", "of", "service"],
        ["support", "our", "journalism"], ["donate", "now"], ["watch", "video"], ["play", "video"], ["view", "gallery"],
        ["open", "in", "app"], ["report", "an", "error"], ["save", "article"], ["hi", "what", "are", "you"],
        ["reading", "time"], ["estimated", "reading"], ["jump", "to"],
    ]

    /// Phrases that make a short line an interface prompt wherever they stand.
    static let interfacePhrases: [[String]] = [
        ["what", "are", "you", "looking", "for"], ["connect", "with", "us"], ["follow", "us"], ["sign", "up", "for"],
        ["subscribe", "to", "our"], ["subscribe", "now"], ["our", "newsletter"], ["min", "read"], ["minute", "read"],
        ["share", "this", "article"], ["share", "this", "story"], ["comments", "are", "closed"], ["you", "may", "also", "like"],
        ["you", "might", "also", "like"], ["all", "rights", "reserved"], ["your", "inbox"], ["delivered", "to", "your"],
        ["sign", "up", "now"], ["subscribe", "for"], ["subscribe", "today"], ["free", "trial"],
    ]

    /// Phrases that make a line of up to 20 words an interface line whatever its punctuation:
    /// paywall and gifting prompts, sponsorship labels, newsletter and sign-off prompts.
    static let strongInterfacePhrases: [[String]] = [
        ["send", "any", "friend"], ["gift", "articles"], ["gift", "article"], ["as", "a", "subscriber"],
        ["already", "a", "subscriber"], ["subscribe", "to", "continue"], ["to", "continue", "reading"],
        ["create", "a", "free", "account"], ["you", "have", "reached", "your"],
        ["thanks", "for", "reading"], ["thank", "you", "for", "reading"], ["receiving", "this", "email"],
        ["follow", "me", "for"], ["unsubscribe", "here"], ["manage", "your", "subscription"],
    ]

    /// Phrases of editorial notes at the end of an article: contributor credits and corrections
    /// (and, at the start of a line, "Reporting by", "Editing by", …).
    static let editorialNotePhrases: [String] = [
        "contributed to this report", "contributed reporting", "additional reporting by", "this story has been updated", "this article has been updated",
        "this article has been corrected", "an earlier version of this", "used with the permission of",
        "reprinted with permission", "republished with permission",
    ]

    /// Phrases of cookie notices.
    static let cookiePhrases: [[String]] = [
        ["accept", "cookies"], ["accept", "all", "cookies"], ["cookie", "policy"], ["cookies", "policy"], ["cookie", "settings"],
        ["cookie", "preferences"], ["consent"], ["this", "website"], ["this", "site"], ["our", "website"], ["our", "site"],
        ["privacy"], ["browsing"],
    ]

    /// Words by which a line speaks to the reader or for the site.
    static let readerWords: Set<String> = ["you", "your", "you're", "you've", "you'll", "our", "us"]

    /// Words that are interface labels when a line consists of them only (at most eight, and not
    /// a sentence unless one or two).
    static let interfaceLabels: Set<String> = [
        "share", "shares", "print", "email", "e-mail", "tweet", "comments", "comment", "save", "saved", "menu", "search",
        "home", "close", "next", "previous", "back", "more", "watch", "listen", "play", "login", "register", "facebook",
        "twitter", "linkedin", "whatsapp", "reddit", "telegram", "instagram", "youtube", "pinterest", "flipboard", "copy",
        "link", "gift", "reply", "like", "subscribe", "donate", "top", "tags", "topics", "follow", "x", "mail", "sections",
        "loading", "toggle", "navigation", "sign", "in", "up", "out", "log", "view", "views",
    ]

    /// Words naming an advertisement.
    static let advertisementWords: Set<String> = ["advertisement", "advertisements", "advertising", "sponsored", "promoted", "ad", "ads"]

    /// Words naming related-article lists.
    static let relatedOpenings: [[String]] = [
        ["related"], ["read", "more"], ["read", "also"], ["also", "read"], ["see", "also"], ["more", "on", "this"],
        ["more", "from"], ["more", "stories"], ["recommended"], ["most", "read"], ["most", "popular"], ["trending"],
        ["you", "may", "also"], ["you", "might", "also"], ["further", "reading"], ["latest", "news"], ["top", "stories"],
    ]

    /// Labels that open a caption or a photo credit.
    static let captionLabels: [String] = [
        "image:", "images:", "photo:", "photos:", "photograph:", "picture:", "credit:", "credits:", "caption:",
        "illustration:", "graphic:", "photo by", "photos by", "image by", "photo courtesy", "photo credit", "image credit",
        "file photo", "(photo", "(image", "(credit", "(illustration", "(file photo",
    ]

    /// Phrases found in photo credits.
    static let creditPhrases: [String] = [
        "getty images", "ap photo", "shutterstock", "via reuters", "afp via", "/afp", "/reuters", "/epa", "alamy",
        "creative commons", "wikimedia commons", "/tass", "/sputnik",
    ]

    /// Words that make a closing parenthesis a photo credit.
    static let creditWords: Set<String> = [
        "photo", "photos", "image", "images", "getty", "afp", "ap", "reuters", "epa", "shutterstock", "alamy", "tass",
        "sputnik", "xinhua", "handout", "courtesy", "pool", "credit", "file", "photographer", "illustration", "efe", "anadolu",
    ]

    /// Phrases of disclaimers and copyright notices.
    static let disclaimerPhrases: [String] = [
        "opinions expressed", "views expressed", "are those of the author", "are the author's own",
        "are solely those of", "solely the views of", "all rights reserved", "this article was originally published",
        "this story was originally published", "this article originally appeared", "this story originally appeared",
        "this column does not", "the views and opinions", "copyright ©", "copyright 20", "copyright 19", "© 20", "© 19",
        "(c) 20", "reproduction without permission",
    ]

    /// Phrases that make a disclaimer only together with a word of opinion or policy
    /// ("… do not necessarily reflect the views of …").
    static let weakDisclaimerPhrases: [String] = ["do not necessarily reflect", "does not necessarily reflect", "do not reflect the", "does not reflect the"]

    /// Words that turn a weak disclaimer phrase into a disclaimer.
    static let disclaimerCues: [String] = ["views", "opinion", "position", "policy", "author", "editorial"]

    /// Role words of an author bio ("… is a senior fellow at …").
    static let roleWords: Set<String> = [
        "dean", "professor", "fellow", "director", "editor", "columnist", "correspondent", "reporter", "journalist",
        "author", "writer", "contributor", "analyst", "researcher", "founder", "co-founder", "president", "chair",
        "chairman", "lecturer", "scholar", "expert", "member", "host", "producer", "economist", "historian", "adviser",
        "advisor", "diplomat", "ambassador", "head", "associate", "partner", "ceo", "officer", "commentator", "student",
        "candidate", "instructor", "teacher", "blogger", "novelist", "poet", "consultant", "strategist", "specialist",
    ]

    /// Verbs that follow a name at the start of a bio.
    static let bioVerbs: Set<String> = [
        "is", "was", "serves", "served", "has", "teaches", "writes", "covers", "reports", "works", "leads", "directs",
        "heads", "edits", "holds", "previously", "formerly", "currently",
    ]

    /// Past-tense verbs of reporting speech ("said", "told"): a paragraph that reports what someone
    /// said is news copy, not an author bio, even when it opens "Name, head of … at …, said".
    static let reportingVerbs: Set<String> = ["said", "told", "added", "explained", "warned", "insisted"]

    private static let cookieNeedle = NeedleSet(["cookie"])
    private static let captionLabelNeedles = NeedleSet(captionLabels)
    private static let inlineCaptionNeedles = NeedleSet(captionLabels.filter { $0.hasSuffix(":") }.map { ". " + $0 })
    private static let spacedCaptionNeedles = NeedleSet(captionLabels.filter { $0.hasSuffix(":") }.map { " " + $0 + " " })
    private static let creditNeedles = NeedleSet(creditPhrases)
    private static let disclaimerNeedles = NeedleSet(disclaimerPhrases)
    private static let editorialNoteNeedles = NeedleSet(editorialNotePhrases)
    private static let weakDisclaimerNeedles = NeedleSet(weakDisclaimerPhrases)
    private static let disclaimerCueNeedles = NeedleSet(disclaimerCues)
    private static let editorialNoteOpenings = NeedleSet(["reporting by", "editing by", "edited by", "writing by", "compiled by"])

    /// The reason when a short line is interface text or an advertisement.
    static func interfaceReason(_ unit: AnalyzedUnit) -> RemovalReason? {
        let features = unit.features
        guard features.words <= 60, unit.unit.kind != .code else { return nil }
        guard features.words <= 15 || cookieNeedle.occurs(in: unit.scalars) else { return nil }
        let words = unit.lowercasedWords()
        if words.isEmpty { return nil }
        if words.count <= 6, words.contains(where: { advertisementWords.contains($0) }),
           !features.endsSentence || words.count <= 2 {
            if words.count <= 2 || words.contains("advertisement") || words.contains("advertising") { return .advertisement }
        }
        if words.contains(where: { $0 == "cookie" || $0 == "cookies" }), cookiePhrases.contains(where: { contains(words, $0) }) {
            return .interface
        }
        let personal = words.contains { readerWords.contains($0) }
        if words.count <= 6, startsWith(words, ["supported", "by"]) { return .interface }
        if words.count <= 20, !features.endsSentence || words.count <= 3 || personal,
           strongInterfacePhrases.contains(where: { contains(words, $0) }) {
            return .interface
        }
        guard words.count <= 15 else { return nil }
        if words.count <= 8, !features.endsSentence || words.count <= 2, words.allSatisfy({ interfaceLabels.contains($0) }) { return .interface }
        let openEnded = !features.endsSentence || words.count <= 3 || (personal && words.count <= 10)
        if openEnded, interfaceOpenings.contains(where: { startsWith(words, $0) }) { return .interface }
        if words.count <= 10, openEnded || personal, interfacePhrases.contains(where: { contains(words, $0) }) { return .interface }
        return nil
    }

    /// Whether the unit is a caption or a photo credit.
    static func isCaption(_ unit: AnalyzedUnit) -> Bool {
        guard unit.features.words <= 60, unit.unit.kind != .code else { return false }
        let scalars = unit.scalars
        if captionLabelNeedles.starts(scalars) { return true }
        if unit.features.words > 20 && !scalars.contains(where: { $0 == ":" || $0 == "(" || $0 == "/" }) {
            return creditNeedles.occurs(in: scalars)
        }
        if inlineCaptionNeedles.occurs(in: scalars) { return true }
        if unit.features.words <= 20 && spacedCaptionNeedles.occurs(in: scalars) { return true }
        if unit.features.words <= 50 && creditNeedles.occurs(in: scalars) { return true }
        guard scalars.last(where: { $0 != "." && $0 != " " }) == ")" else { return false }
        return hasCreditParenthesis(unit.lowercasedText())
    }

    /// Whether the text ends with a parenthesised photo credit, like "(Handout/AFP/Getty Images)".
    static func hasCreditParenthesis(_ lower: String) -> Bool {
        var body = Substring(lower)
        while let last = body.last, last == "." || last == " " { body = body.dropLast() }
        guard body.last == ")", let open = body.lastIndex(of: "(") else { return false }
        let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
        let words = inside.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty, words.count <= 10 else { return false }
        let letterWords = words.filter { $0.contains { $0.isLetter } }
        if inside.contains("/"), letterWords.count >= 2,
           !letterWords.contains(where: { StopWords.contains(ArraySlice(Array($0.unicodeScalars))) }) {
            return true
        }
        return words.contains { creditWords.contains($0) }
    }

    /// Whether the unit is a link to another article: a related-list opening, or "Section: Headline"
    /// standing alone without final punctuation.
    static func isRelated(_ unit: AnalyzedUnit) -> Bool {
        let features = unit.features
        guard unit.unit.kind != .code, features.words <= 30 else { return false }
        let finalIsPeriod = features.finalMark == "." || features.finalMark == "!"
        if finalIsPeriod { return false }
        let words = unit.lowercasedWords()
        if relatedOpenings.contains(where: { startsWith(words, $0) }), !features.endsSentence { return true }
        let tokens = unit.tokens()
        guard let colon = tokens.firstIndex(where: { $0.hasSuffix(":") }), colon < 4, DateLine.isoDate(unit) == nil else { return false }
        let prefix = tokens[...colon]
        let rest = tokens[(colon + 1)...]
        guard rest.count >= 5, prefix.allSatisfy({ startsUppercase($0) || $0 == "&" }) else { return false }
        guard let first = rest.first?.unicodeScalars.first(where: { !ScalarClass.isClosing($0) && $0 != "\u{201C}" && $0 != "\"" }) else { return false }
        return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first)
    }

    /// Whether the unit is a disclaimer, a copyright notice, or (up to 40 words) an editorial
    /// note such as a contributor credit or a correction.
    static func isDisclaimer(_ unit: AnalyzedUnit) -> Bool {
        guard unit.features.words <= 120, unit.unit.kind != .code else { return false }
        if disclaimerNeedles.occurs(in: unit.scalars) { return true }
        if weakDisclaimerNeedles.occurs(in: unit.scalars) && disclaimerCueNeedles.occurs(in: unit.scalars) { return true }
        guard unit.features.words <= 40 else { return false }
        return editorialNoteOpenings.starts(unit.scalars) || editorialNoteNeedles.occurs(in: unit.scalars)
    }

    /// The name a bio starts with ("Jane Q. Doe is a senior fellow at …"), when the unit is a bio:
    /// a name, a bio verb or a comma, a role word within 12 words, and after it a preposition
    /// (unless the unit has at most 25 words: "Jane Doe is a freelance journalist."), and no verb
    /// reporting speech anywhere in it ("Jane Doe, head of research at X, said …" is news copy).
    static func bioName(_ unit: AnalyzedUnit) -> String? {
        guard unit.features.words <= 150, unit.unit.kind != .code else { return nil }
        let tokens = unit.tokens()
        var nameEnd = 0
        while nameEnd < tokens.count, nameEnd < 5, NameShape.isNameToken(tokens[nameEnd]) { nameEnd += 1 }
        guard nameEnd >= 2, nameEnd < tokens.count else { return nil }
        let nameTokens = tokens[..<nameEnd]
        let verb = tokens[nameEnd].lowercased()
        let commaAfterName = nameTokens.last?.hasSuffix(",") == true
        guard bioVerbs.contains(verb) || commaAfterName else { return nil }
        let window = tokens[nameEnd..<min(tokens.count, nameEnd + 12)].map { NameShape.bare($0).lowercased() }
        guard let role = window.firstIndex(where: { roleWords.contains($0) }) else { return nil }
        let afterRole = window[role...]
        guard afterRole.contains(where: { ["at", "of", "for", "with", "in", "on"].contains($0) }) || commaAfterName || tokens.count <= 25 else { return nil }
        guard !tokens.contains(where: { reportingVerbs.contains(NameShape.bare($0).lowercased()) }) else { return nil }
        return nameTokens.map { NameShape.bare($0) }.joined(separator: " ")
    }

    /// Whether the unit is a label that introduces the author's bio: "Written By", "About the author".
    static func isAuthorLabel(_ unit: AnalyzedUnit) -> Bool {
        let words = unit.lowercasedWords()
        return words == ["written", "by"] || words == ["about", "the", "author"] || words == ["about", "the", "authors"]
            || words == ["author"] || words == ["authors"] || words == ["by"] || words == ["contributor"]
    }

    static func startsWith(_ words: [String], _ phrase: [String]) -> Bool {
        words.count >= phrase.count && zip(words, phrase).allSatisfy { $0 == $1 }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if zip(words[start...], phrase).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    static func startsUppercase(_ token: Substring) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return ScalarClass.isUppercase(first)
    }
}
