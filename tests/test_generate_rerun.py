"""Re-run gives a past generation's settings back to the Generate form by field name, not by position."""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.services import Services
from studio.forms import by_name
from studio.generate_tab import FORM_FIELDS, RERUN_FIELDS, GenerateForm, build_request, fill_preset, on_rerun
from studio.layout_state import LayoutSession

ADVANCED_FIELDS = FORM_FIELDS[FORM_FIELDS.index("guided_steps"):]


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    root = tmp_path_factory.mktemp("generate-rerun")
    return Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))


def form_of(**values) -> GenerateForm:
    """The form as the click sends it: the chosen preset's Advanced values unless given."""
    guidance = values.get("guidance", "off")
    preset = dict(zip([*ADVANCED_FIELDS, "fast_path", "threshold_reference", "background_prompt"], fill_preset(guidance)))
    named = {**dict.fromkeys(FORM_FIELDS), "generator": "preview", "variant": "base", "use_layout": True, **preset,
             **values}
    return GenerateForm.of([named[name] for name in FORM_FIELDS])


def test_rerun_gives_back_the_form_that_makes_the_same_request(services):
    """A guided run with changed Advanced values: the values Re-run fills in make the same request again."""
    state = LayoutSession()
    state.layout = services.plan_layout("a red ball falls onto the floor")[0].layout
    request = build_request(services, state, form_of(prompt="a red ball falls onto the floor", guidance="lvd-benchmark",
                                                     seed=9, width=320, height=192, blocks="1, 2", loss_scale=7.0))
    assert request.guidance.loss_scale == 7.0 and request.guidance.blocks == (1, 2)
    _, run = services.generate(request, "preview")

    filled = on_rerun(services, run.record.run_id)
    assert set(filled) == {*RERUN_FIELDS, "status"} and "press Generate" in filled["status"]
    assert (filled["prompt"], filled["seed"], filled["width"], filled["height"], filled["blocks"],
            filled["loss_scale"], filled["fast_path"]) == ("a red ball falls onto the floor", 9, 320, 192, "1,2", 7.0, True)
    again = form_of(**{name: filled[name] for name in RERUN_FIELDS})
    assert build_request(services, state, again).guidance == request.guidance


def test_rerun_without_a_run_only_says_why(services):
    assert on_rerun(services, None) == {"status": "Select a generation in the table first."}
    assert on_rerun(services, "20260101-000000-abcdef") == {"status": "Run 20260101-000000-abcdef is no longer on disk."}


def test_the_rerun_button_fills_each_component_by_its_name(services):
    """The wired handler answers {component: value}; every component it fills is the form field of that name."""
    from studio.ui import build_ui

    demo = build_ui(services)
    (dependency,) = [fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == "on_rerun"]
    _, run = services.generate(services.default_request("a ball rolls to the left", "preview", seed=4, width=320),
                               "preview")
    answer = dependency.fn(run.record.run_id)
    labels = {component.label: value for component, value in answer.items()}
    assert set(answer) <= set(dependency.outputs) and len(answer) == len(dependency.outputs)
    assert (labels["Prompt"], labels["Seed"], labels["Width"], labels["Layout guidance"], labels["Guided blocks"]) == (
        "a ball rolls to the left", 4, 320, "off", "")
    assert labels["Loss scale"] == on_rerun(services, run.record.run_id)["loss_scale"]
    assert any("press Generate" in str(value) for value in answer.values())


def test_by_name_leaves_unnamed_components_alone_and_refuses_unknown_names():
    with gr.Blocks():
        first, second = gr.Textbox(label="first"), gr.Textbox(label="second")
    outputs = {"first": first, "second": second}
    assert by_name(lambda: {"second": "x"}, outputs)() == {second: "x"}  # gradio skips ``first``
    with pytest.raises(KeyError):
        by_name(lambda: {"third": "x"}, outputs)()


def test_by_name_with_nothing_to_change_skips_every_output():
    """gradio takes an empty dict for a wrong number of outputs; one ``gr.skip()`` leaves them all as they are."""
    with gr.Blocks() as demo:
        first, second = gr.Textbox(label="first"), gr.Textbox(label="second")
        button = gr.Button()
        button.click(by_name(lambda: {}, {"first": first, "second": second}), None, [first, second])
    (dependency,) = demo.fns.values()
    answer = dependency.fn()
    assert answer == gr.skip()
    with ThreadPoolExecutor(1) as worker:  # a thread of its own: Playwright's browser fixture may hold this thread's loop
        updates = worker.submit(asyncio.run, demo.postprocess_data(dependency, answer, None)).result()
    assert updates == [{"__type__": "update"}] * 2


def test_rerun_in_the_browser_restores_the_selected_generation(browser, tmp_path):
    """Generate with seed 5 and width 320, change the form, pick the run in the history, Re-run."""
    from playwright.sync_api import expect

    from pipelines.core.runs import load_run
    from studio.ui import build_ui
    from tests.helpers.ports import free_port
    from tests.test_journey import wait_text

    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    demo = build_ui(services)
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True,
                            allowed_paths=[str(tmp_path)])
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_selector("#plan-button", timeout=30_000)
        page.get_by_role("tab", name="Generate").click()
        tab = page.locator("#tab-generate")
        page.locator("#generate-prompt textarea").fill("a ball rolls to the left")
        tab.get_by_text("Advanced").first.click()
        seed, width = tab.get_by_label("Seed", exact=True), tab.get_by_label("Width", exact=True)
        for field, value in ((seed, "5"), (width, "320")):
            field.fill(value)
            field.press("Tab")
        page.locator("#generate-button").click()
        wait_text(page, "#generate-status", "Generated")
        run_id = re.search(r"run `?(\d{8}-\d{6}-[0-9a-f]{6})", page.locator("#generate-status").inner_text()).group(1)

        # what the run recorded is what a re-run must bring back (the typed values, unless the form lagged)
        recorded = load_run(services.runs.root / "generate" / run_id).record.settings
        wanted = str(recorded["seed"]), str(recorded["width"])
        page.locator("#generate-prompt textarea").fill("something else")
        for field, value in ((seed, str(int(wanted[0]) + 1)), (width, "0")):
            field.fill(value)
            field.press("Tab")
        page.locator("#generate-history [role=gridcell]").first.click()
        page.get_by_text("Re-run the selected generation").click()
        wait_text(page, "#generate-status", "Loaded the settings of run")
        assert run_id in page.locator("#generate-status").inner_text()
        page.wait_for_function("() => document.querySelector('#generate-prompt textarea').value === 'a ball rolls to the left'",
                               timeout=10_000)
        expect(seed).to_have_value(wanted[0], timeout=10_000)  # the number fields can render a moment after the prompt
        expect(width).to_have_value(wanted[1], timeout=10_000)
        assert page.locator("#generate-generator input").input_value() == "preview", "the generator stays as it is"
    finally:
        context.close()
        demo.close()
