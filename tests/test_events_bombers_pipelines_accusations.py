"""Event detection and type, from a by-eye review of Saudi 2015 news: suicide
bombers named by the reflexive, pipeline sabotage, counted detainees, accused
killings and the grievance of a protest."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2015, 8, 6)  # a Thursday


def kinds(text: str) -> list[tuple[str, int]]:
    """(sub-type, fatalities) of the events of a one-sentence article."""
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "فجرت امرأة نفسها أمس وسط سوق شعبي في مدينة كانو فقتلت تسعة أشخاص.",
        "وقالت الشرطة إن فتاتين فجرتا نفسيهما أمس قرب محطة للحافلات في مدينة كانو ما أدى إلى مقتل سبعة.",
        "وفجر أحد عناصر التنظيم نفسه أمس قرب حاجز للجيش في مدينة العريش فقتل أربعة جنود.",
    ],
)
def test_a_bomber_who_blew_themself_up_is_a_suicide_bomb(sentence: str) -> None:
    assert [sub for sub, _ in kinds(sentence)] == ["Suicide bomb"]


def test_dawn_of_the_same_day_is_no_bomber() -> None:
    found = kinds("ووقعت الاشتباكات فجر الخميس نفسه في مدينة العريش بين الجيش ومسلحين.")
    assert "Suicide bomb" not in {sub for sub, _ in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال مصدر أمني إن مجهولين قاموا أمس بتفجير خط أنابيب الغاز قرب مدينة العريش.",
        "وقال الجيش إن مسلحين فجروا خط الغاز المغذي لمحطة الكهرباء قرب مدينة العريش أمس.",
    ],
)
def test_blowing_up_a_pipeline_is_a_remote_explosive(sentence: str) -> None:
    assert "Remote explosive/landmine/IED" in {sub for sub, _ in kinds(sentence)}


def test_a_pipeline_blast_averted_is_no_explosion() -> None:
    found = kinds("أحبطت الشرطة أمس محاولة تفجير خط أنابيب الغاز قرب مدينة العريش.")
    assert "Remote explosive/landmine/IED" not in {sub for sub, _ in found}


def test_a_security_agency_stopping_a_number_of_people_is_an_arrest() -> None:
    assert [sub for sub, _ in kinds("أوقف الأمن العام خمسة أردنيين في مدينة الزرقاء أمس.")] == ["Arrests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ألقت الشرطة القبض على عامل في دبي أمس لاتهامه بقتل زميله.",
        "وتظاهر العشرات أمس أمام منزل رجل أعمال في مدينة حمص يتهمونه بقتل شاب.",
        # an aside naming some of the accused does not end the accusation
        "ويتهم المدعي العام أفراد العصابة، ومن بينهم زعيمها، بقتل ثلاثة تجار في مدينة ميونخ.",
    ],
)
def test_a_killing_someone_is_accused_of_is_not_an_attack(sentence: str) -> None:
    found = kinds(sentence)
    assert not {sub for sub, _ in found} & {"Armed clash", "Attack", "Excessive force against protesters"}
    assert all(deaths == 0 for _, deaths in found)


def test_the_killing_a_protest_is_held_over_is_not_force_on_the_crowd() -> None:
    found = kinds("اعتصم مئات الأشخاص أمس في مدينة حمص احتجاجا على قتل ضابط في الشرطة.")
    assert found == [("Peaceful protest", 0)]


def test_protesters_shot_dead_are_still_excessive_force() -> None:
    found = kinds("قتل ثلاثة متظاهرين برصاص الشرطة خلال احتجاجات في مدينة حمص أمس.")
    assert ("Excessive force against protesters", 3) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين والشرطة في مدينة حمص أمس.",
        "ولا أنباء عن اشتباكات بين الجيش والمسلحين في مدينة حمص أمس.",
    ],
)
def test_no_reports_of_a_clash_is_no_clash(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_clash_reported_without_deaths_is_still_a_clash() -> None:
    found = kinds("وقعت اشتباكات بين الجيش والمسلحين في مدينة حمص أمس ولم ترد تقارير عن سقوط قتلى.")
    assert [sub for sub, _ in found] == ["Armed clash"]


def test_what_a_deal_concerns_is_no_fighting() -> None:
    assert kinds("وقال المسؤول إن الاتفاق مع أنقرة يتعلق فقط بقتال التنظيم في شمال سوريا.") == []
