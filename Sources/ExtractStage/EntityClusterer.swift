import DocPipe

/// Groups the entity mentions of many documents into one ``EntityCluster`` per real-world entity.
///
/// 1. Within a document, mentions with the same label and in-document canonical name form one record.
/// 2. Records whose folded canonical names (``NameFolding``) are equal, with the same label, merge.
/// 3. People merge when their folded surnames are at least 80% similar and every pair of their
///    given names is compatible (folded given names at least 75% similar, or one is the other's
///    initial); a record with a surname only joins the one compatible person, and none when two or
///    more people share the surname.
/// 4. Other names merge when an abbreviation equals the initials of a longer name with the same label,
///    or when their folded forms are at least 92% similar.
///
/// The canonical name of a cluster is, among its records' in-document canonical names, the one with
/// the most words, then the most mentions, then the first alphabetically.
struct EntityClusterer: Sendable {
    private struct Record {
        var label: EntityLabel
        var canonical: String
        var aliases: [String: Int]
        var mentions: [String: Int]
        var total: Int
    }

    private var records: [String: Record] = [:]

    /// Adds one document's mentions.
    /// - Parameters:
    ///   - document: its id.
    ///   - mentions: its entity mentions.
    mutating func add(document: String, mentions: [EntityMention]) {
        for mention in mentions where mention.label != .misc {
            let key = mention.label.rawValue + "\u{1}" + mention.canonical
            var record = records[key] ?? Record(label: mention.label, canonical: mention.canonical, aliases: [:], mentions: [:], total: 0)
            record.aliases[mention.text, default: 0] += 1
            record.mentions[document, default: 0] += 1
            record.total += 1
            records[key] = record
        }
    }

    /// The clusters, most mentioned first, then by label and canonical name.
    func clusters() -> [EntityCluster] {
        let list = records.keys.sorted().map { records[$0]! }
        var parent = Array(list.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        let folded = list.map { NameFolding.fold($0.canonical) }
        var exact: [String: Int] = [:]
        for index in list.indices {
            let key = list[index].label.rawValue + "\u{1}" + folded[index]
            if let first = exact[key] { union(first, index) } else { exact[key] = index }
        }
        let people = list.indices.filter { list[$0].label == .person }
        let full = people.filter { folded[$0].contains(" ") }
        for (position, a) in full.enumerated() {
            for b in full[(position + 1)...] where root(a) != root(b) {
                let members = list.indices.filter { root($0) == root(a) || root($0) == root(b) }
                let names = members.map { folded[$0] }.filter { $0.contains(" ") }
                if names.allSatisfy({ x in names.allSatisfy { y in Self.samePerson(x, y) } }) { union(a, b) }
            }
        }
        for single in people where !folded[single].contains(" ") {
            let matches = Set(full.filter { Self.surnameMatches(folded[single], folded[$0]) }.map { root($0) })
            if matches.count == 1, let only = matches.first { union(only, single) }
        }
        let others = list.indices.filter { list[$0].label != .person }
        for a in others {
            for b in others where a < b && list[a].label == list[b].label && root(a) != root(b) {
                if Self.abbreviates(list[a].canonical, list[b].canonical) || Self.abbreviates(list[b].canonical, list[a].canonical)
                    || (min(folded[a].count, folded[b].count) >= 8 && NameFolding.similarity(folded[a], folded[b]) >= 0.92)
                {
                    union(a, b)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in list.indices { groups[root(index), default: []].append(index) }
        var clusters: [(EntityCluster, Int)] = []
        for members in groups.values {
            var aliases = Set<String>()
            var mentions: [String: Int] = [:]
            var byCanonical: [String: Int] = [:]
            var total = 0
            for member in members {
                let record = list[member]
                aliases.formUnion(record.aliases.keys)
                aliases.insert(record.canonical)
                for (document, count) in record.mentions { mentions[document, default: 0] += count }
                byCanonical[record.canonical, default: 0] += record.total
                total += record.total
            }
            let canonical = byCanonical.keys.sorted().max { a, b in
                let (wa, wb) = (a.split(separator: " ").count, b.split(separator: " ").count)
                if wa != wb { return wa < wb }
                if byCanonical[a]! != byCanonical[b]! { return byCanonical[a]! < byCanonical[b]! }
                return a > b
            }!
            clusters.append((EntityCluster(canonical: canonical, label: list[members[0]].label, aliases: aliases.sorted(), mentions: mentions), total))
        }
        clusters.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.0.label.rawValue != b.0.label.rawValue { return a.0.label.rawValue < b.0.label.rawValue }
            return a.0.canonical < b.0.canonical
        }
        return clusters.map(\.0)
    }

    /// Whether two folded full names can be the same person: similar surnames, compatible given names.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        let wa = a.split(separator: " ").map(String.init), wb = b.split(separator: " ").map(String.init)
        guard let sa = wa.last, let sb = wb.last, NameFolding.similarity(sa, sb) >= 0.8 else { return false }
        guard wa.count >= 2, wb.count >= 2 else { return true }
        let (ga, gb) = (wa[0], wb[0])
        if ga.count == 1 || gb.count == 1 { return ga.first == gb.first }
        return NameFolding.similarity(ga, gb) >= 0.75
    }

    /// Whether a folded one-word name matches the surname of a folded full name.
    static func surnameMatches(_ single: String, _ full: String) -> Bool {
        guard let surname = full.split(separator: " ").last else { return false }
        return NameFolding.similarity(single, String(surname)) >= 0.8
    }

    /// Whether `short` is the initials of `long` ("CSTO" of "Collective Security Treaty Organization").
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        let letters = short.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }), short.unicodeScalars.count <= 8 else { return false }
        let words = long.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !["of", "for", "on", "and", "the", "de", "&"].contains($0) }
        guard words.count >= 2 else { return false }
        return String(String.UnicodeScalarView(letters)) == String(words.compactMap { $0.first }).uppercased()
    }
}
