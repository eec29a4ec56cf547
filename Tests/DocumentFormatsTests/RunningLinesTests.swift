import Foundation
import Testing

@testable import DocumentFormats

@Suite struct RunningLinesTests {
    @Test("page numbers in their usual spellings are page numbers; words and dates are not")
    func pageNumbers() {
        for text in ["12", "- 12 -", "Page 3", "Page 3 of 9", "3 / 9", "xiv", "iv"] { #expect(RunningLines.isPageNumber(text), "\(text)") }
        for text in ["Chapter 3", "March 2024", "3 apples", "Contents", ""] { #expect(!RunningLines.isPageNumber(text), "\(text)") }
    }

    @Test("the repetition key masks numbers and case")
    func keyMasksNumbers() {
        #expect(RunningLines.key("Annual Report 2024 — page 3") == RunningLines.key("annual report 2024 — Page 17"))
    }

    @Test("list items open with a bullet or a short number followed by a space")
    func listItems() {
        #expect(ParagraphBuilder.startsListItem("• apples"))
        #expect(ParagraphBuilder.startsListItem("12. pears"))
        #expect(ParagraphBuilder.startsListItem("b) plums"))
        #expect(!ParagraphBuilder.startsListItem("2024 was a year"))
        #expect(!ParagraphBuilder.startsListItem("-minus"))
    }
}

@Suite struct PDFMetadataTests {
    @Test("XMP gives title, creators and dates")
    func readsXMP() {
        let packet = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2021-03-04T05:06:07Z">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Tide Tables 2021</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>Mara Quill</rdf:li><rdf:li>Odile Brann</rdf:li></rdf:Seq></dc:creator>
            <xmp:ModifyDate>2021-04-01T00:00:00Z</xmp:ModifyDate>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        let xmp = XMPMetadata(Data(packet.utf8))
        #expect(xmp.title == "Tide Tables 2021")
        #expect(xmp.author == "Mara Quill, Odile Brann")
        #expect(xmp.created == "2021-03-04T05:06:07Z")
        #expect(xmp.modified == "2021-04-01T00:00:00Z")
    }

    @Test("pdfinfo's fields become metadata; the date is the creation day")
    func readsInfo() {
        let info = PDFInfo("Title:           Tide Tables\nAuthor:          Mara Quill\nCreationDate:    2021-03-04T05:06:07+01:00\nPages:           12\nEncrypted:       no\n")
        #expect(info.metadata.title == "Tide Tables")
        #expect(info.metadata.date == "2021-03-04")
        #expect(info.metadata.extra["pages"] == .integer(12))
        #expect(PDFInfo.day("March 2021") == nil)
    }
}
