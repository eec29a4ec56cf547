import Foundation
import Testing

/// Code shown in the docs is code that compiles: each marked block is a verbatim piece of a file
/// that `make test` builds.
@Suite("Doc snippets")
struct DocSnippetTests {
    /// A fenced code block and the file its marker names.
    struct Block {
        var language: String
        var body: String
        var source: String?
        var line: Int
    }

    /// The fenced blocks of a Markdown file, each with the `<!-- snippet: PATH -->` marker on the
    /// line before it, when there is one.
    static func blocks(in markdown: String) -> [Block] {
        let lines = markdown.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```"), line.count > 3 else { index += 1; continue }
            let language = String(line.dropFirst(3))
            var source: String?
            if index > 0, let marker = lines[index - 1].wholeMatch(of: /<!-- snippet: (\S+) -->/) { source = String(marker.1) }
            var end = index + 1
            while end < lines.count, lines[end] != "```" { end += 1 }
            blocks.append(Block(language: language, body: lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n"), source: source, line: index + 1))
            index = end + 1
        }
        return blocks
    }

    @Test("every Swift block of docs/writing-a-stage.md is marked and is a verbatim piece of its file in the example package")
    func writingAStageSnippetsMatchTheExample() throws {
        let markdown = try String(contentsOf: packageRoot.appendingPathComponent("docs/writing-a-stage.md"), encoding: .utf8)
        let blocks = Self.blocks(in: markdown)
        #expect(blocks.filter { $0.language == "swift" }.count >= 6)
        for block in blocks where block.language == "swift" || block.source != nil {
            let source = try #require(block.source, "the \(block.language) block at line \(block.line) has no <!-- snippet: PATH --> marker")
            #expect(source.hasPrefix("docs/examples/"), "line \(block.line): snippets come from the example packages that make test builds")
            let file = try String(contentsOf: packageRoot.appendingPathComponent(source), encoding: .utf8)
            #expect(file.contains(block.body), "the block at line \(block.line) of docs/writing-a-stage.md differs from \(source)")
        }
    }

    @Test("a block that differs from its file is found")
    func changedBlockIsFound() {
        let markdown = "x\n<!-- snippet: a.swift -->\n```swift\nlet a = 1\n```\n```sh\nls\n```\n"
        let blocks = Self.blocks(in: markdown)
        #expect(blocks.map(\.language) == ["swift", "sh"])
        #expect(blocks[0].source == "a.swift" && blocks[0].body == "let a = 1")
        #expect(blocks[1].source == nil)
        #expect(!"let a = 2\n".contains(blocks[0].body))
    }

    @Test("README lists every system package the Makefile installs and .ci/run installs")
    func readmeListsSystemPackages() throws {
        let makefile = try String(contentsOf: packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let line = try #require(makefile.components(separatedBy: "\n").first { $0.hasPrefix("SYSTEM_PACKAGES") })
        let packages = line.split(separator: "=", maxSplits: 1)[1].split(separator: " ").map(String.init)
        #expect(packages.contains("libyaml-dev"))
        for package in packages {
            #expect(readme.contains("`\(package)`"), "README.md does not list \(package)")
            #expect(ci.contains(package), ".ci/run does not install \(package)")
        }
    }
}
