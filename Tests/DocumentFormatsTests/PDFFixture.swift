import Foundation

/// Writes small PDFs for tests: pages of text lines placed by hand in Helvetica (ASCII only),
/// with a correct cross-reference table, so poppler reads them without repairing.
struct PDFFixture {
    /// One line of text: its left edge and baseline in points from the bottom-left corner.
    struct Line {
        var x: Double
        var y: Double
        var size: Double = 10
        var text: String
    }

    /// The pages, each a list of lines (an empty page has no text at all).
    var pages: [[Line]]
    /// `/Title` of the document information dictionary.
    var title: String?
    /// `/Author`.
    var author: String?
    /// `/CreationDate`, as a PDF date (`D:20240305120000Z`).
    var created: String?

    /// The PDF's bytes.
    var data: Data {
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
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info.isEmpty ? "" : " /Info \(objects.count) 0 R") >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// Lines of a paragraph set from `y` downwards, 12 points apart.
    static func paragraph(_ lines: [String], x: Double, y: Double) -> [Line] {
        lines.enumerated().map { Line(x: x, y: y - 12 * Double($0.offset), text: $0.element) }
    }
}
