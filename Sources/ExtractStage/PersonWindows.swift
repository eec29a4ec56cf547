/// The surroundings ``SpeakerResolver`` found around a text's person mentions, by the mention's
/// first token: each the mention's last token and the tokens of its window. Contract: an entry is a
/// pure function of the resolver's tokens and mentions, so it is filled once per text and the
/// same for every copy of the resolver that shares it.
final class PersonWindows {
    /// By a person mention's first token: its last token and its window's tokens.
    var byPerson: [Int: (end: Int, window: [Int])] = [:]
}
