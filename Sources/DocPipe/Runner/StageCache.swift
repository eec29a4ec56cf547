import Foundation

/// The per-document, per-stage cache behind incremental re-runs and resume.
///
/// After each stage, the document is stored under a key chained from the input's content hash,
/// id and format (its file extension), the pipeline's reference date and, for every stage up to
/// this one, its name, version, options and fingerprint (the hash of files its options name,
/// see ``Stage/fingerprint``). Changing a stage's options changes its key and every
/// later one, so only that stage and what follows run again; a new document has keys of its own.
/// Where the input folder lies is not part of the key, so a moved or copied folder hits the
/// cache. Failures are never cached.
///
/// Layout: `CACHE/KK/KEY.json` (`KK` the key's first two hex digits), each file a header line
/// `{"docpipe_cache":1,"id":…,"key":…}` then the document as one JSON line (span lists in the
/// compact ``SpanLayout/deltas`` layout). After the first stage, an entry holds only what its
/// stage changed (a ``CacheDelta``) and its header names the entry it builds on
/// (`{"base":…,"docpipe_cache":1,…}`), so each layer and the text are stored once per document,
/// not once per stage; an entry whose base is gone is a miss. A document's contributions to every
/// corpus step are one entry, its ``ResumeEntry`` (``storeResume(_:key:id:)``): a header that also
/// holds the document's id and metadata and the contributions' lengths (`"parts":[…]`), then their
/// bytes one after another, raw (a ``ByteCodedContribution`` such as export's template as its own
/// bytes); the header records the body's length (`"bytes":N`; a shorter body is a miss).
/// An entry is trusted only when its
/// header names the key and id it is looked up for. Reading an entry touches its modification
/// time, so ``prune(keepingBytes:)`` removes the least recently used first. The size is kept in
/// a ``CacheLedger`` as entries are stored, so a run need not list the cache to report it.
public struct StageCache: Sendable {
    /// The cache folder.
    public let folder: URL
    private let ledger = CacheLedger()

    /// A cache in `folder` (created on first store).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The default cache folder of an output folder: `OUTPUT/.docpipe/cache`.
    public static func defaultFolder(in output: URL) -> URL {
        output.appendingPathComponent(".docpipe/cache")
    }

    /// The chain of keys for a document: one per stage.
    static func keys(contentHash: String, id: String, format: String, referenceDate: String?, stages: [StageRecord]) -> [String] {
        keys(contentHash: contentHash, id: id, format: format, referenceDate: referenceDate, stages: stages.map(KeyPart.init))
    }

    /// ``keys(contentHash:id:format:referenceDate:stages:)`` with each stage's part of the key
    /// written out once per run instead of once per document.
    static func keys(contentHash: String, id: String, format: String, referenceDate: String?, stages: [KeyPart]) -> [String] {
        var key = SHA256.hex("input\u{0}\(id)\u{0}\(format)\u{0}\(contentHash)\u{0}\(referenceDate ?? "")")
        return stages.map { stage in
            key = SHA256.hex("\(key)\u{0}\(stage.text)")
            if let fingerprint = stage.fingerprint { key = SHA256.hex("\(key)\u{0}fingerprint\u{0}\(fingerprint)") }
            return key
        }
    }

    /// A stage's part of the cache keys: its name, version and options as text, and its fingerprint.
    struct KeyPart: Sendable {
        /// `name NUL version NUL options` (the options as ``JSONValue/jsonText``).
        var text: String
        /// The stage's fingerprint, when it has one.
        var fingerprint: String?

        /// The part of a stage's record.
        init(_ stage: StageRecord) {
            text = "\(stage.name)\u{0}\(stage.version)\u{0}\(stage.options.jsonText)"
            fingerprint = stage.fingerprint
        }
    }

    private struct Header: Codable {
        var base: String?
        /// The body's length, for a raw entry (``storeData(_:key:id:base:recordingLength:)``).
        var bytes: Int?
        var docpipeCache = 1
        /// A resume entry's document id (``ResumeEntry``).
        var documentID: String?
        var id: String
        var key: String
        /// A resume entry's document metadata.
        var metadata: Metadata?
        /// A resume entry's contributions' lengths, in order; the body is their bytes one after another.
        var parts: [Int]?

        enum CodingKeys: String, CodingKey {
            case docpipeCache = "docpipe_cache"
            case documentID = "document_id"
            case base, bytes, id, key, metadata, parts
        }
    }

    private func url(_ key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".json")
    }

    /// The document stored under a key for the document `id`, if any; an unreadable entry, or
    /// one stored for another key or id, counts as a miss.
    func load(_ key: String, id: String) -> Document? {
        load(key, id: id, depth: 0)
    }

    private func load(_ key: String, id: String, depth: Int) -> Document? {
        guard depth < 256, let (header, body) = entry(key, id: id) else { return nil }
        guard let base = header.base else { return try? Document(jsonData: body) }
        guard var document = load(base, id: id, depth: depth + 1), CacheDelta.apply(body, to: &document) else { return nil }
        return document
    }

    /// The id and metadata of the document stored under a key for the document `id`, read from
    /// that entry alone (a delta's own id and metadata, which are the document's), without
    /// loading the entries it builds on; `nil` when the entry is missing or unreadable.
    func peek(_ key: String, id: String) -> (id: String, metadata: Metadata)? {
        guard let (header, body) = entry(key, id: id) else { return nil }
        guard header.base != nil else { return (try? Document(jsonData: body)).map { ($0.id, $0.metadata) } }
        let bytes = [UInt8](body)
        var scanner = JSONText.Scanner(bytes)
        var found: (id: String?, metadata: Metadata?) = (nil, nil)
        guard scanner.consume(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let name = scanner.string(), scanner.consume(UInt8(ascii: ":")) else { return nil }
            switch name {
            case "id": found.id = scanner.string()
            case "metadata":
                guard let range = scanner.skipValue() else { return nil }
                found.metadata = try? JSONCoding.decode(Metadata.self, from: Data(bytes[range]))
            default:
                guard scanner.skipValue() != nil else { return nil }
            }
        } while scanner.consume(UInt8(ascii: ","))
        guard let documentID = found.id, let metadata = found.metadata else { return nil }
        return (documentID, metadata)
    }

    /// Marks the entries under `keys` as just used (for ``prune(keepingBytes:)``) without reading
    /// them; `false` when one of them is missing.
    func touch(_ keys: [String]) -> Bool {
        keys.allSatisfy { utimes(url($0).path, nil) == 0 }
    }

    /// The bytes stored under a key for the document `id` (a document or a stage's contribution),
    /// if any, after checking the entry's header (and, when the header records the body's length,
    /// that length: a truncated raw entry is a miss); reading touches the entry's time.
    func loadData(_ key: String, id: String) -> Data? {
        guard let (header, body) = entry(key, id: id), header.base == nil else { return nil }
        return body
    }

    private func entry(_ key: String, id: String) -> (Header, Data)? {
        let path = url(key).path
        guard let data = FileManager.default.contents(atPath: path),
            let newline = data.firstIndex(of: 0x0A),
            let header = try? JSONCoding.decode(Header.self, from: data[..<newline]),
            header.docpipeCache == 1, header.key == key, header.id == id,
            header.bytes.map({ $0 == data.count - newline - 1 }) ?? true
        else { return nil }
        utimes(path, nil)
        return (header, Data(data[(newline + 1)...]))
    }

    /// The resume entry stored under a key for the document `id` (``storeResume(_:key:id:)``);
    /// `nil` when it is missing, truncated, stored for another key or id, or not a resume entry.
    /// Reading touches the entry's time.
    func loadResume(_ key: String, id: String) -> ResumeEntry? {
        guard let (header, body) = entry(key, id: id), header.base == nil, let documentID = header.documentID,
            let metadata = header.metadata, let parts = header.parts, parts.allSatisfy({ $0 >= 0 }), parts.reduce(0, +) == body.count
        else { return nil }
        var contributions: [Data] = []
        var start = body.startIndex
        for length in parts {
            contributions.append(body[start..<(start + length)])
            start += length
        }
        return ResumeEntry(documentID: documentID, metadata: metadata, contributions: contributions)
    }

    /// ``loadResume(_:id:)`` reading only the header and the contributions before the last one,
    /// when `leavingLast`: the last contribution (export's template, most of the entry) is left in
    /// the file, its place given as a ``StoredPart`` and its bytes in the entry empty. The same
    /// checks as ``loadResume(_:id:)``: the header's key, id and body length against the file.
    func loadResume(_ key: String, id: String, leavingLast: Bool) -> (entry: ResumeEntry, last: StoredPart?)? {
        guard leavingLast else { return loadResume(key, id: id).map { ($0, nil) } }
        let path = url(key).path
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        var head = [UInt8](repeating: 0, count: min(size, 1 << 16))
        guard Self.read(file, into: &head, at: 0), let newline = head.firstIndex(of: 0x0A),
            let header = try? JSONCoding.decode(Header.self, from: Data(head[..<newline])),
            header.docpipeCache == 1, header.key == key, header.id == id, header.base == nil, header.bytes == size - newline - 1,
            let documentID = header.documentID, let metadata = header.metadata, let parts = header.parts, let lastLength = parts.last,
            parts.allSatisfy({ $0 >= 0 }), parts.reduce(0, +) == size - newline - 1
        else { return nil }
        let kept = size - newline - 1 - lastLength
        var body = [UInt8](repeating: 0, count: kept)
        let inHead = min(kept, head.count - newline - 1)
        body.replaceSubrange(0..<inHead, with: head[(newline + 1)..<(newline + 1 + inHead)])
        if inHead < kept {
            var rest = [UInt8](repeating: 0, count: kept - inHead)
            guard Self.read(file, into: &rest, at: newline + 1 + inHead) else { return nil }
            body.replaceSubrange(inHead..<kept, with: rest)
        }
        utimes(path, nil)
        var contributions: [Data] = []
        var start = 0
        for length in parts.dropLast() {
            contributions.append(Data(body[start..<(start + length)]))
            start += length
        }
        contributions.append(Data())
        let last = StoredPart(path: path, offset: size - lastLength, length: lastLength, fileSize: size)
        return (ResumeEntry(documentID: documentID, metadata: metadata, contributions: contributions), last)
    }

    private static func read(_ file: Int32, into buffer: inout [UInt8], at offset: Int) -> Bool {
        let total = buffer.count
        return buffer.withUnsafeMutableBytes { readFully(file, into: $0.baseAddress, count: total, at: offset) }
    }

    /// Stores a document's resume entry under a key for the document `id`, atomically: a header
    /// with the document's id, metadata and the contributions' lengths, then the contributions'
    /// bytes (raw, so a truncated entry reads as a miss).
    func storeResume(_ resume: ResumeEntry, key: String, id: String) throws {
        let header = Header(
            bytes: resume.contributions.reduce(0) { $0 + $1.count }, documentID: resume.documentID, id: id, key: key,
            metadata: resume.metadata, parts: resume.contributions.map(\.count))
        var data = try JSONCoding.data(header)
        data.append(0x0A)
        for part in resume.contributions { data.append(part) }
        try write(data, key: key)
    }

    /// Stores a document under a key for the document `id`, atomically: in full, or, when the
    /// document stored under `base` is given, as what changed since it.
    func store(_ document: Document, key: String, id: String, base: (key: String, document: Document)? = nil) throws {
        if let base {
            try storeData(CacheDelta.encode(from: base.document, to: document), key: key, id: id, base: base.key)
        } else {
            try storeData(document.jsonData(spanLayout: .deltas), key: key, id: id)
        }
    }

    /// Stores bytes (a document, a delta over the entry `base`, or a stage's contribution) under
    /// a key for the document `id`, atomically, behind a header naming them; with
    /// `recordingLength` (raw bytes, such as a ``ByteCodedContribution``'s) the header also holds
    /// their length, so a truncated entry reads as a miss.
    func storeData(_ bytes: Data, key: String, id: String, base: String? = nil, recordingLength: Bool = false) throws {
        var data = try JSONCoding.data(Header(base: base, bytes: recordingLength ? bytes.count : nil, id: id, key: key))
        data.append(0x0A)
        data.append(bytes)
        try write(data, key: key)
    }

    private func write(_ data: Data, key: String) throws {
        let target = url(key)
        var status = stat()
        let previous = stat(target.path, &status) == 0 ? Int(status.st_size) : nil
        try AtomicFile.write(data, to: target, durable: false)
        ledger.recordStore(previousBytes: previous, newBytes: data.count)
    }

    /// Whether an entry exists for a key.
    func contains(_ key: String) -> Bool {
        FileManager.default.fileExists(atPath: url(key).path)
    }

    /// The number of entries and their bytes, from the cache's ``CacheLedger`` (after adding what
    /// this value stored since the last call); the cache is listed only when the ledger is
    /// missing or unreadable.
    public func size() -> (entries: Int, bytes: Int) {
        if let total = CacheLedger.total(in: folder, appending: ledger.takeChanges()) { return total }
        return count()
    }

    /// The number of entries and their bytes, counted by listing the cache; the ledger is
    /// written again with the count.
    public func count() -> (entries: Int, bytes: Int) {
        _ = ledger.takeChanges()
        let size = entries().reduce(into: (entries: 0, bytes: 0)) { total, entry in
            total.entries += 1
            total.bytes += entry.bytes
        }
        CacheLedger.replace(with: size, in: folder)
        return size
    }

    /// Removes the least recently used entries until the cache holds at most `limit` bytes.
    /// - Returns: the entries and bytes removed.
    @discardableResult
    public func prune(keepingBytes limit: Int) -> (entries: Int, bytes: Int) {
        _ = ledger.takeChanges()
        let all = entries().sorted { ($0.used, $0.url.path) < ($1.used, $1.url.path) }
        var total = all.reduce(0) { $0 + $1.bytes }
        var removed = (entries: 0, bytes: 0)
        for entry in all where total > limit {
            guard (try? FileManager.default.removeItem(at: entry.url)) != nil else { continue }
            total -= entry.bytes
            removed.entries += 1
            removed.bytes += entry.bytes
        }
        CacheLedger.replace(with: (all.count - removed.entries, total), in: folder)
        return removed
    }

    private func entries() -> [(url: URL, bytes: Int, used: Date)] {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            return []
        }
        var found: [(url: URL, bytes: Int, used: Date)] = []
        for case let url as URL in walker where url.pathExtension == "json" {
            let values = try? url.resourceValues(forKeys: Set(keys))
            found.append((url, values?.fileSize ?? 0, values?.contentModificationDate ?? .distantPast))
        }
        return found
    }
}
