@testable import DocPipe
import Testing

@Suite("Byte offsets to code-point offsets")
struct ScalarOffsetsTests {
    /// The code-point offset of every byte boundary, counted the slow way.
    static func expected(_ text: String) -> [Int: Int] {
        var offsets: [Int: Int] = [:]
        var bytes = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            offsets[bytes] = index
            bytes += String(scalar).utf8.count
        }
        offsets[bytes] = text.unicodeScalars.count
        return offsets
    }

    @Test("ASCII texts of any length, and texts with a non-ASCII character anywhere, give the counted offsets")
    func agreesWithCounting() {
        let ascii = "Short words, then longer ones: seventeen."
        var texts = [ascii, "", "a", String(ascii.prefix(7)), String(ascii.prefix(8)), String(ascii.prefix(9))]
        for position in [0, 3, 8, 16, ascii.count - 1] {
            var text = Array(ascii)
            text.insert("é", at: position)
            texts.append(String(text))
        }
        texts.append(ascii + "🇰🇿")
        for text in texts {
            let bytes = Array(text.utf8)
            let counted = Self.expected(text)
            var forward = ScalarOffsets(utf8: bytes)
            for offset in counted.keys.sorted() { #expect(forward.scalarOffset(ofByte: offset) == counted[offset], "\(text) @\(offset)") }
            var backward = ScalarOffsets(utf8: bytes)
            for offset in counted.keys.sorted().reversed() { #expect(backward.scalarOffset(ofByte: offset) == counted[offset], "\(text) @\(offset)") }
            var clamped = ScalarOffsets(utf8: bytes)
            #expect(clamped.scalarOffset(ofByte: bytes.count + 5) == text.unicodeScalars.count)
            #expect(clamped.scalarOffset(ofByte: -1) == 0)
        }
    }
}
