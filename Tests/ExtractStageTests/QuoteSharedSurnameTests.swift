import DocPipe
import Testing
@testable import ExtractStage

/// A surname written alone when two or more people of the text share it is none of them in
/// particular: the speaker is the surname, not the full name the entity layer happened to join it
/// to, unless a title tells the sex of exactly one of them.
@Suite("Quote speakers named by a surname that several people share")
struct QuoteSharedSurnameTests {
    @Test("'…,' Surname said' with a father and son of that surname gives the surname alone")
    func bareSharedSurnameStaysASurname() throws {
        let text = """
            The boy, Jeremy Marlowe, was bitten on the leg. His father Roger Marlowe said the dog came from \
            nowhere. 'It was terrifying to watch,' Roger Marlowe said. His mother stayed with him at the \
            hospital. 'He is a brave little boy,' Marlowe said.
            """
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Roger Marlowe", "Marlowe"])
    }

    @Test("A surname only one person of the text has still gives that person's full name")
    func surnameOfOnePersonIsThatPerson() throws {
        let text = """
            Roger Marlowe runs the farm outside the village. 'It was terrifying to watch,' Marlowe said. \
            'He will be fine.'
            """
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Roger Marlowe", "Roger Marlowe"])
    }

    @Test("'Mrs Surname said' beside a man and a woman of that surname gives the woman")
    func titleChoosesThePersonOfItsSex() throws {
        let text = """
            Jeremy Marlowe was bitten on the leg. 'It was terrifying to watch,' Roger Marlowe said. His wife \
            Anne Marlowe was at work. 'I rushed home as soon as I heard,' Mrs Marlowe said.
            """
        let doc = try extract(text)
        let last = try #require(doc.quotes.last)
        #expect(last.speaker == "Anne Marlowe")
    }

    @Test("A shared surname that is also a given name is not completed with another person's surname")
    func sharedSurnameIsNoGivenName() throws {
        let text = """
            The council approved the plan on Monday. Oliver Grant and his sister Emma Grant had opposed it for \
            months. Their neighbour Mr Lopez said he was pleased. 'We will keep fighting this decision,' Grant said.
            """
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == "Grant")
    }
}
