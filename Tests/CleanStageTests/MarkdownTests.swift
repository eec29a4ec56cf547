import DocPipe
import Testing
@testable import CleanStage

@Suite("Markdown input")
struct MarkdownTests {
    private let markdown = """
    # Budget passes after a long night of debate

    The city council **approved** the new budget on _Tuesday_ after a [long debate](https://example.com/debate) \
    about school funding and `road` repairs.

    ![Council members vote](https://example.com/vote.png)

    ## What changes

    Several members argued that the plan did not go far enough,
    while others warned that taxes would have to rise next year.

    * more money for schools
    * fewer potholes

    ```
    total = schools + roads
    ```

    > The mayor said she would sign the measure as soon as it reached her desk, calling it a fair compromise.
    """

    @Test("headings, emphasis, links, lists and quotes become plain text with their structure; code stays code")
    func convertsToPlainText() throws {
        let document = try Fixture.clean(markdown, source: "notes/budget.md")
        #expect(document.metadata.title == "Budget passes after a long night of debate")
        #expect(Fixture.paragraphs(document) == [
            "The city council approved the new budget on Tuesday after a long debate about school funding and `road` repairs.",
            "What changes",
            "Several members argued that the plan did not go far enough, while others warned that taxes would have to rise next year.",
            "- more money for schools\n- fewer potholes",
            "```\ntotal = schools + roads\n```",
            "The mayor said she would sign the measure as soon as it reached her desk, calling it a fair compromise.",
        ])
    }

    @Test("images are removed as captions with their exact original text")
    func removesImages() throws {
        let document = try Fixture.clean(markdown, source: "budget.markdown")
        let image = Fixture.removed(document).first { $0.reason == "caption" }
        #expect(image?.text == "![Council members vote](https://example.com/vote.png)")
        if let image { #expect(markdown.slice(scalars: image.start, image.end) == image.text) }
    }

    @Test("a YAML front matter block fills the metadata and leaves the text")
    func readsFrontMatter() throws {
        let text = "---\ntitle: \"Budget passes after a long night\"\nauthor: Jane Doe\ndate: 2021-03-03T10:00:00Z\nlayout: post\n---\n\n" + Fixture.article()
        let document = try Fixture.clean(text, source: "post.md")
        #expect(document.metadata.title == "Budget passes after a long night")
        #expect(document.metadata.author == "Jane Doe")
        #expect(document.metadata.date == "2021-03-03")
        #expect(document.text == Fixture.article())
        #expect(Fixture.reason(for: "layout: post", in: document) == "boilerplate")
        #expect(Fixture.reason(for: "author: Jane Doe", in: document) == "metadata:author")
        for removal in Fixture.removed(document) { #expect(text.slice(scalars: removal.start, removal.end) == removal.text) }
    }

    @Test("an image inside a removed line is not recorded twice")
    func noNestedRemovals() throws {
        let text = Fixture.article(inserting: ["Share ![icon](https://example.com/share.png) this article"], after: 2)
        let document = try Fixture.clean(text, source: "a.md")
        let removed = Fixture.removed(document)
        #expect(removed.count == 1)
        #expect(removed.first?.reason == "interface")
        #expect(removed.first.map { text.slice(scalars: $0.start, $0.end) } == "Share ![icon](https://example.com/share.png) this article")
    }

    @Test("Markdown is sniffed from the text when the source has no telling extension")
    func sniffsMarkdown() throws {
        for source in ["stdin:1", "notes/budget.txt"] {
            let document = try Fixture.clean(markdown, source: source)
            #expect(document.text.contains("The city council approved the new budget"))
            #expect(!document.text.contains("**"))
        }
    }

    @Test("format: text keeps Markdown punctuation as written")
    func formatTextKeepsMarkup() throws {
        let document = try Fixture.clean("The city council **approved** the new budget on Tuesday after a long debate.", source: "a.md") { $0.format = "text" }
        #expect(document.text.contains("**approved**"))
    }

    @Test("underscores inside words and lone asterisks are not emphasis")
    func keepsIntrawordUnderscores() throws {
        let document = try Fixture.clean("The variable snake_case_name stays, and 5 * 3 is fifteen, as the teacher explained to the class.", source: "a.md")
        #expect(document.text == "The variable snake_case_name stays, and 5 * 3 is fifteen, as the teacher explained to the class.")
    }

    @Test("a link whose text spans a soft line break becomes its text, so the joined output cleans the same")
    func linkAcrossSoftBreak() throws {
        let markdown = """
        The council met on Tuesday and [approved the new
        budget](http://example.org/budget) after a long debate about school funding.
        Several members said [the plan did not go
        far enough](http://example.org/plan), while others warned about taxes.
        """
        let once = try Fixture.clean(markdown, source: "notes.md")
        #expect(once.text == "The council met on Tuesday and approved the new budget after a long debate about school funding. "
            + "Several members said the plan did not go far enough, while others warned about taxes.")
        let again = try Fixture.clean(once.text, metadata: once.metadata)
        #expect(again.text == once.text)
    }
}
