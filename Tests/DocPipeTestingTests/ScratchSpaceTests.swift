import DocPipeTesting
import Foundation
import Testing

@Suite("Scratch space for tests")
struct ScratchSpaceTests {
    @Test("a new folder exists, is empty and lies under this process's root")
    func newFolderIsMadeUnderTheRoot() throws {
        let folder = try ScratchSpace.newFolder("sample")
        #expect(folder.deletingLastPathComponent().standardizedFileURL == ScratchSpace.root.standardizedFileURL)
        #expect(folder.lastPathComponent.hasPrefix("sample-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a new path is unique, carries its extension and does not exist yet")
    func newPathIsFreshAndUnique() {
        let first = ScratchSpace.newPath("report", pathExtension: "json")
        let second = ScratchSpace.newPath("report", pathExtension: "json")
        #expect(first != second)
        #expect(first.pathExtension == "json")
        #expect(!FileManager.default.fileExists(atPath: first.path))
    }

    @Test("the root is named after the process, so parallel test runs never share it")
    func rootIsPerProcess() {
        #expect(ScratchSpace.root.lastPathComponent == "docpipe-tests-\(ProcessInfo.processInfo.processIdentifier)")
    }
}
