"""The Evaluate tab in a real browser at 1440×1000: scores with three decimals, the videos table within the page,
and no placeholder "1 2 3" headers before a folder is opened."""

from __future__ import annotations

import re
from types import SimpleNamespace

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.eval.batch import run_eval
from pipelines.services import Services
from studio.access import Access, OperatorOnly
from studio.evaluate_tab import build_evaluate_tab, display_rows, on_open, on_select
from tests.helpers.eval_shard_script import TINY_REQUEST, FakeGenerator, FakeJudge, fake_prompts
from tests.helpers.ports import free_port

HEADERS = """sel => Array.from(document.querySelectorAll(sel + ' [role=columnheader]'))
                  .map(h => h.textContent.replace('⋮', '').trim()).filter(Boolean)"""
CELLS = """sel => Array.from(document.querySelectorAll(sel + ' [role=gridcell]')).map(c => c.textContent.trim())"""


@pytest.fixture(scope="module")
def eval_folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("evaluate-tab") / "eval"
    summary = run_eval(fake_prompts(3), ["base", "tuned"], FakeGenerator(), FakeJudge(), out, request_template=TINY_REQUEST)
    assert summary.merged
    return out


@pytest.fixture(scope="module")
def evaluate_app(eval_folder):
    root, out = eval_folder.parent, eval_folder
    services = Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))
    with gr.Blocks() as demo:
        build_evaluate_tab(services)
    demo.queue()
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True,
                            allowed_paths=[str(root)])
    yield {"url": url, "out": out}
    demo.close()


def test_display_rows_round_floats_only():
    assert display_rows([["base", 3, 0.8404764614366383, None, True]]) == [["base", 3, 0.84, None, True]]
    assert display_rows([[0.12345]]) == [[0.123]]


def test_tables_read_well_at_1440_px(browser, evaluate_app, artifacts):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    try:
        page.goto(evaluate_app["url"])
        page.wait_for_selector("#eval-open", timeout=30_000)
        for selector in ("#eval-summary", "#eval-videos"):
            headers = page.evaluate(HEADERS, selector)
            assert headers and not any(re.fullmatch(r"\d+", h) for h in headers), (selector, headers)

        field = page.locator("#eval-folder input")
        field.fill(str(evaluate_app["out"]))
        page.locator("#eval-open").click()
        page.wait_for_function("() => /videos scored/.test(document.querySelector('#eval-status')?.innerText || '')",
                               timeout=30_000)
        page.wait_for_function(f"() => ({CELLS})('#eval-videos').length > 0", timeout=10_000)
        cells = page.evaluate(CELLS, "#eval-videos") + page.evaluate(CELLS, "#eval-summary")
        decimals = [len(c.split(".")[1]) for c in cells if re.fullmatch(r"-?\d+\.\d+", c)]
        assert decimals and max(decimals) <= 3, cells

        # Every column of the videos table, PC last, is on the page without scrolling sideways.
        right_edges = page.evaluate("""() => Array.from(document.querySelectorAll('#eval-videos [role=columnheader]'))
                                         .map(h => h.getBoundingClientRect().right)""")
        assert right_edges and max(right_edges) <= 1440, right_edges
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 1440
        page.screenshot(path=str(artifacts / "evaluate-tab-1440.png"), full_page=True)
    finally:
        context.close()


# ----------------------------------------------------------------- handlers, called with plain values
WORKSTATION = Access(public=False, password="")
OUTPUT_NAMES = {"loaded", "summary", "joint_plot", "category_plot", "by_category", "by_law", "hard", "videos",
                "report", "player", "status"}


def test_open_and_select_take_plain_values(eval_folder):
    opened = on_open(WORKSTATION, str(eval_folder), gr.Request(session_hash="s"))
    assert set(opened) == OUTPUT_NAMES and opened["status"].startswith("6 of 6 videos scored")
    data = opened["loaded"]
    assert [row[0] for row in opened["videos"]] == [row[0] for row in data.videos().rows]
    assert opened["report"] == str(data.report_path) and opened["player"] is None
    record = dict(zip(data.videos().columns, data.videos().rows[1]))
    video, caption, _ = on_select(WORKSTATION, data, SimpleNamespace(index=[1, 0]), gr.Request(session_hash="s"))
    assert video == record["video"] and caption.startswith(f"**{record['prompt']}** — {record['variant']}")


def test_a_folder_that_cannot_open_only_clears_the_loaded_data_and_says_why(tmp_path):
    """A typed path that is no evaluation folder: the evaluation's own error (not an OSError) used to escape
    the handler, so the page showed a bare "Error" and kept the previous folder's data."""
    missing = tmp_path / "nowhere"
    assert on_open(WORKSTATION, str(missing), gr.Request(session_hash="s")) == {
        "loaded": None, "status": f"⚠️ **Cannot open {missing}: evaluation folder {missing} does not exist**"}
    (tmp_path / "empty").mkdir()
    answer = on_open(WORKSTATION, str(tmp_path / "empty"), gr.Request(session_hash="s"))
    assert answer["loaded"] is None and answer["status"].startswith(f"⚠️ **Cannot open {tmp_path / 'empty'}: ")
    assert on_open(WORKSTATION, "", gr.Request(session_hash="s")) == {
        "loaded": None, "status": "Choose or type an evaluation folder."}


def test_a_visitor_cannot_open_a_folder_through_the_handler(eval_folder):
    public = Access(public=True, password="s3cret", sleep=lambda _: None)
    with pytest.raises(OperatorOnly):
        on_open(public, str(eval_folder), gr.Request(session_hash="visitor"))
    data = on_open(WORKSTATION, str(eval_folder), gr.Request(session_hash="s"))["loaded"]
    assert on_select(public, data, SimpleNamespace(index=[0, 0]), gr.Request(session_hash="visitor")) == (
        gr.skip(), gr.skip(), gr.skip())


def test_the_open_button_fills_each_output_by_its_name(eval_folder, tmp_path):
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    with gr.Blocks() as demo:
        build_evaluate_tab(services)
    (opening,) = [fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == "on_open"
                  and fn.targets[0][1] == "click"]
    answer = opening.fn(str(eval_folder), gr.Request(session_hash="s"))
    assert set(answer) == set(opening.outputs)
    named = {component.elem_id: value for component, value in answer.items() if component.elem_id}
    assert named["eval-status"].startswith("6 of 6 videos scored") and named["eval-player"] is None
    assert named["eval-videos"] == on_open(WORKSTATION, str(eval_folder), gr.Request(session_hash="s"))["videos"]
