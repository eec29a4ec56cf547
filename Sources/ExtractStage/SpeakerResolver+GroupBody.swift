import DocPipe

/// A plural subject that speaks for a body ("they said", "the MPs said" of a select committee's report).
extension SpeakerResolver {
    /// Plural members of a body who speak for it together ("the MPs said", "the senators said").
    static let bodyMembers: Set<String> = [
        "mps", "meps", "msps", "peers", "members", "councillors", "councilors", "senators", "lawmakers", "legislators", "commissioners",
    ]

    /// Words that name a body whose members speak with one voice: a committee, a council, an inquiry.
    static let deliberativeBodies: Set<String> = [
        "committee", "commission", "council", "panel", "inquiry", "parliament", "assembly", "senate", "congress", "board", "caucus",
        "chamber", "tribunal",
    ]

    /// The body a plural subject stands for, when the text leaves no doubt; `nil` otherwise (never a guess).
    ///
    /// "they" is the organisation that spoke last (within six sentences, with no person named since),
    /// or else the one body named in the last six sentences (a committee, council, inquiry …) when
    /// no person is named there either. Plural members ("the MPs") are that one body even when
    /// people are named around it. Any other organisation named in the window makes it ambiguous.
    /// - Parameters:
    ///   - span: where the subject is written.
    ///   - limit: the first token after the text that may be read (the quote's opening mark or the subject).
    ///   - members: whether the subject is a plural of members ("the MPs") rather than "they".
    func groupBody(span: Span, before limit: Int, members: Bool) -> Attribution? {
        guard limit > 0, limit <= tokens.count else { return nil }
        let here = tokens[limit - 1].sentence
        let personSince: (Int) -> Bool = { sentence in
            self.personTokens.contains { $0 < limit && self.tokens[$0].sentence > sentence && !self.isOblique(at: $0) }
        }
        if !members, let last = history.last, last.attribution.label == .org, !last.attribution.isUnnamed, here - last.sentence <= 6,
            !personSince(last.sentence)
        {
            return Attribution(name: last.attribution.name, label: .org, span: span)
        }
        var bodies: [String] = []
        for index in organisationTokens where index < limit && here - tokens[index].sentence <= 6 {
            guard let mention = organisationAt[index], mention.label == .org else { continue }
            let words = mention.canonical.lowercased().split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            if let known = bodies.firstIndex(where: { Self.sameBody($0, mention.canonical) }) {
                if mention.canonical.count > bodies[known].count { bodies[known] = mention.canonical }
                continue
            }
            bodies.append(mention.canonical)
        }
        guard bodies.count == 1, let body = bodies.first,
            body.lowercased().split(separator: " ").contains(where: { Self.deliberativeBodies.contains(String($0)) })
        else { return nil }
        if !members, personSince(here - 7) { return nil }
        return Attribution(name: body, label: .org, span: span)
    }

    /// Whether two names are one body's: equal, or one is the other's last words ("Committee",
    /// "Select Committee" of "Home Affairs Select Committee").
    static func sameBody(_ one: String, _ other: String) -> Bool {
        let (short, long) = one.count <= other.count ? (one, other) : (other, one)
        return long == short || long.hasSuffix(" " + short)
    }
}
