import Foundation

/// A wire-copy sport slug on a line of its own at the top of an article: the sport's name in
/// capitals and nothing more ("CRICKET", "SOCCER", "RUGBY UNION", "MOTOR RACING"). Like a dateline
/// it is part of the article's text (extract reads the report as sport from it), never furniture.
enum SportSlug {
    /// Sports as wire copy names them in capitals, one or two words.
    static let sports: Set<String> = [
        "SOCCER", "FOOTBALL", "CRICKET", "RUGBY", "RUGBY UNION", "RUGBY LEAGUE", "TENNIS", "GOLF", "BASEBALL",
        "BASKETBALL", "ICE HOCKEY", "HOCKEY", "CYCLING", "ATHLETICS", "BOXING", "SQUASH", "BADMINTON", "RALLYING",
        "MOTOR RACING", "MOTORCYCLING", "MOTOCROSS", "SWIMMING", "ROWING", "HORSE RACING", "SKIING", "ALPINE SKIING",
        "SAILING", "VOLLEYBALL", "HANDBALL", "SNOOKER", "DARTS", "GYMNASTICS", "JUDO", "WRESTLING", "TRIATHLON",
        "NFL", "NBA", "NHL", "FORMULA ONE", "SUMO", "POLO", "NETBALL", "AMERICAN FOOTBALL", "SPEED SKATING",
        "FIGURE SKATING", "TABLE TENNIS", "EQUESTRIANISM", "CANOEING", "FENCING", "WEIGHTLIFTING", "ARCHERY",
    ]

    /// Whether a line is a sport slug and nothing more (trailing spaces and a dash ignored).
    static func matches(_ text: String) -> Bool {
        var line = Substring(text.trimmingCharacters(in: .whitespaces))
        while let last = line.last, last == "-" || last == "\u{2013}" || last == "\u{2014}" || last == " " { line = line.dropLast() }
        guard line.unicodeScalars.count <= 24 else { return false }
        return sports.contains(String(line))
    }
}
