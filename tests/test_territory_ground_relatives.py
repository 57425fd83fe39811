"""Ground named by its past in an unmarked relative clause ("مناطق طردوا منها") is no
change of hands; a takeover told on the story's line or after a relative pronoun is."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2016, 3, 14)
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=DAY).events]


def test_ground_taken_in_a_clause_after_a_relative_pronoun_is_still_coded():
    subs = _subs("وأوضحت المصادر أن من بين المواقع التي سيطرت عليها القوات الحكومية أمس قرية الرملة في ريف حماة.")
    assert "Government regains territory" in subs


def test_ground_described_by_an_unmarked_relative_clause_changes_no_hands():
    subs = _subs("وعادت عائلات كثيرة أمس إلى أحياء انسحب منها المقاتلون في ريف حمص الشمالي.")
    assert TERRITORY.isdisjoint(subs)


def test_fighting_to_win_back_ground_once_lost_stays_the_fighting():
    subs = _subs("ودارت معارك عنيفة في مدينة تعز أمس في محاولة من الحوثيين لاستعادة أحياء طردوا منها قبل أيام.")
    assert "Armed clash" in subs and TERRITORY.isdisjoint(subs)


def test_a_takeover_told_with_its_own_conjunction_is_an_act():
    subs = _subs("وهاجم مسلحو التنظيم قرية تل أحمر في ريف الحسكة أمس وسيطروا عليها بعد اشتباكات مع قوات سوريا الديمقراطية.")
    assert "Non-state actor overtakes territory" in subs
