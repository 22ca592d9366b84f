"""The Train tab in a real browser: errors before a start, a job's live curves and log, Stop, a crashed job, Load."""

from __future__ import annotations

import re
import tomllib
import zipfile
from pathlib import Path

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.phygdpo.groups import read_groups
from pipelines.phygdpo.jobs import JobManager
from pipelines.phygdpo.train_config import config_from_dict
from pipelines.services import Services
from studio.access import Access
from studio.train_tab import (
    TRAIN_FORM_FIELDS,
    TrainForm,
    backbone_mismatch,
    build_train_tab,
    export_folder,
    no_export_message,
    on_pick,
    on_start,
    on_stop,
    on_tick,
    recipe_form_values,
    train_settings,
    training_figure,
)
from tests.helpers.fake_trainer import FAKE_TRAINER, fake_settings, make_groups, wait_for
from tests.helpers.ports import free_port


@pytest.fixture(scope="module")
def train_app(tmp_path_factory):
    """Only the Train tab, on the preview generator, with the fake trainer in place of `python -m pipelines train`."""
    root = tmp_path_factory.mktemp("train-tab")
    services = Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))
    manager = JobManager(root / "runs" / "train", trainer=FAKE_TRAINER, grace_s=10)
    with gr.Blocks() as demo:
        build_train_tab(services, manager=manager, poll_s=0.5)
    demo.queue()
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    yield {"url": url, "manager": manager, "groups": make_groups(root / "data")}
    demo.close()


@pytest.fixture()
def page(browser, train_app):
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.goto(train_app["url"])
    page.wait_for_selector("#train-start", timeout=30_000)
    yield page
    context.close()


def wait_text(page, selector: str, text: str, timeout: int = 20_000) -> None:
    page.wait_for_function("([s, t]) => (document.querySelector(s)?.innerText || '').includes(t)",
                           arg=[selector, text], timeout=timeout)


def plotted_points(page) -> int:
    return page.evaluate("() => document.querySelector('#train-curves .js-plotly-plot')?.data?.[0]?.x?.length || 0")


def fill(page, elem_id: str, value: str) -> None:
    field = page.locator(f"#{elem_id} textarea, #{elem_id} input").first
    field.fill(value)
    field.press("Tab")


def test_start_watch_stop_and_load(page, train_app, artifacts):
    page.locator("#train-start").click()
    wait_text(page, "#train-form-status", "Not started: no preference groups")
    refused = page.locator("#train-form-status").inner_text()
    assert "Preference groups" in refused and "data.groups" not in refused, "the message speaks the form's words"
    fill(page, "train-groups", str(train_app["groups"].parent / "missing"))
    page.locator("#train-start").click()
    wait_text(page, "#train-form-status", "no groups file at")
    assert train_app["manager"].jobs() == [], "nothing started on a bad form"

    fill(page, "train-groups", str(train_app["groups"]))
    fill(page, "train-steps", "5000")
    page.locator("#train-start").click()
    wait_text(page, "#train-form-status", "Started job")
    job = train_app["manager"].jobs()[0]
    config = tomllib.loads(job.config_path.read_text())
    assert config["model"] == {"base": "tiny"}, "the default base on the preview generator is the tiny Wan"
    assert config["data"] == {"groups": str(train_app["groups"].resolve()), "width": 64, "height": 64, "frames": 9,
                              "heldout": 0.1}
    assert config["loss"] == {"objective": "phygdpo", "recipe": "paper", "beta": 1000.0, "reward": "sigmoid"}
    assert config["lora"] == {"rank": 48, "alpha": 48} and config["optim"]["max_steps"] == 5000
    assert config["optim"]["batch_size"] == 1 and config["train"] == {"mixed_precision": "bf16", "eval_every": 100,
                                                                   "output_dir": str(job.folder)}

    wait_text(page, "#train-status", "running")
    page.wait_for_function("() => (document.querySelector('#train-curves .js-plotly-plot')?.data?.[0]?.x?.length || 0) >= 3",
                           timeout=20_000)
    first = plotted_points(page)
    page.wait_for_function("n => document.querySelector('#train-curves .js-plotly-plot').data[0].x.length > n",
                           arg=first, timeout=20_000)
    wait_text(page, "#train-status", "ETA")
    newest = re.fullmatch(r"step (\d+)/5000 loss (\S+)", page.locator("#train-log textarea").input_value().splitlines()[-1])
    assert newest and newest[2] == f"{1 / int(newest[1]):.4f}", "the log box ends with the trainer's newest line"
    page.screenshot(path=str(artifacts / "train-running.png"), full_page=True)

    page.locator("#train-stop").click()
    wait_text(page, "#train-form-status", "Stopping")
    wait_text(page, "#train-status", "stopped")
    assert job.status().state == "stopped" and (job.folder / "lora").is_dir()
    stopped_at = job.status().step
    page.wait_for_function("() => document.querySelector('#train-job input').value.includes('stopped')",
                           timeout=10_000)  # the picker's label follows the final state
    assert page.locator("#train-variant-name textarea, #train-variant-name input").first.input_value() == \
        f"phygdpo-{job.job_id.rsplit('-', 1)[-1]}"
    page.screenshot(path=str(artifacts / "train-stopped.png"), full_page=True)
    page.locator("#train-load").click()
    wait_text(page, "#train-load-status", "embedded preview, which has no LoRA variants")
    assert str(job.folder / "lora") in page.locator("#train-load-status").inner_text()

    page.locator("#train-resume").click()
    wait_text(page, "#train-form-status", "Resumed")
    wait_text(page, "#train-status", "running")
    page.wait_for_function("n => document.querySelector('#train-curves .js-plotly-plot').data[0].x.length > n + 2",
                           arg=stopped_at, timeout=20_000)
    page.locator("#train-stop").click()
    wait_text(page, "#train-status", "stopped")
    assert job.metrics()[stopped_at]["step"] == stopped_at + 1, "the resumed run continues the curve"


def test_the_official_recipe_radio_sets_the_reward_and_reaches_the_job(page, train_app):
    page.locator("#train-recipe").get_by_label("official").check()
    page.wait_for_function("() => document.querySelector('#train-reward input[value=official]')?.checked === true",
                           timeout=10_000)
    fill(page, "train-groups", str(train_app["groups"]))
    before = {job.job_id for job in train_app["manager"].jobs()}
    page.locator("#train-start").click()
    wait_text(page, "#train-form-status", "Started job")
    (job,) = [job for job in train_app["manager"].jobs() if job.job_id not in before]
    config = tomllib.loads(job.config_path.read_text())
    assert config["loss"] == {"objective": "phygdpo", "recipe": "official", "beta": 1000.0, "reward": "official"}
    job.stop()
    wait_for(lambda: job.status().finished, what="the stop")


def test_a_crashed_job_shows_failed_with_its_log(page, train_app):
    other = JobManager(train_app["manager"].root, trainer=FAKE_TRAINER, check=None)  # e.g. a job from the CLI
    crashed = other.start(fake_settings(train_app["groups"], crash_at_step=2))
    wait_for(lambda: crashed.status().finished, what="the crash")
    page.get_by_text("↻ Refresh list").click()
    page.locator("#train-job input").click()
    page.get_by_role("option", name=crashed.job_id, exact=False).click()
    wait_text(page, "#train-status", "failed")
    text = page.locator("#train-status").inner_text()
    assert "exited with code 3 at step 1" in text and "RuntimeError: simulated crash at step 2" in text


def upload(page, path) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#train-upload").click()
    chooser.value.set_files(str(path))


def test_upload_a_data_folder_zip_fills_the_groups_path(page, train_app, tmp_path):
    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in train_app["groups"].parent.iterdir():
            zf.write(path, f"data/{path.name}")
    upload(page, train_app["groups"])
    wait_text(page, "#train-form-status", "upload a .zip of the whole data folder")
    upload(page, archive)
    wait_text(page, "#train-form-status", "Uploaded")
    uploaded = page.locator("#train-groups textarea, #train-groups input").first.input_value()
    assert uploaded.startswith(str(train_app["manager"].root / "uploads")) and uploaded.endswith("data/groups.jsonl")
    assert uploaded.endswith("groups.jsonl") and read_groups(uploaded)[1].group_id == "g1"


def test_train_settings_and_figure():
    settings = train_settings(" data/g.jsonl ", "tiny", "sft", "tanh", 500, 16, 2e-5, 10, 2, 4, "no", 64, 64, 9)
    assert settings == {"model": {"base": "tiny"}, "data": {"groups": "data/g.jsonl", "width": 64, "height": 64, "frames": 9,
                                                            "heldout": 0.1},
                        "lora": {"rank": 16, "alpha": 16}, "loss": {"objective": "sft", "recipe": "paper",
                                                                    "beta": 500.0, "reward": "tanh"},
                        "optim": {"lr": 2e-5, "lr_end": 2e-5 / 10, "batch_size": 2, "grad_accum": 4, "max_steps": 10},
                        "train": {"mixed_precision": "no", "eval_every": 100}}
    rows = [{"step": 1.0, "loss": 0.7, "margin": None}, {"step": 2.0, "loss": 0.6, "margin": None}]
    fig = training_figure(rows)
    assert list(fig.data[0].x) == [1.0, 2.0] and list(fig.data[0].y) == [0.7, 0.6]
    assert list(fig.data[1].x) == [] and any("no margin" in a.text for a in fig.layout.annotations)
    assert len(fig.data) == 2 and any("no held-out evaluation" in a.text for a in fig.layout.annotations)
    rows += [{"step": 2.0, "loss": None, "heldout_routing_auc": 0.9, "heldout_load_min": 0.03}]
    fig = training_figure(rows)
    held = {trace.name: (list(trace.x), list(trace.y)) for trace in fig.data[2:]}
    assert held == {"routing AUC": ([2.0], [0.9]), "least expert load": ([2.0], [0.03])}


def test_the_empty_figure_is_one_message_without_panel_titles_or_axes():
    fig = training_figure([])
    assert len(fig.data) == 0
    assert [a.text for a in fig.layout.annotations] == ["<b>No training steps yet</b><br>"
                                                        "start or pick a job: its curves appear here as it logs steps"]
    assert fig.layout.xaxis.visible is False and fig.layout.yaxis.visible is False
    assert fig.layout.height == training_figure([{"step": 1.0, "loss": 0.5}]).layout.height, "no jump at the first step"


TEXT_BOXES = """() => {
    const root = document.querySelector('#train-curves');
    const box = e => { const r = e.getBoundingClientRect();
                       return {text: e.textContent.trim(), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
    return {texts: [...root.querySelectorAll('.js-plotly-plot text')].filter(e => e.textContent.trim()).map(box),
            labels: [...root.querySelectorAll('label, [data-testid=block-label]')].map(box).filter(b => b.text),
            plot: box(root.querySelector('.js-plotly-plot'))};
}"""


def rendered_text_boxes(browser, url: str, screenshot: Path) -> dict:
    """Every text chromium draws in the curves plot, the component's label and the plot, as page boxes."""
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("#train-curves .js-plotly-plot text.annotation-text", timeout=30_000)
        boxes = page.evaluate(TEXT_BOXES)
        page.locator("#train-curves").screenshot(path=str(screenshot))
        return boxes
    finally:
        context.close()


def overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]


def centre(box: dict) -> float:
    return (box["x0"] + box["x1"]) / 2


def test_the_empty_figure_reads_cleanly_under_the_plot_label(browser, tmp_path, artifacts):
    """Rendered in chromium: the one message, nothing repeating the label, no text drawn over another."""
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    with gr.Blocks() as demo:
        build_train_tab(services, manager=JobManager(tmp_path / "runs" / "train", trainer=FAKE_TRAINER), poll_s=0.5)
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        boxes = rendered_text_boxes(browser, url, artifacts / "train-empty-curves.png")
    finally:
        demo.close()
    texts, labels = boxes["texts"], boxes["labels"]
    assert [t["text"] for t in texts] == ["No training steps yetstart or pick a job: its curves appear here as it logs steps"]
    assert [b["text"] for b in labels] == ["Training curves"]
    assert not any(overlap(t, labels[0]) for t in texts)


def test_panels_without_curves_show_their_note_in_their_own_place(browser, artifacts):
    """A loss-only job without held-out groups, laid out as in the tab: each empty panel's note sits under
    that panel's title, inside the plot, over nothing else, and empty panels draw no dummy axes."""
    rows = [{"step": float(step), "loss": 1.0 / step, "margin": None} for step in range(1, 30)]
    with gr.Blocks() as demo, gr.Row():
        with gr.Column(scale=2):
            gr.Markdown("the form")
        with gr.Column(scale=3):
            gr.Plot(training_figure(rows), label="Training curves", elem_id="train-curves")
    _, url, _ = demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        boxes = rendered_text_boxes(browser, url, artifacts / "train-loss-only-curves.png")
    finally:
        demo.close()
    texts, plot = boxes["texts"], boxes["plot"]
    by_text = {t["text"]: t for t in texts}
    (held_out_note,) = [t for t in texts if t["text"].startswith("no held-out evaluation")]
    notes = {"margin (winner − loser)": by_text["no margin for this objective"], "held-out groups": held_out_note}
    for title, note in notes.items():
        assert abs(centre(note) - centre(by_text[title])) < 3, f"the note under {title!r} is elsewhere: {note}"
        assert plot["x0"] <= note["x0"] and note["x1"] <= plot["x1"], f"{note['text']!r} is cut off"
        assert not any(overlap(note, other) for other in texts if other is not note)
    assert [t["text"] for t in texts].count("step") == 1, "only the loss panel has axes"
    assert not any(overlap(t, boxes["labels"][0]) for t in texts)


def test_the_official_recipe_from_the_form_reaches_the_trainer_config():
    reward, beta = recipe_form_values("official")
    assert (reward, beta) == ("official", 1000.0) and recipe_form_values("paper") == ("sigmoid", 1000.0)
    settings = train_settings("g.jsonl", "tiny", "phygdpo", reward, beta, 4, 1e-4, 2, 1, 1, "no", 64, 64, 9,
                              recipe="official")
    loss = config_from_dict(settings).loss
    assert (loss.recipe, loss.timestep_weight, loss.timesteps, loss.shift, loss.shared_noise, loss.groupwise,
            loss.reward) == ("official", "diffsynth", "diffsynth-grid", 5.0, False, "one-loser", "official")


def test_a_lora_only_loads_into_the_backbone_it_was_trained_on():
    assert backbone_mismatch("tiny", "tiny-wan") == "" and backbone_mismatch("/models/wan", "wan") == ""
    assert "--generator tiny-wan" in backbone_mismatch("tiny", "wan")
    assert "--generator wan --wan-model /models/wan" in backbone_mismatch("/models/wan", "tiny-wan")
    assert backbone_mismatch("tiny", "preview") == "", "the preview generator answers for itself"


def test_heldout_share_and_eval_interval_from_the_form_reach_the_trainer_config():
    settings = train_settings("g.jsonl", "tiny", "prophy", "sigmoid", 1000, 4, 1e-4, 2, 1, 1, "no", 64, 64, 9,
                              heldout=0.25, eval_every=7, map_vlm=" /models/qwen2-vl ")
    config = config_from_dict(settings)
    assert (config.data.heldout, config.train.eval_every) == (0.25, 7)
    assert config.prophy == {"map_vlm": "/models/qwen2-vl"}, "a ProPhy job gets the studio's VLM for its maps"
    defaults = config_from_dict(train_settings("g.jsonl", "tiny", "sft", "sigmoid", 1000, 4, 1e-4, 2, 1, 1, "no",
                                               64, 64, 9, map_vlm="/models/qwen2-vl"))
    assert (defaults.data.heldout, defaults.train.eval_every) == (0.1, 100) and not defaults.prophy


def test_the_form_shows_heldout_and_eval_every_with_their_defaults(tmp_path):
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    with gr.Blocks() as demo:
        build_train_tab(services, manager=JobManager(tmp_path / "runs" / "train", trainer=FAKE_TRAINER))
    fields = {block.elem_id: block for block in demo.blocks.values() if getattr(block, "elem_id", None)}
    heldout, eval_every = fields["train-heldout"], fields["train-eval-every"]
    assert heldout.value == 0.1 and "default 0.1" in heldout.info
    assert eval_every.value == 100 and "default 100" in eval_every.info


def test_the_no_export_yet_message_names_the_folder_of_the_objective(tmp_path):
    from pipelines.prophy.objective import ProPhyObjective

    assert export_folder("prophy") == ProPhyObjective.export_folder and export_folder("phygdpo") == "lora"
    prophy = no_export_message("j1", tmp_path, "prophy")
    assert f"`{tmp_path / 'prophy'}`" in prophy and "ProPhy module" in prophy and "/lora" not in prophy
    lora = no_export_message("j2", tmp_path, "sft")
    assert f"`{tmp_path / 'lora'}`" in lora and "no exported LoRA" in lora


# ----------------------------------------------------------------- handlers, called with plain values
def as_session(session: str) -> gr.Request:
    return gr.Request(session_hash=session)


def test_the_train_form_is_read_by_name():
    form = TrainForm.of(list(TRAIN_FORM_FIELDS))  # each component's value is its own field name
    assert (form.groups, form.base, form.processes, form.recipe, form.eval_every) == (
        "groups", "base", "processes", "recipe", "eval_every")
    # the order Start sends (and scripts driving the page's queue rely on): groups first, the held-out interval last
    assert TRAIN_FORM_FIELDS == ("groups", "base", "objective", "reward", "beta", "rank", "lr", "steps", "batch",
                                 "grad_accum", "processes", "mixed_precision", "width", "height", "frames", "recipe",
                                 "heldout", "eval_every")
    with pytest.raises(ValueError):  # a component missing from the click is an error, not a shifted form
        TrainForm.of(list(TRAIN_FORM_FIELDS)[:-1])


def test_start_pick_and_stop_take_plain_values(tmp_path):
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    manager = JobManager(tmp_path / "runs" / "train", trainer=FAKE_TRAINER, grace_s=10)
    workstation = Access(public=False, password="")
    groups = make_groups(tmp_path / "data")
    values = {"groups": str(groups), "base": "tiny", "objective": "sft", "reward": "tanh", "beta": 500, "rank": 8,
              "lr": 2e-5, "steps": 5000, "batch": 2, "grad_accum": 3, "processes": None, "mixed_precision": "no",
              "width": 64, "height": 48, "frames": 9, "recipe": "paper", "heldout": None, "eval_every": 7}
    form = [values[name] for name in TRAIN_FORM_FIELDS]

    picker, message = on_start(services, workstation, manager, as_session("s"), *form)
    (job,) = manager.jobs()
    assert message == f"Started job `{job.job_id}` (1 process)." and picker.value == job.job_id
    config = tomllib.loads(job.config_path.read_text())
    assert config["data"] == {"groups": str(groups.resolve()), "width": 64, "height": 48, "frames": 9, "heldout": 0.1}
    assert config["loss"] == {"objective": "sft", "recipe": "paper", "beta": 500.0, "reward": "tanh"}
    assert (config["optim"]["batch_size"], config["optim"]["grad_accum"], config["train"]["eval_every"]) == (2, 3, 7)

    shown = on_pick(workstation, manager, job.job_id, as_session("s"))
    assert shown[-2:] == (f"sft-{job.job_id.rsplit('-', 1)[-1]}", "") and shown[3].active  # polls while it runs
    wait_for(lambda: job.status().step >= 1, what="the first step")  # the trainer handles a stop from then on
    assert on_stop(workstation, manager, job.job_id, as_session("s")).startswith(f"Stopping `{job.job_id}`")
    wait_for(lambda: job.status().finished, what="the stop")
    status, _, _, timer, picker = on_tick(workstation, manager, job.job_id, as_session("s"))
    assert "**stopped**" in status and not timer.active, "polling ends on the tick that sees the job finish"
    assert [value for _, value in picker.choices] == [job.job_id] and picker.value == job.job_id

    blank = dict(values, groups="  ")
    assert "no preference groups" in on_start(services, workstation, manager, as_session("s"),
                                              *[blank[name] for name in TRAIN_FORM_FIELDS])[1]
    assert len(manager.jobs()) == 1


def test_a_visitor_polling_a_job_id_learns_nothing(tmp_path):
    """On a public studio the job list is the operator's: the poll handler answered any session's tick for a
    job id it could not see with the whole list (ids, objectives, states). Over HTTP gradio already refuses a
    job id that is not among the visitor's (empty) choices; the handler no longer relies on that."""
    manager = JobManager(tmp_path / "train", trainer=FAKE_TRAINER, check=None)
    job = manager.start(fake_settings(make_groups(tmp_path / "data"), steps=3))
    wait_for(lambda: job.status().finished, what="the job")
    public = Access(public=True, password="s3cret", sleep=lambda _: None)
    answer = on_tick(public, manager, job.job_id, as_session("visitor"))
    assert all(not isinstance(value, gr.Dropdown) for value in answer), answer
    assert job.job_id not in repr(answer) and not answer[3].active
    assert public.check_password(as_session("operator"), "s3cret")
    assert on_tick(public, manager, job.job_id, as_session("operator"))[4].value == job.job_id
