import DocPipe
import Foundation
import Testing
@testable import ExtractStage

/// The rules' mentions of a text, then re-typed by `typer`.
private func typed(_ text: String, by typer: EntityTyper) -> [EntityMention] {
    let analyzed = AnalyzedText(text: text, sentences: sentenceSpans(text))
    var mentions = EntityRecognizer(typer: EntityTyper(weights: [:], margin: 0)).mentions(in: analyzed)
    typer.relabel(&mentions, in: analyzed, keeping: [])
    return mentions
}

/// The features of the first mention written `name`.
private func features(of name: String, in text: String) throws -> [String] {
    let analyzed = AnalyzedText(text: text, sentences: sentenceSpans(text))
    let mentions = EntityRecognizer(typer: EntityTyper(weights: [:], margin: 0)).mentions(in: analyzed)
    let mention = try #require(mentions.first { $0.text == name })
    let range = try #require(EntityTyper.tokenRange(of: mention, analyzed.tokens))
    return EntityFeatures.features(of: range, rule: mention.label, in: analyzed)
}

/// Scores favouring one kind by `amount` (person, organization, location, other).
private func favouring(_ kind: EntityTyper.Kind, by amount: Float) -> SIMD4<Float> {
    var value = SIMD4<Float>.zero
    value[kind.rawValue] = amount
    return value
}

@Suite("The entity typer: a learnt model re-typing the rules' mentions by a margin")
struct EntityTyperTests {
    @Test("feature names are hashed as the trainer hashes them (FNV-1a, 32 bits, over UTF-8)")
    func hashMatchesTheTrainer() {
        #expect(EntityTyper.hash("") == 2_166_136_261)
        #expect(EntityTyper.hash("bias") == 3_125_182_148)
        #expect(EntityTyper.hash("w=bank") == 1_962_731)
    }

    @Test("packed weights read back as the weights the trainer wrote")
    func packedWeightsRoundTrip() throws {
        let bytes: [UInt8] = [0xC4, 0x7E, 0x46, 0xBA, 0x02, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x01, 0x00]
        let typer = EntityTyper(packed: Data(bytes).base64EncodedString(), scale: 0.5, margin: 1)
        #expect(typer.weights[3_125_182_148] == SIMD4<Float>(1, -1, 0, 0.5))
        #expect(typer.margin == 1)
        #expect(!EntityTyper(packed: "", scale: 1, margin: 0).isActive)
    }

    @Test("a typer with no weights leaves the rules' labels as they are")
    func emptyTyperChangesNothing() {
        let text = "Maria Lenz flew from Lisbon to meet the board of Korvath Holdings on Tuesday."
        let analyzed = AnalyzedText(text: text, sentences: sentenceSpans(text))
        let rules = EntityRecognizer(typer: EntityTyper(weights: [:], margin: 0)).mentions(in: analyzed)
        #expect(typed(text, by: EntityTyper(weights: [:], margin: 0)) == rules)
        #expect(rules.contains { $0.text == "Lisbon" && $0.label == .gpe })
    }

    @Test("the model's kind replaces the rules' only when it scores the margin above it")
    func marginDecides() {
        let text = "Fans waited outside Brantwell for hours on Saturday."
        let weights = ["w=brantwell": favouring(.organization, by: 2)]
        let below = typed(text, by: EntityTyper(weights: weights, margin: 3))
        let above = typed(text, by: EntityTyper(weights: weights, margin: 1))
        let rule = below.first { $0.text == "Brantwell" }?.label
        #expect(rule != .org)
        #expect(above.first { $0.text == "Brantwell" }?.label == .org)
    }

    @Test("every mention of one entity takes the same kind, from the average of their scores")
    func mentionsOfOneEntityAgree() {
        let text = "Officials at Drummore spoke on Monday. In Drummore the mood was calm. Drummore said more later."
        let typer = EntityTyper(weights: ["prev=in": favouring(.location, by: 6), "w=drummore": favouring(.organization, by: 3)], margin: 0.5)
        let labels = Set(typed(text, by: typer).filter { $0.text == "Drummore" }.map(\.label))
        #expect(labels.count == 1)
        #expect(labels.first == .org)
    }

    @Test("a place the model calls other is left out as MISC; a nationality stays NORP")
    func otherDropsAPlace() {
        let text = "Swedish officials met in Gorvale on Friday."
        let typer = EntityTyper(weights: ["w=gorvale": favouring(.other, by: 5), "w=swedish": favouring(.other, by: 5)], margin: 1)
        let mentions = typed(text, by: typer)
        #expect(mentions.first { $0.text == "Gorvale" }?.label == .misc)
        #expect(mentions.first { $0.text == "Swedish" }?.label == .norp)
    }

    @Test("a name the rules left untyped never gets a type from the model")
    func untypedNamesStayUntyped() {
        let text = "Storm Kellan reached the coast on Friday."
        let typer = EntityTyper(weights: ["w=kellan": favouring(.person, by: 9), "w=storm": favouring(.person, by: 9)], margin: 0)
        let storm = typed(text, by: typer).first { $0.text.hasSuffix("Kellan") }
        #expect(storm == nil || storm?.label == .misc)
    }

    @Test("a mention written with the pipeline's own names is never re-typed")
    func fixedNamesStand() throws {
        let text = "Shares of Quellbright rose on Monday."
        let analyzed = AnalyzedText(text: text, sentences: sentenceSpans(text))
        var mentions = EntityRecognizer(typer: EntityTyper(weights: [:], margin: 0)).mentions(in: analyzed)
        let before = mentions
        let start = try #require(mentions.first { $0.text == "Quellbright" }).start
        EntityTyper(weights: ["w=quellbright": favouring(.person, by: 9)], margin: 0).relabel(&mentions, in: analyzed, keeping: [start])
        #expect(mentions == before)
    }

    @Test("features name the mention's words, its neighbours, its shape and what the dictionaries say")
    func featuresDescribeTheMention() throws {
        let list = try features(of: "Lisbon", in: "The ferry sailed to Lisbon on Friday.")
        #expect(list.contains("w=lisbon") && list.contains("only=lisbon"))
        #expect(list.contains("prev=to") && list.contains("next=on") && list.contains("next2=Cap:friday"))
        #expect(list.contains("gaz=GPE") && list.contains("rule=GPE") && list.contains("shape=Xx"))
        let club = try features(of: "Carrow Athletic", in: "The striker scored twice as Carrow Athletic won 2-1 in the league.")
        #expect(club.contains("club-word") && club.contains("sports") && club.contains("len=2"))
        #expect(Set(club).count == club.count)
    }
}
