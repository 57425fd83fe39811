"""A force or group that only describes the man an act concerns is no side of it the wrong way round:
whom he once served or is wanted by names no side, and the group he leads is hit, never the agent."""

from __future__ import annotations

import datetime as dt

from support import actor_doc, trigger_roles

DAY = dt.date(2019, 3, 2)
ISIS_IQ = "Islamic State (Iraq)"


def _actor_names(text: str, country: str) -> list[str]:
    return [m.value.name for m in actor_doc(text, country, DAY).of_kind("actor") if m.value is not None]


def test_force_a_man_was_dismissed_from_is_no_actor():
    names = _actor_names("اعتقلت قوات الأمن الليبية في سرت مروان الخطيب، ضابط الجيش السوداني المفصول، بعد مطاردة.", "LY")
    assert not any("Sudan" in name for name in names)
    assert any(name.startswith("Police Forces of Libya") for name in names)


def test_force_a_serving_officer_belongs_to_stays_an_actor():
    names = _actor_names("قتل ضابط في الجيش السوداني برصاص مسلحين قرب الحدود.", "LY")
    assert any(name.startswith("Military Forces of Sudan") for name in names)


def test_force_a_man_is_wanted_by_is_no_actor():
    for text in ("اعتقلت قوات الأمن الليبية في سرت مروان الخطيب، أبرز المطلوبين لدى سلطات الأمن في السودان.",
                 "اعتقلت قوات الأمن الليبية في سرت مروان الخطيب، المطلوب للشرطة السودانية، بعد مطاردة."):
        names = _actor_names(text, "LY")
        assert names and all(name.startswith("Police Forces of Libya") for name in names), text


def test_group_whose_leader_an_air_strike_killed_is_not_its_agent():
    roles = trigger_roles("قتل أبو سعد الدليمي أحد أخطر قادة تنظيم داعش في غارة جوية قرب تلعفر.", "غارة", "IQ", DAY)
    assert roles[0] != ISIS_IQ and roles[2] == ISIS_IQ


def test_group_whose_leaders_were_arrested_is_the_target():
    roles = trigger_roles("اعتقلت الشرطة العراقية ثلاثة من أبرز قيادات تنظيم داعش في حي الزنجيلي.", "اعتقلت", "IQ", DAY,
                          voice="active")
    assert roles[0].startswith("Police Forces of Iraq") and roles[2] == ISIS_IQ


def test_man_arrested_as_one_of_the_most_dangerous_terrorists_is_an_armed_group_not_a_civilian():
    roles = trigger_roles("أعلنت قوات الأمن اعتقال سالم الورفلي، أحد أخطر الإرهابيين في البلاد، في مدينة سبها.",
                          "اعتقال", "LY", DAY)
    assert roles[2] == "Unidentified Armed Group (Libya)"


def test_wanted_terrorist_told_after_his_group_is_that_group():
    text = "قتل الجيش العراقي قياديين في تنظيم داعش. واعتقلت قوات الأمن إرهابيا مطلوبا في قضاء الشرقاط."
    roles = trigger_roles(text, "واعتقلت", "IQ", DAY, voice="active")
    assert roles[2] == ISIS_IQ
