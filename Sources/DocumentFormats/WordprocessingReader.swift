import Foundation

/// Reads the paragraphs of a DOCX's main part (`word/document.xml`) and its notes: paragraphs
/// with their style's kind, tables row by row (cells joined by ` | `), content controls'
/// contents, and footnote or endnote references as `[N]`; deleted text, field codes, the
/// fallback copy of alternate content and property elements are skipped.
struct WordprocessingReader {
    /// The heading and list styles.
    var styles: WordStyles

    /// One paragraph read: its kind and text.
    struct Paragraph: Sendable, Hashable {
        /// `heading`, `paragraph`, `listItem` or `tableRow`.
        var kind: String
        /// Its text (list items start with `- `).
        var text: String
    }

    /// The paragraphs of the body, in order.
    func paragraphs(of document: XMLElement) -> [Paragraph] {
        guard let body = document.child("body") else { return [] }
        var result: [Paragraph] = []
        blockContent(body, into: &result)
        return result
    }

    /// The notes of a footnotes or endnotes part, as `[id] text`, skipping separators.
    func notes(of root: XMLElement) -> [String] {
        root.children.filter { $0.name == "footnote" || $0.name == "endnote" }.compactMap { note in
            guard note.attribute("type") == nil || note.attribute("type") == "normal", let id = note.attribute("id") else { return nil }
            let text = note.children.filter { $0.name == "p" }.map { Self.text(of: $0) }.joined(separator: " ")
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : "[\(id)] \(text)"
        }
    }

    private func blockContent(_ container: XMLElement, into result: inout [Paragraph]) {
        for child in container.children {
            switch child.name {
            case "p":
                result.append(paragraph(child))
            case "tbl":
                for row in child.children where row.name == "tr" {
                    let cells = row.children.filter { $0.name == "tc" }.map { cell in
                        cell.descendants("p").map { Self.text(of: $0) }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
                    }
                    result.append(Paragraph(kind: "tableRow", text: cells.joined(separator: " | ")))
                }
            case "sdt":
                if let content = child.child("sdtContent") { blockContent(content, into: &result) }
            case "customXml", "ins", "smartTag":
                blockContent(child, into: &result)
            default:
                break
            }
        }
    }

    private func paragraph(_ element: XMLElement) -> Paragraph {
        let properties = element.child("pPr")
        let style = properties?.child("pStyle")?.attribute("val") ?? ""
        let text = Self.text(of: element)
        if properties?.child("outlineLvl") != nil || styles.headings.contains(style) || (styles.headings.isEmpty && WordStyles.looksLikeHeading(style)) {
            return Paragraph(kind: "heading", text: text)
        }
        if properties?.child("numPr") != nil || styles.lists.contains(style) {
            return Paragraph(kind: "listItem", text: "- " + text)
        }
        return Paragraph(kind: "paragraph", text: text)
    }

    /// The visible text of a paragraph or run container.
    static func text(of element: XMLElement) -> String {
        var text = ""
        append(element, to: &text)
        return text
    }

    private static func append(_ element: XMLElement, to text: inout String) {
        for child in element.children {
            switch child.name {
            case "t":
                text += child.text
            case "tab", "br", "cr":
                text += " "
            case "noBreakHyphen":
                text += "-"
            case "footnoteReference", "endnoteReference":
                if let id = child.attribute("id") { text += "[\(id)]" }
            case "pPr", "rPr", "del", "delText", "instrText", "Fallback", "footnoteRef", "endnoteRef", "fldData":
                break
            default:
                append(child, to: &text)
            }
        }
    }
}
