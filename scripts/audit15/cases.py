"""The issue-15 audit's cases: short texts written for the audit (no corpus or evaluation text),
each with the behaviour issue 15 asks for, checked on docpipe's output by audit_issue15.py.

A case: id, bullet (the issue's pattern), text (or raw bytes and a file extension for file
inputs), optional metadata, and checks:
  ("date", TEXT, VALUE[, END_VALUE])   a date mention whose text is TEXT has value VALUE
  ("date_inferred", TEXT, VALUE)       ... and is marked inferred
  ("date_span", TEXT)                  a date mention's text is exactly TEXT
  ("date_ref", TEXT, REF)              a date mention whose text is TEXT has reference REF (PAST_REF, ...)
  ("ent", TEXT, LABEL)                 an entity mention whose text is TEXT has label LABEL
  ("not_ent", TEXT, LABELS)            no mention overlapping TEXT has a label in LABELS
  ("canon", TEXT, CANONICAL)           every mention whose text is TEXT has that canonical name
  ("qty", TEXT, VALUE, UNIT)           a quantity whose text contains TEXT has that value and unit
  ("no_unit", UNIT)                    no quantity has that unit
  ("meta", KEY, VALUE)                 metadata KEY is VALUE (None: absent)
  ("text_has", S) / ("text_lacks", S)  the cleaned text holds / does not hold S
  ("one_sentence", S)                  S lies inside one sentence
  ("kp_none_of", [S, ...])             no keyphrase is one of these
  ("kp_all_nouny",)                    no keyphrase ends in a verb-like word or a given name
"""

PER, ORG, GPE, LOC, FAC = "PERSON", "ORG", "GPE", "LOC", "FAC"
NAMED = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]

# Run A: documents given on standard input, no pipeline reference date.
CASES = [
    # --- dates: anchors ---------------------------------------------------------------------
    dict(id="anchor-long", bullet="metadata date 'March 3, 2024' anchors relative dates",
         metadata={"date": "October 2, 2024"},
         text="The ferry service between the two islands resumed yesterday after a storm.",
         checks=[("date", "yesterday", "2024-10-01")]),
    dict(id="anchor-rfc", bullet="metadata date in RFC 2822",
         metadata={"date": "Thu, 07 Nov 2024 16:20:00 +0000"},
         text="Shareholders of the brewery approved the takeover on Tuesday by a wide margin.",
         checks=[("date", "Tuesday", "2024-11-05")]),
    dict(id="anchor-iso-time", bullet="metadata date ISO with time",
         metadata={"date": "2023-09-14T08:45:00+02:00"},
         text="The library will reopen its reading rooms tomorrow, the council said.",
         checks=[("date", "tomorrow", "2023-09-15")]),
    dict(id="dateline-wire", bullet="dateline 'CITY, Mon. D, YYYY (Agency) -'",
         text="LISBON, Nov. 24, 2022 (Reuters) - Dock workers ended their strike on Wednesday after a pay deal.",
         checks=[("date", "Wednesday", "2022-11-23"), ("not_ent", "LISBON", ["ORG", "PERSON"])]),
    dict(id="dateline-iso", bullet="dateline 'CITY YYYY-MM-DD' at the top",
         text="LIMA 2019-07-18\n\nProtesters returned to the main square on Monday, police said.",
         checks=[("date", "Monday", "2019-07-15"), ("not_ent", "LIMA", ["ORG", "PERSON"])]),
    # --- dates: relative expressions ---------------------------------------------------------
    dict(id="last-month-name", bullet="'last June' is the previous occurrence",
         metadata={"date": "2024-03-10"},
         text="The vineyard lost half its grapes last June, and the owners sold the estate late last July. "
              "Prices climbed earlier this month.",
         checks=[("date", "last June", "2023-06"), ("date", "late last July", "2023-07"),
                 ("date", "earlier this month", "2024-03")]),
    dict(id="last-month-name-2", bullet="'last September' after September is this year's",
         metadata={"date": "2024-10-15"},
         text="Flood defences failed last September in the valley. Work restarted early last month.",
         checks=[("date", "last September", "2024-09"), ("date", "early last month", "2024-09")]),
    dict(id="seasons", bullet="seasons",
         metadata={"date": "2024-10-15"},
         text="The orchestra toured Japan this summer and plans a European tour next spring. "
              "Ticket sales slumped in the winter of 2019.",
         checks=[("date", "this summer", "2024-06", "2024-08"), ("date", "next spring", "2025-03", "2025-05"),
                 ("date", "the winter of 2019", "2019-12", "2020-02")]),
    dict(id="fiscal", bullet="fiscal years",
         metadata={"date": "2024-10-15"},
         text="The carrier expects a loss in fiscal 2025 after a profit in fiscal year 2023. "
              "Analysts cut forecasts for FY2026.",
         checks=[("date", "fiscal 2025", "2025"), ("date", "fiscal year 2023", "2023"), ("date", "FY2026", "2026")]),
    dict(id="decades", bullet="decades and centuries",
         metadata={"date": "2024-10-15"},
         text="Wool mills closed across the region in the late 1970s. The chapel dates from the 14th century. "
              "The band was famous in the sixties.",
         checks=[("date", "the late 1970s", "1970", "1979"), ("date", "the 14th century", "1300", "1399"),
                 ("date", "the sixties", "1960", "1969")]),
    dict(id="no-full-stop", bullet="no trailing full stop inside a date span",
         metadata={"date": "2024-10-15"},
         text="The pier was rebuilt in 2019. The mayor visited on Oct. 3.",
         checks=[("date_span", "2019"), ("date", "Oct. 3", "2024-10-03")]),
    dict(id="currently", bullet="optionally 'now/currently'",
         metadata={"date": "2024-10-15"},
         text="The museum is currently closed for repairs.",
         checks=[("date", "currently", "2024-10-15")]),
    # --- dates: inferred years -----------------------------------------------------------------
    dict(id="inferred", bullet="month-day without a year takes the document's year, marked inferred",
         text="The hospital opened its new wing on September 30, 2017. A second ward followed on October 12.",
         checks=[("date_inferred", "October 12", "2017-10-12"), ("date", "September 30, 2017", "2017-09-30")]),
    dict(id="inferred-cross-year", bullet="month-day inferred across a year end",
         text="Counting began on 29 December 2020 in the capital. The result was announced on 4 January.",
         checks=[("date_inferred", "4 January", "2021-01-04")]),
    # --- entities: capitals ---------------------------------------------------------------------
    dict(id="caps-head", bullet="all-caps headlines/datelines not ORG",
         text="TENNIS - VERDASCO UPSET IN OPENING ROUND\n\nMADRID 2023-05-02\n\n"
              "Spanish veteran Fernando Verdasco lost 6-3 6-4 to an unseeded qualifier on Tuesday.",
         checks=[("meta", "title", "TENNIS - VERDASCO UPSET IN OPENING ROUND"),
                 ("ent", "MADRID", GPE), ("ent", "Fernando Verdasco", PER), ("date", "Tuesday", "2023-05-02")]),
    dict(id="caps-dateline", bullet="places in caps are places",
         text="NEW YORK (AP) - Shares of the chipmaker rose 4 percent in early trading.\n\n"
              "HONG KONG, March 4 - Property developers led a rally.",
         checks=[("ent", "NEW YORK", GPE), ("ent", "HONG KONG", GPE)]),
    dict(id="caps-section", bullet="all-caps section heads inside an article are not ORG",
         text="Grain exports rose sharply in the spring, the trade ministry said on Monday, citing new contracts.\n\n"
              "HARVEST OUTLOOK\n\nFarmers in the north expect a smaller crop after the drought, officials said.\n\n"
              "BERLIN REACTION\n\nGerman buyers welcomed the figures.",
         checks=[("not_ent", "HARVEST OUTLOOK", NAMED), ("not_ent", "REACTION", ["ORG", "PERSON"])]),
    # --- ninth round: the leftovers of the eighth (s9-audit) -----------------------------------
    dict(id="company-pair-said-it", bullet="two surnames naming a company ('X and Y said it')",
         text="Foster and Lane said it would buy two regional newspapers. Its shares rose 4 percent.",
         checks=[("ent", "Foster and Lane", ORG), ("not_ent", "Foster", [PER])]),
    dict(id="company-pair-apposition", bullet="two surnames naming a company (apposition)",
         text="Pryce and Whitmore will cut 80 jobs in Cardiff, the engineering firm said on Monday.",
         checks=[("ent", "Pryce and Whitmore", ORG), ("ent", "Cardiff", GPE)]),
    dict(id="club-prefix-short", bullet="clubs named 'Dynamo/Sporting TOWN' in a two-sentence item",
         text="Dinamo Zagreb agreed a fee with Sporting Lisbon for their striker. The player flies out today.",
         checks=[("ent", "Dinamo Zagreb", ORG), ("ent", "Sporting Lisbon", ORG)]),
    dict(id="club-short-result", bullet="clubs named after towns in a one-line result",
         text="Swindon drew 2-2 with Oldham after a late penalty.",
         checks=[("ent", "Swindon", ORG), ("ent", "Oldham", ORG)]),
    dict(id="journal", bullet="a journal after 'published in' is no place",
         text="The findings, published in Nature on Wednesday, were challenged by a team writing in The Lancet.",
         checks=[("ent", "Nature", ORG), ("not_ent", "Nature", [GPE, LOC, PER])]),
    dict(id="week-before-last", bullet="'the week before last'",
         metadata={"date": "2024-03-13"},
         text="The ferry broke down the week before last and again the day before yesterday.",
         checks=[("date", "the week before last", "2024-02-26", "2024-03-03"),
                 ("date", "the day before yesterday", "2024-03-11")]),
    dict(id="past-ref", bullet="'recently' as PAST_REF",
         metadata={"date": "2024-03-13"},
         text="The mill recently hired a new manager. Such floods were rare in the past, and more are expected in the future.",
         checks=[("date_ref", "recently", "PAST_REF"), ("date_ref", "the past", "PAST_REF"),
                 ("date_ref", "the future", "FUTURE_REF")]),
    # --- entities: organisations ----------------------------------------------------------------
    dict(id="university-of", bullet="universities named in full with 'of'",
         text="Researchers at the University of Leeds and Imperial College London published the study. "
              "A team from the Royal College of Surgeons of Edinburgh reviewed it.",
         checks=[("ent", "University of Leeds", ORG), ("ent", "Imperial College London", ORG),
                 ("ent", "Royal College of Surgeons of Edinburgh", ORG)]),
    dict(id="company-and", bullet="companies with 'and'/'&'",
         text="The deal was advised by Fenwick & Hale and by Procter and Gamble's former finance chief. "
              "Johnson & Johnson shares slipped, while Barnes and Noble said it would open ten stores.",
         checks=[("ent", "Fenwick & Hale", ORG), ("ent", "Johnson & Johnson", ORG),
                 ("ent", "Barnes and Noble", ORG)]),
    dict(id="clubs-towns", bullet="clubs named after towns in sport context",
         text="Preston beat Burnley 3-1 at Deepdale on Saturday to climb to fourth in the league. "
              "Burnley had won their previous two matches, and Preston scored twice after halftime. "
              "The result leaves Burnley two points behind the leaders, Ipswich, who drew 1-1.",
         checks=[("ent", "Preston", ORG), ("ent", "Burnley", ORG), ("ent", "Ipswich", ORG),
                 ("no_qty_text", "1 win")]),
    dict(id="clubs-rugby", bullet="clubs named after towns in sport context (rugby wording)",
         text="Leicester defeated Bath 24-17 at Welford Road, their third league win in a row. "
              "Bath had led at halftime, but Leicester scored two tries in the second half. "
              "Gloucester travel to Leicester next weekend after losing 10-13 to Exeter.",
         checks=[("ent", "Bath", ORG), ("ent", "Gloucester", ORG), ("ent", "Exeter", ORG)]),
    dict(id="company-short", bullet="companies by short name after an organisation noun",
         text="The logistics firm Parcelwise cut 300 jobs. Chief executive Dana Mercer said Parcelwise would "
              "keep its Derby depot.",
         checks=[("ent", "Parcelwise", ORG), ("ent", "Dana Mercer", PER)]),
    # --- entities: not people ------------------------------------------------------------------
    dict(id="not-people", bullet="not people: works, products, missions, storms, classes",
         text="Storm Darragh brought down power lines across Wales. Forecasters said the remnants of Hurricane "
              "Milton would not reach Europe. The Europa Clipper mission launched in October. "
              "Fans queued for the novel Wolf Hall outside the shop, and the Galaxy Fold phone sold out. "
              "Prisoners in Category C jails were given Sim cards.",
         checks=[("not_ent", "Storm Darragh", ["PERSON"]), ("not_ent", "Hurricane Milton", ["PERSON"]),
                 ("not_ent", "Europa Clipper", ["PERSON"]), ("not_ent", "Wolf Hall", ["PERSON"]),
                 ("not_ent", "Galaxy Fold", ["PERSON"]), ("not_ent", "Category C", NAMED),
                 ("not_ent", "Sim", NAMED), ("ent", "Wales", GPE)]),
    dict(id="not-people-2", bullet="not people: missions, products, works in other wording",
         text="Engineers prepared the Artemis III mission for a crewed landing. Critics praised the play "
              "Jerusalem at its revival, and buyers waited for the Pixel Watch. Typhoon Haikui hit Taiwan.",
         checks=[("not_ent", "Artemis III", ["PERSON"]), ("not_ent", "Jerusalem", ["PERSON"]),
                 ("not_ent", "Pixel Watch", ["PERSON"]), ("not_ent", "Typhoon Haikui", ["PERSON"])]),
    dict(id="canonical-spread", bullet="a wrong canonical name must not spread",
         text="Italian Open champion Paolini reached the semi-finals in Rome. Paolini will face Jasmine Swiatek's "
              "conqueror next. Earlier, Paolini said the clay suited her.",
         checks=[("canon", "Paolini", "Paolini")]),
    dict(id="canonical-spread-2", bullet="a wrong canonical name must not spread (event before surname)",
         text="Madrid Masters winner Ruud beat a qualifier. Ruud said he was tired. Casper Ruud plays again on Friday.",
         checks=[("canon", "Ruud", "Casper Ruud")]),
    # --- sentences -------------------------------------------------------------------------------
    dict(id="initials", bullet="middle initials and 'U.S.' do not split sentences",
         text="The lecture was given by Margaret T. Holloway, who teaches at the U.S. Coast Guard Academy. "
              "Her colleague, Robert J. Kline Jr., is a fellow of the John F. Kennedy School.",
         checks=[("one_sentence", "Margaret T. Holloway, who teaches at the U.S. Coast Guard Academy"),
                 ("one_sentence", "Robert J. Kline Jr., is a fellow of the John F. Kennedy School"),
                 ("ent", "Margaret T. Holloway", PER)]),
    dict(id="initials-2", bullet="abbreviations before capitalised words in affiliations",
         text="The report on grain prices was written by Paul K. Osei, director of the U.S. Institute of Peace's Africa "
              "programme, with two colleagues. It warns that prices will rise by St. Patrick's Day.",
         checks=[("one_sentence", "Paul K. Osei, director of the U.S. Institute of Peace's Africa programme"),
                 ("one_sentence", "It warns that prices will rise by St. Patrick's Day")]),
    # --- quantities ---------------------------------------------------------------------------
    dict(id="quantities", bullet="scores, speeds, money, points",
         text="The 3-1 win leaves Rovers two points ahead. The train reached 140 km/h on the new line, and the "
              "operator paid $8.3 billion for it. Exports rose by 2.5 percent to 17.2 million tonnes.",
         checks=[("no_qty_text", "1 win"), ("qty", "140 km/h", 140, "km/h"), ("qty", "$8.3 billion", 8300000000, "USD"),
                 ("no_unit", "ahead"), ("qty", "17.2 million tonnes", 17200000, "tonne")]),
    dict(id="quantities-2", bullet="scores and speeds in other wording",
         text="After a 2-0 victory the side sat three points clear. Gusts of 90 mph hit the coast, and the "
              "insurer set aside £1.2bn.",
         checks=[("no_qty_text", "0 victory"), ("qty", "90 mph", 90, "mph"), ("qty", "£1.2bn", 1200000000, "GBP"),
                 ("no_unit", "clear")]),
    # --- keyphrases -----------------------------------------------------------------------------
    dict(id="keyphrases", bullet="keyphrases are noun phrases, never fragments",
         text="Chief operating officer Laura Kemp said the airline would cut routes. Chief operating officer "
              "Laura Kemp added that fuel costs had doubled. The defeat leaves United in ninth place. "
              "Fuel costs and route cuts dominated the airline's annual meeting, where fuel costs were debated.",
         checks=[("kp_none_of", ["Chief operating officer Laura", "defeat leaves United", "officer Laura Kemp",
                                 "Kemp added", "leaves United"])]),
]

CASES += [
    dict(id="inferred-2", bullet="month-day without a year takes the document's year, marked inferred (other wording)",
         text="The smelter shut on 3 March 2015 after a fire. Workers marched to the town hall on 9 March.",
         checks=[("date_inferred", "9 March", "2015-03-09")]),
    dict(id="keyphrases-2", bullet="keyphrases are noun phrases, never fragments (other wording)",
         text="Finance director Priya Shah said the brewery would close two plants. Finance director Priya Shah "
              "expects savings next year. The draw leaves Town in fifth place, while the brewery's plants "
              "and the brewery's savings dominated the meeting.",
         checks=[("kp_none_of", ["Finance director Priya", "draw leaves Town", "leaves Town", "director Priya Shah"])]),
    dict(id="initials-3", bullet="middle initials, military ranks and 'U.N.' do not split sentences",
         text="The plan was backed by Gen. Mark A. Tillman, who briefed the U.N. Security Council on Monday. "
              "Sen. Laura B. Fenn opposed it.",
         checks=[("one_sentence", "Gen. Mark A. Tillman, who briefed the U.N. Security Council on Monday"),
                 ("ent", "Mark A. Tillman", PER)]),
    dict(id="canonical-spread-3", bullet="a wrong canonical name must not spread (award before surname)",
         text="Ballon d'Or winner Okafor scored twice. Okafor later thanked the fans. Emeka Okafor has scored 14 goals this season.",
         checks=[("canon", "Okafor", "Emeka Okafor")]),
]

CASES += [
    dict(id="university-title", bullet="universities in full after 'and', one opening with a title word",
         text="Scholars from the Royal Institute of Technology and Queen Margaret University of Edinburgh "
              "shared the prize with the Pasteur Institute.",
         checks=[("ent", "Royal Institute of Technology", ORG), ("ent", "Queen Margaret University of Edinburgh", ORG),
                 ("not_ent", "Margaret", ["PERSON"])]),
]

CASES += [
    dict(id="season-year", bullet="seasons with a year after a preposition",
         metadata={"date": "2024-03-10"},
         text="The plant was built in the early 2000s and expanded in spring 2019. Output fell during winter 2021.",
         checks=[("date", "spring 2019", "2019-03", "2019-05"), ("date", "winter 2021", "2021-12", "2022-02")]),
    dict(id="keyphrases-3", bullet="keyphrases are noun phrases, never fragments (adverbs, 'past')",
         metadata={"date": "2024-03-10"},
         text="The club's 4-2 defeat left them six points adrift. Six points adrift at the break, the club sacked "
              "the manager this past winter, and the club's owners blamed the transfer budget this past winter.",
         checks=[("kp_none_of", ["points adrift", "past winter", "Six points adrift"])]),
]

# --- tenth round: the leftovers of the ninth and the WikiGold dev half (s10-entities) ---------
CASES += [
    dict(id="brand-ordinary-opener", bullet="products and brands are not people ('Red Bull')",
         text="The drinks group Blue Heron sponsors the regatta. Later, Blue Heron said sales rose in the spring.",
         checks=[("not_ent", "Blue Heron", [PER])]),
    dict(id="venue-chateau", bullet="venues are not people ('Chateau Marmont')",
         text="The actress was photographed leaving the Chateau Belroy in the hills above the city late on Friday.",
         checks=[("ent", "Chateau Belroy", FAC), ("not_ent", "Chateau Belroy", [PER])]),
    dict(id="council-of-the", bullet="names with 'of the' in full ('Council of the European Union')",
         text="Farm ministers met at the Council of the European Union in Brussels on Tuesday to discuss quotas.",
         checks=[("ent", "Council of the European Union", ORG), ("ent", "Brussels", GPE)]),
    dict(id="club-town-word-opens", bullet="a club named after a town that is an ordinary word, at a sentence start",
         text="Reading beat Luton 3-1 at home on Saturday to climb to fourth in the league. Their striker scored twice "
              "and the coach praised the defence after the match, while Luton dropped to 15th in the table.",
         checks=[("ent", "Reading", ORG), ("ent", "Luton", ORG)]),
    dict(id="trophy-given-name", bullet="trophies are not people ('Stanley Cup')",
         text="The team lifted the Harold Cup in 1921 and won the Gordon Trophy two years later.",
         checks=[("not_ent", "Harold Cup", [PER]), ("not_ent", "Gordon Trophy", [PER])]),
    dict(id="feature-given-name", bullet="creeks and reservoirs named after people are places",
         text="The railway crossed Sandy Creek on a timber trestle before reaching Clarence Reservoir.",
         checks=[("ent", "Sandy Creek", LOC), ("ent", "Clarence Reservoir", LOC)]),
    dict(id="sport-slug-line", bullet="a lone all-caps section line ('CRICKET') stays in the text and is no ORG",
         text="RUGBY UNION\n\nBath beat Leicester 24-17 at the Recreation Ground on Saturday, their first win of the season.",
         checks=[("text_has", "RUGBY UNION"), ("not_ent", "RUGBY UNION", ["ORG", "PERSON"]), ("ent", "Bath", ORG)]),
    dict(id="club-word-alone", bullet="a club's nickname alone ('Rovers')",
         text="Rangers needed extra time to get past Dunmore Athletic 2-1 in the cup on Tuesday. Their goalkeeper saved "
              "a penalty and the manager said the squad was tired after the match.",
         checks=[("ent", "Rangers", ORG)]),
]

# Run D: documents with no date of their own, run with --reference-date 2023-02-20.
REFERENCE_DATE = "2023-02-20"
REFERENCE_CASES = [
    dict(id="reference-date", bullet="--reference-date is the fallback",
         text="The council voted yesterday to extend the curfew by a week.",
         checks=[("date", "yesterday", "2023-02-19")]),
    dict(id="reference-dateline", bullet="a year-less dateline 'CITY, Mon. D (Agency) -' with the reference year",
         text="OSLO, Feb. 9 (Reuters) - Norway's central bank kept its key rate unchanged on Thursday.",
         checks=[("date", "Thursday", "2023-02-09"), ("not_ent", "OSLO", ["ORG", "PERSON"])]),
    dict(id="reference-metadata-wins", bullet="a document's own date wins over --reference-date",
         metadata={"date": "5 June 2021"},
         text="The council voted yesterday to lift the curfew.",
         checks=[("date", "yesterday", "2021-06-04")]),
]

# Run C: files (encodings, HTML meta, bylines), read by clean from disk.
FILE_CASES = [
    dict(id="cp1252", bullet="Windows-1252 input keeps 'José'", ext="txt",
         raw="Jos\xe9 Ram\xedrez, the coach of the under-21 side, said the players were \u201cexhausted\u201d "
             "after the final in M\xe1laga.\n".encode("cp1252"),
         checks=[("text_has", "José Ramírez"), ("text_has", "Málaga"), ("ent", "José Ramírez", PER)]),
    dict(id="latin1", bullet="Latin-1 input keeps accents", ext="txt",
         raw="Fran\xe7ois Lef\xe8vre opened the caf\xe9 in Orl\xe9ans in 1998.\n".encode("latin-1"),
         checks=[("text_has", "François Lefèvre"), ("ent", "François Lefèvre", PER)]),
    dict(id="html-meta", bullet="HTML meta date anchors relative dates", ext="html",
         raw=("<!doctype html><html><head><title>Bridge shut after crack found</title>"
              "<meta property=\"article:published_time\" content=\"2021-05-20T10:00:00Z\">"
              "<meta name=\"author\" content=\"Priya Nair\"></head><body><article>"
              "<h1>Bridge shut after crack found</h1>"
              "<p>Engineers closed the river bridge on Tuesday after a routine inspection found a crack in "
              "one of its steel supports, the highways agency said.</p>"
              "<p>The bridge carries about 20,000 vehicles a day and is expected to stay shut until the end "
              "of the month while repairs are planned and carried out by contractors.</p>"
              "</article></body></html>").encode("utf-8"),
         checks=[("date", "Tuesday", "2021-05-18"), ("meta", "author", "Priya Nair")]),
    dict(id="byline-reach", bullet="byline 'Reach her at NAME@…' gives the author; contact lines leave the text", ext="txt",
         raw=("Harbour tolls to rise in spring\n\n"
              "The port authority will raise tolls for leisure boats by ten percent from April, its board "
              "decided on Monday after a long debate.\n\n"
              "Fishing crews are exempt from the rise, which the board said would pay for new pontoons.\n\n"
              "Maria Okafor covers transport. Reach her at maria.okafor@examplenews.com.\n\n"
              "Email address\n\nSign up\n").encode("utf-8"),
         checks=[("meta", "author", "Maria Okafor"), ("text_lacks", "Email address"),
                 ("text_lacks", "Reach her at")]),
    dict(id="byline-guest", bullet="'Guest essay by Dr. NAME' gives the author, not a title", ext="txt",
         raw=("Why towns need their libraries\n\nGuest essay by Dr. Samuel Adeyemi\n\n"
              "Every week I meet readers who rely on the branch library for far more than books: "
              "internet access, warmth and company among them.\n\n"
              "Closing branches saves little and costs communities a great deal, as councils elsewhere "
              "have found to their regret.\n").encode("utf-8"),
         checks=[("meta", "author", "Samuel Adeyemi"), ("meta", "title", "Why towns need their libraries")]),
]

FILE_CASES += [
    dict(id="html-meta-2", bullet="HTML meta name=date anchors relative dates", ext="html",
         raw=("<!doctype html><html><head><title>Library extends opening hours</title>"
              "<meta name=\"date\" content=\"2020-02-14\"></head><body><article>"
              "<h1>Library extends opening hours</h1>"
              "<p>The central library began opening until nine in the evening yesterday, after a survey of "
              "readers found that most of them could only visit after work.</p>"
              "<p>The longer hours will be reviewed in the summer, when the council sets its budget for the "
              "coming year and decides how many staff the branches need.</p>"
              "</article></body></html>").encode("utf-8"),
         checks=[("date", "yesterday", "2020-02-13")]),
    dict(id="byline-3", bullet="'By Dr. NAME' with a contact line gives the author; the contact line leaves the text", ext="txt",
         raw=("Rivers run low as dry spell lasts\n\nBy Dr. Helen Mbeki\n\n"
              "River levels across the province fell to their lowest in a decade this week, water officials said, "
              "and farmers were asked to cut their use by a fifth.\n\n"
              "Rain is not expected before the end of the month, forecasters said.\n\n"
              "Contact the author at h.mbeki@examplenews.org\n").encode("utf-8"),
         checks=[("meta", "author", "Helen Mbeki"), ("text_lacks", "Contact the author")]),
]

# Run B: the corpus timeline over three reports of one event (no reference date).
TIMELINE_DOCS = [
    dict(id="tl-a", metadata={"date": "2024-04-12"},
         text="The regional parliament dissolved itself on April 9, 2024 after the coalition collapsed. "
              "Analyst Tom Reyes wrote on Thursday that an election was likely. The governor resigned on April 10, 2024."),
    dict(id="tl-b", metadata={"date": "2024-04-13"},
         text="Lawmakers voted to dissolve the regional parliament on April 9, 2024, ending months of deadlock. "
              "The governor resigned on April 11, 2024, a day later than planned."),
    dict(id="tl-c", metadata={"date": "2024-04-14"},
         text="The regional parliament dissolved on April 9, 2024. Commentator Ana Ruiz said on Friday that voters were tired."),
]

# Run B2: the same event written relative to each source's own date, and a columnist's day of writing.
TIMELINE_DOCS_2 = [
    dict(id="tl2-a", metadata={"date": "2024-05-03"},
         text="The old footbridge over the canal collapsed on Wednesday, injuring two cyclists. "
              "Columnist Ruth Adler wrote on Thursday that the council had ignored warnings."),
    dict(id="tl2-b", metadata={"date": "Thu, 02 May 2024 18:00:00 +0100"},
         text="The old footbridge over the canal collapsed yesterday, and two cyclists were hurt. "
              "Repairs will start on May 20, 2024."),
]
