/// English function words, which carry no topic and are left out of sentence vectors.
enum StopWords {
    /// The words, lower-case.
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "last", "least", "less", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my",
        "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought",
        "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "said", "same", "say",
        "says", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus",
        "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "s", "t", "d", "ll",
        "m", "re", "ve", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn",
        "hasn", "haven", "hadn", "aren", "mr", "mrs", "ms", "get", "got", "make", "made", "well", "still",
    ]
}
