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


# Code review 2 (findings 2-5): the next sentence tells another act, not this one's scene.
REVIEW_DAY = dt.date(2018, 7, 20)


def _review_located(text: str) -> list[tuple[str, str]]:
    return [(str(e.event_date), e.location) for e in marsad.extract(text, published=REVIEW_DAY).events]


def test_a_pluperfect_recall_keeps_todays_act_at_its_province():
    text = ("قتل ثلاثة مدنيين في غارة جوية على محافظة إدلب اليوم. "
            "وكانت الطائرات قد شنت غارة جوية على مدينة سراقب الأسبوع الماضي.")
    assert ("2018-07-20", "Idlib") in _review_located(text)
    assert ("2018-07-20", "Saraqib") not in _review_located(text)


def test_a_recalled_clash_of_last_month_keeps_todays_clash_at_its_province():
    text = ("قتل ثلاثة جنود أتراك في اشتباكات مع مسلحي حزب العمال الكردستاني في ولاية هكاري. "
            "وكانت الاشتباكات التي وقعت في بلدة يوكسكوفا الشهر الماضي قد أسفرت عن مقتل جنديين.")
    located = _review_located(text)
    assert ("2018-07-20", "Hakkari") in located
    assert ("2018-07-20", "Yüksekova") not in located


def test_another_attackers_strike_is_no_retelling():
    text = ("قتل ثلاثة مدنيين في غارة جوية روسية على محافظة إدلب اليوم. "
            "وشنت طائرات التحالف الدولي غارة جوية على مدينة سرمدا استهدفت قياديا في تنظيم القاعدة.")
    events = marsad.extract(text, published=REVIEW_DAY).events
    russian = [e for e in events if "Russia" in e.actor1]
    assert [e.location for e in russian] == ["Idlib"]


def test_the_earlier_attack_compared_with_is_not_the_scene():
    text = ("قتل خمسة جنود في هجوم شنه مسلحون شمال مالي. "
            "وقالت وزارة الدفاع إن الهجوم الذي وقع في منطقة موبتي أمس هو الثاني هذا الأسبوع، بعد الهجوم الذي وقع في بلدة غاو.")
    assert "Gao" not in [loc for _, loc in _review_located(text)]


def test_a_topic_shift_and_a_bare_incident_noun_keep_the_province():
    text = ("قتل جنديان في هجوم لمسلحي داعش في محافظة ديالى اليوم. "
            "إلى ذلك، أصيب ثلاثة مدنيين في الحادث الذي وقع في مدينة بعقوبة عندما انقلبت سيارتهم.")
    assert _review_located(text) == [("2018-07-20", "Diyala")]


def test_scene_guard_words_are_loaded_normalized():
    weights = load_geocode_weights()
    assert ("الي", "ذلك") in weights.scene_shift_openers or (normalize("إلى"), "ذلك") in weights.scene_shift_openers
    assert normalize("بعد") in weights.comparison_words
    for phrase in weights.scene_shift_openers | weights.scene_recall_phrases:
        assert tuple(normalize(" ".join(phrase)).split()) == phrase
