/// What an element's `class`, `id` and `role` say about it: whether it names boilerplate
/// (navigation, sharing, comments, advertising …), article content, or a byline.
struct ClassCue: Sendable, Equatable {
    /// Names boilerplate that no content word can redeem (comments, share bars, cookie notices …).
    var isStrongBoilerplate = false
    /// Names boilerplate that a content word in the same attribute may redeem (sidebar, footer, menu …).
    var isWeakBoilerplate = false
    /// Names article content (article, content, story, post, body, text …).
    var isContent = false
    /// Names a byline or author box.
    var isByline = false
    /// Names a caption or a picture credit.
    var isCaption = false

    /// Whether the element should be dropped as boilerplate.
    var isBoilerplate: Bool { isStrongBoilerplate || (isWeakBoilerplate && !isContent) }

    private static let strongSubstrings: [[UInt8]] = [
        "comment", "disqus", "share", "sharing", "social", "related", "newsletter", "subscri", "cookie",
        "consent", "gdpr", "promo", "sponsor", "advert", "breadcrumb", "popup", "modal", "recommend",
        "outbrain", "taboola", "trending", "mostread", "most-read", "most-popular", "mostpopular",
        "signup", "sign-up", "paywall", "login", "donate", "more-stories", "read-more", "readmore",
        "see-also", "seealso", "also-read", "jump-link", "skip-link", "toolbar", "pagination", "newsfeed",
        "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden",
    ].map { Array($0.utf8) }

    private static let weakSubstrings: [[UInt8]] = [
        "sidebar", "footer", "navbar", "navigation", "masthead", "banner", "widget", "menu", "topbar",
        "dropdown", "rail", "aside", "supplement", "teaser", "extra",
    ].map { Array($0.utf8) }

    private static let strongTokens: Set<[UInt8]> = Set([
        "ad", "ads", "adv", "advert", "dfp", "gpt", "tags", "tag", "keywords", "topics", "share", "follow",
        "byline-social", "rss", "subnav", "meta-tags",
    ].map { Array($0.utf8) })

    private static let weakTokens: Set<[UInt8]> = Set([
        "nav", "header", "foot", "head", "links", "legal", "copyright", "contact", "sitemap", "author-bio", "bio",
        "about",
    ].map { Array($0.utf8) })

    private static let contentSubstrings: [[UInt8]] = [
        "article", "content", "entry", "story", "post", "body", "text", "main", "prose", "blog",
    ].map { Array($0.utf8) }

    private static let bylineSubstrings: [[UInt8]] = ["byline", "author", "writer", "contributor"].map {
        Array($0.utf8)
    }

    private static let captionSubstrings: [[UInt8]] = ["caption", "credit", "photo-source"].map {
        Array($0.utf8)
    }

    private enum Kind: UInt8 {
        case strong, weak, content, byline, caption
    }

    /// Every substring pattern, grouped by its first byte so that a scan tries only the few that can match.
    private static let patternsByFirstByte: [[(bytes: [UInt8], kind: Kind)]] = {
        var table = [[(bytes: [UInt8], kind: Kind)]](repeating: [], count: 256)
        let groups: [([[UInt8]], Kind)] = [
            (strongSubstrings, .strong), (weakSubstrings, .weak), (contentSubstrings, .content),
            (bylineSubstrings, .byline), (captionSubstrings, .caption),
        ]
        for (patterns, kind) in groups {
            for pattern in patterns { table[Int(pattern[0])].append((pattern, kind)) }
        }
        return table
    }()

    private static let strongTokenHashes = Set(strongTokens.map { NameHasher.hash(String(decoding: $0, as: UTF8.self)) })
    private static let weakTokenHashes = Set(weakTokens.map { NameHasher.hash(String(decoding: $0, as: UTF8.self)) })

    /// Classifies the concatenated `class`, `id` and `role` values of an element.
    /// - Parameter value: the attribute values, joined by spaces (any case).
    /// - Returns: the cue; all flags false when nothing matches.
    static func classify(_ value: [UInt8]) -> ClassCue {
        var cue = ClassCue()
        guard !value.isEmpty else { return cue }
        let lower = value.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let count = lower.count
        var tokenHasher = NameHasher()
        var tokenLength = 0
        for k in 0...count {
            if k < count && isTokenByte(lower[k]) {
                tokenHasher.add(lower[k])
                tokenLength += 1
            } else {
                if tokenLength > 0 {
                    if strongTokenHashes.contains(tokenHasher.value) { cue.isStrongBoilerplate = true }
                    if weakTokenHashes.contains(tokenHasher.value) { cue.isWeakBoilerplate = true }
                }
                tokenHasher = NameHasher()
                tokenLength = 0
            }
            guard k < count else { break }
            for pattern in patternsByFirstByte[Int(lower[k])] where k + pattern.bytes.count <= count {
                var m = 1
                while m < pattern.bytes.count && lower[k + m] == pattern.bytes[m] { m += 1 }
                guard m == pattern.bytes.count else { continue }
                switch pattern.kind {
                case .strong: cue.isStrongBoilerplate = true
                case .weak: cue.isWeakBoilerplate = true
                case .content: cue.isContent = true
                case .byline: cue.isByline = true
                case .caption: cue.isCaption = true
                }
            }
        }
        return cue
    }

    private static func isTokenByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128
    }
}
