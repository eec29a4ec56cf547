/// The countries a nationality word names its people by ("the Italian" → Italy, "the Frenchman" →
/// France): general knowledge, for a description that stands for a person the text introduced
/// with the country ("Italy's Jane Roe", "Jane Roe of Italy", "Jane Roe (Italy)").
enum Demonyms {
    /// Country names by nationality word (adjective or noun of a person), as written in English.
    static let countries: [String: [String]] = {
        var table: [String: [String]] = [:]
        let rows = """
            Afghan:Afghanistan|Albanian:Albania|Algerian:Algeria|American:America,United States,US,USA|Argentine:Argentina|\
            Argentinian:Argentina|Armenian:Armenia|Australian:Australia|Aussie:Australia|Austrian:Austria|Azerbaijani:Azerbaijan|\
            Bahraini:Bahrain|Bangladeshi:Bangladesh|Belarusian:Belarus|Belgian:Belgium|Bolivian:Bolivia|Bosnian:Bosnia|\
            Brazilian:Brazil|Briton:Britain,UK,United Kingdom|Brit:Britain,UK,United Kingdom|British:Britain,UK,United Kingdom|\
            Bulgarian:Bulgaria|Cameroonian:Cameroon|Canadian:Canada|Chilean:Chile|Chinese:China|Colombian:Colombia|\
            Croatian:Croatia|Croat:Croatia|Cuban:Cuba|Cypriot:Cyprus|Czech:Czech Republic,Czechia|Dane:Denmark|Danish:Denmark|\
            Dutchman:Netherlands,Holland|Dutchwoman:Netherlands,Holland|Dutch:Netherlands,Holland|Ecuadorian:Ecuador|\
            Egyptian:Egypt|Englishman:England|Englishwoman:England|English:England|Estonian:Estonia|Ethiopian:Ethiopia|\
            Fijian:Fiji|Filipino:Philippines|Finn:Finland|Finnish:Finland|Frenchman:France|Frenchwoman:France|French:France|\
            Georgian:Georgia|German:Germany|Ghanaian:Ghana|Greek:Greece|Hungarian:Hungary|Icelander:Iceland|Indian:India|\
            Indonesian:Indonesia|Iranian:Iran|Iraqi:Iraq|Irishman:Ireland|Irishwoman:Ireland|Irish:Ireland|Israeli:Israel|\
            Italian:Italy|Ivorian:Ivory Coast|Jamaican:Jamaica|Japanese:Japan|Jordanian:Jordan|Kazakh:Kazakhstan|Kenyan:Kenya|\
            Korean:Korea,South Korea|Kuwaiti:Kuwait|Latvian:Latvia|Lebanese:Lebanon|Libyan:Libya|Lithuanian:Lithuania|\
            Malaysian:Malaysia|Maltese:Malta|Mexican:Mexico|Moroccan:Morocco|Nigerian:Nigeria|Norwegian:Norway|\
            Kiwi:New Zealand|New Zealander:New Zealand|Pakistani:Pakistan|Palestinian:Palestine|Peruvian:Peru|Pole:Poland|\
            Polish:Poland|Portuguese:Portugal|Qatari:Qatar|Romanian:Romania|Russian:Russia|Saudi:Saudi Arabia|Scot:Scotland|\
            Scotsman:Scotland|Scotswoman:Scotland|Scottish:Scotland|Senegalese:Senegal|Serb:Serbia|Serbian:Serbia|\
            Singaporean:Singapore|Slovak:Slovakia|Slovenian:Slovenia|Somali:Somalia|South African:South Africa|Spaniard:Spain|\
            Spanish:Spain|Sri Lankan:Sri Lanka|Sudanese:Sudan|Swede:Sweden|Swedish:Sweden|Swiss:Switzerland|Syrian:Syria|\
            Taiwanese:Taiwan|Thai:Thailand|Tunisian:Tunisia|Turk:Turkey|Turkish:Turkey|Ugandan:Uganda|Ukrainian:Ukraine|\
            Uruguayan:Uruguay|Venezuelan:Venezuela|Vietnamese:Vietnam|Welshman:Wales|Welshwoman:Wales|Welsh:Wales|\
            Zambian:Zambia|Zimbabwean:Zimbabwe
            """
        for row in rows.split(separator: "|") {
            let parts = row.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            table[String(parts[0])] = parts[1].split(separator: ",").map(String.init)
        }
        return table
    }()
}
