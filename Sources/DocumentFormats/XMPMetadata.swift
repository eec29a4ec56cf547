import Foundation

/// The title, creator and dates of a PDF's XMP packet (`pdfinfo -meta`): `dc:title`,
/// `dc:creator`, `xmp:CreateDate`, `xmp:ModifyDate`.
struct XMPMetadata: Sendable, Hashable {
    /// `dc:title`'s first entry.
    var title: String?
    /// `dc:creator`'s entries, joined by `, `.
    var author: String?
    /// `xmp:CreateDate`.
    var created: String?
    /// `xmp:ModifyDate`.
    var modified: String?

    /// Reads the packet; every field is `nil` when it is not well-formed XML.
    init(_ data: Data) {
        guard let tree = XMLTree(data), let root = tree.root else { return }
        func entries(_ name: String) -> [String] {
            root.descendants(name).flatMap { element in
                let items = element.descendants("li").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                return items.isEmpty ? [element.text.trimmingCharacters(in: .whitespacesAndNewlines)] : items
            }.filter { !$0.isEmpty }
        }
        func value(_ name: String) -> String? {
            root.descendants("Description").lazy.compactMap { $0.attribute(name) }.first ?? entries(name).first
        }
        title = entries("title").first
        let creators = entries("creator")
        author = creators.isEmpty ? nil : creators.joined(separator: ", ")
        created = value("CreateDate")
        modified = value("ModifyDate")
    }
}
