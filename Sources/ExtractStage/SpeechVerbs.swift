/// Verbs that attribute a quotation to its speaker ("said", "commented", "cautioned").
enum SpeechVerbs {
    /// The verbs, lower-cased, in the forms news writing uses.
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
    reiterated|reiterates|confirmed|confirms|denied|denies|testified|testifies|recounted|recounts|opined|said:
    """)
}
