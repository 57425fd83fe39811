"""Stage order is checked: a stage that needs an annotation must come after its producer."""

import pytest

from marsad.errors import PipelineError
from marsad.pipeline import STAGES, Pipeline


def test_default_order_is_valid() -> None:
    assert [s.name for s in Pipeline().stages][:2] == ["clean", "sentences"]


def test_misordered_stages_are_refused() -> None:
    events_first = [s for s in STAGES if s.name == "events"] + [s for s in STAGES if s.name != "events"]
    with pytest.raises(PipelineError, match="events"):
        Pipeline(events_first)


def test_every_stage_timing_is_recorded() -> None:
    from marsad.pipeline import extract_text

    doc = extract_text("قتل ثلاثة مدنيين في قصف على مدينة درعا أمس.")
    assert set(doc.timings) == {s.name for s in STAGES}
