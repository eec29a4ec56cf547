import Foundation

/// English number words ("seventy", "twenty-five", "a dozen") and scale words ("3.5 million").
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// ``units`` and ``tens`` in one table, so that a word that is neither costs one look-up.
    private static let singleWords = units.merging(tens) { unit, _ in unit }
    /// Scale words and the attached suffixes of figures ("5m", "1.2bn"), to their multipliers.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    ]
    static let suffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
    ]

    /// The value of one number word or hyphenated pair ("seventy", "twenty-five"), lower-cased.
    /// - Parameter word: the word.
    /// - Returns: its value, or `nil` when it is not a number word.
    static func value(of word: String) -> Double? {
        guard let first = word.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        if let value = singleWords[word] { return value }
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = word.split(separator: "-")
        if parts.count == 2, let ten = tens[String(parts[0])], let unit = units[String(parts[1])], unit < 10 {
            return ten + unit
        }
        return nil
    }

    /// The exact value of a figure written with digits and separators ("2,300", "3.5"), as a decimal
    /// number, so that scaling it ("8.3 billion") adds no binary rounding error.
    static func value(ofDigits text: String) -> Decimal? {
        let digits = text.replacingCommas()
        guard !digits.isEmpty, digits.utf8.count <= 30, digits.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else { return nil }
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The nearest `Double` to a decimal number, rounded once (through its decimal digits).
    static func double(_ value: Decimal) -> Double? {
        guard !value.isNaN, let double = Double(value.description), double.isFinite else { return nil }
        return double
    }
}

extension String {
    /// The string without commas.
    func replacingCommas() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "," }))
    }
}
