"""Compare runner: every variant gets the same seed and settings, only variant fields differ, failures stay local."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from pipelines.compare import (
    VARIANT_FIELDS,
    CompareError,
    CompareVariant,
    default_variants,
    flat_settings,
    run_compare,
    split_settings,
)
from pipelines.core.config import load_config
from pipelines.core.generation import GUIDANCE_PRESETS, CancelToken
from pipelines.core.video import read_video
from pipelines.services import Services

PROMPT = "a red ball falls to the ground"
REFINED = "a blue ball is thrown from the left to the right and bounces on the ground"
SMALL_PREVIEW = {"width": 128, "height": 96, "num_frames": 12}


def preview_services(tmp_path) -> Services:
    return Services(load_config(None, {"server": {"runs_dir": str(tmp_path)}}))


def frames(path) -> np.ndarray:
    return read_video(path)[0]


def recorded_settings(outcome) -> dict:
    data = json.loads((outcome.run_folder / "record.json").read_text())
    return {k: v for k, v in data["settings"].items() if k not in ("info", "in_box_share")}


@pytest.fixture()
def layout(tmp_path):
    return preview_services(tmp_path).plan_layout("a dog walks from the left to the right", seed=4)[0].layout


# ------------------------------------------------------------------ preview generator
def test_preview_variants_share_seed_and_settings(tmp_path, layout, monkeypatch):
    services = preview_services(tmp_path)
    judged_prompts = []
    real_score = services.score
    monkeypatch.setattr(services, "score", lambda video, prompt, run_folder=None: (
        judged_prompts.append(prompt), real_score(video, prompt, run_folder))[1])
    variants = default_variants(services, "preview", has_layout=True, refined_prompt=REFINED)
    assert [v.label for v in variants] == ["base", "layout-guided", "PhyT2V-refined"]

    result = run_compare(services, PROMPT, 7, variants, request_overrides=SMALL_PREVIEW, layout=layout)

    assert all(o.ok and not o.error for o in result.outcomes)
    on_disk = [recorded_settings(o) for o in result.outcomes]
    for settings in on_disk:  # what actually ran, read back from each run record
        assert settings["seed"] == 7 and (settings["width"], settings["height"], settings["num_frames"]) == (128, 96, 12)
    shared_keys = set(on_disk[0]) - {"prompt", "variant", "has_layout", "guidance"}
    for key in shared_keys:
        assert all(s[key] == on_disk[0][key] for s in on_disk), key
    assert [s["prompt"] for s in on_disk] == [PROMPT, PROMPT, REFINED]
    assert [s["has_layout"] for s in on_disk] == [False, True, False]

    assert result.shared_settings["seed"] == 7 and result.shared_settings["width"] == 128
    differing = {row["setting"] for row in result.differences}
    assert {"prompt", "has_layout", "guidance.mode"} <= differing
    assert all(key.split(".")[0] in VARIANT_FIELDS for key in differing)
    assert not differing & set(result.shared_settings)

    # Each variant is what it says: the layout-guided video draws the given layout, the others plan their own.
    base_request = services.default_request(PROMPT, "preview", seed=7, **SMALL_PREVIEW)
    _, drawn = services.generate(dataclasses.replace(base_request, layout=layout))
    np.testing.assert_array_equal(frames(result.outcome("layout-guided").video), frames(drawn.folder / "video.mp4"))
    _, base_again = services.generate(base_request)
    np.testing.assert_array_equal(frames(result.outcome("base").video), frames(base_again.folder / "video.mp4"))
    assert not np.array_equal(frames(result.outcome("PhyT2V-refined").video), frames(result.outcome("base").video))
    # SA is judged against the user's prompt for every variant, the refined one included.
    assert judged_prompts == [PROMPT] * 3
    assert all(o.scores and o.scores["judge_id"] for o in result.outcomes)

    record = json.loads((result.run_folder / "record.json").read_text())
    assert record["kind"] == "compare" and record["status"] == "done"
    assert record["settings"]["shared"] == result.shared_settings
    assert [v["run_id"] for v in record["settings"]["variants"]] == [o.record["run_id"] for o in result.outcomes]
    assert json.loads(json.dumps(result.to_dict()))["variants"][1]["label"] == "layout-guided"


def test_one_failing_variant_keeps_the_others(tmp_path):
    services = preview_services(tmp_path)
    variants = [CompareVariant("base", "preview"), CompareVariant("phygdpo", "preview", lora_variant="phygdpo"),
                CompareVariant("layout-guided", "preview", layout_guided=True),
                CompareVariant("refined", "preview", prompt_override=REFINED)]
    result = run_compare(services, PROMPT, 1, variants, request_overrides=SMALL_PREVIEW, layout=None)
    assert [o.ok for o in result.outcomes] == [True, False, False, True]
    assert "has no variants" in result.outcome("phygdpo").error
    assert "layout-guided needs a layout" in result.outcome("layout-guided").error
    assert result.outcome("refined").scores is not None
    failed_run = services.runs.records("generate")
    assert sorted(r.status for r in failed_run) == ["done", "done", "failed"]  # the LoRA attempt left its record
    record = json.loads((result.run_folder / "record.json").read_text())
    assert record["status"] == "done" and set(record["outputs"]) == {"video:base", "video:refined"}


def test_stop_keeps_finished_variants(tmp_path):
    services = preview_services(tmp_path)
    token = CancelToken()
    messages = []

    def progress(step, total, message):
        messages.append(message)
        if message == "a: scoring":
            token.cancel()

    variants = [CompareVariant("a", "preview"), CompareVariant("b", "preview", prompt_override=REFINED)]
    result = run_compare(services, PROMPT, 0, variants, request_overrides=SMALL_PREVIEW, progress=progress, cancel=token)
    assert result.cancelled and result.outcome("a").ok and not result.outcome("b").ok
    assert "stopped" in result.outcome("b").error
    assert len(services.runs.records("generate")) == 1
    assert messages[-1] == "stopped"


def test_request_errors_are_specific(tmp_path):
    services = preview_services(tmp_path)
    with pytest.raises(CompareError, match="prompt is empty"):
        run_compare(services, " ", 0, [CompareVariant("a")])
    with pytest.raises(CompareError, match="at most 4 variants"):
        run_compare(services, PROMPT, 0, [CompareVariant(str(i)) for i in range(5)])
    with pytest.raises(CompareError, match="labels must be unique"):
        run_compare(services, PROMPT, 0, [CompareVariant("a"), CompareVariant("a")])
    with pytest.raises(CompareError, match="seed cannot be overridden"):
        run_compare(services, PROMPT, 0, [CompareVariant("a")], request_overrides={"seed": 3})
    with pytest.raises(CompareError, match="unknown variant fields"):
        CompareVariant.from_dict({"label": "x", "lora": "phygdpo"})


def test_a_difference_outside_the_variant_fields_is_refused(tmp_path):
    services = preview_services(tmp_path)
    request = services.default_request(PROMPT, "preview", seed=3)
    a = flat_settings(request, "preview")
    b = flat_settings(dataclasses.replace(request, variant="phygdpo", guidance=GUIDANCE_PRESETS["lvd-weak"]), "preview")
    shared, rows = split_settings([("a", a), ("b", b)])
    assert {r["setting"] for r in rows} == {"variant", "guidance.mode", "guidance.preset", "guidance.iterations",
                                            "guidance.topk_fraction",
                                            "guidance.bg_weight", "guidance.com_weight", "guidance.loss_scale",
                                            "guidance.loss_threshold"}  # lvd-weak: LVD's 250, the benchmark 200
    by_setting = {r["setting"]: r for r in rows}
    assert by_setting["variant"] == {"setting": "variant", "a": None, "b": "phygdpo"}
    assert by_setting["guidance.mode"] == {"setting": "guidance.mode", "a": "off", "b": "energy"}
    assert shared["seed"] == 3
    with pytest.raises(CompareError, match="differ in seed, steps"):
        split_settings([("a", a), ("b", flat_settings(dataclasses.replace(request, seed=4, steps=2), "preview"))])


# ------------------------------------------------------------------ tiny Wan with a LoRA variant
@pytest.fixture(scope="module")
def lora_folder(tmp_path_factory):
    """A random LoRA made with peft on the tiny Wan, saved in diffusers format (as tests/test_lora.py does)."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("peft")
    from diffusers import WanPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline

    folder = tmp_path_factory.mktemp("lora") / "phygdpo"
    transformer = build_tiny_wan_pipeline(seed=0).transformer
    torch.manual_seed(5)
    transformer.add_adapter(LoraConfig(r=4, lora_alpha=8, target_modules=["to_q", "to_k", "to_v", "to_out.0"],
                                       init_lora_weights=False), adapter_name="phygdpo")
    WanPipeline.save_lora_weights(folder, transformer_lora_layers=get_peft_model_state_dict(transformer, adapter_name="phygdpo"),
                                  transformer_lora_adapter_metadata=transformer.peft_config["phygdpo"].to_dict())
    return folder


def test_tiny_wan_lora_variant_differs_from_base_on_one_backbone(tmp_path, lora_folder, layout):
    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path)},
                                           "generator": {"backend": "tiny-wan", "loras": {"phygdpo": str(lora_folder)}}}))
    variants = default_variants(services, "tiny-wan", has_layout=True)
    assert [v.label for v in variants] == ["base", "phygdpo", "layout-guided"]
    variants[2] = dataclasses.replace(variants[2], lora_variant=None)
    result = run_compare(services, "a red ball falls", 11,
                         variants + [CompareVariant("missing", "tiny-wan", lora_variant="nope")],
                         request_overrides={"steps": 2}, layout=layout, guidance=GUIDANCE_PRESETS["attention-bias"])

    base, lora, guided, missing = result.outcomes
    assert base.ok and lora.ok and guided.ok and not missing.ok
    assert "unknown Wan variant 'nope'" in missing.error
    assert [s["seed"] for s in map(recorded_settings, (base, lora, guided))] == [11, 11, 11]
    assert lora.record["backends"]["variant"] == "phygdpo" and lora.record["backends"]["lora_hash"]
    assert base.record["backends"]["variant"] == "base"
    assert not np.array_equal(frames(base.video), frames(lora.video)), "the LoRA changes the video"
    assert not np.array_equal(frames(base.video), frames(guided.video)), "the layout guidance changes the video"
    assert {row["setting"] for row in result.differences} >= {"variant", "has_layout", "guidance.mode"}
    assert result.shared_settings["steps"] == 2 and result.shared_settings["num_frames"] == 9
    # Same seed and settings reproduce the base video exactly: nothing else varied between variants.
    _, again = services.generate(services.default_request("a red ball falls", "tiny-wan", seed=11, steps=2), "tiny-wan")
    np.testing.assert_array_equal(frames(again.folder / "video.mp4"), frames(base.video))
    (model,) = services.models.status()
    assert model.loads == 1, "switching LoRA per variant must not reload the backbone"


def test_send_to_arena_pools_the_videos_under_their_labels_and_the_users_prompt(tmp_path):
    pytest.importorskip("sqlalchemy")
    from pipelines.arena import ArenaStore
    from pipelines.compare import send_to_arena

    services = preview_services(tmp_path)
    variants = [CompareVariant("base", "preview"), CompareVariant("PhyT2V-refined", "preview", prompt_override=REFINED),
                CompareVariant("broken", "preview", lora_variant="x")]
    result = run_compare(services, PROMPT, 2, variants, request_overrides=SMALL_PREVIEW)
    now = [1_000_000.0]
    with ArenaStore(f"sqlite:///{tmp_path / 'arena.db'}", clock=lambda: now[0]) as store:
        assert send_to_arena(store, result) == 2
        assert send_to_arena(store, result) == 0, "the same videos are not added twice"
        (pool,) = store.pools()
        assert (pool.name, pool.kind, pool.videos, sorted(pool.variants)) == ("compare", "compare", 2, ["PhyT2V-refined", "base"])
        pair = store.next_pair("s")
        assert pair.prompt == PROMPT, "pairs form on the user's prompt, also for the refined variant"
        now[0] += pair.vote_after_s  # the voter watched both videos
        vote = store.vote("s", pair.token, "A")
    by_label = {o.variant.label: o for o in result.outcomes}
    for revealed in (vote.left, vote.right):
        outcome = by_label[revealed.variant]
        assert revealed.video == str(outcome.video) and revealed.seed == 2
        assert revealed.pc == pytest.approx(outcome.scores["pc"]) and revealed.judge_id == outcome.scores["judge_id"]
