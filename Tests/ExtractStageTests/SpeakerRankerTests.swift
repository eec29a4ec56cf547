import DocPipe
import Testing
@testable import ExtractStage

/// The quotes of a test text with their candidate speakers, through a given ranker.
private func rankedQuotes(_ text: String, ranker: SpeakerRanker = SpeakerRanker(weights: [:], margin: 0)) throws -> [(quote: Quote, candidates: [SpeakerCandidate])] {
    let stage = try ExtractStage(options: ExtractOptions(), context: StageContext(pipelineName: "test", referenceDate: "2022-01-11"))
    let analyzed = AnalyzedText(text: text, sentences: sentenceSpans(text))
    let entities = EntityRecognizer(knowledge: stage.knowledge).mentions(in: analyzed)
    var extractor = QuoteExtractor(minimumWords: ExtractOptions().minimum_quote_words)
    extractor.ranker = ranker
    return extractor.rankedQuotes(in: analyzed, entities: entities, withCandidates: true)
}

private extension Array where Element == SpeakerCandidate {
    /// The candidate with a name, or the "no one" candidate for "".
    func named(_ name: String) -> SpeakerCandidate? { first { $0.name == name } }
}

private extension SpeakerCandidate {
    /// A feature's value, 0 when left out.
    subscript(_ feature: String) -> Double { features[feature] ?? 0 }
}

@Suite("Speaker candidates and the learnt ranker")
struct SpeakerRankerTests {
    @Test("a 'he' next to the quote agrees with the man's given name and disagrees with the woman's")
    func pronounAgreesWithGivenName() throws {
        let text = "Anna Berg met John Carver in Oslo on Monday. \"We have agreed on nothing at all yet,\" he said."
        let quote = try #require(try rankedQuotes(text).first)
        let john = try #require(quote.candidates.named("John Carver"))
        let anna = try #require(quote.candidates.named("Anna Berg"))
        #expect(john["pronoun_agrees"] == 1 && john["pronoun_disagrees"] == 0)
        #expect(anna["pronoun_disagrees"] == 1 && anna["pronoun_agrees"] == 0)
        #expect(john["in_previous_sentence"] == 1 && john["in_sentence"] == 0)
    }

    @Test("a quote with no attribution of its own: the last speaker is the previous speaker and the rules' pick")
    func continuationFollowsTheLastSpeaker() throws {
        let text = "\"The plant will close in June,\" said Peter Holm, the director. \"Nobody here wanted this to happen.\""
        let quotes = try rankedQuotes(text)
        #expect(quotes.count == 2)
        let second = try #require(quotes.last)
        let peter = try #require(second.candidates.named("Peter Holm"))
        #expect(peter["previous_speaker"] == 1)
        #expect(peter["rule"] == 1 && peter["rule_implicit"] == 1)
        let first = try #require(quotes.first?.candidates.named("Peter Holm"))
        #expect(first["previous_speaker"] == 0 && first["rule_explicit"] == 1 && first["speech_verb_next_to"] == 1)
    }

    @Test("the subject of a reporting clause is a subject; a name after 'that' is not")
    func subjectOfTheReportingClause() throws {
        let text = "Karen Webb told reporters that Paul Stone had resigned on Friday. \"It came as a shock to every one of us,\" she said."
        let quote = try #require(try rankedQuotes(text).first)
        let karen = try #require(quote.candidates.named("Karen Webb"))
        let paul = try #require(quote.candidates.named("Paul Stone"))
        #expect(karen["subject"] == 1)
        #expect(paul["subject"] == 0)
        #expect(karen["nearest_before"] == 0 && paul["nearest_before"] == 1)
    }

    @Test("'no one' is always the last candidate, marked with how the rules ended")
    func nobodyCandidateComesLast() throws {
        let text = "\"Keep the lights on and the doors locked at all times,\" the sign on the gate reads."
        let quote = try #require(try rankedQuotes(text).first)
        let nobody = try #require(quote.candidates.last)
        #expect(nobody.isNobody && nobody["nobody"] == 1)
        #expect(nobody["nobody_rule_none"] + nobody["nobody_rule_unnamed"] == 1)
    }

    @Test("the ranker replaces the rules' pick when the best candidate beats it by the margin")
    func rankerPicksThePreviousSpeaker() throws {
        let text = "\"We will appeal against the ruling,\" said Ruth Ames, the company's lawyer. Her client, Victor Lane, left the court without a word. \"This is not over,\" he told reporters."
        let rules = try rankedQuotes(text)
        let last = try #require(rules.last)
        #expect(last.quote.speaker == "Victor Lane")
        let favoursLastSpeaker = SpeakerRanker(weights: ["previous_speaker": 5, "rule": 1], margin: 1)
        #expect(try rankedQuotes(text, ranker: favoursLastSpeaker).last?.quote.speaker == "Ruth Ames")
        let timid = SpeakerRanker(weights: ["previous_speaker": 1.5, "rule": 1], margin: 1)
        #expect(try rankedQuotes(text, ranker: timid).last?.quote.speaker == "Victor Lane")
    }

    @Test("the ranker can leave a quote without a speaker, keeping the quote")
    func rankerLeavesItEmpty() throws {
        let text = "\"The water was cold enough to stop your heart,\" said Liam Forde, a diver."
        let quote = try #require(try rankedQuotes(text, ranker: SpeakerRanker(weights: ["nobody": 10], margin: 1)).first)
        #expect(quote.quote.speaker == nil)
        #expect(quote.quote.text.hasPrefix("The water"))
    }

    @Test("a surname alone is the same speaker as the full name; a given name alone is not")
    func sameSpeakerByWords() {
        #expect(SpeakerCandidates.sameSpeaker("Woods", "Tiger Woods"))
        #expect(!SpeakerCandidates.sameSpeaker("Tiger", "Tiger Woods"))
        #expect(!SpeakerCandidates.sameSpeaker("Ann Woods", "Tiger Woods"))
    }

    @Test("the export file is named by the FNV-1a hash of the code points, as the training script computes it")
    func exportFileNameMatchesTheScript() {
        #expect(SpeakerFeatureExport.fileName(for: Array("Ab é".unicodeScalars)) == "7e083b8b0835ceb5.jsonl")
    }
}
