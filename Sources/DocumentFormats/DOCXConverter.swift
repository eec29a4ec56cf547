import DocPipe
import Foundation

/// Reads Word documents (DOCX, Office Open XML) through libarchive (the zip container) and
/// libxml2 (its parts), in process: both are kept libraries with their own limits, and
/// ``ZipArchive`` refuses entries that expand past its limits.
///
/// Recognised as a zip container holding `word/document.xml`. Paragraphs, headings (by style),
/// list items, table rows and content controls of the main part come in document order,
/// footnotes and endnotes after them (`[N] text`, referenced as `[N]` in the text); headers
/// and footers are not read. Title, author and dates come from `docProps/core.xml`.
public struct DOCXConverter: DocumentConverter {
    /// `docx`.
    public let format = "docx"
    /// Version 1.
    public let version = "1"
    /// `docx`.
    public let extensions = ["docx"]

    /// Creates the converter.
    public init() {}

    static let mainPart = "word/document.xml"

    /// Whether the bytes are a zip container naming a `word/document.xml` entry (its name is
    /// stored as is in the entry's header, so a truncated or damaged DOCX is still recognised, and
    /// then refused with libarchive's message rather than as a binary file).
    /// A password-protected DOCX (an OLE compound file with an `EncryptedPackage` stream) is
    /// recognised too, and refused as encrypted.
    public func recognizes(_ data: Data) -> Bool {
        ZipArchive.looksLikeZip(data) && data.range(of: Data(Self.mainPart.utf8)) != nil
            || EncryptionMarkers.isEncryptedOfficePackage(data)
    }

    /// Converts one DOCX.
    public func convert(_ data: Data, source: String) throws -> ConvertedDocument {
        if EncryptionMarkers.isEncryptedOfficePackage(data) { throw ConversionError.encrypted(format: "Word document") }
        let notesParts = ["word/footnotes.xml", "word/endnotes.xml"]
        let parts = try ZipArchive(data: data).read(Set([Self.mainPart, "word/styles.xml", "docProps/core.xml"] + notesParts))
        guard let main = parts[Self.mainPart], let tree = XMLTree(main), let root = tree.root else {
            throw ConversionError.unreadable(format: "DOCX", detail: "\(Self.mainPart) is missing or not well-formed XML")
        }
        let reader = WordprocessingReader(styles: WordStyles(parts["word/styles.xml"]))
        var builder = ConvertedTextBuilder()
        for paragraph in reader.paragraphs(of: root) {
            builder.append(paragraph.text, kind: paragraph.kind, part: Self.mainPart)
        }
        for part in notesParts {
            guard let data = parts[part], let notesTree = XMLTree(data), let notesRoot = notesTree.root else { continue }
            for note in reader.notes(of: notesRoot) {
                builder.append(note, kind: part.contains("foot") ? "footnote" : "endnote", part: part)
            }
        }
        return ConvertedDocument(text: builder.text, metadata: OfficeProperties(parts["docProps/core.xml"]).metadata, blocks: builder.blocks)
    }
}
