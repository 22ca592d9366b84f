"""Latent cache: encoded once, served from disk, never stale (tiny Wan VAE and UMT5)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
from pipelines.core.video import read_video, write_mp4
from pipelines.phygdpo.groups import read_groups
from pipelines.phygdpo.latent_cache import LatentCache, resize_cover, sample_frame_indices
from tests.helpers.tiny_train import TINY_FRAMES, TINY_SIZE, make_tiny_groups

SEQ = 16


@pytest.fixture(scope="module")
def tiny_pipe():
    return build_tiny_wan_pipeline(seed=0)


def _cache(folder, pipe, **overrides):
    settings = {"width": TINY_SIZE, "height": TINY_SIZE, "frames": TINY_FRAMES, "max_sequence_length": SEQ,
                "storage_dtype": "float32"}
    return LatentCache(folder, pipe, **{**settings, **overrides})


def test_cache_hits_misses_and_invalidation(tiny_pipe, tmp_path):
    torch.set_num_threads(1)
    groups = read_groups(make_tiny_groups(tmp_path / "data", groups=2, losers=1))
    first = _cache(tmp_path / "cache", tiny_pipe)
    items = first.prepare(groups)
    assert (first.hits, first.misses) == (0, 6)  # 4 videos + 2 prompts
    again = _cache(tmp_path / "cache", tiny_pipe)
    assert again.prepare(groups) == items
    assert (again.hits, again.misses) == (6, 0)
    video = groups[0].winner.video
    assert torch.equal(again.video_latents(video), first.video_latents(video))

    # Latents normalised the way WanPipeline denormalises them, checked against the VAE directly.
    frames, _ = read_video(video)
    pixels = torch.from_numpy(frames).permute(3, 0, 1, 2)[None].float() / 127.5 - 1.0
    vae = tiny_pipe.vae
    with torch.no_grad():
        z = vae.encode(pixels).latent_dist.mode()[0]
    mean = torch.tensor(vae.config.latents_mean).view(-1, 1, 1, 1)
    std = torch.tensor(vae.config.latents_std).view(-1, 1, 1, 1)
    assert torch.allclose(first.video_latents(video), (z - mean) / std, atol=1e-5)
    assert first.video_latents(video).shape == (16, 2, TINY_SIZE // 8, TINY_SIZE // 8)
    # Prompt embeddings: the pipeline's own, without its zero padding.
    with torch.no_grad():
        padded = tiny_pipe.encode_prompt(groups[0].prompt, do_classifier_free_guidance=False,
                                         max_sequence_length=SEQ)[0][0]
    stored = first.prompt_embeds(groups[0].prompt)
    assert torch.allclose(stored, padded[: stored.shape[0]], atol=1e-5) and not padded[stored.shape[0]:].any()
    assert stored.shape[0] == len(groups[0].prompt.split()) + 1  # words + </s>

    # Another VAE (one weight changed): every video is a miss, prompts still hit.
    other = copy.deepcopy(tiny_pipe)
    with torch.no_grad():
        next(other.vae.parameters()).add_(1e-3)
    changed = _cache(tmp_path / "cache", other)
    assert changed.vae_hash != first.vae_hash and changed.text_hash == first.text_hash
    changed.prepare(groups)
    assert (changed.hits, changed.misses) == (2, 4)
    # Another resolution or a rewritten video file: a different key, so a miss.
    assert _cache(tmp_path / "cache", tiny_pipe, width=48).video_key(video) != first.video_key(video)
    write_mp4(np.zeros((TINY_FRAMES, TINY_SIZE, TINY_SIZE, 3), np.uint8), video, fps=16)
    rewritten = _cache(tmp_path / "cache", tiny_pipe)
    rewritten.video_latents(video)
    assert (rewritten.hits, rewritten.misses) == (0, 1)


def test_frame_sampling_and_cover_crop():
    assert sample_frame_indices(100, 32.0, 5, 16.0) == [0, 2, 4, 6, 8]  # 16 fps out of 32 fps
    assert sample_frame_indices(6, 16.0, 9, 16.0) == [round(float(x)) for x in np.linspace(0, 5, 9)]  # too short
    assert sample_frame_indices(50, 30.0, 3, 0.0) == [0, 24, 49]  # fps 0: spread over the clip
    frame = np.arange(20 * 40 * 3, dtype=np.uint8).reshape(20, 40, 3)
    assert np.array_equal(resize_cover(frame, 20, 20), frame[:, 10:30])  # already covers: centre crop only
    wide = resize_cover(np.zeros((10, 40, 3), np.uint8), 16, 16)
    assert wide.shape == (16, 16, 3)
