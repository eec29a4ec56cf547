import DocPipe
import Testing
@testable import DedupStage

/// Texts written for these tests: a short wire story and edits of it.
private let wire = """
    The city council voted on Tuesday to close the old bridge over the river for repairs that \
    engineers say will take at least six months. Drivers will be sent through the northern \
    ring road while the work goes on, and two extra bus lines will run between the market \
    square and the railway station. The mayor said the decision was difficult but that the \
    bridge had become unsafe after last winter's floods damaged two of its supports. Local \
    shop owners on the southern bank worry that fewer customers will reach them during the \
    closure, and the council promised a small fund to help businesses that lose trade.
    """

private let unrelated = """
    A small museum in the hills reopened its doors after a long restoration of its painted \
    ceiling, which had been hidden under layers of soot for more than a century. Visitors \
    queued in the morning rain to see the restored figures of musicians and dancers, and the \
    curator thanked the volunteers who spent three summers cleaning the plaster by hand.
    """

private func document(_ id: String, _ text: String) -> Document {
    Document(id: id, text: text)
}

private func findDuplicates(_ documents: [Document], duplicates: String = "mark") throws -> (Corpus, [DuplicateRecord]) {
    var options = DedupStage.Options()
    options.duplicates = duplicates
    let stage = try DedupStage(options: options, context: StageContext(pipelineName: "test"))
    var corpus = Corpus(documents: DocumentStream(documents))
    try stage.finish(&corpus)
    return (corpus, corpus.results[StandardCorpusKeys.Duplicates.self] ?? [])
}

@Test func anExactCopyIsADuplicateOfTheFirstWithSimilarityOne() throws {
    let (_, records) = try findDuplicates([document("a", wire), document("b", unrelated), document("c", wire)])
    #expect(records == [DuplicateRecord(doc: "c", duplicateOf: "a", similarity: 1)])
}

@Test func aCopyWithAFewWordsChangedIsANearDuplicate() throws {
    let edited = wire.replacingOccurrences(of: "six months", with: "seven months")
    let (_, records) = try findDuplicates([document("a", wire), document("b", edited)])
    #expect(records.count == 1)
    #expect(records.first?.duplicateOf == "a")
    #expect((records.first?.similarity ?? 0) >= 0.8 && (records.first?.similarity ?? 1) < 1)
}

@Test func unrelatedAndHeavilyRewrittenTextsAreNotDuplicates() throws {
    let half = String(wire.prefix(wire.count / 2)) + " " + unrelated
    let (_, records) = try findDuplicates([document("a", wire), document("b", unrelated), document("c", half)])
    #expect(records.isEmpty)
}

@Test func caseAndPunctuationDoNotMatter() throws {
    let shouted = wire.uppercased().replacingOccurrences(of: ",", with: "")
    let (_, records) = try findDuplicates([document("a", wire), document("b", shouted)])
    #expect(records == [DuplicateRecord(doc: "b", duplicateOf: "a", similarity: 1)])
}

@Test func exactCopiesOfACopyPointToTheFirstCopy() throws {
    let (_, records) = try findDuplicates([document("x", unrelated), document("a", wire), document("b", wire), document("c", wire)])
    #expect(records.map(\.duplicateOf) == ["a", "a"])
}

@Test func emptyDocumentsAreNeverDuplicates() throws {
    let (_, records) = try findDuplicates([document("a", ""), document("b", "  "), document("c", "")])
    #expect(records.isEmpty)
}

@Test func dropModeDropsDuplicatesFromLaterStepsAndListsThem() throws {
    let (corpus, records) = try findDuplicates([document("a", wire), document("b", wire), document("c", unrelated)], duplicates: "drop")
    #expect(records.count == 1)
    #expect(corpus.dropped.map(\.id) == ["b"])
    #expect(corpus.documents.count == 2)
    var seen: [String] = []
    try corpus.documents.forEach { seen.append($0.id) }
    #expect(seen == ["a", "c"])
}

@Test func signaturesRoundTripThroughTheirText() {
    let signature = MinHasher.signature(of: WordShingles.hashes(of: wire, size: 5))
    #expect(MinHasher.decode(MinHasher.encode(signature)) == signature)
}

@Test func estimatedSimilarityFollowsTheExactJaccard() {
    let first = Set(WordShingles.hashes(of: wire + " " + unrelated, size: 5))
    let second = Set(WordShingles.hashes(of: wire, size: 5))
    let exact = Double(first.intersection(second).count) / Double(first.union(second).count)
    let estimate = MinHasher.similarity(MinHasher.signature(of: first.sorted()), MinHasher.signature(of: second.sorted()))
    #expect(abs(estimate - exact) < 0.1)
}

@Test func unknownActionIsRejected() {
    var options = DedupStage.Options()
    options.duplicates = "delete"
    #expect(throws: StageError.self) { try DedupStage(options: options, context: StageContext(pipelineName: "t")) }
}

/// 200 distinct made-up words, with `changed` of them (spaced 40 apart) replaced.
private func numberedText(changed: Int) -> String {
    (0..<200).map { index in
        index % 40 == 7 && index / 40 < changed ? "changed\(index)" : "word\(index)"
    }.joined(separator: " ")
}

@Test func theExactJaccardDecidesAtTheThreshold() throws {
    let base = numberedText(changed: 0)
    let close = numberedText(changed: 4)
    let far = numberedText(changed: 5)
    let shingles = { (text: String) in ShingleSet(WordShingles.hashes(of: text, size: 5)) }
    let closeJaccard = shingles(base).jaccard(shingles(close))
    let farJaccard = shingles(base).jaccard(shingles(far))
    #expect(closeJaccard >= 0.8 && farJaccard < 0.8)
    let (_, closeRecords) = try findDuplicates([document("base", base), document("close", close)])
    #expect(closeRecords == [DuplicateRecord(doc: "close", duplicateOf: "base", similarity: (closeJaccard * 1000).rounded() / 1000)])
    let (_, farRecords) = try findDuplicates([document("base", base), document("far", far)])
    #expect(farRecords.isEmpty)
}

@Test func aDocumentCloseToACopyButNotToItsOriginalCopiesTheCopy() throws {
    let base = numberedText(changed: 0)
    let (_, records) = try findDuplicates([document("base", base), document("close", numberedText(changed: 4)), document("far", numberedText(changed: 5))])
    #expect(records.map(\.doc) == ["close", "far"])
    #expect(records.map(\.duplicateOf) == ["base", "close"])
}

@Test func anExactCopyOfANearCopyNamesTheEarliestDocumentWithinTheThreshold() throws {
    let base = numberedText(changed: 0)
    let near = numberedText(changed: 2)
    let (_, records) = try findDuplicates([document("base", base), document("near", near), document("near-again", near)])
    #expect(records.map(\.duplicateOf) == ["base", "base"])
    #expect(records[0].similarity == records[1].similarity)
}
