import DocPipe
import Foundation

/// A document's properties from a Dublin Core part: DOCX `docProps/core.xml` or ODT `meta.xml`
/// (`title`, `creator`/`initial-creator`, `created`/`creation-date`, `modified`/`date`,
/// `subject`, `keywords`/`keyword`).
struct OfficeProperties: Sendable, Hashable {
    /// The properties by local element name, first value kept.
    var values: [String: String] = [:]

    /// Reads the part; empty when it is missing or not well-formed.
    init(_ data: Data?) {
        guard let data, let tree = XMLTree(data), let root = tree.root else { return }
        var stack = [root]
        while let element = stack.popLast() {
            let children = element.children
            if children.isEmpty {
                let value = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty, values[element.name] == nil { values[element.name] = value }
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    /// `title`, `author`, `date` (the creation day) and the free keys `created`, `modified`,
    /// `subject`, `keywords`.
    var metadata: Metadata {
        var metadata = Metadata(title: values["title"], author: values["creator"] ?? values["initial-creator"])
        let created = values["created"] ?? values["creation-date"]
        let modified = values["modified"] ?? values["date"]
        metadata.date = (created ?? modified).flatMap(PDFInfo.day)
        if let created { metadata.extra["created"] = .string(created) }
        if let modified { metadata.extra["modified"] = .string(modified) }
        if let subject = values["subject"] { metadata.extra["subject"] = .string(subject) }
        if let keywords = values["keywords"] ?? values["keyword"] { metadata.extra["keywords"] = .string(keywords) }
        return metadata
    }
}
