"""Re-mentions of an act in reaction sentences (an inquiry opened into it, a force's own
version of it) are that act, not new events, and lend it no sides."""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 5, 16)
BLAST = "قتل خمسة أشخاص في تفجير سيارة مفخخة استهدف سوقا في مدينة الرمادي يوم الثلاثاء.\n"
RAID = "قتل سبعة جنود في هجوم شنه مسلحون على نقطة تفتيش للجيش في مدينة العريش شمال سيناء مساء الثلاثاء.\n"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.event_date) for e in extract_text(text, published=DAY).events]


def test_the_police_opening_an_inquiry_into_a_bombing_are_not_its_bomber() -> None:
    """"أعلنت الشرطة أنها فتحت تحقيقا في التفجير": the police investigate the blast told
    before; they neither claim it nor become its author when the two reports merge."""
    events = _events(BLAST + "وأعلنت الشرطة أنها فتحت تحقيقا في التفجير الذي أودى بحياة خمسة مدنيين.")
    assert len(events) == 1
    assert events[0][1].startswith("Unidentified Armed Group")


def test_an_inquiry_into_an_attack_told_with_the_ministry_as_speaker_lends_no_author() -> None:
    """"بدأت التحقيقات حول التفجير": the ministry speaking of its inquiry is no side of the blast."""
    events = _events(BLAST + "وقالت وزارة الداخلية إنها بدأت التحقيقات حول التفجير.")
    assert len(events) == 1
    assert events[0][1].startswith("Unidentified Armed Group")


def test_the_armys_claim_to_have_foiled_the_attack_on_it_is_that_attack() -> None:
    """The army spokesman saying the troops foiled an attack on the checkpoint is the
    army's version of the attack the lead told, not a Disrupted weapons use of its own."""
    events = _events(RAID + "وقال المتحدث العسكري إن قوات الجيش أحبطت هجوما إرهابيا على نقطة تفتيش في العريش.")
    assert [(kind, day) for kind, _, day in events] == [("Armed clash", "2018-05-15")]


def test_another_foiled_attack_or_a_foiled_bombing_stays_an_event() -> None:
    """"هجوما آخر" is a further attack, and a car bomb foiled is no re-telling of an assault."""
    for sentence in ("وفي وقت لاحق أحبطت قوات الجيش هجوما آخر على نقطة تفتيش في العريش.",
                     "وأحبطت قوات الأمن تفجير سيارة مفخخة في العريش."):
        assert [kind for kind, _, _ in _events(RAID + sentence)] == ["Armed clash", "Disrupted weapons use"]


def test_a_sides_later_count_of_its_dead_at_the_strikes_province_is_that_strikes_toll() -> None:
    """The group's statement that the troops killed its fighters, placed only by the province
    and dated by the news' day, is the strike told just before, not a clash of its own."""
    text = ("ذكر مصدر محلي الثلاثاء أن طائرات تركية قصفت ليل الاثنين مواقع لحزب العمال الكردستاني "
            "في بلدة سيدكان بمحافظة أربيل شمال العراق.\n"
            "ونفت أنقرة أن تكون طائراتها قصفت قرى المدنيين، فيما قال الحزب إن القوات التركية قتلت 9 من مقاتليه "
            "في محافظة أربيل.")
    events = extract_text(text, published=dt.date(2018, 6, 19)).events
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Air/drone strike", "2018-06-18", 9)]
