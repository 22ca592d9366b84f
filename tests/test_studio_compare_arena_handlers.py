"""The Compare and Arena tabs' handlers are module-level functions of plain values (the builders only lay out
and wire); each is called here directly, without a page."""

from __future__ import annotations

import gradio as gr
import pytest

from pipelines.compare import BASE_LABEL, MAX_VARIANTS, REFINED_LABEL
from pipelines.core.config import load_config
from pipelines.services import Services
from studio.compare_tab import (
    COMPARE_FIELDS,
    CompareForm,
    compare_for_client,
    layout_prompt_of,
    on_compare,
    on_refined,
    on_send,
    on_stop,
    refresh,
)
from studio.layout_state import LayoutSession
from studio.stops import SessionStops

SMALL = {"steps": 0, "num_frames": 8, "width": 128, "height": 96}


@pytest.fixture()
def services(tmp_path):
    return Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))


def request(session: str = "s") -> gr.Request:
    return gr.Request(session_hash=session)


# ----------------------------------------------------------------------------- Compare
def test_the_compare_form_is_read_by_name():
    form = CompareForm.of(list(COMPARE_FIELDS))  # each component's value is its own field name
    assert (form.prompt, form.refined_prompt, form.variants, form.seed, form.guidance) == (
        "prompt", "refined_prompt", "variants", "seed", "guidance")
    with pytest.raises(ValueError):  # a component missing from the click is an error, not a shifted form
        CompareForm.of(list(COMPARE_FIELDS)[:-1])
    sizes = CompareForm.of([None] * len(COMPARE_FIELDS)).request_overrides()
    assert sizes == {"steps": None, "num_frames": None, "width": None, "height": None}  # blank: the defaults
    assert dict(CompareForm.of(["p", "", "preview", [], 0, 0, 9, 128, None, "lvd-weak"]).request_overrides()) == {
        "steps": None, "num_frames": 9, "width": 128, "height": None}


def test_refresh_offers_what_exists_and_keeps_the_users_choice(services):
    prompt, choices = refresh(services, LayoutSession(), "", None, "preview", ["base", "gone"])
    assert prompt is not None and isinstance(prompt, type(gr.skip()))  # no layout prompt: nothing to fill
    assert choices.choices == [(BASE_LABEL, BASE_LABEL)] and choices.value == [BASE_LABEL]
    state = LayoutSession()
    state.prompt = "a ball rolls"
    filled, choices = on_refined(services, state, "", "a rubber ball rolls", "preview", [BASE_LABEL])
    assert filled == "a ball rolls"  # an empty prompt takes the Layout tab's
    assert choices.value == [BASE_LABEL, REFINED_LABEL]  # a refined prompt just sent is picked
    kept, _ = refresh(services, state, "typed already", None, "preview", None)
    assert isinstance(kept, type(gr.skip()))  # what the user typed is never overwritten
    assert layout_prompt_of(state) == "a ball rolls" and isinstance(layout_prompt_of(None), type(gr.skip()))


def test_on_compare_takes_the_form_as_plain_values(services):
    values = dict(prompt="a ball falls", refined_prompt="", generator="preview", variants=[BASE_LABEL], seed=3,
                  guidance="lvd-benchmark", **SMALL)
    out = on_compare(services, SessionStops(), LayoutSession(), request(), lambda *a, **k: None,
                     *[values[name] for name in COMPARE_FIELDS])
    assert len(out) == 3 + 6 * MAX_VARIANTS + 1
    result = out[0]
    assert [o.variant.label for o in result.outcomes] == [BASE_LABEL] and result.outcomes[0].ok
    assert result.shared_settings["seed"] == 3 and result.shared_settings["width"] == 128
    assert result.shared_settings["num_frames"] == 8 and out[-1].startswith("Compared: 1 of 1 variants · seed 3")
    bad = on_compare(services, SessionStops(), LayoutSession(), request(), lambda *a, **k: None,
                     *[{**values, "variants": ["no-such-variant"]}[name] for name in COMPARE_FIELDS])
    assert "no-such-variant" in bad[-1]  # refused with the name, not a crash


def test_compare_stop_and_send_take_plain_values(services):
    stops = SessionStops()
    assert on_stop(stops, request("a")) == "Nothing is running."
    token = stops.start("a")
    assert on_stop(stops, request("a")) == "Stopping after the current step…" and token.cancelled
    assert on_send(services, None, request()) == "Run a comparison first: there are no videos to send."


def test_the_compare_endpoint_work_takes_plain_values(services):
    data = compare_for_client(services, "a ball falls", 5, [BASE_LABEL], "preview", "", "", 2, False, None)
    entry = data["variants"][0]
    assert entry["label"] == BASE_LABEL and entry["file"]["meta"] == {"_type": "gradio.FileData"}
    assert data["shared_settings"]["seed"] == 5 and data["shared_settings"]["steps"] == 2
    with pytest.raises(gr.Error, match="no-such-variant"):
        compare_for_client(services, "a ball", 0, ["no-such-variant"], "preview", "", "", None, False, None)
