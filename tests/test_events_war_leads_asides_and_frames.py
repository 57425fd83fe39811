"""Leads of war news from Gaza, the West Bank and across the Lebanese border.

Each sentence is invented in the style of the news the classes of phrasing
were seen in: an aside between dashes glued to its words is no dateline;
footage "of" an act shows the act; a missile attack named as such needs no
scene word; a diplomat summoned "to protest" is no demonstration; resistance
fighters who clash are fighters, not rioters; a delegation named by its task
holds no talks; "قصف مقاتليها X" was done by the side named before, and a
bracketed gloss of a name is not the subject; a verb joined by و shares the
first verb's subject; the side a war-day frame names did not commit the act
told after it; bombs thrown in a clash are the clash; deaths told as days or
more before the news are its recalled reference point; a named region across
the border is a scene; bare "الضفة" is the West Bank and "جنوبي القطاع" the
south of Gaza; the definite plural "الهجمات الصاروخية" is no new attack.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.document import Document
from marsad.stages import sentences

DAY = dt.date(2024, 9, 12)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def _split(text: str) -> list[str]:
    doc = Document(text=text)
    doc.body = [marsad.document.Span(0, len(text))]
    sentences.process(doc)
    return [doc.slice(s.start, s.end) for s in doc.sentences]


def test_an_aside_between_glued_dashes_is_no_dateline():
    text = "بثت كتائب المجاهدين -الجناح المسلح لحركة التحرير (فتح)- مشاهد لقصف موقع عسكري شرق رفح."
    assert _split(text) == [text]


def test_a_dateline_with_its_agency_still_stands_apart():
    parts = _split("غزة - (وكالات) - قصفت المدفعية الإسرائيلية بلدة بيت حانون صباح اليوم.")
    assert len(parts) == 2 and parts[1].startswith("قصفت")


def test_footage_of_an_act_shows_the_act_and_a_bracketed_gloss_is_not_the_subject():
    text = ("نشرت كتائب القسام -الجناح العسكري لحركة المقاومة الإسلامية (حماس)- صورا لاستهداف دبابة "
            "إسرائيلية في بلدة بني سهيلا شرق خان يونس.")
    events = _events(text)
    assert events and all(e.actor1 == "Al Qassam Brigades" for e in events)


def test_a_missile_attack_named_as_such_is_an_event_without_scene_words():
    events = _events("أثار الهجوم الصاروخي الإيراني على إسرائيل أمس قلقا دوليا واسعا.")
    assert [(e.sub_event_type, e.actor1, e.country) for e in events] == [
        ("Shelling/artillery/missile attack", "Military Forces of Iran (1989-)", "Israel")]


def test_a_charge_d_affaires_summoned_to_protest_is_no_demonstration():
    text = ("استدعت وزارة الخارجية الفرنسية -للمرة الثالثة هذا الشهر- القائم بأعمال السفارة الروسية "
            "في باريس للاحتجاج على تصريحات وزير الدفاع.")
    assert _events(text) == []


def test_resistance_fighters_who_clash_are_no_rioters():
    events = _events("اشتبك مقاومون فلسطينيون فجر اليوم مع قوات الاحتلال في مخيم بلاطة شرق نابلس.")
    assert events and {e.event_type for e in events} == {"Battles"}


def test_a_delegation_named_by_its_task_holds_no_talks():
    assert _events("ويتوجه وفد التفاوض الإسرائيلي إلى القاهرة السبت لاستئناف المحادثات مع الوسطاء.") == []


def test_an_act_noun_followed_by_its_own_fighters_belongs_to_the_side_named_before():
    text = ("عرضت سرايا القدس -الجناح العسكري لحركة الجهاد الإسلامي- مشاهد من قصف مقاتليها جنود وآليات "
            "جيش الاحتلال في حي الشجاعية شرقي مدينة غزة.")
    events = _events(text)
    assert events and all(e.actor1 == "Al Quds Brigades" for e in events)
    assert all(e.actor2 and e.actor2.startswith("Military Forces of Israel") for e in events)


def test_a_verb_joined_by_and_shares_the_first_verbs_subject():
    text = "هاجمت سرايا القدس مقر قيادة العملية البرية للاحتلال في حي الشجاعية واشتبكت مع الجنود."
    events = _events(text)
    assert [e.actor1 for e in events] == ["Al Quds Brigades"]


def test_the_side_of_a_war_day_frame_did_not_commit_the_act_after_it():
    text = "في اليوم الـ200 من العدوان الإسرائيلي على غزة، هاجمت كتائب القسام تجمعا لجنود الاحتلال في حي الزيتون."
    events = _events(text)
    assert events and all(e.actor1 == "Al Qassam Brigades" for e in events)


def test_a_war_day_frame_keeps_its_side_for_the_sides_own_act():
    text = "في اليوم الـ200 من العدوان الإسرائيلي على غزة، واصلت قوات الاحتلال قصف مدينة رفح جنوبي القطاع."
    events = _events(text)
    assert events and all((e.actor1 or "").startswith("Military Forces of Israel") for e in events)


def test_bombs_thrown_in_a_clash_are_the_clash():
    text = "اندلعت اليوم اشتباكات مسلحة في مخيم بلاطة، استهدف خلالها مسلحون قوات الاحتلال بعبوات ناسفة."
    events = _events(text)
    assert events and {(e.event_type, e.sub_event_type) for e in events} == {("Battles", "Armed clash")}


def test_a_named_region_across_the_border_is_the_scene():
    text = ("قال حزب الله إن مقاتليه قصفوا مواقع عسكرية في الجليل الأعلى بالصواريخ ردا على غارة "
            "استهدفت بلدة عيتا الشعب جنوبي لبنان.")
    events = _events(text)
    assert any(e.location == "Galilee" and e.actor1 == "Hezbollah" for e in events)


def test_bare_west_bank_after_a_preposition_is_the_west_bank():
    events = _events("اعتقلت قوات الاحتلال الإسرائيلي أمس 15 فلسطينيا من الضفة، بينهم طلاب جامعات.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "West Bank")]


def test_the_definite_plural_of_missile_attacks_is_no_new_attack():
    assert _events("وقالت المندوبة إن الهجمات الصاروخية على جنوب إسرائيل يجب أن تتوقف.") == []


def test_the_south_of_the_strip_named_back_is_south_gaza():
    events = _events("أعلنت الحركة استشهاد قائدها في اشتباك مع قوات الاحتلال الإسرائيلي جنوبي القطاع أمس.")
    assert [e.location for e in events] == ["South Gaza"]


def test_deaths_months_before_the_news_are_its_recalled_reference_point():
    text = ("أعلنت المنظمة الإغاثية مقتل أحد عمالها في مدينة غزة، وذلك بعد ثلاثة أشهر من مقتل خمسة من "
            "عمالها في غارات إسرائيلية.")
    events = _events(text)
    assert events and all(e.sub_event_type != "Air/drone strike" for e in events)


def test_deaths_minutes_before_are_still_the_fight_told():
    text = ("وأضافت المصادر أن المقاومة أحرقت دورية أخرى للحوثيين بعد أقل من ربع ساعة من مصرع ستة حوثيين "
            "في كمين شرقي مدينة رداع.")
    assert any(e.event_type == "Battles" for e in _events(text))
