/// The HTML elements the extractor tells apart; every other element is `.other`.
enum HTMLTag: UInt8, Sendable {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, picture, source, map
    case form, input, button, select, textarea, option, label, fieldset, legend
    case nav, header, footer, aside, menu, dialog
    case main, article, section, div, center, address, details, summary
    case p, pre, blockquote, h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd
    case table, caption, thead, tbody, tfoot, tr, td, th, colgroup, col
    case figure, figcaption, img
    case br, hr, wbr
    case a, span, b, i, em, strong, time, small, sup, sub, font, u, abbr, cite, q, mark, code

    /// All known tags by lower-case name.
    static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = 1
        while let tag = HTMLTag(rawValue: raw) {
            table["\(tag)"] = tag
            raw += 1
        }
        return table
    }()

    /// Known tags by the hash of their lower-case name (see `nameHash`).
    static let byHash: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for (name, tag) in byName {
            var hasher = NameHasher()
            for byte in name.utf8 { hasher.add(byte) }
            table[hasher.value] = tag
        }
        return table
    }()

    /// Known tags in an open-addressing table of 512 slots indexed by the low bits of the name hash
    /// (faster than a `Dictionary`, whose hashing dominates when called for every tag of a page).
    private static let slots: (keys: [UInt64], tags: [HTMLTag]) = {
        var keys = [UInt64](repeating: 0, count: 512)
        var tags = [HTMLTag](repeating: .other, count: 512)
        for (hash, tag) in byHash.sorted(by: { $0.key < $1.key }) {
            var slot = Int(truncatingIfNeeded: hash & 511)
            while keys[slot] != 0 { slot = (slot + 1) & 511 }
            keys[slot] = hash
            tags[slot] = tag
        }
        return (keys, tags)
    }()

    /// The tag for a name hash, `.other` when the name is not one the extractor knows.
    static func tag(forHash hash: UInt64) -> HTMLTag {
        let slots = Self.slots
        var slot = Int(truncatingIfNeeded: hash & 511)
        while true {
            let key = slots.keys[slot]
            if key == hash { return slots.tags[slot] }
            if key == 0 { return .other }
            slot = (slot + 1) & 511
        }
    }

    /// Elements whose content is never visible text.
    var isInvisible: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math, .iframe,
             .object, .embed, .canvas, .video, .audio, .picture, .source, .map, .input, .button, .select,
             .textarea, .option, .dialog:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new paragraph of text (block-level in a browser's default style sheet).
    var isBlock: Bool {
        switch self {
        case .html, .body, .form, .fieldset, .legend, .nav, .header, .footer, .aside, .menu, .main, .article,
             .section, .div, .center, .address, .details, .summary, .p, .pre, .blockquote, .h1, .h2, .h3, .h4,
             .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .table, .caption, .thead, .tbody, .tfoot, .tr, .td,
             .th, .figure, .figcaption, .hr, .label:
            return true
        default:
            return false
        }
    }

    /// Inline phrasing elements whose `class` says nothing about boilerplate (links, emphasis, images).
    var isPhrasing: Bool {
        switch self {
        case .a, .b, .i, .em, .strong, .small, .sup, .sub, .font, .u, .abbr, .cite, .q, .mark, .code, .img, .br, .wbr:
            return true
        default:
            return false
        }
    }

    /// Headings `h1` to `h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Elements that have no end tag.
    var isVoid: Bool {
        switch self {
        case .meta, .link, .base, .input, .br, .hr, .wbr, .img, .col, .source, .embed: return true
        default: return false
        }
    }
}
