"""The Evaluate tab in a real browser at 1440×1000: scores with three decimals, the videos table within the page,
and no placeholder "1 2 3" headers before a folder is opened."""

from __future__ import annotations

import re

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.eval.batch import run_eval
from pipelines.services import Services
from studio.evaluate_tab import build_evaluate_tab, display_rows
from tests.helpers.eval_shard_script import TINY_REQUEST, FakeGenerator, FakeJudge, fake_prompts
from tests.helpers.ports import free_port

HEADERS = """sel => Array.from(document.querySelectorAll(sel + ' [role=columnheader]'))
                  .map(h => h.textContent.replace('⋮', '').trim()).filter(Boolean)"""
CELLS = """sel => Array.from(document.querySelectorAll(sel + ' [role=gridcell]')).map(c => c.textContent.trim())"""


@pytest.fixture(scope="module")
def evaluate_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("evaluate-tab")
    out = root / "eval"
    summary = run_eval(fake_prompts(3), ["base", "tuned"], FakeGenerator(), FakeJudge(), out, request_template=TINY_REQUEST)
    assert summary.merged
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
