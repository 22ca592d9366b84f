"""Generate tab (browser): the LVD recipe options under Advanced reach the request a run records."""

from __future__ import annotations

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.services import Services
from studio.generate_tab import build_generate_tab
from studio.layout_state import LayoutSession
from tests.helpers.ports import free_port


@pytest.fixture(scope="module")
def generate_app(tmp_path_factory):
    """Only the Generate tab, on the embedded preview generator."""
    root = tmp_path_factory.mktemp("generate-tab")
    services = Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))
    with gr.Blocks() as demo:
        build_generate_tab(services, gr.State(LayoutSession()), gr.Textbox(visible=False))  # no Layout tab here
    demo.queue()
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    yield {"url": url, "services": services}
    demo.close()


def test_threshold_reference_and_background_suffix_reach_the_run_record(browser, generate_app):
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    try:
        page.goto(generate_app["url"])
        page.wait_for_selector("#generate-button", timeout=30_000)
        page.get_by_text("Advanced").first.click()
        reference = page.locator("#generate-threshold-reference input")
        assert reference.input_value() == "modelscope"
        assert page.locator("#generate-background-prompt input").is_checked()
        reference.click()
        page.get_by_role("option", name="raw", exact=True).click()
        page.locator("#generate-background-prompt input").uncheck()
        page.locator("#generate-prompt textarea").fill("a red ball falls onto the floor")
        page.locator("#generate-button").click()
        page.wait_for_function("() => /Generated|⚠️/.test(document.querySelector('#generate-status')?.innerText || '')",
                               timeout=60_000)
        (record,) = generate_app["services"].runs.records("generate")
        guidance = record.settings["guidance"]
        assert guidance["threshold_reference"] == "raw" and guidance["background_prompt"] is False
    finally:
        context.close()
