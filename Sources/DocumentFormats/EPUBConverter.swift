import DocPipe
import Foundation
import HTMLExtraction

/// Reads EPUB books: `META-INF/container.xml` → the package document → its spine, each chapter
/// (XHTML) through the HTML extractor the `clean` stage uses (every paragraph of the chapter is
/// kept, not only a main block; the chapter's title, which the extractor takes out as the page's
/// headline, is put back as its heading), in spine order, from the same zip reader as DOCX.
///
/// Recognised by the uncompressed `mimetype` entry `application/epub+zip` that opens the
/// container, or by a zip naming `META-INF/container.xml` and the EPUB mimetype.
public struct EPUBConverter: DocumentConverter {
    /// `epub`.
    public let format = "epub"
    /// Version 1.
    public let version = "1"
    /// `epub`.
    public let extensions = ["epub"]

    private let extractor = HTMLExtractor(options: ExtractionOptions(minimumMainTextLength: Int.max))

    /// Creates the converter.
    public init() {}

    static let mimetype = "application/epub+zip"
    static let container = "META-INF/container.xml"

    /// Whether the bytes are an EPUB container.
    public func recognizes(_ data: Data) -> Bool {
        ZipArchive.hasLeadingMimetype(data, Self.mimetype)
            || ZipArchive.looksLikeZip(data) && data.range(of: Data(Self.container.utf8)) != nil && data.range(of: Data(Self.mimetype.utf8)) != nil
    }

    /// Converts one EPUB.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        let zip = ZipArchive(data: data)
        let meta = try zip.read([Self.container, "META-INF/encryption.xml"])
        if EncryptionMarkers.epubEncryptsContent(meta["META-INF/encryption.xml"]) { throw ConversionError.encrypted(format: "EPUB (DRM)") }
        guard let container = meta[Self.container], let packagePath = EPUBPackage.packagePath(container: container) else {
            throw ConversionError.unreadable(format: "EPUB", detail: "\(Self.container) is missing or names no package document")
        }
        guard let packageData = try zip.read([packagePath])[packagePath], let package = EPUBPackage(packageData, path: packagePath) else {
            throw ConversionError.unreadable(format: "EPUB", detail: "the package document \(packagePath) is missing or not well-formed XML")
        }
        let chapters = try zip.read(Set(package.chapters))
        var builder = ConvertedTextBuilder()
        var warnings: [String] = []
        for path in package.chapters {
            guard let chapter = chapters[path] else {
                warnings.append("EPUB chapter \(path) is listed in the spine but missing from the container")
                continue
            }
            let page = extractor.extract(Array(chapter))
            let scalars = Array(page.text.unicodeScalars)
            if let title = page.title, !title.isEmpty, page.blocks.first?.kind != .heading {
                builder.append(title, kind: "heading", part: path)
            }
            for block in page.blocks where block.start < block.end && block.end <= scalars.count {
                builder.append(String(String.UnicodeScalarView(scalars[block.start..<block.end])), kind: block.kind.rawValue, part: path)
            }
        }
        var metadata = Metadata(title: package.title, author: package.author, publisher: package.publisher)
        metadata.date = package.date.flatMap(PDFInfo.day) ?? package.date.flatMap { $0.count == 4 && $0.allSatisfy(\.isNumber) ? $0 : nil }
        if let date = package.date { metadata.extra["published"] = .string(date) }
        if let language = package.language { metadata.extra["declared_language"] = .string(language) }
        metadata.extra["chapters"] = .integer(package.chapters.count)
        return ConvertedDocument(text: builder.text, metadata: metadata, blocks: builder.blocks, warnings: warnings)
    }
}
