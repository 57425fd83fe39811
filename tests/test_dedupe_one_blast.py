"""One sentence's blast told by two of its words, read with two victims, is one explosion."""

from marsad.document import Event
from marsad.stages import dedupe

SENTENCE = "وانفجرت سيارة مفخخة قرب مركز الشرطة في المدينة، وقال شاهد إن الانتحاري فجر نفسه وسط المارة."


def _blast(victim: str, inter2: int, location: str = "Kandahar", span: tuple[int, int] = (0, 90)) -> Event:
    return Event(
        "Explosions/Remote violence", "Suicide bomb", event_date="2021-03-05", time_precision=1,
        actor1="Unidentified Armed Group (Afghanistan)", inter1=3, actor2=victim, inter2=inter2,
        location=location, admin1="Kandahar", country="Afghanistan", geo_precision=1,
        evidence=SENTENCE, evidence_spans=[span],
    )


def test_one_sentence_s_blast_read_with_police_and_with_passers_by_is_one_event() -> None:
    police = _blast("Police Forces of Afghanistan (2014-2021)", 1)
    passers = _blast("Civilians (Afghanistan)", 7)
    assert dedupe.same_event(police, passers)


def test_blasts_of_one_sentence_at_two_places_stay_apart() -> None:
    police = _blast("Police Forces of Afghanistan (2014-2021)", 1)
    passers = _blast("Civilians (Afghanistan)", 7, location="Spin Boldak")
    assert not dedupe.same_event(police, passers)


def test_blasts_on_two_victims_told_in_two_sentences_still_need_compatible_sides() -> None:
    police = _blast("Police Forces of Afghanistan (2014-2021)", 1)
    passers = _blast("Civilians (Afghanistan)", 7, span=(91, 180))
    assert not dedupe.same_event(police, passers)
