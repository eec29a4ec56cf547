/// Hands out document ids in input order so that no two documents share one.
///
/// The policy, the same for files, standard input and merged shards: the first document keeps
/// its id; a later document with the same id gets `~2`, `~3`, … (the first suffix no earlier
/// document holds); control characters (which CSV readers and terminals mangle) are written as
/// `%XX`, and an empty id becomes `_`.
struct UniqueIDs {
    private var used: Set<String> = []

    /// Claims an id for the next document.
    /// - Returns: `nil` when the id is unique and clean as it is; otherwise the id to use and why.
    mutating func claim(_ id: String) -> (id: String, reason: String)? {
        let clean = Self.escapingControlCharacters(id)
        var reasons: [String] = []
        if clean != id { reasons.append(id.isEmpty ? "empty id" : "the id contains control characters") }
        var unique = clean
        if used.contains(clean) {
            var suffix = 2
            while used.contains("\(clean)~\(suffix)") { suffix += 1 }
            unique = "\(clean)~\(suffix)"
            reasons.append("duplicate id '\(clean)'")
        }
        used.insert(unique)
        return reasons.isEmpty ? nil : (unique, reasons.joined(separator: ", "))
    }

    /// The id with every C0/C1 control character and DEL as `%XX` (and `%` itself as `%25` when
    /// anything was escaped, so the escaping can be undone); `_` for an empty id.
    static func escapingControlCharacters(_ id: String) -> String {
        if id.isEmpty { return "_" }
        func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) }
        guard id.unicodeScalars.contains(where: isControl) else { return id }
        var escaped = ""
        for scalar in id.unicodeScalars {
            if isControl(scalar) || scalar == "%" {
                escaped += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
