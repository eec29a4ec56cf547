import DocPipe
import DocPipeTesting
import Foundation
import Testing
@testable import ExportStage

@Suite("Cluster names in the exports")
struct ClusterNameTests {
    static func document(_ id: String, _ name: String) -> Document {
        let text = "\"We will rebuild,\" said \(name)."
        var document = Document(id: id, text: text)
        let start = text.unicodeScalars.count - name.unicodeScalars.count - 1
        document[StandardLayers.Entities.self] = [EntityMention(start: start, end: start + name.unicodeScalars.count, text: name, label: .person, canonical: name)]
        document[StandardLayers.Quotes.self] = [Quote(start: 1, end: 15, text: "We will rebuild", speaker: name, speakerLabel: .person)]
        return document
    }

    @Test("one person spelled two ways in two sources is one speaker_cluster and one entity cluster in CSV and SQLite")
    func oneSpeakerAcrossSources() throws {
        var results = CorpusResults()
        results[StandardCorpusKeys.Entities.self] = [
            EntityCluster(canonical: "Anna Kovalenko", label: .person, aliases: ["Anna Kovalenko", "Hanna Kovalenko"], mentions: ["a": 1, "b": 1]),
        ]
        let corpus = Corpus(documents: DocumentStream([Self.document("a", "Anna Kovalenko"), Self.document("b", "Hanna Kovalenko")]), results: results)
        let folder = try ExportFixture.export(corpus, formats: ["csv", "sqlite"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ExportedDatabase(path: folder.appendingPathComponent("docpipe.sqlite").path)
        #expect(try database.query("SELECT speaker, speaker_cluster FROM quotes ORDER BY doc") == [["Anna Kovalenko", "Anna Kovalenko"], ["Hanna Kovalenko", "Anna Kovalenko"]])
        #expect(try database.query("SELECT speaker_cluster, count(*) FROM quotes GROUP BY speaker_cluster") == [["Anna Kovalenko", "2"]])
        #expect(try database.query("SELECT DISTINCT cluster FROM entities") == [["Anna Kovalenko"]])
        let csv = try ExportFixture.read(folder, "csv/quotes.csv")
        #expect(csv.contains("Hanna Kovalenko,PERSON,Anna Kovalenko"))
    }

    @Test("a speaker no entity goes by has no cluster")
    func unknownSpeaker() {
        let names = ClusterNames([EntityCluster(canonical: "X Y", label: .person, aliases: ["X Y"], mentions: ["a": 1])])
        #expect(names.cluster(of: "X Y", in: "a") == "X Y")
        #expect(names.cluster(of: "X Y", in: "b") == nil)
        #expect(names.cluster(of: "Someone Else", in: "a") == nil)
        #expect(names.cluster(of: nil, in: "a") == nil)
    }

    @Test("a shared spelling goes to the first cluster mentioned in the document, preferring the asked label")
    func sharedSpelling() {
        let names = ClusterNames([
            EntityCluster(canonical: "Jordan Price", label: .person, aliases: ["Jordan", "Jordan Price"], mentions: ["a": 3]),
            EntityCluster(canonical: "Jordan", label: .gpe, aliases: ["Jordan"], mentions: ["a": 1, "b": 2]),
        ])
        #expect(names.reference(of: "Jordan", in: "a")?.cluster == "Jordan Price")
        #expect(names.reference(of: "Jordan", in: "a", label: .gpe)?.cluster == "Jordan")
        #expect(names.reference(of: "Jordan", in: "a", label: .org)?.cluster == "Jordan Price")
        #expect(names.reference(of: "Jordan", in: "b")?.cluster == "Jordan")
        #expect(names.reference(of: "Jordan Price", in: "b") == nil)
        #expect(names.reference(anywhere: "Jordan")?.cluster == "Jordan Price")
        #expect(names.reference(anywhere: "Nobody") == nil)
    }
}
