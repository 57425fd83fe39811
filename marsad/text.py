"""Arabic text normalization shared by every stage and every data file.

Matching happens on a *normalized view* of the text; evidence and offsets
always refer to the raw text.  `normalize_with_offsets` therefore returns, for
each normalized character, the index of the raw character it came from, so
that a match in the normalized view maps back to an exact raw span.

The same `normalize` must be applied to every lexicon, gazetteer and
catalogue entry when it is loaded (a lesson from spaCy's Arabic folder: data
that is not run through the text normalizer silently never matches).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Harakat, Quranic marks and the superscript alef: dropped entirely.
_DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE))
_DROPPED = _DIACRITICS | {
    0x0640,  # tatweel
    0x200B, 0x200C, 0x200D, 0x200E, 0x200F,  # zero-width and direction marks
    0x061C,  # Arabic letter mark
    0xFEFF,  # byte-order mark / zero-width no-break space
}

# One-to-one letter folds: hamza-carrying alefs, alef maqsura, ta marbuta,
# hamza on waw / yeh, Persian/Urdu letter shapes, digits.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ",
    "#": " ", "_": " ",  # hashtags (#ميليشيا_الحوثي) read as the words they join
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits


def _base_fold(ch: str) -> str:
    """Normalized form of one character that is not a presentation form."""
    if ord(ch) in _DROPPED:
        return ""
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


def _build_table() -> dict[int, str | None]:
    """str.translate table: every character whose normalized form differs."""
    table: dict[int, str | None] = {code: None for code in _DROPPED}
    table.update({ord(ch): folded for ch, folded in _FOLD.items()})
    table.update({code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)})
    presentation = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]
    for code in presentation:
        ch = chr(code)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:  # ligatures and contextual letter shapes
            table[code] = "".join(_base_fold(c) for c in decomposed)
    return table


_TABLE = _build_table()
# The older spelling of a final hamza on yeh writes alef maqsura then a bare
# hamza (الطوارىء، مبادىء، شىء): it folds like "ئ", to one "ي", so that both
# spellings of a word match the same lexicon entry.
_MAQSURA_HAMZA = "ىء"
# Characters whose normalized form is not exactly one character: offsets shift there.
_SHIFTING = re.compile(
    _MAQSURA_HAMZA + "|["
    + "".join(re.escape(chr(c)) for c, v in sorted(_TABLE.items()) if v is None or len(v) != 1) + "]"
)


def normalize(text: str) -> str:
    """Return the normalized matching form of `text`."""
    if _MAQSURA_HAMZA in text:
        text = text.replace(_MAQSURA_HAMZA, "ئ")
    return text.translate(_TABLE)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize `text` and map each output character to its raw index.

    The returned list has one entry per normalized character plus a final
    sentinel equal to ``len(text)``, so ``offsets[end]`` is always valid.
    Only characters that are dropped or expanded shift offsets, so runs
    between them are mapped in bulk.
    """
    offsets: list[int] = []
    position = 0
    for match in _SHIFTING.finditer(text):
        index = match.start()
        offsets.extend(range(position, index))
        replacement = "ي" if match.end() - index > 1 else _TABLE[ord(text[index])] or ""
        offsets.extend([index] * len(replacement))
        position = match.end()
    offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    return normalize(text), offsets


ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
WORD_RE = re.compile(rf"[{ARABIC_LETTER}A-Za-z0-9]+")

# Proclitics that attach to a noun in news prose, longest first: conjunction
# و/ف, preposition ب/ل/ك, and the article ال (ل+ال contracts to لل).
CLITIC_PREFIXES = (
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
    "لل", "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
)


# Possessive pronouns glued to a noun ("جنودها"، "مقاتليه"، "قادتنا").
POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "نا", "ه")


def possessed_stems(word: str, suffixes: tuple[str, ...] = POSSESSIVE_SUFFIXES, written: str = "") -> list[str]:
    """The nouns a normalized word may be with a possessive suffix cut ("جنودها" → "جنود"),
    with a noun in ة, written ت before the suffix, restored ("قادتها" → "قاده").

    Normalizing writes a final ة as ه, so "قائدة" looks like "قائد" + "ه" (his commander):
    given the word as `written`, a final ة is no suffix."""
    if written.endswith("ة"):
        suffixes = tuple(suffix for suffix in suffixes if suffix != "ه")
    stems = []
    for suffix in suffixes:
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            stems.append(stem)
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ه")
    return stems


def strip_conjunction(word: str) -> str:
    """A word without a leading conjunction و/ف (kept on words of three letters or fewer, where it is likely a root letter)."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


@functools.lru_cache(maxsize=1 << 16)
def strip_clitics(word: str) -> tuple[str, ...]:
    """Candidate stems of a normalized word after removing proclitics.

    Returns the word itself first, then each shorter stem (with and without
    the article), so callers can try the most literal reading first.  Cached
    (every stage asks about the same words), so the result is a tuple.
    """
    seen = [word]
    for prefix in CLITIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            stem = word[len(prefix):]
            if prefix.endswith("ال") or prefix.endswith("لل"):
                for form in ("ال" + stem, stem):
                    if form not in seen:
                        seen.append(form)
            elif stem not in seen:
                seen.append(stem)
    return tuple(seen)
