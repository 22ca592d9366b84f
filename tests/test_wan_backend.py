"""WanGenerator on the tiny random Wan2.1: the real diffusers path, checked against direct pipeline calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline, save_tiny_wan  # noqa: E402
from pipelines.backends.wan import (  # noqa: E402
    WanGenerator,
    WanSettings,
    parse_resolution,
)
from pipelines.backends.wan_loading import default_flow_shift  # noqa: E402
from pipelines.core.generation import (  # noqa: E402
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GuidanceConfig,
    VideoGenerator,
)
from pipelines.core.layout import Layout, LayoutObject  # noqa: E402
from pipelines.services import wan_generator  # noqa: E402
from tests.helpers.same import assert_same_video, assert_same_weights  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SMALL = dict(prompt="a red ball bounces on the ground", width=64, height=64, num_frames=9, steps=4, fps=8)


class CountingFactory:
    """``build_tiny_wan_pipeline`` that counts how often the backbone is built."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return build_tiny_wan_pipeline(seed=0)


def tiny_generator(**settings) -> tuple[WanGenerator, CountingFactory]:
    factory = CountingFactory()
    settings = {"model": "tiny-wan", "dtype": "float32", "device": "cpu", **settings}
    return wan_generator(WanSettings(**settings), pipeline_factory=factory), factory


def request(**overrides) -> GenerationRequest:
    return GenerationRequest(**{**SMALL, **overrides})


def reference_frames(seed: int = 0, **call) -> np.ndarray:
    """The same request through a plain ``WanPipeline`` call with its own decoding (independent of the backend)."""
    pipe = build_tiny_wan_pipeline(seed=0)
    req = request(seed=seed)
    video = pipe(prompt=req.prompt, negative_prompt=req.negative_prompt, height=req.height, width=req.width,
                 num_frames=req.num_frames, num_inference_steps=req.steps, guidance_scale=req.cfg_scale,
                 generator=torch.Generator().manual_seed(seed), output_type="np", **call).frames[0]
    return (np.clip(video, 0, 1) * 255).round().astype(np.uint8)


@pytest.fixture(scope="module")
def wan():
    return tiny_generator()


@pytest.fixture(scope="module")
def reference():
    return reference_frames(seed=0)


def loaded_pipe(generator: WanGenerator):
    with generator.manager.use(generator.model_key) as pipe:
        return pipe


# ------------------------------------------------------------------------------------ output
def test_output_matches_a_plain_pipeline_call(wan, reference):
    generator, _ = wan
    assert isinstance(generator, VideoGenerator)
    result = generator.generate(request())
    assert result.frames.shape == (9, 64, 64, 3) and result.frames.dtype == np.uint8
    assert result.fps == 8.0 and result.backend_id == "wan" and result.model_id == "tiny-wan"
    assert result.variant is None and result.lora_hash is None and result.attention is None
    assert_same_video(result.frames, reference)
    assert set(result.timings) == {"load_s", "denoise_s", "decode_s", "total_s"}
    assert result.timings["total_s"] >= result.timings["denoise_s"] + result.timings["decode_s"]
    assert result.info["device"] == "cpu" and result.info["flow_shift"] == 3.0 and "peak_cuda_memory_gb" not in result.info


def test_same_seed_same_video_other_seed_other_video(wan):
    generator, _ = wan
    first, again = generator.generate(request(seed=7)).frames, generator.generate(request(seed=7)).frames
    other = generator.generate(request(seed=8)).frames
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, other)


def test_from_pretrained_folder_is_the_real_loading_path(tmp_path, reference):
    folder = save_tiny_wan(tmp_path / "tiny-wan", seed=0)
    generator = WanGenerator(WanSettings(model=str(folder), dtype="float32", device="cpu"))
    result = generator.generate(request())
    built = build_tiny_wan_pipeline(seed=0)
    for name in ("transformer", "vae", "text_encoder"):
        assert_same_weights(getattr(loaded_pipe(generator), name), getattr(built, name))
    assert_same_video(result.frames, reference)
    assert result.model_id == str(folder)


def test_backbone_loads_once_for_many_calls():
    generator, factory = tiny_generator()
    for seed in range(3):
        generator.generate(request(seed=seed, steps=1))
    assert factory.calls == 1
    assert [s.loads for s in generator.manager.status() if s.key == generator.model_key] == [1]


# ------------------------------------------------------------------------------------ validation
@pytest.mark.parametrize("overrides, message", [
    ({"width": 70}, r"width must be a multiple of 16.*try 64 or 80"),
    ({"height": 100}, r"height must be a multiple of 16"),
    ({"width": 4096}, r"width must be between 16 and 2048"),
    ({"num_frames": 10}, r"num_frames must be 4k\+1.*try 9 or 13"),
    ({"num_frames": 1001}, r"num_frames must be between 1 and 257"),
    ({"steps": 0}, r"steps must be between 1 and 1000"),
    ({"cfg_scale": -1.0}, r"CFG scale cannot be negative"),
    ({"variant": "phygdpo"}, r"unknown Wan variant 'phygdpo'"),
    ({"guidance": GuidanceConfig(mode="energy")}, r"guidance mode 'energy' steers by a layout"),
])
def test_invalid_requests_fail_before_loading(overrides, message):
    generator, factory = tiny_generator()
    with pytest.raises(GenerationError, match=message):
        generator.generate(request(**overrides))
    assert factory.calls == 0
    assert [s.where for s in generator.manager.status()] == ["not loaded"]


def test_size_beyond_the_models_rotary_range_is_explained(wan):
    generator, _ = wan  # the tiny model's rope covers 32 positions per axis: 512 px
    with pytest.raises(GenerationError, match="at most 512 px per side"):
        generator.generate(request(width=528, steps=1))


@pytest.mark.parametrize("settings, message", [
    ({"dtype": "int8"}, r"\(--wan-dtype\) must be one of bfloat16, float16, float32"),
    ({"offload": "disk"}, r"\(--wan-offload\) must be one of none, model, group"),
    ({"scheduler": "ddim"}, r"\(--wan-scheduler\) must be one of unipc, euler"),
    ({"device": "tpu"}, r"--wan-device"),
    ({"cache_threshold": 1.5}, r"--wan-cache-threshold must be in \[0, 1\)"),
    ({"flow_shift": 0.0}, r"--wan-flow-shift must be positive"),
    ({"resolution": "650x368"}, r"width must be a multiple of 16"),
    ({"resolution": "huge"}, r"--wan-resolution"),
    ({"model": " "}, r"set --wan-model"),
])
def test_invalid_settings_name_the_flag(settings, message):
    with pytest.raises(GenerationError, match=message):
        WanSettings(**settings)


def test_resolution_presets_and_flow_shift():
    assert parse_resolution("480p") == (832, 480) and parse_resolution("720P") == (1280, 720)
    assert parse_resolution("640x368") == (640, 368) and WanSettings(resolution="720p").default_size == (1280, 720)
    assert default_flow_shift(832, 480) == 3.0 and default_flow_shift(1280, 720) == 5.0


def test_missing_local_model_folder_names_the_setting(tmp_path):
    missing = tmp_path / "no-wan-here"
    generator = WanGenerator(WanSettings(model=str(missing), device="cpu"))
    with pytest.raises(GenerationError, match=r"--wan-model") as caught:
        generator.generate(request())
    assert str(missing) in str(caught.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GenerationError, match=r"no model_index.json.*--wan-model"):
        WanGenerator(WanSettings(model=str(empty), device="cpu")).generate(request())


def test_failed_hub_download_names_the_setting_and_what_was_tried():
    code = ("from pipelines.backends.wan import WanGenerator, WanSettings\n"
            "from pipelines.core.generation import GenerationRequest, GenerationError\n"
            "g = WanGenerator(WanSettings(model='phystudio-test/no-such-wan', device='cpu'))\n"
            "try:\n    g.generate(GenerationRequest(prompt='a ball', width=64, height=64, num_frames=9, steps=1))\n"
            "except GenerationError as exc:\n    print('ERROR:', exc)\n")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}  # no network: fail fast, as offline users do
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "ERROR: could not load Wan2.1 from the Hugging Face hub id 'phystudio-test/no-such-wan'" in out.stdout, out.stderr
    assert "--wan-model" in out.stdout


def test_offload_without_cuda_is_refused_with_the_fix():
    generator, _ = tiny_generator(offload="model")
    with pytest.raises(GenerationError, match=r"--wan-offload model needs a CUDA GPU.*--wan-offload none"):
        generator.generate(request())


# ------------------------------------------------------------------------------------ progress, cancel, OOM
def test_progress_reports_loading_each_step_and_decoding():
    generator, _ = tiny_generator()
    calls: list[tuple] = []
    generator.generate(request(), progress=lambda *args: calls.append(args))
    assert calls == [(0, 4, "loading tiny-wan")] + [(i, 4, f"denoising step {i}/4") for i in range(1, 5)] + [
        (4, 4, "decoding video")]
    calls.clear()
    generator.generate(request(steps=2), progress=lambda *args: calls.append(args))
    assert [c[0] for c in calls] == [1, 2, 2] and calls[-1][2] == "decoding video"


def test_cancel_mid_run_stops_denoising_and_the_next_call_works(wan, reference):
    generator, _ = wan
    pipe = loaded_pipe(generator)
    forwards = []
    handle = pipe.transformer.register_forward_pre_hook(lambda module, args: forwards.append(1))
    token, seen = CancelToken(), []

    def progress(step, total, message):
        seen.append(step)
        if step == 2:
            token.cancel()

    try:
        with pytest.raises(GenerationCancelled):
            generator.generate(request(), progress=progress, cancel=token)
    finally:
        handle.remove()
    assert seen == [1, 2] and len(forwards) == 2 * 2  # two steps, each a conditional and an unconditional pass
    assert_same_video(generator.generate(request()).frames, reference)


def test_cancel_before_start_does_nothing():
    generator, factory = tiny_generator()
    token = CancelToken()
    token.cancel()
    with pytest.raises(GenerationCancelled):
        generator.generate(request(), cancel=token)
    assert factory.calls == 0


@pytest.mark.parametrize("error", [
    lambda: torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB"),
    lambda: RuntimeError("CUDA error: out of memory"),
])
def test_out_of_memory_gives_advice_and_the_next_call_works(wan, reference, error):
    generator, _ = wan
    pipe = loaded_pipe(generator)

    def explode(module, args):
        raise error()

    handle = pipe.transformer.register_forward_pre_hook(explode)
    try:
        with pytest.raises(GenerationError, match="out of GPU memory") as caught:
            generator.generate(request())
    finally:
        handle.remove()
    message = str(caught.value)
    assert "lower the resolution (now 64×64)" in message and "fewer frames (now 9)" in message
    assert "--wan-offload model" in message and "1.3B" in message
    assert not isinstance(caught.value, GenerationCancelled)
    assert_same_video(generator.generate(request()).frames, reference)


def test_other_failures_are_reported_not_raised_raw(wan):
    generator, _ = wan
    pipe = loaded_pipe(generator)
    handle = pipe.transformer.register_forward_pre_hook(lambda m, a: (_ for _ in ()).throw(ValueError("broken block")))
    try:
        with pytest.raises(GenerationError, match="Wan2.1 generation failed: ValueError: broken block"):
            generator.generate(request())
    finally:
        handle.remove()


# ------------------------------------------------------------------------------------ schedulers, cache, guidance
def test_flow_shift_and_scheduler_kind_are_applied_per_call(wan):
    generator, _ = wan
    base = generator.generate(request(steps=2)).frames
    shifted_generator, _ = tiny_generator(flow_shift=7.0)
    shifted = shifted_generator.generate(request(steps=2))
    assert shifted.info["flow_shift"] == 7.0
    assert loaded_pipe(shifted_generator).scheduler.config.flow_shift == 7.0
    assert not np.array_equal(shifted.frames, base)
    euler_generator, _ = tiny_generator(scheduler="euler")
    euler = euler_generator.generate(request(steps=2)).frames
    scheduler = loaded_pipe(euler_generator).scheduler
    assert type(scheduler).__name__ == "FlowMatchEulerDiscreteScheduler" and scheduler.config.shift == 3.0
    assert not np.array_equal(euler, base)


def test_euler_scheduler_equals_a_plain_call_with_that_scheduler():
    from diffusers import FlowMatchEulerDiscreteScheduler

    generator, _ = tiny_generator(scheduler="euler")
    pipe = build_tiny_wan_pipeline(seed=0)
    pipe.scheduler = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=3.0)
    req = request(steps=3)
    video = pipe(prompt=req.prompt, negative_prompt=req.negative_prompt, height=64, width=64, num_frames=9,
                 num_inference_steps=3, guidance_scale=req.cfg_scale, generator=torch.Generator().manual_seed(0),
                 output_type="np").frames[0]
    assert_same_video(generator.generate(req).frames, (np.clip(video, 0, 1) * 255).round().astype(np.uint8))


def test_first_block_cache_is_enabled_and_repeatable():
    generator, _ = tiny_generator(cache_threshold=0.5)
    first = generator.generate(request(steps=6)).frames
    assert loaded_pipe(generator).transformer.is_cache_enabled
    np.testing.assert_array_equal(generator.generate(request(steps=6)).frames, first)


def test_guided_requests_are_delegated_to_the_guidance_module(wan):
    generator, _ = wan
    layout = Layout(objects=(LayoutObject(0, "ball", ((0.0, 0.0, 0.5, 0.5), (0.5, 0.5, 1.0, 1.0))),), num_keyframes=2)
    plain = generator.generate(request(layout=layout)).frames
    calls: list[tuple] = []
    result = generator.generate(request(layout=layout, guidance=GuidanceConfig(mode="attention-bias", guided_steps=2)),
                                progress=lambda *args: calls.append(args))
    assert result.frames.shape == plain.shape and result.frames.dtype == np.uint8
    assert not np.array_equal(result.frames, plain)  # the bias steered the cross-attention
    assert result.info["guidance"]["mode"] == "attention-bias" and result.attention is not None
    assert result.attention.object_ids == (0,)
    # One denoising path: the same timing record and the same decoding step as an unguided run.
    assert set(result.timings) == {"load_s", "denoise_s", "decode_s", "total_s"}
    assert [c[0] for c in calls] == [1, 2, 3, 4, 4] and calls[-1][2] == "decoding video"
