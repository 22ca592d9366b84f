"""Work that can still be long after the size limits is stopped at a deadline, like a press of Stop."""

from __future__ import annotations

import pytest

from pipelines.core.config import load_config
from pipelines.core.generation import CancelToken, GenerationCancelled, GenerationTimedOut
from pipelines.core.layout import Layout, LayoutObject
from pipelines.lvd.preview import PreviewRenderer, PreviewSettings
from pipelines.services import Services


class SteppingClock:
    """Advances one second per reading: a deadline of N seconds passes on the N-th check."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def _layout(objects: int = 3) -> Layout:
    return Layout(tuple(LayoutObject(i, f"ball {i}", ((0.1, 0.1, 0.3, 0.3), (0.6, 0.6, 0.8, 0.8)))
                        for i in range(objects)), num_keyframes=2)


def test_a_render_past_its_deadline_stops_between_frames_naming_the_limit():
    clock = SteppingClock()
    token = CancelToken(5.0, clock=clock, limit_name="limits.render_timeout_s")
    with pytest.raises(GenerationTimedOut, match=r"time limit of 5 s \(limits.render_timeout_s\)"):
        PreviewRenderer().render_frames(_layout(), PreviewSettings(width=64, height=64, num_frames=50), token)
    assert clock.now == 6.0  # one reading at creation, then one per frame: stopped at the 5th frame, not the 50th


def test_stop_reaches_through_a_child_token_and_the_child_keeps_its_own_deadline():
    parent = CancelToken()
    child = CancelToken(1e9, parent=parent)
    assert not child.cancelled
    parent.cancel()
    assert child.cancelled
    with pytest.raises(GenerationCancelled, match="stopped by the user"):
        child.raise_if_cancelled()
    clock = SteppingClock()
    late = CancelToken(2.0, parent=CancelToken(), clock=clock)
    assert not late.cancelled and late.cancelled  # readings 2, 3: the second passes the 2 s deadline


def test_services_stop_a_preview_render_at_the_operators_time_limit(tmp_path):
    config = load_config(overrides={"server": {"runs_dir": str(tmp_path)}, "limits": {"render_timeout_s": 1e-6}})
    with pytest.raises(GenerationTimedOut, match="limits.render_timeout_s"):
        Services(config).render_layout(_layout())
    records = list(tmp_path.rglob("record.json"))
    assert len(records) == 1 and '"failed"' in records[0].read_text()


def test_services_stop_a_generation_at_the_operators_time_limit(tmp_path):
    config = load_config(overrides={"server": {"runs_dir": str(tmp_path)}, "limits": {"generate_timeout_s": 1e-6}})
    services = Services(config)
    request = services.default_request("a ball rolls to the right", "preview", layout=_layout())
    with pytest.raises(GenerationTimedOut, match="limits.generate_timeout_s"):
        services.generate(request, "preview")
