import Foundation

/// Which paragraph styles of a DOCX (`word/styles.xml`) are headings or list styles, by style id.
struct WordStyles: Sendable, Hashable {
    /// Style ids whose name is `heading N`, `title` or `subtitle`, or that set an outline level.
    var headings: Set<String> = []
    /// Style ids whose name starts with `list`.
    var lists: Set<String> = []

    /// Reads the styles part; empty when it is missing.
    init(_ data: Data?) {
        guard let data, let tree = XMLTree(data), let root = tree.root else { return }
        for style in root.children where style.name == "style" {
            guard let id = style.attribute("styleId") else { continue }
            let name = style.child("name")?.attribute("val")?.lowercased() ?? ""
            if name.hasPrefix("heading") || name == "title" || name == "subtitle" || style.child("pPr")?.child("outlineLvl") != nil {
                headings.insert(id)
            } else if name.hasPrefix("list") {
                lists.insert(id)
            }
        }
    }

    /// Whether a style id looks like a heading when styles.xml does not say (`Heading2`, `Title`).
    static func looksLikeHeading(_ id: String) -> Bool {
        let lowered = id.lowercased()
        return lowered == "title" || lowered == "subtitle" || lowered.hasPrefix("heading")
    }
}
