/// A short run of marks ("`.!?:;"”`") asked whether a token is one of them: the answer of
/// `marks.contains(token)` (Foundation's search) from a set of every piece of the run, so a
/// punctuation token costs one hash instead of a bridged search.
struct MarkRun: Sendable {
    private let pieces: Set<String>

    /// Collects every non-empty run of consecutive characters of `marks`.
    /// - Parameter marks: the marks, each a character of its own.
    init(_ marks: String) {
        let characters = Array(marks)
        var pieces: Set<String> = []
        for start in characters.indices {
            for end in (start + 1)...characters.count { pieces.insert(String(characters[start..<end])) }
        }
        self.pieces = pieces
    }

    /// Whether `text` is a piece of the run (never for an empty text).
    func contains(_ text: String) -> Bool {
        pieces.contains(text)
    }
}
