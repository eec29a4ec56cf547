/// General English word lists: function words (stopwords) and frequent words that start sentences
/// or headlines capitalised without being names.
enum CommonWords {
    /// Function words, pronouns, auxiliaries and very frequent adverbs, lower-cased.
    static let stopwords = WordList.set("""
    a|about|above|across|after|afterwards|again|against|all|almost|alone|along|already|also|although|always|am|\
    among|amongst|amid|amidst|an|and|another|any|anyhow|anyone|anything|anyway|anywhere|are|around|as|at|back|be|\
    became|because|become|becomes|becoming|been|before|beforehand|behind|being|below|beside|besides|between|\
    beyond|both|but|by|can|cannot|could|did|do|does|doing|done|down|due|during|each|either|else|elsewhere|enough|\
    even|ever|every|everyone|everything|everywhere|except|few|for|former|formerly|from|further|had|has|have|\
    having|he|hence|her|here|hereafter|hereby|herein|hers|herself|him|himself|his|how|however|i|if|in|indeed|\
    instead|into|is|it|its|itself|just|last|latter|least|less|like|made|make|many|may|me|meanwhile|might|mine|\
    more|moreover|most|mostly|much|must|my|myself|neither|never|nevertheless|next|no|nobody|none|nor|not|\
    nothing|now|nowhere|of|off|often|on|once|one|only|onto|or|other|others|otherwise|our|ours|ourselves|out|over|\
    own|per|perhaps|please|quite|rather|really|same|see|seem|seemed|seeming|seems|several|she|should|since|so|\
    some|somehow|someone|something|sometime|sometimes|somewhere|still|such|than|that|the|their|theirs|them|\
    themselves|then|thence|there|thereafter|thereby|therefore|therein|these|they|this|those|though|through|\
    throughout|thus|to|together|too|toward|towards|under|unless|until|up|upon|us|very|via|was|we|well|were|what|\
    whatever|when|whence|whenever|where|whereas|whereby|wherever|whether|which|while|whither|who|whoever|whole|\
    whom|whose|why|will|with|within|without|would|yet|you|your|yours|yourself|yourselves|it's|don't|doesn't|\
    didn't|isn't|wasn't|aren't|weren't|won't|can't|couldn't|wouldn't|shouldn't|i'm|he's|she's|that's|there's|\
    let|lets|let's|also|yes|oh|ok|okay|mr|mrs|ms|new|old|first|second|third|many|much|said|says|say|told|get|got
    """)

    /// Frequent words that begin sentences or appear in title-case headlines, lower-cased.
    static let frequent = WordList.set("""
    despite|according|although|meanwhile|nevertheless|nonetheless|instead|indeed|still|yet|even|now|today|\
    tonight|yesterday|tomorrow|recently|currently|previously|finally|eventually|initially|ultimately|clearly|\
    obviously|apparently|reportedly|allegedly|pointedly|notably|importantly|interestingly|similarly|likewise|\
    additionally|furthermore|moreover|however|therefore|thus|hence|consequently|accordingly|besides|otherwise|\
    unlike|like|given|following|during|after|before|while|since|until|unless|whether|though|because|if|when|\
    where|why|how|what|who|which|whose|as|so|such|both|either|neither|each|every|all|any|some|many|most|few|\
    several|other|another|more|less|much|no|not|nor|only|just|also|then|there|here|this|that|these|those|it|its|\
    they|their|them|we|our|you|your|he|his|she|her|i|my|one|two|three|four|five|six|seven|eight|nine|ten|first|\
    second|third|last|next|new|old|early|late|later|earlier|big|small|large|great|good|bad|high|low|long|short|\
    major|minor|main|key|top|full|real|true|false|free|open|close|closed|local|national|international|global|\
    regional|federal|central|western|eastern|northern|southern|foreign|domestic|public|private|political|\
    military|economic|social|official|officials|government|governments|people|police|troops|forces|protesters|\
    protests|protest|unrest|violence|crisis|war|peace|security|power|state|states|country|countries|city|cities|\
    region|regions|world|news|report|reports|story|stories|analysis|opinion|comment|comments|update|updates|\
    photo|photos|video|videos|advertisement|subscribe|share|follow|read|more|related|latest|top|home|sign|log|\
    menu|search|contact|about|privacy|terms|policy|cookies|click|here|see|view|watch|listen|show|meant|eyes|\
    muscle|talks|deal|plan|move|moves|step|steps|lesson|lessons|risk|risks|threat|threats|fears|hopes|calls|\
    warns|says|said|tells|told|asks|asked|wants|needs|gets|makes|takes|gives|goes|comes|sees|looks|seems|tries|\
    could|would|should|might|must|can|will|may|shall|is|are|was|were|be|been|being|has|have|had|do|does|did|\
    what's|here's|there's|that's|it's|let's|why|hailing|having|being|seeing|given|taken|made|done|shown|known|\
    once|twice|again|already|always|never|often|sometimes|usually|perhaps|maybe|probably|possibly|certainly|\
    surely|simply|merely|only|especially|particularly|mainly|mostly|largely|partly|fully|entirely|totally|\
    rather|quite|very|too|so|such|well|better|best|worse|worst|fewer|least|most|enough|almost|nearly|about|\
    around|roughly|approximately|some|among|amid|amidst|against|toward|towards|across|through|throughout|\
    within|without|beyond|behind|beneath|beside|between|inside|outside|above|below|under|over|into|onto|upon|\
    from|with|by|for|of|on|in|at|to|up|down|out|off|away|back|forward|ahead|together|alone|yes|no|oh|well|\
    monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|\
    september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ago|amongst|whereas|\
    whilst|thereafter|therein|overall|altogether|everyone|everything|everybody|anyone|anything|someone|something|\
    nobody|nothing|none|whoever|whatever|whenever|wherever|however|elsewhere|somewhere|anywhere|nowhere|\
    lastly|firstly|secondly|thirdly|still|such|photograph|caption|image|credit|source|sources|copyright|\
    editor|editors|note|update|correction|breaking|exclusive|live|watch|listen|download|print|email|save
    """)

    /// Whether a lower-cased word is a function word or a frequent non-name word.
    static func isCommon(_ lower: String) -> Bool {
        stopwords.contains(lower) || frequent.contains(lower)
    }
}
