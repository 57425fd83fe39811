"""Arrests told in a relative clause: the antecedent of a passive or verbal-noun arrest is
the detainee, never the arrester (nor does it turn the arrest into an abduction); an active
verb whose subject is the relative pronoun keeps its antecedent as the agent; a state's
interior ministry named with its nationality arrests through that state's police."""

from __future__ import annotations

import datetime as dt

from marsad.pipeline import extract_text

DAY = dt.date(2017, 4, 3)


def _detentions(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published=DAY)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events
            if e.sub_event_type in {"Arrests", "Abduction/forced disappearance"}]


def test_antecedent_of_a_passive_arrest_is_the_detainee_also_for_a_later_arrest_in_the_sentence():
    found = _detentions('نفذ تنظيم "الدولة الإسلامية" هجومين في الأردن خلال العام الماضي.\n'
                        "وقال المتحدث إن عدد المتشددين الذين تم إلقاء القبض عليهم خلال عملية الدهم في مدينة "
                        "الزرقاء بلغ تسعة، بعد أن كان قد أعلن مساء الخميس اعتقال ستة منهم.")
    assert found and all(sub == "Arrests" and a1.startswith("Police Forces of Jordan") for sub, a1, _ in found)
    assert all(a1 != "Islamic State (Jordan)" for _, a1, _ in found)


def test_antecedent_of_an_arrest_noun_with_its_own_subject_is_the_detainee():
    found = _detentions("وصل البحريني علي المنصوري، قائد خلايا «داعش» المتشددة التي تنشط في العراق، والتي "
                        "أعلنت وزارة الداخلية البحرينية القبض عليها يوم الثلاثاء، من تركيا.")
    assert found and found[0][0] == "Arrests"
    assert found[0][1].startswith("Police Forces of Bahrain") and (found[0][2] or "").startswith("Islamic State")


def test_active_arrest_verb_after_a_relative_pronoun_keeps_the_antecedent_as_agent():
    found = _detentions("وقال شهود إن قوات الأمن التي اعتقلتهم في مدينة المفرق أمس نقلتهم إلى عمان.")
    assert found and found[0][:2] == ("Arrests", "Police Forces of Jordan (1999-)")


def test_relative_pronoun_as_the_subject_of_an_announcing_verb_keeps_the_antecedent_as_agent():
    found = _detentions("وأكدت مصادر محلية أن قوات الأمن الأردنية التي أعلنت القبض عليهم في مدينة المفرق أمس "
                        "نقلتهم إلى عمان.")
    assert found and found[0][:2] == ("Arrests", "Police Forces of Jordan (1999-)")


def test_interior_ministry_with_a_nationality_arrests_through_that_states_police():
    found = _detentions("أعلنت وزارة الداخلية الكويتية القبض على خلية من سبعة أشخاص تلقوا تدريبات في معسكرات "
                        "بسوريا يوم الأحد.")
    assert found and found[0][:2] == ("Arrests", "Police Forces of Kuwait (2006-2020)")


def test_detained_group_named_again_later_in_the_sentence_is_still_no_arrester():
    found = _detentions("عاد قائد خلايا «داعش» المتشددة التي أعلنت وزارة الداخلية البحرينية القبض عليها يوم "
                        "الثلاثاء من العراق، حيث كان ينقل تعليمات تنظيم داعش إلى عناصر بحرينية.")
    assert found and all(sub == "Arrests" and a1.startswith("Police Forces of Bahrain") for sub, a1, _ in found)
