import Foundation
import Testing
@testable import ExtractStage

@Suite("Substring search")
struct SubstringSearchTests {
    @Test("finds a word inside a name, at either end and in the middle")
    func findsSubstrings() {
        #expect("Smith and Sons".contains(" and "))
        #expect("Marsh-Lane".contains("-"))
        #expect("abc".contains("abc"))
        #expect("abc".contains("a"))
        #expect("abc".contains("c"))
    }

    @Test("misses text that is absent, longer than the string or empty, as Foundation does")
    func missesAbsentText() {
        #expect(!"Smith & Sons".contains(" and "))
        #expect(!"ab".contains("abc"))
        #expect(!"abab".contains("abb"))
        #expect(!"abc".contains(""))
        #expect(!"".contains(""))
    }

    @Test("answers as Foundation's search on ASCII, accented, decomposed and CR LF text")
    func agreesWithFoundation() {
        let texts = ["Port Harcourt", "Saint-Étienne", "Saint-E\u{301}tienne", "a\r\nb", "x - y", "“Quoted”", "ß", "", " "]
        let pieces = ["-", " ", "E", "É", "t", "\n", "\r\n", "Port", "“", "ss", "a", ""]
        for text in texts {
            for piece in pieces {
                #expect(text.contains(piece) == (text.range(of: piece) != nil), "\(text) / \(piece)")
            }
        }
    }

    @Test("a run of marks answers whether a token is one of its pieces, as Foundation's search of the run does")
    func markRunAgreesWithFoundation() {
        let marks = ".!?:;\"\u{201D}"
        let run = MarkRun(marks)
        for token in [".", "!", "?!", ";", "\"", "\u{201D}", ":;\"", ",", "a", "..", "\u{201C}", "'", ""] {
            #expect(run.contains(token) == (marks.range(of: token) != nil), "\(token)")
        }
    }
}
