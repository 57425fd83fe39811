"""Death tolls: numbers that count units, not people; the act a relative clause's toll belongs to;
and one exact toll retold at two spots of a province."""

from __future__ import annotations

import datetime as dt

from support import number_mentions as run

from marsad.document import Document, Event, Mention, Sentence
from marsad.pipeline import extract_text
from marsad.stages import dedupe, numbers


def killed(text: str) -> list[int]:
    return [int(m.value) for m in run(text) if m.attrs.get("role") == "killed"]


def test_one_after_a_unit_of_time_is_no_victim() -> None:
    assert killed("كبد المسلحون الجيش 12 قتيلا خلال يوم واحد إثر هجمات على البلدة.") == [12]
    assert killed("سقط في الهجوم قتيل واحد وأصيب 5.") == [1]


def test_a_calibre_in_brackets_is_no_count() -> None:
    assert killed("دمرت الغارة مدفعا عيار (120) وقتل 3 من طاقمه.") == [3]


def test_a_bracketed_count_before_a_joined_wound_cue_keeps_the_death_cue_before_it() -> None:
    found = {int(m.value): m.attrs.get("role") for m in run("أسفر الانفجار عن استشهاد (15) وإصابة (33) من الحراس.")}
    assert found == {15: "killed", 33: "wounded"}
    found = {int(m.value): m.attrs.get("role") for m in run("خلف القصف (9) قتلى و(40) جريحا.")}
    assert found == {9: "killed", 40: "wounded"}


def test_armed_pickups_counted_are_things() -> None:
    assert killed("أعطبت الغارة 4 أطقم عسكرية وقتل 6 مسلحين كانوا على متنها.") == [6]


def test_a_dual_noun_and_its_dual_adjective_are_two_people_once() -> None:
    assert killed("لقي شرطيان مصريان حتفهما في الهجوم على الكمين.") == [2]
    assert killed("قتل طفلان وامرأتان في القصف.") == [2, 2]  # two groups joined by "و"


def test_a_place_after_the_preposition_is_no_accusative_victim() -> None:
    mentions = [m for m in run("أعلنت الكتائب أنها قتلت جنودا بجباليا ورفح.") if m.attrs.get("role") == "killed"]
    assert [(int(m.value), m.attrs["fatalities_text"]) for m in mentions] == [(3, "جنودا")]


def test_a_toll_in_the_relative_clause_of_the_act_answered_is_that_acts() -> None:
    text = ("قصفت الطائرات التركية مواقع للتنظيم في شمال سوريا أمس، إثر الهجوم الانتحاري في مدينة "
            "سروج الذي أدى إلى سقوط 32 قتيلا.")
    events = extract_text(text, published=dt.date(2015, 8, 1)).events
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls["Air/drone strike"] == 0
    assert tolls["Suicide bomb"] == 32


LEAD = "أفادت مصادر أن 26 مدنيا قتلوا في غارات على ريف المحافظة."
FILLER = "وتحدثت المصادر عن دمار واسع في المنطقة."
BODY = "وقصفت طائرات حربية منطقة الحوض في ريف المحافظة، ما أسفر عن مقتل 26 مدنيا."


def _lead_and_body(lead_toll: str = "26", body_toll: str = "26") -> tuple[Document, Event, Event]:
    """A lead and its body retelling two sentences apart, placed at two spots of one province."""
    lines = [LEAD.replace("26", lead_toll), FILLER, FILLER, BODY.replace("26", body_toll)]
    text = "\n".join(lines)
    doc = Document(text=text, id="d")
    spans, start = [], 0
    for index, line in enumerate(lines):
        doc.sentences.append(Sentence(start, start + len(line), index, index))
        spans.append((start, start + len(line)))
        start += len(line) + 1
    made = []
    for (start, end), toll, location in ((spans[0], lead_toll, "Daraa"), (spans[3], body_toll, "Yarmouk Basin")):
        at = text.index(toll, start)
        value = numbers.parse_number(toll)
        vague = not toll.isdigit()
        doc.add(Mention(at, at + len(toll), "number", toll, value=value,
                        attrs={"role": "killed", "vague": vague, "fatalities_text": toll}))
        made.append(Event(
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2018-07-20",
            time_precision=1, actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Civilians (Syria)",
            inter2=7, country="Syria", admin1="Daraa", location=location, geo_precision=2,
            fatalities=value or 0, fatalities_text=toll, evidence_spans=[(start, end)],
        ))
    return doc, made[0], made[1]


def test_one_exact_toll_retold_at_another_spot_of_the_province_is_one_act() -> None:
    doc, lead, body = _lead_and_body()
    assert dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [lead, body]) == [lead]
    assert lead.fatalities == 26


def test_two_tolls_or_vague_tolls_at_two_spots_stay_two_acts() -> None:
    doc, lead, body = _lead_and_body(body_toll="14")
    assert len(dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [lead, body])) == 2
    doc, lead, body = _lead_and_body(lead_toll="عشرات", body_toll="عشرات")
    assert len(dedupe.fold_equal_tolls(dedupe.Layout.of(doc), [lead, body])) == 2


def test_a_death_an_anniversary_marks_is_no_toll() -> None:
    assert killed("في ختام إحياء الذكرى الأولى لمقتل الشاب سامي برصاص شرطي، أصيب شخص واحد بجروح.") == []
    assert killed("خلال إحياء ذكرى الثورة قتل شاب برصاص الشرطة.") == [1]  # a killing on the anniversary


def test_tolls_told_for_a_period_from_one_day_to_another_are_no_acts() -> None:
    text = ("وذكرت مصادر أنه نتيجة الهجمات التي استهدفت البلاد في الفترة من 7 يوليو الماضي وحتى الخامس من "
            "الشهر الجاري، قتل 22 من رجال الأمن و6 مواطنين.\n"
            "بالمقابل شنت القوات المسلحة غارات جوية على مواقع الحزب أسفرت عن مقتل أكثر من 260 مسلحا في "
            "نفس الفترة أيضا.")
    assert extract_text(text, published=dt.date(2015, 8, 8)).events == []


def test_one_person_killed_by_a_strike_or_weapon_named_as_the_subject() -> None:
    assert killed("قتلت غارة جوية طفلة في المدينة.") == [1]
    assert killed("وأودى القصف بحياة مسعف قرب المستشفى.") == [1]
    assert killed("أودى القصف بحياة 7 أشخاص.") == [7]
