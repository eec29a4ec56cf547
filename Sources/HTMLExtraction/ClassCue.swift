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

    /// Classifies the concatenated `class`, `id` and `role` values of an element.
    /// - Parameter value: the attribute values, joined by spaces (any case).
    /// - Returns: the cue; all flags false when nothing matches.
    static func classify(_ value: [UInt8]) -> ClassCue {
        var cue = ClassCue()
        guard !value.isEmpty else { return cue }
        let lower = value.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        cue.isStrongBoilerplate = strongSubstrings.contains { contains(lower, $0) }
        cue.isWeakBoilerplate = weakSubstrings.contains { contains(lower, $0) }
        cue.isContent = contentSubstrings.contains { contains(lower, $0) }
        cue.isByline = bylineSubstrings.contains { contains(lower, $0) }
        cue.isCaption = captionSubstrings.contains { contains(lower, $0) }
        var start = 0
        for index in 0...lower.count {
            let separator = index == lower.count || !isTokenByte(lower[index])
            guard separator else { continue }
            if index > start {
                let token = Array(lower[start..<index])
                if strongTokens.contains(token) { cue.isStrongBoilerplate = true }
                if weakTokens.contains(token) { cue.isWeakBoilerplate = true }
            }
            start = index + 1
        }
        return cue
    }

    private static func isTokenByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let count = haystack.count - needle.count
        guard count >= 0 else { return false }
        let first = needle[0]
        var k = 0
        while k <= count {
            if haystack[k] == first {
                var m = 1
                while m < needle.count && haystack[k + m] == needle[m] { m += 1 }
                if m == needle.count { return true }
            }
            k += 1
        }
        return false
    }
}
