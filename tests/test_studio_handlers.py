"""Studio handlers are functions of plain values, and every named endpoint is a typed ``gr.api``."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path

import gradio as gr
import pytest
from gradio.components.api_component import Api
from gradio.utils import get_type_hints

from pipelines.core.config import load_config
from pipelines.services import Services
from studio.forms import bound, by_name, resolved
from studio.generate_tab import (
    FORM_FIELDS,
    GenerateForm,
    build_request,
    fill_preset,
    generate_for_client,
    on_generate,
    on_stop,
)
from studio.layout_state import LayoutSession
from studio.stops import SessionStops
from studio.ui import build_ui


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    root = tmp_path_factory.mktemp("studio-handlers")
    return Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))


def test_the_generate_form_is_read_by_name():
    form = GenerateForm.of(list(FORM_FIELDS))  # each component's value is its own field name
    assert (form.prompt, form.generator, form.variant, form.cfg, form.background_prompt) == (
        "prompt", "generator", "variant", "cfg", "background_prompt")
    assert form.advanced == {name: name for name in FORM_FIELDS[FORM_FIELDS.index("guided_steps"):]}
    with pytest.raises(ValueError):  # a component missing from the click is an error, not a shifted form
        GenerateForm.of(list(FORM_FIELDS)[:-1])


def test_a_request_is_built_from_plain_values(services):
    values = dict(zip(FORM_FIELDS, [None] * len(FORM_FIELDS)))
    values.update(prompt="a ball rolls to the right", generator="preview", variant="base", guidance="off",
                  use_layout=True, seed=7, steps=0, width=320, height=0, fast_path=True)
    request = build_request(services, LayoutSession(), GenerateForm.of([values[name] for name in FORM_FIELDS]))
    assert (request.prompt, request.seed, request.width, request.layout) == ("a ball rolls to the right", 7, 320, None)
    assert request.steps == services.default_request("x", "preview").steps  # 0 means the generator's default


def test_the_generate_endpoint_work_takes_plain_values(services):
    video, record = generate_for_client(services, "a ball rolls to the left", "", "off", 2, "base", None, "320x192",
                                        "preview")
    assert video["meta"] == {"_type": "gradio.FileData"} and Path(video["path"]).is_file()
    assert record["settings"]["seed"] == 2 and record["settings"]["width"] == 320
    with pytest.raises(gr.Error, match="guidance must be one of"):
        generate_for_client(services, "a ball", "", "sideways", 0, "base", None, "", "preview")


def generate_values(**values) -> list:
    """The Generate click's form values in ``FORM_FIELDS`` order: the preview generator, the preset's Advanced values."""
    preset = dict(zip([*FORM_FIELDS[FORM_FIELDS.index("guided_steps"):], "fast_path", "threshold_reference",
                       "background_prompt"], fill_preset(values.get("guidance", "off"))))
    named = {**dict.fromkeys(FORM_FIELDS), "generator": "preview", "variant": "base", "guidance": "off",
             "use_layout": True, **preset, **values}
    return [named[name] for name in FORM_FIELDS]


def no_progress(*args, **kwargs):
    return None


def test_generate_answers_by_output_name(services):
    """A finished run fills every output by name; a refused one only keeps the history and says why."""
    earlier = [["older-run", "a box", "preview", "base", "off", 0, 0.1]]
    answer = on_generate(services, SessionStops(), LayoutSession(), earlier, gr.Request(session_hash="g1"), no_progress,
                         *generate_values(prompt="a ball rolls to the right", seed=5, width=320, height=192))
    assert set(answer) == {"video", "record", "history", "last", "attention_object", "attention_frame", "status"}
    record = answer["record"]
    folder = Path(answer["last"][0])
    assert answer["video"] == str(folder / record["outputs"]["video"]) and Path(answer["video"]).is_file()
    assert answer["history"][0][0] == record["run_id"] and answer["history"][1:] == earlier
    assert (record["settings"]["seed"], record["settings"]["width"]) == (5, 320)
    assert answer["status"].startswith("Generated ") and record["run_id"] in answer["status"]
    assert answer["attention_object"].choices == []  # the preview records no attention maps

    refused = on_generate(services, SessionStops(), LayoutSession(), earlier, gr.Request(session_hash="g2"),
                          no_progress, *generate_values(prompt="a ball", guidance="lvd-benchmark"))
    assert set(refused) == {"history", "status"} and refused["history"] == earlier
    assert refused["status"].startswith("⚠️ **") and "layout" in refused["status"]


def test_the_generate_button_fills_each_component_by_its_name(services):
    """The wired click answers {component: value} for its own outputs: the video to the Video, the line to the status."""
    demo = build_ui(services)
    (dependency,) = [fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == "on_generate"]
    answer = dependency.fn(LayoutSession(), [], gr.Request(session_hash="g3"), no_progress,
                           *generate_values(prompt="a ball rolls to the left", seed=3))
    assert set(answer) == set(dependency.outputs)
    by_id = {getattr(component, "elem_id", None): value for component, value in answer.items()}
    assert Path(by_id["generate-video"]).name == "video.mp4" and by_id["generate-record"]["settings"]["seed"] == 3
    assert by_id["generate-status"].startswith("Generated ")
    refused = dependency.fn(LayoutSession(), [], gr.Request(session_hash="g4"), no_progress, *generate_values(prompt=""))
    kept = {type(component).__name__: value for component, value in refused.items()}
    assert kept == {"State": [], "Markdown": "⚠️ **the prompt is empty: describe the video**"}  # history and status only


def test_named_endpoints_are_typed_apis_without_hidden_components(services):
    demo = build_ui(services)
    named = {fn.api_name: fn for fn in demo.fns.values() if fn.api_visibility == "public"}
    assert {"generate", "render_layout", "refine", "plan_layout", "compare"} <= set(named)
    for name in ("generate", "render_layout", "refine"):
        fn = named[name]
        assert all(isinstance(block, Api) for block in [*fn.inputs, *fn.outputs]), name
    assert [len(named[n].outputs) for n in ("generate", "render_layout", "refine")] == [2, 2, 1]
    assert named["generate"].concurrency_id == named["refine"].concurrency_id == "gpu"


def test_resolved_lets_gr_api_see_each_returned_value():
    def pair(text: str) -> tuple[int, str]:
        return len(text), text

    with gr.Blocks() as demo:
        gr.api(pair, api_name="as_written")
        gr.api(resolved(pair), api_name="evaluated")
    outputs = {fn.api_name: len(fn.outputs) for fn in demo.fns.values()}
    # under ``from __future__ import annotations`` the return annotation is a string: one output, not two
    assert outputs == {"as_written": 1, "evaluated": 2}


def test_bound_handlers_still_receive_the_request():
    """gradio passes ``gr.Request`` to the parameter typed so; a plain partial hides the type, so Stop would
    be called without the request."""
    stops = SessionStops()
    assert get_type_hints(bound(on_stop, stops)).get("request") is gr.Request
    assert get_type_hints(functools.partial(on_stop, stops)).get("request") is None
    token = stops.start("session-1")
    request = gr.Request(session_hash="session-1")
    assert bound(on_stop, stops)(request) == "Stopping at the next step…" and token.cancelled


def test_a_bound_generator_still_streams(services):
    """gradio streams a handler's updates only when it is a generator function; ``bound`` and ``by_name`` keep that."""
    from studio.refine_tab import on_start

    start = bound(on_start, services, SessionStops())
    assert inspect.isgeneratorfunction(start)
    updates = list(start(LayoutSession(), "a ball", 2, 1, 0.0, 0, True, gr.Request(session_hash="s")))
    assert updates == [{"rounds": [], "status": "⚠️ **No layout in the Layout tab: plan one or untick the box.**"}]
    with gr.Blocks():
        rounds, status = gr.State(), gr.Markdown()
    named = by_name(start, {"rounds": rounds, "status": status})
    assert inspect.isgeneratorfunction(named)
    assert list(named(LayoutSession(), "a ball", 2, 1, 0.0, 0, True, gr.Request(session_hash="s"))) == [
        {rounds: [], status: updates[0]["status"]}]


def test_the_refine_button_streams_each_round_by_name(services):
    """The wired click streams {component: value} for its own outputs; the round picker shows a round by name."""
    from studio.refine_tab import show_round

    demo = build_ui(services)
    wired = {getattr(fn.fn, "__name__", ""): fn for fn in demo.fns.values()}
    start = wired["on_start"]
    updates = list(start.fn(LayoutSession(), "a red ball falls onto the floor", 1, 1, 0.0, 0, False,
                            gr.Request(session_hash="r1")))
    assert updates and all(set(update) <= set(start.outputs) for update in updates)
    last = {getattr(component, "elem_id", None): value for component, value in updates[-1].items()}
    assert last["refine-status"].startswith("Loop ") and Path(last["refine-video"]).is_file()
    (rounds,) = [value for component, value in updates[-1].items() if isinstance(component, gr.State)]
    assert len(rounds) == 1 and rounds[0]["prompt"] == "a red ball falls onto the floor"
    shown = show_round(rounds, 1)
    assert set(shown) == {"video", "caption", "mismatch", "refined"} and shown["video"] == last["refine-video"]
    assert wired["show_round"].fn([], 1) == gr.skip()  # no round yet: the view stays as it is


def test_refine_send_buttons_name_what_they_sent():
    from studio.refine_tab import send_round

    rounds = [{"index": 0, "prompt": "a ball", "refined_prompt": "a rubber ball"}, {"index": 1, "prompt": "a rubber ball"}]
    assert send_round("the Generate tab", rounds, 1) == ("a rubber ball", "Sent round 1's refined prompt to the Generate tab.")
    assert send_round("the Generate tab", rounds, 5)[0] == "a rubber ball"  # clamped to the last finished round
    assert "Nothing to send" in send_round("the Layout tab", [], 1)[1]


def test_layout_handlers_take_plain_values(services):
    from studio.layout_tab import do_plan, on_add, on_undo

    state = LayoutSession()
    assert "No layout yet" in on_add(state, 1, "ball")[-1]  # the last output is the status line
    planned = do_plan(services, state, "a ball rolls to the right", "physics", 0, 4)
    assert planned[0] is state and state.layout is not None and state.layout.num_keyframes == 4
    before = len(state.layout.objects)
    assert on_add(state, 2, "box")[-1] == "Added 'box' on every keyframe" and len(state.layout.objects) == before + 1
    assert on_undo(state, 2)[-1] == "Undone" and len(state.layout.objects) == before
