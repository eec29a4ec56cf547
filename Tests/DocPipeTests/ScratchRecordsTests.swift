@testable import DocPipe
import Foundation
import Testing

@Suite("A corpus step's scratch records")
struct ScratchRecordsTests {
    @Test("records come back in the order they were written, as often as asked, and the file goes with the last reference")
    func writtenOnceReadTwice() throws {
        let output = try temporaryFolder()
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".docpipe"), withIntermediateDirectories: true)
        let records: [[UInt8]] = [[], [7], Array(repeating: 0xAB, count: 200_000), Array("naïve".utf8), Array(repeating: 1, count: 130)]
        var scratch: ScratchRecords? = try ScratchRecords(kind: "test", outputDirectory: output)
        for record in records { try scratch?.append(record) }
        try scratch?.finishWriting()
        for _ in 0..<2 {
            var read: [[UInt8]] = []
            try scratch?.forEach { read.append($0); return true }
            #expect(read == records)
        }
        var firstTwo = 0
        try scratch?.forEach { _ in firstTwo += 1; return firstTwo < 2 }
        #expect(firstTwo == 2)
        let folder = output.appendingPathComponent(".docpipe")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files[0].hasPrefix("contributions-test-") && files[0].hasSuffix(".bin"))
        #expect(LeftoverFiles.owner(of: files[0]) == getpid())
        scratch = nil
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("compact values read back exactly, and a short read is an error")
    func compactValues() throws {
        var writer = CompactWriter()
        writer.byte(3)
        writer.integer(0)
        writer.integer(300)
        writer.integer(Int.max)
        writer.double(-0.1)
        writer.double(.infinity)
        writer.strings(["", "Zürich", "東京"])
        var reader = CompactReader(writer.bytes, what: "test bytes")
        try reader.version(3)
        #expect(try reader.integer() == 0)
        #expect(try reader.integer() == 300)
        #expect(try reader.integer() == Int.max)
        #expect(try reader.double() == -0.1)
        #expect(try reader.double() == .infinity)
        #expect(try reader.strings() == ["", "Zürich", "東京"])
        #expect(reader.atEnd)
        var short = CompactReader(Array(writer.bytes.dropLast()), what: "test bytes")
        #expect(throws: FileError.self) {
            try short.version(3)
            for _ in 0..<3 { _ = try short.integer() }
            for _ in 0..<2 { _ = try short.double() }
            _ = try short.strings()
        }
        var otherVersion = CompactReader(writer.bytes, what: "test bytes")
        #expect(throws: FileError.self) { try otherVersion.version(4) }
    }
}
