import Testing
@testable import HTMLExtraction

@Suite("Metadata comes from every source, by precedence")
struct MetadataTests {
    private func metadata(_ head: String, body: String = "") -> ExtractedPage {
        TestPages.extract(TestPages.page(head: head, body: "\(body)<article>\(TestPages.story)</article>"))
    }

    @Test("the <title> element gives the title, without the site name")
    func titleElement() {
        let page = metadata("<title>Floodgates opened after heavy rain | The Valley Post</title><meta property=\"og:site_name\" content=\"The Valley Post\">")
        #expect(page.title == "Floodgates opened after heavy rain")
        #expect(page.publisher == "The Valley Post")
    }

    @Test("Open Graph and article: tags give title, site, date, section and author")
    func openGraph() {
        let page = metadata("""
            <title>Other title</title>
            <meta property="og:title" content="Gates open on the river">
            <meta property="og:site_name" content="Valley Post">
            <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
            <meta property="article:section" content="Environment">
            <meta property="article:author" content="Sam Writer">
            """)
        #expect(page.title == "Gates open on the river")
        #expect(page.publisher == "Valley Post")
        #expect(page.date == "2024-03-05T08:30:00+01:00")
        #expect(page.section == "Environment")
        #expect(page.author == "Sam Writer")
    }

    @Test("Twitter tags give the title when Open Graph is absent")
    func twitter() {
        let page = metadata(#"<title>Site title</title><meta name="twitter:title" content="Gates open, says authority">"#)
        #expect(page.title == "Gates open, says authority")
    }

    @Test("meta author and date names are read, dates normalised")
    func metaNames() {
        let page = metadata(#"<meta name="author" content="Robin Reporter"><meta name="date" content="March 5, 2024">"#)
        #expect(page.author == "Robin Reporter")
        #expect(page.date == "2024-03-05")
    }

    @Test("JSON-LD NewsArticle in @graph gives every field, with lists and @id references")
    func jsonLinkedData() {
        let page = metadata("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "@id": "#org", "name": "Valley Post Media"},
              {"@type": ["NewsArticle"], "headline": "Authority opens gates",
               "author": [{"@type": "Person", "name": "Ana One"}, "Bo Two"],
               "datePublished": "2024-03-05", "publisher": {"@id": "#org"},
               "articleSection": ["Environment", "Region"]}
            ]}
            </script>
            """)
        #expect(page.title == "Authority opens gates")
        #expect(page.author == "Ana One, Bo Two")
        #expect(page.date == "2024-03-05")
        #expect(page.publisher == "Valley Post Media")
        #expect(page.section == "Environment")
    }

    @Test("JSON-LD wins over Open Graph, which wins over meta names and markup")
    func precedence() {
        let head = """
            <title>Title element</title>
            <meta name="author" content="Meta Author">
            <meta property="og:title" content="Open Graph title">
            <meta property="article:published_time" content="2024-01-02">
            <script type="application/ld+json">{"@type": "Article", "headline": "Linked data title", "author": {"name": "Linked Author"}}</script>
            """
        let page = metadata(head, body: #"<time datetime="2023-12-31">yesterday</time>"#)
        #expect(page.title == "Linked data title")
        #expect(page.author == "Linked Author")
        #expect(page.date == "2024-01-02")
        let withoutLinkedData = metadata(head.split(separator: "\n").filter { !$0.contains("ld+json") }.joined(separator: "\n"))
        #expect(withoutLinkedData.title == "Open Graph title")
        #expect(withoutLinkedData.author == "Meta Author")
    }

    @Test("markup gives the date (<time datetime>) and author (rel=author) when no meta does")
    func markup() {
        let page = metadata("<title>T</title>", body: #"<p class="meta">Posted <time datetime="2024-02-29T10:00:00Z">Thursday</time> by <a rel="author" href="/u/kim">Kim Lee</a></p>"#)
        #expect(page.date == "2024-02-29T10:00:00Z")
        #expect(page.author == "Kim Lee")
    }

    @Test("RFC 2822 and slashed dates are normalised to YYYY-MM-DD")
    func dateFormats() {
        #expect(metadata(#"<meta name="pubdate" content="Tue, 05 Mar 2024 10:00:00 GMT">"#).date == "2024-03-05")
        #expect(metadata(#"<meta name="pubdate" content="2024/03/05">"#).date == "2024-03-05")
        #expect(metadata(#"<meta name="pubdate" content="not a date">"#).date == nil)
    }
}
