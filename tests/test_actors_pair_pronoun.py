"""A pronoun for two sides after a clash ("المعارك بينهما", "الاشتباكات بينهم") names the
two sides told before; when the story told one of them attacking the other, that one leads."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from support import line_sentences

from marsad.document import Mention
from marsad.stages import actors

DAY = dt.date(2017, 4, 9)
SOMALIA = "Military Forces of Somalia (2017-2022)"


def _roles(lines: list[str], trigger: str, country: str, verbs: tuple[str, ...] = (),
           sub_type: str = "Armed clash") -> tuple[str | None, str | None]:
    """actor1 and actor2 for `trigger` in the last of `lines`; `verbs` are active acts told before."""
    text = "\n".join(lines)
    doc = line_sentences(text)
    doc.published, doc.country_hint = DAY, country
    starts = [sentence.start for sentence in doc.sentences]
    actors.process(doc)
    for verb in verbs:
        at = text.index(verb)
        doc.add(Mention(at, at + len(verb), "trigger", verb, SimpleNamespace(sub_event_type="Attack"),
                        {"voice": "active"}))
    start = text.index(trigger, starts[-1])
    mention = Mention(start, start + len(trigger), "trigger", trigger, SimpleNamespace(sub_event_type=sub_type),
                      {"voice": "noun"})
    roles = actors.assign_roles(doc, starts[-1], starts[-1] + len(lines[-1]), mention)
    return tuple(r.name if r else None for r in (roles.actor1, roles.actor2))


def test_dual_pronoun_takes_the_pair_named_before():
    assert _roles(["تتجدد المواجهات بين حركة الشباب والقوات الصومالية في إقليم شبيلي الوسطى.",
                   "وقال شيوخ عشائر إن المعارك بينهما أجبرت مئات الأسر على النزوح من بلدة عيل طير."],
                  "المعارك", "SO") == ("Al Shabaab", SOMALIA)


def test_the_side_told_attacking_leads_the_clashes_between_them():
    lines = ["هاجم مسلحو حركة الشباب قاعدة للقوات الصومالية قرب بلدة عيل طير فجر الأحد.",
             "وقال ضابط إن الاشتباكات بينهما استمرت ثلاث ساعات."]
    assert _roles(lines, "الاشتباكات", "SO", verbs=("هاجم",)) == (
        "Al Shabaab", SOMALIA)


def test_the_attacker_leads_even_when_named_before_its_target():
    lines = ["قصفت القوات الصومالية مواقع لحركة الشباب جنوبي مدينة كسمايو.",
             "وأفاد سكان بأن القتال بينهما تواصل حتى المساء."]
    assert _roles(lines, "القتال", "SO", verbs=("قصفت",)) == (
        SOMALIA, "Al Shabaab")


def test_among_them_after_a_toll_is_no_pair():
    lines = ["تتجدد المواجهات بين حركة الشباب والقوات الصومالية في إقليم شبيلي الوسطى.",
             "وقتل سبعة أشخاص بينهم طفلان في سوق بلدة عيل طير."]
    assert _roles(lines, "قتل", "SO", sub_type="Attack") != (
        "Al Shabaab", SOMALIA)


def test_a_stated_pair_keeps_its_order_whoever_attacked_later():
    lines = ["يدور قتال بين حركة الشباب والقوات الصومالية في عدة أقاليم، وقصفت القوات الصومالية قرية قرب جوهر.",
             "وقال مسؤول إن القتال بينهما أودى بعشرات."]
    assert _roles(lines, "القتال", "SO", verbs=("قصفت",)) == (
        "Al Shabaab", SOMALIA)
