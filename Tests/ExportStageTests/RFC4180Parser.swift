/// A strict RFC 4180 reader for the tests: records end in CRLF, quoted fields may hold commas,
/// CR, LF and doubled quotes. Fails on anything else, so malformed output cannot pass.
enum RFC4180Parser {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        var fieldStarted = false
        while index < bytes.count {
            let byte = bytes[index]
            if !fieldStarted, byte == 0x22 {
                index += 1
                while true {
                    guard index < bytes.count else { throw Malformed(description: "unterminated quoted field") }
                    if bytes[index] == 0x22 {
                        if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
                fieldStarted = true
                guard index < bytes.count, bytes[index] == 0x2C || bytes[index] == 0x0D else {
                    throw Malformed(description: "text after a closing quote at byte \(index)")
                }
                continue
            }
            switch byte {
            case 0x2C:
                record.append(String(decoding: field, as: UTF8.self))
                field = []
                fieldStarted = false
                index += 1
            case 0x0D:
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { throw Malformed(description: "bare CR at byte \(index)") }
                record.append(String(decoding: field, as: UTF8.self))
                records.append(record)
                record = []
                field = []
                fieldStarted = false
                index += 2
            case 0x0A:
                throw Malformed(description: "bare LF at byte \(index)")
            case 0x22:
                throw Malformed(description: "quote inside an unquoted field at byte \(index)")
            default:
                field.append(byte)
                fieldStarted = true
                index += 1
            }
        }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "last record does not end in CRLF") }
        return records
    }
}
