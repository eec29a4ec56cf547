import CommandStage
import DocPipe
import DocPipeTesting
import Foundation
import Testing

/// Writes a small Python program into a temporary folder and returns a context pointing there.
private func program(_ source: String) throws -> (StageContext, String) {
    let folder = try ScratchSpace.newFolder("command-stage")
    try Data(source.utf8).write(to: folder.appendingPathComponent("stage.py"))
    return (StageContext(pipelineName: "test", pipelineDirectory: folder), "stage.py")
}

private func stage(_ source: String, timeout: Double = 10, copies: Int = 1) throws -> CommandStage {
    let (context, script) = try program(source)
    var options = CommandStage.Options()
    options.command = ["python3", "-u", script]
    options.timeout = timeout
    options.copies = copies
    return try CommandStage(options: options, context: context)
}

private let echoLength = """
    import json, sys, os
    for line in sys.stdin:
        d = json.loads(line)
        print(json.dumps({"length": len(d["text"]), "pid": os.getpid(), "metadata": {"tagged": "yes"}}), flush=True)
    """

@Suite("Command stage", .serialized)
struct CommandStageTests {
    @Test("merges the layers and metadata the program answers, keeping one program for the batch")
    func mergesLayers() throws {
        let command = try stage(echoLength)
        var pids: Set<Int> = []
        for text in ["naïve café", "second"] {
            var document = Document(id: "d", text: text)
            try command.process(&document)
            #expect(document.layers[raw: "length"] == .integer(text.unicodeScalars.count))
            #expect(document.metadata.extra["tagged"] == .string("yes"))
            if case .integer(let pid)? = document.layers[raw: "pid"] { pids.insert(pid) }
        }
        #expect(pids.count == 1)
        var corpus = Corpus(documents: DocumentStream([]))
        try command.finish(&corpus)
    }

    @Test("a program that answers garbage fails that document only, and the next one works")
    func garbage() throws {
        let command = try stage("""
            import json, sys
            for line in sys.stdin:
                d = json.loads(line)
                print("not json" if "bad" in d["text"] else json.dumps({"ok": True}), flush=True)
            """)
        var bad = Document(id: "b", text: "bad input")
        #expect(throws: StageError.self) { try command.process(&bad) }
        var good = Document(id: "g", text: "fine")
        try command.process(&good)
        #expect(good.layers[raw: "ok"] == .bool(true))
    }

    @Test("a crash reports the program's stderr and the program restarts for the next document")
    func crash() throws {
        let command = try stage("""
            import json, sys
            for line in sys.stdin:
                d = json.loads(line)
                if "boom" in d["text"]:
                    sys.stderr.write("exploding on purpose\\n"); sys.stderr.flush(); sys.exit(3)
                print(json.dumps({"ok": True}), flush=True)
            """)
        var boom = Document(id: "x", text: "boom")
        do {
            try command.process(&boom)
            Issue.record("expected a failure")
        } catch let error as StageError {
            #expect(error.message.contains("exited"))
            #expect(error.message.contains("exploding on purpose"))
        }
        var next = Document(id: "y", text: "fine")
        try command.process(&next)
        #expect(next.layers[raw: "ok"] == .bool(true))
    }

    @Test("a hung program is killed after the timeout")
    func hang() throws {
        let command = try stage("""
            import sys, time
            for line in sys.stdin:
                time.sleep(30)
            """, timeout: 0.5)
        var document = Document(id: "h", text: "wait")
        let started = ContinuousClock.now
        #expect(throws: StageError.self) { try command.process(&document) }
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("rejects an empty command and bad numbers")
    func options() throws {
        #expect(throws: StageError.self) { try CommandStage(options: CommandStage.Options(), context: StageContext(pipelineName: "t")) }
        var options = CommandStage.Options()
        options.command = ["cat"]
        options.copies = 0
        #expect(throws: StageError.self) { try CommandStage(options: options, context: StageContext(pipelineName: "t")) }
    }

    @Test("runs several copies in parallel")
    func copies() async throws {
        let command = try stage(echoLength, copies: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    var document = Document(id: "\(index)", text: String(repeating: "x", count: index))
                    try command.process(&document)
                    #expect(document.layers[raw: "length"] == .integer(index))
                }
            }
            try await group.waitForAll()
        }
    }
}
