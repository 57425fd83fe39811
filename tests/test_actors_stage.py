"""Actors stage: recognition, nationality adjectives, victims, coreference, country."""

from __future__ import annotations

import datetime as dt
import re

from marsad.document import Document, Sentence
from marsad.stages import actors as stage
from marsad.stages import places


def _doc(text: str, country: str | None = "SY", published: dt.date | None = dt.date(2018, 8, 1)) -> Document:
    doc = Document(text=text, published=published)
    doc.country_hint = country
    doc.sentences = [Sentence(m.start(), m.end(), i, 0)
                     for i, m in enumerate(re.finditer(r"[^\n.]+\.?", text)) if m.group().strip()]
    stage.process(doc)
    return doc


def _actors(doc: Document) -> list[tuple[str, str, int]]:
    return [(m.text, m.value.name, m.value.inter) for m in doc.of_kind("actor")]


def test_reference_sentence_actors_and_russian_support():
    doc = _doc("انكفأ عشرات من «داعش» إلى جيب محدود على وقع هجوم عنيف تشنه قوات النظام بدعم روسي.")
    found = _actors(doc)
    assert ("داعش", "Islamic State (Syria)", 2) in found
    assert ("قوات النظام", "Military Forces of Syria (2000-)", 1) in found
    support = [m for m in doc.of_kind("actor") if m.attrs["assoc"]]
    assert [(m.text, m.value.name, m.value.inter) for m in support] == [("بدعم روسي", "Military Forces of Russia (2000-)", 8)]


def test_offsets_point_at_raw_text():
    doc = _doc("وقصفت قوّاتُ النظام البلدة.")
    mention = doc.of_kind("actor")[0]
    assert doc.text[mention.start:mention.end] == mention.text == "قوّاتُ النظام"


def test_nationality_adjective_attaches_forces_to_country():
    doc = _doc("شنت الطائرات الحربية الروسية غارات، وقصف الجيش التركي قرى حدودية.")
    found = {(name, inter) for _, name, inter in _actors(doc)}
    assert ("Military Forces of Russia (2000-)", 8) in found
    assert ("Military Forces of Turkey (2016-)", 8) in found


def test_clitics_are_tolerated():
    doc = _doc("اشتبكت الفصائل مع وتنظيم داعش، ونسبت الهجمات للحوثيين، وقتل عنصر بالحوثيين.", country="YE")
    names = [name for _, name, _ in _actors(doc)]
    assert "Islamic State (Yemen)" in names
    assert names.count("Ansar Allah (Houthis)") == 2


def test_victim_nouns_are_generic_civilians_of_the_country():
    doc = _doc("قتل خمسة مدنيين بينهم أطفال ونساء في قصف على البلدة.", country="IQ")
    victims = [m for m in doc.of_kind("actor") if m.attrs["victim"]]
    assert {m.value.name for m in victims} == {"Civilians (Iraq)"}
    assert all(m.attrs["generic"] and m.value.inter == 7 for m in victims)


def test_protesters_are_victim_generic_protesters():
    doc = _doc("أطلقت الشرطة الغاز على المتظاهرين في الساحة.", country="IQ")
    protesters = [m for m in doc.of_kind("actor") if m.value.name == "Protesters (Iraq)"]
    assert protesters and protesters[0].attrs["victim"] and protesters[0].value.inter == 6


def test_reference_coreference_resolves_to_islamic_state():
    doc = _doc("هاجم «داعش» البلدة. وشنّ التنظيم هجوماً قبل أن يختطف المتطرفون 30 سيدة. وتقدمت القوات على حساب المتشددين.")
    corefs = [m for m in doc.of_kind("actor") if m.attrs["coref"]]
    assert [m.text for m in corefs] == ["التنظيم", "المتطرفون", "المتشددين"]
    assert {m.value.name for m in corefs} == {"Islamic State (Syria)"}


def test_coref_without_antecedent_uses_fallback_or_nothing():
    doc = _doc("أطلق المسلحين النار. وقال التنظيم كلاماً.")
    assert [(m.text, m.value.name) for m in doc.of_kind("actor")] == [("المسلحين", "Unidentified Armed Group (Syria)")]


def test_israeli_forces_in_gaza_follow_gold_convention():
    doc = _doc("قصفت قوات الاحتلال منزلا في قطاع غزة واستشهد ثلاثة فلسطينيين.", country=None,
               published=dt.date(2024, 2, 15))
    found = {(name, inter) for _, name, inter in _actors(doc)}
    assert ("Military Forces of Israel (2022-)", 8) in found
    assert ("Civilians (Palestine)", 7) in found


def test_government_forces_depend_on_country_and_finalize_updates_them():
    doc = _doc("تقدمت القوات الحكومية في ريف المدينة.", country=None)
    stage.finalize_actors(doc, "YE")
    assert doc.of_kind("actor")[0].value.name == "Military Forces of Yemen (2012-2022)"
    stage.finalize_actors(doc, "IQ")
    assert doc.of_kind("actor")[0].value.name == "Military Forces of Iraq (2014-2018)"


def test_country_is_guessed_from_text_when_no_hint():
    doc = Document(text="قصف طيران التحالف مواقع في صنعاء وعدن باليمن.")
    assert stage.guess_country(doc) == "YE"
    stage.process(doc)
    assert doc.of_kind("actor")[0].value.name == "Military Forces of Saudi Arabia (2015-)"


def test_plain_prose_yields_no_named_actor():
    doc = _doc("فاز الفريق بالمباراة وخطف الأضواء في الدوري، وقال المدرب إن الهجوم كان قويا.", country=None)
    assert [m for m in doc.of_kind("actor") if not m.attrs["generic"]] == []


def test_regime_named_as_what_rebels_oppose_is_not_an_actor():
    doc = _doc("استهدفت الفصائل المقاتلة المعارضة للنظام السوري ثلاث قرى بالصواريخ.")
    assert [m.value.name for m in doc.of_kind("actor")] == ["Opposition Rebels (Syria)"]


def _placed_actors(text: str, country: str) -> list[str]:
    """Actor names with the places stage run first, as in the pipeline."""
    doc = Document(text=text, published=dt.date(2018, 8, 1))
    doc.country_hint = country
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    places.process(doc)
    stage.process(doc)
    return [m.value.name for m in doc.of_kind("actor")]


def test_farms_named_as_a_place_are_no_civilians_but_a_farmer_is():
    assert "Civilians (Lebanon)" not in _placed_actors("سقطت قذائف على مزارع الحولة قرب الحدود.", "LB")
    assert "Civilians (Lebanon)" not in _placed_actors("قصفت المدفعية الإسرائيلية مزارع شبعا المحتلة.", "LB")
    assert "Civilians (Lebanon)" in _placed_actors("قتل مزارع برصاص قناص قرب بلدة شبعا.", "LB")


def test_a_force_noun_a_place_cue_makes_a_place_is_no_actor():
    assert _placed_actors("انفجرت سيارة مفخخة في حي الشرطة جنوب بغداد.", "IQ") == []
    assert _placed_actors("اعتقلت الشرطة مسلحين في بغداد.", "IQ") == ["Police Forces of Iraq (2014-2018)",
                                                                    "Unidentified Armed Group (Iraq)"]


def test_a_reference_word_loyal_to_the_actor_before_it_is_its_ally_not_that_actor():
    doc = _doc("صدت وحدات حماية الشعب هجوما للقوات التركية والفصائل الموالية لها قرب بلدة جنديرس.")
    assert [name for _, name, _ in _actors(doc)][-1] == "Opposition Rebels (Syria)"
    plain = _doc("صدت وحدات حماية الشعب هجوما للقوات التركية قرب جنديرس، وقالت الفصائل إنها تتقدم.")
    assert _actors(plain)[-1] == ("الفصائل", "YPG: People's Protection Units", 2)


def test_armies_named_by_their_own_communiques_are_their_states_forces():
    algeria = _actors(_doc("قتلت وحدات الجيش الوطني الشعبي إرهابيين في ولاية البويرة.", country="DZ"))
    turkey = _actors(_doc("أعلنت رئاسة الأركان التركية تدمير مواقع في شمال العراق.", country="IQ"))
    assert any(name.startswith("Military Forces of Algeria") for _, name, _ in algeria)
    assert not any("National Army" in name for _, name, _ in algeria)
    assert any(name.startswith("Military Forces of Turkey") for _, name, _ in turkey)
