import Foundation
import Testing

/// The English Golden Rules of sentence boundary detection (Pragmatic Segmenter, as ported by
/// pySBD), scored as pySBD's benchmark scores them.
@Suite("Golden rules")
struct GoldenRulesTests {
    private struct Case: Decodable {
        var id: Int
        var text: String
        var sentences: [String]
    }

    /// `EVAL_DIR`, or `../shared/eval` next to the package root.
    static var evaluationFile: URL {
        if let directory = ProcessInfo.processInfo.environment["EVAL_DIR"], !directory.isEmpty {
            return URL(fileURLWithPath: directory).appendingPathComponent("sbd_golden_rules_en.jsonl")
        }
        var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared/eval/sbd_golden_rules_en.jsonl")
    }

    @Test("passes at least 47 of the 48 English golden rules")
    func passesTheGoldenRules() throws {
        let file = Self.evaluationFile
        guard let data = FileManager.default.contents(atPath: file.path) else {
            print("golden rules: skipped, \(file.path) is absent (set EVAL_DIR to the folder holding sbd_golden_rules_en.jsonl)")
            return
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let cases = try lines.map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
        var failing: [Int] = []
        for item in cases {
            let output = try Segmenting.sentences(item.text)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            if output != item.sentences {
                failing.append(item.id)
                print("golden rule \(item.id) fails: \(output)")
            }
        }
        let passed = cases.count - failing.count
        print("golden rules: \(passed)/\(cases.count) pass; failing ids: \(failing.isEmpty ? "none" : failing.map(String.init).joined(separator: ", "))")
        #expect(cases.count == 48)
        #expect(passed >= 47)
    }
}
