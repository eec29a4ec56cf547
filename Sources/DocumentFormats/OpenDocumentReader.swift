import Foundation

/// Reads the paragraphs of an OpenDocument text's `content.xml` (`office:body/office:text`):
/// headings (`text:h`), paragraphs (`text:p`), list items (`text:list-item`, written `- text`),
/// table rows (cells joined by ` | `), sections; notes (`text:note`) are cited as `[N]` in the
/// text and their bodies returned as notes. `text:s` (spaces), tabs and line breaks become
/// spaces; change-tracking records are skipped.
struct OpenDocumentReader {
    /// One paragraph read: its kind and text.
    struct Paragraph: Sendable, Hashable {
        /// `heading`, `paragraph`, `listItem`, `tableRow`, `footnote` or `endnote`.
        var kind: String
        /// Its text.
        var text: String
    }

    /// The body's paragraphs in order, then the notes.
    static func paragraphs(of content: XMLElement) -> [Paragraph] {
        guard let text = content.child("body")?.child("text") else { return [] }
        var result: [Paragraph] = []
        var notes: [Paragraph] = []
        blocks(text, listItem: false, into: &result, notes: &notes)
        return result + notes
    }

    private static func blocks(_ container: XMLElement, listItem: Bool, into result: inout [Paragraph], notes: inout [Paragraph]) {
        for child in container.children {
            switch child.name {
            case "h":
                result.append(Paragraph(kind: "heading", text: inline(child, notes: &notes)))
            case "p":
                let text = inline(child, notes: &notes)
                result.append(listItem ? Paragraph(kind: "listItem", text: "- " + text) : Paragraph(kind: "paragraph", text: text))
            case "list":
                for item in child.children where item.name == "list-item" || item.name == "list-header" {
                    blocks(item, listItem: true, into: &result, notes: &notes)
                }
            case "table":
                for row in child.descendants("table-row") {
                    let cells = row.children.filter { $0.name == "table-cell" }.map { cell in
                        cell.children.filter { $0.name == "p" || $0.name == "h" }.map { inline($0, notes: &notes) }.joined(separator: " ")
                    }
                    result.append(Paragraph(kind: "tableRow", text: cells.joined(separator: " | ")))
                }
            case "section", "index-body", "table-of-content":
                blocks(child, listItem: listItem, into: &result, notes: &notes)
            default:
                break
            }
        }
    }

    private static func inline(_ element: XMLElement, notes: inout [Paragraph]) -> String {
        var text = ""
        appendInline(element, to: &text, notes: &notes)
        return text
    }

    private static func appendInline(_ element: XMLElement, to text: inout String, notes: inout [Paragraph]) {
        var node = element.firstChildNode
        while let current = node {
            if let string = current.textContent {
                text += string
            } else if let child = current.element {
                switch child.name {
                case "s":
                    text += String(repeating: " ", count: max(1, Int(child.attribute("c") ?? "1") ?? 1))
                case "tab", "line-break":
                    text += " "
                case "note":
                    let citation = child.child("note-citation")?.text ?? String(notes.count + 1)
                    text += "[\(citation)]"
                    let body = child.child("note-body")?.children.map { inline($0, notes: &notes) }.joined(separator: " ") ?? ""
                    notes.append(Paragraph(kind: child.attribute("note-class") == "endnote" ? "endnote" : "footnote", text: "[\(citation)] \(body)"))
                case "tracked-changes", "annotation", "bookmark", "bookmark-start", "bookmark-end":
                    break
                default:
                    appendInline(child, to: &text, notes: &notes)
                }
            }
            node = current.next
        }
    }
}
