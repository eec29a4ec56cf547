import DocPipe

/// What one document gives extract's corpus step: each labelled entity mention's kind, canonical
/// name and text, in document order (unlabelled `MISC` mentions are never clustered and are left
/// out). Stored (spool, cache) in a compact binary form, read back without a JSON decoder.
public struct EntityContribution: ByteCodedContribution, Equatable {
    /// One mention as the clusterer counts it.
    public struct Name: Sendable, Equatable {
        /// The entity's kind.
        public var label: EntityLabel
        /// The fullest name of the entity in the document.
        public var canonical: String
        /// The mention as written.
        public var text: String
    }

    /// The document's labelled mentions, in document order.
    public var names: [Name]

    /// The labelled mentions among `mentions`.
    public init(_ mentions: [EntityMention]) {
        names = mentions.filter { $0.label != .misc }.map { Name(label: $0.label, canonical: $0.canonical, text: $0.text) }
    }

    /// The byte form's version, the first byte of the stored bytes.
    static let formVersion: UInt8 = 1

    /// Form 1: version byte, count, then per mention the label's index in
    /// `EntityLabel.allCases`, the canonical name, and the text (`0` when it is the canonical
    /// name, else `1` and the text).
    public static var storageVersion: Int { Int(formVersion) }

    /// The contribution in its compact form (``CompactWriter``).
    public func encodedBytes() throws -> [UInt8] {
        var writer = CompactWriter(capacity: 16 + names.count * 24)
        writer.byte(Self.formVersion)
        writer.integer(names.count)
        for name in names {
            writer.byte(UInt8(Self.labels.firstIndex(of: name.label) ?? 0))
            writer.string(name.canonical)
            if name.text == name.canonical {
                writer.byte(0)
            } else {
                writer.byte(1)
                writer.string(name.text)
            }
        }
        return writer.bytes
    }

    /// Reads what ``encodedBytes()`` wrote.
    /// - Throws: ``FileError`` when the bytes are of another form, cut short or name no label.
    public init(encodedBytes bytes: [UInt8]) throws {
        var reader = CompactReader(bytes, what: "a stored extract contribution")
        try reader.version(Self.formVersion)
        let count = try reader.count()
        names = []
        names.reserveCapacity(count)
        for _ in 0..<count {
            let label = Int(try reader.byte())
            guard label < Self.labels.count else { throw FileError.cannotRead("a stored extract contribution names label \(label)") }
            let canonical = try reader.string()
            let text = try reader.byte() == 0 ? canonical : try reader.string()
            names.append(Name(label: Self.labels[label], canonical: canonical, text: text))
        }
        guard reader.atEnd else { throw FileError.cannotRead("a stored extract contribution has bytes after its end") }
    }

    /// Encodes the contribution as one base64 string of its compact form.
    public func encode(to encoder: any Encoder) throws {
        try encodeAsBase64(to: encoder)
    }

    /// Decodes the contribution from one base64 string of its compact form.
    public init(from decoder: any Decoder) throws {
        self = try Self.decodedFromBase64(decoder)
    }

    private static let labels = EntityLabel.allCases
}
