"""The weapon of a bombardment told elsewhere than its own words types it.

A bare "قصف" names no weapon: the story's other sentences (air strikes only,
no guns, shells or rockets named anywhere), the air power striking in its own
sentence, or the aircraft that launched its missiles say it was an air strike;
an artillery unit as its doer says shelling.  A bomb named with no kind
("هجوما بقنبلة") is the kind the story tells ("كانت قنبلة يدوية").  The
sentences are made up in the style of the news.
"""

import datetime as dt

from marsad.knowledge.triggers import load_aircraft_launch, load_bombardment_method_rules
from marsad.pipeline import extract_text
from marsad.text import normalize

LEAD = ("قتل 12 مدنيا الأحد في غارات جوية شنتها طائرات حربية على بلدات في ريف إدلب الجنوبي، "
        "وفق المرصد السوري لحقوق الإنسان.\n")
BARRELS = "وقال المرصد إن براميل متفجرة ألقتها مروحيات النظام استهدفت مدينة معرة النعمان.\n"
BARE = "وأوضح المرصد أن خمسة مدنيين قتلوا في قصف على بلدة كفرنبل."


def _types(text: str, published: dt.date = dt.date(2018, 6, 24)) -> dict[str, str]:
    """Each event's place and sub-type."""
    return {e.location: e.sub_event_type for e in extract_text(text, published=published).events}


def test_a_bare_bombardment_in_a_story_of_air_strikes_only_is_an_air_strike() -> None:
    assert _types(LEAD + BARRELS + BARE)["Kafr Nabl"] == "Air/drone strike"


def test_guns_named_anywhere_in_the_story_leave_a_bare_bombardment_shelling() -> None:
    guns = "وقال المرصد إن قوات النظام صعدت هجماتها بالطائرات والمدافع على المنطقة.\n"
    assert _types(LEAD + guns + BARE)["Kafr Nabl"] == "Shelling/artillery/missile attack"


def test_shelling_told_with_its_weapon_leaves_a_bare_bombardment_shelling() -> None:
    text = LEAD + "وأوضح المرصد أن خمسة مدنيين قتلوا في قصف على بلدة كفرنبل، فيما سقطت قذائف هاون على بلدة خان شيخون."
    assert _types(text)["Kafr Nabl"] == "Shelling/artillery/missile attack"


def test_an_exchange_of_bombardment_stays_shelling_in_a_story_of_air_strikes() -> None:
    text = LEAD + "وأوضح المرصد أن مقاتلين اثنين قتلا في تبادل القصف بين الطرفين قرب بلدة كفرنبل."
    assert _types(text)["Kafr Nabl"] == "Shelling/artillery/missile attack"


def test_a_bare_bombardment_by_no_one_on_another_day_keeps_its_type() -> None:
    # (its author left open: it may be the other side's guns)
    text = LEAD + ("وقتل الأسبوع الماضي 20 مدنيا في قصف استهدف مدينة جسر الشغور، "
                   "وتبادل الطرفان الاتهام بالوقوف وراء القصف.")
    assert _types(text)["Jisr al-Shughur"] == "Shelling/artillery/missile attack"


def test_a_bare_bombardment_beside_the_air_power_striking_in_its_sentence_is_its_air_strike() -> None:
    text = ("قالت مصادر محلية في محافظة حجة اليمنية إن الطيران استهدف أمس مواقع وتعزيزات عسكرية في مديرية "
            "حرض، كما استهدف القصف أيضا محطة وقود في منطقة عبس، فيما سقطت قذائف على مديرية ميدي.")
    assert _types(text, dt.date(2015, 7, 21))["Abs"] == "Air/drone strike"


def test_artillery_units_as_the_doer_make_an_air_powers_bombardment_shelling() -> None:
    text = "قصفت مدفعيات القوات السعودية أمس مواقع لميليشيات الحوثي قرب الحدود في منطقة جازان."
    assert set(_types(text, dt.date(2015, 8, 11)).values()) == {"Shelling/artillery/missile attack"}


def test_missiles_fired_by_warplanes_named_as_the_doer_are_an_air_strike() -> None:
    text = ("وقالت وزارة الدفاع إن مقاتلتين إسرائيليتين شنتا الهجوم على مطار التيفور العسكري في ريف حمص "
            "الشرقي من الأجواء اللبنانية باستخدام ثمانية صواريخ موجهة.")
    assert set(_types(text, dt.date(2018, 4, 9)).values()) == {"Air/drone strike"}


def test_missiles_fired_by_a_side_named_after_the_warplanes_stay_a_missile_attack() -> None:
    text = ("شنت طائرات التحالف غارات على مواقع في صعدة أمس، بينما أطلق الحوثيون ثلاثة صواريخ "
            "على مدينة جازان السعودية.")
    assert _types(text, dt.date(2018, 4, 9))["Jizan"] == "Shelling/artillery/missile attack"


def test_a_bomb_of_no_kind_is_the_grenade_the_story_tells() -> None:
    lead = "قتل شخصان وأصيب العشرات السبت عندما شن مجهول هجوما بقنبلة على تجمع حاشد في ساحة مسقل بأديس أبابا."
    told = "\nوقال أحد المنظمين إنها كانت قنبلة يدوية ألقاها رجل على المنصة."
    assert set(_types(lead).values()) == {"Remote explosive/landmine/IED"}
    assert set(_types(lead + told).values()) == {"Grenade"}


def test_a_bomb_of_no_kind_beside_a_suicide_bombing_keeps_its_type() -> None:
    text = ("قتل 11 شخصا في هجوم انتحاري استهدف تجمعا انتخابيا في مدينة بيشاور الثلاثاء، إذ فجر انتحاري "
            "حزامه الناسف قرب سيارة المرشح.\nوكان موكب مرشح آخر قد تعرض الأحد لهجوم بقنبلة في مدينة كويتا "
            "أسفر عن جرح 6 أشخاص.")
    subs = sorted(e.sub_event_type for e in extract_text(text, published=dt.date(2018, 7, 11)).events)
    assert subs == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_the_bombardment_and_launch_word_lists_load_normalized() -> None:
    method = load_bombardment_method_rules()
    assert "قصف" in method.bare and "قذيفه" in method.ground_words and "متبادله" in method.mutual
    launch = load_aircraft_launch()
    # (entries are normalized on load, ئ → ي, and matched against normalized article words)
    assert launch.aircraft.matches("مقاتلتان") and launch.aircraft.matches(normalize("طائرتي"))
    assert launch.cues.matches("باستخدام") and launch.stops.matches("الحوثيون")
