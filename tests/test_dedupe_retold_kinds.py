"""One act told twice under two names: a bombardment as an air strike and as shelling, a protest
in the lead and again (or in a pluperfect recap) further on."""

import datetime as dt

from support import deduped

from marsad.document import Event
from marsad.pipeline import extract_text


def _strike(sub_event_type: str, span: tuple[int, int], **fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type=sub_event_type, event_date="2020-01-02",
        time_precision=1, actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Opposition Rebels (Syria)",
        inter2=2, country="Syria", admin1="Idlib", location="Saraqib", geo_precision=1, evidence_spans=[span],
    )
    base.update(fields)
    return Event(**base)


def test_shelling_retelling_an_air_strike_in_another_sentence_is_that_strike() -> None:
    """"شنت الطائرات غارات على البلدة" then "قصف سلاح الجو البلدة": one act, the air strike."""
    merged = deduped(_strike("Shelling/artillery/missile attack", (0, 10)), _strike("Air/drone strike", (50, 60)))
    assert [e.sub_event_type for e in merged] == ["Air/drone strike"]
    merged = deduped(_strike("Air/drone strike", (0, 10)), _strike("Shelling/artillery/missile attack", (50, 60)))
    assert [e.sub_event_type for e in merged] == ["Air/drone strike"]


def test_two_weapons_in_one_sentence_or_on_two_days_or_places_stay_two_acts() -> None:
    air = _strike("Air/drone strike", (0, 10))
    assert len(deduped(air, _strike("Shelling/artillery/missile attack", (0, 10)))) == 2
    air = _strike("Air/drone strike", (0, 10))
    assert len(deduped(air, _strike("Shelling/artillery/missile attack", (50, 60), event_date="2020-01-05"))) == 2
    air = _strike("Air/drone strike", (0, 10))
    assert len(deduped(air, _strike("Shelling/artillery/missile attack", (50, 60), location="Ariha"))) == 2


PUBLISHED = dt.date(2019, 7, 13)
LEAD = "لقي ستة محتجين حتفهم بنيران قوات الأمن أثناء احتجاجات في مدينة الناصرية يوم الجمعة."
MIDDLE = ("وقال مسؤول محلي إن الوضع الأمني في المحافظة يبقى متوترا منذ أسابيع.\n\n"
          "وأضاف أن الحكومة وعدت بتحسين الخدمات خلال الصيف المقبل.")


def _protests(recap: str) -> list[Event]:
    doc = extract_text(f"{LEAD}\n\n{MIDDLE}\n\n{recap}", published=PUBLISHED)
    return [e for e in doc.events if e.event_type == "Protests"]


def test_pluperfect_recap_of_the_days_protest_at_its_place_is_that_protest() -> None:
    recap = "وكان آلاف المحتجين قد خرجوا يوم الجمعة في مسيرة سلمية وسط الناصرية للمطالبة بتوفير الكهرباء."
    [protest] = _protests(recap)
    assert protest.sub_event_type == "Excessive force against protesters"
    assert len(protest.evidence_spans) == 2 and not protest.background


def test_a_protest_that_day_in_another_town_stays_its_own() -> None:
    recap = "وكان آلاف المحتجين قد خرجوا يوم الجمعة في مسيرة سلمية وسط مدينة الكوت للمطالبة بتوفير الكهرباء."
    assert len(_protests(recap)) == 2
