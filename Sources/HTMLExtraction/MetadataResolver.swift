/// Chooses each metadata field from the sources a page offers, by precedence:
/// JSON-LD article > Open Graph / `article:` tags > Twitter tags > other `<meta>` names > markup
/// (`<time datetime>`, bylines, `<h1>`) > `<title>`.
struct MetadataResolver {
    private static let titleKeys = ["og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title"]
    private static let authorKeys = [
        "article:author", "og:article:author", "twitter:creator:name", "author", "dc.creator", "dcterms.creator",
        "byl", "parsely-author", "sailthru.author", "citation_author", "article.author",
    ]
    private static let publisherKeys = ["og:site_name", "twitter:site:name", "application-name", "dc.publisher", "publisher", "twitter:site"]
    private static let dateKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "twitter:published_time",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.created", "article.published", "parsely-pub-date",
        "sailthru.date", "citation_publication_date", "created",
    ]
    private static let sectionKeys = ["article:section", "og:article:section", "section", "parsely-section", "article.section", "category"]

    /// Resolves the metadata of a page.
    /// - Parameters:
    ///   - tree: the flattened page (meta tags, title, times).
    ///   - linkedData: the page's JSON-LD article, if any.
    ///   - byline: the text of the first byline element in the markup, if any.
    ///   - heading: the text of the first `<h1>`, if any.
    /// - Returns: the page with only its metadata fields set.
    static func resolve(
        tree: DocumentTree, linkedData: LinkedDataArticle?, byline: String?, heading: String?
    ) -> ExtractedPage {
        var metas: [String: String] = [:]
        for tag in tree.metaTags {
            let content = tag.content.collapsingSpaces
            if !content.isEmpty && metas[tag.key] == nil { metas[tag.key] = content }
        }
        func first(_ keys: [String], accept: (String) -> Bool = { _ in true }) -> String? {
            for key in keys { if let value = metas[key], accept(value) { return value } }
            return nil
        }
        let isName: (String) -> Bool = { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") && !$0.hasPrefix("@") }
        var page = ExtractedPage()
        page.publisher = nonEmpty(linkedData?.publisher) ?? first(publisherKeys, accept: isName)
            ?? first(["twitter:site"]).map { String($0.drop(while: { $0 == "@" })) }
        page.title = nonEmpty(linkedData?.headline) ?? first(titleKeys) ?? heading
            ?? tree.title.map { cleanTitle($0.collapsingSpaces, publisher: page.publisher) }.flatMap(nonEmpty)
        page.author = nonEmpty(linkedData?.author) ?? first(authorKeys, accept: isName) ?? byline
        let dateCandidates = [linkedData?.datePublished, first(dateKeys)] + tree.times.map { Optional($0) }
        page.date = dateCandidates.lazy.compactMap { $0 }.compactMap(DateNormalizer.normalize).first
        page.section = nonEmpty(linkedData?.section) ?? first(sectionKeys)
        return page
    }

    /// Removes a site name from a `<title>`: "Headline | Site" → "Headline".
    static func cleanTitle(_ title: String, publisher: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] where title.contains(separator) {
            var parts = split(title, by: separator)
            if let publisher = publisher?.lowercased() {
                parts.removeAll { $0.lowercased() == publisher || publisher.contains($0.lowercased()) }
            }
            if parts.count > 1 { parts = [parts.max { $0.count < $1.count } ?? parts[0]] }
            if let part = parts.first, !part.isEmpty { return part.trimmingSpaces }
        }
        return title
    }

    private static func split(_ text: String, by separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingSpaces.isEmpty else { return nil }
        return value
    }
}
