"""The fighting that won a place, told again, is the change of territory (session 27, h293).

Two ways one battle came out twice:
- a definite noun naming the fight paragraphs after the takeover ("المعارك التي شهدتها
  مديرية X"), at the very same place and day, beyond the sentences `incident_reach` links;
- the takeover credited to one member of a camp (the Popular Resistance) and the clash
  that won it to another (the army, the coalition backing it).
Both are one Battles event of the takeover's sub-type, with the clash's toll.
"""

import datetime as dt

from marsad.document import Document, Event, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe

PUBLISHED = dt.date(2018, 6, 5)


def _battles(text: str) -> list[Event]:
    return [e for e in extract_text(text, published=PUBLISHED).events if e.event_type == "Battles"]


def test_fight_named_again_paragraphs_after_the_takeover_is_the_takeover() -> None:
    text = (
        "أعلنت قوات الجيش اليمني الثلاثاء أنها تمكنت من السيطرة على مواقع جبلية في مديرية حرض"
        " التابعة لمحافظة حجة بعد طرد ميليشيات الحوثي منها.\n"
        "وقال قائد ميداني إن الجيش بإسناد من طيران التحالف قطع خط إمداد رئيسيا للميليشيات.\n"
        "ومن جهة أخرى، وزعت منظمات إغاثة مساعدات غذائية على الأسر النازحة في المحافظة.\n"
        "وأشار القائد إلى أن الوحدات الهندسية تعمل على نزع الألغام من الطرق.\n"
        "وأوضح أن المعارك التي شهدتها مديرية حرض كبدت الحوثيين خسائر كبيرة، حيث لقي 25 مسلحا منهم مصرعهم."
    )
    battles = _battles(text)
    assert len(battles) == 1
    assert battles[0].sub_event_type == "Government regains territory"
    assert battles[0].fatalities == 25  # the fight's toll is the takeover's


def test_takeover_by_the_resistance_and_the_army_s_clash_there_are_one_battle() -> None:
    text = (
        "سيطر مقاتلو المقاومة الشعبية الخميس على مدينة زنجبار بعد طرد مسلحي الحوثي منها.\n"
        "واندلعت معارك ضارية بين قوات الجيش الوطني والحوثيين في زنجبار أسفرت عن مقتل 12 من المتمردين."
    )
    battles = _battles(text)
    assert len(battles) == 1
    assert battles[0].sub_event_type == "Government regains territory"
    assert battles[0].actor1 == "Popular Resistance (Yemen)" and battles[0].fatalities == 12


def test_takeover_and_the_coalition_s_clash_there_are_one_battle() -> None:
    text = (
        "سيطر مقاتلو المقاومة الشعبية الخميس على مدينة زنجبار بعد طرد مسلحي الحوثي منها.\n"
        "وخاضت قوات التحالف العربي اشتباكات عنيفة مع الحوثيين في زنجبار أسفرت عن مقتل 12 منهم."
    )
    assert len(_battles(text)) == 1


# The predicates on their own, on coded events.

def _doc(*paragraphs: int) -> Document:
    doc = Document(text="x" * (11 * len(paragraphs)), id="d")
    doc.sentences = [Sentence(11 * i, 11 * i + 10, i, paragraph) for i, paragraph in enumerate(paragraphs)]
    return doc


def _battle(sentence: int, **fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type="Government regains territory", event_date="2018-06-04",
        time_precision=1, actor1="Military Forces of Yemen (2012-2022)", inter1=1,
        actor2="Ansar Allah (Houthis)", inter2=2, country="Yemen", admin1="Hajjah", admin2="Harad",
        location="Harad", latitude=16.43, longitude=43.06, geo_precision=1,
        evidence_spans=[(11 * sentence, 11 * sentence + 10)],
    )
    base.update(fields)
    return Event(**base)


def test_a_clash_told_after_the_takeover_at_its_place_and_day_is_named_again() -> None:
    takeover, clash = _battle(0), _battle(5, sub_event_type="Armed clash", fatalities=25)
    assert dedupe._fight_named_again(takeover, clash)


def test_a_clash_on_another_day_or_at_another_place_is_not_the_takeover_s_fight() -> None:
    takeover = _battle(0)
    assert not dedupe._fight_named_again(takeover, _battle(5, sub_event_type="Armed clash", event_date="2018-06-02"))
    assert not dedupe._fight_named_again(takeover, _battle(
        5, sub_event_type="Armed clash", location="Midi", admin2="Midi", latitude=16.32, longitude=42.81))


def test_a_takeover_read_after_the_clash_names_no_fight_told_before() -> None:
    """"قتل 18 في مواجهات في المدينة" then "المدينة التي يتقاسمان السيطرة عليها": a state of
    control read as a takeover after the clash is no retelling of it."""
    clash, takeover = _battle(0, sub_event_type="Armed clash", fatalities=18), _battle(3)
    assert not dedupe._fight_named_again(takeover, clash)


def test_two_members_of_one_camp_fight_one_foe() -> None:
    takeover = _battle(0, actor1="Popular Resistance (Yemen)", inter1=3, event_date="2015-07-23")
    clash = _battle(1, sub_event_type="Armed clash", actor1="Military Forces of Saudi Arabia (2015-)", inter1=8,
                    event_date="2015-07-23")
    assert dedupe._camp_fought(takeover, clash)
    assert dedupe._one_attacker(takeover, clash)


def test_the_foe_of_the_camp_is_no_camp_mate() -> None:
    takeover = _battle(0, actor1="Popular Resistance (Yemen)", inter1=3, event_date="2015-07-23")
    clash = _battle(1, sub_event_type="Armed clash", actor1="Ansar Allah (Houthis)", inter1=2,
                    actor2="Al Qaeda", inter2=2, event_date="2015-07-23")
    assert not dedupe._camp_fought(takeover, clash)


_TAKEOVER = (
    "أعلنت قوات الجيش اليمني الثلاثاء أنها تمكنت من السيطرة على مواقع جبلية في مديرية حرض"
    " التابعة لمحافظة حجة بعد طرد ميليشيات الحوثي منها.\n"
    "وقال قائد ميداني إن الجيش بإسناد من طيران التحالف قطع خط إمداد رئيسيا للميليشيات.\n"
    "ومن جهة أخرى، وزعت منظمات إغاثة مساعدات غذائية على الأسر النازحة في المحافظة.\n"
    "وأشار القائد إلى أن الوحدات الهندسية تعمل على نزع الألغام من الطرق.\n"
)


def test_a_fight_told_with_a_time_of_its_own_is_not_the_takeover() -> None:
    """Review M12: "المعارك التي شهدتها مديرية حرض العام الماضي" is last year's fighting; its
    40 dead are not today's takeover's, whatever date the clash came out with."""
    for when in ("العام الماضي", "الشهر الماضي", "سابقا"):
        battles = _battles(_TAKEOVER + f"وأوضح أن المعارك التي شهدتها مديرية حرض {when} أسفرت عن مقتل 40 مسلحا حوثيا.")
        takeover = next(e for e in battles if e.sub_event_type == "Government regains territory")
        assert takeover.fatalities == 0 and len(battles) == 2, when


def test_a_fight_told_without_a_time_of_its_own_is_still_the_takeover() -> None:
    battles = _battles(_TAKEOVER + "وأوضح أن المواجهات التي شهدتها مديرية حرض أسفرت عن مقتل 7 جنود من الجيش.")
    assert [(e.sub_event_type, e.fatalities) for e in battles] == [("Government regains territory", 7)]
