import DocPipe

/// Looks a whole name up in the place, nationality and institution lists.
enum Gazetteer {
    /// The label a gazetteer gives a name, if any.
    /// - Parameter name: the name as written.
    /// - Returns: GPE for countries, cities and regions, LOC for broad areas, NORP for nationalities
    ///   and groups (and their plurals in -s), ORG for well-known institutions, or `nil`.
    static func label(of name: String) -> EntityLabel? {
        if Places.countries.contains(name) || Places.cities.contains(name) || Places.regions.contains(name) { return .gpe }
        if Places.areas.contains(name) { return .loc }
        if Nationalities.all.contains(name) { return .norp }
        if name.hasSuffix("s"), name.unicodeScalars.count > 4, Nationalities.all.contains(String(name.dropLast())) { return .norp }
        if OrganizationWords.known.contains(name) { return .org }
        return nil
    }
}
