"""Acts quoted from a speech at a forum ("قالت في كلمتها أمام مجلس الأمن:
\"...\"") that the sentence neither dates nor places below a country are the
speaker's rhetoric and recollection, not news; a dated or placed act quoted
from the same kind of speech, and a quote that is no speech at a forum, stay
reported.  Place and date mentions are added by hand, as the places and dates
stages would add them."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.document import Document, Mention
from marsad.stages import triggers

SPEECH = 'وقال المندوب في كلمته أمام مجلس الأمن في جلسة حول قرار التهدئة: '


def modalities(text: str, places: dict[str, str] | None = None, dates: tuple[str, ...] = ()) -> dict[str, str]:
    """Modality of each trigger by surface; `places` maps a name to its kind
    (country, town ...), `dates` are date words, both as mentions."""
    doc = Document(text=text)
    for name, kind in (places or {}).items():
        start = text.rindex(name)
        doc.add(Mention(start, start + len(name), "place", name, [SimpleNamespace(feature_class=kind)], {}))
    for word in dates:
        start = text.rindex(word)
        doc.add(Mention(start, start + len(word), "date", word, None, {}))
    triggers.process(doc)
    return {m.text: m.attrs["modality"] for m in doc.of_kind("trigger")}


def test_undated_acts_quoted_from_a_speech_at_a_forum_are_recalled():
    text = SPEECH + '"اتفقنا على وقف إطلاق النار لمدة شهر في القصف الوحشي للمدنيين في ليبيا".'
    found = modalities(text, {"ليبيا": "country"})
    assert found["اتفقنا"] == "recalled"
    assert found["القصف"] == "recalled"


def test_a_dated_act_quoted_from_a_speech_at_a_forum_stays_reported():
    text = SPEECH + '"قتل 40 مدنيا في قصف على الأحياء السكنية في ليبيا أمس".'
    assert modalities(text, {"ليبيا": "country"}, ("أمس",))["قصف"] == "asserted"


def test_a_placed_act_quoted_from_a_speech_at_a_forum_stays_reported():
    text = SPEECH + '"قتل 40 مدنيا في قصف على الأحياء السكنية في مصراتة".'
    assert modalities(text, {"مصراتة": "city"})["قصف"] == "asserted"


def test_a_quote_that_is_no_speech_at_a_forum_stays_reported():
    text = 'وقال المتحدث العسكري في بيان: "قصفت الطائرات مواقع المسلحين في ليبيا".'
    assert modalities(text, {"ليبيا": "country"})["قصفت"] == "asserted"
