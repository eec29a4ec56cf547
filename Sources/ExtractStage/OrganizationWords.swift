/// Words that make a capitalised name an organisation or a facility, and well-known institutions.
enum OrganizationWords {
    /// Words inside an organisation's name ("Security Council", "Ministry of Defense").
    static let heads = WordList.set("""
    Organization|Organisation|Council|Ministry|University|Center|Centre|Committee|Agency|Institute|Institution|\
    Association|Alliance|Union|Party|Movement|Front|Army|Navy|Forces|Force|Guard|Police|Service|Services|Bureau|\
    Department|Office|Commission|Parliament|Assembly|Congress|Senate|Duma|Court|Tribunal|Bank|Fund|Foundation|\
    Corporation|Corp.|Corp|Company|Co.|Inc.|Inc|Ltd.|Ltd|LLC|PLC|Group|Holdings|Holding|Industries|Airlines|\
    Airways|Times|Post|Journal|News|Press|Herald|Tribune|Gazette|Review|Magazine|Radio|Television|TV|Network|\
    Broadcasting|Channel|Society|Federation|Confederation|League|Club|Academy|College|School|Church|Mosque|\
    Brigade|Battalion|Regiment|Division|Corps|Command|Directorate|Administration|Authority|Government|Cabinet|\
    Secretariat|Board|Trust|Partnership|Coalition|Bloc|Treaty|Pact|Initiative|Program|Programme|Project|Watch|\
    Mission|Observatory|Consortium|Exchange|Media|Studios|Labs|Laboratory|Hospital|Clinic|Institute|Chamber|\
    Cooperation|Community|Nations|Affairs|Studies|Relations|Endowment|Caucus|Politburo|Kremlin|Pentagon|Prosecutor's|Komitet|Gazprom
    """)

    /// Well-known institutions named without an organisation word.
    static let known = WordList.set("""
    NATO|UN|U.N.|EU|E.U.|OSCE|CSTO|SCO|CIS|EAEU|BRICS|ASEAN|OPEC|IMF|WTO|WHO|UNESCO|UNICEF|UNHCR|OECD|G7|G20|\
    FBI|CIA|NSA|KGB|FSB|GRU|SVR|MI5|MI6|Mossad|Interpol|Europol|Frontex|Kremlin|Pentagon|Congress|Parliament|\
    Senate|Duma|Bundestag|Knesset|Reuters|Bloomberg|Interfax|TASS|RIA Novosti|Sputnik|Xinhua|Al Jazeera|BBC|CNN|\
    AFP|AP|Associated Press|Agence France-Presse|Google|Apple|Microsoft|Amazon|Facebook|Meta|Twitter|Telegram|\
    YouTube|Instagram|WhatsApp|TikTok|Rosneft|Lukoil|Gazprom|Rosatom|Roscosmos|Chevron|ExxonMobil|Shell|BP|\
    Total|Boeing|Airbus|Taliban|Hamas|Hezbollah|al-Qaeda|Al-Qaeda|ISIS|Islamic State|Wagner|Politburo|Nur Otan|\
    Amanat|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|White House|State Department|\
    Security Council|Supreme Court|Getty Images|Creative Commons|Shutterstock|Wikimedia Commons|Wikipedia|Associated Press|Agence France-Presse|Radio Free Europe|Voice of America|European Commission|European Parliament|European Union|United Nations|\
    World Bank|Federal Reserve|Foreign Ministry|Defense Ministry|Interior Ministry
    """)

    /// Words that make a capitalised name a named installation or building (FAC).
    static let facilityHeads = WordList.set("""
    Cosmodrome|Airport|Airbase|Air Base|Base|Bridge|Square|Palace|Stadium|Arena|Tower|Towers|Station|Cathedral|\
    Dam|Plant|Port|Harbor|Harbour|Highway|Road|Street|Avenue|Boulevard|Tunnel|Pipeline|Terminal|Building|Hall|\
    Museum|Monument|Memorial|Prison|Jail|Facility|Mine|Refinery|Field|Oilfield|Gasfield|Reactor|Shipyard
    """)

    /// Organisation words that, at the end of a name, are weak evidence (they are common nouns as well).
    static let weakHeads = WordList.set("Force|Forces|Front|Service|Press|News|Post|Times|Group|Project|Program|Mission|Watch|Community|Bloc|Treaty|Pact|Initiative|Government|Cabinet|Board|Trust|Media|Network|Channel|Chamber|Command|Division|Exchange|Cooperation")
}
