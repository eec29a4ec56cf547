import Testing
@testable import HTMLExtraction

@Suite("Boilerplate is removed and the article is kept")
struct BoilerplateRemovalTests {
    private func expectOnlyStory(_ boilerplate: String, absent: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let page = TestPages.extract(TestPages.article(with: boilerplate))
        #expect(page.text.contains("northern floodgates"), sourceLocation: sourceLocation)
        #expect(page.text.contains("summer mark."), sourceLocation: sourceLocation)
        for phrase in absent {
            #expect(!page.text.contains(phrase), "\(phrase) should be dropped", sourceLocation: sourceLocation)
        }
    }

    @Test("navigation menus are dropped")
    func navigation() {
        expectOnlyStory(
            #"<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news today</a></li></ul></nav>"#,
            absent: ["Home", "World news today"])
    }

    @Test("page footers are dropped")
    func footer() {
        expectOnlyStory(
            "<footer><p>Copyright 2024 Example Media Group. All rights reserved across every territory.</p></footer>",
            absent: ["Copyright 2024"])
    }

    @Test("asides and sidebars are dropped")
    func sidebar() {
        expectOnlyStory(
            """
            <aside><p>Weather in your region: light showers expected over the weekend, clearing by Monday.</p></aside>
            <div class="sidebar"><p>Editor picks for the weekend, chosen by our team of writers and critics.</p></div>
            """,
            absent: ["light showers", "Editor picks"])
    }

    @Test("comment sections are dropped")
    func comments() {
        expectOnlyStory(
            """
            <section id="comments"><h3>12 comments</h3>
            <div class="comment"><p>I live near the dam and honestly the water has never been this high in my lifetime, it is scary.</p></div>
            </section>
            """,
            absent: ["12 comments", "never been this high"])
    }

    @Test("share bars are dropped")
    func shareBar() {
        expectOnlyStory(
            #"<div class="social-share"><a href="/s">Share on Facebook</a> <a href="/s">Tweet this story</a></div>"#,
            absent: ["Share on Facebook", "Tweet this story"])
    }

    @Test("cookie notices are dropped")
    func cookieNotice() {
        expectOnlyStory(
            #"<div class="cookie-consent"><p>We use cookies to improve your experience, measure traffic and show relevant offers.</p><button>Accept</button></div>"#,
            absent: ["We use cookies", "Accept"])
    }

    @Test("related-article lists are dropped")
    func relatedArticles() {
        expectOnlyStory(
            """
            <div class="related-stories"><h3>More stories</h3><ul>
            <li><a href="/a">Storm closes mountain pass for second time this month</a></li>
            <li><a href="/b">City council approves new budget for flood defences</a></li></ul></div>
            """,
            absent: ["Storm closes mountain pass", "More stories"])
    }

    @Test("link-only lists inside the article are dropped even without a class")
    func linkListInsideArticle() {
        let page = TestPages.extract(TestPages.page(body: """
            <article>\(TestPages.story)
            <ul><li><a href="/x">Read: dam history explained in full detail</a></li><li><a href="/y">Watch: aerial video of the gates opening</a></li></ul>
            </article>
            """))
        #expect(page.text.contains("northern floodgates"))
        #expect(!page.text.contains("aerial video"))
    }

    @Test("scripts, styles and noscript are dropped")
    func scriptsAndStyles() {
        expectOnlyStory(
            """
            <script>var tracking = "script text must not leak";</script>
            <style>.headline { color: red; }</style>
            <noscript>Please enable JavaScript to view this page properly.</noscript>
            """,
            absent: ["tracking", "color: red", "enable JavaScript"])
    }

    @Test("advertisements are dropped")
    func advertisements() {
        expectOnlyStory(
            """
            <div class="ad ad-slot"><p>Advertisement: the best mortgage rates of the year, compare now and save money.</p></div>
            <div id="sponsored-content"><p>Sponsored: five destinations you have to visit before the summer ends.</p></div>
            """,
            absent: ["best mortgage rates", "five destinations"])
    }

    @Test("hidden elements are dropped")
    func hiddenElements() {
        expectOnlyStory(
            #"<div style="display: none"><p>Invisible paragraph that a browser would never show to a reader.</p></div><p hidden>Also hidden from every reader of this page.</p>"#,
            absent: ["Invisible paragraph", "Also hidden"])
    }

    @Test("bylines leave the text and become the author")
    func byline() {
        let page = TestPages.extract(TestPages.page(body: """
            <article><div class="byline">By Jane Example</div>\(TestPages.story)</article>
            """))
        #expect(!page.text.contains("Jane Example"))
        #expect(page.author == "Jane Example")
    }

    @Test("figure captions are dropped by default and kept on request")
    func captions() {
        let html = TestPages.page(body: """
            <article>\(TestPages.story)<figure><img src="a.jpg"><figcaption>The northern gates seen from the bridge on Tuesday.</figcaption></figure></article>
            """)
        #expect(!TestPages.extract(html).text.contains("seen from the bridge"))
        #expect(TestPages.extract(html, options: ExtractionOptions(includeCaptions: true)).text.contains("seen from the bridge"))
    }

    @Test("the headline, date lines and copyright notices stay out of the text")
    func headlineDatesCopyright() {
        let page = TestPages.extract(TestPages.page(head: "<title>Gates open | Valley Post</title>", body: """
            <article><h1>Gates open</h1><p>Updated 11:21 pm, Tuesday, November 19, 2019</p><p>Posted on 30 March 2015 by Admin</p>
            \(TestPages.story)
            <h2>Farms downstream</h2>
            <h3>Results for 2019</h3>
            <p>Farmers said they had moved most of their cattle by noon, with help from neighbours and volunteers.</p>
            <p>© 2024 Valley Post Media</p></article>
            """))
        #expect(page.title == "Gates open")
        #expect(!page.text.contains("Gates open"))
        #expect(!page.text.contains("11:21"))
        #expect(!page.text.contains("Posted on"))
        #expect(!page.text.contains("Valley Post Media"))
        #expect(page.text.contains("Farms downstream"))
        #expect(page.text.contains("Results for 2019"))
        #expect(page.text.contains("northern floodgates"))
    }

    @Test("an article whose class merely contains a boilerplate word is kept, its comment items are not")
    func commentaryArticle() {
        let page = TestPages.extract(TestPages.page(body: """
            <article class="commentary">\(TestPages.story)</article>
            <section class="responses">
            <article class="comment"><p>Reader one wrote a long reply about the dam, the rain and the farms nearby.</p></article>
            <article class="comment"><p>Reader two disagreed with reader one about the schools closing early that day.</p></article>
            </section>
            """))
        #expect(page.text.contains("northern floodgates"))
        #expect(!page.text.contains("Reader one"))
        #expect(!page.text.contains("Reader two"))
    }

    @Test("a table used for layout gives its text cell, not its link column")
    func layoutTable() {
        let page = TestPages.extract(TestPages.page(body: """
            <table><tr><td><a href="/">Home</a><br><a href="/a">Articles</a><br><a href="/c">Contact</a></td>
            <td>The first weir on this stretch of the river was built long ago, a simple timber structure that lasted barely a decade.<br><br>
            Its replacement, of dressed stone, still stands today, although the mill it once fed closed, and the leat has silted up.</td></tr></table>
            """))
        #expect(page.text.contains("The first weir"))
        #expect(page.text.contains("dressed stone"))
        #expect(!page.text.contains("Articles"))
        #expect(page.blocks.allSatisfy { $0.kind == .paragraph })
    }
}
