/// Titles, honorifics and roles that announce a person's name: capitalised titles written before
/// a name ("Deputy Foreign Minister", "Gen.") and lower-case roles ("political scientist").
enum RoleWords {
    /// Capitalised title words; a run of them before a name marks the name as a PERSON.
    static let titles = WordList.set("""
    President|Vice|Prime|Minister|Deputy|Foreign|Defense|Defence|Interior|Finance|Economy|Justice|Health|\
    Secretary|General|Gen.|Gen|Lieutenant|Lt.|Lt|Colonel|Col.|Col|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|\
    Admiral|Adm.|Commander|Marshal|Field|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Governor|\
    Gov.|Mayor|King|Queen|Prince|Princess|Emperor|Empress|Chancellor|Chairman|Chairwoman|Chair|Director|\
    Ambassador|Envoy|Judge|Justice|Pope|Cardinal|Bishop|Archbishop|Patriarch|Metropolitan|Rev.|Reverend|\
    Rabbi|Imam|Mufti|Ayatollah|Sheikh|Emir|Sultan|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Sir|Dame|Lord|Lady|\
    Professor|Prof.|Spokesman|Spokeswoman|Spokesperson|Press|Speaker|Premier|Chief|Executive|CEO|Head|Leader|\
    Commissioner|Attorney|Senior|Former|Acting|First|Crown|State|Security|National|Counselor|Adviser|Advisor|\
    Aide|Assistant|Under|Undersecretary|Special|Presidential|Opposition|Party|Supreme|Grand|High|Representative|\
    Coach|Officer|Inspector|Detective|Agent|Corporal|Private|Brigadier|Colonel-General|Lieutenant-General|\
    Major-General|Commander-in-Chief|Premier|Monsieur|Madame|Herr|Frau|Señor|Don|Saint|St.|Duke|Duchess|Earl|\
    Countess|Baron|Baroness|Marquess|Marquis|Viscount|Viscountess|Archduke|Grand Duke|Tsar|Czar|Shah|Pharaoh
    """)

    /// Titles that on their own, right before a capitalised name, are enough to call it a person.
    static let personTitles = WordList.set("""
    President|Minister|Secretary|General|Gen.|Gen|Lieutenant|Lt.|Colonel|Col.|Major|Maj.|Captain|Capt.|\
    Sergeant|Sgt.|Admiral|Adm.|Commander|Marshal|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|\
    Governor|Gov.|Mayor|King|Queen|Prince|Princess|Emperor|Chancellor|Chairman|Chairwoman|Director|Ambassador|\
    Envoy|Judge|Justice|Pope|Cardinal|Bishop|Archbishop|Patriarch|Rev.|Reverend|Rabbi|Imam|Ayatollah|Sheikh|\
    Emir|Sultan|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Sir|Dame|Lord|Lady|Professor|Prof.|Spokesman|Spokeswoman|\
    Spokesperson|Speaker|Premier|Chief|Leader|Commissioner|Attorney|Adviser|Advisor|Aide|Undersecretary|Coach|\
    Officer|Inspector|Detective|Agent|Corporal|Brigadier|Colonel-General|Lieutenant-General|Major-General|\
    Commander-in-Chief|Monsieur|Madame|Herr|Frau|Señor|Duke|Duchess|Earl|Countess|Baron|Baroness|Marquess|\
    Marquis|Viscount|Viscountess|Archduke|Tsar|Czar|Shah
    """)

    /// Lower-case role nouns written right before a name ("political scientist Jane Roe").
    static let roles = WordList.set("""
    president|minister|secretary|general|colonel|spokesman|spokeswoman|spokesperson|analyst|scientist|expert|\
    professor|researcher|economist|historian|journalist|reporter|correspondent|editor|writer|author|columnist|\
    commentator|activist|lawyer|attorney|judge|dictator|leader|chairman|chairwoman|director|ambassador|envoy|\
    diplomat|politician|lawmaker|legislator|senator|deputy|governor|mayor|official|officer|commander|general|\
    premier|chancellor|strongman|autocrat|ruler|successor|predecessor|founder|co-founder|head|chief|aide|adviser|\
    advisor|counselor|specialist|scholar|fellow|sociologist|philosopher|blogger|presenter|host|anchor|blogger|\
    businessman|businesswoman|billionaire|oligarch|tycoon|entrepreneur|banker|investor|ceo|executive|manager|\
    coach|player|singer|actor|actress|artist|poet|novelist|filmmaker|director|priest|bishop|cleric|imam|rabbi|\
    pastor|patriarch|king|queen|prince|princess|emperor|sultan|emir|sheikh|doctor|physician|nurse|surgeon|\
    engineer|student|teacher|resident|witness|protester|protestor|dissident|critic|opponent|rival|ally|colleague|\
    counterpart|representative|negotiator|mediator|observer|investigator|prosecutor|defendant|suspect|victim|\
    candidate|nominee|incumbent|speaker|strategist|consultant|pollster|demographer|political scientist|\
    son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|son-in-law|daughter-in-law|\
    grandson|granddaughter|grandfather|grandmother|uncle|aunt|girlfriend|boyfriend|fiancé|fiancée|fiance|fiancee|\
    widow|widower|stepfather|stepmother|mum|mom|dad|defender|striker|midfielder|goalkeeper|keeper|winger|captain|\
    vice-captain|skipper|full-back|centre-back|center-back|footballer|jockey|trainer|boxer|fighter|champion|\
    heavyweight|wrestler|golfer|cyclist|sprinter|athlete|swimmer|batsman|bowler|referee|umpire|pundit|boss|\
    star|legend|veteran|rapper|model|designer|chef|comedian|broadcaster|photographer|rider|driver|musician|\
    guitarist|drummer|frontman|singer-songwriter|producer|composer|conductor|dancer|playwright|screenwriter|\
    architect|constable|detective|paramedic|firefighter|soldier|pilot|astronaut|owner|chairperson|treasurer|\
    councillor|councilman|councilwoman|congressman|congresswoman|mp|mep|peer|magistrate|coroner|sheriff|\
    spokesman|campaigner|organiser|organizer|volunteer|academic|lecturer|psychologist|psychiatrist|dentist|\
    vet|pharmacist|midwife|teenager|schoolgirl|schoolboy|pensioner|grandee|monarch|heir|socialite|influencer|\
    youtuber|presenter|anchorwoman|anchorman|newsreader|manager|director-general|secretary-general|co-star|star|\
    donor|backer
    """)

    /// Role nouns that news writing uses for the same post ("boss" for a manager, "keeper" for a
    /// goalkeeper), each group as one line.
    private static let sameRoleGroups: [Set<String>] = [
        ["manager", "boss", "coach", "head coach", "gaffer"],
        ["chief", "boss", "ceo", "chief executive", "head"],
        ["striker", "forward", "frontman"],
        ["goalkeeper", "keeper", "goalie", "stopper"],
        ["defender", "centre-back", "center-back", "full-back"],
        ["star", "actor", "actress", "singer"],
        ["lawyer", "attorney", "solicitor", "barrister"],
        ["spokesman", "spokeswoman", "spokesperson"],
        ["father", "dad"], ["mother", "mum", "mom"],
    ]

    /// The other nouns for the role a noun names (empty for a noun in no group).
    static func sameRole(as noun: String) -> Set<String> {
        sameRoleGroups.filter { $0.contains(noun) }.reduce(into: Set<String>()) { $0.formUnion($1) }.subtracting([noun])
    }
}
