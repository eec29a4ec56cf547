import Foundation
import DocPipe

/// What `pdfinfo -isodates` says about a PDF: its document-information fields and page count.
struct PDFInfo: Sendable, Hashable {
    /// Every `Key: value` line.
    var fields: [String: String]

    /// Reads pdfinfo's output.
    init(_ output: String) {
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = value }
        }
        self.fields = fields
    }

    /// The page count.
    var pages: Int { fields["Pages"].flatMap { Int($0) } ?? 0 }

    /// Whether there is an XMP metadata stream.
    var hasXMP: Bool { fields["Metadata Stream"] == "yes" }

    /// The metadata: `title`, `author`, `date` (the creation day, `YYYY-MM-DD`) and the free keys
    /// `pages`, `created`, `modified`, `subject`, `keywords`, `producer`.
    var metadata: Metadata {
        var metadata = Metadata(title: fields["Title"], author: fields["Author"])
        if let created = fields["CreationDate"] { metadata.date = Self.day(created) }
        metadata.extra["pages"] = .integer(pages)
        for (key, name) in [("CreationDate", "created"), ("ModDate", "modified"), ("Subject", "subject"), ("Keywords", "keywords"), ("Producer", "producer")] {
            if let value = fields[key] { metadata.extra[name] = .string(value) }
        }
        return metadata
    }

    /// The `YYYY-MM-DD` part of an ISO date, when it starts with one.
    static func day(_ iso: String) -> String? {
        let prefix = Array(iso.prefix(10))
        guard prefix.count == 10, prefix[4] == "-", prefix[7] == "-",
              prefix.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || $0.element.isASCII && $0.element.isNumber })
        else { return nil }
        return String(prefix)
    }
}
