import DocPipe
import Foundation
import Testing
@testable import CleanStage

@Suite("Sample corpus")
struct CorpusTests {
    private static let folder = Fixture.packageRoot.appendingPathComponent("corpus/kazakhstan-2022")

    private static func documents() throws -> [(raw: String, cleaned: Document)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (raw, try Fixture.clean(raw, source: folder.appendingPathComponent(name).path))
        }
    }

    @Test("obvious furniture is gone from every article")
    func furnitureIsGone() throws {
        let documents = try Self.documents()
        #expect(documents.count == 5)
        for (_, document) in documents {
            let lines = document.text.components(separatedBy: "\n")
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Advertisement" })
            #expect(!lines.contains { $0.hasPrefix("Follow") })
            #expect(!document.text.contains("Image:"))
            #expect(!document.text.contains("Getty Images"))
            #expect(!document.text.contains("opinions expressed"))
            #expect(!lines.contains { $0.hasSuffix("Global Opinions") || $0.hasPrefix("Global Opinions:") })
        }
    }

    @Test("every long paragraph survives, bios, disclaimers and captions aside")
    func proseSurvives() throws {
        for (raw, document) in try Self.documents() {
            let removed = Fixture.removed(document)
            for line in raw.components(separatedBy: "\n") where line.split(separator: " ").count >= 25 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let collapsed = trimmed.split { $0 == " " || $0 == "\u{00A0}" }.joined(separator: " ")
                if document.text.contains(collapsed) { continue }
                let reason = removed.first { $0.text == trimmed }?.reason
                #expect(["bio", "disclaimer", "caption"].contains(reason), "lost: \(trimmed.prefix(80))")
            }
        }
    }

    @Test("titles, authors, publishers and sections are found where the articles show them")
    func metadataIsFound() throws {
        let documents = try Self.documents().map(\.cleaned)
        #expect(documents[0].metadata.author == "Leonid Bershidsky")
        #expect(documents[0].metadata.publisher == "Bloomberg")
        #expect(documents[0].metadata.title == "Putin’s Kazakhstan Show of Muscle Is Meant for US Eyes")
        #expect(documents[1].metadata.author == "Dmitri Trenin")
        #expect(documents[2].metadata.title == "The Crackdown in Kazakhstan Is a Win for Russia (Or Is It?)")
        #expect(documents[2].metadata.author == "Andrew A. Michta")
        #expect(documents[3].metadata.title == nil)
        #expect(documents[4].metadata.publisher == "The Washington Post")
        #expect(documents[4].metadata.section == "Opinion")
        #expect(documents[4].metadata.title == "Putin can’t afford crises in both Kazakhstan and Ukraine")
        #expect(documents[4].metadata.author == "Josh Rogin")
    }

    @Test("cleaning a cleaned article changes nothing, and removals slice the original")
    func idempotentAndExact() throws {
        for (raw, document) in try Self.documents() {
            let again = try Fixture.clean(document.text)
            #expect(again.text == document.text)
            #expect(Fixture.removed(again).isEmpty)
            for removal in Fixture.removed(document) {
                #expect(raw.slice(scalars: removal.start, removal.end) == removal.text)
            }
        }
    }
}
