"""The PhyT2V refinement loop: generate → caption → mismatch → judge → refine, round after round.

Where it departs from the official code (pittisl/PhyT2V), and why:

* the backends are passed in once and reused, so models load once for all rounds;
* every round is written atomically when it finishes (``round-XX/round.json`` + ``video.mp4``), so a
  stopped or crashed loop resumes at its first unfinished round and, with deterministic backends,
  ends exactly where an uninterrupted loop would have;
* explicit stopping rules: score target, no improvement for ``patience`` rounds, max rounds, user stop;
* resuming a loop that a stopping rule ended asks for more: its patience window restarts at the resume
  (the best score so far is still the one to beat), while a target it reached keeps it ended until the
  target is raised; resuming an interrupted loop (stop, crash, failure) counts on as if never interrupted;
* SA is always judged against the user's ORIGINAL prompt: a rewrite that drifts away from what the
  user asked must not be able to score itself;
* ``run`` is a generator yielding one ``RoundUpdate`` per round, so the studio and the API stream.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.generation import (
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GuidanceConfig,
    ProgressCallback,
    VideoGenerator,
)
from ..core.judging import Captioner, JudgeError, JudgeScores, PhysicsJudge, Video
from ..core.layout import Layout, LayoutError
from ..core.planning import Planner, PlannerError
from ..core.runs import RECORD_FILE, Run, RunStore, load_run
from ..core.video import VideoWriteError, write_mp4
from .loop_files import (
    INITIAL_LAYOUT_FILE,
    LOOP_FILE,
    VIDEO_FILE,
    LoopError,
    LoopState,
    load_loop,
    plain,
    round_folder,
    save_loop,
    save_round,
    write_json,
)
from .reasoning import Mismatch, Reasoner, ReasonerError, RoundRecord, SceneLaws

SCORE_KEYS = ("pc", "sa")
# Settings that change what a round produces: a resumed loop must use the ones it started with.
GENERATION_SETTINGS = ("seed", "use_layout", "request")


# ------------------------------------------------------------------------------ settings
# "user": SA of every round against the user's prompt, so rounds are comparable (our default);
# "round": against the prompt the round's video was generated from, as PhyT2V's official loop does.
SA_TARGETS = ("user", "round")


@dataclass(frozen=True)
class RefineSettings:
    max_rounds: int = 4
    target_pc: float | None = None  # stop once PC ≥ this (and SA ≥ target_sa when both are set)
    target_sa: float | None = None
    patience: int | None = 2  # stop after this many rounds in a row without improvement; None: never
    min_delta: float = 0.01  # an improvement is a score more than this above the best so far
    improve_on: str = "pc"  # the score that patience watches: "pc" or "sa"
    use_layout: bool = True  # plan a layout for each round's prompt with the loop's planner
    seed: int = 0  # the same seed every round, so only the prompt changes between rounds
    sa_against: str = "user"  # judge SA against the user's prompt, or "round": the round's prompt (official code)
    request_template: GenerationRequest | None = None  # size, frames, steps...; None: the protocol's defaults

    def __post_init__(self) -> None:
        if self.max_rounds < 1:
            raise LoopError(f"max rounds must be at least 1, got {self.max_rounds}")
        if self.patience is not None and self.patience < 1:
            raise LoopError(f"patience must be at least 1 round (or None to never stop early), got {self.patience}")
        if self.min_delta < 0:
            raise LoopError(f"min_delta cannot be negative, got {self.min_delta}")
        if self.sa_against not in SA_TARGETS:
            raise LoopError(f"sa_against must be one of {', '.join(SA_TARGETS)}, got {self.sa_against!r}")
        if self.improve_on not in SCORE_KEYS:
            raise LoopError(f"improve_on must be one of {', '.join(SCORE_KEYS)}, got {self.improve_on!r}")
        for name in ("target_pc", "target_sa"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise LoopError(f"{name} must be in [0, 1] (scores are probabilities), got {value}")

    def request(self, prompt: str, layout: Layout | None) -> GenerationRequest:
        template = self.request_template or GenerationRequest(prompt="")
        return dataclasses.replace(template, prompt=prompt, seed=self.seed, layout=layout)

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "request_template"}
        data["request"] = None if self.request_template is None else self.request_template.settings()
        return plain(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RefineSettings:
        """The inverse of ``to_dict`` (e.g. to resume a loop from the CLI with the settings it started with)."""
        values = {f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data}
        request = data.get("request")
        if request is not None:
            request = dict(request)
            request.pop("has_layout", None)
            guidance = dict(request.pop("guidance", None) or {})
            if guidance.get("blocks") is not None:
                guidance["blocks"] = tuple(guidance["blocks"])
            values["request_template"] = GenerationRequest(**request, guidance=GuidanceConfig(**guidance))
        return cls(**values)


# ------------------------------------------------------------------------------ stop rules
def rounds_without_improvement(values: Sequence[float | None], min_delta: float) -> int:
    """Rounds since the score last rose more than ``min_delta`` above the best so far.

    The best only moves on an improvement, so a slow creep still counts once it adds up. A round
    without the score (the judge could not measure it) is not an improvement.
    """
    best: float | None = None
    since = 0
    for value in values:
        if value is not None and (best is None or value > best + min_delta):
            best, since = value, 0
        else:
            since += 1
    return since


def stop_rule(rounds: Sequence[RoundRecord], settings: RefineSettings, patience_from: int = 0
              ) -> tuple[str, str] | None:
    """(code, sentence) when the finished ``rounds`` end the loop, else None.

    Codes: ``target_reached``, ``no_improvement``, ``max_rounds``. Patience only counts rounds from index
    ``patience_from`` on (a resumed loop's new window); earlier rounds still set the best score to beat.
    """
    if not rounds:
        return None
    last = rounds[-1].scores
    targets = {key: getattr(settings, f"target_{key}") for key in SCORE_KEYS}
    targets = {key: value for key, value in targets.items() if value is not None}
    if targets and all(last.get(key) is not None and last[key] >= value for key, value in targets.items()):
        reached = ", ".join(f"{key.upper()} {last[key]:.3f} ≥ {value:g}" for key, value in targets.items())
        return "target_reached", f"target reached in round {len(rounds)}: {reached}"
    if settings.patience is not None:
        values = [r.scores.get(settings.improve_on) for r in rounds]
        window = len(rounds) - patience_from
        if min(rounds_without_improvement(values, settings.min_delta), window) >= settings.patience:
            since = f" since the resume after round {patience_from}" if patience_from else ""
            return "no_improvement", (f"{settings.improve_on.upper()} did not improve by more than "
                                      f"{settings.min_delta:g} for {settings.patience} round(s){since}")
    if len(rounds) >= settings.max_rounds:
        return "max_rounds", f"reached the maximum of {settings.max_rounds} round(s)"
    return None


@dataclass(frozen=True)
class RoundUpdate:
    """One streamed step: the round just played (None when the loop ended without playing one) and the state."""

    round: RoundRecord | None
    state: LoopState


# ------------------------------------------------------------------------------ the loop
class RefineLoop:
    """PhyT2V's loop over any generator, captioner, judge and reasoner (and optionally a layout planner)."""

    def __init__(self, generator: VideoGenerator, captioner: Captioner, judge: PhysicsJudge, reasoner: Reasoner, *,
                 planner: Planner | None = None, runs: RunStore, settings: RefineSettings | None = None):
        self.generator = generator
        self.captioner = captioner
        self.judge = judge
        self.reasoner = reasoner
        self.planner = planner
        self.runs = runs
        self.settings = settings or RefineSettings()

    def backends(self) -> dict[str, str]:
        names = {"generator": self.generator.backend_id, "captioner": self.captioner.captioner_id,
                 "judge": self.judge.judge_id, "reasoner": self.reasoner.reasoner_id}
        if self.planner is not None and self.settings.use_layout:
            names["planner"] = self.planner.backend_id
        return names

    def run(self, prompt: str | None = None, *, out_dir: str | Path | None = None,
            resume_from: str | Path | None = None, initial_layout: Layout | None = None,
            cancel: CancelToken | None = None, progress: ProgressCallback | None = None) -> Iterator[RoundUpdate]:
        """Start a loop (in ``out_dir``, else a new run folder) or resume one; yields one update per round.

        The arguments are checked now (errors raise here); nothing is written until iteration starts.
        The last update always carries the final state (``status`` done, stopped or failed).
        """
        if resume_from is not None:
            if out_dir is not None or initial_layout is not None:
                raise LoopError("resume_from continues an existing loop: do not also give out_dir or initial_layout")
            state = self._resumable(Path(resume_from), prompt)
        else:
            prompt = " ".join((prompt or "").split())
            if not prompt:
                raise LoopError("the prompt is empty: describe the video to refine")
            if out_dir is not None and Path(out_dir).exists() and any(Path(out_dir).iterdir()):
                hint = " (resume it instead)" if (Path(out_dir) / LOOP_FILE).exists() else ""
                raise LoopError(f"{out_dir} is not empty{hint}: give a new or empty folder")
            if initial_layout is not None:
                initial_layout.validate()
            state = None
        return self._play(state, prompt, out_dir, initial_layout, cancel or CancelToken(), progress)

    # ------------------------------------------------------------ opening
    def _resumable(self, folder: Path, prompt: str | None) -> LoopState:
        state = load_loop(folder)
        if prompt is not None and " ".join(prompt.split()) not in ("", state.prompt):
            raise LoopError(f"{folder} refines {state.prompt!r}, not {prompt!r}; resume without a prompt "
                            "or start a new loop")
        stored, current = state.settings, self.settings.to_dict()
        changed = [key for key in GENERATION_SETTINGS if key in stored and stored[key] != current[key]]
        if changed:
            raise LoopError(f"{folder} was started with other {', '.join(changed)} settings; resume with the "
                            f"settings it was started with (see its {LOOP_FILE}) so finished rounds stay comparable")
        return state

    def _start(self, prompt: str, out_dir: str | Path | None, initial_layout: Layout | None) -> tuple[LoopState, Run]:
        run = self.runs.start("refine", inputs={"prompt": prompt, "initial_layout": initial_layout is not None},
                              settings=self.settings.to_dict(), backends=self.backends())
        folder = (Path(out_dir) if out_dir is not None else run.folder).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        state = LoopState(folder=folder, prompt=prompt, settings=self.settings.to_dict(), backends=self.backends(),
                          run_folder=str(run.folder), created=run.record.created,
                          has_initial_layout=initial_layout is not None)
        if initial_layout is not None:
            write_json(folder / INITIAL_LAYOUT_FILE, initial_layout.to_dict())
        run.add_output("loop", folder)
        run.save()
        return state, run

    def _reopen(self, state: LoopState) -> Run:
        """The loop's run record (a new one if it was deleted); stale rounds after the finished ones go.

        A loop that a stopping rule ended gets a new patience window: whoever resumes it asks for more
        rounds. An interrupted one keeps its window, so it ends where an uninterrupted loop would have.
        """
        if state.status == "done" and state.done_rounds:
            state.patience_from = len(state.done_rounds)
        for record in state.rounds[len(state.done_rounds):]:
            shutil.rmtree(round_folder(state.folder, record.index), ignore_errors=True)
        state.rounds = state.done_rounds
        state.status, state.stop_reason, state.stop_detail, state.error = "running", "", "", ""
        state.settings, state.backends = self.settings.to_dict(), self.backends()
        try:
            if not state.run_folder or not (Path(state.run_folder) / RECORD_FILE).is_file():
                raise FileNotFoundError(state.run_folder)
            run = load_run(state.run_folder)
        except (OSError, ValueError, TypeError):  # deleted or unreadable: the resumed loop gets a new record
            run = self.runs.start("refine", inputs={"prompt": state.prompt, "resumed_from": str(state.folder)},
                                  settings=state.settings, backends=state.backends)
            run.add_output("loop", state.folder)
            state.run_folder = str(run.folder)
        run.record.status, run.record.error = "running", ""
        run.record.settings.update(state.settings)
        if state.patience_from:
            run.record.settings["patience_from_round"] = state.patience_from + 1  # 1-based, as the CLI and tab count
        run.save()
        return run

    # ------------------------------------------------------------ playing
    def _play(self, state: LoopState | None, prompt: str | None, out_dir: str | Path | None,
              initial_layout: Layout | None, cancel: CancelToken, progress: ProgressCallback | None
              ) -> Iterator[RoundUpdate]:
        resumed = state is not None
        if state is None:
            state, run = self._start(prompt, out_dir, initial_layout)
        else:
            run = self._reopen(state)
            if state.has_initial_layout and not state.done_rounds:
                initial_layout = Layout.from_dict(json.loads((state.folder / INITIAL_LAYOUT_FILE).read_text("utf-8")))
        save_loop(state)
        report = progress or (lambda step, total, message: None)
        stage = "starting"
        try:
            if state.laws is None:
                stage = "extracting the physical laws"
                report(0, self.settings.max_rounds, stage)
                state.laws = plain(self.reasoner.extract_laws(state.prompt).to_dict())
                save_loop(state)
            played = 0
            while True:
                done = state.done_rounds
                ended = stop_rule(done, self.settings, state.patience_from)
                if ended is not None:
                    if resumed and not played:
                        ended = _resumed_without_rounds(*ended)
                    self._end(state, run, "done", *ended)
                elif cancel.cancelled:
                    self._end(state, run, "stopped", "cancelled", "stopped by the user between rounds")
                if state.finished:
                    yield RoundUpdate(None, state.snapshot())
                    return
                if resumed and not played and state.patience_from == len(done) and self.settings.patience is not None:
                    self._note_new_patience_window(state)
                if done and not done[-1].refined_prompt:  # it ended the loop before; now more rounds are allowed
                    stage = f"refining the prompt of round {done[-1].index + 1}"
                    self._refine(state, done[-1])
                    save_round(state.folder, done[-1])
                record = self._play_round(state, len(done), initial_layout if not done else None, cancel, report)
                played += 1
                state.rounds = done + [record]
                if record.status == "done":
                    ended = stop_rule(state.done_rounds, self.settings, state.patience_from)
                    if ended is not None:
                        self._end(state, run, "done", *ended)
                    elif cancel.cancelled:
                        self._end(state, run, "stopped", "cancelled", "stopped by the user")
                elif record.status == "stopped":
                    self._end(state, run, "stopped", "cancelled", f"stopped by the user in round {record.index + 1}")
                else:
                    self._end(state, run, "failed", "error", record.error, error=record.error)
                self._record_round(run, state, record)
                save_loop(state)
                yield RoundUpdate(record, state.snapshot())
                if state.finished:
                    return
        except (ReasonerError, GenerationError, JudgeError, PlannerError, LayoutError, OSError) as exc:
            # only the laws and the late refine of a resumed round run outside ``_play_round``
            message = f"{stage}: {exc}"
            self._end(state, run, "failed", "error", message, error=message)
            yield RoundUpdate(None, state.snapshot())
        except GeneratorExit:  # the consumer stopped reading (closed stream): a finished round is on disk
            if not state.finished:
                self._end(state, run, "stopped", "cancelled", "the caller stopped reading the updates")
            raise
        except KeyboardInterrupt:
            if not state.finished:
                self._end(state, run, "stopped", "cancelled", "interrupted (Ctrl-C)")
            raise
        except BaseException as exc:  # a bug: leave a resumable folder that says what happened
            if not state.finished:
                self._end(state, run, "failed", "error", f"{type(exc).__name__}: {exc}", error=f"{type(exc).__name__}: {exc}")
            raise

    def _play_round(self, state: LoopState, index: int, initial_layout: Layout | None, cancel: CancelToken,
                    report: ProgressCallback) -> RoundRecord:
        """One round; stage errors end up in the record (status failed/stopped), not as exceptions."""
        folder = round_folder(state.folder, index)
        shutil.rmtree(folder, ignore_errors=True)  # a half-finished round is redone from scratch
        folder.mkdir(parents=True)
        prompt = state.done_rounds[-1].refined_prompt if state.done_rounds else state.prompt
        record = RoundRecord(index=index, prompt=prompt, status="running")
        total = self.settings.max_rounds
        stage = "starting"
        started = time.perf_counter()

        def enter(name: str) -> float:
            nonlocal stage
            cancel.raise_if_cancelled()
            stage = name
            report(index, total, f"round {index + 1}/{total}: {name}")
            return time.perf_counter()

        def generation_progress(step: int, steps: int, message: str) -> None:
            report(index, total, f"round {index + 1}/{total}: generating, step {step}/{steps} {message}".rstrip())

        try:
            t = enter("planning the layout")
            layout = initial_layout if initial_layout is not None else self._plan(prompt)
            record.timings["plan_s"] = time.perf_counter() - t

            t = enter("generating")
            result = self.generator.generate(self.settings.request(prompt, layout), progress=generation_progress,
                                             cancel=cancel)
            record.timings["generate_s"] = time.perf_counter() - t
            planned = result.info.get("layout") if isinstance(result.info, dict) else None
            record.layout = plain(layout.to_dict()) if layout is not None else plain(planned)

            t = enter("writing the video")
            record.video_path = str(write_mp4(result.frames, folder / VIDEO_FILE, result.fps))
            record.timings["write_s"] = time.perf_counter() - t

            t = enter("captioning")
            video = Video(result.frames, result.fps)
            # no prompt: the caption must report what the video shows, not what the prompt asked for
            caption = caption_with_objects(self.captioner, video, _laws(state).objects)
            record.caption = plain({"text": caption.text, "captioner_id": caption.captioner_id,
                                     "details": caption.details})
            record.timings["caption_s"] = time.perf_counter() - t

            t = enter("finding the mismatch")
            mismatch = self.reasoner.find_mismatch(state.prompt, caption, _laws(state))
            record.mismatch = plain(mismatch.to_dict())
            record.timings["mismatch_s"] = time.perf_counter() - t

            t = enter("judging")
            sa_prompt = state.prompt if self.settings.sa_against == "user" else prompt
            record.scores = plain(self.judge.score(video, sa_prompt).to_dict())
            record.timings["judge_s"] = time.perf_counter() - t

            # a last round needs no next prompt
            if stop_rule(state.done_rounds + [record], self.settings, state.patience_from) is None:
                t = enter("refining the prompt")
                self._refine(state, record)
                record.timings["refine_s"] = time.perf_counter() - t
            record.status = "done"  # a stop pressed during the last stage keeps the finished round
        except GenerationCancelled:
            record.status, record.error = "stopped", f"stopped by the user while {stage}"
        except (ReasonerError, GenerationError, JudgeError, PlannerError, LayoutError, VideoWriteError, OSError) as exc:
            record.status, record.error = "failed", f"round {index + 1}, {stage}: {exc}"
        record.timings["total_s"] = time.perf_counter() - started
        save_round(state.folder, record)
        return record

    def _plan(self, prompt: str) -> Layout | None:
        if not self.settings.use_layout or self.planner is None:
            return None  # the generator gets the prompt alone (the preview plans its own drawing)
        return self.planner.plan(prompt, seed=self.settings.seed).layout

    def _refine(self, state: LoopState, record: RoundRecord) -> None:
        """Fill ``record``'s refined prompt (the next round's prompt) from its mismatch and scores."""
        mismatch = Mismatch(summary=record.mismatch.get("summary", ""), issues=tuple(record.mismatch.get("issues", ())),
                            reasoning=record.mismatch.get("reasoning", ""))
        scores = JudgeScores(**record.scores) if record.scores else None
        refinement = self.reasoner.refine(state.prompt, record.prompt, _laws(state), mismatch, scores)
        if not refinement.prompt.strip():
            raise ReasonerError(f"{self.reasoner.reasoner_id} returned an empty refined prompt")
        record.refined_prompt = refinement.prompt.strip()
        record.refinement_reasoning = refinement.reasoning

    # ------------------------------------------------------------ bookkeeping
    def _note_new_patience_window(self, state: LoopState) -> None:
        key = self.settings.improve_on
        best = state.best_round(key)
        to_beat = f"; best {key.upper()} so far {best.scores[key]:.3f} (round {best.index + 1})" if best else ""
        note = (f"resumed after round {state.patience_from}: patience counts from round {state.patience_from + 1}"
                f"{to_beat}")
        if note not in state.notes:
            state.notes.append(note)
        save_loop(state)

    def _end(self, state: LoopState, run: Run, status: str, reason: str, detail: str, error: str = "") -> None:
        state.status, state.stop_reason, state.stop_detail, state.error = status, reason, detail, error
        watches_sa = self.settings.improve_on == "sa" or self.settings.target_sa is not None
        if watches_sa and state.done_rounds and all(r.scores.get("sa") is None for r in state.done_rounds):
            note = f"judge {self.judge.judge_id} does not measure SA, so SA targets and SA patience never fire"
            if note not in state.notes:
                state.notes.append(note)
        save_loop(state)
        run.record.timings["rounds_s"] = sum(r.timings.get("total_s", 0.0) for r in state.rounds)
        run.record.settings["stop_reason"], run.record.settings["stop_detail"] = reason, detail
        if status == "failed":
            run.fail(error or detail)
        else:
            run.record.status = status
            run.save()

    def _record_round(self, run: Run, state: LoopState, record: RoundRecord) -> None:
        if record.video_path:
            run.add_output(f"round_{record.index:02d}", record.video_path)
        best = state.best_round(self.settings.improve_on) or state.best_round("pc")
        if best is not None:
            run.record.scores[self.judge.judge_id] = {**best.scores, "round": best.index}
        run.record.settings["rounds_done"] = len(state.done_rounds)
        run.save()


def _resumed_without_rounds(code: str, detail: str) -> tuple[str, str]:
    """A resume that a stopping rule ends at once: say which setting would let it go on."""
    more = {"target_reached": "raise the target", "max_rounds": "allow more rounds"}.get(code)
    return code, f"{detail}; {more} to refine further" if more else detail


def caption_with_objects(captioner: Captioner, video: Video, objects: Sequence[str]) -> Any:
    """Caption ``video``, naming the main objects when the captioner takes them (an instruction-following
    VLM does; the embedded motion captioner has no instruction to put them in)."""
    if objects and "objects" in inspect.signature(captioner.caption).parameters:
        return captioner.caption(video, None, objects=tuple(objects))
    return captioner.caption(video, None)


# ------------------------------------------------------------------------------ files
def _laws(state: LoopState) -> SceneLaws:
    laws = state.laws or {}
    return SceneLaws(objects=tuple(laws.get("objects", ())), laws=tuple(laws.get("laws", ())),
                     explanation=laws.get("explanation", ""))
