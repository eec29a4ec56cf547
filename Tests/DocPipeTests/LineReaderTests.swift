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

@Suite("Line reader, buffer edges")
struct LineReaderEdgeTests {
    @Test("a newline on either side of a read boundary splits the lines exactly there")
    func newlinesAtReadBoundaries() throws {
        let size = LineReader.readSize
        let expected = [
            String(repeating: "a", count: size - 1), String(repeating: "b", count: size), "",
            String(repeating: "c", count: size + 1), "tail",
        ]
        let url = try temporaryFolder().appendingPathComponent("edges.txt")
        try Data((expected.joined(separator: "\n") + "\n").utf8).write(to: url)
        let reader = try LineReader(url: url)
        var lines: [String] = []
        while let line = try reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == expected)
    }

    @Test("a line many times the buffer's size comes back whole from both kinds of read, followed by the next line")
    func lineFarLargerThanTheBuffer() throws {
        var long = [UInt8](repeating: UInt8(ascii: "z"), count: 9 * LineReader.readSize + 12_345)
        for index in stride(from: 0, to: long.count, by: 4_099) { long[index] = UInt8(ascii: "0") + UInt8(index % 10) }
        var file = Array("first\n".utf8) + long + Array("\nafter\n".utf8)
        file += long
        let url = try temporaryFolder().appendingPathComponent("huge.txt")
        try Data(file).write(to: url)

        let reader = try LineReader(url: url)
        #expect(try reader.nextLine() == Data("first".utf8))
        #expect(try reader.nextLine() == Data(long))
        #expect(try reader.nextLine() == Data("after".utf8))
        #expect(try reader.nextLine() == Data(long))
        #expect(try reader.nextLine() == nil)

        let bytesReader = try LineReader(url: url)
        var lines: [[UInt8]] = []
        while let line = try bytesReader.nextLineBytes() { lines.append(line) }
        #expect(lines == [Array("first".utf8), long, Array("after".utf8), long])
    }

    @Test("lines arriving through a pipe in small pieces come back whole")
    func linesFromAPipe() throws {
        let pipe = Pipe()
        let expected = (0..<2_000).map { "line \($0) " + String(repeating: "p", count: $0 % 700) }
        let payload = Data(expected.joined(separator: "\n").utf8)
        let writer = pipe.fileHandleForWriting
        let thread = Thread {
            var offset = 0
            while offset < payload.count {
                let piece = payload[offset..<min(offset + 3_001, payload.count)]
                writer.write(piece)
                offset += piece.count
            }
            try? writer.close()
        }
        thread.start()
        let reader = LineReader(handle: pipe.fileHandleForReading)
        var lines: [String] = []
        while let line = try reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == expected)
    }
}
