"""Protests told without the usual protest nouns: a strike by its verb, an
assembly named peaceful or a protest, a march its organizers or marchers are
told of, crowds pelting with eggs, a silent stand, a sit-in's tents; a protest
before a council named after its province is there; a show called a
"تظاهرة" or feigning is none; a protest in a list of towns is one event per
town, while a road between two towns stays one place."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 7, 1)


def _events(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.location_ar) for e in doc.events]


def test_workers_striking_by_the_verb_is_a_protest() -> None:
    events = _events("أضرب سائقو الشاحنات عن العمل أمس في مدينة الموصل.")
    assert [sub for sub, _ in events] == ["Peaceful protest"]


def test_an_imperative_blow_is_no_strike() -> None:
    assert _events("وقال النائب: اضرب بيد من حديد على الفاسدين في الموصل.") == []


def test_an_assembly_named_peaceful_is_a_protest() -> None:
    events = _events("نظم معلمون أمس تجمعين سلميين قرب مديرية التربية في مدينة الحلة.")
    assert [sub for sub, _ in events] == ["Peaceful protest"]


def test_a_march_its_organizers_are_told_of_is_a_protest() -> None:
    events = _events("نظم عمال المصانع أمس مسيرة في شوارع مدينة الحلة.")
    assert [sub for sub, _ in events] == ["Peaceful protest"]


def test_a_drone_or_a_career_is_no_march() -> None:
    assert "Peaceful protest" not in [sub for sub, _ in _events("أسقطت الدفاعات الجوية أمس مسيرة فوق مدينة الحلة.")]
    assert _events("نظمت النقابة أمس حفلا في الحلة تكريما لمسيرة الشاعر.") == []


def test_pelting_with_eggs_is_a_violent_demonstration() -> None:
    events = _events("رشق محتجون موكب المحافظ بالبيض أمس في مدينة الحلة.")
    assert [sub for sub, _ in events] == ["Violent demonstration"]


def test_the_whites_are_no_eggs() -> None:
    assert _events("ألقى زعيم القوميين البيض كلمة أمس في مدينة شيكاغو.") == []


def test_a_protest_in_a_list_of_towns_is_one_event_per_town() -> None:
    events = _events("نظم موظفون أمس وقفات احتجاجية في مدن الحلة والكوت والعمارة.")
    assert len(events) == 3 and {sub for sub, _ in events} == {"Peaceful protest"}


def test_a_protest_on_a_road_between_towns_is_one_event() -> None:
    assert len(_events("تظاهر المئات أمس على الطريق بين الحلة وبغداد.")) == 1


def test_a_protest_before_a_council_named_after_its_province_is_there() -> None:
    events = _events("نظم متقاعدون أمس وقفة احتجاجية أمام مجلس محافظة بابل.")
    assert len(events) == 1 and events[0][1] != "العراق"


def test_a_show_called_a_demonstration_or_feigning_is_no_protest() -> None:
    assert _events("اختتمت أمس في صفاقس التظاهرة السينمائية الدولية بحضور جمهور كبير.") == []
    assert _events("تظاهر المهاجم بالإصابة أمس خلال مباراة فريقه في صفاقس.") == []


def test_a_silent_stand_or_a_sit_ins_tents_are_a_protest() -> None:
    assert [sub for sub, _ in _events("نفذ أطباء أمس وقفة صامتة أمام مستشفى الحلة.")] == ["Peaceful protest"]
    assert [sub for sub, _ in _events("نصب المحتجون خياما أمس قرب مبنى المحافظة في مدينة الحلة.")] == ["Peaceful protest"]
