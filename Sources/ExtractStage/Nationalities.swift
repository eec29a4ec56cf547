/// Nationalities, peoples, religious and political groups (NORP), as adjectives and plural nouns.
enum Nationalities {
    /// Adjective and group forms, capitalised as in English.
    static let all = withPlurals(WordList.set("""
    Afghan|Albanian|Algerian|American|Americans|Angolan|Argentine|Argentinian|Armenian|Armenians|Australian|\
    Austrian|Azerbaijani|Azeri|Azeris|Bahraini|Bangladeshi|Belarusian|Belarussian|Belorussian|Belgian|Bolivian|\
    Bosnian|Brazilian|British|Briton|Britons|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|Chilean|Chinese|\
    Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|English|\
    Eritrean|Estonian|Ethiopian|Filipino|Finnish|French|Georgian|Georgians|German|Germans|Ghanaian|Greek|Greeks|\
    Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indians|Indonesian|Iranian|Iranians|Iraqi|Iraqis|\
    Irish|Israeli|Israelis|Italian|Italians|Jamaican|Japanese|Jordanian|Kazakh|Kazakhs|Kazakhstani|Kazakhstanis|\
    Kenyan|Korean|Koreans|Kosovar|Kuwaiti|Kyrgyz|Kirghiz|Lao|Laotian|Latvian|Lebanese|Libyan|Lithuanian|\
    Luxembourgish|Macedonian|Malagasy|Malaysian|Malian|Maltese|Mexican|Mexicans|Moldovan|Mongolian|Mongol|\
    Montenegrin|Moroccan|Mozambican|Namibian|Nepali|Nepalese|New Zealander|Nicaraguan|Nigerian|Nigerien|\
    Norwegian|Omani|Pakistani|Pakistanis|Palestinian|Palestinians|Panamanian|Paraguayan|Peruvian|Polish|Pole|\
    Poles|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Saudi|Saudis|Scottish|Scot|Scots|Senegalese|\
    Serbian|Serb|Serbs|Singaporean|Slovak|Slovenian|Somali|South African|South Korean|North Korean|Spanish|\
    Spaniard|Spaniards|Sri Lankan|Sudanese|Swedish|Swede|Swedes|Swiss|Syrian|Syrians|Taiwanese|Tajik|Tajiks|\
    Tanzanian|Thai|Tunisian|Turkish|Turk|Turks|Turkmen|Ugandan|Ukrainian|Ukrainians|Uruguayan|Uzbek|Uzbeks|\
    Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Soviet|Soviets|European|Europeans|Asian|Asians|\
    African|Africans|Arab|Arabs|Arabic|Latin American|Eurasian|Central Asian|Caucasian|Scandinavian|Baltic|\
    Balkan|Slavic|Slav|Slavs|Western|Westerners|Muslim|Muslims|Christian|Christians|Jewish|Jew|Jews|Catholic|\
    Catholics|Roman Catholic|Roman Catholics|Orthodox|Protestant|Protestants|Sunni|Sunnis|Shia|Shiite|Shiites|Buddhist|Buddhists|Hindu|Hindus|\
    Islamist|Islamists|Islamic|Democrat|Democrats|Republican|Republicans|Democratic|Communist|Communists|\
    Bolshevik|Bolsheviks|Socialist|Socialists|Conservative|Conservatives|Tories|Tory|Liberal|Liberals|Kurdish|Kurd|\
    Kurds|Pashtun|Pashtuns|Uighur|Uighurs|Uyghur|Uyghurs|Tatar|Tatars|Chechen|Chechens|Dagestani|Ossetian|\
    Abkhaz|Crimean|Chechnyan|Persian|Hispanic|Latino|Latinos|Ukrainian-born|Russian-speaking|Kazakh-speaking|\
    Samoan|Fijian|Tongan|Papuan|Maori|Aboriginal|Inuit|Sikh|Sikhs|Yazidi|Yazidis|Druze|Alawite|Alawites|Coptic|Copts|Rohingya|Hutu|Tutsi|Somalis|Afrikaner|Catalan|Basque|Flemish|Walloon|Bavarian|Sicilian|Corsican|Cossack|Cossacks|Sino|Anglo|Euro-Atlantic|Transatlantic|Pan-Arab|Post-Soviet|\
    Nazi|Nazis|Bengali|Bengalis|Punjabi|Tamil|Tamils|Gujarati|Sinhalese|Berber|Berbers|Bedouin|Zulu|Xhosa|Igbo|Yoruba|\
    Hausa|Maasai|Baloch|Baluch|Hazara|Nordic|Tibetan|Gaelic|Cornish|Mormon|Mormons|Anglican|Anglicans|Methodist|\
    Methodists|Evangelical|Evangelicals|Lutheran|Lutherans|Presbyterian|Presbyterians|Baptist|Baptists|Unionist|\
    Unionists|Loyalist|Loyalists|Labourite|Marxist|Marxists|Maoist|Maoists|Zionist|Zionists|Salafist|Salafists|Jihadist|Jihadists|\
    North American|South American|Central American|Latin Americans|East European|West European|Eastern European|\
    Western European|North African|West African|East African|South Asian|East Asian|Southeast Asian|Middle Eastern
    """))

    /// A list with the plural of each adjective in -an, -i or -ic that names people ("Australian" →
    /// "Australians", "Iraqi" → "Iraqis").
    static func withPlurals(_ words: Set<String>) -> Set<String> {
        var result = words
        for word in words where !word.contains(" ") && !word.contains("-") && (word.hasSuffix("an") || word.hasSuffix("i")) {
            result.insert(word + "s")
        }
        return result
    }
}
