"""Deaths a sentence tells that were read as no toll, or as the lower of two (EVENTS.md §4).

- A quote mark right after a killing word does not end its clause: the quoted victims
  are its dead ('وقتلت "مسلحين اثنين"' = 2, 'مقتل «أحد الحراس»' = 1).  Not a mark that
  closes a quote ('جرائم قتل" ضباط'), nor a long cited passage of a report.
- Fighters named by what the outlet calls them, with no number, after a killing word
  are a death with no number ("وقتلت إرهابيين" = 3); after "برصاص" they are the killers,
  and after a dual noun they describe the two ("مقتل فردين إرهابيين" = 2).
- A nationality in the accusative after a killing verb is the one person it killed
  ("إن القوات قتلت فلسطينيا" = 1).
- "تصفية" (liquidating) people is killing them ("تصفية 6 مسلحين" = 6, "تصفية أحد
  العناصر" = 1); liquidating accounts, pockets or strongholds kills nobody.
- One battle read twice from one sentence, the rebels' dead counted with no side and the
  other side's dead named, adds up both counts (11 + 3 = 14), not the lower of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 21)


def _killed(text: str) -> list[int]:
    doc = extract_text(text, published=DAY)
    return [int(m.value) for m in doc.of_kind("number") if m.attrs.get("role") == "killed"]


def _tolls(text: str) -> list[int]:
    return [e.fatalities for e in extract_text(text, published=DAY).events]


def test_quoted_count_after_a_killing_verb_is_its_toll() -> None:
    text = 'وقالت القيادة إن الطائرات نفذت غارة قرب مدينة سبها وقتلت "مسلحين اثنين"، السبت.'
    assert _killed(text) == [2]


def test_quoted_person_after_a_killing_noun_is_one_dead() -> None:
    text = "وأشارت البعثة إلى مقتل «أحد الحراس الدوليين» في الهجوم على الفندق أمس."
    assert _killed(text) == [1]


def test_a_closing_quote_after_a_killing_word_opens_nothing() -> None:
    text = 'وقالت "الصحيفة" إن النيابة اتهمتهم "باقتحام المركز وارتكاب جرائم قتل" ضباط شرطة.'
    assert _killed(text) == []


def test_a_quoted_passage_of_a_report_is_no_toll() -> None:
    text = ("كما وثق التقرير قتل «مدنيين من رجال ونساء وبينهم أطفال وكبار في السن، البعض شنقا "
            "والآخرون بالرصاص».")
    assert _killed(text) == []


def test_quoted_fighters_with_no_number_are_three() -> None:
    text = 'ونفذت القوات الأمريكية الغارة قرب مدينة سبها وقتلت "إرهابيين"، بالتنسيق مع الحكومة.'
    assert _killed(text) == [3]


@pytest.mark.parametrize("fighters", ["متشددين", "متمردين", "إرهابيين"])
def test_fighters_killed_with_no_number_are_three(fighters: str) -> None:
    text = f"أعلنت مصادر محلية مقتل {fighters} بضربة جوية مجهولة قرب مدينة سبها السبت."
    assert _killed(text) == [3]


def test_fighters_after_a_dual_noun_describe_the_two() -> None:
    text = "وأسفر استهداف العربة عن تدميرها ومقتل فردين إرهابيين كانا على متنها."
    assert _killed(text) == [2]


def test_fighters_after_a_weapon_word_are_the_killers() -> None:
    text = "قتل شرطيان برصاص متشددين في مدينة العريش السبت."
    assert _killed(text) == [2]


@pytest.mark.parametrize("text", [
    "ودان المجلس قتل إرهابيين لرجل دين في مدينة العريش أمس.",
    "استنكر الأهالي قتل متشددين لشرطي في مدينة العريش أمس.",
    "وأدانت الحكومة قتل متمردين لطفل في قرية قرب مدينة الفاشر أمس.",
    "وتسبب قتل إرهابيين لراع قرب مدينة تمبكتو في موجة غضب.",
])
def test_fighters_before_a_victim_with_lam_are_the_killers(text: str) -> None:
    """Review 1, M4: in "قتل X لـY" the plural X is who killed, not three dead."""
    assert 3 not in _killed(text)
    assert all(toll < 3 for toll in _tolls(text))


def test_lam_nationality_after_fighters_still_counts_them() -> None:
    assert _killed("مقتل جنود لبنانيين في قصف على بلدة الخيام أمس.") == [3]


@pytest.mark.parametrize("text", [
    "قالت مصادر محلية إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص في مدينة جنين أمس.",
    "قتلت القوات الإسرائيلية فلسطينيا بالرصاص في مدينة جنين أمس.",
])
def test_an_accusative_nationality_is_the_one_killed(text: str) -> None:
    assert _killed(text) == [1]


def test_liquidated_people_are_killed() -> None:
    assert _killed("وتمكنت قوات الأمن من تصفية 6 مسلحين في مداهمة بمدينة العريش أمس.") == [6]
    assert _killed("وأعلن الجيش تصفية أحد العناصر المسلحة في مدينة العريش أمس.") == [1]


@pytest.mark.parametrize("text", [
    "وتمكنت القوات من تصفية 3 بؤر للمسلحين في مدينة العريش أمس.",
    "وقال القائد إن الهدف هو تصفية جيوب المتمردين في المدينة.",
    "ونفى المجلس ما يقال عن تصفية الحسابات بين الفصائل.",
])
def test_liquidating_things_kills_nobody(text: str) -> None:
    assert _killed(text) == []


def test_both_sides_dead_of_one_ambush_add_up() -> None:
    text = ("ونصب الثوار كمينا للحوثيين في مدينة تعز أمس، أسفر عن مصرع 11 وإصابة 20 آخرين، "
            "فيما قتل ثلاثة من مقاتلي المقاومة الشعبية.")
    assert _tolls(text) == [14]
