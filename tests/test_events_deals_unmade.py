"""Events: a deal that is opposed, only likely, only discussed, or a view that
commentators share is no Agreement; a deal announced as reached still is."""

import datetime as dt

import pytest

from marsad.pipeline import extract_text

PUBLISHED = dt.date(2024, 12, 4)


def agreements_in(text: str) -> int:
    return sum(e.sub_event_type == "Agreement" for e in extract_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize("text", [
    # opposition to reaching a deal
    "جدد النائب معارضته التوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى في غزة.",
    # a deal commentators "agree" on is a shared opinion
    "اتفق محللون عسكريون على أن الحرب على غزة لن تحقق أهدافها.",
    "واتفق خبراء في الشأن العسكري على أن العدوان على المدينة سيتوسع.",
    # the chances of a deal
    "تحدث الوزير عن تزايد فرص إبرام اتفاق بشأن الأسرى لدى الفصائل في غزة.",
    # meetings to discuss reaching a deal
    "تتواصل في القاهرة الاجتماعات الخاصة ببحث التوصل لاتفاق لوقف إطلاق النار في غزة.",
    # officials who do not expect a deal soon
    "قال مسؤولون إنهم لا يتوقعون التوصل إلى صفقة تبادل بين الطرفين في غزة قبل الشهر المقبل.",
])
def test_unmade_deals_are_no_agreement(text: str) -> None:
    assert agreements_in(text) == 0


def test_a_deal_announced_as_reached_is_an_agreement() -> None:
    assert agreements_in("أعلن الوسيط التوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى بين الحركة وإسرائيل في غزة.") >= 1


def test_parties_that_agree_on_a_truce_make_a_deal() -> None:
    assert agreements_in("اتفق الجيش والفصائل المسلحة على وقف إطلاق النار في مدينة درعا.") >= 1
