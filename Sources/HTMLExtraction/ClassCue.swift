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

    /// Every substring pattern in one flat table, grouped by first byte: `firstByteRanges[c]` is the
    /// range of `patternStarts`/`patternKinds` entries whose pattern begins with byte `c`.
    private static let patternTable: (bytes: [UInt8], starts: [Int], ends: [Int], kinds: [Kind], firstByteRanges: [Range<Int>]) = {
        let groups: [([[UInt8]], Kind)] = [
            (strongSubstrings, .strong), (weakSubstrings, .weak), (contentSubstrings, .content),
            (bylineSubstrings, .byline), (captionSubstrings, .caption),
        ]
        var all: [([UInt8], Kind)] = []
        for (patterns, kind) in groups {
            for pattern in patterns { all.append((pattern, kind)) }
        }
        all.sort { $0.0.lexicographicallyPrecedes($1.0) }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var kinds: [Kind] = []
        var ranges = [Range<Int>](repeating: 0..<0, count: 256)
        for (index, (pattern, kind)) in all.enumerated() {
            starts.append(bytes.count)
            bytes.append(contentsOf: pattern)
            ends.append(bytes.count)
            kinds.append(kind)
            let first = Int(pattern[0])
            ranges[first] = ranges[first].isEmpty ? index..<(index + 1) : ranges[first].lowerBound..<(index + 1)
        }
        return (bytes, starts, ends, kinds, ranges)
    }()

    private static let strongTokenHashes = strongTokens.map { NameHasher.hash(String(decoding: $0, as: UTF8.self)) }
    private static let weakTokenHashes = weakTokens.map { NameHasher.hash(String(decoding: $0, as: UTF8.self)) }

    /// Classifies the concatenated `class`, `id` and `role` values of an element.
    /// - Parameter value: the attribute values, joined by spaces (any case).
    /// - Returns: the cue; all flags false when nothing matches.
    static func classify(_ value: [UInt8]) -> ClassCue {
        var cue = ClassCue()
        guard !value.isEmpty else { return cue }
        let table = patternTable
        let strongHashes = strongTokenHashes
        let weakHashes = weakTokenHashes
        var lower = value
        for k in lower.indices where lower[k] >= 65 && lower[k] <= 90 { lower[k] |= 0x20 }
        let count = lower.count
        var tokenHasher = NameHasher()
        var tokenLength = 0
        table.bytes.withUnsafeBufferPointer { patterns in
            lower.withUnsafeBufferPointer { text in
                for k in 0...count {
                    if k < count && isTokenByte(text[k]) {
                        tokenHasher.add(text[k])
                        tokenLength += 1
                    } else {
                        if tokenLength > 0 {
                            if strongHashes.contains(tokenHasher.value) { cue.isStrongBoilerplate = true }
                            if weakHashes.contains(tokenHasher.value) { cue.isWeakBoilerplate = true }
                        }
                        tokenHasher = NameHasher()
                        tokenLength = 0
                    }
                    guard k < count else { break }
                    for entry in table.firstByteRanges[Int(text[k])] {
                        let start = table.starts[entry]
                        let length = table.ends[entry] - start
                        guard k + length <= count else { continue }
                        var m = 1
                        while m < length && text[k + m] == patterns[start + m] { m += 1 }
                        guard m == length else { continue }
                        switch table.kinds[entry] {
                        case .strong: cue.isStrongBoilerplate = true
                        case .weak: cue.isWeakBoilerplate = true
                        case .content: cue.isContent = true
                        case .byline: cue.isByline = true
                        case .caption: cue.isCaption = true
                        }
                    }
                }
            }
        }
        return cue
    }

    private static func isTokenByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128
    }
}
