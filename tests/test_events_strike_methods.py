"""Events typed by how the act was done: aircraft, air defences, gunfire, thrown
bombs, suicide belts, and a bombing's method told in another sentence of the
article (EVENTS.md §2)."""

import datetime as dt

from marsad.pipeline import extract_text
from marsad.stages import events

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published=PUBLISHED).events]


def test_aircraft_that_attacked_made_an_air_strike() -> None:
    events = extract_text(
        "قال مسؤول محلي إن مروحيتين هاجمتا صباح الاثنين نقطة تفتيش للجيش قرب مدينة غزني.", published=PUBLISHED
    ).events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_an_air_force_that_bombarded_made_one_air_strike() -> None:
    assert sub_types("وذكر المرصد أن سلاح الجو السوري قصف أمس بلدات في محيط الزبداني.") == ["Air/drone strike"]


def test_a_missile_spotted_by_air_defences_stays_a_missile() -> None:
    assert sub_types("رصدت الدفاعات الجوية مساء أمس صاروخين أطلقهما الحوثيون من صعدة باتجاه خميس مشيط.") == [
        "Shelling/artillery/missile attack"
    ]


def test_a_bomb_thrown_by_hand_is_a_grenade() -> None:
    assert sub_types("رمى شخص مجهول أمس قنبلة صوتية أمام مكتب الحزب في ديار بكر ولم يصب أحد.") == ["Grenade"]


def test_suicide_belts_in_the_plural_make_a_suicide_bomb() -> None:
    assert sub_types("قتل تسعة مصلين أمس في تفجير بأحزمة ناسفة داخل مسجد في أبها.") == ["Suicide bomb"]


def test_live_fire_on_protesters_is_force_not_an_air_strike() -> None:
    events = extract_text(
        "استهدفت قوات الاحتلال المحتجين قرب السياج شرق خان يونس أمس برصاص القناصة، ما أدى إلى استشهاد اثنين منهم.",
        published=PUBLISHED,
    ).events
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_strikes_named_with_their_doer_as_object_are_air_strikes() -> None:
    events = extract_text(
        "استشهد عشرات الفلسطينيين أمس في غارات عنيفة شنتها إسرائيل على مدينة رفح.", published=PUBLISHED
    ).events
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Military Forces of Israel (2009-2021)")]


def test_a_massacre_by_aircraft_is_an_air_strike() -> None:
    assert sub_types("ارتكبت طائرات النظام أمس مجزرة في بلدة معرة النعمان راح ضحيتها 11 مدنيا.") == ["Air/drone strike"]


def test_a_bare_blast_takes_the_method_told_in_another_sentence() -> None:
    text = (
        "قتل 12 شخصا أمس في تفجير إرهابي استهدف مسجدا تابعا للشرطة في مدينة أبها.\n"
        "وأوضح المتحدث أن فرق الأدلة وجدت في المكان بقايا يرجح أنها لتفجير بأحزمة ناسفة."
    )
    assert sub_types(text) == ["Suicide bomb"]


def test_a_leads_weaponless_attack_is_the_bombing_the_next_sentence_details() -> None:
    text = (
        "قتل 18 شخصا على الأقل أمس في هجوم تبنته حركة طالبان في ولاية قندوز.\n"
        "وقالت الوزارة إن انتحاريا فجر حزامه الناسف وسط سوق في مديرية خان آباد، ما أسفر عن مقتل 18 مدنيا."
    )
    assert set(sub_types(text)) == {"Suicide bomb"}


def test_a_leads_attack_stays_when_the_bombing_is_recalled_on_another_day() -> None:
    text = (
        "قال مسؤولون أمس إن مسلحين قتلوا سبعة قرويين بالرصاص خلال هجوم على قرية في شمال الكاميرون.\n"
        "ويأتي الهجوم بعد أقل من أسبوع من مقتل تسعة أشخاص في هجوم لانتحاريين اثنين في بلدة فوتوكول يوم الخميس."
    )
    assert sub_types(text)[0] != "Suicide bomb"


def test_two_methods_leave_a_bare_blast_as_it_is() -> None:
    text = (
        "قتل خمسة أشخاص أمس في انفجار وقع بسوق مدينة الموصل.\n"
        "وفي حادث آخر فجر انتحاري نفسه أمس عند حاجز للجيش في تكريت، بينما انفجرت عبوة ناسفة بدورية في بيجي."
    )
    assert sub_types(text)[0] == "Remote explosive/landmine/IED"


def test_incendiary_kites_are_no_aircraft() -> None:
    assert "Air/drone strike" not in sub_types(
        "وأضاف أن الهجمات بالطائرات الورقية الحارقة تواصلت أمس على البلدات المحاذية لقطاع غزة."
    )


def test_a_blast_at_a_meeting_is_no_thrown_bomb() -> None:
    assert "Grenade" not in sub_types("قال مسؤولون إن انفجارا وقع أمس خلال لقاء بين وجهاء ومسؤولين في مدينة جلال آباد.")


def test_a_shooting_on_the_bombings_day_stays_a_shooting() -> None:
    text = (
        "انفجرت سيارة مفخخة أمس قرب مقر الشرطة في مدينة الموصل.\n"
        "وأعلن المحافظ الحداد في المحافظة ثلاثة أيام، ودعا السكان إلى التبرع بالدم.\n"
        "وطالبت الأمم المتحدة بحماية موظفيها في العراق.\n"
        "وفي الموصل أيضا تعرضت دورية للأمم المتحدة أمس لإطلاق نار من مجهولين."
    )
    found = sub_types(text)
    assert len(found) == 2 and found.count("Remote explosive/landmine/IED") == 1


def test_a_method_told_only_as_a_guess_leaves_a_bare_blast_as_it_is() -> None:
    subs = sub_types(
        "قتل ثلاثة أشخاص أمس في انفجار وقع في سوق شعبي بمدينة بيدوا جنوب غربي الصومال.\n"
        "ولم يتضح بعد ما إذا كان الانفجار ناجما عن انتحاري أو عن عبوة زرعت في السوق."
    )
    assert subs == ["Remote explosive/landmine/IED"]



def test_a_ceasefires_fire_word_is_no_gunfire_of_the_act() -> None:
    """"وقف إطلاق النار" names a truce, not the weapon; "لإطلاق نار" and "بالرصاص" name gunfire."""
    def gunfire(text: str) -> bool:
        doc = extract_text(text, published=PUBLISHED)
        return events.fired_on_the_ground(doc, 0, len(doc.text), doc.mentions.get("trigger", []))

    assert not gunfire("قصفت الطائرات الحربية بلدة كفرنبل في خرق لوقف إطلاق النار.")
    assert gunfire("قتل جندي في هجوم بالرصاص على حاجز قرب بلدة كفرنبل.")


def test_a_method_a_source_denies_leaves_a_bare_blast_as_it_is() -> None:
    subs = sub_types(
        "قتل ثلاثة أشخاص أمس في انفجار وقع في سوق شعبي بمدينة بيدوا جنوب غربي الصومال.\n"
        "ونفى مصدر في الشرطة أن يكون الانفجار ناجما عن هجوم انتحاري."
    )
    assert subs == ["Remote explosive/landmine/IED"]
