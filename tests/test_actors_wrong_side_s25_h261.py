"""actor1 on the wrong side or the wrong state (session 25, H261).

- A government that condemns an act ("أدانت الحكومة الفرنسية الهجوم الذي أسفر عن سقوط
  قتلى من قوات الأمن") does not count its own losses: the forces it names are those of the
  country the act is in.
- A foreign government that only condoles or supports in a story set elsewhere is no
  implicit side of a battle there.
- "القصف الذي يشنه X"، "كمين نصبه X": the present and plural forms of the relative
  launching verbs, and the verb of an ambush, mark X as the author.
- A nationality read after a preposition is a country named as a target ("الضربات على
  سوريا"), not the force of that state; after "من" it is still the country that fired.
- A speaker whose report names a doer of its own ("أعلن الجيش الروسي أن تحالفا ... أطلق")
  is not the author; a report of its own craft ("أن طائراته قصفت") still is.
- A group's quoted name after its head noun stays in the claimant's phrase of an adopting
  verb ("تبنى تنظيم «داعش» التفجير").
"""

from __future__ import annotations

import datetime as dt

import marsad

DAY = dt.date(2018, 3, 9)


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in marsad.extract(text, published=DAY).events]


def _actors(text: str) -> dict[str, str | None]:
    doc = marsad.extract(text, published=DAY)
    return {doc.text[m.start:m.end]: (m.value.name if m.value else None) for m in doc.of_kind("actor")}


def test_condemning_government_counts_no_losses_of_its_own():
    actors = _actors("وأدانت الحكومة الفرنسية الهجوم الذي أسفر عن سقوط قتلى من قوات الأمن في الموصل.")
    assert actors["قوات الأمن"] == "Police Forces of Iraq (2014-2018)"


def test_foreign_government_that_only_supports_is_no_side_of_the_battle():
    events = _sides("قتل جنديان في هجوم مسلح على نقطة تفتيش في سيناء. وأعربت الحكومة الإيطالية عن "
                    "تضامنها، فيما أكدت دعم الحكومة الإيطالية لمصر في حربها على الإرهاب.")
    assert events == [("Armed clash", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt (2014-)")]


def test_present_relative_launching_verb_names_the_author():
    events = _sides("وتواصل قوات الجيش تأمين المناطق المحررة من القصف العشوائي الذي يشنه الحوثيون "
                    "على الأحياء السكنية في مدينة حيس.")
    assert events == [("Shelling/artillery/missile attack", "Ansar Allah (Houthis)", "Civilians (Yemen)")]


def test_ambush_laid_by_gunmen_is_theirs_not_the_soldiers():
    events = _sides("قتل جنديان ماليان في كمين نصبه مسلحون قرب بلدة نامبالا وسط مالي.")
    assert events == [("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)")]


def test_country_after_a_preposition_is_no_state_force():
    actors = _actors("واعتبرت الحكومة الأردنية أن الضربات على سوريا لن تحل الأزمة.")
    assert "Military Forces of Syria (2000-)" not in actors.values()


def test_shelling_from_a_country_is_still_its_fire():
    events = _sides("أصيب خمسة مدنيين في قصف من تركيا استهدف قرية في ريف عفرين.")
    assert events == [("Shelling/artillery/missile attack", "Military Forces of Turkey (2016-)", "Civilians (Syria)")]


def test_speaker_naming_another_doer_is_not_the_author():
    events = _sides("أعلن الجيش الروسي أن تحالفا من ثلاث دول أطلق عشرات الصواريخ على مواقع قرب دمشق.")
    assert [e[1] for e in events] == ["Unidentified Armed Group (Syria)"]


def test_speaker_telling_of_its_own_craft_stays_the_author():
    events = _sides("أعلن الجيش الروسي أن طائراته قصفت مواقع للمسلحين في ريف إدلب.")
    assert [e[1] for e in events] == ["Military Forces of Russia (2000-)"]


def test_quoted_group_name_after_adopting_verb_is_the_claimant():
    doc = marsad.extract("وتبنى تنظيم «داعش» مساء الاثنين تفجير سيارة مفخخة قرب مسجد في صنعاء "
                         "أسفر عن مقتل خمسة أشخاص.", published=DAY)
    assert [(e.actor1, e.source) for e in doc.events] == [("Islamic State (Yemen)", "تنظيم «داعش»")]


def test_countries_the_report_names_as_launchers_are_the_authors_not_the_speaker():
    events = _sides("أكد الجيش الروسي أن الضربات العسكرية التي شنتها الولايات المتحدة وحليفتاها فرنسا "
                    "وبريطانيا على مواقع في سوريا لم توقع ضحايا.")
    assert [e[1] for e in events] == ["Military Forces of the United States (2017-2021)"]


def test_quoted_group_name_in_straight_quotes_is_closed_in_the_source():
    doc = marsad.extract('وتبنى تنظيم "داعش" مساء الاثنين تفجير سيارة مفخخة قرب مسجد في صنعاء '
                         "أسفر عن مقتل خمسة أشخاص.", published=DAY)
    assert [e.source for e in doc.events] == ['تنظيم "داعش"']
