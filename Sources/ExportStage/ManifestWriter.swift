import DocPipe
import Foundation

/// Collects what `manifest.json` says about the input documents while export streams them, and
/// writes it after the other formats, so it can list and hash them.
struct ManifestWriter {
    /// The output folder.
    let folder: URL
    /// The run's context: pipeline name and stage records.
    let context: StageContext
    /// The formats written.
    let formats: [String]

    /// The file name in the output folder.
    static let fileName = "manifest.json"

    /// The tables of custom layers, when any were written.
    var layerTables: [Manifest.LayerTableRecord]?
    /// The folder of the report's own pages, relative to the output folder, when there is one.
    var reportPagesFolder: String?
    /// The size and SHA-256 of outputs hashed while they were written, by relative path; the
    /// others are read again to hash them.
    var hashedOutputs: [String: (bytes: Int, sha256: String)] = [:]

    /// The inputs, streamed to a temporary file as they come (``ManifestInputs``).
    private let inputs: ManifestInputs
    private var counts: [String: Int] = [
        "documents": 0, "sentences": 0, "entities": 0, "quotes": 0, "dates": 0, "quantities": 0, "keyphrases": 0,
    ]

    /// Starts a manifest for a run.
    init(folder: URL, context: StageContext, formats: [String]) {
        self.folder = folder
        self.context = context
        self.formats = formats
        inputs = ManifestInputs(folder: folder)
    }

    /// What the manifest records of one document: its hashes and its layers' counts, computed
    /// before it is added so that several threads can prepare documents at once.
    struct Record: Sendable {
        /// The input entry.
        var input: Manifest.Input
        /// The number of records of each counted layer, by count name.
        var counts: [(name: String, count: Int)]

        /// A record of known values.
        init(input: Manifest.Input, counts: [(name: String, count: Int)]) {
            self.input = input
            self.counts = counts
        }

        /// Hashes the document's input file and text and counts its layers.
        init(_ document: Document) {
            counts = [
                ("sentences", document[StandardLayers.Sentences.self]?.count ?? 0),
                ("entities", document[StandardLayers.Entities.self]?.count ?? 0),
                ("quotes", document[StandardLayers.Quotes.self]?.count ?? 0),
                ("dates", document[StandardLayers.Dates.self]?.count ?? 0),
                ("quantities", document[StandardLayers.Quantities.self]?.count ?? 0),
                ("keyphrases", document[StandardLayers.Keyphrases.self]?.count ?? 0),
            ]
            input = Manifest.Input(
                id: document.id, source: document.source, inputSHA256: Self.inputHash(document),
                textSHA256: document.textSHA256 ?? SHA256.hex(document.text), characters: Self.scalarCount(document.text))
        }

        /// The SHA-256 of the document's input file: the one taken when it was read, or the file
        /// at its source read again.
        static func inputHash(_ document: Document) -> String? {
            if let digest = document.inputDigest, digest.path == document.source, !digest.path.isEmpty { return digest.sha256 }
            return ManifestWriter.fileHash(document.source)
        }

        /// The number of Unicode scalars in `text`: its UTF-8 bytes that do not continue a scalar.
        static func scalarCount(_ text: String) -> Int {
            var text = text
            return text.withUTF8 { bytes in
                var count = 0
                for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
                return count
            }
        }
    }

    /// Records one input document: its hashes and its layers' counts.
    mutating func add(_ document: Document) {
        add(Record(document))
    }

    /// Records one input document, in run order.
    mutating func add(_ record: Record) {
        counts["documents", default: 0] += 1
        for (name, count) in record.counts { counts[name, default: 0] += count }
        inputs.add(record.input)
    }

    /// Writes the manifest, after every document was added and every output written.
    /// - Parameters:
    ///   - corpus: the corpus results and run figures.
    ///   - outputs: the written files, relative to the output folder.
    /// - Throws: a file error.
    func write(_ corpus: Corpus, outputs: [String], hashed: [String: Manifest.Output] = [:]) throws {
        var counts = self.counts
        let results = corpus.results
        counts["entity_clusters"] = results[StandardCorpusKeys.Entities.self]?.count ?? 0
        counts["corpus_summary_sentences"] = results[StandardCorpusKeys.Summary.self]?.sentences.count ?? 0
        counts["timeline_entries"] = results[StandardCorpusKeys.Timeline.self]?.count ?? 0
        counts["conflict_groups"] = results[StandardCorpusKeys.Conflicts.self]?.count ?? 0
        counts["documents_read"] = corpus.summary.documentsRead
        counts["documents_failed"] = corpus.summary.documentsFailed

        let manifest = Manifest(
            tool: Manifest.Tool(name: "docpipe", version: ExportStage.toolVersion),
            pipeline: Manifest.Pipeline(name: context.pipelineName, sha256: try Self.pipelineHash(context)),
            stages: context.stageRecords, formats: formats, inputs: [], counts: counts,
            outputs: try outputs.sorted().map { file in
                if let output = hashed[file] { return output }
                let url = folder.appendingPathComponent(file)
                let (bytes, hash) = try hashedOutputs[file] ?? Self.hashFile(url)
                return Manifest.Output(file: file, bytes: bytes, sha256: hash)
            }, layerTables: layerTables, reportPages: try reportPagesFolder.map { try describePages($0) })
        let text = try JSONCoding.prettyData(manifest)
        try AtomicFile.write(to: folder.appendingPathComponent(Self.fileName)) { handle in try inputs.splice(into: text, writingTo: handle) }
    }

    /// The SHA-256 of the pipeline definition: compact sorted-key JSON of its name and stage records.
    /// - Throws: an encoding error.
    static func pipelineHash(_ context: StageContext) throws -> String {
        let definition: JSONValue = .object([
            "name": .string(context.pipelineName),
            "stages": try JSONCoding.decode(JSONValue.self, from: JSONCoding.data(context.stageRecords)),
        ])
        return SHA256.hex(try JSONCoding.data(definition))
    }

    /// The size and SHA-256 of a file, read in blocks.
    /// - Throws: a file error naming the path.
    private func describePages(_ relative: String) throws -> Manifest.ReportPages {
        let root = folder.appendingPathComponent(relative)
        let paths = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
        var digest = SHA256()
        var bytes = 0
        for path in paths {
            let (size, hash) = try Self.hashFile(root.appendingPathComponent(path))
            bytes += size
            digest.update(Array("\(path)\t\(hash)\n".utf8))
        }
        return Manifest.ReportPages(folder: relative, files: paths.count, bytes: bytes, sha256: digest.hexDigest())
    }

    /// The size and SHA-256 of each of `files` (relative to the output folder) not already in
    /// ``hashedOutputs``, hashed on up to `threads` threads: what ``write(_:outputs:hashed:)``
    /// would record of them, computed while another output is still being finished.
    /// - Throws: a file error naming the first path that could not be read.
    func hashOutputs(_ files: [String], threads: Int) throws -> [String: Manifest.Output] {
        let files = files.filter { hashedOutputs[$0] == nil }
        let results = HashResults(count: files.count)
        let folder = self.folder
        ParallelLoop(threads: threads).run(files.count) { number in
            results.set(number, Result { try Self.hashFile(folder.appendingPathComponent(files[number])) })
        }
        var hashed: [String: Manifest.Output] = [:]
        for (number, file) in files.enumerated() {
            let (bytes, hash) = try results.get(number)
            hashed[file] = Manifest.Output(file: file, bytes: bytes, sha256: hash)
        }
        return hashed
    }

    static func hashFile(_ url: URL) throws -> (Int, String) {
        let (bytes, hash) = try SHA256.file(url)
        return (bytes, hash)
    }

    fileprivate static func fileHash(_ source: String) -> String? {
        guard !source.isEmpty else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return try? hashFile(URL(fileURLWithPath: source)).1
    }
}

/// The hashes of ``ManifestWriter/hashOutputs(_:threads:)``, one slot per file, each written by one thread.
private final class HashResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<(Int, String), any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ number: Int, _ result: Result<(Int, String), any Error>) {
        lock.lock()
        slots[number] = result
        lock.unlock()
    }

    func get(_ number: Int) throws -> (Int, String) {
        lock.lock()
        let slot = slots[number]
        lock.unlock()
        guard let slot else { throw FileError.cannotRead("an output was not hashed") }
        return try slot.get()
    }
}
