import DocPipe

/// Maps the keys of a Markdown front matter block to metadata fields.
enum FrontMatter {
    /// The metadata field a front matter key fills, if any.
    static func field(_ key: String) -> RemovalReason? {
        switch key {
        case "title", "headline": return .title
        case "author", "authors", "by", "byline": return .author
        case "date", "published", "pubdate", "publishdate", "date_published": return .date
        case "publisher", "site", "source", "publication": return .publisher
        case "section", "category", "categories": return .section
        default: return nil
        }
    }

    /// Stores a value in its field unless the field already has one. Dates keep their
    /// `YYYY-MM-DD` part when they start with one.
    static func store(_ value: String, as field: RemovalReason, in metadata: inout Metadata) {
        guard !value.isEmpty else { return }
        switch field {
        case .title where metadata.title == nil: metadata.title = value
        case .author where metadata.author == nil: metadata.author = value
        case .publisher where metadata.publisher == nil: metadata.publisher = value
        case .section where metadata.section == nil: metadata.section = value
        case .date where metadata.date == nil:
            let prefix = String(value.prefix(10))
            let isISO = prefix.count == 10 && prefix.enumerated().allSatisfy { index, character in
                index == 4 || index == 7 ? character == "-" : character.isNumber
            }
            metadata.date = isISO ? prefix : value
        default: break
        }
    }
}
