/// RFC 4180 encoding: fields separated by commas, records ended by CRLF, a field quoted when it
/// holds a comma, a double quote, CR or LF, with embedded double quotes doubled.
enum CSVFormat {
    /// Appends one field, quoted when needed, to `output`.
    static func appendField(_ field: String, to output: inout [UInt8]) {
        let bytes = field.utf8
        let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(0x22)
        for byte in bytes {
            if byte == 0x22 { output.append(0x22) }
            output.append(byte)
        }
        output.append(0x22)
    }

    /// Appends one record (fields and the CRLF that ends it) to `output`.
    static func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(0x2C) }
            appendField(field, to: &output)
        }
        output.append(0x0D)
        output.append(0x0A)
    }

    /// One record as a string, CRLF included.
    static func record(_ fields: [String]) -> String {
        var output: [UInt8] = []
        appendRecord(fields, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
