import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entity clustering across documents")
struct EntityClusteringTests {
    private func clusters(_ texts: [String]) throws -> [EntityCluster] {
        let stage = try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "test", referenceDate: "2022-01-11"))
        var documents: [Document] = []
        for (index, text) in texts.enumerated() {
            var document = Document(id: "d\(index)", text: text)
            document[StandardLayers.Sentences.self] = sentenceSpans(text)
            try stage.process(&document)
            documents.append(document)
        }
        var corpus = Corpus(documents: DocumentStream(documents))
        try stage.finish(&corpus)
        return try #require(corpus.results[StandardCorpusKeys.Entities.self])
    }

    /// A name as written, standing for itself, with a label.
    private func named(_ text: String, _ label: EntityLabel) -> EntityContribution.Name {
        EntityContribution.Name(label: label, canonical: text, text: text)
    }

    private func cluster(_ all: [EntityCluster], containing alias: String) -> EntityCluster? {
        all.first { $0.aliases.contains(alias) }
    }

    @Test("transliteration variants of one person merge, with every alias and mentions per document")
    func transliterationVariants() throws {
        let all = try clusters([
            "President Aleksandr Zelensky spoke on Monday. Zelensky said the border was calm.",
            "President Alexander Zelenskyy arrived in Kyiv. Later, Zelenskyy left.",
        ])
        let person = try #require(cluster(all, containing: "Aleksandr Zelensky"))
        #expect(person.label == .person)
        #expect(person.aliases.contains("Alexander Zelenskyy"))
        #expect(person.aliases.contains("Zelenskyy"))
        #expect(person.aliases == person.aliases.sorted())
        #expect(person.mentions == ["d0": 2, "d1": 2])
    }

    @Test("Kh/Q/zh/-ayev transliterations and a letter swap merge")
    func foldingRules() throws {
        let all = try clusters([
            "Minister Kassym Nurlanov met Governor Yuri Pavlovsky.",
            "Minister Qasym Nurlanov met Governor Yuri Pavlovksy.",
            "Minister Kasym Nurlanuly met Governor Iuri Pavlovski.",
        ])
        #expect(cluster(all, containing: "Kassym Nurlanov")?.aliases.contains("Qasym Nurlanov") == true)
        #expect(cluster(all, containing: "Yuri Pavlovsky")?.aliases.contains("Yuri Pavlovksy") == true)
    }

    @Test("different people who share a surname stay apart, and a bare surname shared by both joins neither")
    func sameSurnameDifferentPeople() throws {
        let all = try clusters([
            "General Ivan Petrov inspected the troops.",
            "Professor Sergei Petrov wrote the report.",
            "Petrov said nothing.",
        ])
        let ivan = try #require(cluster(all, containing: "Ivan Petrov"))
        let sergei = try #require(cluster(all, containing: "Sergei Petrov"))
        #expect(ivan != sergei)
        #expect(!ivan.aliases.contains("Sergei Petrov"))
        #expect(!ivan.aliases.contains("Petrov") && !sergei.aliases.contains("Petrov"))
    }

    @Test("a bare surname in another document joins the only person with that surname")
    func bareSurnameJoinsOnlyMatch() throws {
        let all = try clusters([
            "Chancellor Greta Lindqvist opened the summit.",
            "Lindqvist said the summit was a success.",
        ])
        let person = try #require(cluster(all, containing: "Greta Lindqvist"))
        #expect(person.aliases.contains("Lindqvist"))
        #expect(person.mentions["d1"] == 1)
    }

    @Test("an abbreviation in one document joins its long form from another")
    func abbreviationAcrossDocuments() throws {
        let all = try clusters([
            "The Baltic Energy Council met in Riga.",
            "Delegates said the BEC will meet again.",
        ])
        let org = try #require(cluster(all, containing: "Baltic Energy Council"))
        #expect(org.aliases.contains("BEC"))
        #expect(org.canonical == "Baltic Energy Council")
    }

    @Test("a bare surname joins a person of another document only when it is alike as written, not only once folded")
    func bareSurnameNeedsPlainLikeness() throws {
        let all = try clusters([
            "Judge Tan Boon Onn dismissed the appeal.",
            "President Yoon said the talks would go on.",
            "Minister Arman Toqayev spoke first.",
            "Tokayev said the talks would go on.",
        ])
        #expect(cluster(all, containing: "Tan Boon Onn")?.aliases.contains("Yoon") == false)
        #expect(cluster(all, containing: "Arman Toqayev")?.aliases.contains("Tokayev") == true)
    }

    @Test("a name with an abbreviation among its words is matched by no other body's abbreviation")
    func abbreviationWordInALongName() throws {
        #expect(EntityClusterer.initials("U.S. Navy") == nil)
        #expect(EntityClusterer.initials("US Navy") == nil)
        #expect(EntityClusterer.initials("United Nations") == "UN")
        #expect(EntityClusterer.initials("NEW YORK POLICE") == "NYP")
        var clusterer = EntityClusterer()
        clusterer.add(document: "a", names: [named("U.S. Navy", .org)])
        clusterer.add(document: "b", names: [named("UN", .org)])
        clusterer.add(document: "c", names: [named("United Nations", .org)])
        clusterer.add(document: "d", names: [named("USN", .org)])
        let all = clusterer.clusters()
        let navy = try #require(cluster(all, containing: "U.S. Navy"))
        #expect(!navy.aliases.contains("UN"))
        #expect(!navy.aliases.contains("USN"))
        #expect(cluster(all, containing: "United Nations")?.aliases.contains("UN") == true)
    }

    @Test("an abbreviation joins a long name of another document only when that name is the one, or by far the most named, with its initials")
    func ambiguousAbbreviationStaysApart() throws {
        var clusterer = EntityClusterer()
        clusterer.add(document: "a", names: [named("T&R", .org)])
        clusterer.add(document: "b", names: [named("Tallinn Rail", .org)])
        clusterer.add(document: "c", names: [named("Tartu Rowing", .org)])
        let all = clusterer.clusters()
        #expect(all.count == 3)
        #expect(cluster(all, containing: "T&R")?.canonical == "T&R")
        var single = EntityClusterer()
        single.add(document: "a", names: [named("T&R", .org)])
        single.add(document: "b", names: [named("Tallinn Rail", .org)])
        single.add(document: "c", names: [named("Tallinn Rail", .org)])
        #expect(cluster(single.clusters(), containing: "T&R")?.canonical == "Tallinn Rail")
        var dominant = EntityClusterer()
        dominant.add(document: "a", names: [named("T&R", .org)])
        for document in ["b", "c", "d"] { dominant.add(document: document, names: [named("Tallinn Rail", .org)]) }
        dominant.add(document: "e", names: [named("Tartu Rowing", .org)])
        #expect(cluster(dominant.clusters(), containing: "T&R")?.canonical == "Tallinn Rail")
        #expect(cluster(dominant.clusters(), containing: "Tartu Rowing")?.aliases.contains("T&R") == false)
    }

    @Test("a full name joins the one longer name it opens in another document, and none when it opens two")
    func fullNameOpeningALongerOne() throws {
        var clusterer = EntityClusterer()
        clusterer.add(document: "a", names: [named("Edwin Koh", .person)])
        clusterer.add(document: "b", names: [named("Edwin Koh Wei Ming", .person)])
        clusterer.add(document: "c", names: [named("Lee Min", .person)])
        clusterer.add(document: "d", names: [named("Lee Min Jae", .person)])
        clusterer.add(document: "e", names: [named("Lee Min Soo", .person)])
        let all = clusterer.clusters()
        #expect(cluster(all, containing: "Edwin Koh")?.canonical == "Edwin Koh Wei Ming")
        #expect(cluster(all, containing: "Lee Min")?.canonical == "Lee Min")
        #expect(cluster(all, containing: "Lee Min Jae")?.aliases.contains("Lee Min Soo") == false)
    }

    @Test("a cluster is named as running text writes it, not as a dateline shouts it")
    func shoutedNamesGiveWay() throws {
        var clusterer = EntityClusterer()
        clusterer.add(document: "a", names: [named("NEW DELHI", .gpe)])
        clusterer.add(document: "b", names: [named("NEW DELHI", .gpe)])
        clusterer.add(document: "c", names: [named("New Delhi", .gpe)])
        clusterer.add(document: "d", names: [named("NAIROBI", .gpe)])
        clusterer.add(document: "e", names: [named("QWERTZ", .org)])
        let all = clusterer.clusters()
        #expect(cluster(all, containing: "NEW DELHI")?.canonical == "New Delhi")
        #expect(cluster(all, containing: "NAIROBI")?.canonical == "Nairobi")
        #expect(cluster(all, containing: "QWERTZ")?.canonical == "QWERTZ")
        #expect(!EntityClusterer.isShouted("NATO"))
    }

    @Test("the canonical name is the fullest form, then the most mentioned, then alphabetical")
    func canonicalRule() throws {
        let all = try clusters([
            "President Alexander Zelenskyy arrived. President Alexander Zelenskyy left.",
            "President Aleksandr Zelensky spoke.",
        ])
        #expect(cluster(all, containing: "Aleksandr Zelensky")?.canonical == "Alexander Zelenskyy")
        let tie = try clusters(["Mayor Anna Berg spoke.", "Mayor Ana Berg spoke."])
        #expect(cluster(tie, containing: "Anna Berg")?.canonical == "Ana Berg")
    }

    @Test("places merge through their usual full name")
    func placeAliases() throws {
        let all = try clusters(["Officials in the U.S. objected.", "The United States objected.", "The US objected."])
        let place = try #require(cluster(all, containing: "U.S."))
        #expect(place.canonical == "United States")
        #expect(Set(place.aliases).isSuperset(of: ["U.S.", "US", "United States"]))
    }

    @Test("clusters come out in the same order whatever the document order")
    func deterministic() throws {
        let texts = ["Mayor Anna Berg met General Ivan Petrov in Oslo.", "General Ivan Petrov left Oslo for Riga."]
        let forward = try clusters(texts).map(\.canonical)
        let again = try clusters(texts).map(\.canonical)
        #expect(forward == again)
    }

    @Test("folding and similarity behave as documented")
    func folding() {
        #expect(NameFolding.fold("Tokayev") == NameFolding.fold("Toqaev"))
        #expect(NameFolding.fold("Kassym-Jomart") == NameFolding.fold("Qasym-Zhomart"))
        #expect(NameFolding.fold("Andrey") == NameFolding.fold("Andrei"))
        #expect(NameFolding.similarity("pavlovski", "pavlovksi") >= 0.85)
        #expect(NameFolding.similarity("ivan", "sergei") < 0.5)
        #expect(EntityClusterer.samePerson("ivan petrov", "i petrov"))
        #expect(!EntityClusterer.samePerson("ivan petrov", "sergei petrov"))
    }
}
