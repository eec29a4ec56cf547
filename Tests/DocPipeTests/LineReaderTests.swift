@testable import DocPipe
import Foundation
import Testing

@Suite("Line reader")
struct LineReaderTests {
    @Test("reads lines across read boundaries, empty lines and a last line without a newline")
    func readsEveryLine() throws {
        var expected: [String] = []
        for index in 0..<30_000 { expected.append(index % 7 == 0 ? "" : String(repeating: "x\(index)-", count: index % 50)) }
        expected.append(String(repeating: "long", count: 400_000))
        let url = try temporaryFolder().appendingPathComponent("lines.txt")
        try Data((expected.joined(separator: "\n")).utf8).write(to: url)
        let reader = try LineReader(url: url)
        var lines: [String] = []
        while let line = try reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == expected)
    }
}

@Suite("Line reader, long lines")
struct LongLineReaderTests {
    @Test("lines of several megabytes between short ones come back whole and in order")
    func longLinesAmongShortOnes() throws {
        let long = String(repeating: "0123456789abcdef", count: 400_000)
        let expected = ["short", long, "", "x", long + "end", "last"]
        let url = try temporaryFolder().appendingPathComponent("long.txt")
        try Data(expected.joined(separator: "\n").utf8).write(to: url)
        let reader = try LineReader(url: url)
        var lines: [String] = []
        while let line = try reader.nextLineBytes() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == expected)
    }
}
