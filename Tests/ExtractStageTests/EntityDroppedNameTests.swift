import DocPipe
import Testing
@testable import ExtractStage

@Suite("Entities: names no rule typed take the type of the names listed with them (issue 15, s15-ner2)")
struct EntityDroppedNameTests {
    @Test("an unknown one-word name listed with places is a place")
    func listedWithPlaces() throws {
        let doc = try extract("From the junction the line runs to Wexmoor and Portsmouth, and then on to Leeds.")
        #expect(doc.entity("Wexmoor")?.label == .gpe)
    }

    @Test("unknown one-word names listed with a person are people, along the whole list")
    func listedWithPeople() throws {
        let doc = try extract("He has played with guitarists such as Tarvesh, Olunde and Michael Trent.")
        #expect(doc.entity("Tarvesh")?.label == .person)
        #expect(doc.entity("Olunde")?.label == .person)
    }

    @Test("a comma alone makes no list, and names of two types type nothing")
    func noListWithoutConjunction() throws {
        let doc = try extract("Near Leeds, Tarvesh opened a shop. The guests were Michael Trent and Olunde and London.")
        #expect(doc.entity("Tarvesh") == nil)
        #expect(doc.entity("Olunde") == nil)
    }

    @Test("a word after a capitalised word is the tail of a longer name, not a list member")
    func tailOfLongerName() throws {
        let doc = try extract("The sessions were with Kansas, American Velmont and Michael Trent.")
        #expect(doc.entity("Velmont")?.label != .person)
    }

    @Test("the type a list gives holds for the name's other mentions in the document")
    func listTypeHoldsForOtherMentions() throws {
        let doc = try extract("The trains run to Wexmoor and Portsmouth. Few passengers leave the train at Wexmoor before noon.")
        #expect(doc.entities.filter { $0.text == "Wexmoor" }.map(\.label) == [.gpe, .gpe])
    }
}
