import DocPipe
import Foundation

/// Metadata values found in the text, each with the index of the unit it came from; the earliest wins.
struct MetadataFindings: Sendable {
    private var values: [String: (index: Int, value: String)] = [:]

    /// Records a value unless one from an earlier unit is already there.
    mutating func record(_ field: RemovalReason, _ value: String, at index: Int) {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if let existing = values[field.rawValue], existing.index <= index { return }
        values[field.rawValue] = (index, trimmed)
    }

    /// Whether a value was found for the field.
    func has(_ field: RemovalReason) -> Bool { values[field.rawValue] != nil }

    /// Fills the fields of `metadata` that are still empty.
    func fill(_ metadata: inout Metadata) {
        if metadata.title == nil { metadata.title = values[RemovalReason.title.rawValue]?.value }
        if metadata.author == nil { metadata.author = values[RemovalReason.author.rawValue]?.value }
        if metadata.publisher == nil { metadata.publisher = values[RemovalReason.publisher.rawValue]?.value }
        if metadata.section == nil { metadata.section = values[RemovalReason.section.rawValue]?.value }
        if metadata.date == nil { metadata.date = values[RemovalReason.date.rawValue]?.value }
    }
}
