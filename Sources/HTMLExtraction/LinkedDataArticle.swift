/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`): the first object
/// whose `@type` is an article type (NewsArticle, Article, BlogPosting …), found at the top level, in
/// arrays, in `@graph` or in `mainEntity`. Author and publisher references by `@id` are resolved.
struct LinkedDataArticle: Sendable {
    /// `headline` (or `name`).
    var headline: String?
    /// `author`: a name, an object's `name`, or a list of them, joined by ", ".
    var author: String?
    /// `datePublished` (or `dateCreated`).
    var datePublished: String?
    /// `publisher.name`, or `publisher` when it is a string.
    var publisher: String?
    /// `articleSection`, the first one when a list.
    var section: String?

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
        "scholarlyarticle", "techarticle", "liveblogposting", "report", "socialmediaposting", "posting",
    ]

    /// Reads the first article object of the given JSON-LD blocks.
    /// - Parameter blocks: raw contents of the JSON-LD scripts, in document order.
    /// - Returns: the article fields, or nil when no block holds an article object.
    static func read(_ blocks: [[UInt8]]) -> LinkedDataArticle? {
        var objects: [[String: JSONValue]] = []
        for block in blocks {
            guard let json = parse(block) else { continue }
            collect(json, into: &objects)
        }
        guard let article = objects.first(where: isArticle) else { return nil }
        var byID: [String: JSONValue] = [:]
        for object in objects {
            if let id = object["@id"]?.string, byID[id] == nil { byID[id] = .object(object) }
        }
        func resolve(_ value: JSONValue?) -> JSONValue? {
            if let object = value?.object, object.count == 1, let id = object["@id"]?.string {
                return byID[id] ?? value
            }
            return value
        }
        var result = LinkedDataArticle()
        result.headline = text(article["headline"]) ?? text(article["name"])
        var authors: [String] = []
        let authorValue = resolve(article["author"]) ?? resolve(article["creator"])
        if let list = authorValue?.array {
            for item in list { if let name = personName(resolve(item)) { authors.append(name) } }
        } else if let name = personName(authorValue) {
            authors.append(name)
        }
        var seen = Set<String>()
        authors = authors.filter { seen.insert($0).inserted }
        result.author = authors.isEmpty ? nil : authors.joined(separator: ", ")
        result.datePublished = text(article["datePublished"]) ?? text(article["dateCreated"])
        let publisher = resolve(article["publisher"])
        if let list = publisher?.array {
            result.publisher = list.lazy.compactMap { personName(resolve($0)) }.first
        } else {
            result.publisher = personName(publisher)
        }
        if let list = article["articleSection"]?.array {
            result.section = list.lazy.compactMap { text($0) }.first
        } else {
            result.section = text(article["articleSection"])
        }
        return result
    }

    private static func parse(_ block: [UInt8]) -> JSONValue? {
        var text = String(decoding: block, as: UTF8.self).trimmingSpaces
        for wrapper in ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] where text.hasPrefix(wrapper) {
            text.removeFirst(wrapper.count)
        }
        for wrapper in ["//]]>", "/*]]>*/", "]]>"] where text.hasSuffix(wrapper) {
            text.removeLast(wrapper.count)
        }
        return JSONValue.parse(Array(text.utf8))
    }

    private static func collect(_ json: JSONValue, into objects: inout [[String: JSONValue]]) {
        var pending: [JSONValue] = [json]
        var next = 0
        while next < pending.count && next < 10_000 {
            let value = pending[next]
            next += 1
            if let list = value.array {
                pending.append(contentsOf: list)
            } else if let object = value.object {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
                if let main = object["mainEntity"] { pending.append(main) }
            }
        }
    }

    private static func isArticle(_ object: [String: JSONValue]) -> Bool {
        var types: [String] = []
        if let type = object["@type"]?.string { types = [type] }
        if let list = object["@type"]?.array { types = list.compactMap(\.string) }
        return types.contains { type in
            let name = type.split(separator: "/").last.map(String.init) ?? type
            let bare = name.split(separator: ":").last.map(String.init) ?? name
            return articleTypes.contains(bare.lowercased())
        }
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard let string = value?.string else { return nil }
        let collapsed = string.collapsingSpaces
        return collapsed.isEmpty ? nil : collapsed
    }

    private static func personName(_ value: JSONValue?) -> String? {
        if let object = value?.object { return text(object["name"]).flatMap(nonURL) }
        return text(value).flatMap(nonURL)
    }

    private static func nonURL(_ value: String) -> String? {
        value.hasPrefix("http://") || value.hasPrefix("https://") ? nil : value
    }
}
