"""A recalled act on one kind of target is not a follow-up of a current act on another kind."""

from marsad.document import Event
from marsad.stages import dedupe


def _strike(**fields) -> Event:
    base = dict(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2016-05-08",
        time_precision=1, actor1="Military Forces of Turkey (2002-2016)", inter1=8,
        actor2="Civilians (Iraq)", inter2=7, country="Iraq", admin1="Duhok", location="Batufe",
        geo_precision=1, evidence_spans=[(0, 10)],
    )
    base.update(fields)
    return Event(**base)


def _camps_recall(**fields) -> Event:
    """"وكانت تركيا قد قصفت مرارا مواقع للحزب في الجبال خلال الأسبوع الماضي"."""
    base = dict(actor2="PKK - Kurdistan Workers' Party", inter2=2, event_date="2016-05-02", time_precision=2,
                admin1=None, location="Iraqi Kurdistan", geo_precision=3, background=True,
                evidence_spans=[(200, 260)])
    base.update(fields)
    return _strike(**base)


def test_a_recalled_strike_on_an_armed_group_is_not_the_strike_that_killed_villagers() -> None:
    villagers = _strike()  # "بعد مقتل ثلاثة مزارعين في قرية باتيفا بالغارات التركية"
    assert dedupe.antecedent([villagers], _camps_recall(), generic=False, named_place=True) is None


def test_a_recalled_strike_on_villagers_is_not_the_strike_on_the_group_told_now() -> None:
    camps = _camps_recall(background=False, event_date="2016-05-08", time_precision=1)
    recall = _strike(event_date="2016-05-03", time_precision=2, background=True, evidence_spans=[(200, 260)])
    assert dedupe.antecedent([camps], recall, generic=False, named_place=False) is None


def test_a_recall_on_the_same_kind_of_target_still_names_the_act_told_before() -> None:
    camps = _camps_recall(background=False, event_date="2016-05-04")
    recall = _camps_recall(evidence_spans=[(300, 360)])  # "وكانت الغارات قد استهدفت مواقع الحزب"
    assert dedupe.antecedent([camps], recall, generic=False, named_place=True) is camps


def test_a_current_report_whose_victim_reads_otherwise_still_joins_its_act() -> None:
    """A bombing's lead dated the next day ("غداة التفجير") with its victims read as soldiers, and
    its body with civilians, are one act: only a recall is told apart by its target."""
    body = _strike(sub_event_type="Suicide bomb", actor1="Islamic State (Iraq)", inter1=2)
    lead = _strike(sub_event_type="Suicide bomb", actor1="Islamic State (Iraq)", inter1=2,
                   actor2="Military Forces of Iraq (2014-2018)", inter2=1, event_date="2016-05-09",
                   time_precision=2, evidence_spans=[(100, 160)])
    assert dedupe.antecedent([body], lead, generic=False, named_place=True) is body
