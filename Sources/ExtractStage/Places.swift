/// Gazetteers of general world knowledge: countries, capitals and major cities, regions, broad
/// geographic areas. Entries are written as they are usually capitalised in English.
enum Places {
    /// Sovereign states, common short names of states, and dependent territories (GPE).
    static let countries = WordList.set("""
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|\
    Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|\
    Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|\
    Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|\
    Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|\
    Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|\
    Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Kirgizia|Laos|Latvia|\
    Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|\
    Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|\
    Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|\
    Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|\
    Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|\
    Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|\
    Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|\
    Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|\
    United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|\
    United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|\
    Yemen|Zambia|Zimbabwe|Ivory Coast|East Timor|Hong Kong|Greenland|Puerto Rico|Soviet Union|USSR|Yugoslavia|\
    Czechoslovakia|Transnistria|Abkhazia|South Ossetia|Chechnya|Crimea|Donbas|Donbass|Tibet|Xinjiang|Kurdistan|\
    West Bank|Gaza|Gaza Strip|Nagorno-Karabakh|Karabakh|Guinea-Bissau|Cape Verde|Cabo Verde|Central African Republic|\
    Democratic Republic of the Congo|Marshall Islands|Solomon Islands|Saint Lucia|St Lucia|Saint Kitts and Nevis|\
    Saint Vincent and the Grenadines|Sao Tome and Principe|Antigua and Barbuda|Timor-Leste|\
    Bermuda|Guam|Gibraltar|Macau|Macao|Aruba|Curaçao|Curacao|Cayman Islands|Falkland Islands|Faroe Islands|\
    Isle of Man|Guernsey|Anguilla|Montserrat|New Caledonia|French Polynesia|Martinique|Guadeloupe|Réunion|\
    Turks and Caicos|Turks and Caicos Islands|British Virgin Islands|US Virgin Islands|U.S. Virgin Islands|\
    American Samoa|Northern Mariana Islands|Western Sahara|Somaliland|Northern Cyprus
    """)

    /// Capitals and major cities (GPE).
    static let cities = WordList.set("""
    Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|\
    Brussels|Sarajevo|Brasilia|Brasília|Rio de Janeiro|Sao Paulo|São Paulo|Sofia|Phnom Penh|Ottawa|Toronto|\
    Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Guangzhou|Shenzhen|Wuhan|Bogota|Bogotá|Zagreb|Havana|\
    Nicosia|Prague|Copenhagen|Quito|Cairo|Alexandria|Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|\
    Berlin|Munich|Hamburg|Frankfurt|Cologne|Bonn|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|\
    Bangalore|Chennai|Jakarta|Tehran|Baghdad|Mosul|Basra|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Naples|Venice|\
    Florence|Tokyo|Osaka|Kyoto|Amman|Astana|Nur-Sultan|Almaty|Alma-Ata|Shymkent|Karaganda|Aktobe|Aktau|\
    Zhanaozen|Taraz|Pavlodar|Semey|Atyrau|Kostanay|Kyzylorda|Oral|Uralsk|Turkestan|Baikonur|Nairobi|Pristina|\
    Kuwait City|Bishkek|Osh|Vientiane|Riga|Beirut|Tripoli|Benghazi|Vilnius|Luxembourg|Kuala Lumpur|Valletta|\
    Mexico City|Chisinau|Chișinău|Ulaanbaatar|Ulan Bator|Podgorica|Rabat|Casablanca|Maputo|Yangon|Naypyidaw|\
    Kathmandu|Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|\
    Islamabad|Karachi|Lahore|Ramallah|Panama City|Lima|Manila|Warsaw|Krakow|Kraków|Lisbon|Porto|Doha|Bucharest|\
    Moscow|St. Petersburg|Saint Petersburg|Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|Sochi|Grozny|\
    Rostov|Volgograd|Omsk|Samara|Chelyabinsk|Orenburg|Kaliningrad|Murmansk|Kigali|Riyadh|Jeddah|Mecca|Medina|\
    Dakar|Belgrade|Singapore|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|Seoul|Busan|Juba|\
    Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Zürich|Davos|Damascus|Aleppo|Taipei|Dushanbe|\
    Dar es Salaam|Bangkok|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Lviv|\
    Donetsk|Luhansk|Lugansk|Mariupol|Sevastopol|Simferopol|Dnipro|Abu Dhabi|Dubai|London|Manchester|Birmingham|\
    Liverpool|Edinburgh|Glasgow|Belfast|Cardiff|Oxford|Cambridge|Washington|New York|New York City|Los Angeles|\
    Chicago|Houston|Philadelphia|Boston|San Francisco|Seattle|Miami|Atlanta|Dallas|Detroit|Denver|Montevideo|\
    Tashkent|Samarkand|Bukhara|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Minsk|Brussels|Strasbourg|D.C.|Washington, D.C.|\
    Luxembourg City|Vatican City|Monaco|Hanover|Dusseldorf|Stuttgart|Gdansk|Tbilisi|Batumi|Stepanakert|Vladikavkaz|\
    Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Southampton|Portsmouth|Brighton|Plymouth|Aberdeen|\
    Dundee|Inverness|Swansea|Coventry|Bradford|Hull|Sunderland|Wolverhampton|Derby|Stoke|Norwich|\
    Exeter|York|Canterbury|Warrington|Wigan|Bolton|Blackburn|Blackpool|Preston|Middlesbrough|Huddersfield|\
    Ipswich|Luton|Watford|Swindon|Gloucester|Cheltenham|Salisbury|Winchester|Durham|Carlisle|Lancaster|\
    Cork|Galway|Limerick|Derry|Paris|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Montpellier|Dortmund|\
    Essen|Leipzig|Dresden|Nuremberg|Bremen|Mainz|Freiburg|Heidelberg|Munster|Antwerp|Ghent|Bruges|Liege|\
    Utrecht|Eindhoven|Basel|Lausanne|Lucerne|Salzburg|Innsbruck|Graz|Turin|Genoa|Bologna|Palermo|Verona|Pisa|\
    Seville|Valencia|Bilbao|Malaga|Zaragoza|Granada|Marbella|Ibiza|Majorca|Mallorca|Tenerife|Gothenburg|Malmo|\
    Bergen|Aarhus|Tampere|Wroclaw|Poznan|Lodz|Brno|Ostrava|Debrecen|Cluj|Timisoara|Varna|Plovdiv|Thessaloniki|\
    Dubrovnik|Izmir|Antalya|Bursa|Baltimore|Cleveland|Pittsburgh|Cincinnati|Columbus|Indianapolis|\
    Milwaukee|Minneapolis|St. Louis|Kansas City|Omaha|Memphis|Nashville|Louisville|New Orleans|Charlotte|\
    Raleigh|Richmond|Orlando|Tampa|Jacksonville|Phoenix|Tucson|Las Vegas|Salt Lake City|Albuquerque|\
    San Diego|Sacramento|Oakland|Portland|Austin|San Antonio|Fort Worth|El Paso|Oklahoma City|\
    Anchorage|Honolulu|Buffalo|Rochester|Albany|Hartford|Providence|Newark|Jersey City|Brooklyn|Manhattan|\
    Queens|Bronx|Harlem|Hollywood|Beverly Hills|Santa Monica|Palo Alto|Berkeley|Ferguson|\
    Calgary|Edmonton|Winnipeg|Halifax|Brisbane|Perth|Adelaide|Hobart|Gold Coast|Canberra|Christchurch|\
    Queenstown|Osaka|Nagoya|Yokohama|Sapporo|Hiroshima|Nagasaki|Incheon|Pune|Hyderabad|Ahmedabad|Jaipur|Lucknow|\
    Kanpur|Surat|Goa|Agra|Varanasi|Peshawar|Rawalpindi|Quetta|Kandahar|Herat|Mazar-i-Sharif|Tabriz|Isfahan|\
    Mashhad|Shiraz|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Raqqa|Homs|Latakia|Gaza City|Haifa|Hebron|Nablus|Sidon|\
    Tyre|Aden|Marrakech|Fez|Tangier|Oran|Benghazi|Misrata|Luxor|Aswan|Giza|Port Said|Suez|Mombasa|Kisumu|Durban|\
    Soweto|Port Elizabeth|Bulawayo|Kinshasa|Lubumbashi|Goma|Brazzaville|Douala|Yaounde|Abidjan|Bamako|\
    Ouagadougou|Niamey|Freetown|Monrovia|Conakry|Kano|Ibadan|Port Harcourt|Asmara|Kigali|Bujumbura|Lilongwe|\
    Windhoek|Gaborone|Antananarivo|Guadalajara|Monterrey|Tijuana|Cancun|Acapulco|Juarez|Medellin|Cali|\
    Cartagena|Guayaquil|La Paz|Santa Cruz|Asuncion|Cordoba|Rosario|Valparaiso|Recife|Salvador|Fortaleza|\
    Belo Horizonte|Porto Alegre|Manaus|Curitiba|Kingston|Port-au-Prince|Santo Domingo|San Juan|Tegucigalpa|\
    San Salvador|Guatemala City|San Jose|Nassau|Bridgetown|Chengdu|Chongqing|Tianjin|Nanjing|Hangzhou|Xi'an|\
    Harbin|Urumqi|Lhasa|Kunming|Xiamen|Dalian|Qingdao|Macau|Kaohsiung|Surabaya|Bandung|Medan|Bali|Denpasar|\
    Cebu|Davao|Chiang Mai|Phuket|Pattaya|Mandalay|Da Nang|Siem Reap|Penang|Johor Bahru|Kuching|Khujand|\
    Namangan|Andijan|Fergana|Nukus|Termez|Jalal-Abad|Karakol|Turkmenabat|Ust-Kamenogorsk|Petropavlovsk|\
    Kokshetau|Taldykorgan|Ekibastuz|Temirtau|Zhezkazgan|Baikonur|Krasnoyarsk|Irkutsk|Khabarovsk|Perm|Ufa|Tomsk|\
    Barnaul|Tyumen|Saratov|Voronezh|Nizhny Novgorod|Krasnodar|Makhachkala|Nalchik|Belgorod|Kursk|Bryansk|\
    Smolensk|Pskov|Tver|Yaroslavl|Arkhangelsk|Norilsk|Yakutsk|Magadan|Chita|Ulan-Ude|Zaporizhzhia|Kherson|\
    Mykolaiv|Chernihiv|Sumy|Poltava|Vinnytsia|Zhytomyr|Chernivtsi|Uzhhorod|Ivano-Frankivsk|Ternopil|Lutsk|Rivne|\
    Kramatorsk|Bakhmut|Melitopol|Berdyansk|Gomel|Grodno|Brest|Vitebsk|Mogilev|Gyumri|Ganja|Sumgait|Kutaisi|Tiraspol
    """)

    /// States, provinces and other administrative regions (GPE).
    static let regions = WordList.set("""
    District of Columbia|DC|Washington DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|\
    Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|\
    Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|\
    Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|\
    Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Bavaria|Catalonia|Flanders|Wallonia|Lombardy|\
    Sicily|Sardinia|Corsica|Siberia|Dagestan|Tatarstan|Bashkortostan|Ingushetia|Mangystau|Mangistau|Zhambyl|\
    Kashmir|Punjab|Bengal|Kerala|Tamil Nadu|Gujarat|Sindh|Balochistan|Kurdistan Region|Darfur|Tigray|Idlib|\
    Kherson|Zaporizhzhia|Bavaria|Saxony|Normandy|Brittany|Provence|Galicia|Andalusia|Basque Country|\
    Yorkshire|Lancashire|Cornwall|Devon|Essex|Surrey|Sussex|Norfolk|Suffolk|Cheshire|Cumbria|Somerset|\
    Dorset|Hampshire|Oxfordshire|Berkshire|Merseyside|Northumberland|Tyneside|Midlands|West Midlands|\
    East Anglia|Home Counties|Highlands|Ulster|New South Wales|Queensland|Tasmania|Western Australia|\
    South Australia|Northern Territory|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Yukon|\
    Nunavut|Lower Saxony|Hesse|Thuringia|Brandenburg|Tuscany|Lazio|Veneto|Piedmont|Calabria|Apulia|Campania|\
    Wallonia|Silesia|Transylvania|Moldavia|Bessarabia|Kurdistan|Baluchistan|Khyber Pakhtunkhwa|Gilgit-Baltistan|\
    Uttar Pradesh|Maharashtra|Karnataka|Bihar|Rajasthan|Assam|Manipur|Jammu|Ladakh|Guangdong|Sichuan|Yunnan|\
    Hubei|Henan|Shandong|Zhejiang|Fujian|Inner Mongolia|Hokkaido|Okinawa|Mindanao|Luzon|Sumatra|Java|Borneo|\
    Papua|Aceh|Sabah|Sarawak|Chukotka|Kamchatka|Sakhalin|Primorye|Yakutia|Karelia|Altai Republic|Tuva|Buryatia|\
    Kalmykia|Adygea|Kabardino-Balkaria|Karachay-Cherkessia|North Ossetia|Stavropol|Krasnodar Krai|Belgorod Oblast|\
    Kursk Oblast|Donetsk Oblast|Luhansk Oblast|Kharkiv Oblast|Almaty Region|Aktobe Region|Atyrau Region|\
    Karaganda Region|Kyzylorda Region|Mangystau Region|Zhambyl Region|Turkestan Region|Abai|Zhetysu|Ulytau|\
    Sughd|Khatlon|Gorno-Badakhshan|Badakhshan|Karakalpakstan|Chuy|Issyk-Kul|Naryn|Batken|Fergana Region
    """)

    /// Broad or natural areas (LOC): continents, seas, mountain ranges, world regions.
    static let areas = WordList.set("""
    Africa|Asia|Europe|Midwest|Antarctica|Arctic|Antarctic|Oceania|Eurasia|North America|South America|Latin America|\
    Central America|Central Asia|Central Europe|Eastern Europe|Western Europe|Northern Europe|Southern Europe|\
    East Asia|South Asia|Southeast Asia|South-East Asia|Middle East|Near East|Far East|North Africa|West Africa|\
    East Africa|Sub-Saharan Africa|Horn of Africa|Sahel|Sahara|Balkans|Baltics|Caucasus|North Caucasus|\
    South Caucasus|Transcaucasia|Scandinavia|Mediterranean|Black Sea|Caspian|Caspian Sea|Baltic Sea|Red Sea|\
    North Sea|Aral Sea|Dead Sea|South China Sea|East China Sea|Sea of Azov|Persian Gulf|Gulf|Atlantic|\
    Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|Arctic Ocean|Himalayas|Alps|Urals|Ural Mountains|\
    Tian Shan|Pamir|Pamirs|Altai|Andes|Rockies|Amazon|Nile|Danube|Volga|Dnieper|Ural|Irtysh|Syr Darya|Amu Darya|\
    Korean Peninsula|Arabian Peninsula|Crimean Peninsula|Indo-Pacific|Asia-Pacific|Levant|Fergana Valley|\
    Steppe|Kazakh Steppe|Siberia|Patagonia|Caribbean|English Channel|Balkan Peninsula|Iberian Peninsula|Anatolia|Greater Middle East|\
    Earth|Mars|Venus|Jupiter|Saturn|Neptune|Uranus|Pluto|Milky Way|Thames|Seine|Rhine|Elbe|Oder|Vistula|Yenisei|\
    Yangtze|Yellow River|Mekong|Ganges|Indus|Brahmaputra|Euphrates|Tigris|Zambezi|Limpopo|Orinoco|Rio Grande|\
    Potomac|Everest|Mount Everest|Kilimanjaro|Mont Blanc|Matterhorn|Elbrus|Ararat|Denali|Mount Fuji|Olympus|\
    Etna|Vesuvius|Baikal|Lake Baikal|Titicaca|Gobi|Kalahari|Atacama|Mojave|Lapland|Maghreb|Riviera|Costa del Sol|\
    Lake District|Outback|Silicon Valley|Great Barrier Reef|Amazon rainforest|Serengeti|Sinai|Golan Heights|\
    Persian Gulf|Gulf of Mexico|Bay of Bengal|Strait of Hormuz|Bosphorus|Dardanelles|Suez Canal|Panama Canal|\
    North Pole|South Pole|Northern Hemisphere|Southern Hemisphere|Western Hemisphere|Cape of Good Hope|Gibraltar Strait|\
    Scottish Highlands|Highlands|Pyrenees|Apennines|Carpathians|Appalachians|Rocky Mountains|Sierra Nevada|Hindu Kush|Karakoram
    """)

    /// Word endings of natural places ("Aral Sea", "Tian Shan Mountains") that make a name a LOC.
    static let areaHeads = WordList.set("Sea|Ocean|Point|Mountains|Mountain|River|Lake|Gulf|Bay|Desert|Valley|Peninsula|Island|Islands|Strait|Straits|Coast|Plateau|Basin|Range|Steppe|Canal|Forest|Park|Beach|Falls|Glacier|Volcano|Reef|Hills|Heights|Moor|Marshes|Fjord|Estuary|Delta|Lagoon|Canyon|Gorge")

    /// Word endings of natural places and junctions that are never a person's surname, so that
    /// they make a name a LOC even after a given name ("Sandy Creek", "Clarence Reservoir").
    static let featureHeads = WordList.set("Creek|Reservoir|Coulee|Bayou|Inlet|Swamp|Rapids|Junction|Glacier|Lagoon|Canyon|Peninsula|Plateau|Mountains|Islands|Estuary|Fjord")

    /// First words of natural places ("River Lagan", "Lake Balkhash", "Mount Elbrus") that make a name a LOC.
    static let leadingAreaHeads = WordList.set("River|Lake|Mount|Mt|Loch|Lough|Isle|Cape|Gulf")

    /// Word endings of administrative places ("Almaty Region", "Mangystau Province") that make a name a GPE.
    static let regionHeads = WordList.set("Province|Region|Oblast|District|County|Prefecture|Governorate|Republic|Territory|Krai|Kray|Municipality|Township|Empire")

    /// Common alternative names and abbreviations of places, mapped to one full name.
    static let aliases: [String: String] = [
        "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
        "United States of America": "United States", "America": "United States",
        "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
        "Russian Federation": "Russia", "Kiev": "Kyiv", "Czechia": "Czech Republic",
        "Burma": "Myanmar", "Türkiye": "Turkey", "Kirgizia": "Kyrgyzstan", "UAE": "United Arab Emirates",
        "USSR": "Soviet Union", "Alma-Ata": "Almaty", "Saint Petersburg": "St. Petersburg", "Donbass": "Donbas",
    ]
}
