"""People shot at a protest or in confrontations with a force are protesters met with
force, not civilians attacked; civilians caught in fighting between armed sides stay civilians."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 5, 6)
FORCE = "Excessive force against protesters"


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_youth_shot_during_confrontations_with_an_army_is_a_protester():
    events = _events("استشهد شاب فلسطيني برصاص جنود الاحتلال خلال مواجهات اندلعت في بلدة عزون شرق قلقيلية.")
    assert events == [(FORCE, "Protesters (Palestine)", "Military Forces of Israel (2009-2021)")]


def test_people_killed_during_a_march_or_when_police_fired_on_protesters_are_protesters():
    march = _events("قتل أربعة أشخاص برصاص قوات الأمن أثناء مشاركتهم في مسيرة بمدينة الديوانية جنوب العراق.")
    fired = _events("توفي رجل متأثرا بجروحه بعدما أطلقت الشرطة الرصاص على المحتجين في مدينة عطبرة.")
    assert march and march[0][:2] == (FORCE, "Protesters (Iraq)")
    assert fired and fired[0][:2] == (FORCE, "Protesters (Sudan)")


def test_civilians_caught_in_confrontations_between_armed_sides_stay_civilians():
    group = _events("قتل ثلاثة مدنيين خلال مواجهات بين الجيش العراقي وتنظيم داعش في قضاء الحويجة.")
    fighters = _events("قتل خمسة أشخاص في مواجهات بين قوات الأمن التركية ومقاتلين في بلدة جزرة.")
    assert all(sub != FORCE and "Protesters" not in f"{a1}{a2}" for sub, a1, a2 in group + fighters)


def test_people_a_militia_seized_at_a_march_are_protesters():
    events = _events("اختطف مسلحو ميليشيات الحوثي الخميس عشرات الطلاب أثناء مشاركتهم في مسيرة بمدينة ذمار.")
    assert events and all("Protesters (Yemen)" in (a1, a2) for _, a1, a2 in events)


def test_an_objection_in_the_singular_is_no_protest():
    events = _events("اختطف مسلحون مجهولون فتاة في مدينة سبها عقب الاحتجاج الذي قدمه والدها إلى مديرية الأمن.")
    abductions = [a2 for sub, _, a2 in events if sub == "Abduction/forced disappearance"]
    assert abductions == ["Civilians (Libya)"]
