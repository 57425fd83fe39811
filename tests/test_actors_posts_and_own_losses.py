"""Who acted and who was hit: posts attacked, a speaker's own losses, coalition members, security branches.

Sentences are invented in the style of the news the classes were seen in: the
force whose post, checkpoint or men were attacked is actor2; a speaker's "our
soldiers" are its own losses; members named with a coalition's act fold into
it; security branches many states name alike belong to the event's country.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2016, 3, 14)


def _events(text: str):
    return marsad.extract(text, published=DAY).events


def test_police_post_attacked_is_the_target():
    events = _events("قتل ثلاثة من أفراد الجيش في هجوم على مركز للشرطة قرب مدينة بعقوبة.")
    assert [(e.inter1, e.actor2) for e in events] == [(3, "Military Forces of Iraq (2014-2018)")]
    events = _events("هاجم مسلحون مقرا للشرطة في مدينة الرمادي.")
    assert [(e.inter1, e.actor2) for e in events] == [(3, "Police Forces of Iraq (2014-2018)")]


def test_post_named_without_article_or_with_an_adjective_is_the_target():
    events = _events("هاجم مسلحون مركز شرطة في مدينة سامراء وقتلوا اثنين من أفراده.")
    assert [(e.inter1, e.actor2) for e in events] == [(3, "Police Forces of Iraq (2014-2018)")]
    events = _events("قتل أربعة من أفراد الشرطة في هجوم على مقر أمني للجيش في مدينة تكريت.")
    assert [(e.inter1, e.actor2) for e in events] == [(3, "Police Forces of Iraq (2014-2018)")]


def test_fire_from_a_post_or_death_in_custody_there_is_the_posts_force():
    events = _events("قتل مدنيان في قصف مدفعي من موقع للجيش على قرية قرب مدينة حماة.")
    assert [e.actor1 for e in events] == ["Military Forces of Syria (2000-)"]
    events = _events("توفي موقوف تحت التعذيب في مركز للشرطة بمدينة الجيزة.")
    assert [(e.actor1, e.inter2) for e in events] == [("Police Forces of Egypt (2014-)", 7)]


def test_army_men_killed_at_a_checkpoint_are_the_army_not_civilians():
    events = _events("قتل أربعة من رجال الجيش في هجوم على نقطة تفتيش قرب مدينة الفلوجة.")
    assert [(e.event_type, e.inter1, e.actor2) for e in events] == [
        ("Battles", 3, "Military Forces of Iraq (2014-2018)")]


def test_speakers_own_soldiers_killed_make_it_the_side_hit():
    text = "وقال قائد في الجيش إن ستة من جنودنا قتلوا في هجوم للحوثيين على مواقع في مديرية صرواح."
    assert [(e.actor1, e.actor2) for e in _events(text)] == [
        ("Ansar Allah (Houthis)", "Military Forces of Yemen (2012-2022)")]


def test_losses_in_our_ranks_during_clashes_make_the_speaker_the_side_hit():
    text = "وأكد المتحدث باسم المقاومة سقوط ثلاثة قتلى في صفوفنا خلال المواجهات مع الحوثيين في مديرية الصلو."
    assert [(e.actor1, e.actor2) for e in _events(text)] == [
        ("Ansar Allah (Houthis)", "Popular Resistance (Yemen)")]


def test_our_fighters_attacked_and_counted_among_the_dead_are_the_side_hit():
    text = "وقال قائد في قوات سوريا الديمقراطية إن مقاتلينا تعرضوا لهجوم من داعش قرب بلدة هجين قتل فيه ستة من عناصرنا."
    assert [(e.actor1, e.actor2) for e in _events(text)] == [("Islamic State (Syria)", "Syrian Democratic Forces")]


def test_speaker_telling_of_its_own_kills_stays_the_actor():
    text = "وقال المتحدث باسم الجيش إن قواتنا قتلت خمسة عشر من الحوثيين في مديرية صرواح."
    assert [e.actor1 for e in _events(text)] == ["Military Forces of Yemen (2012-2022)"]
    text = "وقال مسؤول في قوات سوريا الديمقراطية إن مقاتلينا صدوا هجوما لداعش وقتلوا تسعة من عناصره قرب بلدة هجين."
    assert [e.actor1 for e in _events(text)] == ["Syrian Democratic Forces"]


def test_members_taking_part_in_a_coalition_strike_fold_into_it():
    text = "شن التحالف الدولي غارات على مواقع لداعش قرب مدينة الميادين، وشاركت فيها طائرات فرنسية وبريطانية."
    events = _events(text)
    assert [(e.actor1, e.actor2) for e in events] == [("Global Coalition Against Daesh", "Islamic State (Syria)")]
    text = "قصفت مقاتلات التحالف الدولي بمشاركة طائرات أمريكية وفرنسية مواقع لداعش في مدينة الرقة."
    events = _events(text)
    assert len(events) == 1 and events[0].actor1 == "Global Coalition Against Daesh"


def test_members_named_after_the_strikes_they_took_part_in_are_no_target():
    text = "وشاركت في الغارات التي شنها التحالف الدولي على مدينة الميادين مقاتلات بريطانية وفرنسية."
    events = _events(text)
    assert [(e.actor1, e.assoc_actor_1, e.actor2) for e in events] == [
        ("Global Coalition Against Daesh", "Military Forces of the United Kingdom (2010-2024)", None)]


def test_countries_named_after_the_strikes_they_launched_are_the_attackers():
    text = "وقتل أربعة جنود في ضربات صاروخية شنتها الولايات المتحدة وبريطانيا على مطار عسكري قرب حمص."
    events = _events(text)
    assert [(e.actor1, e.assoc_actor_1) for e in events] == [
        ("Military Forces of the United States (2009-2017)", "Military Forces of the United Kingdom (2010-2024)")]


def test_security_branches_named_alike_belong_to_the_events_country():
    cases = [
        ("اعتقلت قوات الأمن السياسي أربعة ناشطين في مدينة إب.", "Police Forces of Yemen (2012-2022)"),
        ("داهمت قوات الأمن المركزي منزلا في مدينة المكلا واعتقلت ثلاثة شبان.", "Police Forces of Yemen (2012-2022)"),
        ("اعتقل الأمن العسكري ثلاثة شبان في مدينة حمص.", "Police Forces of Syria (2000-)"),
        ("اعتقلت قوات الأمن المركزي عشرة طلاب في مدينة الإسكندرية.", "Police Forces of Egypt (2014-)"),
    ]
    for text, actor1 in cases:
        assert [(e.actor1, e.inter1) for e in _events(text)] == [(actor1, 1)], text


def test_emergency_forces_are_the_states_police_in_either_spelling():
    # "قوات الطوارئ" (also written "الطوارىء") is emergency police; the UN's
    # "قوات الطوارئ الدولية" in Lebanon keeps its own catalogue name.
    for spelling in ("الطوارئ", "الطوارىء"):
        events = _events(f"قتل خمسة من عناصر قوات {spelling} في تفجير استهدف مقرا لهم في مدينة أبها.")
        assert [e.actor2 for e in events] == ["Police Forces of Saudi Arabia (2015-)"]
    events = _events("أطلقت قوات الطوارئ الدولية النار على مسلحين قرب بلدة الناقورة في جنوب لبنان.")
    assert [e.actor1 for e in events] == ["UNIFIL - United Nations Interim Force in Lebanon"]
