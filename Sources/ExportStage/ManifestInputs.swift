import DocPipe
import Foundation

/// The `inputs` of `manifest.json`, kept out of memory while export streams the documents: each
/// input's indented JSON — the bytes it has inside the manifest — goes to a temporary file in the
/// output folder as it comes, and ``splice(into:)`` copies them into the manifest's text at the
/// end. So the manifest costs no memory per document, and is never built as one tree of every
/// input (`JSONEncoder`'s, at 100,000 documents well over 100 MB for a moment).
///
/// The temporary file is named as ``LeftoverFiles`` expects and removed when the inputs are let
/// go of. An error writing it is kept and thrown by ``splice(into:)``.
final class ManifestInputs {
    /// The manifest's text with no inputs holds this (`"inputs" : [` with its empty line, as
    /// `JSONCoding.prettyData` writes an empty array one level deep).
    static let emptyArray = Array("\n  \"inputs\" : [\n\n  ]".utf8)

    private let folder: URL
    private var file: URL?
    private var handle: FileHandle?
    private var output: BufferedOutput?
    private var failure: (any Error)?
    /// The inputs added so far.
    private(set) var count = 0

    /// Inputs whose temporary file goes into `folder` (created with the first input, and the
    /// folder with it when export has not made it yet).
    init(folder: URL) {
        self.folder = folder
    }

    deinit {
        try? handle?.close()
        if let file { try? FileManager.default.removeItem(at: file) }
    }

    /// Adds the next input, in run order.
    func add(_ input: Manifest.Input) {
        guard failure == nil else { return }
        do {
            try open().write(Self.element(input, first: count == 0))
            count += 1
        } catch {
            failure = error
        }
    }

    /// `manifest`, the manifest's text written with no inputs, with the inputs put in.
    /// - Throws: an error met writing or reading the temporary file, or
    ///   ``FileError/writeFailed(_:reason:)`` when `manifest` holds no empty inputs array.
    func splice(into manifest: Data, writingTo handle: FileHandle) throws {
        if let failure { throw failure }
        let bytes = [UInt8](manifest)
        guard let place = Self.firstRange(of: Self.emptyArray, in: bytes) else {
            throw FileError.writeFailed(ManifestWriter.fileName, reason: "no inputs array to fill")
        }
        try handle.write(contentsOf: bytes[..<place.lowerBound])
        guard count > 0, let file, let output, let written = self.handle else {
            try handle.write(contentsOf: bytes[place.lowerBound...])
            return
        }
        try output.flush()
        try written.close()
        self.handle = nil
        try handle.write(contentsOf: Array("\n  \"inputs\" : [".utf8))
        let reader = try FileHandle(forReadingFrom: file)
        defer { try? reader.close() }
        while let block = try reader.read(upToCount: 1 << 20), !block.isEmpty { try handle.write(contentsOf: block) }
        try handle.write(contentsOf: Array("\n  ]".utf8))
        try handle.write(contentsOf: bytes[place.upperBound...])
    }

    private func open() throws -> BufferedOutput {
        if let output { return output }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(LeftoverFiles.temporaryName(for: "manifest-inputs.json"))
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw FileError.cannotWrite(file.path) }
        self.file = file
        let handle = try FileHandle(forWritingTo: file)
        self.handle = handle
        let output = BufferedOutput(handle)
        self.output = output
        return output
    }

    /// One input as an element of the manifest's `inputs` array, two levels deep, with the
    /// separator before it; keys sorted, an absent input hash left out, as `JSONEncoder` writes it.
    static func element(_ input: Manifest.Input, first: Bool) throws -> [UInt8] {
        Array((first ? "\n    " : ",\n    ").utf8) + (try JSONCoding.prettyBytes(input, level: 2))
    }

    private static func firstRange(of pattern: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return start..<(start + pattern.count) }
        }
        return nil
    }
}
