"""An act told at a country or province whose scene the next sentence gives (session 26, H280).

- A definite noun of the act's kind, or an incident noun ("الحادث"), then a
  verb of occurring ("الذي وقع") and a town inside the unit: the event moves
  to that town.
- The sentence right after retells the act by a word of its very sub-type
  with the town after it: the same act, so it moves there (and merges with
  the retelling).
- Not when the next sentence opens as a roundup's next item or calls the act
  another one ("كما ... مبنى آخر"), nor when it names a province (dedupe
  reads the country's act as the lead of the province's), nor when its act
  noun is of another kind (an explosion after a clash).
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.gazetteer import load_geocode_weights
from marsad.text import normalize

DAY = dt.date(2018, 8, 10)


def _located(text: str) -> list[tuple[str, str, int]]:
    return [(e.sub_event_type, e.location, e.geo_precision) for e in marsad.extract(text, published=DAY).events]


def test_incident_noun_that_took_place_at_a_town_places_the_act():
    text = ("انفجرت عبوة ناسفة بدورية للشرطة في محافظة الأنبار أمس ما أدى إلى مقتل شرطيين. "
            "وأوضح مسؤول محلي أن الحادث الذي وقع قرب مدينة الرمادي يحقق فيه.")
    assert _located(text) == [("Remote explosive/landmine/IED", "Ramadi", 2)]


def test_act_retold_with_its_town_in_the_next_sentence_is_one_event_there():
    text = ("أعلن الجيش الأمريكي أن الغارة التي استهدفت موقعا للقاعدة في جنوب ليبيا شنتها طائرة أمريكية أمس. "
            "وقالت القيادة إن طائرة أمريكية نفذت غارة جوية قرب مدينة أوباري ودمرت المبنى.")
    assert _located(text) == [("Air/drone strike", "Ubari", 2)]


def test_another_act_of_a_roundup_keeps_the_wide_place():
    text = ("أعلن الجيش الأمريكي أن الغارة التي استهدفت موقعا للقاعدة في جنوب ليبيا شنتها طائرة أمريكية أمس. "
            "كما نفذت طائرة أمريكية غارة جوية قرب مدينة أوباري ودمرت مبنى آخر.")
    located = _located(text)
    assert ("Air/drone strike", "Southern Libya", 3) in located
    assert ("Air/drone strike", "Ubari", 2) in located


def test_a_province_named_next_is_left_to_dedupe():
    text = ("قتل قيادي في القاعدة في غارة أمريكية في أفغانستان. "
            "وأوضحت الوزارة أن العملية التي جرت أمس في ولاية باكتيكا أدت إلى مقتله.")
    assert [loc for _, loc, _ in _located(text)] == ["Afghanistan"]


def test_an_act_noun_of_another_kind_names_another_act():
    text = ("قتل جنديان في اشتباكات مع مسلحين في محافظة الأنبار أمس. "
            "وقال مصدر إن الانفجار الذي وقع في مدينة الرمادي لم يسفر عن ضحايا.")
    located = _located(text)
    assert ("Armed clash", "Al-Anbar", 3) in located


def test_occurrence_words_are_stored_normalized():
    weights = load_geocode_weights()
    for word in weights.occurrence_verbs | weights.incident_nouns:
        assert normalize(word) == word
    assert {"وقع", "جرت", "تعرض"} <= weights.occurrence_verbs
    assert normalize("حادثة") in weights.incident_nouns
