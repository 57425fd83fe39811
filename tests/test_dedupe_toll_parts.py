"""A smaller toll that is a part of the larger one (one group among the dead, a later
death of one wounded) leaves the larger toll; conflicting reports keep the lowest."""

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2018, 4, 7)


def _tolls(text: str) -> list[int]:
    return [event.fatalities for event in extract_text(text, published=DAY).events]


def test_a_group_counted_among_the_dead_leaves_the_whole_toll() -> None:
    text = (
        "قتل 7 إيرانيين في قصف استهدف مطار التيفور في حمص يوم الاثنين. "
        "وقال مسؤول إن القصف على مطار التيفور أسفر عن مقتل 14 شخصا بينهم سبعة إيرانيين."
    )
    assert _tolls(text) == [14]


def test_a_later_death_of_the_wounded_leaves_the_day_toll() -> None:
    text = (
        "قتل سبعة متظاهرين فلسطينيين برصاص القوات الاسرائيلية خلال صدامات اندلعت الجمعة قرب الحدود "
        "بين اسرائيل وقطاع غزة. وأعلنت وزارة الصحة الفلسطينية وفاة فلسطينيين السبت أحدهما صحفي "
        "إثر إصابتهما بجروح الجمعة خلال مواجهات بين الفلسطينيين والإسرائيليين."
    )
    assert _tolls(text) == [7]


def test_conflicting_reports_of_one_toll_keep_the_lowest() -> None:
    text = (
        "قتل 12 شخصا في تفجير سيارة مفخخة في سوق شعبي بمدينة كركوك يوم الجمعة. "
        "وقالت مصادر طبية إن تفجير السيارة المفخخة في السوق أسفر عن مقتل 9 أشخاص."
    )
    assert _tolls(text) == [9]


def test_one_sides_dead_also_counted_in_a_report_of_both_sides_leaves_the_sum() -> None:
    # the lead's long subject between "لقي" and "مصرعهم" gives 9; the next sentence adds 3
    text = (
        "لقي 9 عناصر من المتمردين الحوثيين وقوات القائد العسكري السابق للواء الثالث مصرعهم في اشتباكات "
        "بمدينة تعز، فيما شن طيران التحالف قصفا على مواقعهم في محافظة حجة يوم الجمعة. "
        "وأفادت مصادر أن 9 عناصر من الحوثيين قتلوا في اشتباكات متفرقة في مدينة تعز، "
        "مشيرة كذلك إلى سقوط 3 قتلى من أفراد المقاومة الشعبية."
    )
    assert 12 in _tolls(text)


def test_persons_read_beside_a_number_may_restate_it() -> None:
    text = (
        "قتل أربعة سياح في هجوم على مجموعة من السياح في منطقة دنغارا بطاجيكستان يوم الأحد. "
        "وكان التنظيم قد تبنى الهجوم الذي وقع الأحد في دنغارا وأوقع أربعة قتلى هم أمريكيان وسويسري وهولندي."
    )
    assert _tolls(text) == [4]
