#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import HTMLExtraction

/// Runs the extractor over the article-extraction benchmark pages for scripts/eval_html.sh.
/// Active only when `HTML_EVAL_OUT` names the output file; writes one `{"id","text","seconds","cpu_seconds"}`
/// line per page (wall and thread-CPU time of `extract`, one thread, after one untimed warm-up page).
@Suite("Benchmark harness")
struct BenchmarkHarness {
    @Test(
        "writes extractions of the benchmark pages when HTML_EVAL_OUT is set",
        .enabled(if: getenv("HTML_EVAL_OUT") != nil, "set HTML_EVAL_OUT to write benchmark extractions"))
    func writeExtractions() throws {
        let outputPath = try #require(getenv("HTML_EVAL_OUT").map { String(cString: $0) })
        let evalDirectory = getenv("EVAL_DIR").map { String(cString: $0) } ?? Self.packageRoot() + "/../shared/eval"
        let inputPath = evalDirectory + "/extraction_dev.jsonl"
        guard let input = Self.read(inputPath) else {
            print("skipped: \(inputPath) not found")
            return
        }
        let extractor = HTMLExtractor()
        var output: [UInt8] = []
        var warmedUp = false
        var start = 0
        var pages = 0
        while start < input.count {
            var end = start
            while end < input.count && input[end] != 10 { end += 1 }
            defer { start = end + 1 }
            guard end > start, case .object(let row)? = JSONValue.parse(Array(input[start..<end])),
                  let id = row["id"]?.string, let html = row["html"]?.string else { continue }
            let bytes = Array(html.utf8)
            if !warmedUp {
                _ = extractor.extract(bytes)
                warmedUp = true
            }
            let wallStart = Self.clock(CLOCK_MONOTONIC)
            let cpuStart = Self.clock(CLOCK_THREAD_CPUTIME_ID)
            let page = extractor.extract(bytes)
            let cpu = Self.clock(CLOCK_THREAD_CPUTIME_ID) - cpuStart
            let wall = Self.clock(CLOCK_MONOTONIC) - wallStart
            output += Array("{\"id\":\(Self.quoted(id)),\"text\":\(Self.quoted(page.text)),\"seconds\":\(wall),\"cpu_seconds\":\(cpu)}\n".utf8)
            pages += 1
        }
        #expect(pages > 0)
        let file = try #require(fopen(outputPath, "wb"), "cannot write \(outputPath)")
        defer { fclose(file) }
        #expect(fwrite(output, 1, output.count, file) == output.count)
    }

    private static func packageRoot() -> String {
        var path = String(#filePath)
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    private static func clock(_ id: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(id, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
