import DocPipe
import Foundation

/// Recognises a news-shaped article — an inverted pyramid that opens with a lede — from general
/// features of its text: where the first running-text sentence stands, its length and form, the
/// shape of the lead paragraph, a dateline, and the length of the article.
///
/// A news article's lede tells the story in one sentence; what follows adds detail in decreasing
/// importance. For such an article the summarizer takes the lede and leans on position; other
/// texts (essays, reports, listings, short notes) are summarized by centrality alone.
struct NewsShape: Sendable {
    /// The index (in the document's `sentences` layer) of the lede.
    var lede: Int
    /// Whether the text opens with a dateline ("LONDON (Reuters) -", "By Jane Roe . PUBLISHED: ...").
    var dateline: Bool
    /// The number of eligible sentences in the article.
    var sentences: Int
    /// Whether the text shows its paragraphs (line breaks between sentences); a flat block of text
    /// gives position as the only cue to what matters.
    var paragraphs: Bool

    /// The fewest eligible sentences of a news-shaped article.
    static let minimumSentences = 5
    /// The lede's word count must lie in this range.
    static let ledeWords = 12...75
    /// The lede must be among this many first sentences of the document (headlines and bylines may precede it).
    static let ledeWithin = 6
    /// A lead paragraph of more sentences than this is no lede paragraph (an essay's opening).
    static let leadParagraphSentences = 3

    /// Recognises a news-shaped article.
    /// - Parameters:
    ///   - scalars: the text's code points.
    ///   - eligible: the profiles of the sentences that may be chosen, in document order.
    /// - Returns: the article's shape, or `nil` when it does not read as news.
    static func recognise(scalars: [Unicode.Scalar], eligible: [SentenceProfile]) -> NewsShape? {
        guard eligible.count >= minimumSentences, let first = eligible.first, first.index < ledeWithin else { return nil }
        guard ledeWords.contains(first.wordCount), first.lowercaseWords * 2 >= first.wordCount else { return nil }
        let text = Self.text(scalars, first.span)
        guard let last = text.unicodeScalars.last(where: { !closers.contains($0) && !$0.properties.isWhitespace }),
              last == "." || last == "!" || last == "\u{2026}" else { return nil }
        if let opening = text.unicodeScalars.first, quotes.contains(opening) { return nil }
        if Self.speaksInFirstPerson(text) { return nil }
        if leadParagraphSize(scalars, eligible: eligible) > leadParagraphSentences { return nil }
        let dateline = Self.opensWithDateline(scalars, before: first.span.start) || Self.opensWithDateline(text.unicodeScalars.map { $0 }, before: Int.max)
        let paragraphs = zip(eligible, eligible.dropFirst()).contains { previous, next in
            let gapStart = max(0, min(previous.span.end, scalars.count)), gapEnd = max(gapStart, min(next.span.start, scalars.count))
            return scalars[gapStart..<gapEnd].contains { $0 == "\n" || $0 == "\r" }
        }
        return NewsShape(lede: first.index, dateline: dateline, sentences: eligible.count, paragraphs: paragraphs)
    }

    /// How many eligible sentences share the lede's paragraph (a blank line or a line break ends a
    /// paragraph); a text without line breaks counts as one-sentence paragraphs.
    static func leadParagraphSize(_ scalars: [Unicode.Scalar], eligible: [SentenceProfile]) -> Int {
        var size = 1
        for (previous, next) in zip(eligible, eligible.dropFirst()) {
            let gapStart = max(0, min(previous.span.end, scalars.count)), gapEnd = max(gapStart, min(next.span.start, scalars.count))
            if scalars[gapStart..<gapEnd].contains(where: { $0 == "\n" || $0 == "\r" }) { break }
            size += 1
        }
        let hasBreaks = scalars.contains { $0 == "\n" }
        return hasBreaks ? size : 1
    }

    /// Whether the text before the lede, or the lede's own opening, is a dateline: a capitalised
    /// place (optionally with an agency in brackets) followed by a dash, or a "By …" byline with a
    /// publication stamp.
    static func opensWithDateline(_ scalars: [Unicode.Scalar], before limit: Int) -> Bool {
        let head = ScalarString.make(scalars.prefix(min(limit == Int.max ? 120 : limit, 400)))
        let lines = head.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        for line in lines.prefix(4) {
            if line.hasPrefix("By ") && (line.contains("PUBLISHED") || line.contains("UPDATED") || line.contains("|")) { return true }
            let scalarsOfLine = Array(line.unicodeScalars)
            var i = 0
            var capitals = 0
            while i < scalarsOfLine.count, i < 40,
                  scalarsOfLine[i].properties.isUppercase || " ,.'".unicodeScalars.contains(scalarsOfLine[i]) {
                if scalarsOfLine[i].properties.isUppercase { capitals += 1 }
                i += 1
            }
            guard capitals >= 3 else { continue }
            var j = i
            if j < scalarsOfLine.count, scalarsOfLine[j] == "(" {
                while j < scalarsOfLine.count, scalarsOfLine[j] != ")" { j += 1 }
                j += 1
            }
            while j < scalarsOfLine.count, scalarsOfLine[j] == " " { j += 1 }
            if j < scalarsOfLine.count, dashes.contains(scalarsOfLine[j]) { return true }
        }
        return false
    }

    /// Whether a sentence speaks as "I" or "my" — a column or a letter rather than a report.
    static func speaksInFirstPerson(_ text: String) -> Bool {
        var word = ""
        for scalar in text.unicodeScalars + [" "] {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar)
            } else {
                if word == "I" || word == "my" || word == "My" || word == "me" { return true }
                word = ""
            }
        }
        return false
    }

    private static func text(_ scalars: [Unicode.Scalar], _ span: Span) -> String {
        let start = max(0, min(span.start, scalars.count)), end = max(start, min(span.end, scalars.count))
        return ScalarString.make(scalars[start..<end])
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}"]
    private static let quotes: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}"]
    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", ":"]
}
