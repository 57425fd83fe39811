"""An act named only as what another act answered ("ردا على إطلاق صواريخ") is an act told before."""

import datetime as dt

from marsad.document import Event
from marsad.pipeline import extract_text

LEAD = (
    "قصفت طائرات التحالف أكثر من 10 مواقع لجماعة الحوثي في محافظة صعدة، وأوضح بيان للتحالف السبت "
    "أن الغارات جاءت ردا على إطلاق ثلاثة صواريخ أطلقت من اليمن على السعودية."
)
RETOLD = (
    "وأوضح البيان أن هذه الغارات جاءت ردا على إطلاق صواريخ ضد السعودية وعلى أنشطة عدائية نفذتها الجماعة "
    "خلال الأيام الماضية."
)


def _shellings(text: str) -> list[Event]:
    events = extract_text(text, published=dt.date(2020, 5, 10)).events
    return [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]


def test_a_retold_cause_folds_into_the_act_reported_before_and_keeps_its_day() -> None:
    shellings = _shellings(f"{LEAD}\n{RETOLD}")
    assert len(shellings) == 1
    assert len(shellings[0].evidence_spans) == 2
    assert shellings[0].event_date == "2020-05-09"


def test_a_cause_written_with_tanween_folds_alike() -> None:
    assert len(_shellings(f"{LEAD}\n{RETOLD.replace('ردا', 'رداً')}")) == 1


def test_a_cause_at_a_place_of_its_own_stays_its_own_act() -> None:
    text = (
        "قصفت مدفعية الجيش الليبي مواقع للمسلحين جنوب مدينة سرت يوم الثلاثاء.\n"
        "وقال متحدث باسم الجيش إن القصف جاء ردا على إطلاق قذائف هاون على معسكر للجيش في مدينة بني وليد."
    )
    assert len(_shellings(text)) == 2
