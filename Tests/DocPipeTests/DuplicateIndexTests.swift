import Testing
@testable import DocPipe

@Test func aCopyOfACopyCountsAsACopyOfTheFirstOriginal() {
    let index = DuplicateIndex([
        DuplicateRecord(doc: "b", duplicateOf: "a", similarity: 0.85),
        DuplicateRecord(doc: "c", duplicateOf: "b", similarity: 0.9),
        DuplicateRecord(doc: "e", duplicateOf: "d", similarity: 1),
    ])
    #expect(index.original(of: "c") == "a")
    #expect(index.copies(of: "a") == ["b", "c"])
    #expect(index.copies(of: "d") == ["e"])
    #expect(index.isDuplicate("b") && !index.isDuplicate("a"))
    #expect(index.copies(of: "b") == nil)
}

@Test func droppedDocumentsLeaveTheStreamAndTheCount() throws {
    var corpus = Corpus(documents: DocumentStream([Document(id: "a", text: "x"), Document(id: "b", text: "y")]))
    corpus.drop("b", stage: "dedup", reason: "duplicate of a")
    corpus.drop("b", stage: "dedup", reason: "duplicate of a")
    var seen: [String] = []
    try corpus.documents.forEach { seen.append($0.id) }
    #expect(seen == ["a"])
    #expect(corpus.documents.count == 1)
    #expect(corpus.dropped == [RunReport.Dropped(id: "b", stage: "dedup", reason: "duplicate of a")])
}
