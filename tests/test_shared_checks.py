"""Checks and mappings that several places use, each defined once: the layout a guided step needs, the video
frame shown beside a latent frame's attention map, the choices a training config offers."""

from __future__ import annotations

import pytest
import torch

from pipelines.core.generation import GUIDANCE_PRESETS, GenerationError, check_guidance_layout, require_layout
from pipelines.core.layout import Layout, last_video_frame_of, latent_frame_count, latent_frame_of
from pipelines.phygdpo import losses, rewarding, train_config


@pytest.mark.parametrize("num_frames", [1, 5, 17, 81])
def test_the_frame_shown_for_a_latent_frame_is_the_last_of_its_group_of_four(num_frames):
    latents = latent_frame_count(num_frames)
    assert [last_video_frame_of(j, num_frames, latents) for j in range(latents)] == [4 * j for j in range(latents)]


@pytest.mark.parametrize("num_frames,latents", [(9, 5), (16, 5), (10, 3), (3, 1)])
def test_for_other_counts_the_shown_frame_still_belongs_to_the_latent_frame(num_frames, latents):
    for j in range(latents):
        shown = last_video_frame_of(j, num_frames, latents)
        assert latent_frame_of(shown, num_frames, latents) <= j
        assert shown == num_frames - 1 or latent_frame_of(shown + 1, num_frames, latents) > j


def test_guidance_needs_a_layout_with_an_object_and_off_needs_none():
    empty = Layout(objects=())
    for layout in (None, empty):
        check_guidance_layout(GUIDANCE_PRESETS["off"], layout)
        with pytest.raises(GenerationError, match=r"guidance mode 'energy' needs a layout with at least one object: "
                                                  r"plan one in the Layout tab or set guidance to off"):
            check_guidance_layout(GUIDANCE_PRESETS["lvd-benchmark"], layout)
        with pytest.raises(GenerationError, match=r"^layout-guided needs a layout .* or leave this variant out$"):
            require_layout(layout, "layout-guided", otherwise="leave this variant out")


def test_training_choices_are_defined_once_and_each_is_implemented():
    assert losses.TIMESTEP_MODES is train_config.TIMESTEP_MODES
    assert rewarding.FORMS is train_config.WEIGHTED_REWARD_FORMS
    assert train_config.REWARD_FORMS == (*train_config.WEIGHTED_REWARD_FORMS, "none")
    for mode in train_config.TIMESTEP_MODES:
        t = losses.sample_timesteps(64, torch.Generator().manual_seed(0), mode=mode)
        assert t.shape == (64,) and bool(((t > 0) & (t < 1)).all())
    for form in train_config.WEIGHTED_REWARD_FORMS:
        assert rewarding.RewardConfig.preset(form).form == form


# Exceptions used as signals inside one module and always caught there, never shown to a user.
INTERNAL_SIGNALS = {"pipelines.backends.llm._Retryable", "pipelines.core.jsonl.DamagedLine",
                    "pipelines.lvd.attention.StopForward", "pipelines.lvd.toml_config._Unread"}


def test_every_error_the_pipelines_raise_derives_from_the_one_base_the_ui_catches():
    import importlib
    import inspect
    import pkgutil

    import pipelines
    from pipelines.core.errors import PhyStudioError

    outside = []
    for info in pkgutil.walk_packages(pipelines.__path__, "pipelines."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == module.__name__
                    and not issubclass(obj, PhyStudioError) and f"{module.__name__}.{name}" not in INTERNAL_SIGNALS):
                outside.append(f"{module.__name__}.{name}")
    assert outside == [], "derive these from pipelines.core.errors.PhyStudioError"
