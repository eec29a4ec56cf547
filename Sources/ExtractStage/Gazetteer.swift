import DocPipe

/// Looks a whole name up in the place, nationality and institution lists.
enum Gazetteer {
    /// The label a gazetteer gives a name, if any.
    /// - Parameter name: the name as written.
    /// - Returns: GPE for countries, cities and regions, LOC for broad areas, NORP for nationalities
    ///   and groups (and their plurals in -s), ORG for well-known institutions, the companies
    ///   of the main stock indices (``ListedCompanies``) and the universities and football clubs of
    ///   ``Institutions``, GPE for the towns and regions of
    ///   ``WorldPlaces``, or `nil`.
    static func label(of name: String) -> EntityLabel? {
        let listed = curatedLabels[name]
        if let listed, listed != .org { return listed }
        if name.hasSuffix("s"), name.unicodeScalars.count > 4, Nationalities.all.contains(String(name.dropLast())) { return .norp }
        if listed == .org { return .org }
        if name.contains(" and "), isKnownOrganization(name.replacingOccurrences(of: " and ", with: " & ")) { return .org }
        if WorldPlaces.cities.contains(name) || WorldPlaces.regions.contains(name) { return .gpe }
        if isDemonym(name) || isNationalityNoun(name) { return .norp }
        return nil
    }

    /// Whether a word names a person or people by nationality or home city rather than by name
    /// ("Frenchman", "Englishwomen", "Spaniard", "Milanese", "Viennese"): a noun of ``Demonyms``,
    /// a nationality followed by -man, -woman, -men or -women, or a curated city or region
    /// followed by -ese. A given name of ``FirstNames`` is never one.
    static func isNationalityNoun(_ name: String) -> Bool {
        guard name.unicodeScalars.count >= 5, !FirstNames.curated.contains(name) else { return false }
        if Demonyms.countries[name] != nil { return true }
        for suffix in ["woman", "women", "man", "men"] where name.hasSuffix(suffix) {
            let stem = String(name.dropLast(suffix.count))
            if Nationalities.all.contains(stem) || Demonyms.countries[stem] != nil { return true }
        }
        if name.hasSuffix("ese") {
            let stem = String(name.dropLast(3))
            guard stem.unicodeScalars.count >= 3 else { return false }
            for place in [stem, stem + "a", stem + "o", stem + "e"] where Places.cities.contains(place) || Places.regions.contains(place) {
                return true
            }
        }
        return false
    }

    /// The label of each name of the curated lists, in the order ``label(of:)`` asks them: GPE
    /// for ``Places``' countries, cities and regions, else LOC for its areas, else NORP for
    /// ``Nationalities``, else ORG for ``OrganizationWords``, ``ListedCompanies`` and
    /// ``Institutions`` (universities, football clubs) — one look-up
    /// instead of one per list.
    private static let curatedLabels: [String: EntityLabel] = {
        var labels: [String: EntityLabel] = [:]
        let lists: [(Set<String>, EntityLabel)] = [
            (Institutions.universities, .org), (Institutions.clubs, .org), (ListedCompanies.names, .org), (OrganizationWords.known, .org), (Nationalities.all, .norp), (Places.areas, .loc),
            (Places.regions, .gpe), (Places.cities, .gpe), (Places.countries, .gpe),
        ]
        labels.reserveCapacity(lists.reduce(0) { $0 + $1.0.count })
        for (names, label) in lists { for name in names { labels[name] = label } }
        return labels
    }()

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
        (WorldPlaces.cities.contains(name) || WorldPlaces.regions.contains(name)) && curatedLabels[name] != .gpe
    }
}
