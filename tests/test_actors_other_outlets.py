"""Actor names and roles that other outlets' phrasing exposed: whose "national army",
whose police, phrases that only contain an actor word, and counted soldiers or
policemen as the side that suffered."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import actor_doc

from marsad.document import Document, Mention
from marsad.knowledge.actors import find_alias, generic_actor, validate_catalogue
from marsad.stages import actors as stage

DAY = dt.date(2019, 3, 4)
IED = "Remote explosive/landmine/IED"


def _doc(text: str, country: str) -> Document:
    return actor_doc(text, country, DAY)


def _names(text: str, country: str) -> list[str]:
    return [m.value.name for m in _doc(text, country).in_span("actor", 0, len(text))]


def _roles(text: str, trigger: str, country: str, sub_type: str = "Armed clash", voice: str = "noun"):
    doc = _doc(text, country)
    start = text.index(trigger)
    pattern = SimpleNamespace(sub_event_type=sub_type)
    mention = Mention(start, start + len(trigger), "trigger", trigger, pattern, {"voice": voice})
    roles = stage.assign_roles(doc, 0, len(text), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.assoc_actor_1, roles.actor2))


def test_national_army_outside_syria_and_libya_is_the_countrys_own_army():
    yemen = _names("تقدمت قوات الجيش الوطني نحو مديرية حريب جنوب محافظة مأرب", "YE")
    assert yemen == ["Military Forces of Yemen (2012-2022)"]
    syria = _names("سيطر الجيش الوطني على قرية قرب مدينة الباب في ريف حلب", "SY")
    assert syria == ["Syrian National Army"]


def test_police_of_a_country_without_catalogued_periods_still_names_the_country():
    assert generic_actor("police", "MX").name == "Police Forces of Mexico"
    assert _names("اعتقلت الشرطة المحلية ثلاثة رجال في بلدة قرب مدينة كولومبو", "LK") == [
        "Police Forces of Sri Lanka", "Civilians (Sri Lanka)"]


def test_security_council_and_national_security_are_no_police():
    assert _names("دعا مجلس الأمن الدولي إلى وقف القتال حول مدينة الحديدة", "YE") == []
    assert _names("قال مستشار الأمن القومي إن المحادثات ستستأنف الأسبوع المقبل", "IQ") == []
    assert find_alias("مجلس الأمن") == []


def test_a_counted_policeman_is_the_side_that_suffered_an_attributed_attack():
    text = "وقع هجوم ليلا على حاجز في بلدة نصيبين نسبته السلطات إلى حزب العمال الكردستاني وأدى إلى مقتل شرطي"
    roles = _roles(text, "هجوم", "TR")
    assert roles[0] == "PKK - Kurdistan Workers' Party"
    assert roles[2].startswith("Police Forces of Turkey")


def test_loss_noun_marks_soldiers_as_target_not_agent():
    text = "أسفر هجوم لمسلحين مجهولين على نقطة تفتيش عن مصرع ثلاثة من عناصر الأمن في مدينة الشيخ زويد"
    roles = _roles(text, "هجوم", "EG")
    assert roles[0] == "Unidentified Armed Group (Egypt)"
    assert roles[2].startswith("Police Forces of Egypt")


def test_soldiers_right_after_a_blast_noun_are_what_it_hit():
    roles = _roles("قتل انفجار جنديين عراقيين على طريق قرب مدينة الفلوجة", "انفجار", "IQ", IED)
    assert roles[0] is None  # left to the Unidentified Armed Group
    assert roles[2].startswith("Military Forces of Iraq")


def test_side_with_counted_losses_is_not_the_agent_of_the_clash():
    text = "قتل 9 جنود أتراك في اشتباكات مع وحدات حماية الشعب الكردية قرب مدينة تل رفعت"
    roles = _roles(text, "اشتباكات", "SY")
    assert roles[0] == "YPG: People's Protection Units"
    assert roles[2].startswith("Military Forces of Turkey")


def test_lexicon_additions_keep_the_catalogue_valid():
    assert validate_catalogue() == []


def test_only_the_first_nationality_after_a_force_noun_names_the_force():
    assert _names("أصاب جنود أتراك سوريا قرب بلدة جرابلس", "SY") == ["Military Forces of Turkey (2016-)"]
    assert _names("قصفت المدفعية الروسية مواقع في ريف اللاذقية", "SY") == ["Military Forces of Russia (2000-)"]


def test_target_verb_before_an_actor_with_a_later_target_has_its_subject_there():
    text = "استهدف الطيران الروسي بعدة غارات مواقع لهيئة تحرير الشام في ريف معرة النعمان"
    assert _roles(text, "غارات", "SY", "Air/drone strike") == (
        "Military Forces of Russia (2000-)", None, "Hayat Tahrir al-Sham")
    text = "واستهدفت قوات النظام بالمدفعية مناطق سيطرة فصائل المعارضة في ريف حماة الشمالي"
    roles = _roles(text, "بالمدفعية", "SY", "Shelling/artillery/missile attack")
    assert roles[0] == "Military Forces of Syria (2000-)"
    assert roles[2] == "Opposition Rebels (Syria)"


def test_targeted_actor_without_another_target_stays_the_target():
    roles = _roles("استهدفت دورية للجيش بعبوة ناسفة قرب بلدة نوى", "بعبوة", "SY", IED)
    assert roles[0] is None
    assert roles[2] == "Military Forces of Syria (2000-)"


def test_tribal_gunmen_in_the_nominative_are_a_tribal_militia():
    assert _names("سيطر مسلحو القبائل على مواقع في مديرية حريب", "YE") == ["Unidentified Tribal Militia (Yemen)"]
