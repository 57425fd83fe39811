"""Events: a clash between a force and a crowd is no battle."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2021, 9, 16)


def types_of(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in extract_text(text, published=PUBLISHED).events}


def test_deaths_in_clashes_between_police_and_protesters_are_excessive_force() -> None:
    found = types_of("قتل ثلاثة أشخاص أمس خلال المواجهات الأخيرة لقوات الشرطة مع متظاهرين في مدينة البصرة.")
    assert found == {("Protests", "Excessive force against protesters")}


def test_deaths_in_clashes_after_protests_are_excessive_force() -> None:
    found = types_of("اندلعت أمس مواجهات في مدينة البصرة أسفرت عن مقتل ثلاثة أشخاص، بعد أن خرجت تظاهرات تطالب بالخدمات.")
    assert ("Battles", "Armed clash") not in found


def test_clashes_between_police_and_protesters_without_deaths_are_a_violent_demonstration() -> None:
    found = types_of("اندلعت أمس مواجهات عنيفة استمرت ساعات بين قوات الشرطة ومحتجين في مدينة البصرة.")
    assert found == {("Riots", "Violent demonstration")}


def test_clashes_between_two_armed_sides_stay_a_battle() -> None:
    found = types_of("قتل ثلاثة مسلحين أمس في مواجهات بين قوات الجيش ومسلحي العشائر في مدينة البصرة.")
    assert ("Battles", "Armed clash") in found


def test_a_killing_takes_its_type_from_its_own_sentence_not_the_protest_told_next() -> None:
    found = types_of("قتل الجيش الإسرائيلي أمس الجمعة شابين فلسطينيين بالرصاص قرب الحدود شرقي مدينة رفح. وتظاهر المئات "
                     "في ساحة المدينة مساء أمس احتجاجا على الحصار.")
    assert ("Violence against civilians", "Attack") in found
    assert ("Protests", "Excessive force against protesters") not in found


def test_a_killing_told_at_a_protest_is_excessive_force() -> None:
    found = types_of("قتل الجيش الإسرائيلي أمس الجمعة شابين فلسطينيين بالرصاص خلال مظاهرة قرب الحدود شرقي مدينة رفح.")
    assert found == {("Protests", "Excessive force against protesters")}
