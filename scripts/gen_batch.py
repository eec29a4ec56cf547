#!/usr/bin/env python3
"""Generates a batch of synthetic news-like documents for the batch benchmark.

Sizes run from empty and tiny to several MB (mostly a few KB, a few large ones); some files are
not valid UTF-8 and some are empty. Deterministic for a given seed.
usage: gen_batch.py OUT_DIR [COUNT] [SEED]
       gen_batch.py --stories OUT_DIR [COUNT] [SEED]
With --stories: a news corpus of many stories instead (see `stories_corpus`): Markdown articles
with a title and a date, several outlets per story reporting slightly different figures, and
syndicated copies (exact, or with a new headline and a changed word); OUT_DIR/../truth.jsonl gets
each document's story and the original it copies, for checking.
"""
import json
import os
import random
import sys

WORDS = ("the government said officials protest police minister capital region price fuel talks "
         "security forces troops agreement report week president parliament city people economy "
         "market energy companies workers strike court election opposition statement news agency "
         "border crisis leaders meeting summit country international alliance foreign ministry").split()
NAMES = ["Anna Petrova", "John Smith", "Marat Aliyev", "Li Wei", "Maria Garcia", "Oleg Ivanov"]
PLACES = ["Almaty", "Geneva", "Moscow", "Berlin", "Nairobi", "Lima", "Kazakhstan", "Ukraine"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 24))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(NAMES))
    if rng.random() < 0.4:
        words.insert(rng.randint(1, len(words) - 1), "in " + rng.choice(PLACES))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 5000):,} {rng.choice(['troops', 'people', 'workers'])}")
    text = " ".join(words) + "."
    if rng.random() < 0.15:
        text = f'"{text[:-1]}," {rng.choice(NAMES)} said on Jan. {rng.randint(1, 28)}.'
    return text


def article(rng, target):
    parts = [f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} in {rng.choice(PLACES)}", ""]
    size = 0
    while size < target:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))
        parts.append(paragraph)
        parts.append("")
        size += len(paragraph) + 2
    return "\n".join(parts)


SYLLABLES = "val dor ken mar lis tov ran bel ost fen gar hul ivo jor kas lem nor pel quin rus sev tam ur vik".split()
GIVEN = "Anna Boris Clara David Elena Farid Greta Hugo Ines Jonas Karin Leon Mira Nikolai Olga Pavel Rosa Stefan Tara Viktor".split()
EVENTS = [
    ("flood", "Floods", ["river", "rain", "water", "evacuated", "homes", "rescue", "dam", "flooded"], "people evacuated"),
    ("strike", "Strike", ["workers", "union", "wages", "pay", "factory", "walkout", "talks", "picket"], "workers on strike"),
    ("fire", "Fire", ["fire", "blaze", "firefighters", "smoke", "forest", "hectares", "burned", "wind"], "hectares burned"),
    ("election", "Election", ["voters", "ballot", "seats", "party", "turnout", "campaign", "polls", "coalition"], "votes counted"),
    ("trial", "Trial", ["court", "judge", "verdict", "jury", "prosecutors", "defence", "sentence", "charges"], "witnesses heard"),
    ("quake", "Earthquake", ["earthquake", "tremor", "magnitude", "buildings", "collapsed", "aftershocks", "rubble", "injured"], "buildings damaged"),
    ("merger", "Merger", ["merger", "shares", "deal", "shareholders", "regulators", "bid", "company", "market"], "jobs affected"),
    ("protest", "Protest", ["protesters", "police", "march", "square", "demands", "crowd", "banners", "arrests"], "protesters gathered"),
]
OUTLETS = ["Northern Herald", "Daily Courier", "Evening Post", "Coastal Times", "Metro Wire", "Valley Gazette"]


def place_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def story_article(rng, story, outlet):
    kind, title_word, terms, unit = story["event"]
    figure = story["figure"] + rng.choice([0, 0, 0, rng.randint(1, max(2, story["figure"] // 10))])
    day = story["date"]
    sentences = [
        f"{story['place']} — {title_word.lower()} hit {story['place']} on {day}, {outlet} reports.",
        f"Officials said {figure:,} {unit} by the evening, and {story['person']} of the {story['org']} called it a serious day for the region.",
        f"The {terms[0]} and the {terms[1]} dominated the day as {terms[2]} and {terms[3]} were reported across {story['place']}.",
        f"\"We are doing everything we can,\" {story['person']} said, adding that the {terms[4]} would continue.",
        f"Residents of {story['district']} described the {terms[5]} and the {terms[6]} as the worst in years.",
        f"The {story['org']} will meet again on Friday to discuss the {terms[7]}.",
    ]
    rng.shuffle(sentences[2:])
    filler = [sentence(rng) for _ in range(rng.randint(1, 3))]
    body = sentences[:2] + sentences[2:rng.randint(4, 6)] + filler
    title = f"{title_word} in {story['place']}: {rng.choice(['what we know', 'latest', 'officials respond', 'residents count the cost'])}"
    return title, day, "\n\n".join(body)


def stories_corpus(out, count, rng):
    """About COUNT documents: stories of 1-6 outlets' articles, a third of them syndicated 1-5 times."""
    os.makedirs(out, exist_ok=True)
    truth = []
    index = 0
    story_number = 0
    while index < count:
        story_number += 1
        month, dom = rng.randint(1, 12), rng.randint(1, 28)
        story = {
            "event": rng.choice(EVENTS), "place": place_name(rng), "district": place_name(rng) + " district",
            "person": f"{rng.choice(GIVEN)} {place_name(rng)}", "org": f"{place_name(rng)} {rng.choice(['Council', 'Ministry', 'Authority', 'Union'])}",
            "figure": rng.randint(20, 5000), "date": f"2023-{month:02d}-{dom:02d}",
        }
        for outlet in rng.sample(OUTLETS, rng.randint(1, 6)):
            title, day, body = story_article(rng, story, outlet)
            original = f"doc{index:06d}"
            copies = rng.randint(1, 5) if rng.random() < 0.35 else 0
            for copy in range(copies + 1):
                if index >= count:
                    break
                name = f"doc{index:06d}"
                text_title, text_body = title, body
                if copy and rng.random() < 0.5:
                    text_title = title.split(":")[0] + ": " + rng.choice(["update", "report", "in brief"])
                    text_body = body.replace(" said", " told reporters", 1)
                with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as handle:
                    handle.write(f"---\ntitle: {text_title}\ndate: {day}\n---\n\n{text_body}\n")
                truth.append({"id": name, "story": f"story-{story_number}", "copy_of": original if copy else None})
                index += 1
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), "truth.jsonl"), "w") as handle:
        for row in truth:
            handle.write(json.dumps(row) + "\n")
    print(f"{index} documents in {story_number} stories in {out}")


def main():
    if sys.argv[1] == "--stories":
        out = sys.argv[2]
        count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
        stories_corpus(out, count, random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7))
        return
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    os.makedirs(out, exist_ok=True)
    total = 0
    for index in range(count):
        roll = rng.random()
        path = os.path.join(out, f"doc{index:06d}.txt")
        if roll < 0.01:
            data = b""
        elif roll < 0.02:
            data = article(rng, rng.randint(200, 4000)).encode() + b"\xff\xfe broken \xc3\x28 bytes"
        elif roll < 0.022:
            data = article(rng, rng.randint(1_000_000, 4_000_000)).encode()
        elif roll < 0.2:
            data = article(rng, rng.randint(20, 300)).encode()
        else:
            data = article(rng, int(rng.lognormvariate(8.3, 0.8))).encode()
        with open(path, "wb") as handle:
            handle.write(data)
        total += len(data)
    print(f"{count} documents, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
