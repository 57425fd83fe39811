"""Types and tolls of interceptions, suicide bombings and strikes told with their
victims (EVENTS.md §2 and §4): an intercepted missile is no missile attack, the
attackers among the dead keep a suicide bombing a bombing, a part of the dead
named apart is no addition to the toll, and a calibre is no count."""

import datetime as dt

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2019, 3, 6)  # a Wednesday


def kinds(text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_an_interception_with_its_time_before_the_missile_is_one_disrupted_use() -> None:
    text = "اعترضت الدفاعات الجوية الأردنية مساء أمس صاروخا باليستيا أطلقه مسلحون من درعا باتجاه مدينة إربد."
    assert kinds(text) == [("Disrupted weapons use", 0)]
    two = "قال الجيش إن دفاعاته الجوية اعترضت فجر اليوم صاروخين أطلقا باتجاه مدينة صفد."
    assert kinds(two) == [("Disrupted weapons use", 0)]


def test_an_interceptor_missile_that_fell_is_no_missile_attack() -> None:
    assert kinds("سقط صاروخ اعتراضي أمس في حي سكني بمدينة حيفا دون وقوع إصابات.") == []


def test_a_missile_launch_without_an_interception_stays_a_missile_attack() -> None:
    text = "أطلق المسلحون أمس عشرات الصواريخ على مدينة سديروت ما أدى إلى إصابة 3 أشخاص."
    assert [kind for kind, _ in kinds(text)] == ["Shelling/artillery/missile attack"]


def test_attackers_among_the_dead_keep_a_suicide_bombing_a_bombing() -> None:
    text = "قتل 6 جنود و3 مهاجمين أمس في هجوم انتحاري على ثكنة للجيش في مدينة بنقردان."
    assert kinds(text) == [("Suicide bomb", 9)]


def test_suicide_bombers_who_attacked_made_a_suicide_bombing() -> None:
    text = "هاجم انتحاريون أمس مقرا للشرطة في مدينة قندهار وقتلوا 8 من عناصرها."
    assert kinds(text) == [("Suicide bomb", 8)]


def test_the_dead_named_apart_as_part_of_the_victims_are_not_added() -> None:
    text = ("قصفت طائرات حربية أمس بلدة معرة النعمان في ريف إدلب ما أسفر عن مقتل 19 مدنيا، "
            "ومن بين الضحايا 4 نساء و7 أطفال.")
    assert kinds(text) == [("Air/drone strike", 19)]


def test_a_weapons_calibre_is_no_death_count() -> None:
    text = "دمرت غارة جوية أمس في مديرية صرواح عربة عسكرية عليها مدفع رشاش عيار 23 وقتل 2 من طاقمها."
    assert kinds(text) == [("Air/drone strike", 2)]
    millimetres = "قصفت قوات النظام أمس بلدة اللطامنة بمدفع 57 ملم ما أدى إلى مقتل مدنيين اثنين."
    assert [deaths for _, deaths in kinds(millimetres)] == [2]


def test_a_death_verb_joined_to_a_wounding_verb_shares_their_vague_subject() -> None:
    text = "استشهد وأصيب عدد من المواطنين أمس جراء قصف مدفعي على حي الزيتون في مدينة غزة."
    assert kinds(text) == [("Shelling/artillery/missile attack", 3)]


def test_a_battles_dead_of_each_side_told_in_two_clauses_add_up() -> None:
    text = ("اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحي القاعدة في مدينة لودر قتل خلالها 4 جنود، "
            "بينما قتل 11 من المسلحين.")
    assert kinds(text) == [("Armed clash", 15)]


def test_fighters_counted_in_the_construct_are_no_civilians() -> None:
    text = ("دارت اشتباكات أمس بين الجيش ومسلحي القاعدة في مدينة لودر قتل خلالها 4 جنود، "
            "بينما قتل 11 من مسلحي التنظيم.")
    assert [kind for kind, _ in kinds(text)] == ["Armed clash"]
