import DocPipe
import Testing
@testable import ExtractStage

@Suite("A date that closes a span does not move a narrative's year")
struct DateLookAheadTests {
    private let opening = """
        The railway was planned in 1880 and surveyed in April 1881. Work began on 3 March 1882, and the \
        first bridge was finished in 1883. In spring 1884 the crews reached the river.
        """

    @Test("a later year after 'until' leaves the narrative where it was: the next year-less month keeps its year")
    func spanEndDoesNotMoveTheNarrative() throws {
        let text = opening + " A strike began that lasted until the harvest of 1886. In July, the company hired new crews."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "1886" }?.value == "1886")
        #expect(doc.dates.first { $0.text == "July" }?.value == "1884-07")
    }

    @Test("a later year written without 'until' moves the narrative as before")
    func laterYearMovesTheNarrative() throws {
        let text = opening + " A strike began, and it ended in the harvest of 1886. In July, the company hired new crews."
        let doc = try extract(text, reference: nil, date: "2021-05-04")
        #expect(doc.dates.first { $0.text == "July" }?.value == "1886-07")
    }
}
