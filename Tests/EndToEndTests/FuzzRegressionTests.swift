import DocPipeFuzzChecks
import Foundation
import Testing

/// Replays every input the fuzzers ever failed on (`Tests/FuzzRegressions/TARGET/`) and the seed
/// corpus through the same property checks the fuzz targets run.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static var cases: [(target: String, file: URL)] {
        var found: [(String, URL)] = []
        for folder in ["Tests/FuzzRegressions", "Tests/FuzzSeeds"] {
            for target in FuzzTargets.names {
                let directory = packageRoot.appendingPathComponent(folder).appendingPathComponent(target)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") { found.append((target, directory.appendingPathComponent(name))) }
            }
        }
        return found
    }

    @Test("every recorded fuzz finding and seed now satisfies its target's properties")
    func replay() throws {
        let cases = Self.cases
        #expect(!cases.isEmpty)
        for (target, file) in cases {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(throws: Never.self, "\(target) \(file.lastPathComponent)") { try FuzzTargets.run(target, bytes) }
        }
    }
}
