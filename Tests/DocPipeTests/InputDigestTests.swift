@testable import DocPipe
import Foundation
import Testing

@Suite("Input digests")
struct InputDigestTests {
    let path = "/data/harbour/ferry-notes.txt"

    func item(_ origin: InputItem.Origin) -> InputItem {
        InputItem(sequence: 0, id: "ferry-notes", source: path, origin: origin)
    }

    @Test("a document read from a file keeps its bytes' hash, and its text's while the text is those bytes")
    func plainFile() {
        let bytes = Data("The ferry left at dawn. It came back at noon.".utf8)
        var document = Document(id: "ferry-notes", source: path, text: String(decoding: bytes, as: UTF8.self))
        Runner.noteDigests(of: &document, item: item(.file(URL(fileURLWithPath: path))), bytes: bytes, contentHash: SHA256.hex(bytes))
        #expect(document.inputDigest == InputDigest(path: path, sha256: SHA256.hex(bytes)))
        #expect(document.textSHA256 == SHA256.hex(document.text))
    }

    @Test("setting the text forgets its known hash but keeps the input's")
    func textChanged() {
        let bytes = Data("Two ferries. One pier.".utf8)
        var document = Document(id: "ferry-notes", source: path, text: String(decoding: bytes, as: UTF8.self))
        Runner.noteDigests(of: &document, item: item(.file(URL(fileURLWithPath: path))), bytes: bytes, contentHash: SHA256.hex(bytes))
        document.text += " Three boats."
        #expect(document.textSHA256 == nil)
        #expect(document.inputDigest?.sha256 == SHA256.hex(bytes))
    }

    @Test("a text decoded to other bytes than the file's (a byte-order mark dropped) has no known hash")
    func decodedText() {
        let bytes = Data([0xEF, 0xBB, 0xBF] + Array("Quay closed.".utf8))
        var document = Document(id: "ferry-notes", source: path, text: "Quay closed.")
        Runner.noteDigests(of: &document, item: item(.file(URL(fileURLWithPath: path))), bytes: bytes, contentHash: SHA256.hex(bytes))
        #expect(document.inputDigest?.sha256 == SHA256.hex(bytes))
        #expect(document.textSHA256 == nil)
    }

    @Test("a document that did not come from a file gets no digest")
    func notAFile() {
        let bytes = Data("Quay closed.".utf8)
        var document = Document(id: "ferry-notes", source: path, text: "Quay closed.")
        Runner.noteDigests(of: &document, item: item(.attachment(bytes, parent: "mail")), bytes: bytes, contentHash: SHA256.hex(bytes))
        #expect(document.inputDigest == nil && document.textSHA256 == nil)
    }
}
