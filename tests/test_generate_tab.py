"""Generate tab and its neighbours: every guidance preset on every generator from the UI, the API and the CLI
(JSON-plain records, the chosen preset is what runs and what the record and history name), variants loaded while
the studio runs, and the messages a user gets for Stop, Score and Refine's send buttons."""

from __future__ import annotations

import json
import re
from pathlib import Path

import gradio as gr
import pytest
from gradio_client import Client

from pipelines.cli import main as cli_main
from pipelines.core.config import load_config
from pipelines.core.generation import GUIDANCE_PRESETS
from pipelines.core.options import GUIDANCE_CHOICES, guidance_config
from pipelines.services import Services
from studio.generate_tab import guidance_from_form
from tests.helpers.ports import free_port
from tests.helpers.tiny_prophy import save_trained_prophy
from tests.test_journey import GRID, grid, wait_text

GENERATORS = ("tiny-wan", "preview")
RUN_ID = r"/run `?(\d{8}-\d{6}-[0-9a-f]{6})/"
PLANNED = "a red ball falls onto the floor"
TYPED = "a blue ball rolls to the right"  # typed in the Layout tab afterwards, never planned
PRESET_OF = {"off": "off", "energy": "lvd-benchmark", "lvd-benchmark": "lvd-benchmark", "lvd-weak": "lvd-weak",
             "attention-bias": "attention-bias"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The whole studio in this process on the tiny Wan, so a test can load a variant into its services."""
    from studio.ui import build_ui

    root = tmp_path_factory.mktemp("generate-tab")
    runs = root / "runs"
    services = Services(load_config(overrides={"server": {"runs_dir": str(runs)}, "generator": {"backend": "tiny-wan"}}))
    demo = build_ui(services)
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True,
                            allowed_paths=[str(runs)])
    yield {"url": url, "services": services, "runs": runs, "root": root}
    demo.close()


@pytest.fixture(scope="module")
def layout_json(app) -> str:
    result, _ = app["services"].plan_layout(PLANNED)
    return result.layout.to_json()


def open_page(browser, app):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.goto(app["url"])
    page.wait_for_selector("#plan-button", timeout=30_000)
    return context, page


def choose(page, root, label: str, option: str) -> None:
    field = root.get_by_label(label, exact=True)
    field.click()
    page.get_by_role("option", name=option, exact=True).click()
    page.wait_for_function("([el, v]) => el.value === v", arg=[field.element_handle(), option], timeout=5_000)


def dropdown_options(page, root, label: str) -> list[str]:
    root.get_by_label(label, exact=True).click()
    page.wait_for_selector("[role=option]", timeout=5_000)
    # drop the tick of the selected one
    names = [o.inner_text().strip().splitlines()[-1].strip() for o in page.get_by_role("option").all()]
    page.keyboard.press("Escape")
    return names


def record_of(runs: Path, run_id: str) -> dict:
    return json.loads((runs / "generate" / run_id / "record.json").read_text())


# ----------------------------------------------------------------------------------------------- pure functions
@pytest.mark.parametrize("name", GUIDANCE_CHOICES)
def test_the_chosen_preset_is_what_runs_and_is_named(name):
    preset = guidance_config(name)
    values = [getattr(preset, f) for f in ("guided_steps", "iterations", "topk_fraction", "fg_weight", "bg_weight",
                                           "com_weight", "loss_scale", "loss_threshold", "step_size", "bias_strength")]
    config = guidance_from_form(name, "", True, values)
    assert config == preset and config.label == PRESET_OF[name]
    if preset.mode == "energy":
        edited = guidance_from_form(name, "", True, [values[0], values[1] + 1, *values[2:]])
        assert edited.iterations == preset.iterations + 1 and edited.label == "custom energy"


def test_records_are_json_plain_for_every_guidance_on_every_generator(app, layout_json):
    """The guidance report keys its per-step energies by int; gradio's JSON output refuses those."""
    from pipelines.core.layout_io import read_layout_text

    services = app["services"]
    for generator in GENERATORS:
        for name in GUIDANCE_CHOICES:
            request = services.default_request(PLANNED, generator, steps=2, layout=read_layout_text(layout_json),
                                               guidance=guidance_config(name))
            _, run = services.generate(request, generator)
            data = run.record.to_dict()
            assert data == json.loads(json.dumps(data)), f"{generator}/{name}: the record is not plain JSON"
            gr.JSON().postprocess(data)  # what failed with "Dict key must be str"
            assert data["settings"]["guidance"]["preset"] == PRESET_OF[name]
            assert json.loads((run.folder / "record.json").read_text()) == data


# ------------------------------------------------------------------------------------------------------- API
def test_api_generates_with_every_guidance_on_every_generator(app, layout_json):
    client = Client(app["url"], verbose=False)
    for generator in GENERATORS:
        for name in GUIDANCE_CHOICES:
            video, record = client.predict(PLANNED, layout_json, name, 3, "base", 2, "", generator, api_name="/generate")
            assert record["status"] == "done", (generator, name, record)
            assert record["settings"]["guidance"]["preset"] == PRESET_OF[name]
            assert record["settings"]["guidance"]["iterations"] == guidance_config(name).iterations
            assert record["backends"]["generator"] == ("preview" if generator == "preview" else "wan")


# ------------------------------------------------------------------------------------------------------- CLI
@pytest.mark.parametrize("generator", GENERATORS)
def test_cli_generates_with_every_guidance(tmp_path, generator, layout_json, capsys):
    layout = tmp_path / "layout.json"
    layout.write_text(layout_json)
    for name in GUIDANCE_CHOICES:
        out = tmp_path / f"{name}.mp4"
        code = cli_main(["generate", "--prompt", PLANNED, "--layout", str(layout), "--guidance", name, "--steps", "2",
                         "--generator", generator, "--out", str(out), "--runs-dir", str(tmp_path / "runs")])
        assert code == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
    records = [json.loads(p.read_text()) for p in (tmp_path / "runs" / "generate").glob("*/record.json")]
    assert sorted(r["settings"]["guidance"]["preset"] for r in records) == sorted(PRESET_OF.values())
    assert all(r["status"] == "done" for r in records)


# --------------------------------------------------------------------------------------------------- browser
def test_every_guidance_on_every_generator_from_the_generate_tab(browser, app, artifacts):
    runs = app["runs"]
    context, page = open_page(browser, app)
    try:
        page.locator("#layout-prompt textarea").fill(PLANNED)
        page.locator("#plan-button").click()
        wait_text(page, "#layout-status", "Planned 1 object")

        page.get_by_role("tab", name="Generate").click()
        tab = page.locator("#tab-generate")
        page.wait_for_function("p => document.querySelector('#generate-prompt textarea')?.value === p", arg=PLANNED,
                               timeout=10_000)  # prefilled from the Layout tab
        tab.get_by_text("Advanced").first.click()
        steps = tab.get_by_label("Steps", exact=True)
        steps.fill("2")
        steps.press("Tab")
        iterations = tab.get_by_label("number input for Iterations per step (M)")
        expected_rows = []
        run_id = None
        for generator in GENERATORS:
            choose(page, tab, "Generator", generator)
            for name in GUIDANCE_CHOICES:
                choose(page, tab, "Layout guidance", name)
                if name != "off":  # Advanced shows the chosen preset's values
                    page.wait_for_function("([el, v]) => el.value === v",
                                           arg=[iterations.element_handle(), str(guidance_config(name).iterations)],
                                           timeout=5_000)
                page.locator("#generate-button").click()
                # Done when the status names a new run (or a warning); while running it still shows the last one.
                page.wait_for_function(f"old => {{ const t = document.querySelector('#generate-status')?.innerText || '';"
                                       f" const m = t.match({RUN_ID}); return /⚠️/.test(t) || (m && m[1] !== old); }}",
                                       arg=run_id, timeout=60_000)
                status = page.locator("#generate-status").inner_text()
                assert "Generated" in status and "⚠️" not in status, (generator, name, status)
                run_id = re.search(RUN_ID[1:-1], status).group(1)
                data = record_of(runs, run_id)
                assert data["settings"]["guidance"]["preset"] == PRESET_OF[name], (generator, name)
                assert data["settings"]["guidance"]["iterations"] == guidance_config(name).iterations
                expected_rows.append((run_id, generator, PRESET_OF[name]))
        page.wait_for_function(f"([sel, n]) => ({GRID})(sel).length === n", arg=["#generate-history", len(expected_rows)],
                               timeout=20_000)  # the table follows the run in a chained event
        rows = grid(page, "#generate-history")
        assert [(r["run"], r["generator"], r["guidance"]) for r in rows] == list(reversed(expected_rows))

        # The last video's scores land in the shown run record, and on disk.
        tab.get_by_text("Run record").click()
        page.wait_for_function("() => /motion/.test(document.querySelector('#generate-record')?.innerText || '')",
                               timeout=30_000)
        assert record_of(runs, expected_rows[-1][0])["scores"], "scores saved in the run record"

        page.locator("#stop-button").click()
        wait_text(page, "#generate-status", "Nothing is running")
        page.screenshot(path=str(artifacts / "generate-tab-1440.png"), full_page=True)
    finally:
        context.close()


def test_prompt_sharing_and_messages_instead_of_silence(browser, app):
    context, page = open_page(browser, app)
    try:
        page.get_by_role("tab", name="Generate").click()
        page.locator("#score-button").click()
        wait_text(page, "#generate-status", "Nothing to score yet")

        page.get_by_role("tab", name="Layout").click()
        page.locator("#layout-prompt textarea").fill(PLANNED)
        page.locator("#plan-button").click()
        wait_text(page, "#layout-status", "Planned 1 object")
        page.locator("#layout-prompt textarea").fill(TYPED)

        page.get_by_role("tab", name="Refine").click()
        tab = page.locator("#tab-refine")
        tab.get_by_role("button", name="… to Generate").click()
        wait_text(page, "#refine-status", "Nothing to send to the Generate tab yet")
        tab.get_by_role("button", name="Use the Layout tab's prompt").click()
        page.wait_for_function("p => document.querySelector('#refine-prompt textarea')?.value === p", arg=TYPED,
                               timeout=10_000)
    finally:
        context.close()


def test_a_variant_loaded_while_the_studio_runs_appears_in_every_tab(browser, app):
    context, page = open_page(browser, app)
    try:
        page.get_by_role("tab", name="Generate").click()
        assert dropdown_options(page, page.locator("#tab-generate"), "Variant") == ["base"]
        name = "late-experts"
        app["services"].add_lora_variant(name, save_trained_prophy(app["root"] / name))
        page.get_by_role("tab", name="Compare").click()
        page.locator("#compare-variants").get_by_text(name).wait_for(timeout=10_000)
        page.get_by_role("tab", name="Generate").click()
        page.wait_for_timeout(500)
        assert dropdown_options(page, page.locator("#tab-generate"), "Variant") == ["base", name]

        other_context, other = open_page(browser, app)  # another session, opened later
        try:
            other.get_by_role("tab", name="Generate").click()
            assert dropdown_options(other, other.locator("#tab-generate"), "Variant") == ["base", name]
        finally:
            other_context.close()
    finally:
        context.close()


def test_no_table_shows_placeholder_headers(browser, app):
    """An empty gradio Dataframe without headers shows "1 2 3" as its column names."""
    context, page = open_page(browser, app)
    try:
        for tab, inner in (("Compare", None), ("Arena", "Leaderboard"), ("Evaluate", None), ("Generate", None)):
            page.get_by_role("tab", name=tab).click()
            if inner:
                page.get_by_role("tab", name=inner).click()
            page.wait_for_timeout(800)
            headers = page.evaluate("""() => Array.from(document.querySelectorAll('[role=columnheader]'))
                .filter(h => h.offsetParent !== null).map(h => h.textContent.replace('⋮', '').trim())""")
            assert headers and not [h for h in headers if h.isdigit()], (tab, headers)
    finally:
        context.close()


def test_presets_are_the_named_ones():
    assert {k: v.preset for k, v in GUIDANCE_PRESETS.items()} == {k: k for k in GUIDANCE_PRESETS}
