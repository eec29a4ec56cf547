import Foundation
import Testing

/// The sample corpus's HTML report opened in headless Chromium (Debian's `chromium`, installed by
/// `.ci/run`). Without Chromium the test says so and passes, unless `DOCPIPE_REQUIRE_CHROMIUM=1`
/// (set by `.ci/run`), where its absence fails the test.
@Suite("Sample report in a real browser")
struct ReportBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Appended to a copy of the report: measures every chart and lists every resource the page
    /// loaded, into an element that `--dump-dom` prints.
    static let probe = """
        <script>
        const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
          const box = svg.getBoundingClientRect();
          return {id: svg.id, width: Math.round(box.width), height: Math.round(box.height),
                  marks: svg.querySelectorAll('circle,rect,line').length,
                  visible: getComputedStyle(svg).visibility === 'visible' && getComputedStyle(svg).display !== 'none'};
        });
        const resources = performance.getEntriesByType('resource').map(entry => entry.name);
        const out = document.createElement('pre');
        out.id = 'probe';
        out.textContent = 'PROBE' + JSON.stringify({charts, resources, articles: document.querySelectorAll('article').length}) + 'END';
        document.body.appendChild(out);
        </script>
        """

    @Test("the sample report renders in headless Chromium: charts drawn with a size, nothing fetched, a non-blank screenshot, same bytes from two processes")
    func rendersInChromium() throws {
        guard let chromium = Self.chromium else {
            if ProcessInfo.processInfo.environment["DOCPIPE_REQUIRE_CHROMIUM"] == "1" {
                Issue.record("Chromium is required (DOCPIPE_REQUIRE_CHROMIUM=1) but not installed: apt-get install -y chromium")
            } else {
                print("ReportBrowserTests skipped: Chromium is not installed (apt-get install -y chromium; .ci/run installs it)")
            }
            return
        }
        let one = try temporaryFolder(), two = try temporaryFolder()
        defer { for folder in [one, two] { try? FileManager.default.removeItem(at: folder) } }
        for (folder, jobs) in [(one, "1"), (two, "2")] {
            let run = try docpipe(["run", "pipelines/kazakhstan.yaml", "--output", folder.path, "--jobs", jobs, "--quiet", "--no-cache"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let report = one.appendingPathComponent("report.html")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(try Data(contentsOf: report) == Data(contentsOf: two.appendingPathComponent("report.html")), "report.html differs between two processes")
        #expect(Self.externalReferences(html).isEmpty, "\(Self.externalReferences(html))")

        let probePage = one.appendingPathComponent("probe.html")
        try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>").utf8).write(to: probePage)
        let dom = try Self.chromium(chromium, ["--dump-dom", probePage.absoluteString], profile: one.appendingPathComponent("profile"))
        guard let start = dom.range(of: "PROBE{"), let end = dom.range(of: "}END", range: start.upperBound..<dom.endIndex),
              let data = ("{" + String(dom[start.upperBound..<end.lowerBound]) + "}").replacingOccurrences(of: "&quot;", with: "\"").data(using: .utf8),
              let result = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            Issue.record("Chromium printed no probe result: \(dom.prefix(400))")
            return
        }
        let charts = result["charts"] as? [[String: Any]] ?? []
        let ids = charts.compactMap { $0["id"] as? String }
        for id in ["chart-timeline", "chart-entity-graph", "chart-source-bars", "chart-conflict-1"] {
            #expect(ids.contains(id), "\(id) missing from the rendered page")
        }
        for chart in charts {
            #expect((chart["width"] as? Int ?? 0) > 200 && (chart["height"] as? Int ?? 0) > 50, "\(chart)")
            #expect((chart["marks"] as? Int ?? 0) > 2 && chart["visible"] as? Bool == true, "\(chart)")
        }
        #expect((result["resources"] as? [String] ?? ["?"]).isEmpty, "the page loaded \(result["resources"] ?? "")")
        #expect(result["articles"] as? Int == 5)

        let png = packageRoot.appendingPathComponent(".build/sample-report.png")
        try? FileManager.default.removeItem(at: png)
        _ = try Self.chromium(chromium, ["--hide-scrollbars", "--window-size=1280,4000", "--screenshot=\(png.path)", report.absoluteString], profile: one.appendingPathComponent("profile"))
        let bytes = try Data(contentsOf: png)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 100_000, "a \(bytes.count)-byte screenshot of a 1280×4000 page is nearly blank")
    }

    /// `src`, `href`, `action`, `url(` and `@import` values that point outside the output folder,
    /// and any script.
    static func externalReferences(_ html: String) -> [String] {
        var found: [String] = []
        let lowered = html.lowercased()
        for marker in [" src=\"", " href=\"", " action=\"", "url(", "@import", "<script", "<link", "<iframe", "<img"] {
            var rest = lowered[...]
            while let range = rest.range(of: marker) {
                let value = String(rest[range.upperBound...].prefix { $0 != "\"" && $0 != ")" })
                let local = (marker == " href=\"") && !value.contains(":") && !value.hasPrefix("//")
                if !local { found.append(marker + value.prefix(80)) }
                rest = rest[range.upperBound...]
            }
        }
        return found
    }

    /// Runs headless Chromium with the network's host names unresolvable; returns what it prints.
    static func chromium(_ path: String, _ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                             "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: timer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}
