"""Events stage: which of a sentence's dates governs each act (clauses, stretches, "غداة")."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def dated(text: str) -> dict[str | None, tuple[str | None, int]]:
    """Location -> (event_date, time_precision) of the events extracted from `text`."""
    return {e.location: (e.event_date, e.time_precision) for e in extract_text(text, published=PUBLISHED).events}


def test_a_date_in_a_later_kama_clause_dates_only_that_clauses_act() -> None:
    found = dated("اختطف مسلحون الطبيب كمال الراوي من عيادته في مدينة الرمادي، "
                  "كما اختطفوا المهندس فراس العبيدي من منزله في مدينة الفلوجة أمس.")
    assert found["Fallujah"] == ("2019-03-05", 1)
    assert found["Ramadi"] == ("2019-03-06", 2)


def test_a_date_in_a_later_thumma_clause_does_not_date_the_act_before_it() -> None:
    found = dated("قصفت الطائرات الحربية بلدة كفرنبل، ثم سيطرت القوات الحكومية على بلدة خان شيخون السبت الماضي.")
    assert found["Khan Shaykhun"] == ("2019-03-02", 1)
    assert found["Kafr Nabl"] == ("2019-03-06", 2)


def test_a_date_in_an_earlier_clause_carries_into_the_next_act() -> None:
    found = dated("قصفت الطائرات الحربية بلدة كفرنبل أمس، ثم سيطرت القوات الحكومية على بلدة خان شيخون.")
    assert found["Khan Shaykhun"] == ("2019-03-05", 1)


def test_the_date_in_the_acts_own_stretch_beats_a_nearer_one_across_a_comma() -> None:
    found = dated("هدد قائد الجماعة بالانتقام لمقتل مساعده، الثلاثاء، "
                  "إثر غارة جوية استهدفت سيارته الأحد الماضي قرب مدينة الحديدة.")
    assert found["Al Hudaydah"] == ("2019-03-03", 1)


def test_a_date_after_ghadat_and_its_act_is_that_acts_own_day() -> None:
    found = dated("انفجرت سيارة مفخخة في مدينة بنغازي الثلاثاء، في وقت أعلنت فيه الشرطة إصابة خمسة مدنيين، "
                  "غداة مقتل جنديين وإصابة 4 آخرين في هجوم قرب درنة الأحد.")
    assert found["Benghazi"] == ("2019-03-05", 1)
    assert found["Darnah"] == ("2019-03-03", 1)


def events_of(text: str) -> list[tuple[str, bool]]:
    """(sub-type, background) of the events extracted from `text`."""
    return [(e.sub_event_type, e.background) for e in extract_text(text, published=PUBLISHED).events]


def test_an_undated_act_in_a_relative_clause_on_its_actor_is_not_news() -> None:
    assert events_of("وطالب النائب بمحاسبة قادة الجيش الذين انسحبوا من مدينة الرمادي دون قتال.") == []


def test_an_act_in_a_relative_clause_with_its_own_date_is_still_news() -> None:
    found = dated("وقال المتحدث إن 50 من أهالي مدينة الفلوجة الذين تظاهروا أول من أمس اعتقلوا.")
    assert found["Fallujah"] == ("2019-03-04", 1)


def test_an_owned_verbal_noun_after_baad_with_no_act_before_it_is_background() -> None:
    found = events_of("ودعا الرئيس خلال لقائه اليوم المبعوث الأممي إلى زيارة مدينة الحديدة بعد تحريرها من المسلحين.")
    assert found and all(background for _, background in found)


def test_an_owned_verbal_noun_after_baad_beside_a_reported_act_stays_news() -> None:
    found = events_of("قتلت الجماعة طاقم المدرعة بعد تفجيرها بعبوة ناسفة قرب مدينة الحديدة.")
    assert found and not any(background for _, background in found)


def test_a_recall_marker_leaves_a_coordinated_part_with_its_own_recent_date_as_news() -> None:
    found = events_of("وكانت القوات الحكومية قد طوقت مدينة إدلب أمس، "
                      "وأسفرت الغارات الجوية على المدينة صباح اليوم عن مقتل سبعة مسلحين.")
    assert ("Air/drone strike", False) in found


def test_a_recall_marker_still_marks_an_act_in_its_own_part() -> None:
    found = events_of("وكان مسلحون قد اختطفوا مهندسا في مدينة إدلب.")
    assert not found or all(background for _, background in found)


def test_numbered_weekdays_of_a_series_count_back_from_the_highest() -> None:
    doc = extract_text(
        "تظاهر آلاف الطلاب في الجمعة الرابعة من الاحتجاجات أمام مبنى البرلمان في مدينة بغداد. "
        "وكان المحتجون قد أغلقوا الطرق في الجمعة الثانية من الاحتجاجات.",
        published=dt.date(2019, 3, 8),  # a Friday
    )
    days = {m.attrs.get("series"): m.value for m in doc.of_kind("date")}
    assert days == {None: dt.date(2019, 3, 8), 2: dt.date(2019, 2, 22)}


def test_an_act_on_an_earlier_week_of_a_series_is_background() -> None:
    doc = extract_text(
        "أحرق المحتجون الإطارات في الجمعة الثانية من المواجهات قرب السياج شرق مدينة خان يونس. "
        "وفي الجمعة الرابعة تظاهر الآلاف قرب السياج شرق مدينة خان يونس.",
        published=dt.date(2019, 3, 8),
    )
    flags = {e.event_date: e.background for e in doc.events}
    assert flags.get("2019-02-22") is True
    assert flags.get("2019-03-08") is False


def test_series_ordinals_are_normalized_on_load() -> None:
    from marsad.stages.dates import _series_ordinals
    from marsad.text import normalize

    table = _series_ordinals()
    assert table and all(word == normalize(word) for word in table)
    assert table[normalize("الثانية")] == 2


def test_a_date_after_an_act_the_news_follows_is_that_acts_not_the_news() -> None:
    found = {e.sub_event_type: e.event_date for e in extract_text(
        "قالت الشرطة إن قوات الأمن قتلت اليوم مسلحا واعتقلت 16 آخرين وضبطت أسلحة وذخائر في مدينة الموصل "
        "بعد هجوم على سوق المدينة الشهر الماضي.", published=PUBLISHED).events}
    assert found["Disrupted weapons use"] == "2019-03-06"


def test_a_relative_clause_telling_when_the_act_took_place_dates_it() -> None:
    found = {e.sub_event_type: (e.event_date, e.background) for e in extract_text(
        "دانت الحكومة أمس الهجوم الذي نفذه مسلحون على حاجز للجيش في مدينة العريش الخميس الماضي وأسفر عن مقتل "
        "خمسة جنود.", published=PUBLISHED).events}
    assert found["Armed clash"] == ("2019-02-28", True)


def test_a_relative_clause_of_another_verb_does_not_date_the_act() -> None:
    found = {e.sub_event_type: e.event_date for e in extract_text(
        "قصفت الطائرات أمس مواقع المسلحين الذين سيطروا على بلدة الحويجة الخميس الماضي.", published=PUBLISHED).events}
    assert found.get("Air/drone strike") == "2019-03-05"


def test_an_act_through_the_night_is_dated_by_the_night_not_by_a_later_clauses_morning() -> None:
    found = dated("وكانت المقاتلات قد قصفت مواقع للمسلحين في مدينة الحديدة خلال الليل، "
                  "في حين استمر إطلاق القذائف على بلدة حيس صباح الأربعاء.")
    assert found["Al Hudaydah"] == ("2019-03-05", 1)
