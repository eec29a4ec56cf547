/// RFC 4180 encoding: fields separated by commas, records ended by CRLF, a field quoted when it
/// holds a comma, a double quote, CR or LF, with embedded double quotes doubled.
enum CSVFormat {
    /// Appends one field, quoted when needed, to `output`.
    static func appendField(_ field: String, to output: inout [UInt8]) {
        var field = field
        field.withUTF8 { appendField(UnsafeRawBufferPointer($0), to: &output) }
    }

    /// Appends one field given as UTF-8 bytes, quoted when needed, to `output`.
    static func appendField(_ bytes: UnsafeRawBufferPointer, to output: inout [UInt8]) {
        var needsQuotes = false
        for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
            needsQuotes = true
            break
        }
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

    /// Appends one record of cells (each as ``TableCell/csvText`` writes it, quoted when needed)
    /// and the CRLF that ends it, without making a string for a number or a null.
    static func appendRecord(_ cells: [TableCell], to output: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(0x2C) }
            switch cell {
            case .null: break
            case .integer(let value): appendInteger(value, to: &output)
            case .text(let value): appendField(value, to: &output)
            case .real: appendField(cell.csvText, to: &output)
            }
        }
        output.append(0x0D)
        output.append(0x0A)
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(0x30 + UInt8((magnitude / divisor) % 10))
            divisor /= 10
        }
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
