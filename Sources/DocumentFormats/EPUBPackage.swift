import Foundation

/// What an EPUB's package document (the OPF file `META-INF/container.xml` points to) says: the
/// chapters in spine order, as paths inside the container, and the book's metadata.
struct EPUBPackage: Sendable, Hashable {
    /// The container paths of the spine's items, in reading order (items marked `linear="no"`
    /// and items that are not XHTML/HTML left out; a file listed again under another anchor,
    /// `ch.xhtml#o75`, is read once, where it first appears).
    var chapters: [String]
    /// `dc:title`.
    var title: String?
    /// `dc:creator`s, joined by `, `.
    var author: String?
    /// `dc:date`.
    var date: String?
    /// `dc:publisher`.
    var publisher: String?
    /// `dc:language`.
    var language: String?

    /// The package document's path, from `META-INF/container.xml`.
    static func packagePath(container: Data) -> String? {
        guard let tree = XMLTree(container), let root = tree.root else { return nil }
        return root.descendants("rootfile").first { ($0.attribute("media-type") ?? "application/oebps-package+xml") == "application/oebps-package+xml" }?
            .attribute("full-path")
    }

    /// Reads a package document found at `path`.
    init?(_ data: Data, path: String) {
        guard let tree = XMLTree(data), let root = tree.root else { return nil }
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        var items: [String: (href: String, type: String)] = [:]
        for item in root.child("manifest")?.children ?? [] where item.name == "item" {
            guard let id = item.attribute("id"), let href = item.attribute("href") else { continue }
            items[id] = (href, item.attribute("media-type") ?? "")
        }
        var seen: Set<String> = []
        chapters = (root.child("spine")?.children ?? []).compactMap { reference -> String? in
            guard reference.name == "itemref", reference.attribute("linear") != "no",
                  let id = reference.attribute("idref"), let item = items[id], item.type.contains("html") else { return nil }
            let href = item.href.split(separator: "#").first.map(String.init) ?? item.href
            let path = Self.resolve(folder + (href.removingPercentEncoding ?? href))
            // Books that list a chapter once per anchor (`ch.xhtml`, `ch.xhtml#o75`, …) read it once.
            return seen.insert(path).inserted ? path : nil
        }
        let metadata = root.child("metadata")
        func first(_ name: String) -> String? {
            metadata?.children.first { $0.name == name }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        title = first("title")
        let creators = metadata?.children.filter { $0.name == "creator" }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty } ?? []
        author = creators.isEmpty ? nil : creators.joined(separator: ", ")
        date = first("date")
        publisher = first("publisher")
        language = first("language")
    }

    /// The path with `.` and `..` segments resolved.
    static func resolve(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
