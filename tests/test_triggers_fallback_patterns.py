"""Triggers: a narrow pattern whose context fails on a shared word leaves the word to the general one."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2016, 4, 12)


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


def test_security_forces_blowing_up_planted_bombs_made_them_safe() -> None:
    text = "وتمكنت قوات الأمن من تفجير 5 عبوات ناسفة قرب مدينة العريش كانت مزروعة على الطريق."
    assert "Disrupted weapons use" in sub_types(text)


def test_a_bombing_by_gunmen_stays_a_bombing_where_the_narrow_pattern_fails() -> None:
    # "تفجير" is first the controlled detonation's word; without a force that made devices
    # safe, it falls back to the bombing pattern rather than to nothing
    text = "قتل ثلاثة جنود في تفجير استهدف دورية للجيش قرب مدينة العريش أمس."
    assert sub_types(text) == ["Remote explosive/landmine/IED"]
