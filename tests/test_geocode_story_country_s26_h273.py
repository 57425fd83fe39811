"""The story's country is the one its text names, not a wire desk's, a person's
name read as a capital, or a common noun read as a city abroad.

A wire dateline ("دبي، الإمارات العربية المتحدة (CNN) --") and a bare capital
("تيرانا حسن", a spokeswoman) vote for no country the text names no other way;
an act told with no place beside a country's police named by its adjective is
in that country; a unit after a border word is a scene when its sentence
carries its country's adjective; a site noun ("ميدان", "ميناء") is a city only
after a cue word.
"""

from __future__ import annotations

import datetime as dt

from support import chosen_place, geocoded_doc

from marsad.pipeline import extract_text

_DAY = dt.date(2018, 3, 12)
_DESK = "دبي، الإمارات العربية المتحدة (CNN) -- "


def _countries(doc) -> list[str]:
    return [event.iso for event in doc.events]


def test_a_wire_desk_abroad_is_not_the_story_country():
    doc = extract_text(
        _DESK + "قالت الشرطة إن حارسا أطلق النار على رجل يحمل سكينا في فيينا مساء الأحد، ما أدى إلى مقتله.",
        published=_DAY,
    )
    assert doc.country_hint == "AT"
    assert _countries(doc) == ["AT"]


def test_a_dateline_the_text_names_again_still_votes():
    doc = geocoded_doc(_DESK + "أعلنت السلطات الإماراتية افتتاح معرض جديد للكتاب.")
    assert doc.country_hint == "AE"


def test_a_person_named_like_a_capital_does_not_make_the_story_country():
    doc = extract_text(
        "قالت منظمة حقوقية إن بورما تبني قواعد عسكرية في قرى أحرقت.\n"
        "وقالت الباحثة تيرانا حسن إن الجيش البورمي أعدم عشرة من القرويين في أيلول/سبتمبر الماضي.",
        published=_DAY,
    )
    assert doc.country_hint == "MM"
    assert set(_countries(doc)) <= {"MM"}


def test_an_act_beside_a_country_police_named_by_adjective_is_in_that_country():
    doc = extract_text(
        _DESK + "أعلنت المحكمة العليا في السعودية أن الأحد أول أيام الشهر.\n"
        "وكشفت السلطات الأردنية عن مقتل ضابط من قوات الدرك الأردنية في انفجار عبوة ناسفة مساء الجمعة.",
        published=_DAY,
    )
    assert _countries(doc) == ["JO"]


def test_a_police_named_by_its_role_moves_no_act_abroad():
    doc = extract_text(
        "قتل مسلحون ثلاثة جنود في هجوم على حاجز في مدينة عدن اليمنية.\n"
        "وتطرقت الصحيفة إلى اقتحام عصابات المستوطنين المسجد الأقصى، تتولى حراستها عناصر من شرطة الاحتلال.",
        published=_DAY,
    )
    assert "IL" not in _countries(doc)


def test_a_unit_after_a_border_word_is_the_scene_its_adjective_names():
    doc = extract_text(
        "أتلانتا، الولايات المتحدة الأمريكية (CNN) -- سرق موظف طائرة من مطار سياتل في الولايات المتحدة.\n"
        "أعلنت وزارة الصحة الفلسطينية، الجمعة، مقتل اثنين من المتظاهرين الفلسطينيين برصاص قوات إسرائيلية "
        "في مظاهرات على طول السياج الحدودي بين قطاع غزة وإسرائيل.",
        published=_DAY,
    )
    protests = [event for event in doc.events if event.event_type == "Protests"]
    assert protests and all(event.iso == "PS" for event in protests)


def test_a_site_noun_is_a_city_abroad_only_after_a_cue_word():
    doc = geocoded_doc("اعتقلت الشرطة المعارض فور ظهوره في ميدان بوشكين وسط موسكو.")
    assert all(m.attrs.get("place") is None or m.attrs["place"].country_code != "ID" for m in doc.of_kind("place"))
    doc = geocoded_doc("وقع الزلزال قرب مدينة ميدان الإندونيسية.")
    assert chosen_place(doc, "ميدان").country_code == "ID"


# Review of session 26 (findings 0 and 7): a dateline or a bare capital that is
# the scene keeps its vote when other countries are named only as parties
# (condemners, accused, speakers, backers); police serving abroad do not move an
# act out of the town the story names.
_FRIDAY = dt.date(2018, 7, 20)


def _places_of(text: str) -> list[str]:
    return [event.location for event in extract_text(text, published=_FRIDAY).events]


def test_a_dateline_scene_keeps_its_vote_beside_a_country_named_as_a_party():
    cases = {
        "بغداد - قتل 12 شخصا اليوم بانفجار سيارة مفخخة في سوق شعبي، ونددت الولايات المتحدة بالهجوم.": "Baghdad",
        "عدن - قتل 4 جنود اليوم بانفجار عبوة ناسفة استهدفت دوريتهم، واتهمت الحكومة إيران بدعم المسلحين.": "Aden",
        "طرابلس - قتل 3 أشخاص اليوم في اشتباكات بين ميليشيات مسلحة، ودعت إيطاليا إلى وقف القتال.": "Tripoli",
        "دمشق - سقطت قذائف هاون اليوم على أحياء سكنية ما أسفر عن مقتل 3 مدنيين، "
        "واتهمت وسائل إعلام رسمية فصائل مدعومة من تركيا.": "Damascus",
    }
    for text, place in cases.items():
        assert _places_of(text) == [place], text


def test_a_capital_an_act_verb_governs_is_the_scene():
    cases = {
        "هز انفجار قوي كابول اليوم وقتل 6 أشخاص، ونددت باكستان بالهجوم.": ("Kabul", "AF"),
        "هاجم مسلحون من حركة الشباب مقديشو اليوم وقتلوا 5 جنود، وقالت كينيا إن قواتها في حالة تأهب.": ("Mogadishu", "SO"),
    }
    for text, (place, code) in cases.items():
        events = extract_text(text, published=_FRIDAY).events
        assert [(e.location, e.iso) for e in events] == [(place, code)], text


def test_police_serving_abroad_stay_in_the_town_the_story_names():
    text = ("تعيش مدينة عفرين حالة من الفوضى منذ سيطرة الفصائل عليها.\n"
            "وقتل عنصر في الشرطة التركية اليوم بإطلاق نار من مجهولين.")
    events = extract_text(text, published=_FRIDAY).events
    assert [(e.location, e.iso) for e in events] == [("Afrin", "SY")]
