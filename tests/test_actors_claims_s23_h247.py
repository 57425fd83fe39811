"""Who claimed an act (session 23, H247).

- A claim told by its verbal noun before the group ("نقلت مواقع إعلان تنظيم X مسؤوليته عن
  الهجوم") makes X the author of the act told before it; "عدم إعلان" denies the claim.
- A claim told as the group's adoption after the verb ("أعلن تنظيم X لاحقا تبنيه الهجوم")
  names its author like "مسؤوليته عن الهجوم".
- The first claim of a story by a group the catalogue does not know leaves the author
  unidentified: a rival claim told after it is not taken instead.
- Yemen's resistance is named by the bare words for "the national / popular resistance"
  only in a story about Yemen: in Iran or Libya those words are some other group.
"""

from __future__ import annotations

import datetime as dt

import marsad
from marsad.knowledge.actors import load_catalogue, validate_catalogue

DAY = dt.date(2018, 3, 9)
IS_AF = "Islamic State (Afghanistan)"
UNKNOWN_AF = "Unidentified Armed Group (Afghanistan)"


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def test_claim_told_by_its_verbal_noun_names_the_author():
    events = _sides("قتل سبعة أشخاص في هجوم انتحاري استهدف سوقا في مدينة جلال آباد الخميس. "
                    "ونقلت وكالات إعلان تنظيم \"الدولة الإسلامية\" مسؤوليته عن الهجوم.")
    assert [e[1] for e in events] == [IS_AF]


def test_denied_claim_by_verbal_noun_names_no_author():
    events = _sides("قتل سبعة أشخاص في هجوم انتحاري استهدف سوقا في مدينة جلال آباد الخميس. "
                    "ورغم عدم إعلان تنظيم \"الدولة الإسلامية\" مسؤوليته عن الهجوم فإن الشرطة تشتبه به.")
    assert [e[1] for e in events] == [UNKNOWN_AF]


def test_adoption_noun_after_the_claim_verb_names_the_author():
    events = _sides("فجر انتحاري نفسه قرب مسجد في مدينة قندهار الجمعة موقعا خمسة قتلى. "
                    "وأعلن تنظيم \"الدولة الإسلامية\" لاحقا تبنيه الهجوم.")
    assert [e[1] for e in events] == [IS_AF]


def test_first_claim_by_an_unknown_group_is_not_replaced_by_a_rival_claim():
    events = _sides("أطلق مسلحون النار على عرض عسكري في مدينة الأهواز جنوب غربي إيران فقتلوا 20 شخصا. "
                    "وأعلنت جبهة التحرير الأهوازية، وهي جماعة معارضة للحكومة، مسؤوليتها عن الهجوم. "
                    "كما أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم دون أن يقدم دليلا.")
    assert [e[1] for e in events] == ["Unidentified Armed Group (Iran)"]


def test_claim_with_no_subject_of_its_own_does_not_stop_the_search():
    events = _sides("انفجرت عبوة ناسفة في سوق بمدينة مقديشو فقتلت سبعة أشخاص. "
                    "وأعلنت في بيان مسؤوليتها عن الهجوم. وقالت الشرطة إن حركة الشباب أعلنت مسؤوليتها عن التفجير.")
    assert [e[1] for e in events] == ["Al Shabaab"]


def test_national_resistance_outside_yemen_is_not_yemens():
    events = _sides("قتل جنديان في هجوم شنته قوات المقاومة على حاجز للشرطة في مدينة بنغازي الليبية.")
    assert all(e[1] != "Popular Resistance (Yemen)" for e in events)
    events = _sides("أطلق مسلحون النار على عرض عسكري في مدينة الأهواز جنوب غربي إيران فقتلوا 20 شخصا. "
                    "وأعلنت المقاومة الوطنية الأهوازية مسؤوليتها عن الهجوم.")
    assert [e[1] for e in events] == ["Unidentified Armed Group (Iran)"]


def test_national_resistance_in_yemen_is_still_yemens():
    events = _sides("هاجمت قوات المقاومة الوطنية مواقع للحوثيين في مديرية الخوخة جنوب الحديدة وقتلت عشرة منهم.")
    assert [e[1] for e in events] == ["Popular Resistance (Yemen)"]


def test_catalogue_with_local_resistance_words_validates():
    assert validate_catalogue(load_catalogue()) == []
