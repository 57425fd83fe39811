"""Tolls taken from the wrong count or the wrong act (EVENTS.md section 4), session 22.

- Nouns of things are not people: two "suicide" blasts are not two bombers, and guns or
  hideouts a raid wrecked are not its dead.
- Suspects and the accused counted before a killing word are not the dead.
- A toll told over "a wave of separate attacks" is several acts' tally, not one act's.
- A later report that says "also" before its count adds its dead to the act's toll.
- A tally of several days folded into one day's act does not replace that act's own toll.
- A headline's toll is not lent to an act whose body counts a different tally.
- The side owning the things a count counts ("3 مواقع لتنظيم داعش") is the side hit.
"""

from __future__ import annotations

import datetime as dt

from support import line_sentences, number_mentions

from marsad.pipeline import extract_text
from marsad.stages import actors, numbers

DAY = dt.date(2018, 3, 14)  # a Wednesday


def _roles(text: str) -> list[tuple[int, str | None]]:
    return [(m.value, m.attrs.get("role")) for m in number_mentions(text)]


def _events(text: str, title: str | None = None) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=DAY, title=title).events]


def test_a_dual_blast_with_its_adjective_is_not_two_bombers() -> None:
    assert _roles("وتسبب التفجيران الانتحاريان بمقتل ستة عناصر من الفصائل.") == [(6, "killed")]


def test_guns_and_hideouts_wrecked_before_a_killing_word_are_not_dead() -> None:
    text = "وكانت الحصيلة قتل 12 مسلحا، وتدمير 4 رشاشات وقتل طواقمها، وتدمير 5 أوكار للمسلحين وقتل من فيها."
    assert _roles(text) == [(12, "killed"), (4, None), (5, None)]


def test_suspected_militants_killed_by_a_force_are_the_dead() -> None:
    # (the charge "يشتبه في قتلهم" is modality's: the suspects are no role of their own)
    assert (5, "killed") in _roles("قتلت القوات خمسة مسلحين يشتبه في انتمائهم للتنظيم في اشتباك بالموصل أمس.")


def test_a_series_of_car_bombs_keeps_its_toll() -> None:
    assert _roles("قتل 20 شخصا أمس في سلسلة هجمات بسيارات مفخخة استهدفت أسواقا في بغداد.") == [(20, "killed")]


def test_dead_of_a_wave_of_separate_attacks_are_a_total() -> None:
    assert _roles("وقتل تسعة أشخاص على الأقل في موجة من الهجمات المنفصلة على قوات الأمن.") == [(9, "total")]


def test_also_before_the_count_adds_the_further_dead() -> None:
    lead = "قتل 12 طفلا، الأربعاء، في غارة جوية على قرية كفر نبل بريف إدلب. "
    assert _events(lead + "وقتل جراء القصف أيضا 3 مدنيين آخرين.") == [("Air/drone strike", 15)]


def test_a_tally_since_a_weekday_does_not_replace_the_days_own_toll() -> None:
    text = (
        "قتل محتج وأصيب عشرة في احتجاجات عنيفة بمدينة البصرة الأربعاء. "
        "واحتشد مئات المتظاهرين مجددا أمام مبنى المحافظة الذي شهد مقتل ستة متظاهرين منذ الأحد الماضي."
    )
    assert _events(text) == [("Violent demonstration", 1)]


def test_a_headline_toll_is_not_lent_over_a_different_tally_of_the_body() -> None:
    title = "مقتل عشرة في هجمات على الشرطة في تركيا"
    wave = ("فتح مسلحان النار على مقر الشرطة في مدينة أضنة اليوم وقتل سبعة أشخاص على الأقل "
            "في موجة من الهجمات المنفصلة على قوات الأمن التركية.")
    assert _events(wave, title) == [("Armed clash", 0)]
    # a body with no tally of its own still takes the headline's toll
    assert _events("فتح مسلحان النار على مقر الشرطة في مدينة أضنة اليوم.", title) == [("Armed clash", 10)]


def test_the_owner_of_things_counted_is_the_side_hit() -> None:
    doc = line_sentences("وأعلن الجيش تدمير 4 مواقع لتنظيم داعش قرب الحدود.")
    actors.process(doc)
    numbers.process(doc)
    assert [(m.text, actors._casualties(doc, m, 0)) for m in doc.of_kind("actor")] == [
        ("الجيش", False), ("تنظيم داعش", True)]
