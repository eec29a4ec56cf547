import CLD2Shim

/// Identifies the language of a text with CLD2 (Compact Language Detector 2, Debian's `libcld2`).
///
/// CLD2 scores character n-grams per script and knows about 80 languages in this build; it needs a
/// few words to be reliable and gives its best guess on shorter text.
public struct LanguageIdentifier: Sendable {
    /// Creates an identifier (CLD2 keeps its tables in the library; there is nothing to load).
    public init() {}

    /// The language of `text`.
    /// - Parameter text: plain text; only its first megabyte is read.
    /// - Returns: the guess, or ``LanguageGuess/undetermined`` when the text has no letters CLD2 can score.
    public func identify(_ text: Substring) -> LanguageGuess {
        let view = text.utf8
        var end = view.index(view.startIndex, offsetBy: Self.maxBytes, limitedBy: view.endIndex) ?? view.endIndex
        while end != view.endIndex, end != view.startIndex, UTF8.isContinuation(view[end]) { view.formIndex(before: &end) }
        let utf8 = Array(view[view.startIndex..<end])
        guard !utf8.isEmpty else { return .undetermined }
        var guess = DocPipeLanguageGuess()
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                docpipe_cld2_detect(chars.baseAddress, Int32(chars.count), &guess)
            }
        }
        let code = guess.codes.0.flatMap { String(validatingCString: $0) } ?? "un"
        let language = Self.isoCode(cld2: code)
        guard language != "und", guess.text_bytes > 0 else { return .undetermined }
        let reliable = guess.reliable != 0
        let share = Double(min(max(guess.percents.0, 0), 100)) / 100
        let confidence = (share * (reliable ? 1 : 0.5) * 100).rounded() / 100
        return LanguageGuess(language: language, confidence: confidence, reliable: reliable)
    }

    /// The language of `text`.
    public func identify(_ text: String) -> LanguageGuess { identify(text[...]) }

    /// At most this many bytes are read (CLD2's answer is settled long before).
    static let maxBytes = 1 << 20

    /// CLD2's language code as an ISO 639 code: the region or script suffix dropped (`zh-Hant` is
    /// `zh`), the withdrawn codes CLD2 still uses replaced (`iw` is `he`), unknown as `und`.
    static func isoCode(cld2 code: String) -> String {
        let base = String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
        switch base {
        case "un", "", "xxx": return "und"
        case "iw": return "he"
        case "jw": return "jv"
        case "in": return "id"
        case "mo": return "ro"
        default: return base
        }
    }
}
