import Testing
@testable import SummarizeStage

@Suite("Porter stemmer")
struct PorterStemmerTests {
    @Test("inflected forms reduce to the stems Porter's algorithm gives")
    func knownStems() {
        let cases = [
            ("caresses", "caress"), ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"),
            ("protesters", "protest"), ("protested", "protest"), ("generalization", "gener"), ("agreed", "agre"),
            ("troops", "troop"), ("running", "run"), ("is", "is"),
        ]
        for (word, stem) in cases {
            #expect(String(decoding: PorterStemmer.stem(Array(word.utf8)), as: UTF8.self) == stem, "\(word)")
        }
    }
}
