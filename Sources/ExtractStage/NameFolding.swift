import Foundation

/// Folds names so that transliteration and typing variants meet, and compares folded names.
///
/// Folding lower-cases, drops diacritics and punctuation, then rewrites letter groups that
/// transliterations of the same sound disagree on: `dzh`/`zh`/`j` → `j`, `kh` → `h`, `q`/`ck` → `k`,
/// `ks`/`x` → `x`, `ie` → `e`, `w` → `v`, `y` between vowels dropped ("Aliyev" ~ "Aliev"), then
/// `y` → `i`, and doubled letters → one ("Kassym" ~ "Qasym").
enum NameFolding {
    /// The plain form of a name: lower case, no diacritics or punctuation, words separated by spaces.
    /// - Parameter name: the name as written.
    /// - Returns: its words.
    static func plainWords(_ name: String) -> [String] {
        let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in plain.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\u{2011}" {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The folded form of a name, words separated by single spaces.
    /// - Parameter name: the name as written.
    /// - Returns: its folded form.
    static func fold(_ name: String) -> String {
        plainWords(name).map(foldWord).joined(separator: " ")
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    private static func foldWord(_ word: String) -> String {
        var text = word
        for (from, to) in [("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ck", "k"), ("q", "k"), ("ks", "x"), ("cs", "x"), ("w", "v"), ("ph", "f")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var characters = Array(text)
        var out: [Character] = []
        for (index, character) in characters.enumerated() {
            if character == "y" {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if vowels.contains(before) && vowels.contains(after) { continue }
                if index == 0 && vowels.contains(after) && after != "u" && after != "a" { continue }
                out.append("i")
            } else {
                out.append(character)
            }
        }
        characters = out
        out = []
        for character in characters where out.last != character { out.append(character) }
        var result = String(out)
        result = result.replacingOccurrences(of: "ie", with: "e")
        if result.hasSuffix("ii") { result.removeLast() }
        if result.hasSuffix("ei") && result.count > 4 { result = String(result.dropLast(2)) + "i" }
        return result
    }

    /// Similarity of two strings: 1 − (optimal string alignment distance ÷ longer length), so a
    /// swapped pair of letters ("ksy"/"sky") costs one edit.
    /// - Returns: a ratio between 0 and 1.
    static func similarity(_ a: String, _ b: String) -> Double {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        let longest = max(a.count, b.count)
        guard longest > 0 else { return 1 }
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return 1 - Double(previous[b.count]) / Double(longest)
    }

    /// The highest ``similarity(_:_:)`` two strings of these lengths (in code points) can have:
    /// their distance is at least the difference of their lengths.
    static func similarityBound(_ a: Int, _ b: Int) -> Double {
        let longest = max(a, b)
        guard longest > 0 else { return 1 }
        guard a > 0, b > 0 else { return 0 }
        return 1 - Double(abs(a - b)) / Double(longest)
    }
}
