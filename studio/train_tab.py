"""Train tab: start a PhyGDPO/SFT/ProPhy LoRA training job, watch its curves and log, stop it, and load
the LoRA it exports as a Generate/Compare variant.

UI only: a job is a trainer subprocess managed by ``pipelines.phygdpo.jobs`` (the page stays
responsive and a job outlives the page); this tab writes its settings and reads its folder.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from pathlib import Path
from typing import Any

import gradio as gr
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from pipelines.core.deployment import Host
from pipelines.core.errors import PhyStudioError
from pipelines.phygdpo.jobs import JobError, JobManager, JobStatus
from pipelines.phygdpo.train_config import (
    LOSS_RECIPES,
    MIXED_PRECISION,
    OBJECTIVES,
    REWARD_FORMS,
    DataSection,
    LoraSection,
    LossSection,
    ModelSection,
    OptimSection,
    TrainSection,
)
from pipelines.phygdpo.uploads import UploadLimits, import_groups_upload
from pipelines.services import Services

from .access import Access, access_for
from .forms import bound

TINY_BASE = "tiny"
TINY_VIDEO = (64, 64, 9)  # width, height, frames the tiny Wan trains on in seconds on a CPU
PAPER_VIDEO = (DataSection.width, DataSection.height, DataSection.frames)  # PhyGDPO: Wan2.1 at 480×832, 81 frames
LOG_LINES = 20  # all visible without scrolling: the newest line is always in view
REWARD_INFO = (  # "ˍ" (U+02CD) for "_": the info line is markdown, where "_x ... _y" turns italic
               "sigmoid (default): α = αˍmin + (1−αˍmin)·σ(κˍα(v−bˍα)), γ = (1/α)(1+λσ(κˍγ(v−bˍγ))) — keeps "
               "0 < α ≤ 1 and γ ≥ 1/α, the condition the PL upper bound (Eq. 9) needs. tanh: the paper's literal "
               "Eq. 10, whose α falls below αˍmin (≈0.05 at v = 0.2) and breaks that condition for low-violation "
               "losers. official: sigmoid with the official code's effective constants (κˍγ 3, bˍγ 0.5, λ 0.5). "
               "none: α = γ = 1, the plain bound (ablation).")
RECIPE_INFO = ("paper: the paper's loss with our defaults (t shifted by 3, one noise draw per group, every loser). "
               "official: what the official trainer runs — DiffSynth's timestep weight w(t), its 1000-step grid with "
               "shift 5, independent noise per sample, one loser per step, the official reward constants. "
               "See docs/recipes.md.")
OBJECTIVE_INFO = ("phygdpo: groupwise DPO, winner vs all losers, physics-guided rewarding; sft: LoRA fine-tuning "
                  "on winners only (baseline); prophy: mixture-of-physics-experts objective")


def default_base_model(services: Services) -> str:
    """The model the studio generates with: its Wan model, or the tiny Wan where there is none to fine-tune."""
    g = services.config.generator
    return g.model if g.backend == "wan" else TINY_BASE


def recipe_form_values(recipe: str) -> tuple[str, float]:
    """The reward form and β a loss recipe uses, for the form fields that always send their value."""
    values = {**{"reward": LossSection.reward, "beta": LossSection.beta}, **LOSS_RECIPES[recipe]}
    return values["reward"], float(values["beta"])


def train_settings(groups: str, base: str, objective: str, reward: str, beta: float, rank: int, lr: float,
                   steps: int, batch: int, grad_accum: int, mixed_precision: str, width: int, height: int,
                   frames: int, recipe: str = "paper", heldout: float = DataSection.heldout,
                   eval_every: int = TrainSection.eval_every, map_vlm: str = "") -> dict[str, dict[str, Any]]:
    """The form as trainer TOML tables (keys of the trainer contract only; the trainer rejects others).
    ``recipe`` fills the loss keys the form does not show (timesteps, shift, w(t), noise, losers per step);
    ``map_vlm`` (the studio's VLM, if any) makes a ProPhy run's physics maps instead of the tracker."""
    settings = {
        "model": {"base": (base or "").strip()},
        "data": {"groups": (groups or "").strip(), "width": int(width), "height": int(height), "frames": int(frames),
                 "heldout": float(heldout)},
        "lora": {"rank": int(rank), "alpha": int(rank)},
        "loss": {"objective": objective, "recipe": recipe, "beta": float(beta), "reward": reward},
        "optim": {"lr": float(lr), "lr_end": float(lr) / 10, "batch_size": int(batch), "grad_accum": int(grad_accum),
                  "max_steps": int(steps)},
        "train": {"mixed_precision": mixed_precision, "eval_every": int(eval_every)},
    }
    if objective == "prophy" and map_vlm.strip():
        settings["prophy"] = {"map_vlm": map_vlm.strip()}
    return settings


def export_folder(objective: str) -> str:
    """The job-folder subfolder the trainer exports to (ProPhy runs export their module under their own name)."""
    return "prophy" if objective == "prophy" else "lora"


def no_export_message(job_id: str, folder: Path, objective: str) -> str:
    what = "ProPhy module" if objective == "prophy" else "LoRA"
    return (f"⚠️ **Job `{job_id}` has no exported {what} yet**: it is written to `{folder / export_folder(objective)}` "
            "when the job finishes or is stopped.")


HELDOUT_CURVES = (  # (metrics.csv column, legend label): the held-out numbers worth watching, per objective
    ("heldout_margin", "margin"), ("heldout_positive_share", "positive pairs"),
    ("heldout_error_winner_change", "winner error − ref"), ("heldout_error_losers_change", "loser error − ref"),
    ("heldout_flow_matching", "flow matching"), ("heldout_category_accuracy", "category acc."),
    ("heldout_routing_auc", "routing AUC"), ("heldout_routing_iou", "routing IoU"),
    ("heldout_ambient_outside", "ambient outside"), ("heldout_load_min", "least expert load"),
    ("heldout_load_entropy", "load entropy"),
)


FIGURE_HEIGHT = 300  # the same with and without steps, so the page does not jump when the first one lands
NO_STEPS_TITLE = "No training steps yet"
NO_STEPS_HINT = "start or pick a job: its curves appear here as it logs steps"


def training_figure(rows: list[dict[str, float | None]]) -> go.Figure:
    """Loss and preference margin per step (margin: mean reward of the winner minus each loser's), and
    the held-out evaluation (groups never trained on, fixed noise): is it learning, or only denoising?"""
    if not rows:
        return _no_steps_figure()
    fig = make_subplots(rows=1, cols=3, horizontal_spacing=0.08,  # short titles: three panels share the width
                        subplot_titles=("loss", "margin (winner − loser)", "held-out groups"))
    for col, (key, colour) in enumerate((("loss", "#6366f1"), ("margin", "#0ea5e9")), start=1):
        points = [(r["step"], r.get(key)) for r in rows if r.get(key) is not None]
        fig.add_trace(go.Scatter(x=[p[0] for p in points], y=[p[1] for p in points], mode="lines+markers",
                                 marker={"size": 4}, line={"color": colour}, name=key, showlegend=False),
                      row=1, col=col)
        if not points:
            _empty_panel_note(fig, col, f"no {key} for this objective")
    held = 0
    for key, label in HELDOUT_CURVES:
        points = [(r["step"], r.get(key)) for r in rows if r.get(key) is not None]
        if points:
            held += 1
            fig.add_trace(go.Scatter(x=[p[0] for p in points], y=[p[1] for p in points], mode="lines+markers",
                                     marker={"size": 4}, name=label, legendgroup="heldout"), row=1, col=3)
    fig.update_xaxes(title_text="step")
    if not held:
        _empty_panel_note(fig, 3, "no held-out evaluation<br>([data] heldout,<br>[train] eval_every)")
    fig.update_layout(height=FIGURE_HEIGHT, margin={"l": 40, "r": 10, "t": 40, "b": 40}, template="plotly_white",
                      legend={"font": {"size": 10}})
    return fig


def _empty_panel_note(fig: go.Figure, col: int, text: str) -> None:
    """A note in place of a panel's curve, without the panel's axes (their dummy ranges read as data). Placed
    in paper coordinates: the browser's plotly skips the axes of a panel without traces and would put a note
    anchored to them over the first panel."""
    suffix = "" if col == 1 else str(col)
    fig.update_xaxes(visible=False, row=1, col=col)
    fig.update_yaxes(visible=False, row=1, col=col)
    x_low, x_high = fig.layout[f"xaxis{suffix}"].domain
    y_low, y_high = fig.layout[f"yaxis{suffix}"].domain
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", x=(x_low + x_high) / 2,
                       y=(y_low + y_high) / 2, xanchor="center", yanchor="middle", font={"color": "#64748b"})


def _no_steps_figure() -> go.Figure:
    """Before the first logged step: one centred message and no empty panels, whose titles and dummy axes
    would only repeat the component's label and read as data."""
    fig = go.Figure()
    fig.add_annotation(text=f"<b>{NO_STEPS_TITLE}</b><br>{NO_STEPS_HINT}", showarrow=False, x=0.5, y=0.5,
                       xref="paper", yref="paper", font={"size": 14, "color": "#64748b"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=FIGURE_HEIGHT, margin={"l": 10, "r": 10, "t": 10, "b": 10}, template="plotly_white")
    return fig


def objective_of(settings: dict[str, Any]) -> str:
    return settings.get("loss", {}).get("objective", LossSection.objective)


def base_of(settings: dict[str, Any]) -> str:
    return settings.get("model", {}).get("base", ModelSection.base)


def status_markdown(status: JobStatus, settings: dict[str, Any]) -> str:
    objective, base = objective_of(settings), base_of(settings)
    parts = [f"**{status.state}**", f"step {status.step} / {status.max_steps}", f"{objective} on `{base}`"]
    if status.seconds_per_step is not None:
        parts.append(f"{status.seconds_per_step:.2f} s/step")
    if status.eta_s is not None:
        parts.append(f"ETA {_duration(status.eta_s)}")
    text = " · ".join(parts) + f"\n\nFolder `{status.folder}`"
    if status.lora_dir is not None:
        text += f" · {'ProPhy module' if objective == 'prophy' else 'LoRA'} `{status.lora_dir}`"
    if status.error:
        text += f"\n\n⚠️ **{status.error.splitlines()[0]}**"
        rest = "\n".join(status.error.splitlines()[1:])
        if rest.strip():
            text += f"\n```\n{rest}\n```"
    return text


def backbone_mismatch(trained_on: str, generator: str) -> str:
    """Why a LoRA cannot fit the studio's generator ("" when it may): a LoRA only fits the backbone it was trained on."""
    if generator == "tiny-wan" and trained_on != TINY_BASE:
        return (f"this LoRA was trained on {trained_on!r} but the studio runs the tiny Wan: "
                f"start the studio with --generator wan --wan-model {trained_on}")
    if generator == "wan" and trained_on == TINY_BASE:
        return "this LoRA was trained on the tiny Wan: start the studio with --generator tiny-wan to try it"
    return ""


def job_choices(manager: JobManager) -> list[tuple[str, str]]:
    choices = []
    for job in manager.jobs():
        status, objective = job.status(), objective_of(job.settings)
        where = " · started outside the studio" if job.external else ""
        choices.append((f"{job.job_id} · {objective} · {status.state} · step {status.step}/{status.max_steps}{where}",
                        job.job_id))
    return choices


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def upload_limits(services: Services) -> UploadLimits:
    t = services.config.training
    return UploadLimits(max_unpack_bytes=int(t.max_unpack_gb * 2**30), quota_bytes=int(t.upload_quota_gb * 2**30))


def build_train_tab(services: Services, manager: JobManager | None = None, poll_s: float = 2.0) -> dict[str, Any]:
    host = Host.from_environ(os.environ)
    access = access_for(services)
    if not access.operator_possible:
        # Anyone who can open a public studio could otherwise start training processes on its hardware.
        gr.Markdown(f"Training is off on this public studio. Train on a workstation (`python -m pipelines train`, see "
                    f"the README) and load the LoRA with --lora; the operator can set "
                    f"{services.config.arena.admin_password_env} to train here after signing in.",
                    elem_classes=["notice-banner"], elem_id="train-off-notice")
        return {"job": None, "manager": None}
    limits = services.config.training
    manager = manager or JobManager(services.config.runs_path / "train", max_running=limits.max_running_jobs,
                                    max_processes=limits.max_processes)
    if access.public:
        gr.Markdown("Training is for the operator: sign in with the admin password (System tab → Operator sign-in).",
                    elem_classes=["notice-banner"], elem_id="train-operator-notice")
    base_default = default_base_model(services)
    video_default = TINY_VIDEO if base_default == TINY_BASE else PAPER_VIDEO
    gr.Markdown("Fine-tune a LoRA on preference groups (`groups.jsonl` from PhyAugPipe or the arena's export). "
                "Each job runs as its own process (`python -m pipelines train`), so it keeps running when this page "
                "closes; its folder under `runs/train/` holds the config, curves, log, checkpoints and the LoRA.")
    if host.zero_gpu:
        gr.Markdown("ZeroGPU leases a GPU to a request, not to a separate training process: jobs started here run on "
                    "the CPU. Train on a workstation (`python -m pipelines train`) and load the LoRA with --lora.",
                    elem_classes=["notice-banner"], elem_id="train-zerogpu-notice")
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=340):
            groups = gr.Textbox(label="Preference groups", elem_id="train-groups",
                                placeholder="path/to/groups.jsonl or the folder holding it",
                                info="video paths in the file are relative to its folder")
            upload = gr.UploadButton("… or upload groups.jsonl / a .zip of the data folder (with its videos)",
                                     file_types=[".jsonl", ".zip"], size="sm", elem_id="train-upload")
            base = gr.Dropdown(sorted({base_default, services.config.generator.model, TINY_BASE},
                                      key=lambda b: b != base_default),
                               value=base_default, allow_custom_value=True, label="Base model", elem_id="train-base",
                               info="the studio's Wan model by default; 'tiny' is a random tiny Wan for a CPU demo; "
                                    "or a local diffusers Wan folder / hub id")
            objective = gr.Radio(list(OBJECTIVES), value=LossSection.objective, label="Objective", info=OBJECTIVE_INFO,
                                 elem_id="train-objective")
            # ---- loss recipe (issue 17): paper defaults or the official trainer's settings ----
            recipe = gr.Radio(list(LOSS_RECIPES), value=LossSection.recipe, label="Loss recipe", info=RECIPE_INFO,
                              elem_id="train-recipe")
            reward = gr.Radio(list(REWARD_FORMS), value=LossSection.reward, label="Reward form", info=REWARD_INFO,
                              elem_id="train-reward")
            with gr.Row():
                steps = gr.Number(value=OptimSection.max_steps, precision=0, minimum=1, label="Steps",
                                  elem_id="train-steps", info="optimiser steps")
                batch = gr.Number(value=OptimSection.batch_size, precision=0, minimum=1, label="Batch size",
                                  info="groups per process and micro-step; paper: 8 in all (processes × batch × accumulation)")
            with gr.Accordion("Advanced (paper defaults in each hint)", open=False):
                with gr.Row():
                    beta = gr.Number(value=LossSection.beta, minimum=0, label="β", elem_id="train-beta",
                                     info="DPO temperature; official code: 1000 (no T factor)")
                    rank = gr.Number(value=LoraSection.rank, precision=0, minimum=1, label="LoRA rank",
                                     info="paper: 48 (alpha = rank, scale 1)")
                    lr = gr.Number(value=OptimSection.lr, minimum=0, label="Learning rate",
                                   info="paper: 1e-5, cosine to 1e-6 (lr/10 here)")
                with gr.Row():
                    grad_accum = gr.Number(value=OptimSection.grad_accum, precision=0, minimum=1,
                                           label="Gradient accumulation", info="micro-batches per optimiser step")
                    processes = gr.Number(value=1, precision=0, minimum=1, label="Processes",
                                          info="one per GPU; > 1 starts `accelerate launch --multi_gpu`")
                    mixed_precision = gr.Dropdown(list(MIXED_PRECISION), value=TrainSection.mixed_precision,
                                                  label="Mixed precision",
                                                  info="paper: bf16")
                with gr.Row():
                    width = gr.Number(value=video_default[0], precision=0, minimum=16, step=16, label="Width",
                                      info="paper: 832")
                    height = gr.Number(value=video_default[1], precision=0, minimum=16, step=16, label="Height",
                                       info="paper: 480")
                    frames = gr.Number(value=video_default[2], precision=0, minimum=1, step=4, label="Frames",
                                       info="4k+1; paper: 81")
                with gr.Row():
                    heldout = gr.Number(value=DataSection.heldout, minimum=0, maximum=0.95, step=0.05,
                                        label="Held-out share", elem_id="train-heldout",
                                        info=f"groups never trained on, for held-out curves; default {DataSection.heldout:g} "
                                             "(0 = none)")
                    eval_every = gr.Number(value=TrainSection.eval_every, precision=0, minimum=0,
                                           label="Evaluate every", elem_id="train-eval-every",
                                           info=f"steps between held-out evaluations; default {TrainSection.eval_every} "
                                                "(0 = off)")
            with gr.Row():
                start_btn = gr.Button("Start training", variant="primary", elem_id="train-start")
                stop_btn = gr.Button("Stop", variant="stop", elem_id="train-stop")
                resume_btn = gr.Button("Resume", elem_id="train-resume")
            form_status = gr.Markdown("", elem_id="train-form-status")
        with gr.Column(scale=3):
            with gr.Row():
                job = gr.Dropdown([] if access.public else job_choices(manager), value=None, label="Job",
                                  elem_id="train-job", scale=4,
                                  info="this job's status, curves and log update while it runs")
                refresh_btn = gr.Button("↻ Refresh list", size="sm", scale=1)
            status = gr.Markdown("Start a job or pick a past one.", elem_id="train-status")
            curves = gr.Plot(training_figure([]), label="Training curves", elem_id="train-curves")
            log = gr.Textbox(label="Log (end of stdout.log)", lines=LOG_LINES, max_lines=LOG_LINES,
                             interactive=False, elem_id="train-log")
            with gr.Row():
                variant_name = gr.Textbox(label="Variant name", scale=3, elem_id="train-variant-name",
                                          info="letters, digits, - and _; Generate and Compare list it under this name")
                load_btn = gr.Button("Load this LoRA as a variant", scale=2, elem_id="train-load")
            load_status = gr.Markdown("", elem_id="train-load-status")
    timer = gr.Timer(poll_s, active=False)

    form = {"groups": groups, "base": base, "objective": objective, "reward": reward, "beta": beta, "rank": rank,
            "lr": lr, "steps": steps, "batch": batch, "grad_accum": grad_accum, "processes": processes,
            "mixed_precision": mixed_precision, "width": width, "height": height, "frames": frames, "recipe": recipe,
            "heldout": heldout, "eval_every": eval_every}
    private: dict[str, Any] = {"api_visibility": "private"}
    base.change(on_base, [base], [width, height, frames], **private)
    upload.upload(bound(on_upload, access, manager, upload_limits(services)), [upload], [groups, form_status], **private)
    start_btn.click(bound(on_start, services, access, manager), [form[name] for name in TRAIN_FORM_FIELDS],
                    [job, form_status], **private)
    recipe.change(recipe_form_values, [recipe], [reward, beta], **private)
    job.change(bound(on_pick, access, manager), [job], [status, curves, log, timer, variant_name, load_status], **private)
    timer.tick(bound(on_tick, access, manager), [job], [status, curves, log, timer, job], show_progress="hidden",
               **private)
    stop_btn.click(bound(on_stop, access, manager), [job], [form_status], **private)
    resume_btn.click(bound(on_resume, access, manager), [job], [form_status, timer], **private)
    refresh_btn.click(bound(on_refresh, access, manager), None, [job], **private)
    load_btn.click(bound(on_load, services, access, manager), [job, variant_name], [load_status], **private)
    return {"job": job, "manager": manager}


@dataclasses.dataclass(frozen=True)
class TrainForm:
    """The Train tab's form, by name: Start sends the components in ``TRAIN_FORM_FIELDS`` order."""

    groups: str | None
    base: str | None
    objective: str
    reward: str
    beta: float
    rank: float
    lr: float
    steps: float
    batch: float
    grad_accum: float
    processes: float | None
    mixed_precision: str
    width: float
    height: float
    frames: float
    recipe: str
    heldout: float | None
    eval_every: float | None

    @classmethod
    def of(cls, values) -> TrainForm:
        return cls(**dict(zip(TRAIN_FORM_FIELDS, values, strict=True)))

    @property
    def process_count(self) -> int:
        return int(self.processes or 1)

    def settings(self, map_vlm: str = "") -> dict[str, dict[str, Any]]:
        """The trainer's TOML tables; a blank held-out share or interval takes the trainer's default."""
        return train_settings(
            groups=self.groups, base=self.base, objective=self.objective, reward=self.reward, beta=self.beta,
            rank=self.rank, lr=self.lr, steps=self.steps, batch=self.batch, grad_accum=self.grad_accum,
            mixed_precision=self.mixed_precision, width=self.width, height=self.height, frames=self.frames,
            recipe=self.recipe, heldout=DataSection.heldout if self.heldout is None else self.heldout,
            eval_every=TrainSection.eval_every if self.eval_every is None else self.eval_every, map_vlm=map_vlm)


TRAIN_FORM_FIELDS = tuple(field.name for field in dataclasses.fields(TrainForm))


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def on_base(name: str):
    size = TINY_VIDEO if (name or "").strip() == TINY_BASE else PAPER_VIDEO
    return tuple(gr.Number(value=v) for v in size)


def on_upload(access: Access, manager: JobManager, limits: UploadLimits, file: str | None, request: gr.Request):
    if not file:
        return gr.skip(), gr.skip()
    try:  # gradio's copy of the upload goes whatever happens: the unpacked folder is what stays
        access.require(request, "train")
        path = import_groups_upload(file, manager.root / "uploads" / secrets.token_hex(8), limits)
    except JobError as exc:
        gr.Warning(str(exc))
        return gr.skip(), f"⚠️ **{exc}**"
    finally:
        Path(file).unlink(missing_ok=True)
    return str(path), f"Uploaded: `{path}`"


def on_start(services: Services, access: Access, manager: JobManager, request: gr.Request, *values):
    """Start click: ``values`` are the form's components in ``TRAIN_FORM_FIELDS`` order."""
    access.require(request, "train")
    form = TrainForm.of(values)
    if not (form.groups or "").strip():  # said in this form's words, not the training config's
        message = ("no preference groups: type the path of a groups.jsonl file (or its folder) in "
                   "*Preference groups*, or upload one")
        gr.Warning(message)
        return gr.skip(), f"⚠️ **Not started: {message}**"
    try:
        settings = form.settings(map_vlm=services.map_vlm())
        started = manager.start(settings, processes=form.process_count)
    except (JobError, TypeError, ValueError) as exc:
        gr.Warning(str(exc))
        return gr.skip(), f"⚠️ **Not started: {exc}**"
    maps = ""
    if form.objective == "prophy":
        model = settings.get("prophy", {}).get("map_vlm")
        maps = (f" Physics maps of videos without one: the VLM `{model}`." if model else
                " Physics maps of videos without one: the embedded tracker (no VLM judge or captioner configured).")
    processes = "1 process" if form.process_count == 1 else f"{form.process_count} processes"
    return (gr.Dropdown(choices=job_choices(manager), value=started.job_id),
            f"Started job `{started.job_id}` ({processes})." + maps)


def job_view(access: Access, manager: JobManager, job_id: str | None, request: gr.Request | None):
    """Status, curves and log of the picked job, and whether it still runs (polling stays on while it does);
    ``None`` when there is nothing this session may see."""
    if not job_id or not access.allows(request, "train"):
        return None
    try:
        picked = manager.get(job_id)
    except JobError as exc:
        return f"⚠️ **{exc}**", gr.skip(), gr.skip(), False
    current = picked.status()
    return (status_markdown(current, picked.settings), training_figure(picked.metrics()), picked.log_tail(LOG_LINES),
            not current.finished)


def show_job(access: Access, manager: JobManager, job_id: str | None, request: gr.Request | None):
    """``job_view`` as the outputs status, curves, log and the poll timer."""
    view = job_view(access, manager, job_id, request)
    if view is None:
        return gr.skip(), gr.skip(), gr.skip(), gr.Timer(active=False)
    *shown, running = view
    return (*shown, gr.Timer(active=running))


def on_tick(access: Access, manager: JobManager, job_id: str | None, request: gr.Request):
    """``show_job``, and on the tick that sees the job finish, the job list with its final state."""
    view = job_view(access, manager, job_id, request)
    if view is None:  # nothing to poll, and the job list is the operator's to see
        return gr.skip(), gr.skip(), gr.skip(), gr.Timer(active=False), gr.skip()
    *shown, running = view
    return (*shown, gr.Timer(active=running),
            gr.skip() if running else gr.Dropdown(choices=job_choices(manager), value=job_id))


def on_pick(access: Access, manager: JobManager, job_id: str | None, request: gr.Request):
    access.require(request, "train")
    name = ""
    if job_id:
        try:
            name = f"{objective_of(manager.get(job_id).settings)}-{job_id.rsplit('-', 1)[-1]}"
        except JobError:
            pass
    return (*show_job(access, manager, job_id, request), name, "")


def on_stop(access: Access, manager: JobManager, job_id: str | None, request: gr.Request):
    access.require(request, "train")
    if not job_id:
        return "Pick the job to stop."
    try:
        picked = manager.get(job_id)
    except JobError as exc:
        return f"⚠️ **{exc}**"
    if picked.external:
        return f"Job `{job_id}` was started outside the studio: stop it where it runs (Ctrl-C sends the same signal)."
    if not picked.stop():
        return f"Job `{job_id}` is not running."
    return (f"Stopping `{job_id}`: the trainer saves a checkpoint and the LoRA, then exits "
            f"(forced after {picked.info().get('grace_s', manager.grace_s):g} s).")


def on_resume(access: Access, manager: JobManager, job_id: str | None, request: gr.Request):
    access.require(request, "train")
    if not job_id:
        return "Pick the stopped or failed job to resume.", gr.skip()
    try:
        manager.resume(job_id)
    except JobError as exc:
        return f"⚠️ **Not resumed: {exc}**", gr.skip()
    return f"Resumed `{job_id}` from its newest checkpoint.", gr.Timer(active=True)


def on_load(services: Services, access: Access, manager: JobManager, job_id: str | None, name: str,
            request: gr.Request):
    access.require(request, "train")
    if not job_id:
        return "Pick a job first."
    name = (name or "").strip()
    try:
        picked = manager.get(job_id)
    except JobError as exc:
        return f"⚠️ **{exc}**"
    current = picked.status()
    mismatch = backbone_mismatch(base_of(picked.settings), services.config.generator.backend)
    if mismatch:
        return f"⚠️ **{mismatch}** (the LoRA stays in `{current.lora_dir or current.folder}`)"
    if current.lora_dir is None:
        return no_export_message(job_id, current.folder, objective_of(picked.settings))
    if not name:
        return "⚠️ **Give the variant a name.**"
    try:
        generator = services.add_lora_variant(name, current.lora_dir)
    except (PhyStudioError, ValueError, OSError) as exc:
        return f"⚠️ **Not loaded: {exc}** (the LoRA stays in `{current.lora_dir}`)"
    return f"Loaded **{name}** into the {generator} generator: pick it as the variant in Generate or Compare."


def on_refresh(access: Access, manager: JobManager, request: gr.Request):
    access.require(request, "train")
    return gr.Dropdown(choices=job_choices(manager))
