/// Common given names across English, Slavic, Central Asian, Western European and other traditions,
/// with usual transliterations: a capitalised word from this list starting a name marks a PERSON.
/// The Census given names (``CensusNames``) and the given names of many countries
/// (``WorldGivenNames``) are added, less those that are also places.
enum FirstNames {
    /// The names: the curated list and the generated given names that are not places.
    static let all = common.union(WorldGivenNames.names.filter { Gazetteer.label(of: $0) == nil && !Nationalities.all.contains($0) })

    /// The names frequent in English-language text: the curated list and the Census given names
    /// that are not places. A name only in ``WorldGivenNames`` is weaker evidence: alone it is no
    /// person ("in Adel"), and it yields to a place after it ("Viktoria Plzen").
    static let common = curated.union(CensusNames.givenNames.filter { Gazetteer.label(of: $0) == nil })

    /// Whether a word is a given name only by ``WorldGivenNames``.
    static func isWorldOnly(_ word: String) -> Bool {
        all.contains(word) && !common.contains(word)
    }

    /// The curated names.
    static let curated = WordList.set("""
    Aaron|Abdul|Abdullah|Adam|Adrian|Ahmed|Ahmad|Aidan|Alan|Albert|Alberto|Aleksandr|Aleksander|Aleksandra|\
    Aleksei|Alexei|Alexey|Aleksey|Alex|Alexander|Alexandra|Alexandre|Ali|Alice|Alina|Alisher|Alla|Amanda|Amir|\
    Amy|Ana|Anastasia|Anatoly|Anatoliy|Andrea|Andreas|Andrei|Andrey|Andrew|Andrzej|Angela|Angelina|Anna|Anne|\
    Anthony|Antonio|Anton|Antony|Arkady|Arman|Armen|Arnold|Arseny|Arthur|Artur|Askar|Aslan|Asel|Aigerim|Aliya|\
    Barack|Barbara|Bakhyt|Bakhytzhan|Baurzhan|Ben|Benjamin|Bernard|Bill|Bob|Boris|Brian|Bruce|Carl|Carlos|\
    Carol|Catherine|Charles|Charlie|Chris|Christian|Christina|Christopher|Daniel|Daniil|Danny|Dariga|Daria|\
    Darya|Dauren|David|Denis|Dennis|Diana|Dimitri|Dmitri|Dmitry|Dmitriy|Donald|Douglas|Eduard|Edward|Elena|\
    Elizabeth|Elvira|Emily|Emma|Emmanuel|Eric|Erik|Erlan|Yerlan|Evgeny|Evgeni|Yevgeny|Yevgeniy|Fedor|Fyodor|\
    Francis|Frank|Franz|Gary|Gennady|George|Georgy|Gerhard|Giorgi|Gleb|Grigory|Gulnara|Hans|Harry|Hassan|\
    Helen|Helmut|Henry|Hillary|Hugo|Hussein|Ian|Igor|Ilham|Ilya|Imran|Irina|Islam|Ivan|Jack|Jacob|Jake|James|\
    Jan|Jane|Janet|Jason|Jean|Jeff|Jeffrey|Jennifer|Jens|Jessica|Jim|Joe|Johann|John|Jonathan|Jose|José|Joseph|\
    Josh|Joshua|Juan|Julia|Julian|Justin|Kamala|Karen|Karim|Kassym|Kasym|Qasym|Kate|Katherine|Kevin|Kim|\
    Kirill|Konstantin|Kuanysh|Larry|Laura|Lee|Leo|Leonid|Lisa|Liz|Louis|Lyudmila|Ludmila|Marat|Marco|Margaret|\
    Maria|Mariya|Marina|Mark|Martin|Mary|Matthew|Maxim|Maksim|Michael|Michel|Mikhail|Mike|Mohammed|Muhammad|\
    Mohammad|Mukhtar|Murat|Nancy|Natalia|Natalya|Nikita|Nikolai|Nikolay|Nicholas|Nick|Nicolas|Nina|Nurlan|\
    Nursultan|Oleg|Olga|Oliver|Olaf|Pablo|Patrick|Paul|Pavel|Peter|Petr|Pyotr|Philip|Phillip|Pierre|Rakhat|\
    Ramzan|Rashid|Recep|Richard|Robert|Roman|Ronald|Rustam|Ruslan|Ryan|Samuel|Sarah|Saule|Scott|Sebastian|Sergei|\
    Sergey|Sergiy|Serhiy|Shavkat|Simon|Sophie|Stanislav|Stephen|Steve|Steven|Susan|Svetlana|Talgat|Tamara|Tatiana|\
    Tatyana|Thomas|Tim|Timothy|Timur|Todd|Tom|Tony|Ursula|Vadim|Valentina|Valery|Valeriy|Vasily|Viktor|Victor|\
    Vitaly|Vitali|Vladimir|Vladislav|Volodymyr|Vyacheslav|Walter|Wendy|William|Xi|Yana|Yaroslav|Yelena|Yulia|\
    Yuliya|Yuri|Yury|Yuriy|Zhanna|Emomali|Sadyr|Almazbek|Sooronbay|Gurbanguly|Serdar|Islom|Askar|Karim|\
    Nazar|Timofey|Arkadiy|Lavrentiy|Samat|Kairat|Daniyar|Dinara|Aidos|Yermek|Ermek|Bolat|Berik|\
    Jens|Josep|Emmanuelle|Olaf|Boris|Liz|Rishi|Keir|Narendra|Shinzo|Fumio|Moon|Yoon|Jair|Luiz|Andrés|Ursula|\
    Charles|Mario|Giorgia|Matteo|Pedro|Mateusz|Viktor|Volodymyr|Petro|Yulia|Alexandr|Oleksandr|Oleksiy|\
    Dmytro|Mykhailo|Mykola|Anatolii|Ihor|Vitaliy|Ramil|Rinat|Azamat|Nurbek|Bauyrzhan|Kanat|Marlen|Gaukhar|\
    Abigail|Ada|Adele|Aisha|Alan|Albert|Alexis|Alfie|Alfred|Alison|Allison|Amber|Amelia|Andy|Angus|Anita|Ann|\
    Annie|Archie|Ashley|Austin|Barry|Beatrice|Becky|Bella|Benedict|Bernie|Beth|Betty|Billy|Blake|Bobby|Brad|\
    Bradley|Brandon|Brenda|Brett|Bridget|Brooke|Bruno|Bryan|Caitlin|Callum|Calvin|Cameron|Camilla|Carla|Caroline|\
    Carrie|Casey|Cathy|Cecilia|Charlotte|Chelsea|Cheryl|Chloe|Christine|Cindy|Claire|Clara|Clare|Colin|Connor|\
    Courtney|Craig|Cynthia|Dale|Damian|Dan|Dana|Darren|Dave|Dawn|Dean|Debbie|Deborah|Declan|Denise|Derek|Diane|\
    Dominic|Don|Donna|Doris|Dorothy|Doug|Duncan|Dylan|Ed|Eddie|Edith|Edwin|Eileen|Elaine|Eleanor|Eli|Elijah|\
    Elise|Ella|Ellen|Ellie|Elliot|Eloise|Emma|Eugene|Eugenie|Evan|Eve|Evelyn|Fiona|Florence|Frances|Frankie|Fred|\
    Freddie|Frederick|Gabriel|Gabriella|Gareth|Gavin|Gemma|Gene|Geoff|Geoffrey|Georgia|Gerald|Gerry|Gina|Glen|\
    Glenn|Gordon|Grace|Graham|Grant|Greg|Gregory|Hannah|Harold|Harriet|Harrison|Harvey|Hayley|Heather|Hector|\
    Heidi|Holly|Howard|Hugh|Imogen|Irene|Isaac|Isabel|Isabella|Isla|Ivy|Jackie|Jade|Jamie|Janice|Jasmine|Jay|\
    Jean|Jenny|Jeremy|Jerry|Jesse|Jill|Joan|Joanna|Jodie|Joel|Johnny|Jon|Jonny|Jordan|Josephine|Joy|Joyce|Judith|\
    Judy|Julie|June|Justine|Karl|Kathleen|Kathryn|Katie|Keith|Kelly|Ken|Kenneth|Kerry|Kieran|Kirsty|Kyle|Lara|\
    Lauren|Leah|Leon|Leonard|Leslie|Lewis|Liam|Lily|Linda|Lindsay|Lindsey|Lionel|Lloyd|Logan|Lois|Lorraine|Louise|\
    Lucas|Lucy|Luke|Lydia|Lynn|Madeleine|Madison|Maggie|Malcolm|Marcus|Margot|Marie|Marilyn|Marion|Marjorie|\
    Marsha|Martha|Martina|Matt|Maureen|Max|Megan|Melanie|Melissa|Mia|Michelle|Miles|Millie|Mitchell|Molly|Monica|\
    Morgan|Nadia|Naomi|Nathan|Neil|Nicola|Nicole|Nigel|Noah|Noel|Nora|Norman|Olivia|Oscar|Owen|Pamela|Pat|Patricia|\
    Patsy|Paula|Pauline|Penny|Pete|Phil|Philippa|Phoebe|Piers|Poppy|Priscilla|Rachel|Ralph|Ray|Raymond|Rebecca|\
    Reggie|Rhys|Rick|Ricky|Rita|Rob|Robbie|Robin|Rod|Rodney|Roger|Rory|Rosa|Rose|Rosie|Ross|Roy|Ruby|Russell|Ruth|\
    Sally|Sam|Samantha|Sandra|Sara|Sean|Seth|Shane|Sharon|Shaun|Sheila|Shirley|Sian|Sonia|Stacey|Stanley|Stella|\
    Stuart|Sue|Sylvia|Tara|Teresa|Terry|Theo|Theodore|Theresa|Tiffany|Tina|Toby|Tommy|Tracey|Tracy|Trevor|Troy|\
    Tyler|Valerie|Vanessa|Vera|Vicky|Victoria|Vincent|Violet|Wayne|Wesley|Will|Willie|Yvonne|Zach|Zachary|Zoe|\
    Ahmet|Mehmet|Mustafa|Emine|Fatima|Fatma|Omar|Osama|Khalid|Khaled|Hamid|Hamza|Yusuf|Youssef|Ibrahim|Ismail|\
    Mahmoud|Mahmud|Abdel|Abdulla|Nasser|Saad|Salman|Faisal|Tariq|Walid|Ayman|Bashar|Hafez|Hosni|Anwar|Zahra|Reza|\
    Hassan|Hossein|Javad|Mohsen|Ebrahim|Benjamin|Yair|Naftali|Yitzhak|Shimon|Moshe|Avi|Ehud|Ariel|Golda|\
    Angela|Olaf|Friedrich|Wolfgang|Jürgen|Jurgen|Dieter|Klaus|Horst|Günther|Gunther|Heinz|Sigmar|Annalena|\
    Markus|Manfred|Thorsten|Sven|Lars|Nils|Anders|Magnus|Henrik|Ingrid|Astrid|Sanna|Mette|Jonas|Erna|Jacinda|\
    Justin|Pierre|François|Francois|Nicolas|Jacques|Emmanuel|Marine|Édouard|Edouard|Ségolène|Valéry|Lionel|\
    Giuseppe|Silvio|Matteo|Enrico|Paolo|Romano|Sergio|Giorgio|Mario|Luigi|Alessandro|Francesco|Luca|Marco|\
    Pedro|Pablo|Mariano|Felipe|Carles|Santiago|Alberto|Luis|Manuel|Jorge|Javier|Fernando|Raul|Raúl|Diego|\
    Alejandro|Ricardo|Eduardo|Gustavo|Andrés|Nicolás|Evo|Hugo|Cristina|Dilma|Lula|Jair|Joao|João|Antonio|\
    Rodrigo|Ferdinand|Imelda|Joko|Prabowo|Mahathir|Anwar|Najib|Lee|Hun|Thaksin|Yingluck|Aung|Min|Narendra|\
    Rahul|Sonia|Indira|Rajiv|Amit|Arvind|Shah|Nawaz|Benazir|Asif|Shehbaz|Hamid|Ashraf|Ghani|Abdullah|\
    Shinzo|Yoshihide|Fumio|Junichiro|Kim|Jong|Park|Moon|Yoon|Jae|Xi|Li|Wang|Zhang|Liu|Chen|Hu|Wen|Jiang|Deng|\
    Mao|Zhou|Tsai|Ma|Recep|Ahmet|Binali|Kemal|Ekrem|Abdullah|Nelson|Jacob|Cyril|Thabo|Robert|Uhuru|William|\
    Paul|Yoweri|Abiy|Muhammadu|Goodluck|Olusegun|Ellen|George|Kofi|Ban|Antonio|Jens|Josep|Ursula|Charles|\
    Ilham|Heydar|Mehriban|Serzh|Robert|Levon|Mikheil|Eduard|Salome|Irakli|Bidzina|Alyaksandr|Aliaksandr|\
    Sviatlana|Svetlana|Maia|Igor|Vladimir|Emomali|Rustam|Shavkat|Islam|Saparmurat|Gurbanguly|Serdar|Askar|\
    Almazbek|Kurmanbek|Roza|Sooronbay|Sadyr|Kamchybek|Nursultan|Karim|Bakytzhan|\
    Dariga|Timur|Kairat|Yerlan|Erlan|Asset|Daniyal|Mukhtar|Galym|Zhanbolat|Ruslan|Dosym|Amirzhan|Serik|Nurlan|\
    Aidar|Arman|Olzhas|Dinmukhamed|Yerzhan|Ermek|Zhasulan|Bolat|Marat|Gleb|Andrei|Andrey|Sergei|\
    Konstantin|Vladislav|Alexei|Aleksei|Dmitri|Dmitry|Mikhail|Nikolai|Valentina|Galina|Lyudmila|Natalia|Olga|\
    Yevgeny|Yevgeniy|Evgeny|Ksenia|Kseniya|Alla|Maria|Anastasia|Ekaterina|Yekaterina|Tatiana|Marina|Vera
    """)
}
