import Foundation

/// A wire-copy dateline on a line of its own at the top of an article: a place, a date and
/// perhaps the agency, before a dash ("WASHINGTON, August 8 (Xinhua) --", "NAIROBI, Kenya, Aug.
/// 7, 1998 (AP) _", "Moscow, 5 January (Reuters) -"), or a place in capitals and an ISO date
/// alone ("LIMA 2019-07-18", "SAO PAULO, Brazil 2019-07-18"). It is part of the article's text (extract
/// anchors the document on it and finds its date there), never its title or furniture.
enum NewsDateline {
    private static let pattern: NSRegularExpression = {
        let place = #"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}"#
        let month = #"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"#
        let day = #"[0-9]{1,2}(?:st|nd|rd|th)?"#
        let date = #"(?:\#(month) \#(day)|\#(day) \#(month))(?:,? [0-9]{4})?"#
        let agency = #"(?: ?\([A-Za-z][A-Za-z .&\-]{0,30}\))?"#
        let capitals = #"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}"#
        let iso = #"[12][0-9]{3}-[01][0-9]-[0-3][0-9]"#
        let written = #"\#(place)(?:, \#(place))?, \#(date)\#(agency) ?(?:--|-|_|:|\x{2014}|\x{2013})?"#
        let numeric = #"\#(capitals)(?:, \#(place))? \#(iso)\#(agency)"#
        let source = #"^(?:\#(written)|\#(numeric))$"#
        return try! NSRegularExpression(pattern: source)
    }()

    /// Whether a line is such a dateline and nothing more.
    static func matches(_ text: String) -> Bool {
        let line = text.trimmingCharacters(in: .whitespaces)
        guard line.unicodeScalars.count <= 80 else { return false }
        return pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }
}
