import DocPipe
import Foundation

/// Reads OpenDocument text files (ODT, LibreOffice's format) through the same zip reader and
/// libxml2 as DOCX: paragraphs, headings, lists, tables and notes of `content.xml`
/// (``OpenDocumentReader``), title, author and dates from `meta.xml`.
///
/// Recognised by the uncompressed `mimetype` entry `application/vnd.oasis.opendocument.text`
/// that opens the container.
public struct ODTConverter: DocumentConverter {
    /// `odt`.
    public let format = "odt"
    /// Version 1.
    public let version = "1"
    /// `odt`.
    public let extensions = ["odt"]

    /// Creates the converter.
    public init() {}

    /// Whether the bytes are an OpenDocument text container.
    public func recognizes(_ data: Data) -> Bool {
        ZipArchive.hasLeadingMimetype(data, "application/vnd.oasis.opendocument.text")
    }

    /// Converts one ODT.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        let parts = try ZipArchive(data: data).read(["content.xml", "meta.xml", "META-INF/manifest.xml"])
        if EncryptionMarkers.manifestDeclaresEncryption(parts["META-INF/manifest.xml"]) { throw ConversionError.encrypted(format: "ODT") }
        guard let content = parts["content.xml"], let tree = XMLTree(content), let root = tree.root else {
            throw ConversionError.unreadable(format: "ODT", detail: "content.xml is missing or not well-formed XML")
        }
        var builder = ConvertedTextBuilder()
        for paragraph in OpenDocumentReader.paragraphs(of: root) {
            builder.append(paragraph.text, kind: paragraph.kind, part: "content.xml")
        }
        return ConvertedDocument(text: builder.text, metadata: OfficeProperties(parts["meta.xml"]).metadata, blocks: builder.blocks)
    }
}
