import Foundation

/// One document-to-be, before it is read: a file, or a line of JSON from standard input.
struct InputItem: Sendable {
    enum Origin: Sendable {
        case file(URL)
        case jsonLine(Data, line: Int)
        /// A converted document's attachment, read as a document of its own.
        case attachment(Data, parent: String)
    }

    var sequence: Int
    var id: String
    var source: String
    var origin: Origin
}
