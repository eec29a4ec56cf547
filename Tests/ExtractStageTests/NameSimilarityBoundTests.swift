import Testing
@testable import ExtractStage

@Suite("Name similarity bound")
struct NameSimilarityBoundTests {
    static let pairs = [
        ("kitten", "sitting"), ("pavlovski", "pavlovksi"), ("ivan", "sergei"), ("a", "abcdef"),
        ("organisation", "organization"), ("", ""), ("x", ""), ("toqaev", "tokayev"),
    ]

    @Test("similarity never exceeds the bound its lengths give")
    func similarityStaysWithinItsLengthBound() {
        for (a, b) in Self.pairs {
            #expect(NameFolding.similarity(a, b) <= NameFolding.similarityBound(a.unicodeScalars.count, b.unicodeScalars.count))
        }
    }

    @Test("similarity is one minus the alignment distance over the longer length")
    func similarityCountsEditsAndSwaps() {
        #expect(NameFolding.similarity("kitten", "sitting") == 1 - 3.0 / 7)
        #expect(NameFolding.similarity("ksy", "sky") == 1 - 1.0 / 3)
        #expect(NameFolding.similarity("", "") == 1)
        #expect(NameFolding.similarity("x", "") == 0)
    }

    @Test("abbreviation letters and initials match as the abbreviation rule reads them")
    func abbreviationsMatchInitials() {
        #expect(EntityClusterer.abbreviates("NLF", "Northern Lakes Federation"))
        #expect(!EntityClusterer.abbreviates("NLF", "Northern Lakes"))
        #expect(EntityClusterer.abbreviationLetters("Nlf") == nil)
        #expect(EntityClusterer.initials("Federation") == nil)
    }
}
