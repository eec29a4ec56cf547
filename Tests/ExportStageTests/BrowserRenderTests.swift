import DocPipe
import Foundation
import Testing
@testable import ExportStage

@Suite("HTML report in a real browser")
struct BrowserRenderTests {
    static var packageRoot: URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test("headless Chromium renders the fixture report to a non-blank PNG (.build/export-fixture-report.png)")
    func rendersInChromium() throws {
        guard Self.chromium != nil else {
            print("skipped: Chromium is not installed (apt-get install -y chromium); scripts/render_report.sh installs it")
            return
        }
        let folder = try ExportFixture.export(formats: ["html"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = Self.packageRoot.appendingPathComponent(".build/export-fixture-report.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.packageRoot.appendingPathComponent("scripts/render_report.sh").path, folder.path, png.path, "1280,3400"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 10000)
    }
}
