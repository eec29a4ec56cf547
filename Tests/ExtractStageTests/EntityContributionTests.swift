import DocPipe
import Testing
@testable import ExtractStage

@Suite("Extract's stored contribution")
struct EntityContributionTests {
    static let mentions = [
        EntityMention(start: 0, end: 5, text: "Marta", label: .person, canonical: "Marta Kowalczyk"),
        EntityMention(start: 9, end: 15, text: "Gdańsk", label: .gpe, canonical: "Gdańsk"),
        EntityMention(start: 20, end: 27, text: "Quietly", label: .misc, canonical: "Quietly"),
        EntityMention(start: 30, end: 44, text: "the Port Board", label: .org, canonical: "Port Board of Gdańsk"),
    ]

    @Test("only labelled mentions are kept, and their bytes read back to the same names")
    func roundTrip() throws {
        let contribution = EntityContribution(Self.mentions)
        #expect(contribution.names.map(\.label) == [.person, .gpe, .org])
        let read = try EntityContribution(encodedBytes: contribution.encodedBytes())
        #expect(read == contribution)
        #expect(read.names[1].text == "Gdańsk")
        #expect(read.names[2].text == "the Port Board")
    }

    @Test("bytes of another form or cut short are an error, not a crash")
    func rejectsOtherBytes() throws {
        var bytes = try EntityContribution(Self.mentions).encodedBytes()
        for length in [0, 1, bytes.count - 1] {
            #expect(throws: FileError.self) { try EntityContribution(encodedBytes: Array(bytes.prefix(length))) }
        }
        bytes[2] = 200
        #expect(throws: FileError.self) { try EntityContribution(encodedBytes: bytes) }
        bytes[0] = 2
        #expect(throws: FileError.self) { try EntityContribution(encodedBytes: bytes) }
    }
}
