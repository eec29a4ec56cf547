import Foundation

/// What a finished run leaves in `OUTPUT/.docpipe/up-to-date.json` so that the next run with the
/// same inputs, pipeline and build can tell that its outputs are already there: the run's key,
/// every output file with its size and SHA-256, and the run's report.
///
/// The key is a SHA-256 over the build (the executable's size, modification time and inode),
/// the pipeline as loaded (name, inputs, output, `on_error`, reference date, limits, and each
/// stage's name, version, options with defaults and fingerprint), and, in input order, each
/// input's id, source and last stage-cache key (which holds its content hash, id, format and
/// every stage). The file is removed before a run changes any output and written last,
/// atomically, only by a complete unsharded run without failed documents that did not read
/// standard input, so an interrupted or failed run never looks up to date.
struct RunFingerprint: Codable, Sendable {
    /// The file's format version.
    var docpipeUpToDate = 1
    /// The run's key.
    var key: String
    /// The number of inputs the key covers.
    var inputs: Int
    /// Every file of the output folder the run left (but `run.json`, `.docpipe/` and `shards/`).
    var outputs: [OutputFile]
    /// The report of the run that wrote the outputs.
    var report: RunReport

    enum CodingKeys: String, CodingKey {
        case docpipeUpToDate = "docpipe_up_to_date"
        case key, inputs, outputs, report
    }

    /// The file's place in an output folder.
    static func url(in output: URL) -> URL {
        output.appendingPathComponent(".docpipe/up-to-date.json")
    }

    /// The fingerprint left in an output folder, if one is there and readable.
    static func read(from output: URL) -> RunFingerprint? {
        guard let data = FileManager.default.contents(atPath: url(in: output).path),
            let fingerprint = try? JSONCoding.decode(RunFingerprint.self, from: data),
            fingerprint.docpipeUpToDate == 1
        else { return nil }
        return fingerprint
    }

    /// Removes the fingerprint of an output folder, before anything in it changes.
    /// - Throws: ``FileError/cannotWrite(_:)`` when it is there and cannot be removed.
    static func remove(from output: URL) throws {
        let path = url(in: output).path
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard unlink(path) == 0 || errno == ENOENT else { throw FileError.cannotWrite(path) }
    }

    /// Writes the fingerprint into an output folder, atomically.
    func write(to output: URL) throws {
        try AtomicFile.write(JSONCoding.data(self), to: Self.url(in: output))
    }

    /// The part of the key that does not depend on the documents: the build and the pipeline.
    static func pipelineKey(_ definition: PipelineDefinition, inputs: [String], output: URL, records: [StageRecord]) throws -> String {
        struct Pipeline: Encodable {
            var build: String
            var name: String
            var inputs: [String]
            var output: String
            var onError: OnError
            var referenceDate: String?
            var limits: Limits
            var stages: [StageRecord]
        }
        let pipeline = Pipeline(
            build: buildIdentity, name: definition.name, inputs: inputs, output: output.path, onError: definition.onError,
            referenceDate: definition.referenceDate, limits: definition.limits, stages: records)
        return SHA256.hex(try JSONCoding.data(pipeline))
    }

    /// The running executable as size, modification time and inode: a rebuilt `docpipe` (or a
    /// team's own tool) is another build, whose outputs may differ without any stage version
    /// changing.
    static let buildIdentity: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino) \(status.st_dev)"
    }()

    /// One input's line in the key.
    static func inputLine(id: String, source: String, key: String) -> String {
        "\(id)\u{0}\(source)\u{0}\(key)\n"
    }
}
