import DocPipe

/// One speaker a quote could have, as the ranker sees it: a person or organisation of the
/// article near the quote, a recent speaker, the rules' own pick, or no one (`name` empty), with
/// the features the ranker weighs (see ``SpeakerCandidates``).
struct SpeakerCandidate: Sendable {
    /// The speaker's name as the quote would report it; empty for "no speaker".
    var name: String
    /// `PERSON` or `ORG`.
    var label: EntityLabel
    /// Where the text names the candidate nearest the quote (for the rules' pick, its own span).
    var span: Span?
    /// Feature values by name; a feature left out is 0.
    var features: [String: Double] = [:]

    /// Whether this is the "no speaker" candidate.
    var isNobody: Bool { name.isEmpty }

    /// The attribution this candidate gives the quote (``Attribution/unnamed`` for no one).
    var attribution: Attribution {
        isNobody ? .unnamed : Attribution(name: name, label: label, span: span)
    }
}
