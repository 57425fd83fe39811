"""An undated front brief whose lead tells an operation still going on is a report, not commentary.

A short dispatch from the front often dates nothing (its acts are the day's)
and names its source once: the genre reading took it for an author telling
(few sentences attribute, none is dated) and flagged its fresh strikes as
background.  A lead such as "تواصل القوات عملياتها ..." or "لا تزال المدافع
تجدد قصفها ..." in an article with no stance cue marks it as a report.
"""

import datetime as dt
from types import SimpleNamespace

import pytest
from support import joined_sentences

from marsad.document import Event, Mention
from marsad.knowledge import genre as genre_data
from marsad.stages import genre
from marsad.text import normalize

PUBLISHED = dt.date(2019, 3, 6)
STRIKE = "وطالت الغارات مواقع للمسلحين في محيط بلدة الشيخ مسكين."
# A brief of our own: one attribution, no date, no stance.
BRIEF = [
    "أفادت مصادر عسكرية بسقوط قتلى في صفوف المسلحين في مواجهات غرب مدينة درعا.",
    "بالتزامن مع ذلك، شنت المقاتلات عدة غارات على مواقع المسلحين في ريف المحافظة.",
    STRIKE,
    "كما قصفت المدفعية مواقع للمسلحين في مناطق متفرقة من الريف الغربي.",
    "وطال القصف مستودعا للذخيرة قرب الطريق الدولي.",
    "وشوهدت أعمدة الدخان تتصاعد من المنطقة.",
]
ONGOING_LEADS = [
    "تواصل القوات الحكومية عملياتها العسكرية غرب مدينة درعا ضد خلايا المسلحين.",
    "واصلت القوات الحكومية تمشيط الأحياء الغربية من مدينة درعا بعد طرد المسلحين منها.",
    "لا تزال مدافع المسلحين تجدد قصفها على القرى الحدودية في ريف درعا.",
    "تجددت الاشتباكات بين القوات الحكومية والمسلحين غرب مدينة درعا.",
]


def brief_doc(lead: str | None = None, extra: list[str] | None = None):
    """The brief (its lead replaced by `lead`) with one event on its strike sentence, which names a town."""
    lines = [lead or BRIEF[0], *BRIEF[1:], *(extra or [])]
    doc = joined_sentences(*lines, published=PUBLISHED)
    sentence = doc.sentences[2]
    doc.add(Mention(sentence.end - 6, sentence.end - 1, "place", "مسكين",
                    attrs={"place": SimpleNamespace(feature_class="town")}))
    doc.events = [Event("Explosions/Remote violence", "Air/drone strike",
                        evidence_spans=[(sentence.start, sentence.end)])]
    return doc


def test_the_plain_brief_still_reads_as_commentary() -> None:
    """Without an ongoing lead the brief's measures are a column's (the behaviour the lead cue corrects)."""
    doc = brief_doc()
    assert genre.is_commentary(doc, genre.read_genre(doc))
    genre.process(doc)
    assert [e.background for e in doc.events] == [True]


@pytest.mark.parametrize("lead", ONGOING_LEADS)
def test_a_brief_whose_lead_tells_an_ongoing_operation_keeps_its_strike_as_news(lead: str) -> None:
    doc = brief_doc(lead)
    reading = genre.read_genre(doc)
    assert reading.ongoing and reading.opinion == 0
    assert not genre.is_commentary(doc, reading)
    genre.process(doc)
    assert [e.background for e in doc.events] == [False]


def test_a_column_with_an_ongoing_lead_and_the_authors_stance_stays_commentary() -> None:
    stance = ["لا شك أن المشهد بات أكثر تعقيدا مما نتصور.", "ينبغي علينا أن نسأل: من المستفيد من هذا الخراب؟"]
    doc = brief_doc(ONGOING_LEADS[0], extra=stance)
    reading = genre.read_genre(doc)
    assert reading.ongoing and reading.opinion > 0
    assert genre.is_commentary(doc, reading)


def test_the_noun_of_an_ongoing_verb_in_the_lead_is_no_cue() -> None:
    doc = brief_doc("تفاعل المسؤولون مع الوسوم المتداولة على مواقع التواصل بعد القصف على مدينة درعا.")
    assert not genre.read_genre(doc).ongoing


def test_ongoing_lead_is_a_verb_list_read_with_a_conjunction_only() -> None:
    cues = genre_data.load_genre_cues().ongoing_lead
    assert normalize("وتواصل") in cues.words and normalize("فواصلت") in cues.words
    assert normalize("التواصل") not in cues.words and normalize("بالتواصل") not in cues.words
    assert cues.found(normalize("لا تزال المدافع تجدد قصفها"))
