/// A sentence kept from one document for a corpus-level result: where it is, its text and its terms.
///
/// Encoded (inside a ``SummaryContribution``) without `doc` and `documentOrder`, which the corpus
/// step sets; terms as two parallel arrays.
struct CorpusSentence: Sendable, Codable {
    /// The document id.
    var doc: String
    /// The document's position in the stream.
    var documentOrder: Int
    /// The sentence index in the document.
    var index: Int
    /// The sentence text.
    var text: String
    /// Stemmed content terms with counts.
    var terms: [(term: String, count: Int)]
}

extension CorpusSentence {
    enum CodingKeys: String, CodingKey {
        case index, text, terms, counts
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        doc = ""
        documentOrder = 0
        index = try container.decode(Int.self, forKey: .index)
        text = try container.decode(String.self, forKey: .text)
        let names = try container.decode([String].self, forKey: .terms)
        let counts = try container.decode([Int].self, forKey: .counts)
        terms = zip(names, counts).map { ($0, $1) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(text, forKey: .text)
        try container.encode(terms.map(\.term), forKey: .terms)
        try container.encode(terms.map(\.count), forKey: .counts)
    }
}
