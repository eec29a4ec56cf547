import DocPipe
import Testing
@testable import ExtractStage

/// Speaker patterns found on the second quote dev set, each with sentences written for the test.
@Suite("Quote speaker patterns")
struct QuoteSpeakerPatternTests {
    @Test("letters after a name (QC, MP) and a company role before it are no part of the speaker's name")
    func postNominalsAndRolePrefix() throws {
        let text = "Defence barrister Helen Crane QC addressed the jury. 'My client acted in fear,' said Helen Crane QC. 'We will not sign this deal,' Harbour Logistics CEO Daniel Okoro said."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Helen Crane", "Daniel Okoro"])
    }

    @Test("X, 85, told a newspaper: '…' is X's, not the newspaper's")
    func toldNewspaper() throws {
        let doc = try extract("Her neighbour Doris Kettle, 85, told the Evening Gazette: 'She was the kindest woman on the street.'")
        #expect(doc.quotes.first?.speaker == "Doris Kettle")
    }

    @Test("the name set off by commas after a description speaks, not a judge named earlier")
    func appositiveAfterDescription() throws {
        let text = "Judge Martin Hale QC adjourned the case in May. The judge at the sentencing, Mr Recorder Paul Vance QC, told him: 'You betrayed the trust of your customers.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Paul Vance")
    }

    @Test("X, the manager of a branch, said in a statement that … 'partial quote' is X's")
    func nameBeforeAside() throws {
        let text = "Ruth Pellow, the manager of the Hilltown branch, also said in a statement that the thefts had 'a lasting effect on the whole town'."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Ruth Pellow")
    }

    @Test("a title between said and the name still names the speaker of a split quote's second half")
    func splitQuoteTitledName() throws {
        let text = "'At least the dog was looking after the kittens,' said Sheriff Tom Bexley in a press release, 'I cannot say the same thing for the owner.'"
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Tom Bexley", "Tom Bexley"])
    }

    @Test("a description speaker resolves to the sentence's subject, not to someone after 'with his'")
    func descriptionSkipsObliquePerson() throws {
        let text = "Mr Alan Rudd was reading in his garden with his grandson Billy Rudd The retired postman said: 'It came through the hedge like a train.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Alan Rudd")
    }

    @Test("A statement from the governing body read: '…' belongs to the body named before")
    func statementRead() throws {
        let text = "The Northern Rowing League fined the club after the race. A statement from the sport's governing body read: 'The club is deemed to have lost the race.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Northern Rowing League")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("X can be heard saying after a quote names X, and the next sentence-quote continues X")
    func heardSaying() throws {
        let text = "A video shows Marta Lind on the pavement. 'We were both pushed,' Lind can be heard saying. 'We did nothing to them.'"
        let doc = try extract(text)
        #expect(doc.quotes.map(\.speaker) == ["Marta Lind", "Marta Lind"])
    }

    @Test("a lawsuit's words have no speaker even when a person is named in the sentence before")
    func lawsuitHasNoSpeaker() throws {
        let text = "The actor Ben Walsh is seeking medical costs. The lawsuit noted that the star 'was required to hire several doctors and nurses'."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == nil)
    }

    @Test("a club named as the subject of 'vowed …, saying' speaks for the quote")
    func organisationSubjectOfParticiple() throws {
        let text = "In a statement Riverside Football Club vowed to support their captain saying: 'The club will be standing by the player.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Riverside Football Club")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("he at a sentence start after 'But X, chief of Y, disagreed with Z.' is X, the subject")
    func pronounTakesPreviousSubject() throws {
        let text = "'They signed the deal and changed it,' promoter Carl Rinaldi said. 'Nobody told us,' Rinaldi added. But Victor Amadi, chief of the Northern Boxing Association, disagreed with Rinaldi. He said: 'The deal was never changed by anyone.'"
        let doc = try extract(text)
        #expect(doc.quotes.last?.speaker == "Victor Amadi")
    }

    @Test("a sung line is a quote of the singer, and he sang continues him")
    func sangIsSpeech() throws {
        let text = "Best man Luca Ferri took the microphone. 'You found the one and you took her hand,' he sang."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Luca Ferri")
    }

    @Test("a title in marks after 'is called' is not a quote even with a comma inside")
    func calledTitleWithComma() throws {
        let doc = try extract("The new plan, launched on Friday, is called 'Better Homes, Stronger Towns' by officials.")
        #expect(doc.quotes.isEmpty)
    }

    @Test("a quote after a caption with a one-word scare quote continues the earlier speaker")
    func continuationPastScareQuote() throws {
        let text = "Cleaner Rosa Quintero, 54, said: 'It looked just like any other box on the street. Found: the 'victim' was a mummy 'But when I opened it I nearly died of fright.'"
        let doc = try extract(text)
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.last?.speaker == "Rosa Quintero")
    }

    @Test("A spokesman there said: '…' speaks for the body named in the sentence before")
    func spokesmanThere() throws {
        let text = "The bones were sent to the regional Directorate of Heritage for tests. A spokesman there said: 'These are not recent remains.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Directorate of Heritage")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("a two-word partial quote in a sentence led by an age description belongs to that person; 'he was told' is no attribution")
    func describedSubjectPartialQuote() throws {
        let text = "Green candidate Tessa Lowe was questioned by police. The 44-year-old has criticised the 'utterly absurd' inquiry after she was told she would face no charge."
        let doc = try extract(text)
        #expect(doc.quotes.map(\.text) == ["utterly absurd"])
        #expect(doc.quotes.first?.speaker == "Tessa Lowe")
    }

    @Test("Mr Surname never takes a woman's canonical name, so he keeps the father apart from his daughter")
    func titleAgainstClusterSex() throws {
        let text = "Emily Carden drowned off the coast. Her father Mr Carden, a 51-year-old builder, said he had spoken to her that day. He explained: 'She said everything was great.'"
        let doc = try extract(text)
        let speaker = try #require(doc.quotes.first?.speaker)
        #expect(speaker.hasSuffix("Carden"))
        #expect(!speaker.hasPrefix("Emily"))
    }

    @Test("a club name before a role noun (a former Riverside player) is no candidate for he")
    func clubBeforeRoleNoun() throws {
        let text = "Solicitor Hugh Barrow spoke for the defence. Barrow said the former St Ives player was getting help every week. 'He is fully supported by his family,' he added."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Hugh Barrow")
    }

    @Test("the club said after a sentence led by a club's name gives the club as an organisation")
    func clubNameIsOrganisation() throws {
        let text = "Northgate United confirmed the death on Sunday. 'We are deeply saddened,' the club said in a statement."
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Northgate United")
        #expect(doc.quotes.first?.speakerLabel == .org)
    }

    @Test("a Defence Ministry spokesman speaks for the Defence Ministry, without the word spokesman in its name")
    func ministrySpokesmanName() throws {
        let doc = try extract("\"The border will stay closed until further notice,\" a Defence Ministry spokesman said.")
        #expect(doc.quotes.first?.speaker == "Defence Ministry")
    }

    @Test("a spokesman of a body the text does not name gives no speaker, not the person named before")
    func unresolvedSpokesmanIsUnnamed() throws {
        let text = "Officers said Daniel Shaw, 24, had been arrested. 'He will appear in court on Monday,' a spokesman said."
        let doc = try extract(text)
        let quote = try #require(doc.quotes.first)
        #expect(quote.speaker == nil)
    }

    @Test("the mother-of-two told a paper: '…' is the woman introduced before, not the paper or her husband")
    func compoundDescription() throws {
        let text = "Clara Dunn and her husband Tom were on the train. The mother-of-two told The Sun: 'I was terrified.'"
        let doc = try extract(text)
        #expect(doc.quotes.first?.speaker == "Clara Dunn")
    }

    @Test("a two-word term in marks under a described subject with no verb of saying stays out")
    func describedSubjectNeedsSpeechVerb() throws {
        let text = "President Ada Rook spoke at the summit. The embattled leader must claim that his country faces \"hybrid war\" tactics from abroad."
        let doc = try extract(text)
        #expect(doc.quotes.isEmpty)
    }
}
