import DocPipe
import Foundation
import Testing
@testable import StoryStage

/// Short texts written for these tests: two unrelated events, told by several sources.
private let bridge = [
    "The council of Riverton closed the old Mill Bridge after engineers found cracks in two supports. Drivers must use the ring road while repairs go on.",
    "Riverton's Mill Bridge will stay shut for months, the council said, after inspectors reported cracks in the supports. Shops fear losing customers during the repairs.",
    "Engineers hired by the Riverton council say the cracked supports of Mill Bridge need new steel before traffic can return.",
]
private let museum = [
    "The Hillside Museum reopened after restorers cleaned the painted ceiling of its great hall. Visitors queued to see the musicians and dancers of the old fresco.",
    "Restorers spent three summers cleaning the fresco ceiling at the Hillside Museum, which welcomed its first visitors on Sunday.",
]

private func document(_ id: String, _ text: String, entities: [(String, EntityLabel)], date: String? = nil) -> Document {
    var document = Document(id: id, text: text)
    document.metadata.date = date
    var mentions: [EntityMention] = []
    for (name, label) in entities {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(name.unicodeScalars)
        guard let start = (0...(scalars.count - needle.count)).first(where: { Array(scalars[$0..<($0 + needle.count)]) == needle }) else { continue }
        mentions.append(EntityMention(start: start, end: start + needle.count, text: name, label: label, canonical: name))
    }
    document[StandardLayers.Entities.self] = mentions
    document[StandardLayers.Dates.self] = []
    return document
}

private func corpusDocuments() -> [Document] {
    [
        document("b1", bridge[0], entities: [("Riverton", .gpe), ("Mill Bridge", .fac)]),
        document("m1", museum[0], entities: [("Hillside Museum", .org)]),
        document("b2", bridge[1], entities: [("Riverton", .gpe), ("Mill Bridge", .fac)]),
        document("m2", museum[1], entities: [("Hillside Museum", .org)]),
        document("b3", bridge[2], entities: [("Riverton", .gpe), ("Mill Bridge", .fac)]),
    ]
}

private func stories(_ documents: [Document], output: URL? = nil, state: String = "", duplicates: [DuplicateRecord] = []) throws -> [Story] {
    var options = StoryStage.Options()
    options.state = state
    let stage = try StoryStage(options: options, context: StageContext(pipelineName: "t", outputDirectory: output ?? URL(fileURLWithPath: "/nonexistent")))
    var corpus = Corpus(documents: DocumentStream(documents))
    corpus.results[StandardCorpusKeys.Duplicates.self] = duplicates
    try stage.finish(&corpus)
    return corpus.results[StandardCorpusKeys.Stories.self] ?? []
}

@Test func documentsOnTwoEventsFormTwoStoriesLargestFirst() throws {
    let result = try stories(corpusDocuments())
    #expect(result.map(\.documents) == [["b1", "b2", "b3"], ["m1", "m2"]])
    #expect(result[0].id == StoryClusterer.storyID(firstDocument: "b1"))
    #expect(result[0].label.contains("Riverton"))
    #expect(result[1].entities.first == "Hillside Museum")
}

@Test func aDuplicateJoinsItsOriginalsStory() throws {
    var documents = corpusDocuments()
    documents.append(document("m1-copy", museum[0], entities: [("Hillside Museum", .org)]))
    let result = try stories(documents, duplicates: [DuplicateRecord(doc: "m1-copy", duplicateOf: "m1", similarity: 1)])
    #expect(result.first { $0.documents.contains("m1") }?.documents == ["m1", "m2", "m1-copy"])
}

@Test func documentsMonthsApartNeverShareAStory() throws {
    let documents = [
        document("a", bridge[0], entities: [("Riverton", .gpe), ("Mill Bridge", .fac)], date: "2024-03-01"),
        document("b", bridge[1], entities: [("Riverton", .gpe), ("Mill Bridge", .fac)], date: "2024-09-01"),
    ]
    let result = try stories(documents)
    #expect(result.count == 2)
    #expect(result.map(\.firstDate).contains("2024-03-01"))
}

@Test func aNewBatchJoinsTheStoriesOfTheStateFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stories-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let all = corpusDocuments()
    let first = try stories(Array(all.prefix(2)), output: folder, state: "state.json")
    #expect(first.count == 2)
    let second = try stories(Array(all.suffix(3)), output: folder, state: "state.json")
    let bridgeStory = second.first { $0.documents.contains("b2") }
    #expect(bridgeStory?.id == StoryClusterer.storyID(firstDocument: "b1"))
    #expect(bridgeStory?.documents == ["b2", "b3"])
    #expect(second.first { $0.documents.contains("m2") }?.id == StoryClusterer.storyID(firstDocument: "m1"))
}

@Test func rerunningTheSameDocumentsKeepsTheirStories() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stories-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let once = try stories(corpusDocuments(), output: folder, state: "state.json")
    let twice = try stories(corpusDocuments(), output: folder, state: "state.json")
    #expect(once == twice)
}

@Test func pluralsFoldToTheirSingular() {
    #expect(StoryTerms.folded("troops") == "troop")
    #expect(StoryTerms.folded("casualties") == "casualty")
    #expect(StoryTerms.folded("press") == "press")
}

@Test func dayNumbersRoundTrip() {
    for iso in ["1970-01-01", "2022-01-05", "2024-02-29", "1999-12-31"] {
        #expect(CalendarOrdinal.day(iso).map(CalendarOrdinal.iso) == iso)
    }
    #expect(CalendarOrdinal.day("2022-01-06")! - CalendarOrdinal.day("2021-12-31")! == 6)
}
