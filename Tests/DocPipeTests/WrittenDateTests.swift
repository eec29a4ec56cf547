import DocPipe
import Testing

@Suite("Written dates")
struct WrittenDateTests {
    @Test("common ways of writing a day give its ISO date")
    func commonForms() {
        #expect(WrittenDate.day("2023-11-05T23:59:00-08:00") == "2023-11-05")
        #expect(WrittenDate.day("Mon, 6 Nov 2023 08:00:00 GMT") == "2023-11-06")
        #expect(WrittenDate.day("November 7th, 2023") == "2023-11-07")
        #expect(WrittenDate.day("8 Nov. 2023") == "2023-11-08")
        #expect(WrittenDate.day("11/09/2023") == "2023-11-09")
        #expect(WrittenDate.day("10.11.2023") == "2023-11-10")
        #expect(WrittenDate.day("25/11/2023") == "2023-11-25")
    }

    @Test("texts that name no single real day give nothing")
    func notADay() {
        for text in ["", "spring 2023", "November 2023", "2023-02-30", "yesterday", "13/13/2023", "12345678"] {
            #expect(WrittenDate.day(text) == nil, "\(text)")
        }
    }
}
