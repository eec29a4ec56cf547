import DocPipe
import Foundation
import Testing

@testable import DocumentFormats

@Suite struct MailConverterTests {
    let converter = MailConverter()

    static let plain = """
        From: Ines Harrow <ines@example.org>
        To: Tove Lind <tove@example.org>, harbour@example.org
        Subject: Lamp oil for the winter
        Date: Tue, 14 Nov 2023 09:30:00 +0100
        Message-ID: <lamp-oil-1@example.org>
        In-Reply-To: <lamp-oil-0@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Dear Tove,

        the supply ship will bring forty barrels of oil next
        week, enough for the whole winter.

        - twenty barrels for the north tower
        - twenty barrels for the south tower

        On Monday, Tove Lind wrote:
        > How much oil do we need
        > for the winter?

        --\u{20}
        Ines Harrow
        Harbour office

        """.replacingOccurrences(of: "\n", with: "\r\n")

    @Test("an e-mail is recognised by its header block; a text that only starts with a colon line is not")
    func recognisesByContent() {
        #expect(converter.recognizes(Data(Self.plain.utf8)))
        #expect(!converter.recognizes(Data("Subject: notes\nThe meeting went well.\n".utf8)))
        #expect(!converter.recognizes(Data("Dear all,\nFrom: here\n".utf8)))
    }

    @Test("headers are recognised with LF or CRLF line ends and folded lines, but not with a folded first line or a non-ASCII field name")
    func recognisesHeaderLines() {
        let folded = "From: Ines Harrow <ines@example.org>\nSubject: the winter\n  timetable\nDate: Tue, 3 Mar 2026 09:00:00 +0000\n\nBody.\n"
        #expect(converter.recognizes(Data(folded.utf8)))
        #expect(converter.recognizes(Data(folded.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        #expect(!converter.recognizes(Data(("  " + folded).utf8)))
        #expect(!converter.recognizes(Data(folded.replacingOccurrences(of: "Subject:", with: "Sübject:").utf8)))
        #expect(!converter.recognizes(Data(folded.replacingOccurrences(of: "Date:", with: "Dated").utf8)))
    }

    @Test("a first line that is not an ASCII header name and a colon turns the bytes away")
    func firstLineMustBeAHeaderName() {
        let rest = "To: b@example.org\nDate: Mon, 3 Jan 2022 10:00:00 +0000\n\nHello.\n"
        #expect(converter.recognizes(Data(("From: a@example.org\n" + rest).utf8)))
        #expect(!converter.recognizes(Data(("Fröm: a@example.org\n" + rest).utf8)))
        #expect(!converter.recognizes(Data((": a@example.org\nFrom: a@example.org\n" + rest).utf8)))
        #expect(!converter.recognizes(Data((" From: a@example.org\n" + rest).utf8)))
        #expect(!converter.recognizes(Data(("\nFrom: a@example.org\n" + rest).utf8)))
        #expect(!converter.recognizes(Data("From".utf8)))
    }

    @Test("headers become metadata")
    func readsHeaders() throws {
        let document = try converter.convert(Data(Self.plain.utf8), source: "oil.eml")
        #expect(document.metadata.title == "Lamp oil for the winter")
        #expect(document.metadata.author?.contains("ines@example.org") == true)
        #expect(document.metadata.date == "2023-11-14")
        #expect(document.metadata.extra["message_id"] == .string("lamp-oil-1@example.org"))
        #expect(document.metadata.extra["to"]?.stringValue?.contains("harbour@example.org") == true)
        #expect(document.metadata.extra["in_reply_to"] == .string("<lamp-oil-0@example.org>"))
    }

    @Test("the body's paragraphs are joined; the quoted reply with its attribution and the signature are marked")
    func marksQuotesAndSignature() throws {
        let document = try converter.convert(Data(Self.plain.utf8), source: "oil.eml")
        let paragraphs = document.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("the supply ship will bring forty barrels of oil next week, enough for the whole winter."))
        #expect(document.blocks.map(\.kind) == ["paragraph", "paragraph", "listItem", "listItem", "quotedReply", "signature"])
        #expect(paragraphs[4] == "On Monday, Tove Lind wrote: > How much oil do we need > for the winter?")
        #expect(paragraphs[5] == "-- Ines Harrow Harbour office")
    }

    @Test("an HTML-only message is read through the HTML extractor, a blockquote as a quoted reply; attachments come back decoded")
    func readsHTMLAndAttachments() throws {
        let message = """
            From: a@example.org
            To: b@example.org
            Subject: Minutes
            Date: Wed, 15 Nov 2023 10:00:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="XYZ"

            --XYZ
            Content-Type: text/html; charset=utf-8

            <html><body><p>The minutes of the harbour meeting are attached for everyone to read.</p><blockquote><p>Please send the minutes when they are ready.</p></blockquote></body></html>
            --XYZ
            Content-Type: application/pdf; name="minutes.pdf"
            Content-Disposition: attachment; filename="minutes.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --XYZ--

            """
        let document = try converter.convert(Data(message.utf8), source: "minutes.eml")
        #expect(document.text.hasPrefix("The minutes of the harbour meeting are attached"))
        #expect(document.blocks.map(\.kind) == ["paragraph", "quotedReply"])
        #expect(document.metadata.extra["attachments"] == .array([.string("minutes.pdf")]))
        #expect(document.attachments.map(\.name) == ["minutes.pdf"])
        #expect(document.attachments.first?.data == Data("%PDF-1.4\n".utf8))
    }

    @Test("an mbox mailbox is split into its messages, returned as the attachments of a container")
    func splitsMbox() throws {
        let plain = Self.plain.replacingOccurrences(of: "\r\n", with: "\n")
        let second = plain.replacingOccurrences(of: "lamp-oil-1@", with: "lamp-oil-2@")
        let mbox = Data(("From ines@example.org Tue Nov 14 09:30:00 2023\n" + plain + "\nFrom tove@example.org Wed Nov 15 10:00:00 2023\n" + second).utf8)
        let converter = MboxConverter()
        #expect(converter.recognizes(mbox))
        #expect(!converter.recognizes(Data(plain.utf8)))
        #expect(!MailConverter().recognizes(mbox))
        let converted = try converter.convert(mbox, source: "box.mbox")
        #expect(converted.isContainer)
        #expect(converted.attachments.map(\.name) == ["message-1", "message-2"])
        let messages = try converted.attachments.map { try MailConverter().convert($0.data, source: $0.name) }
        #expect(messages.map { $0.metadata.extra["message_id"] } == [.string("lamp-oil-1@example.org"), .string("lamp-oil-2@example.org")])
        #expect(messages.allSatisfy { $0.text.contains("forty barrels of oil") })
    }

    @Test("Outlook's original-message separator starts a quoted reply that runs to the end")
    func outlookSeparator() {
        let paragraphs = MailBodyReader.paragraphs(of: "Thanks, done.\n\n-----Original Message-----\nFrom: x\nSubject: y\n\nPlease do it.\n")
        #expect(paragraphs.map(\.kind) == ["paragraph", "quotedReply"])
    }

    @Test("a line of underscores used as a rule in a newsletter is not taken for Outlook's reply separator")
    func underscoreRuleIsNotASeparator() {
        let body = "Notes of the week\n    ____________________________\n\nThe ferry runs twice a day\nfrom May on.\n    ____________________________\n\nTide tables follow.\n"
        let paragraphs = MailBodyReader.paragraphs(of: body)
        #expect(!paragraphs.contains { $0.kind == "quotedReply" })
        #expect(paragraphs.map(\.text).contains("The ferry runs twice a day from May on."))
        let reply = MailBodyReader.paragraphs(of: "Agreed.\n\n________________________________\nFrom: Ann Vale\nSent: Monday\n\nCan we meet?\n")
        #expect(reply.map(\.kind) == ["paragraph", "quotedReply"])
    }

    @Test("a word hyphenated at the end of a wrapped body line is joined again")
    func joinsHyphenatedLines() {
        let paragraphs = MailBodyReader.paragraphs(of: "The harbour master in-\nvites every skipper to the North-\nEast pier.\n")
        #expect(paragraphs.map(\.text) == ["The harbour master invites every skipper to the North-East pier."])
    }

    @Test("every inline text part of a multipart message is read, in order")
    func readsEveryInlineTextPart() throws {
        let message = """
            From: ines@example.org
            To: tove@example.org
            Subject: Two notes
            Date: Tue, 14 Nov 2023 09:30:00 +0100
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain
            Content-Disposition: inline

            The north light is repaired.

            --b
            Content-Type: text/plain
            Content-Disposition: inline

            The south light needs a new lens.

            --b--

            """.replacingOccurrences(of: "\n", with: "\r\n")
        let converted = try converter.convert(Data(message.utf8), source: "two.eml")
        #expect(converted.text.contains("The north light is repaired."))
        #expect(converted.text.contains("The south light needs a new lens."))
    }

    @Test("the armour of a clear-signed body is dropped, its dash-escaped lines unescaped")
    func dropsPGPArmour() {
        let body = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nThe pier opens at noon.\n- -- the harbour office\n\n-----BEGIN PGP SIGNATURE-----\nVersion: 1\n\niQCVAwUBOuCi3WAMawgf\n=8hLB\n-----END PGP SIGNATURE-----\n"
        let texts = MailBodyReader.paragraphs(of: body).map(\.text)
        #expect(texts.joined(separator: " ").contains("The pier opens at noon."))
        #expect(!texts.joined().contains("PGP") && !texts.joined().contains("iQCVAwUBOuCi3WAMawgf") && !texts.joined().contains("Hash"))
    }

    @Test("a letter-spaced heading is read as words; ordinary short lines are not changed")
    func letterSpacedHeadings() {
        #expect(MailBodyReader.unspacedLetters("    T i d e   T a b l e s") == "Tide Tables")
        #expect(MailBodyReader.unspacedLetters("I am a b c") == "I am a b c")
        #expect(MailBodyReader.unspacedLetters("A B") == "A B")
    }
}
