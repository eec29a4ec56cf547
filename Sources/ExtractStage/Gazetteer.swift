import DocPipe

/// Looks a whole name up in the place, nationality and institution lists.
enum Gazetteer {
    /// The label a gazetteer gives a name, if any.
    /// - Parameter name: the name as written.
    /// - Returns: GPE for countries, cities and regions, LOC for broad areas, NORP for nationalities
    ///   and groups (and their plurals in -s), ORG for well-known institutions and the companies
    ///   of the main stock indices (``ListedCompanies``), GPE for the towns and regions of
    ///   ``WorldPlaces``, or `nil`.
    static func label(of name: String) -> EntityLabel? {
        if Places.countries.contains(name) || Places.cities.contains(name) || Places.regions.contains(name) { return .gpe }
        if Places.areas.contains(name) { return .loc }
        if Nationalities.all.contains(name) { return .norp }
        if name.hasSuffix("s"), name.unicodeScalars.count > 4, Nationalities.all.contains(String(name.dropLast())) { return .norp }
        if OrganizationWords.known.contains(name) || ListedCompanies.names.contains(name) { return .org }
        if name.contains(" and "), isKnownOrganization(name.replacingOccurrences(of: " and ", with: " & ")) { return .org }
        if isWorldPlace(name) { return .gpe }
        if isDemonym(name) { return .norp }
        return nil
    }

    /// Whether a name is a known organisation or listed company as written ("Procter & Gamble"
    /// also answers for "Procter and Gamble").
    private static func isKnownOrganization(_ name: String) -> Bool {
        OrganizationWords.known.contains(name) || ListedCompanies.names.contains(name)
    }

    /// Whether a name is a place's people ("Londoners", "New Yorkers", "Texans", "Yorkshiremen"):
    /// a place followed by a demonym ending, plural for any place, singular for a curated one.
    static func isDemonym(_ name: String) -> Bool {
        guard name.unicodeScalars.count >= 5, !FirstNames.curated.contains(name) else { return false }
        for (suffix, plural) in demonymEndings where name.hasSuffix(suffix) {
            let stem = String(name.dropLast(suffix.count))
            for place in [stem, stem + "a", stem + "as", stem + "e", stem + "o", stem + "ia"] {
                if Places.countries.contains(place) || Places.cities.contains(place) || Places.regions.contains(place) { return true }
                if plural && isWorldPlace(place) { return true }
            }
        }
        return false
    }

    private static let demonymEndings: [(String, Bool)] = [
        ("ers", true), ("ians", true), ("ans", true), ("men", true), ("ites", true), ("eans", true),
        ("er", false), ("ian", false), ("an", false), ("ite", false), ("ean", false),
    ]

    /// Whether a name is a town or region known only from the generated ``WorldPlaces`` lists, not
    /// the curated ones: such a name yields to a person of the same name in the document.
    static func isWorldPlace(_ name: String) -> Bool {
        (WorldPlaces.cities.contains(name) || WorldPlaces.regions.contains(name))
            && !Places.countries.contains(name) && !Places.cities.contains(name) && !Places.regions.contains(name)
    }
}
