import DocPipe

/// Groups the entity mentions of many documents into one ``EntityCluster`` per real-world entity.
///
/// 1. Within a document, mentions with the same label and in-document canonical name form one record.
/// 2. Records whose folded canonical names (``NameFolding``) are equal, with the same label, merge
///    (for NORP, a final plural `s` is ignored: "Kazakh" ~ "Kazakhs").
/// 3. People merge when their surnames (folded or plain) are at least 80% similar and every pair of
///    given names across both groups is compatible (folded given names at least 75% similar, or one is the other's
///    initial); a full name that opens exactly one longer person's name joins it ("Karl Liew" and
///    "Karl Liew Kai Lung", the given names after the surname); a record with a surname only joins
///    the one compatible person, and none when two or more people share the surname.
/// 4. Other names merge when their folded forms are at least 92% similar; then an abbreviation joins
///    the longer name with the same label whose initials it is, when exactly one such name (after the
///    merges before) is in the corpus, or one is named in at least two documents and three times as
///    many as any other: "S&P" joins neither "Sao Paulo" nor "Singapore Police" when each is named
///    once, and "EU" joins "European Union" of seven documents beside a misspelt "Europe Union" of one.
///
/// Comparisons run within buckets — people by the first letter of their folded surname, other names
/// by label and first folded letter — so a corpus with many names does not compare every pair.
///
/// The canonical name of a cluster is, among its records' in-document canonical names, the one with
/// the most words, then one not written in capitals (``isShouted(_:)``), then the most mentions,
/// then the first alphabetically; a name in capitals that the gazetteer knows in title case is
/// written so ("CAIRO" of a dateline → "Cairo"). Every cluster's id is
/// ``EntityCluster/assignIdentifiers(_:)``'s: a hash of its label and canonical name, so it is the
/// same whatever `--jobs`, sharding or input order produced the clusters.
struct EntityClusterer: Sendable {
    private struct Record {
        var label: EntityLabel
        var canonical: String
        var aliases: [String: Int]
        var mentions: [String: Int]
        var total: Int

        /// Counts one mention, written `text`, in `document`, in place.
        mutating func count(_ text: String, in document: String) {
            aliases[text, default: 0] += 1
            mentions[document, default: 0] += 1
            total += 1
        }
    }

    private var records: [String: Record] = [:]

    /// Adds one document's mentions.
    /// - Parameters:
    ///   - document: its id.
    ///   - mentions: its entity mentions.
    mutating func add(document: String, mentions: [EntityMention]) {
        add(document: document, names: EntityContribution(mentions).names)
    }

    /// Adds one document's labelled mentions (``EntityContribution``).
    mutating func add(document: String, names: [EntityContribution.Name]) {
        for name in names where name.label != .misc {
            let key = name.label.rawValue + "\u{1}" + name.canonical
            let empty = Record(label: name.label, canonical: name.canonical, aliases: [:], mentions: [:], total: 0)
            records[key, default: empty].count(name.text, in: document)
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
        let folded = list.map { record in
            let form = NameFolding.fold(record.canonical)
            return record.label == .norp && form.hasSuffix("s") && form.count > 4 ? String(form.dropLast()) : form
        }
        let forms = list.map { NameForms($0.canonical) }
        var exact: [String: Int] = [:]
        for index in list.indices {
            let key = list[index].label.rawValue + "\u{1}" + folded[index]
            if let first = exact[key] { union(first, index) } else { exact[key] = index }
        }
        let people = list.indices.filter { list[$0].label == .person }
        let full = people.filter { forms[$0].folded.count >= 2 }
        var fullBuckets: [Character: [Int]] = [:]
        for index in full {
            if let letter = forms[index].folded.last?.first { fullBuckets[letter, default: []].append(index) }
        }
        var namesOf: [Int: [NameForms]] = [:]
        for index in full { namesOf[root(index), default: []].append(forms[index]) }
        for letter in fullBuckets.keys.sorted() {
            let bucket = fullBuckets[letter]!
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...]
                where Self.surnamesMayMatch(forms[a], forms[b]) && root(a) != root(b) && Self.samePerson(forms[a], forms[b]) {
                    let (ra, rb) = (root(a), root(b))
                    let names = (namesOf[ra] ?? []) + (namesOf[rb] ?? [])
                    guard names.allSatisfy({ x in names.allSatisfy { y in Self.compatibleGivenNames(x, y) } }) else { continue }
                    union(a, b)
                    let merged = root(a)
                    namesOf[ra] = nil
                    namesOf[rb] = nil
                    namesOf[merged] = names
                }
            }
        }
        var longerForms: [String: [Int]] = [:]
        for index in full where forms[index].folded.count >= 3 {
            for length in 2..<forms[index].folded.count {
                longerForms[forms[index].folded.prefix(length).joined(separator: " "), default: []].append(index)
            }
        }
        let prefixJoins = full.compactMap { index -> (Int, Int)? in
            guard let longer = longerForms[forms[index].folded.joined(separator: " ")] else { return nil }
            let roots = Set(longer.map(root))
            guard roots.count == 1, let only = roots.first else { return nil }
            return (index, only)
        }
        for (short, long) in prefixJoins { union(short, long) }
        for single in people where forms[single].folded.count == 1 {
            guard let letter = forms[single].folded.first?.first else { continue }
            let matches = Set((fullBuckets[letter] ?? []).filter { Self.surnameMatches(forms[single], forms[$0]) }.map { root($0) })
            if matches.count == 1, let only = matches.first { union(only, single) }
        }
        let abbreviation = list.map { Self.abbreviationLetters($0.canonical) }
        let initials = list.map { Self.initials($0.canonical) }
        let foldedLength = folded.map(\.unicodeScalars.count)
        var otherBuckets: [String: [Int]] = [:]
        for index in list.indices where list[index].label != .person {
            otherBuckets[list[index].label.rawValue + String(folded[index].prefix(1)), default: []].append(index)
        }
        for key in otherBuckets.keys.sorted() {
            let bucket = otherBuckets[key]!
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...] where root(a) != root(b) {
                    if min(folded[a].count, folded[b].count) >= 8 && NameFolding.similarityBound(foldedLength[a], foldedLength[b]) >= 0.92
                        && NameFolding.similarity(folded[a], folded[b]) >= 0.92
                    {
                        union(a, b)
                    }
                }
            }
        }
        var longNames: [String: [Int]] = [:]
        for index in list.indices where list[index].label != .person {
            if let letters = initials[index] { longNames[list[index].label.rawValue + "\u{1}" + letters, default: []].append(index) }
        }
        let abbreviationJoins = list.indices.compactMap { index -> (Int, Int)? in
            guard list[index].label != .person, let letters = abbreviation[index],
                let candidates = longNames[list[index].label.rawValue + "\u{1}" + letters]
            else { return nil }
            var documents: [Int: Set<String>] = [:]
            for candidate in candidates where candidate != index {
                documents[root(candidate), default: []].formUnion(list[candidate].mentions.keys)
            }
            let ranked = documents.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }
            guard let first = ranked.first else { return nil }
            guard ranked.count == 1 || (first.value.count >= 2 && first.value.count >= 3 * ranked[1].value.count) else { return nil }
            return (index, first.key)
        }
        for (short, long) in abbreviationJoins { union(short, long) }
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
            let chosen = byCanonical.keys.sorted().max { a, b in
                let (wa, wb) = (a.split(separator: " ").count, b.split(separator: " ").count)
                if wa != wb { return wa < wb }
                let (sa, sb) = (Self.isShouted(a), Self.isShouted(b))
                if sa != sb { return sa }
                if byCanonical[a]! != byCanonical[b]! { return byCanonical[a]! < byCanonical[b]! }
                return a > b
            }!
            let label = list[members[0]].label
            let canonical = Self.isShouted(chosen) ? Self.knownTitleCase(chosen, label) ?? chosen : chosen
            clusters.append((EntityCluster(canonical: canonical, label: label, aliases: aliases.sorted(), mentions: mentions), total))
        }
        clusters.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.0.label.rawValue != b.0.label.rawValue { return a.0.label.rawValue < b.0.label.rawValue }
            return a.0.canonical < b.0.canonical
        }
        var result = clusters.map(\.0)
        EntityCluster.assignIdentifiers(&result)
        return result
    }

    /// Whether a name is written in capitals as a headline or dateline writes it ("BANGKOK", "NEW
    /// DELHI"): no lower-case letter and at least five letters, so "NATO" or "UN" are not.
    static func isShouted(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 5 && !letters.contains { $0.properties.isLowercase }
    }

    /// A name in capitals in title case ("KUALA LUMPUR" → "Kuala Lumpur") when the gazetteer knows
    /// that form with the same kind of label, else `nil` ("UNICEF", "STOXX" stay as written).
    static func knownTitleCase(_ name: String, _ label: EntityLabel) -> String? {
        let titled = name.split(separator: " ").map { EntityRecognizer.titleCased(String($0)) }.joined(separator: " ")
        guard let known = Gazetteer.label(of: titled) else { return nil }
        let places: Set<EntityLabel> = [.gpe, .loc]
        return known == label || (places.contains(known) && places.contains(label)) ? titled : nil
    }

    /// A name's words, folded and plain.
    struct NameForms: Sendable {
        /// Folded words (``NameFolding``).
        var folded: [String]
        /// Plain words: lower case, no diacritics.
        var plain: [String]

        /// The forms of a name as written.
        init(_ name: String) {
            plain = NameFolding.plainWords(name)
            folded = NameFolding.fold(name).split(separator: " ").map(String.init)
        }
    }

    /// How alike two words are, folded or plain, whichever is closer.
    static func likeness(_ a: NameForms, _ i: Int, _ b: NameForms, _ j: Int) -> Double {
        max(NameFolding.similarity(a.folded[i], b.folded[j]), NameFolding.similarity(a.plain[i], b.plain[j]))
    }

    /// Whether two full names can be the same person: surnames at least 80% alike, and given names
    /// at least 75% alike or one the initial of the other.
    static func samePerson(_ a: NameForms, _ b: NameForms) -> Bool {
        guard !a.folded.isEmpty, !b.folded.isEmpty, a.folded.count == a.plain.count, b.folded.count == b.plain.count,
            likeness(a, a.folded.count - 1, b, b.folded.count - 1) >= 0.8
        else { return false }
        return compatibleGivenNames(a, b)
    }

    /// Whether the given names of two names can belong to one person: either has none, one is the
    /// other's initial, or they are at least 75% alike.
    static func compatibleGivenNames(_ a: NameForms, _ b: NameForms) -> Bool {
        guard a.folded.count >= 2, b.folded.count >= 2, a.plain.count >= 2, b.plain.count >= 2 else { return true }
        if a.plain[0].count == 1 || b.plain[0].count == 1 { return a.plain[0].first == b.plain[0].first }
        return likeness(a, 0, b, 0) >= 0.75
    }

    /// Whether two names as written can be the same person (see ``samePerson(_:_:)-(NameForms,NameForms)``).
    static func samePerson(_ a: String, _ b: String) -> Bool {
        samePerson(NameForms(a), NameForms(b))
    }

    /// Whether a one-word name matches the surname of a full name: at least 80% alike as written
    /// (plain), or folded when both begin with the same letter — folding alone makes "Yoon" and
    /// "Onn" one word, and a surname alone may join a person named in another document.
    static func surnameMatches(_ single: NameForms, _ full: NameForms) -> Bool {
        guard single.folded.count == 1, single.plain.count == 1, let last = full.folded.indices.last, full.plain.count == full.folded.count else { return false }
        if NameFolding.similarity(single.plain[0], full.plain[last]) >= 0.8 { return true }
        return single.plain[0].first == full.plain[last].first && NameFolding.similarity(single.folded[0], full.folded[last]) >= 0.8
    }

    /// Whether `short` is the initials of `long` ("CSTO" of "Collective Security Treaty Organization").
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        guard let letters = abbreviationLetters(short), let initials = initials(long) else { return false }
        return letters == initials
    }

    /// The letters of a name that can be an abbreviation (two to eight code points, its letters all
    /// upper case), else `nil`.
    static func abbreviationLetters(_ short: String) -> String? {
        let letters = short.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }), short.unicodeScalars.count <= 8 else { return nil }
        return String(String.UnicodeScalarView(letters))
    }

    /// Short function words a name's initials leave out ("Collective Security Treaty Organization"
    /// is "CSTO", "Bank of England" "BE").
    static let initialSkipWords: Set<String> = ["of", "for", "on", "and", "the", "de", "&"]

    /// The upper-cased initials of a name of two or more words (short function words left out), else `nil`.
    /// A name not all in capitals with a word that is itself an abbreviation has none: "U.S. Navy"
    /// is neither the "UN" nor, surely, a "USN" or "UST" of another document.
    static func initials(_ long: String) -> String? {
        let words = long.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !initialSkipWords.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        let abbreviations = words.filter { abbreviationLetters(String($0)) != nil }.count
        guard abbreviations == 0 || abbreviations == words.count else { return nil }
        return String(words.compactMap { $0.first }).uppercased()
    }

    /// Whether the surnames of two full names are long enough alike that they may be 80% similar,
    /// folded or plain (a cheap test on their lengths before ``samePerson(_:_:)-(NameForms,NameForms)``).
    static func surnamesMayMatch(_ a: NameForms, _ b: NameForms) -> Bool {
        guard let foldedA = a.folded.last, let foldedB = b.folded.last, let plainA = a.plain.last, let plainB = b.plain.last else { return true }
        return NameFolding.similarityBound(foldedA.unicodeScalars.count, foldedB.unicodeScalars.count) >= 0.8
            || NameFolding.similarityBound(plainA.unicodeScalars.count, plainB.unicodeScalars.count) >= 0.8
    }
}
