import Foundation
import DocPipe

/// Re-types the entity mentions the rules found with a small linear model learnt from public
/// annotated text (`scripts/train_entity_typer.py`, weights in ``EntityTyperWeights``): each
/// mention's ``EntityFeatures`` are hashed (FNV-1a, 32 bits) and their weights summed into a score
/// per ``Kind``; the mentions of one entity (same canonical name and rules' label) share the
/// average of their scores. The model's kind replaces the rules' label only when it scores at
/// least ``margin`` above the rules' kind, so the rules stand wherever the model is unsure; a name
/// the rules left untyped (NORP, MISC) stays so, and names from the pipeline's own gazetteer and
/// pattern files are never re-typed. With no weights it changes nothing.
struct EntityTyper: Sendable {
    /// What the model tells apart: the three kinds scored by issue 15 and everything else.
    enum Kind: Int, CaseIterable, Sendable {
        /// A person.
        case person
        /// An organisation.
        case organization
        /// A place: GPE, LOC or FAC.
        case location
        /// No entity of the three kinds (nationalities, events, works, not a name).
        case other

        /// The kind of a rules' label.
        init(_ label: EntityLabel) {
            switch label {
            case .person: self = .person
            case .org: self = .organization
            case .gpe, .loc, .fac: self = .location
            case .norp, .misc: self = .other
            }
        }
    }

    /// Weights per hashed feature, one per ``Kind`` in order.
    let weights: [UInt32: SIMD4<Float>]
    /// How much better than the rules' kind the model's kind must score to replace it.
    let margin: Float

    /// The typer with the generated weights.
    static let generated = EntityTyper(packed: EntityTyperWeights.packed, scale: EntityTyperWeights.scale, margin: EntityTyperWeights.margin)

    /// Whether the typer has weights to apply.
    var isActive: Bool { !weights.isEmpty }

    /// Creates a typer from explicit weights by feature name (for tests).
    init(weights: [String: SIMD4<Float>], margin: Float) {
        var hashed: [UInt32: SIMD4<Float>] = [:]
        for (name, value) in weights { hashed[Self.hash(name), default: .zero] += value }
        self.weights = hashed
        self.margin = margin
    }

    /// Reads the packed weights: base64 of 12-byte records, a little-endian `UInt32` feature hash
    /// and four little-endian `Int16` weights, each multiplied by `scale`.
    init(packed: String, scale: Float, margin: Float) {
        var table: [UInt32: SIMD4<Float>] = [:]
        if let data = Data(base64Encoded: packed) {
            let bytes = [UInt8](data)
            table.reserveCapacity(bytes.count / 12)
            var offset = 0
            while offset + 12 <= bytes.count {
                var key: UInt32 = 0
                for byte in 0..<4 { key |= UInt32(bytes[offset + byte]) << (8 * UInt32(byte)) }
                var value = SIMD4<Float>.zero
                for lane in 0..<4 {
                    let raw = UInt16(bytes[offset + 4 + 2 * lane]) | UInt16(bytes[offset + 5 + 2 * lane]) << 8
                    value[lane] = Float(Int16(bitPattern: raw)) * scale
                }
                table[key] = value
                offset += 12
            }
        }
        self.weights = table
        self.margin = margin
    }

    /// FNV-1a (32 bits) over a feature name's UTF-8 bytes, as the trainer hashes it.
    static func hash(_ feature: String) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in feature.utf8 {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        return hash
    }

    /// The model's score of each kind for a list of features.
    func scores(_ features: [String]) -> SIMD4<Float> {
        var total = SIMD4<Float>.zero
        for feature in features {
            if let value = weights[Self.hash(feature)] { total += value }
        }
        return total
    }

    /// The kind to report for an entity whose mentions average `scores`, or `nil` to keep the rules'.
    /// A name the rules left as "other" (NORP, MISC: a storm, a class, a nationality) stays so: the
    /// model may take a type away or change it, never give one.
    func choice(scores: SIMD4<Float>, rule: EntityLabel) -> Kind? {
        let ruled = Kind(rule)
        guard ruled != .other else { return nil }
        var best = 0
        for lane in 1..<4 where scores[lane] > scores[best] { best = lane }
        guard best != ruled.rawValue, scores[best] - scores[ruled.rawValue] >= margin else { return nil }
        return Kind(rawValue: best)
    }

    /// The label for a mention the model gives `kind`: places keep their rules' or gazetteer
    /// subtype (else GPE), "other" keeps NORP or MISC (else MISC).
    static func label(for kind: Kind, rule: EntityLabel, name: String) -> EntityLabel {
        switch kind {
        case .person: return .person
        case .organization: return .org
        case .location:
            if Kind(rule) == .location { return rule }
            let known = Gazetteer.label(of: name)
            return known == .loc || known == .fac ? known! : .gpe
        case .other:
            if rule == .norp || rule == .misc { return rule }
            return Gazetteer.label(of: name) == .norp ? .norp : .misc
        }
    }

    /// Re-types mentions in place (and writes their features when ``EntityFeatureExport`` is on).
    /// - Parameters:
    ///   - mentions: the resolved mentions of one document.
    ///   - text: the analysed document.
    ///   - fixed: start offsets of mentions from the pipeline's own files, never re-typed.
    func relabel(_ mentions: inout [EntityMention], in text: AnalyzedText, keeping fixed: Set<Int>) {
        let exporting = EntityFeatureExport.isEnabled
        guard isActive || exporting, !mentions.isEmpty else { return }
        var features: [[String]?] = []
        features.reserveCapacity(mentions.count)
        for mention in mentions {
            guard !fixed.contains(mention.start), let range = Self.tokenRange(of: mention, text.tokens) else {
                features.append(nil)
                continue
            }
            features.append(EntityFeatures.features(of: range, rule: mention.label, in: text))
        }
        if exporting { EntityFeatureExport.write(mentions, features: features, text: text.scalars) }
        guard isActive else { return }
        struct Group: Hashable { let canonical: String, label: EntityLabel }
        var sums: [Group: (SIMD4<Float>, Int)] = [:]
        for (index, mention) in mentions.enumerated() {
            guard let list = features[index] else { continue }
            let key = Group(canonical: mention.canonical, label: mention.label)
            let previous = sums[key] ?? (.zero, 0)
            sums[key] = (previous.0 + scores(list), previous.1 + 1)
        }
        for index in mentions.indices where features[index] != nil {
            let mention = mentions[index]
            guard let (sum, count) = sums[Group(canonical: mention.canonical, label: mention.label)],
                  let kind = choice(scores: sum / Float(count), rule: mention.label) else { continue }
            mentions[index].label = Self.label(for: kind, rule: mention.label, name: mention.text)
        }
    }

    /// The token range a mention covers exactly, or `nil` when its offsets fall inside tokens.
    static func tokenRange(of mention: EntityMention, _ tokens: [Token]) -> Range<Int>? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < mention.start { low = middle + 1 } else { high = middle }
        }
        guard low < tokens.count, tokens[low].start == mention.start else { return nil }
        var end = low
        while end < tokens.count, tokens[end].end <= mention.end { end += 1 }
        guard end > low, tokens[end - 1].end == mention.end else { return nil }
        return low..<end
    }
}
