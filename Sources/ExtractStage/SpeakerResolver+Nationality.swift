import DocPipe

/// A nationality standing for a person the text introduced with the country ("Italy's Jane Roe …
/// added the Italian").
extension SpeakerResolver {
    /// Whether a person mention (`first`…`last`) is introduced with one of the countries: in the
    /// words around it (`window`: "Italy's Jane Roe", "Jane Roe, Italy's champion,"), or right after
    /// it ("Jane Roe of Italy", "Jane Roe from Italy", "Jane Roe (Italy)").
    func introducedWithCountry(_ countries: [String], person first: Int, last: Int, window: [Int]) -> Bool {
        func countryAt(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].isCapitalized else { return false }
            if countries.contains(tokens[index].text) { return true }
            return index + 1 < tokens.count && countries.contains(tokens[index].text + " " + tokens[index + 1].text)
        }
        if window.contains(where: countryAt) { return true }
        var next = last + 1
        guard next < tokens.count, tokens[next].sentence == tokens[first].sentence else { return false }
        if ["of", "from", "("].contains(tokens[next].lower) {
            next += 1
            if next < tokens.count, tokens[next].lower == "the" { next += 1 }
            return countryAt(next)
        }
        return false
    }
}
