"""The VLM judge's video-input path (Qwen2-VL / Qwen2.5-VL) on a tiny random Qwen2-VL built offline, and the
documented torchvision install it needs: without torchvision the judge names requirements-gpu.txt."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from pipelines.backends.vlm import TransformersVLMJudge
from pipelines.core.judging import JudgeError, Video
from pipelines.core.models import ModelManager
from tests.helpers.tiny_qwen2_vl import build_tiny_qwen2_vl, torchvision_available

ROOT = Path(__file__).resolve().parents[1]
NO_TORCHVISION = "torchvision is not installed here (pip install -r requirements-gpu.txt to run the video path)"


@pytest.fixture(scope="module")
def tiny_qwen(tmp_path_factory) -> Path:
    return build_tiny_qwen2_vl(tmp_path_factory.mktemp("tiny-qwen2-vl"))


def _video(seed: int) -> Video:
    rng = np.random.default_rng(seed)
    return Video(rng.integers(0, 256, (8, 28, 28, 3), dtype=np.uint8), 8.0)


def test_requirements_gpu_pins_a_matching_torch_and_torchvision_and_the_readme_names_it():
    pins = dict(re.findall(r"^(torch|torchvision)==(\S+)$", (ROOT / "requirements-gpu.txt").read_text(), re.M))
    assert set(pins) == {"torch", "torchvision"}
    torch_minor, vision_minor = (int(v.split(".")[1]) for v in (pins["torch"], pins["torchvision"]))
    assert vision_minor == torch_minor + 15  # torchvision 0.(N+15) is built for torch 2.N
    assert "requirements-gpu.txt" in (ROOT / "README.md").read_text()


@pytest.mark.skipif(torchvision_available(), reason="torchvision is installed: the missing-torchvision message cannot show")
def test_without_torchvision_the_judge_names_the_install(tiny_qwen):
    judge = TransformersVLMJudge(tiny_qwen, num_frames=4, manager=ModelManager(device="cpu"))
    with pytest.raises(JudgeError, match=r"needs torchvision.*pip install -r requirements-gpu\.txt"):
        judge.score(_video(0), "a ball falls")


def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


ON_CUDA = pytest.param("cuda", marks=pytest.mark.skipif(not _cuda_available(), reason="no CUDA device here"))


@pytest.mark.skipif(not torchvision_available(), reason=NO_TORCHVISION)
@pytest.mark.parametrize("device", ["cpu", ON_CUDA])
def test_video_input_gives_probabilities_that_depend_on_the_frames(tiny_qwen, device):
    judge = TransformersVLMJudge(tiny_qwen, num_frames=4, frames_as="video", manager=ModelManager(device=device))
    first, again, other = (judge.score(_video(seed), "a ball falls") for seed in (0, 0, 1))
    for scores in (first, other):
        assert 0.0 < scores.pc < 1.0 and 0.0 < scores.sa < 1.0
    assert first.pc == again.pc and first.sa == again.sa  # one model, recomputed: exactly equal
    assert abs(first.pc - other.pc) > 1e-6  # the frames reach the model


@pytest.mark.skipif(not torchvision_available(), reason=NO_TORCHVISION)
@pytest.mark.skipif(not _cuda_available(), reason="no CUDA device here")
def test_video_scores_on_cuda_agree_with_the_cpu_in_float32(tiny_qwen):
    """The device move must not change the question: the same float32 model gives the same probabilities on
    both devices, up to kernel rounding."""
    scores = {device: TransformersVLMJudge(tiny_qwen, num_frames=4, frames_as="video", dtype="float32",
                                           manager=ModelManager(device=device)).score(_video(2), "a ball bounces")
              for device in ("cpu", "cuda")}
    assert scores["cuda"].pc == pytest.approx(scores["cpu"].pc, abs=2e-3)
    assert scores["cuda"].sa == pytest.approx(scores["cpu"].sa, abs=2e-3)
