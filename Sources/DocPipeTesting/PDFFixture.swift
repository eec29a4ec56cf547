import Foundation

/// Writes small PDFs for tests of converters: pages of text lines placed by hand in Helvetica
/// (ASCII only) on US-letter pages, with a correct cross-reference table, so poppler reads them
/// without repairing.
public struct PDFFixture: Sendable {
    /// One line of text: its left edge and baseline in points from the bottom-left corner.
    public struct Line: Sendable {
        /// Left edge.
        public var x: Double
        /// Baseline, from the bottom of the page.
        public var y: Double
        /// Font size in points.
        public var size: Double
        /// The text.
        public var text: String

        /// Creates a line.
        public init(x: Double, y: Double, size: Double = 10, text: String) {
            self.x = x
            self.y = y
            self.size = size
            self.text = text
        }
    }

    /// The pages, each a list of lines (an empty page has no text at all).
    public var pages: [[Line]]
    /// `/Title` of the document information dictionary.
    public var title: String?
    /// `/Author`.
    public var author: String?
    /// `/CreationDate`, as a PDF date (`D:20240305120000Z`).
    public var created: String?
    /// Whether the trailer carries a standard-security `/Encrypt` dictionary whose password is
    /// not empty (and unknown): readers must refuse the file. The content itself is not encrypted.
    public var encrypted = false

    /// Creates a fixture.
    public init(pages: [[Line]], title: String? = nil, author: String? = nil, created: String? = nil, encrypted: Bool = false) {
        self.encrypted = encrypted
        self.pages = pages
        self.title = title
        self.author = author
        self.created = created
    }

    /// The PDF's bytes.
    public var data: Data {
        var objects: [String] = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
        var kids: [Int] = []
        for page in pages {
            let content = page.map { "BT /F1 \($0.size) Tf \($0.x) \($0.y) Td (\(Self.escaped($0.text))) Tj ET\n" }.joined()
            let number = objects.count + 1
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(number + 1) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            kids.append(number)
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>"
        var info: [String] = []
        if let title { info.append("/Title (\(Self.escaped(title)))") }
        if let author { info.append("/Author (\(Self.escaped(author)))") }
        if let created { info.append("/CreationDate (\(created))") }
        if !info.isEmpty { objects.append("<< \(info.joined(separator: " ")) >>") }
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        let encryption = encrypted
            ? " /Encrypt << /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "11", count: 32))> /U <\(String(repeating: "22", count: 32))> /P -4 >>"
                + " /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
            : ""
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info.isEmpty ? "" : " /Info \(objects.count) 0 R")\(encryption) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// Lines of a paragraph set from `y` downwards, 12 points apart.
    public static func paragraph(_ lines: [String], x: Double, y: Double) -> [Line] {
        lines.enumerated().map { Line(x: x, y: y - 12 * Double($0.offset), text: $0.element) }
    }
}
