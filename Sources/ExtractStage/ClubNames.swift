/// Clubs named by a club word before their town ("Dynamo Kyiv", "Sporting Lisbon", "Partizan
/// Belgrade", "Borussia Dortmund"), the continental way of naming sports clubs, which reads as a
/// given name and a surname when nothing else in the text is about sport.
enum ClubNames {
    /// Words that open a club's name before its town: sports societies, works and railway clubs,
    /// Latin and Slavic club names of general knowledge.
    static let prefixes = WordList.set("""
    Dynamo|Dinamo|Sporting|Partizan|Spartak|Lokomotiv|Lokomotiva|Torpedo|Olympique|Atletico|Atlético|Real|Racing|\
    Deportivo|Borussia|Eintracht|Werder|Fortuna|Hertha|Hapoel|Maccabi|Beitar|Slavia|Sparta|Steaua|Rapid|Inter|\
    Legia|Wisla|Slovan|Viktoria|Vitoria|Vitória|Shakhtar|Metalist|Dnipro|Zenit|Krylia|Ruch|Lech|Polonia|Banik|\
    Universitatea|Petrolul|Sturm|Admira|Standard|Union|Stade|Girondins|Athletic|Cercle|Servette
    """)

    /// Prefixes that also name their club alone in a sports report ("Atletico came within a
    /// whisker", "Sporting restored their lead"); ordinary words ("Real", "Union") are left out.
    static let standAlone = WordList.set("""
    Dynamo|Dinamo|Sporting|Partizan|Spartak|Lokomotiv|Olympique|Atletico|Atlético|Deportivo|Borussia|Eintracht|    Werder|Hertha|Hapoel|Maccabi|Beitar|Slavia|Steaua|Legia|Shakhtar|Inter
    """)

    /// Club words after a town that also name their club alone in a sports report ("Rovers came
    /// from behind", "Wanderers held on"); the ordinary words ("United", "City", "Town") are left out.
    static let suffixesAlone = WordList.set("Rovers|Wanderers|Albion|Rangers|Hotspur|Athletic|Argyle|Orient|Thistle|Academicals")

    /// Whether a run is a club named by a prefix and its town: a word of ``prefixes`` followed
    /// by one or two words that name a town or region in the gazetteer ("Dinamo Zagreb",
    /// "Hapoel Tel Aviv").
    static func isPrefixedClub(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard (2...3).contains(range.count), prefixes.contains(tokens[range.lowerBound].text) else { return false }
        let town = (range.lowerBound + 1..<range.upperBound).map { tokens[$0].text }.joined(separator: " ")
        return Gazetteer.label(of: town) == .gpe && !Places.countries.contains(town)
    }

    /// Whether a word opens a club's name here: a prefix followed in its sentence by a town of one
    /// or two words (so "Sporting" at a sentence start is no participle in "Sporting Braga sacked …").
    static func opensClubName(_ tokens: [Token], _ index: Int) -> Bool {
        guard prefixes.contains(tokens[index].text) else { return false }
        for length in [2, 1] where index + length < tokens.count {
            let words = (index + 1...index + length)
            guard words.allSatisfy({ tokens[$0].isCapitalized && tokens[$0].sentence == tokens[index].sentence && !tokens[$0].lineBreakBefore }) else { continue }
            if isPrefixedClub(index..<index + length + 1, tokens) { return true }
        }
        return false
    }
}
