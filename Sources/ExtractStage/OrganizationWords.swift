/// Words that make a capitalised name an organisation or a facility, and well-known institutions.
enum OrganizationWords {
    /// Words inside an organisation's name ("Security Council", "Ministry of Defense").
    static let heads = WordList.set("""
    Organization|Organisation|Council|Ministry|University|Racing|Motorsport|Motorsports|Center|Centre|Committee|Agency|Institute|Institution|\
    Association|Alliance|Union|Party|Movement|Front|Army|Navy|Forces|Force|Guard|Police|Service|Services|Bureau|\
    Department|Office|Commission|Parliament|Assembly|Congress|Senate|Duma|Court|Tribunal|Bank|Fund|Foundation|\
    Corporation|Corp.|Corp|Company|Co.|Inc.|Inc|Ltd.|Ltd|LLC|PLC|Group|Holdings|Holding|Industries|Airlines|\
    Airways|Times|Post|Journal|News|Press|Herald|Tribune|Gazette|Review|Magazine|Radio|Television|TV|Network|\
    Broadcasting|Channel|Society|Federation|Confederation|League|Club|Academy|College|School|Church|Mosque|\
    Brigade|Battalion|Regiment|Division|Corps|Command|Directorate|Administration|Authority|Government|Cabinet|\
    Secretariat|Board|Trust|Partnership|Coalition|Bloc|Treaty|Pact|Initiative|Program|Programme|Project|Watch|\
    Mission|Observatory|Consortium|Exchange|Media|Studios|Labs|Laboratory|Hospital|Clinic|Institute|Chamber|\
    Cooperation|Community|Nations|Affairs|Studies|Relations|Endowment|Caucus|Politburo|Kremlin|Pentagon|Prosecutor's|Komitet|Gazprom|\
    Infantry|Fusiliers|Rifles|Marines|Cavalry|Artillery|Dragoons|Hussars|Lancers|Squadron|Fleet|Legion|Constabulary|\
    Magistrates|Inquiry|Ombudsman|Regulator|Registry|Archive|Archives|Library|Orchestra|Choir|Ensemble|Ballet|Opera|\
    Brewery|Motors|Pharmaceuticals|Energy|Petroleum|Oil|Telecom|Telecommunications|Communications|Technologies|\
    Systems|Solutions|Capital|Partners|Ventures|Investments|Securities|Insurance|Assurance|Bancorp|Realty|Entertainment|\
    Records|Pictures|Publishing|Publishers|Books|Foods|Stores|Markets|Logistics|Shipping|Railways|Railway|Railroad|Railroads|Transport|\
    Brothers|Online|Software|Research|Economics|Tobacco|Electronics|Semiconductor|Semiconductors|Computing|Consulting|Associates|\
    Analytics|Interactive|Biotech|Therapeutics|Aerospace|Mining|Chemicals|Steel|Utilities|Newsroom|Newsdesk|Laboratories|\
    Daily|Gazeta|Gazzetta|Gazete|Zeitung|Diario|Dnevnik|Dnevni|Jornal|Corriere|Courrier|Tageblatt|Rundschau|Kurier|\
    Embassy|Consulate
    """)

    /// Title words of newspapers that are ordinary nouns on their own, so that they name a paper
    /// only after a place ("Halden Star", "Ravenport Courier"; `EntityRecognizer.isPlaceNewspaper`).
    static let newspaperTitles = WordList.set("""
    Star|Sun|Globe|Mirror|Express|Chronicle|Courier|Telegraph|Observer|Examiner|Standard|Inquirer|Dispatch|Sentinel|\
    Bulletin|Register|Independent|Guardian|Record|Ledger|Advertiser|Leader|Argus|Mercury|Clarion|Enquirer|Echo|Advocate|\
    Democrat|Citizen|Statesman|Recorder|Reporter|Messenger|Beacon|Banner
    """)

    /// Words between a place and a newspaper's title word ("Sydham Morning Star").
    static let newspaperDays: Set<String> = ["Daily", "Morning", "Evening", "Sunday", "Weekly", "Saturday", "Nightly"]

    /// Well-known institutions named without an organisation word.
    static let known = WordList.set("""
    NATO|UN|U.N.|EU|E.U.|OSCE|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe|\
    Organization for Security and Cooperation in Europe|Organisation for Security and Cooperation in Europe|CSTO|SCO|CIS|EAEU|BRICS|ASEAN|OPEC|IMF|WTO|WHO|UNESCO|UNICEF|UNHCR|OECD|G7|G20|\
    FBI|CIA|NSA|KGB|FSB|GRU|SVR|MI5|MI6|Mossad|Interpol|Europol|Frontex|Kremlin|Pentagon|Congress|Parliament|\
    Senate|Duma|Bundestag|Knesset|Reuters|Bloomberg|Interfax|TASS|RIA Novosti|Sputnik|Xinhua|Al Jazeera|BBC|CNN|\
    AFP|AP|Associated Press|Agence France-Presse|Google|Microsoft|Facebook|Twitter|Telegram|\
    YouTube|Instagram|WhatsApp|TikTok|Rosneft|Lukoil|Gazprom|Rosatom|Roscosmos|Chevron|ExxonMobil|BP|\
    Boeing|Airbus|Taliban|Hamas|Hezbollah|al-Qaeda|Al-Qaeda|ISIS|Islamic State|Wagner|Politburo|Nur Otan|\
    Amanat|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|White House|State Department|\
    Security Council|Supreme Court|Getty Images|Creative Commons|Shutterstock|Wikimedia Commons|Wikipedia|Associated Press|Agence France-Presse|Radio Free Europe|Voice of America|European Commission|European Parliament|European Union|United Nations|\
    World Bank|Federal Reserve|Foreign Ministry|Defense Ministry|Interior Ministry|\
    Tesco|Sainsbury's|Asda|Morrisons|Waitrose|Aldi|Lidl|Marks & Spencer|Primark|Topshop|Harrods|Walmart|\
    Costco|Kroger|Starbucks|McDonald's|Burger King|KFC|Subway|Coca-Cola|Pepsi|PepsiCo|Nestle|Unilever|Procter & Gamble|\
    Nike|Adidas|Puma|Zara|H&M|Uniqlo|Ikea|IKEA|Nordstrom|Macy's|Gucci|Prada|Chanel|Dior|Louis Vuitton|Hermes|\
    Burberry|Versace|Armani|Apple|Samsung|Sony|Huawei|Xiaomi|Nokia|Ericsson|Intel|IBM|Oracle|Cisco|Netflix|Uber|\
    Airbnb|Tesla|SpaceX|Ford|GM|General Motors|Chrysler|Toyota|Honda|Nissan|Volkswagen|BMW|Mercedes|Audi|Porsche|\
    Ferrari|Renault|Peugeot|Fiat|Volvo|Hyundai|Kia|Siemens|Bosch|BASF|Bayer|Pfizer|Moderna|AstraZeneca|Novartis|\
    Roche|Sanofi|GlaxoSmithKline|GSK|Johnson & Johnson|HSBC|Barclays|Lloyds|RBS|NatWest|Santander|Deutsche Bank|\
    UBS|Credit Suisse|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|Citibank|Wells Fargo|Mastercard|PayPal|\
    BlackRock|Berkshire Hathaway|Exxon|ExxonMobil|ConocoPhillips|Saudi Aramco|Aramco|Petrobras|Sinopec|CNPC|\
    KazMunayGas|Kazatomprom|Sberbank|VTB|Aeroflot|Lufthansa|Ryanair|easyJet|Emirates|Qatar Airways|\
    United Airlines|American Airlines|Air France|KLM|Alibaba|Tencent|Baidu|ByteDance|Yandex|VKontakte|Snapchat|\
    LinkedIn|Reddit|Spotify|Disney|Warner Bros|Paramount|Fox News|NBC|CBS|ABC|MSNBC|ESPN|HBO|\
    Sky News|ITV|Channel 4|Guardian|The Guardian|The Times|Daily Mail|Mail Online|MailOnline|The Sun|\
    The Telegraph|Telegraph|Financial Times|The Economist|Economist|New York Times|Washington Post|Wall Street Journal|\
    USA Today|Los Angeles Times|TMZ|Politico|Axios|Vox|BuzzFeed|HuffPost|Der Spiegel|Spiegel|Le Monde|Le Figaro|\
    Bild|El Pais|La Repubblica|Corriere della Sera|Kommersant|Vedomosti|Izvestia|Pravda|Novaya Gazeta|RT|\
    Russia Today|Meduza|Current Time|Radio Liberty|Deutsche Welle|DW|Euronews|France 24|NHK|Yonhap|Kyodo|\
    Al Arabiya|Anadolu|Xinhua|People's Daily|Global Times|CCTV|Arsenal|Chelsea|Liverpool FC|Manchester United|\
    Manchester City|Tottenham|Tottenham Hotspur|Spurs|Everton|Newcastle United|Aston Villa|West Ham|Leicester City|\
    Leeds United|Celtic|Rangers|Real Madrid|Atletico Madrid|Barcelona FC|Bayern Munich|Borussia Dortmund|Juventus|\
    Inter Milan|AC Milan|Napoli|Lazio|Ajax|PSV|Benfica|Porto FC|Galatasaray|Fenerbahce|Paris Saint-Germain|\
    PSG|Yankees|Mets|Red Sox|Dodgers|Lakers|Celtics|Knicks|Packers|\
    Premier League|Champions League|Europa League|FIFA|UEFA|IOC|NFL|NBA|MLB|NHL|ICC|ATP|WTA|PGA|\
    Labour|Labour Party|Conservative Party|Liberal Democrats|Lib Dems|SNP|UKIP|Democratic Party|Republican Party|\
    GOP|Bundesbank|ECB|European Central Bank|Bank of England|Fed|NASA|ESA|Scotland Yard|Metropolitan Police|\
    Met Police|NHS|BBC News|Ofcom|Ofsted|FDA|CDC|EPA|IRS|DHS|ICE|TSA|ATF|DEA|Secret Service|Homeland Security|\
    Justice Department|Department of Justice|Treasury|Home Office|Foreign Office|Downing Street|Whitehall|\
    Capitol Hill|Élysée|Elysee|Bundeswehr|Rosgvardia|Rostec|Roskomnadzor|Kazinform|Tengrinews|\
    Akorda|Mazhilis|Majilis|Senate of Kazakhstan|Supreme Council|Verkhovna Rada|Rada|Sejm|Riksdag|Storting|\
    Folketing|Eduskunta|Oireachtas|Dáil|Dail|Knesset|Majlis|Lok Sabha|Rajya Sabha|National People's Congress|\
    Communist Party|United Russia|Yabloko|Fatah|Houthis|Hezbollah|Muslim Brotherhood|Boko Haram|al-Shabaab|\
    Al-Shabaab|PKK|YPG|SDF|IRA|ETA|FARC|Al-Muhajiroun|Greenpeace|Oxfam|Save the Children|Médecins Sans Frontières|\
    Doctors Without Borders|MSF|Transparency International|Freedom House|Reporters Without Borders|RSF|\
    Human Rights Watch|Amnesty|Harvard|Yale|Stanford|MIT|Oxford University|Cambridge University|Princeton|\
    Georgetown|Sorbonne|Brookings|RAND|Chatham House|Carnegie Endowment|Council on Foreign Relations|\
    The Times|The Independent|The Observer|The Mirror|The Express|The Sun|The Guardian|The Economist|The Mail|\
    The Telegraph|The Spectator|The Atlantic|The Hill|The Scotsman|The Herald|The Star|The Age|The Australian|\
    The Hindu|The Nation|The Post|The Globe and Mail|Mail on Sunday|The Mail on Sunday|Sunday Times|Sunday Telegraph|\
    Daily Mirror|Daily Express|Daily Star|Daily Record|Evening Standard|Metro|Sky|Sky Sports|BT Sport|Channel 5|\
    Ladbrokes|William Hill|Paddy Power|Betfair|Bet365|Coral|Betfred|Prudential|Aviva|Legal & General|AXA|Allianz|\
    Vodafone|BT|EE|O2|Virgin|Virgin Media|Virgin Atlantic|British Airways|Rolls-Royce|BAE Systems|Shell|\
    Royal Dutch Shell|TotalEnergies|Eni|Equinor|Glencore|Rio Tinto|BHP|Anglo American|ArcelorMittal|\
    Nestlé|Danone|Heineken|Carlsberg|Diageo|AB InBev|Unilever|Reckitt|GlaxoSmithKline|Sainsbury's|McDonald's|\
    Domino's|Wendy's|Macy's|Kellogg's|Levi's|Moody's|Lloyd's|Christie's|Sotheby's|Claire's|Dunkin'|\
    Eurogroup|Eurostat|Frontex|Europol|Eurojust|Interpol|Syriza|Podemos|Likud|Fidesz|Bundesrat|ANC|BJP|PTI|AKP|\
    Ennahda|Jobbik|Vox|Sinn Féin|Sinn Fein|Plaid Cymru|Fine Gael|Fianna Fáil|Fianna Fail|DUP|UUP|SDLP|Reform UK|\
    Green Party|Greens|Die Linke|CDU|CSU|SPD|FDP|AfD|En Marche|Rassemblement National|National Front|\
    Amazon|eBay|Etsy|Shopify|Zoom|Slack|Dropbox|Pinterest|Tumblr|WeChat|Baidu|Yahoo|AOL|Bing|\
    Mozilla|Wikipedia|OpenAI|DeepMind|Nvidia|AMD|Qualcomm|Arm|Dell|HP|Lenovo|Asus|Acer|LG|Panasonic|Toshiba|\
    Hitachi|Canon|Nikon|Fujifilm|Sharp|Philips|Electrolux|Dyson|Lego|Mattel|Hasbro|Nintendo|Sega|Ubisoft|\
    Activision|Electronic Arts|EA|Valve|Epic Games|Marvel|Pixar|DreamWorks|Universal|Sony Pictures|Lionsgate|\
    Miramax|Netflix|Hulu|Crackle|Showtime|Starz|AMC|FX|Comedy Central|MTV|VH1|BET|PBS|NPR|C-SPAN|CNBC|\
    Al Jazeera English|Channel 4 News|House of Commons|House of Lords|House of Representatives|House of Delegates|\
    House of Councillors|House of Keys|Commons|Lords|Time Warner|TimeWarner|ITN|STV|RTE|RTÉ|CBC|ABC News|CBS News|NBC News|Fox|Fox Sports
    """)

    /// Legal forms that end a company's name ("Tarmac Plc", "Siemens AG", "Fiat SpA", "Nokia Oyj"):
    /// an organisation when they close a name of two or more words.
    static let legalSuffixes = WordList.set("""
    Plc|plc|PLC|AG|SA|S.A.|NV|N.V.|BV|B.V.|GmbH|SpA|S.p.A.|AB|ASA|A/S|Oyj|Bhd|Berhad|Pty|Pte|KK|K.K.|Cos|Cos.|\
    Co|Co.|Corp|Corp.|Inc|Inc.|Ltd|Ltd.|LLC|LLP|LP|SE|Sarl|SARL|SAS|Srl|Tbk|AS|OAO|ZAO|PJSC|OJSC
    """)

    /// Ordinary words that often open an organisation's name ("National Bank of Hungary", "First
    /// Union", "Royal Dutch"): at a sentence start they join the name when an organisation word follows.
    static let leadingWords = WordList.set("""
    National|First|General|Royal|International|United|Federal|Central|American|British|Continental|Standard|\
    Union|Allied|Consolidated|Associated|Universal|Western|Eastern|Northern|Southern|Pacific|Atlantic|Global|\
    Public|State|New|Great|Grand|Mutual|Commercial|Industrial|Financial|Democratic|Republican|Social|Liberal|\
    Conservative|Christian|Islamic|Popular|Supreme|Constitutional|High|Civil|Foreign|European|Asian|African|\
    Arab|World|Independent|Progressive|Revolutionary|Patriotic|Socialist|Communist|Green|Labour|Provisional
    """)

    /// Words that make a capitalised name a named installation or building (FAC).
    static let facilityHeads = WordList.set("""
    Cosmodrome|Airport|Airbase|Air Base|Base|Bridge|Square|Palace|Stadium|Arena|Tower|Towers|Station|Cathedral|\
    Dam|Plant|Port|Harbor|Harbour|Highway|Road|Street|Avenue|Boulevard|Tunnel|Pipeline|Terminal|Building|Hall|\
    Museum|Monument|Memorial|Prison|Jail|Facility|Mine|Refinery|Field|Oilfield|Gasfield|Reactor|Shipyard|\
    Zoo|Castle|Abbey|Hotel|Casino|Theatre|Theater|Cinema|Mall|Racecourse|Circuit|Pier|Barracks|Gate|Lane|\
    Drive|Motorway|Freeway|Expressway|Parkway|Turnpike|Quay|Wharf|Dock|Docks|Marina|Lighthouse|Cemetery|\
    Mausoleum|Temple|Shrine|Synagogue|Chapel|Basilica|Fort|Fortress|Citadel|Airfield|Spaceport|Manor|Mansion|\
    Lodge|Gardens|Velodrome|Ballpark|Coliseum|Colosseum|Amphitheatre|Raceway|Speedway|Pavilion|Gym|Gymnasium|\
    Playfield|Rink|Fieldhouse|Ground
    """)

    /// Facility words that are never a person's surname or given name, so that they make a name a
    /// FAC even after a given name ("Harold Gym", "Clarence Dock", "Susan Pavilion"; not "Arena",
    /// "Marina").
    static let buildingHeads = WordList.set("""
    Airport|Airbase|Airfield|Stadium|Cathedral|Museum|Racecourse|Velodrome|Ballpark|Pavilion|Gym|\
    Gymnasium|Playfield|Rink|Dock|Docks|Wharf|Quay|Lighthouse|Cemetery|Mausoleum|Synagogue|Basilica|\
    Spaceport|Raceway|Speedway|Coliseum|Motorway|Freeway|Expressway|Turnpike|Boulevard|Fieldhouse|Ground
    """)

    /// First words that make a capitalised name a building or estate (FAC): "Chateau Ravel",
    /// "Palazzo Verde", "Camp Halvers".
    static let leadingFacilityHeads = WordList.set("Chateau|Château|Palazzo|Schloss|Castello|Castillo|Camp|Hacienda")

    /// Words that end a military unit's name, which often opens with the unit's number ("82nd
    /// Airborne Division", "Eighth Air Force", "12 Fighter Squadron").
    static let militaryUnits = WordList.set("""
    Division|Divisions|Army|Corps|Brigade|Battalion|Regiment|Fleet|Squadron|Wing|Force|Infantry|Cavalry|Artillery|\
    Airborne|Marines|Rifles|Fusiliers|Flotilla|Commando|Command
    """)

    /// Organisation words that, at the end of a name, are weak evidence (they are common nouns as well).
    static let weakHeads = WordList.set("Brothers|Online|Software|Research|Economics|Tobacco|Electronics|Computing|Consulting|Associates|Analytics|Interactive|Mining|Chemicals|Steel|Utilities|Force|Forces|Front|Service|Press|News|Post|Times|Group|Project|Program|Mission|Watch|Community|Bloc|Treaty|Pact|Initiative|Government|Cabinet|Board|Trust|Media|Network|Channel|Chamber|Command|Division|Exchange|Cooperation|Transit")
}
