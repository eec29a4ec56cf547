import DocPipe
import Testing
@testable import ExtractStage

@Suite("Quantity extraction")
struct QuantityExtractionTests {
    private func quantity(_ text: String) throws -> Quantity {
        let doc = try extract(text)
        return try #require(doc.quantities.first, "no quantity in '\(text)'")
    }

    @Test("a number with thousands separators, a qualifier and a unit after capitalised modifiers")
    func separatorsQualifierAndModifiers() throws {
        let q = try quantity("The bloc sent some 1,800 Northern Defence Union (NDU) soldiers to the border.")
        #expect(q.value == 1800)
        #expect(q.unit == "soldier")
        #expect(q.qualifier == "some")
        #expect(q.text == "some 1,800 Northern Defence Union (NDU) soldiers")
    }

    @Test("an abbreviated unit of measure is the unit even when a verb follows it")
    func abbreviatedUnitBeforeAVerb() throws {
        let speed = try quantity("Winds of 70 mph battered the pier overnight.")
        #expect(speed.unit == "mph")
        #expect(speed.text == "70 mph")
        let weight = try quantity("A parcel of 12 kg arrived late.")
        #expect(weight.unit == "kg")
        let plain = try quantity("The town hired 40 nurses last year.")
        #expect(plain.unit == "nurse")
    }

    @Test("decimals with a scale word multiply out")
    func scaleWords() throws {
        let q = try quantity("The region has 3.5 million residents.")
        #expect(q.value == 3_500_000)
        #expect(q.unit == "resident")
    }

    @Test("number words are numbers")
    func numberWords() throws {
        let q = try quantity("Police detained seventy protesters overnight.")
        #expect(q.value == 70)
        #expect(q.unit == "protester")
        #expect(try quantity("They built twenty-five bridges.").value == 25)
    }

    @Test("a range between a number word and digits gives both ends")
    func ranges() throws {
        let q = try quantity("The ministry said between seventy and 500 soldiers remained.")
        #expect(q.value == 70)
        #expect(q.maxValue == 500)
        #expect(q.unit == "soldier")
        let dash = try quantity("Repairs take 10-15 days.")
        #expect(dash.value == 10)
        #expect(dash.maxValue == 15)
        #expect(dash.unit == "day")
    }

    @Test("comparative qualifiers are kept")
    func qualifiers() throws {
        #expect(try quantity("It has less than 2,000 tanks.").qualifier == "less than")
        #expect(try quantity("It has more than 40 ships.").qualifier == "more than")
        #expect(try quantity("It can hold up to 300 guests.").qualifier == "up to")
        #expect(try quantity("It employs about 90 engineers.").qualifier == "about")
    }

    @Test("a -strong figure takes the noun it describes")
    func strongFigures() throws {
        let q = try quantity("A less than 1,200-strong garrison held the city.")
        #expect(q.value == 1200)
        #expect(q.unit == "garrison")
        #expect(q.qualifier == "less than")
        #expect(q.text == "less than 1,200-strong")
    }

    @Test("a rate keeps its base")
    func rates() throws {
        let q = try quantity("The city has 512 nurses per 100,000 inhabitants.")
        #expect(q.value == 512)
        #expect(q.unit == "nurse per 100,000 inhabitant")
        #expect(try extract("The city has 512 nurses per 100,000 inhabitants.").quantities.count == 1)
    }

    @Test("percentages and money")
    func percentAndMoney() throws {
        #expect(try quantity("Turnout was 64.5% on Sunday.").unit == "%")
        #expect(try quantity("Turnout was 12 percent lower.").value == 12)
        let dollars = try quantity("The loan is worth $1.2 billion over ten years.")
        #expect(dollars.value == 1_200_000_000)
        #expect(dollars.unit == "USD")
        let euros = try quantity("The club paid €5m for the striker.")
        #expect(euros.value == 5_000_000)
        #expect(euros.unit == "EUR")
    }

    @Test("a score or tally is not a quantity, and its second number is not one either")
    func scoresAreNotQuantities() throws {
        #expect(try extract("Harbour Town sealed a 3-1 win over the visitors on Sunday.").quantities.isEmpty)
        #expect(try extract("The justices ruled 5\u{2013}4 against the permit.").quantities.isEmpty)
        #expect(try extract("It was a 2-3 defeat for the hosts.").quantities.isEmpty)
        #expect(try extract("The coach kept his 4-4-2 formation.").quantities.isEmpty)
        let range = try quantity("Delivery takes 3-5 weeks.")
        #expect(range.value == 3)
        #expect(range.maxValue == 5)
    }

    @Test("a compound unit written with a slash keeps both parts")
    func slashUnits() throws {
        let speed = try quantity("The new train reached 140 km/h on the test track.")
        #expect(speed.value == 140)
        #expect(speed.unit == "km/h")
        #expect(speed.text == "140 km/h")
        #expect(try quantity("Gusts of 31 m/s were recorded.").unit == "m/s")
    }

    @Test("scale words multiply decimals exactly")
    func exactScaling() throws {
        let grant = try quantity("The utility won $8.3 billion in grants.")
        #expect(grant.value == 8_300_000_000)
        #expect(grant.unit == "USD")
        #expect(try quantity("Sales reached €4.1bn last year.").value == 4_100_000_000)
        #expect(try quantity("The port handled 0.7 million containers.").value == 700_000)
        #expect(try quantity("Debt stood at 2.35 trillion yen.").value == 2_350_000_000_000)
    }

    @Test("an adverb or preposition after a figure is never its unit")
    func adverbsAreNotUnits() throws {
        let lead = try quantity("The leaders are two points ahead of Rovers.")
        #expect(lead.value == 2)
        #expect(lead.unit == "point")
        #expect(lead.text == "two points")
        #expect(try quantity("The filly won by three lengths clear of the field.").unit == "length")
        #expect(try extract("The champions finished five ahead.").quantities.isEmpty)
        #expect(try extract("Prices moved 12 upwards.").quantities.isEmpty)
    }

    @Test("years and dates are not quantities")
    func yearsAreNotQuantities() throws {
        let doc = try extract("In 2019 the town, founded on March 3, 1850, had 4,200 homes.")
        #expect(doc.quantities.map(\.value) == [4200])
    }

    @Test("units are singular and lower-case")
    func singularUnits() {
        #expect(UnitNoun.singular("Troops") == "troop")
        #expect(UnitNoun.singular("casualties") == "casualty")
        #expect(UnitNoun.singular("women") == "woman")
        #expect(UnitNoun.singular("personnel") == "personnel")
        #expect(UnitNoun.singular("buses") == "bus")
        #expect(UnitNoun.singular("churches") == "church")
    }
}

@Suite("Quantity robustness")
struct QuantityRobustnessTests {
    @Test("a figure too large for a number is skipped, not reported as infinity")
    func overflow() throws {
        let digits = String(repeating: "9", count: 400)
        let doc = try extract("They counted \(digits) trillion stars and 12 planets.")
        #expect(doc.quantities.allSatisfy { $0.value.isFinite })
        #expect(doc.quantities.map(\.unit) == ["planet"])
    }
}
