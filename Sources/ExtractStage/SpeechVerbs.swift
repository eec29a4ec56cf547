/// Verbs that attribute a quotation to its speaker ("said", "commented", "cautioned").
enum SpeechVerbs {
    /// The verbs, lower-cased, in the forms news writing uses (participles included).
    static let all = WordList.set("""
    said|says|say|told|tells|commented|comments|charged|charges|added|adds|noted|notes|stated|states|argued|\
    argues|warned|warns|cautioned|cautions|explained|explains|wrote|writes|asked|asks|replied|replies|insisted|\
    insists|declared|declares|claimed|claims|remarked|remarks|observed|observes|continued|continues|concluded|\
    concludes|announced|announces|tweeted|tweets|posted|predicted|predicts|forecast|forecasts|suggested|\
    suggests|believes|believed|recalled|recalls|acknowledged|acknowledges|admitted|admits|conceded|concedes|\
    emphasized|emphasised|stressed|stresses|urged|urges|added|countered|counters|responded|responds|answered|\
    answers|quipped|joked|shouted|cried|whispered|pointed|maintained|maintains|contended|contends|alleged|\
    alleges|complained|complains|assured|assures|vowed|vows|promised|promises|pledged|pledges|reported|\
    reports|described|describes|called|calls|wrote|told|agreed|agrees|objected|objects|thundered|mused|\
    reiterated|reiterates|confirmed|confirms|denied|denies|testified|testifies|recounted|recounts|opined|said:|\
    revealed|reveals|confessed|confesses|boasted|boasts|blasted|slammed|snapped|raged|fumed|exclaimed|demanded|\
    demands|begged|pleaded|sighed|wondered|reckoned|reckons|remembered|remembers|texted|messaged|emailed|\
    e-mailed|branded|brands|labelled|labeled|labels|dubbed|dubs|termed|hailed|replied|retorted|stormed|\
    saying|adding|telling|writing|insisting|claiming|arguing|warning|explaining|noting|calling|describing|\
    branding|labelling|labeling|dubbing|admitting|declaring|stating|tweeting|posting|urging|asking|revealing|\
    confessing|joking|stressing|suggesting|promising|vowing|complaining|recalling|predicting|conceding|\
    acknowledging|answering|replying|responding|confirming|denying|accusing|accused|accuses|dismissed|dismisses|\
    dismissing|read|reads|sang|sings|chanted|chants|rapped|texting|messaging|emailing|e-mailing|\
    ask|add|tell|explain|warn|insist|argue|reply|recall|admit|concede|urge|predict|write|specified|specifies|underlined|underlines|\
    interrupted|interrupts|reflected|reflects|condemned|condemns|proclaimed|proclaims
    """)

    /// Verbs of hearing or seeing that a participle of speech follows (`X can be heard saying`).
    static let perception = WordList.set("heard|seen|filmed|recorded|caught|overheard|shown|pictured")

    /// Verbs whose object is the one spoken to (`X told Y: '…'`), never the speaker.
    static let addressing = WordList.set("told|tells|telling|asked|asks|asking|informed|informs|assured|assures|urged|urges|begged")

    /// Participles that open a clause whose subject is the sentence's ("…, saying that …").
    static let participles = WordList.set("""
    saying|adding|telling|writing|insisting|claiming|arguing|warning|explaining|noting|calling|describing|\
    branding|labelling|labeling|dubbing|admitting|declaring|stating|tweeting|posting|urging|asking|revealing|\
    confessing|joking|stressing|suggesting|promising|vowing|complaining|recalling|predicting|conceding|\
    acknowledging|answering|replying|responding|confirming|denying|accusing|dismissing|texting|messaging|\
    emailing|e-mailing
    """)

    /// Verbs that name something with the quoted words, whose speaker can follow as "by X"
    /// ("dubbed a 'machine made princess' by X").
    static let naming = WordList.set("""
    called|described|branded|labelled|labeled|dubbed|termed|hailed|slammed|criticised|criticized|attacked|\
    accused|praised|condemned|nicknamed|mocked|ridiculed|dismissed|dismisses
    """)
}
