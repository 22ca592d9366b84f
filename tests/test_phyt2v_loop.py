"""PhyT2V loop: stop rules, streaming, persistence, failure handling and resume (embedded backends, scripted parts)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from pipelines.core.generation import CancelToken, GenerationError, GenerationRequest
from pipelines.core.judging import Caption, JudgeScores, Video, instruction_with_objects
from pipelines.core.runs import RunStore
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.preview_generator import PreviewGenerator
from pipelines.phyt2v.loop import RefineLoop, RefineSettings, rounds_without_improvement, stop_rule
from pipelines.phyt2v.loop_files import LOOP_FILE, ROUND_FILE, LoopError, load_loop, round_folder
from pipelines.phyt2v.reasoning import Mismatch, Reasoner, ReasonerError, Refinement, RoundRecord, SceneLaws
from pipelines.services import Services

PROMPT = "a red ball is dropped and bounces on the floor"
SMALL = GenerationRequest(prompt="", width=128, height=128, num_frames=16, fps=8, steps=1)


# ---------------------------------------------------------------------------- test doubles
class EchoReasoner:
    """Deterministic: every output is a function of its inputs, so any difference upstream shows downstream."""

    reasoner_id = "echo"

    def __init__(self, fail_refine_at: int | None = None):
        self.fail_refine_at = fail_refine_at
        self.refine_calls: list[tuple[str, str, float | None]] = []
        self.mismatch_prompts: list[str] = []

    def extract_laws(self, prompt: str) -> SceneLaws:
        return SceneLaws(objects=("red ball",), laws=("gravity", "elasticity"), explanation=f"laws of {prompt}")

    def find_mismatch(self, prompt: str, caption: Caption, laws: SceneLaws) -> Mismatch:
        self.mismatch_prompts.append(prompt)
        return Mismatch(summary=f"saw: {caption.text[:50]}", issues=(caption.captioner_id,), reasoning="compare")

    def refine(self, prompt, current_prompt, laws, mismatch, scores) -> Refinement:
        if self.fail_refine_at is not None and len(self.refine_calls) == self.fail_refine_at:
            raise ReasonerError("the reasoner server went away")
        self.refine_calls.append((prompt, current_prompt, None if scores is None else scores.pc))
        pc = "none" if scores is None or scores.pc is None else f"{scores.pc:.4f}"
        return Refinement(prompt=f"{prompt}, falling faster and faster (after pc {pc} on {len(current_prompt)} chars)",
                          reasoning="step back: gravity")


class ScriptedJudge:
    judge_id, kind = "scripted", "motion"

    def __init__(self, pcs: list[float | None], sas: list[float | None] | None = None):
        self.pcs, self.sas = pcs, sas
        self.prompts: list[str] = []

    def score(self, video: Video, prompt: str) -> JudgeScores:
        i = len(self.prompts)
        self.prompts.append(prompt)
        return JudgeScores(sa=self.sas[i] if self.sas else None, pc=self.pcs[i], judge_id=self.judge_id, kind=self.kind)


class RecordingGenerator:
    """Wraps a generator, records every request; ``fail_on`` raises once on that call (0-based)."""

    def __init__(self, inner, fail_on: int | None = None, error: BaseException | None = None):
        self.inner, self.backend_id = inner, inner.backend_id
        self.requests: list[GenerationRequest] = []
        self.fail_on, self.error = fail_on, error or GenerationError("out of memory on round 2")

    def variants(self) -> list[str]:
        return []

    def generate(self, request, *, progress=None, cancel=None):
        call = len(self.requests)
        self.requests.append(request)
        if call == self.fail_on:
            self.fail_on = None
            raise self.error
        return self.inner.generate(request, progress=progress, cancel=cancel)


class RecordingPlanner:
    def __init__(self):
        self.inner, self.backend_id, self.prompts = PhysicsPlanner(), "physics", []

    def plan(self, prompt, *, seed=0, num_keyframes=6):
        self.prompts.append(prompt)
        return self.inner.plan(prompt, seed=seed, num_keyframes=num_keyframes)


class CancellingCaptioner:
    """Presses stop while captioning round ``at`` (a user stopping mid-round)."""

    captioner_id = "cancelling"

    def __init__(self, token: CancelToken, at: int):
        self.token, self.at, self.calls = token, at, 0

    def caption(self, video, prompt=None):
        if self.calls == self.at:
            self.token.cancel()
        self.calls += 1
        return Caption(text="a ball falls", captioner_id=self.captioner_id)


def make_loop(tmp_path, *, judge=None, reasoner: Reasoner | None = None, generator=None, captioner=None,
              planner=None, **settings) -> RefineLoop:
    settings.setdefault("request_template", SMALL)
    return RefineLoop(generator or PreviewGenerator(), captioner or MotionCaptioner(), judge or MotionJudge(),
                      reasoner or EchoReasoner(), planner=planner, runs=RunStore(tmp_path / "runs"),
                      settings=RefineSettings(**settings))


def comparable(record: RoundRecord) -> dict:
    """A round's results without what legitimately differs between two runs (timings, folder)."""
    data = dataclasses.asdict(record)
    data.pop("timings")
    data["scores"].get("details", {}).pop("timings", None)  # the motion judge times itself
    data["video_path"] = data["video_path"].rsplit("/", 2)[-2:] if data["video_path"] else ""
    return data


# ---------------------------------------------------------------------------- stop rules (pure)
def test_rounds_without_improvement_counts_from_the_last_real_rise():
    assert rounds_without_improvement([], 0.01) == 0
    assert rounds_without_improvement([0.3], 0.01) == 0
    assert rounds_without_improvement([0.3, 0.5, 0.505, 0.4], 0.01) == 2  # 0.505 is within min_delta
    assert rounds_without_improvement([0.3, 0.305, 0.31, 0.315], 0.01) == 0  # a creep adds up: 0.315 > 0.3 + 0.01
    assert rounds_without_improvement([None, None], 0.01) == 2
    assert rounds_without_improvement([0.3, None, 0.6], 0.01) == 0


def _rounds(*pcs, sas=None):
    return [RoundRecord(index=i, prompt="p", scores={"pc": pc, "sa": None if sas is None else sas[i]})
            for i, pc in enumerate(pcs)]


def test_stop_rule_codes():
    settings = RefineSettings(max_rounds=4, target_pc=0.7, patience=2)
    assert stop_rule([], settings) is None
    assert stop_rule(_rounds(0.2, 0.5), settings) is None
    assert stop_rule(_rounds(0.2, 0.75), settings)[0] == "target_reached"
    assert stop_rule(_rounds(0.5, 0.4, 0.45), settings)[0] == "no_improvement"
    assert stop_rule(_rounds(0.1, 0.2, 0.3, 0.4), settings)[0] == "max_rounds"
    both = RefineSettings(target_pc=0.7, target_sa=0.6, patience=None)
    assert stop_rule(_rounds(0.8, sas=[0.5]), both) is None  # every target given must be reached
    assert stop_rule(_rounds(0.8, sas=[0.65]), both)[0] == "target_reached"
    assert stop_rule(_rounds(0.8), both) is None  # a judge without SA never reaches an SA target


@pytest.mark.parametrize("bad", [{"max_rounds": 0}, {"patience": 0}, {"target_pc": 1.5}, {"improve_on": "fun"},
                                 {"min_delta": -1}])
def test_bad_settings_are_refused(bad):
    with pytest.raises(LoopError):
        RefineSettings(**bad)


def test_settings_round_trip_through_json():
    settings = RefineSettings(max_rounds=3, target_pc=0.6, seed=7, request_template=SMALL)
    assert RefineSettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings


# ---------------------------------------------------------------------------- stop rules in the loop
def test_target_reached_stops_and_skips_the_unneeded_refinement(tmp_path):
    judge, reasoner = ScriptedJudge([0.2, 0.5, 0.8, 0.9]), EchoReasoner()
    updates = list(make_loop(tmp_path, judge=judge, reasoner=reasoner, target_pc=0.7, max_rounds=6).run(PROMPT))
    assert [u.round.index for u in updates] == [0, 1, 2]  # one update per round, streamed
    assert [u.state.status for u in updates] == ["running", "running", "done"]
    final = updates[-1].state
    assert final.stop_reason == "target_reached"
    assert [r.scores["pc"] for r in final.rounds] == [0.2, 0.5, 0.8]
    assert final.rounds[-1].refined_prompt == "" and len(reasoner.refine_calls) == 2
    assert load_loop(final.folder).status == "done"


def test_patience_stops_after_rounds_without_improvement(tmp_path):
    judge = ScriptedJudge([0.3, 0.5, 0.505, 0.4, 0.9])
    updates = list(make_loop(tmp_path, judge=judge, patience=2, max_rounds=5).run(PROMPT))
    assert len(updates) == 4 and updates[-1].state.stop_reason == "no_improvement"


def test_max_rounds_stops_and_progress_names_round_and_stage(tmp_path):
    messages: list[tuple[int, int, str]] = []
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.1, 0.2, 0.3, 0.4]), max_rounds=3)
    updates = list(loop.run(PROMPT, progress=lambda step, total, message: messages.append((step, total, message))))
    assert len(updates) == 3 and updates[-1].state.stop_reason == "max_rounds"
    assert updates[-1].state.status == "done"
    assert messages[0] == (0, 3, "extracting the physical laws")
    stages = [m for _, _, m in messages if m.startswith("round 2/3: ") and "step" not in m]
    assert stages == [f"round 2/3: {s}" for s in ("planning the layout", "generating", "writing the video", "captioning",
                                                  "finding the mismatch", "judging", "refining the prompt")]
    assert (1, 3, "round 2/3: generating, step 1/1 drawn") in messages  # the generator's own progress, relayed


def test_cancel_between_rounds_stops_before_the_next_round(tmp_path):
    cancel = CancelToken()
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.1, 0.2, 0.3]), max_rounds=3)
    stream = loop.run(PROMPT, cancel=cancel)
    first = next(stream)
    assert first.round.index == 0 and first.state.status == "running"
    cancel.cancel()
    last = next(stream)
    assert last.round is None and last.state.status == "stopped" and last.state.stop_reason == "cancelled"
    with pytest.raises(StopIteration):
        next(stream)
    assert not round_folder(first.state.folder, 1).exists()
    saved = load_loop(first.state.folder)
    assert saved.status == "stopped" and [r.index for r in saved.rounds] == [0]


def test_cancel_mid_round_marks_the_round_stopped_and_resume_redoes_it(tmp_path):
    cancel = CancelToken()
    judge = ScriptedJudge([0.1, 0.2, 0.3, 0.4])
    loop = make_loop(tmp_path, judge=judge, captioner=CancellingCaptioner(cancel, at=1), max_rounds=3)
    updates = list(loop.run(PROMPT, cancel=cancel))
    assert [u.round.status for u in updates] == ["done", "stopped"]
    assert updates[-1].state.status == "stopped" and "captioning" in updates[-1].round.error
    assert len(judge.prompts) == 1  # stopped before judging round 1
    resumed = list(loop.run(resume_from=updates[-1].state.folder))
    assert [u.round.index for u in resumed] == [1, 2]
    assert resumed[-1].state.status == "done" and [r.scores["pc"] for r in resumed[-1].state.rounds] == [0.1, 0.2, 0.3]


# ---------------------------------------------------------------------------- what a round holds
def test_rounds_are_recorded_refined_prompts_feed_the_next_round_and_judging_uses_the_original(tmp_path):
    generator, planner = RecordingGenerator(PreviewGenerator()), RecordingPlanner()
    initial = PhysicsPlanner().plan("a red ball rises from the ground to the top of the frame").layout  # wrong physics
    judge_prompts: list[str] = []

    class RecordingJudge(MotionJudge):
        def score(self, video, prompt):
            judge_prompts.append(prompt)
            return super().score(video, prompt)

    reasoner = EchoReasoner()
    loop = make_loop(tmp_path, generator=generator, planner=planner, reasoner=reasoner, judge=RecordingJudge(),
                     max_rounds=3, patience=None)
    updates = list(loop.run(PROMPT, initial_layout=initial))
    state = updates[-1].state
    assert len(updates) == 3 and state.stop_reason == "max_rounds"
    assert state.laws == {"objects": ["red ball"], "laws": ["gravity", "elasticity"], "explanation": f"laws of {PROMPT}"}
    prompts = [r.prompt for r in state.rounds]
    assert prompts == [request.prompt for request in generator.requests]
    assert prompts[0] == PROMPT
    for r in range(2):
        assert state.rounds[r].refined_prompt == prompts[r + 1]
    assert judge_prompts == [PROMPT] * 3 and reasoner.mismatch_prompts == [PROMPT] * 3
    assert [call[1] for call in reasoner.refine_calls] == prompts[:2]  # refine sees the current prompt...
    assert {call[0] for call in reasoner.refine_calls} == {PROMPT}  # ...and the user's
    # the user's layout drives round 0 only; later rounds plan for their refined prompt
    assert generator.requests[0].layout == initial and planner.prompts == prompts[1:]
    assert [g.layout for g in generator.requests[1:]] == [PhysicsPlanner().plan(p).layout for p in prompts[1:]]
    assert state.rounds[0].layout == initial.to_dict()
    assert {r.seed for r in generator.requests} == {0}
    for record in state.rounds:
        video = Video.load(record.video_path)
        assert video.num_frames == SMALL.num_frames
        expected_caption = MotionCaptioner().caption(
            Video(generator.inner.generate(generator.requests[record.index]).frames, SMALL.fps))
        assert record.caption["text"] == expected_caption.text
        assert record.mismatch["summary"] == f"saw: {expected_caption.text[:50]}"
        assert record.scores["judge_id"] == "motion-metrics" and record.scores["pc"] is not None
        assert set(record.timings) >= {"plan_s", "generate_s", "caption_s", "mismatch_s", "judge_s", "total_s"}
        on_disk = json.loads((round_folder(state.folder, record.index) / ROUND_FILE).read_text())
        assert on_disk["video_path"] == f"round-{record.index:02d}/video.mp4"
    assert load_loop(state.folder).rounds == state.rounds
    run = RunStore(tmp_path / "runs").records("refine")[0]
    assert run.status == "done" and set(run.outputs) >= {"loop", "round_00", "round_01", "round_02"}
    assert run.scores["motion-metrics"]["pc"] == max(r.scores["pc"] for r in state.rounds)


def test_sa_against_round_judges_each_video_against_its_own_prompt_as_the_official_loop(tmp_path):
    judge = ScriptedJudge([0.1, 0.2, 0.3], sas=[0.5, 0.5, 0.5])
    state = list(make_loop(tmp_path, judge=judge, max_rounds=3, patience=None, sa_against="round").run(PROMPT))[-1].state
    prompts = [r.prompt for r in state.rounds]
    assert judge.prompts == prompts and len(set(prompts)) == 3  # round r: the prompt its video came from
    assert RefineSettings.from_dict(json.loads(json.dumps(state.settings))).sa_against == "round"
    with pytest.raises(LoopError, match="sa_against must be one of user, round"):
        RefineSettings(sa_against="caption")


def test_the_main_objects_reach_a_captioner_that_takes_an_instruction(tmp_path):
    class InstructedCaptioner:
        captioner_id = "instructed"

        def __init__(self):
            self.objects = []

        def caption(self, video, prompt=None, *, objects=()):
            self.objects.append(objects)
            return Caption(text="a ball falls and bounces", captioner_id=self.captioner_id)

    captioner = InstructedCaptioner()
    list(make_loop(tmp_path, captioner=captioner, max_rounds=2, patience=None).run(PROMPT))
    assert captioner.objects == [("red ball",), ("red ball",)]  # EchoReasoner's extracted objects, every round


def test_instruction_with_objects_names_them_before_the_instruction():
    assert instruction_with_objects("Describe the motion.", ["red ball", " floor "]) == \
        "The video shows red ball, floor. Describe the motion."
    assert instruction_with_objects("Describe the motion.", []) == "Describe the motion."


def test_a_reasoner_error_fails_the_loop_and_keeps_earlier_rounds(tmp_path):
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.1, 0.2, 0.3]), reasoner=EchoReasoner(fail_refine_at=1), max_rounds=3)
    updates = list(loop.run(PROMPT))
    state = updates[-1].state
    assert state.status == "failed" and "the reasoner server went away" in state.error
    assert "round 2, refining the prompt" in state.error
    assert [r.status for r in state.rounds] == ["done", "failed"]
    saved = load_loop(state.folder)
    assert saved.status == "failed" and saved.done_rounds == state.rounds[:1]
    assert RunStore(tmp_path / "runs").records("refine")[0].status == "failed"


def test_out_dir_must_be_new_and_resume_checks_settings(tmp_path):
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.1]), max_rounds=1)
    folder = tmp_path / "loop"
    list(loop.run(PROMPT, out_dir=folder))
    assert (folder / LOOP_FILE).is_file()
    with pytest.raises(LoopError, match="resume it instead"):
        loop.run(PROMPT, out_dir=folder)
    other_seed = make_loop(tmp_path, judge=ScriptedJudge([0.1]), max_rounds=1, seed=3)
    with pytest.raises(LoopError, match="seed"):
        other_seed.run(resume_from=folder)
    with pytest.raises(LoopError, match="not a refine loop"):
        loop.run(resume_from=tmp_path)


# ---------------------------------------------------------------------------- resume
def _uninterrupted(tmp_path):
    loop = make_loop(tmp_path / "a", max_rounds=4, patience=None, planner=PhysicsPlanner())
    return list(loop.run(PROMPT))[-1].state


def test_resume_after_a_failed_round_continues_there_with_the_same_results(tmp_path):
    reference = _uninterrupted(tmp_path)
    generator = RecordingGenerator(PreviewGenerator(), fail_on=2)
    loop = make_loop(tmp_path / "b", generator=generator, max_rounds=4, patience=None, planner=PhysicsPlanner())
    crashed = list(loop.run(PROMPT))[-1].state
    assert crashed.status == "failed" and "out of memory on round 2" in crashed.error
    assert len(crashed.done_rounds) == 2
    generator.requests.clear()
    updates = list(loop.run(resume_from=crashed.folder))
    assert [u.round.index for u in updates] == [2, 3]
    assert generator.requests[0].prompt == crashed.rounds[1].refined_prompt
    final = updates[-1].state
    assert final.status == "done" and final.stop_reason == "max_rounds"
    assert [comparable(r) for r in final.rounds] == [comparable(r) for r in reference.rounds]
    assert final.laws == reference.laws


def test_resume_after_a_hard_crash_mid_round_redoes_that_round(tmp_path):
    reference = _uninterrupted(tmp_path)

    class CrashingCaptioner(MotionCaptioner):
        crash_at, calls = 2, 0

        def caption(self, video, prompt=None):
            self.calls += 1
            if self.calls == self.crash_at + 1:
                raise KeyboardInterrupt  # as if the process were stopped mid-round
            return super().caption(video, prompt)

    loop = make_loop(tmp_path / "b", captioner=CrashingCaptioner(), max_rounds=4, patience=None, planner=PhysicsPlanner())
    stream = loop.run(PROMPT)
    folder = next(stream).state.folder
    next(stream)
    with pytest.raises(KeyboardInterrupt):
        next(stream)
    assert (round_folder(folder, 2) / "video.mp4").exists() and not (round_folder(folder, 2) / ROUND_FILE).exists()
    assert load_loop(folder).status == "stopped"
    fresh = make_loop(tmp_path / "b", max_rounds=4, patience=None, planner=PhysicsPlanner())
    updates = list(fresh.run(resume_from=folder))
    assert [u.round.index for u in updates] == [2, 3]
    assert [comparable(r) for r in updates[-1].state.rounds] == [comparable(r) for r in reference.rounds]


def test_resume_with_more_rounds_refines_the_last_round_first(tmp_path):
    judge = ScriptedJudge([0.1, 0.2, 0.3])
    reasoner = EchoReasoner()
    first = list(make_loop(tmp_path, judge=judge, reasoner=reasoner, max_rounds=2).run(PROMPT))[-1].state
    assert first.rounds[-1].refined_prompt == ""
    longer = make_loop(tmp_path, judge=judge, reasoner=reasoner, max_rounds=3)
    updates = list(longer.run(resume_from=first.folder))
    state = updates[-1].state
    assert [u.round.index for u in updates] == [2] and state.stop_reason == "max_rounds"
    assert state.rounds[1].refined_prompt == state.rounds[2].prompt != ""
    assert load_loop(state.folder).rounds[1].refined_prompt == state.rounds[2].prompt


def test_resuming_a_finished_loop_plays_nothing(tmp_path):
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.9]), target_pc=0.5)
    state = list(loop.run(PROMPT))[-1].state
    again = list(loop.run(resume_from=state.folder))
    assert len(again) == 1 and again[0].round is None and again[0].state.stop_reason == "target_reached"


def test_resuming_a_loop_that_patience_ended_plays_a_new_patience_window(tmp_path):
    """A user who resumes a loop stopped for "no improvement" asks for more rounds: it must not stop at once."""
    judge = ScriptedJudge([0.5, 0.4, 0.45, 0.55, 0.7, 0.6, 0.6, 0.6])
    first = list(make_loop(tmp_path, judge=judge, patience=2, max_rounds=8).run(PROMPT))[-1].state
    assert first.stop_reason == "no_improvement" and len(first.rounds) == 3  # 0.4 and 0.45 do not beat 0.5
    updates = list(make_loop(tmp_path, judge=judge, patience=2, max_rounds=8).run(resume_from=first.folder))
    assert [u.round.index for u in updates] == [3, 4, 5, 6]  # 0.55 and 0.7 beat the best so far, then 2 without
    final = updates[-1].state
    assert final.stop_reason == "no_improvement" and final.patience_from == 3
    assert "since the resume after round 3" in final.stop_detail
    assert "resumed after round 3: patience counts from round 4; best PC so far 0.500 (round 1)" in final.notes
    saved = load_loop(final.folder)
    assert saved.patience_from == 3 and saved.stop_detail == final.stop_detail
    record = RunStore(tmp_path / "runs").records("refine")[0]
    assert record.settings["patience_from_round"] == 4 and record.settings["stop_detail"] == final.stop_detail


def test_a_resumed_patience_window_still_has_to_beat_the_best_so_far(tmp_path):
    judge = ScriptedJudge([0.5, 0.4, 0.45, 0.505, 0.3, 0.9])
    first = list(make_loop(tmp_path, judge=judge, patience=2, max_rounds=8).run(PROMPT))[-1].state
    updates = list(make_loop(tmp_path, judge=judge, patience=2, max_rounds=8).run(resume_from=first.folder))
    assert [u.round.index for u in updates] == [3, 4]  # 0.505 is within min_delta of 0.5: no improvement
    assert updates[-1].state.stop_reason == "no_improvement"


def test_resuming_an_interrupted_loop_keeps_counting_patience_as_an_uninterrupted_loop(tmp_path):
    pcs = [0.5, 0.4, 0.45, 0.9]
    reference = list(make_loop(tmp_path / "a", judge=ScriptedJudge(pcs), patience=2, max_rounds=8).run(PROMPT))
    token = CancelToken()
    loop = make_loop(tmp_path / "b", judge=ScriptedJudge(pcs), captioner=CancellingCaptioner(token, at=2),
                     patience=2, max_rounds=8)
    stopped = list(loop.run(PROMPT, cancel=token))[-1].state
    assert stopped.status == "stopped" and len(stopped.done_rounds) == 2
    judge = ScriptedJudge(pcs[2:])
    resumed = list(make_loop(tmp_path / "b", judge=judge, patience=2, max_rounds=8).run(resume_from=stopped.folder))
    assert [u.round.index for u in resumed] == [2]  # round 2 is the second without improvement, as uninterrupted
    assert resumed[-1].state.stop_reason == reference[-1].state.stop_reason == "no_improvement"
    assert resumed[-1].state.patience_from == 0


def test_resuming_a_target_stop_stays_stopped_unless_the_target_is_raised(tmp_path):
    judge = ScriptedJudge([0.2, 0.6, 0.65, 0.8])
    first = list(make_loop(tmp_path, judge=judge, target_pc=0.5, max_rounds=8).run(PROMPT))[-1].state
    assert first.stop_reason == "target_reached" and len(first.rounds) == 2
    again = list(make_loop(tmp_path, judge=judge, target_pc=0.5, max_rounds=8).run(resume_from=first.folder))
    assert len(again) == 1 and again[0].round is None and again[0].state.stop_reason == "target_reached"
    assert "raise the target" in again[0].state.stop_detail
    raised = list(make_loop(tmp_path, judge=judge, target_pc=0.7, max_rounds=8).run(resume_from=first.folder))
    assert [u.round.index for u in raised] == [2, 3] and raised[-1].state.stop_reason == "target_reached"
    assert "raise the target" not in raised[-1].state.stop_detail


def test_resume_refuses_a_folder_that_is_not_a_refine_loop_and_says_why(tmp_path):
    loop = make_loop(tmp_path, judge=ScriptedJudge([0.1]), max_rounds=1)
    with pytest.raises(LoopError, match="does not exist"):
        loop.run(resume_from=tmp_path / "missing")
    other = RunStore(tmp_path / "runs").start("eval")
    with pytest.raises(LoopError, match="is an eval run, not a refine loop"):
        loop.run(resume_from=other.folder)
    state = list(loop.run(PROMPT, out_dir=tmp_path / "kept"))[-1].state
    record_folder = RunStore(tmp_path / "runs").records("refine")[0]
    run_folder = tmp_path / "runs" / "refine" / record_folder.run_id
    with pytest.raises(LoopError, match=f"its loop is in {state.folder}: resume that folder"):
        loop.run(resume_from=run_folder)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(LoopError, match="is not a folder"):
        loop.run(resume_from=tmp_path / "file.txt")


# ---------------------------------------------------------------------------- command line
class FakeServices:
    """What ``run_refine_command`` needs from ``pipelines.services.Services``, with embedded backends."""

    def __init__(self, root, pcs):
        self.runs = RunStore(root)
        self._judge = ScriptedJudge(pcs)

    def generator(self, name=None):
        return PreviewGenerator()

    def captioner(self):
        return MotionCaptioner()

    def judge(self):
        return self._judge

    def reasoner(self):
        return EchoReasoner()

    def planner(self, name=None):
        return PhysicsPlanner()

    def default_request(self, prompt, generator=None, **overrides):
        return dataclasses.replace(SMALL, prompt=prompt, **{k: v for k, v in overrides.items() if v is not None})

    refine_loop = Services.refine_loop  # the real wiring, over these embedded backends


def _cli(argv, services, capsys):
    import argparse

    from pipelines.phyt2v.refine_cli import add_refine_arguments, run_refine_command

    parser = argparse.ArgumentParser()
    add_refine_arguments(parser)
    code = run_refine_command(parser.parse_args(argv), services)
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_cli_prints_one_line_per_round_and_resumes(tmp_path, capsys):
    folder = tmp_path / "loop"
    services = FakeServices(tmp_path / "runs", [0.2, 0.4, 0.6, 0.8])
    code, lines, err = _cli(["--prompt", PROMPT, "--rounds", "2", "--out", str(folder), "--seed", "3"], services, capsys)
    assert code == 0 and len(lines) == 2
    assert lines[0] == f"round 1/2  PC 0.200  SA —  prompt: {PROMPT}"
    assert lines[1].startswith("round 2/2  PC 0.400  SA —  prompt: " + PROMPT + ", falling faster")
    assert "loop done (reached the maximum of 2 round(s))" in err and "best PC 0.400 in round 2" in err
    code, lines, err = _cli(["--resume", str(folder), "--rounds", "4", "--target-pc", "0.55"], services, capsys)
    assert code == 0 and [line[:17] for line in lines] == ["round 3/4  PC 0.6"]
    state = load_loop(folder)
    assert state.stop_reason == "target_reached" and state.settings["seed"] == 3 and len(state.rounds) == 3
    code, lines, err = _cli(["--resume", str(folder)], services, capsys)
    assert code == 0 and lines == [] and "note: give --target-pc above 0.55 to refine further" in err
    code, _, err = _cli(["--resume", str(folder), "--seed", "4"], services, capsys)
    assert code == 2 and "seed" in err
    code, _, err = _cli(["--prompt", PROMPT, "--rounds", "0"], services, capsys)
    assert code == 2 and "max rounds must be at least 1" in err


def test_cli_resume_after_a_patience_stop_plays_more_rounds_and_refuses_other_folders(tmp_path, capsys):
    folder = tmp_path / "loop"
    services = FakeServices(tmp_path / "runs", [0.5, 0.4, 0.45, 0.6, 0.5, 0.7])
    code, lines, err = _cli(["--prompt", PROMPT, "--rounds", "6", "--patience", "2", "--out", str(folder)],
                            services, capsys)
    assert code == 0 and len(lines) == 3 and "did not improve" in err
    code, lines, err = _cli(["--resume", str(folder)], services, capsys)
    assert code == 0 and [line[:17] for line in lines] == ["round 4/6  PC 0.6", "round 5/6  PC 0.5", "round 6/6  PC 0.7"]
    assert "reached the maximum of 6 round(s)" in err and "best PC 0.700 in round 6" in err
    code, lines, err = _cli(["--resume", str(folder)], services, capsys)
    assert code == 0 and lines == [] and "give --rounds above 6 to refine further" in err
    code, lines, err = _cli(["--resume", str(tmp_path / "runs")], services, capsys)
    assert code == 2 and lines == [] and f"error: {(tmp_path / 'runs').resolve()} has no loop.json" in err


# ---------------------------------------------------------------------------- with the embedded reasoner
def test_embedded_reasoner_loop_on_a_physically_wrong_first_layout(tmp_path):
    from pipelines.core.layout import Layout, LayoutObject
    from pipelines.phyt2v.embedded import EmbeddedReasoner

    # the user drew the dropped ball falling at a steady speed and never bouncing
    steady = tuple((0.45, 0.1 + 0.12 * k, 0.53, 0.18 + 0.12 * k) for k in range(6))
    wrong = Layout(objects=(LayoutObject(id=0, name="red ball", boxes=steady),), num_keyframes=6)
    generator = RecordingGenerator(PreviewGenerator())
    loop = make_loop(tmp_path, generator=generator, reasoner=EmbeddedReasoner(), planner=PhysicsPlanner(),
                     max_rounds=3, patience=None)
    state = list(loop.run(PROMPT, initial_layout=wrong))[-1].state
    assert state.status == "done" and [r.status for r in state.rounds] == ["done"] * 3
    assert state.laws["laws"] and state.backends["reasoner"] == EmbeddedReasoner.reasoner_id
    first, second, _ = state.rounds
    assert len(first.mismatch["issues"]) >= 1  # the steady fall is caught from the measured motion
    assert len(second.mismatch["issues"]) < len(first.mismatch["issues"])  # the refined prompt's plan fixed it
    assert generator.requests[1].prompt == first.refined_prompt != PROMPT
    assert all(len(r.prompt.split()) <= 120 for r in state.rounds)
