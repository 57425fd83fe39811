"""Actor1 on the right side (session 24, H256).

- An act told with no author and pinned on a group in a later sentence by an attributing
  verb ("ونسب الهجوم إلى X", "وعزت السلطات التفجير إلى X") has X as its author, like a
  claim or an accusation; a negated attribution or one that names no act names no one.
- Ukraine's pro-Russian separatists are an actor: named in full anywhere, and by the bare
  word "الانفصاليين" in a story about Ukraine, so the other side of a Donbas clash is no
  longer an unidentified group (or a state named elsewhere in the story).
- A bomb set off by hand (roadside bomb, suicide bomber, grenade) with no author is no
  strike of the state that alone flies where it went off, even when the same sentence
  tells of that state's air campaign: the victims' own state did not plant it.
- Iraq's War Media Cell (and Security Media Cell) speaks for Iraq's forces: enemy losses it
  announces are their operations, not an unidentified group's.
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2015, 8, 11)
PKK = "PKK - Kurdistan Workers' Party"
SEPARATISTS = "Pro-Russian Separatists (Ukraine)"


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def test_passive_attribution_in_a_later_sentence_names_the_author():
    events = _sides("قتل ثلاثة من عناصر الشرطة في انفجار عبوة زرعت على جانب طريق في ولاية ماردين. "
                    "ونسب الهجوم إلى متمردي حزب العمال الكردستاني.")
    assert [e[1] for e in events] == [PKK]


def test_attribution_with_its_attributor_names_the_author():
    events = _sides("قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما في ولاية هكاري. "
                    "وعزت السلطات التفجير إلى حزب العمال الكردستاني.")
    assert [e[1] for e in events] == [PKK]


def test_negated_attribution_names_no_author():
    events = _sides("قتل ثلاثة من عناصر الشرطة في انفجار عبوة زرعت على جانب طريق في ولاية ماردين. "
                    "ولم ينسب الهجوم إلى حزب العمال الكردستاني.")
    assert [e[1] for e in events] != [PKK]


def test_attribution_of_something_else_names_no_author():
    events = _sides("قتل ثلاثة من عناصر الشرطة في انفجار عبوة زرعت على جانب طريق في ولاية ماردين. "
                    "ونسب الوزير التصعيد الأخير إلى حزب العمال الكردستاني.")
    assert [e[1] for e in events] != [PKK]


def test_separatists_named_in_full_are_the_other_side():
    events = _sides("قتل خمسة جنود أوكرانيين في اشتباكات مع الانفصاليين الموالين لروسيا قرب مدينة دونيتسك أمس.")
    assert events and SEPARATISTS in {events[0][1], events[0][2]}


def test_bare_separatists_in_a_ukrainian_story():
    events = _sides("أعلن الجيش الأوكراني أن جنديين قتلا في معارك مع الانفصاليين في شرق أوكرانيا أمس.")
    assert events and SEPARATISTS in {events[0][1], events[0][2]}


def test_roadside_bomb_beside_an_air_campaign_is_not_the_air_powers():
    events = _sides("قتل أربعة شرطيين في انفجار قنبلة زرعت على جانب طريق في ولاية شرناق، "
                    "في وقت يستمر القصف الجوي لمواقع المتمردين الأكراد.")
    blasts = [e for e in events if e[0] == "Remote explosive/landmine/IED"]
    assert blasts and all(not (e[1] or "").startswith("Military Forces of Turkey") for e in blasts)


def test_air_strike_with_no_author_still_goes_to_the_air_power():
    events = [(e.sub_event_type, e.actor1) for e in marsad.extract(
        "قتل خمسة أشخاص في غارة جوية على حي الشجاعية شرق مدينة غزة.", published=dt.date(2018, 5, 20)).events]
    assert events and events[0][1].startswith("Military Forces of Israel")


def test_war_media_cell_tells_iraqi_operations():
    events = [e for e in marsad.extract(
        "أعلنت خلية الإعلام الحربي العراقية اليوم مقتل 12 من عناصر تنظيم داعش في قصف مدفعي جنوب الموصل.",
        published=dt.date(2016, 11, 3)).events]
    assert events and events[0].actor1.startswith("Military Forces of Iraq")
