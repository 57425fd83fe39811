"""Sides that are no side of the act, and sides told around it: who praises or condemns an
act, the backer of the side that was hit, an accused group named with a participle, a
speaker that says it acted after naming its statement, a speaker reporting missiles fired
at it, and a word referring back to an ambiguous name read as a foreign group."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2019, 3, 17)


def _sides(text: str, published: dt.date = DAY) -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(e.actor1, e.assoc_actor_1, e.actor2) for e in doc.events]


def test_a_group_praising_a_strike_is_no_side_of_it():
    sides = _sides("أشادت حركة حماس بقصف جماعة أنصار الله مدينة إيلات بصاروخ باليستي الأحد.")
    assert sides and all(a1 == "Ansar Allah (Houthis)" and a2 != "Hamas Movement" for a1, _, a2 in sides)


def test_a_group_welcoming_the_act_of_another_is_no_side_of_it():
    sides = _sides("رحبت فصائل المقاومة الفلسطينية باستهداف أنصار الله مدينة إيلات بطائرة مسيرة السبت.")
    assert sides and all(a1 == "Ansar Allah (Houthis)" for a1, _, _ in sides)
    assert all("Palestinian Resistance Factions" not in (a1, a2) for a1, _, a2 in sides)


def test_a_condemning_state_is_not_the_attacker():
    sides = _sides("أدانت الحكومة الأردنية استهداف الحوثيين ميناء جازان بصاروخ الأحد.")
    assert sides and all(a1 == "Ansar Allah (Houthis)" for a1, _, _ in sides)


def test_the_backer_of_the_side_hit_is_no_ally_of_the_attacker():
    sides = _sides("قتل 12 عنصرا من قوات الحشد الشعبي المدعومة من الحكومة العراقية في هجوم شنه مسلحو "
                   "تنظيم الدولة الإسلامية قرب مدينة تكريت الأحد.", dt.date(2018, 2, 19))
    assert sides and all(a1 == "Islamic State (Iraq)" and assoc is None for a1, assoc, _ in sides)


def test_the_backer_of_the_attacker_stays_its_ally():
    sides = _sides("هاجمت قوات سوريا الديمقراطية المدعومة من التحالف الدولي مواقع تنظيم الدولة في الرقة الأحد.",
                   dt.date(2017, 2, 19))
    assert ("Syrian Democratic Forces", "Global Coalition Against Daesh", "Islamic State (Syria)") in sides


def test_a_group_accused_with_a_participle_is_the_bomber():
    sides = _sides("وتعهد الرئيس بملاحقة تنظيم داعش المتهم بالوقوف خلف التفجير الانتحاري الذي وقع الاثنين في "
                   "مدينة غازي عنتاب وأدى إلى مقتل 20 شخصا.", dt.date(2016, 8, 23))
    assert sides and sides[0][0] == "Islamic State (Turkey)"


def test_a_speaker_saying_after_its_statement_that_it_acted_is_the_agent():
    sides = _sides("وأفادت المقاومة الشعبية في بيان أمس أنها نفذت كمائن لتعزيزات ميليشيات الحوثي المتجهة إلى "
                   "محافظة الضالع.", dt.date(2015, 7, 22))
    assert ("Popular Resistance (Yemen)", None, "Ansar Allah (Houthis)") in sides


def test_a_speaker_reporting_missiles_fired_at_it_did_not_fire_them():
    sides = _sides("وقالت القيادة العامة للجيش السوري إن 40 صاروخا أطلقت باتجاه مواقع في ريف حمص فجر السبت.",
                   dt.date(2018, 4, 14))
    assert sides and all(a1 != "Military Forces of Syria (2000-)" for a1, _, _ in sides)


def test_a_speaker_saying_it_fired_still_fired():
    sides = _sides("وقال الجيش السوري إنه أطلق 40 صاروخا باتجاه مواقع المسلحين في ريف حمص فجر السبت.",
                   dt.date(2018, 4, 14))
    assert sides and sides[0][0] == "Military Forces of Syria (2000-)"


def test_a_word_referring_back_to_a_foreign_reading_names_no_foreign_group():
    text = ("ولم تحقق قوات النظام أي تقدم في الزبداني بريف دمشق، وقالت وسائل إعلام حزب الله إن الجيش السوري "
            "والمقاومة يعتمدان القصف المكثف على مواقع المسلحين في الزبداني.")
    doc = extract_text(text, published=dt.date(2015, 8, 4))
    assert doc.events
    assert all("Yemen" not in str(e.actor2) and "Yemen" not in str(e.actor1) for e in doc.events)
    assert all(e.actor2 != "Hezbollah" for e in doc.events)  # the army's ally is no target either


def test_a_capital_named_as_the_city_is_no_side():
    sides = _sides("أظهرت صور بثتها وسائل إعلام محلية المبنى الذي كان يقيم فيه القيادي في حركة حماس في طهران، "
                   "وتم استهدافه بصاروخ أسفر عن مقتله.", dt.date(2024, 8, 1))
    assert sides and all(a1 not in ("Military Forces of Iran (1989-)", "Government of Iran (1989-)") for a1, _, _ in sides)
    sides = _sides("قصفت طائرة مسيرة شقة يقيم فيها قيادي في حركة حماس في العاصمة طهران فجر الأربعاء.", dt.date(2024, 8, 1))
    assert sides and all(a1 != "Military Forces of Iran (1989-)" for a1, _, _ in sides)


def test_a_capital_speaking_is_still_its_government():
    doc = extract_text("وقالت طهران إن الحرس الثوري قصف مواقع لجماعة مسلحة في إقليم كردستان العراق.",
                       published=dt.date(2024, 8, 1))
    assert "Government of Iran (1989-)" in {m.value.name for m in doc.of_kind("actor") if m.value}


def test_homes_a_strike_hit_are_not_its_author():
    sides = _sides("تواصل قوات الاحتلال ارتكاب المجازر حيث استشهد العشرات في قصف استهدف منازل وخياما للنازحين "
                   "في خان يونس.", dt.date(2024, 7, 29))
    assert ("Military Forces of Israel (2022-)", None, "Civilians (Palestine)") in sides


def test_the_body_whose_meeting_was_attended_is_not_the_force_that_fired_on_protesters():
    doc = extract_text("وتصاعد التوتر بعد مقتل متظاهر الأحد لدى إطلاق نار خلال تفريق المظاهرة في البصرة. وتوجه رئيس "
                       "الوزراء إلى البصرة قادما من بروكسل حيث كان يشارك في اجتماع التحالف الدولي ضد تنظيم الدولة "
                       "الإسلامية.", published=dt.date(2018, 7, 13))
    assert doc.events and all(e.actor2 != "Global Coalition Against Daesh" for e in doc.events)


def test_a_force_backing_the_resistance_is_its_ally():
    sides = _sides("وأكدت مصادر أن المقاومة المسنودة بقوات من الجيش الوطني بسطت سيطرتها على أربعة مواقع غرب مأرب.",
                   dt.date(2015, 7, 22))
    assert sides and sides[0][:2] == ("Popular Resistance (Yemen)", "Military Forces of Yemen (2012-2022)")


def test_the_group_someone_was_put_at_the_head_of_did_not_set_off_the_bomb():
    sides = _sides("أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن مقتل ثمانية أشخاص الجمعة، في أول عملية كبيرة في "
                   "العاصمة منذ تعيين خلف للملا محمد عمر على رأس حركة طالبان.", dt.date(2015, 8, 7))
    assert sides and all(a1 != "Taliban" for a1, _, _ in sides)


def test_a_force_whose_base_holds_the_mosque_hit_is_the_target():
    sides = _sides("دانت الحكومة التفجير الانتحاري الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة في أبها وأسفر عن "
                   "مقتل 15 من أفراد قوات الطوارئ الخاصة أثناء الصلاة.", dt.date(2015, 8, 7))
    assert sides and sides[0][2] == "Police Forces of Saudi Arabia (2015-)"
    assert sides[0][0] != "Government of Saudi Arabia (2015-)"


def test_a_hospital_in_a_town_an_armed_side_holds_is_still_civilians():
    sides = _sides("قصفت الطائرات الحربية مستشفى في مدينة تسيطر عليها المعارضة في ريف إدلب.", dt.date(2017, 8, 7))
    assert sides and sides[0][2] == "Civilians (Syria)"


def test_the_group_of_a_leader_named_by_its_bureau_did_not_strike_him():
    sides = _sides("أظهرت صور بثتها وسائل إعلام محلية المبنى الذي كان يقيم فيه رئيس المكتب السياسي لحركة حماس في "
                   "العاصمة طهران، وتم استهدافه بصاروخ أسفر عن مقتله وأحد حراسه.", dt.date(2024, 8, 1))
    assert sides and all(a1 != "Hamas Movement" for a1, _, _ in sides)


def test_the_command_whose_statement_reports_incoming_missiles_did_not_fire_them():
    sides = _sides("ونشرت الوكالة الرسمية بيانا للقيادة العامة للجيش العراقي قالت فيه إن 30 صاروخا اطلقت باتجاه "
                   "أهداف عراقية في بغداد وخارجها.", dt.date(2018, 4, 14))
    assert sides and all(not (a1 or "").startswith("Military Forces of Iraq") for a1, _, _ in sides)
