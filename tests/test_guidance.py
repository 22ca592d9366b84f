"""Layout guidance on Wan's DiT: energy math, masks, attention capture and bias, and whole runs on the tiny Wan."""

from dataclasses import replace

import numpy as np
import pytest
import torch

from pipelines.backends.tiny_wan import TinyWanConfig, build_tiny_wan_pipeline
from pipelines.core.generation import (
    GUIDANCE_PRESETS,
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GuidanceConfig,
)
from pipelines.core.layout import Layout, LayoutObject, latent_frame_count
from pipelines.lvd.attention import GuidanceSession, guided_attention, object_token_probabilities
from pipelines.lvd.guidance import (
    apply_guidance,
    attention_bias,
    build_session,
    default_guided_blocks,
    energy_at,
    image_token_index,
    layout_token_masks,
    plan_guidance,
    run_guidance,
)
from pipelines.lvd.guidance_energy import EnergySettings, in_box_share, layout_energy, threshold_scale

PROMPT = "a red ball falls on a dog in the garden"


@pytest.fixture(scope="module")
def pipe():
    return build_tiny_wan_pipeline(seed=0)


def scene() -> Layout:
    ball = LayoutObject(0, "red ball", tuple((0.05 + 0.12 * k, 0.1, 0.35 + 0.12 * k, 0.5) for k in range(6)))
    dog = LayoutObject(1, "dog", ((0.5, 0.5, 0.9, 0.95),) * 4 + (None, None))
    return Layout(objects=(ball, dog))


def tiny_request(guidance: GuidanceConfig, **changes) -> GenerationRequest:
    base = GenerationRequest(prompt=PROMPT, layout=scene(), guidance=guidance, height=96, width=128, num_frames=9,
                             steps=6, seed=3)
    return replace(base, **changes)


# ----------------------------------------------------------------------------------------- energy (pure)
def numpy_center(a):
    rows, cols = np.arange(a.shape[0]), np.arange(a.shape[1])
    return np.array([(a.sum(1) * rows).sum() / a.sum(), (a.sum(0) * cols).sum() / a.sum()])


def numpy_energy(att, masks, groups, p, w_fg, w_bg, w_com):
    """LVD's energy written out with loops: fg/bg summed over heads, the centre-of-mass term averaged over
    heads (a per-head mean, as LVD's ``.mean()``), fg = 1 where the object is absent; summed over frames,
    mean over tokens, / (objects × blocks)."""
    n_blocks, heads, frames = att.shape[:3]
    total = 0.0
    for b in range(n_blocks):
        for o, columns in enumerate(groups):
            per_token = []
            for j in columns:
                s = 0.0
                for f in range(frames):
                    com_per_head = []
                    for h in range(heads):
                        a, m = att[b, h, f, :, :, j], masks[o, f].astype(float)
                        inside = m.sum()
                        k_fg = max(1, int(np.floor(p * inside)))
                        k_bg = max(1, int(np.floor(p * (m.size - inside))))
                        fg = 1.0 if inside == 0 else 1 - np.sort((a * m).ravel())[::-1][:k_fg].mean()
                        bg = np.sort((a * (1 - m)).ravel())[::-1][:k_bg].mean()
                        com = 0.0
                        if inside:
                            com += ((numpy_center(a) - numpy_center(m)) ** 2).sum()
                            if f + 1 < frames and masks[o, f + 1].any():
                                a1, m1 = att[b, h, f + 1, :, :, j], masks[o, f + 1].astype(float)
                                drift = (numpy_center(a1) - numpy_center(a)) - (numpy_center(m1) - numpy_center(m))
                                com += (drift ** 2).sum()
                        s += w_fg * fg + w_bg * bg
                        com_per_head.append(com)
                    s += w_com * sum(com_per_head) / heads
                per_token.append(s)
            total += np.mean(per_token)
    return total / (n_blocks * len(groups))


def test_energy_of_a_hand_made_map_by_hand():
    attention = torch.tensor([[0.5, 0.1], [0.2, 0.2]], dtype=torch.float64).reshape(1, 1, 1, 2, 2, 1)
    mask = torch.tensor([[1, 0], [0, 0]], dtype=torch.bool).reshape(1, 1, 2, 2)
    energy = layout_energy([attention[0]], mask, [[0]], EnergySettings(1.0, 1.0, 4.0, 0.03))
    # fg = 1 − 0.5; bg = mean(0.1, 0.2, 0.2); centre of mass (0.4, 0.3) vs the box cell (0, 0)
    assert float(energy) == pytest.approx(0.5 + 4 * 0.5 / 3 + 0.03 * (0.4 ** 2 + 0.3 ** 2), abs=1e-12)


@pytest.mark.parametrize("settings", [EnergySettings(0.75, 1.0, 4.0, 0.03), EnergySettings(0.25, 1.0, 2.0, 0.0),
                                      EnergySettings(0.5, 0.7, 1.5, 0.2)])
def test_energy_matches_an_independent_numpy_computation(settings):
    rng = np.random.default_rng(1)
    att = rng.dirichlet(np.ones(20), size=(2, 3, 4, 3)).transpose(0, 1, 2, 4, 3).reshape(2, 3, 4, 4, 5, 3)
    masks = np.zeros((2, 4, 4, 5), dtype=bool)
    masks[0, :, 1:3, 1:4] = True
    masks[0, 2, :, :] = False  # object 0 absent on frame 2
    masks[1, 0, 0:2, 0:2] = True
    masks[1, 1, 1:4, 2:5] = True
    masks[1, 3] = True  # object 1 fills frame 3: no background there
    groups = [[0, 2], [1]]
    energy = layout_energy(torch.from_numpy(att), torch.from_numpy(masks), groups, settings)
    expected = numpy_energy(att, masks, groups, settings.topk_fraction, settings.fg_weight, settings.bg_weight,
                            settings.com_weight)
    assert float(energy) == pytest.approx(expected, rel=1e-10)


def test_in_box_share_counts_absent_frames_as_outside():
    maps = np.ones((2, 2, 2))
    masks = np.zeros((2, 2, 2), dtype=bool)
    masks[0, 0, 0] = True
    assert in_box_share(maps, masks) == pytest.approx(1 / 8)


# -------------------------------------------------------------------------------------- layout → token grid
def test_81_frames_make_21_latent_frames_on_the_16x_token_grid():
    layout = scene()
    masks = layout_token_masks(layout, 81, 480 // 16, 832 // 16)
    assert latent_frame_count(81) == 21
    assert masks.masks.shape == (2, 21, 30, 52) and masks.present.shape == (2, 21)
    flat = masks.image_token_masks
    for o, f, h, w in [(0, 0, 5, 7), (0, 20, 10, 40), (1, 3, 25, 35), (1, 20, 29, 51)]:
        assert flat[o, image_token_index(f, h, w, 30, 52)] == masks.masks[o, f, h, w]
    assert flat.shape == (2, 21 * 30 * 52)


def test_token_index_is_the_transformers_patch_order(pipe):
    """Changing one latent pixel changes exactly the image token at f·gh·gw + h·gw + w."""
    embed = pipe.transformer.patch_embedding
    x = torch.zeros(1, 16, 3, 8, 10)
    y = x.clone()
    f, h, w = 2, 1, 3
    y[0, :, f, 2 * h + 1, 2 * w] = 1.0
    with torch.no_grad():
        tokens_x, tokens_y = (embed(z).flatten(2).transpose(1, 2)[0] for z in (x, y))
    changed = (tokens_x != tokens_y).any(-1).nonzero().flatten().tolist()
    assert changed == [image_token_index(f, h, w, 4, 5)]


def test_absent_frames_have_empty_masks_and_full_suppression():
    masks = layout_token_masks(scene(), 17, 4, 6)  # latent frames at t = 0, .16, .41, .66, .91
    assert masks.present[1].tolist() == [True, True, True, True, False]  # the dog leaves for the last 2 keyframes
    assert not masks.masks[1, 4].any() and all(masks.masks[1, f].any() for f in range(4))
    bias = attention_bias(masks.image_token_masks, [[0, 1], [2]], 3, 2.0)
    last_frame = slice(image_token_index(4, 0, 0, 4, 6), None)
    assert (bias[last_frame, 2] == -2.0).all()
    assert set(np.unique(bias[:, 2])) == {-2.0, 2.0}
    np.testing.assert_array_equal(bias[:, 0] > 0, masks.image_token_masks[0])


def test_default_blocks_sit_in_the_early_middle():
    assert default_guided_blocks(30) == (5, 8, 11, 14)
    assert default_guided_blocks(8) == (1, 2, 3)
    assert default_guided_blocks(2) == (0,)


# ------------------------------------------------------------------------------------ attention processor
def test_object_probabilities_are_a_softmax_over_real_tokens_only():
    torch.manual_seed(0)
    query, key = torch.randn(1, 37, 3, 8), torch.randn(1, 12, 3, 8)
    columns = torch.tensor([1, 4, 6])
    bias = torch.randn(37, 3)
    logits = torch.einsum("bnhd,bshd->bhns", query, key)[..., :9] / 8 ** 0.5
    expected = torch.softmax(logits, -1)[..., columns]
    got = object_token_probabilities(query, key, columns, 9, chunk_tokens=10)
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-7)
    logits[..., columns] += bias
    biased = object_token_probabilities(query, key, columns, 9, bias=bias, chunk_tokens=16)
    torch.testing.assert_close(biased, torch.softmax(logits, -1)[..., columns], rtol=1e-5, atol=1e-7)


def test_processor_captures_probabilities_without_changing_the_output(pipe):
    transformer, block, real = pipe.transformer, 1, 7
    torch.manual_seed(1)
    latents, text = torch.randn(1, 16, 2, 8, 10), torch.randn(1, 12, 32)
    text[:, real:] = 0  # Wan zero-pads prompt embeddings; the padded keys are not zero after projection
    inputs = {}
    hook = transformer.blocks[block].attn2.register_forward_pre_hook(lambda m, args: inputs.update(args=args))
    call = dict(hidden_states=latents, timestep=torch.tensor([500]), encoder_hidden_states=text, return_dict=False)
    session = GuidanceSession(columns=torch.tensor([2, 5]), num_real_tokens=real, chunk_tokens=7,
                              phase="denoise", capture_on=True)
    with torch.no_grad():
        plain = transformer(**call)[0]
        with guided_attention(transformer, [block], session):
            hooked = transformer(**call)[0]
    hook.remove()
    assert torch.equal(plain, hooked)
    assert type(transformer.blocks[block].attn2.processor).__name__ == "WanAttnProcessor"  # restored
    attn = transformer.blocks[block].attn2
    hidden, context = inputs["args"][:2]
    with torch.no_grad():
        q = attn.norm_q(attn.to_q(hidden)).unflatten(2, (attn.heads, -1))
        k = attn.norm_k(attn.to_k(context)).unflatten(2, (attn.heads, -1))
    logits = torch.einsum("bnhd,bshd->bhns", q, k) / q.shape[-1] ** 0.5
    expected = torch.softmax(logits[..., :real], -1)[..., [2, 5]].mean(1)[0]
    torch.testing.assert_close(session.captured[block], expected, rtol=1e-5, atol=1e-7)
    with_padding = torch.softmax(logits, -1)[..., [2, 5]].mean(1)[0]
    assert not torch.allclose(session.captured[block], with_padding, atol=1e-4)


def test_bias_processor_adds_the_offsets_to_the_object_logits(pipe):
    attn = pipe.transformer.blocks[0].attn2
    torch.manual_seed(2)
    hidden, context = torch.randn(1, 20, 24), torch.randn(1, 9, 24)
    columns, bias = torch.tensor([1, 3]), torch.randn(20, 2)
    session = GuidanceSession(columns=columns, num_real_tokens=6, cell_bias=bias, phase="denoise", bias_on=True)
    with torch.no_grad(), guided_attention(pipe.transformer, [0], session):
        got = attn(hidden, context)
        q = attn.norm_q(attn.to_q(hidden)).unflatten(2, (attn.heads, -1))
        k = attn.norm_k(attn.to_k(context)).unflatten(2, (attn.heads, -1))
        v = attn.to_v(context).unflatten(2, (attn.heads, -1))
    logits = torch.einsum("bnhd,bshd->bhns", q, k) / q.shape[-1] ** 0.5
    logits[..., columns] += bias
    mixed = torch.einsum("bhns,bshd->bnhd", torch.softmax(logits, -1), v).flatten(2)
    torch.testing.assert_close(got, attn.to_out[0](mixed), rtol=1e-5, atol=1e-6)


# ------------------------------------------------------------------------------------------- whole runs
def test_guidance_off_equals_the_plain_pipeline_exactly(pipe):
    request = tiny_request(GuidanceConfig(mode="off", guided_steps=3))
    plain = pipe(request.prompt, negative_prompt=request.negative_prompt, height=96, width=128, num_frames=9,
                 num_inference_steps=6, guidance_scale=request.cfg_scale, output_type="np",
                 generator=torch.Generator().manual_seed(request.seed)).frames[0]
    frames, maps = apply_guidance(pipe, request)
    assert frames.dtype == np.uint8 and frames.shape == (9, 96, 128, 3)
    np.testing.assert_array_equal(frames, (np.clip(plain, 0, 1) * 255).round().astype(np.uint8))
    assert maps is not None and maps.step == 2 and maps.object_ids == (0, 1)
    assert maps.token_positions == ((1, 2), (6,)) and maps.maps[0].shape == (3, 6, 8)


def test_both_modes_raise_the_in_box_share_over_off(pipe):
    # Threshold 0 lets every iteration run (the gate itself is tested against LVD's loop below).
    energy = replace(GUIDANCE_PRESETS["lvd-benchmark"], guided_steps=3, loss_threshold=0.0)
    bias = replace(GUIDANCE_PRESETS["attention-bias"], guided_steps=3)
    off = run_guidance(pipe, tiny_request(GuidanceConfig(mode="off", guided_steps=3)))
    guided = run_guidance(pipe, tiny_request(energy))
    biased = run_guidance(pipe, tiny_request(bias))
    for outcome in (off, guided, biased):
        assert outcome.attention.step == 2
        assert all(np.isfinite(m).all() for m in outcome.attention.maps)
        masks = layout_token_masks(scene(), 9, 6, 8).masks
        recomputed = [in_box_share(m, masks[o]) for o, m in enumerate(outcome.attention.maps)]
        assert list(outcome.attention.in_box_share) == pytest.approx(recomputed)
    for o in range(2):
        assert guided.attention.in_box_share[o] > off.attention.in_box_share[o] + 0.01
        assert biased.attention.in_box_share[o] > off.attention.in_box_share[o] + 0.2
    energies = guided.report["energies"]
    assert sorted(energies) == [0, 1, 2] and guided.report["iterations"] == {0: 5, 1: 5, 2: 5}
    assert all(np.isfinite(e).all() and e[-1] < e[0] for e in energies.values())  # each step descends
    assert not np.array_equal(guided.frames, off.frames) and not np.array_equal(biased.frames, off.frames)


def lvd_loop_iterations(energies_per_step, threshold, loss_scale, max_iter):
    """LVD's official gate replayed on recorded energies: ``loss`` starts at 10000 (scaled), each
    iteration runs while the previous ``loss / loss_scale`` exceeds the threshold, and the loss is
    carried into the next denoising step."""
    loss, counts = 10000.0, {}
    for step, energies in sorted(energies_per_step.items()):
        iteration = 0
        while loss / loss_scale > threshold and iteration < max_iter:
            loss = energies[iteration] * loss_scale
            iteration += 1
        counts[step] = iteration
    return counts


def test_threshold_gate_matches_lvds_loop_on_the_same_energies(pipe):
    base = replace(GUIDANCE_PRESETS["lvd-benchmark"], guided_steps=3, threshold_reference="raw")
    free = run_guidance(pipe, tiny_request(replace(base, loss_threshold=0.0)))
    assert free.report["iterations"] == {0: 5, 1: 5, 2: 5}
    first_step = free.report["energies"][0]
    # A threshold between the 2nd and 3rd energies of step 0: LVD still updates on the 3rd iteration
    # (it tests the energy *before* the update it has just computed) and then carries a low loss.
    threshold = (first_step[1] + first_step[2]) / 2
    assert first_step[1] > threshold > first_step[2]
    gated = run_guidance(pipe, tiny_request(replace(base, loss_threshold=threshold)))
    energies = gated.report["energies"]
    assert energies[0] == pytest.approx(first_step[:3], rel=1e-5)
    assert gated.report["iterations"] == lvd_loop_iterations(energies, threshold, base.loss_scale, base.iterations)
    assert gated.report["iterations"][0] == 3


def test_the_first_guided_step_updates_even_below_the_threshold(pipe):
    """LVD's loss starts at 10000: the first guided step updates once whatever its energy, then stops."""
    config = replace(GUIDANCE_PRESETS["lvd-benchmark"], guided_steps=2, threshold_reference="raw", loss_threshold=1999.0)
    outcome = run_guidance(pipe, tiny_request(config))
    assert all(e < 1999.0 for e in outcome.report["energies"][0])
    assert outcome.report["iterations"] == {0: 1, 1: 0} == lvd_loop_iterations(outcome.report["energies"], 1999.0, 5.0, 5)
    above_start = replace(config, loss_threshold=2000.0)  # 10000 / loss_scale 5 is not above 2000
    outcome = run_guidance(pipe, tiny_request(above_start))
    assert outcome.report["iterations"] == {0: 0, 1: 0} and outcome.report["energies"] == {0: [], 1: []}
    off = run_guidance(pipe, tiny_request(GuidanceConfig(mode="off")))
    np.testing.assert_array_equal(outcome.frames, off.frames)


@pytest.mark.parametrize("reference, frames", [("modelscope", 16), ("zeroscope", 24)])
def test_threshold_reference_maps_lvds_units_per_frame_and_head(reference, frames):
    # LVD's six guided UNet cross-attention layers: 64-dim heads on 640, 1280, 1280, 1280, 1280, 640 channels.
    lvd_heads = np.mean([c // 64 for c in (640, 1280, 1280, 1280, 1280, 640)])
    per_frame_head = 1 / (frames * lvd_heads)
    assert threshold_scale(reference, 21, 12) == pytest.approx(21 * 12 * per_frame_head, rel=1e-12)
    assert threshold_scale(reference, frames, 50 / 3) == pytest.approx(1.0, rel=1e-12)  # LVD's own UNet: unchanged
    assert threshold_scale("per-frame-head", 21, 12) == 21 * 12 and threshold_scale("raw", 21, 12) == 1.0
    with pytest.raises(ValueError, match="threshold reference must be one of"):
        threshold_scale("unet", 21, 12)
    with pytest.raises(GenerationError, match="threshold reference"):
        GuidanceConfig(mode="energy", threshold_reference="unet")


def test_the_run_records_the_threshold_on_this_backbone(pipe):
    outcome = run_guidance(pipe, tiny_request(replace(GUIDANCE_PRESETS["lvd-weak"], guided_steps=1)))
    threshold = outcome.report["threshold"]
    heads, frames = pipe.transformer.config.num_attention_heads, 3
    assert threshold["reference"] == "modelscope" and threshold["value"] == 250.0
    assert threshold["on_this_backbone"] == pytest.approx(250.0 * frames * heads / (16 * 50 / 3))


def test_guided_prompts_end_with_the_layout_background_as_lvds(pipe):
    layout = replace(scene(), background="sunny garden")
    guided = plan_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"], layout=layout))
    assert guided.prompt == PROMPT + ", sunny garden background"
    assert guided.tokens.positions[0] == (1, 2)  # object tokens are still found in the user's words
    plain = plan_guidance(pipe, tiny_request(replace(GUIDANCE_PRESETS["lvd-weak"], background_prompt=False),
                                             layout=layout))
    off = plan_guidance(pipe, tiny_request(GuidanceConfig(mode="off"), layout=layout))
    no_background = plan_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"]))
    assert plain.prompt == off.prompt == no_background.prompt == PROMPT


def test_guided_latents_reach_the_scheduler_unchanged(pipe):
    """UniPC's corrector rebuilds a step's input from the previous step's: it must be off after guided steps."""
    scheduler, kept = pipe.scheduler, []
    library_step = scheduler.step

    def recording_step(model_output, timestep, sample, *args, **kwargs):
        output = library_step(model_output, timestep, sample, *args, **kwargs)
        kept.append(torch.equal(scheduler.last_sample, sample))  # the corrector replaces it when it runs
        return output

    scheduler.step = recording_step
    try:
        run_guidance(pipe, tiny_request(replace(GUIDANCE_PRESETS["lvd-weak"], guided_steps=3, loss_threshold=0.0)))
    finally:
        del scheduler.step
    assert kept == [True, True, True, False, False, False]  # steps 0-2 start from guided latents
    assert scheduler.disable_corrector == []


def test_fast_and_slow_paths_give_the_same_gradient():
    pipe3 = build_tiny_wan_pipeline(seed=5, config=TinyWanConfig(num_layers=3))
    config = replace(GUIDANCE_PRESETS["lvd-benchmark"], blocks=(0, 1))
    request = tiny_request(config)
    plan = plan_guidance(pipe3, request)
    session = build_session(plan, config, torch.device("cpu"))
    embeds, _ = pipe3.encode_prompt(plan.prompt, do_classifier_free_guidance=False, device=torch.device("cpu"))
    masks = torch.as_tensor(plan.masks.masks, dtype=torch.float32)
    latents = torch.randn(1, 16, 3, 12, 16, generator=torch.Generator().manual_seed(0))
    last_block_calls = []
    hook = pipe3.transformer.blocks[2].register_forward_hook(lambda *a: last_block_calls.append(1))
    gradients = {}
    with guided_attention(pipe3.transformer, plan.blocks, session):
        for fast in (True, False):
            x = latents.clone().requires_grad_(True)
            energy = energy_at(pipe3.transformer, session, plan, masks, EnergySettings.from_config(config), x,
                               torch.tensor(900.0), embeds, fast_path=fast)
            gradients[fast] = (float(energy.detach()), torch.autograd.grad(energy, x)[0])
            assert len(last_block_calls) == (0 if fast else 1)  # the fast path never ran block 2
    hook.remove()
    assert gradients[True][0] == gradients[False][0]
    assert gradients[True][1].abs().sum() > 0
    torch.testing.assert_close(gradients[True][1], gradients[False][1], rtol=1e-6, atol=0)


def test_the_branch_comes_from_the_pipelines_call_labels(pipe):
    """Guidance acts on the conditional call; which call that is comes from diffusers' cache context
    (``cache_context("cond"/"uncond")``), read by a named hook in the transformer's HookRegistry."""
    from contextlib import nullcontext

    from diffusers.hooks import HookRegistry

    from pipelines.lvd.attention import BRANCH_HOOK

    config = GUIDANCE_PRESETS["attention-bias"]
    plan = plan_guidance(pipe, tiny_request(config))
    session = build_session(plan, config, torch.device("cpu"))
    embeds, _ = pipe.encode_prompt(plan.prompt, do_classifier_free_guidance=False, device=torch.device("cpu"))
    latents = torch.randn(1, 16, 3, 12, 16, generator=torch.Generator().manual_seed(0))
    transformer, seen = pipe.transformer, []
    handle = transformer.blocks[0].register_forward_pre_hook(lambda *args: seen.append(session.is_conditional))
    try:
        with guided_attention(transformer, plan.blocks, session):
            assert HookRegistry.check_if_exists_or_initialize(transformer).get_hook(BRANCH_HOOK) is not None
            for label in ("cond", "uncond", None):
                with transformer.cache_context(label, step_index=0) if label else nullcontext(), torch.no_grad():
                    transformer(hidden_states=latents, timestep=torch.tensor([900.0]), encoder_hidden_states=embeds,
                                return_dict=False)
    finally:
        handle.remove()
    assert seen == [True, False, True]  # the same embeddings each time: only the label tells the branches apart
    assert HookRegistry.check_if_exists_or_initialize(transformer).get_hook(BRANCH_HOOK) is None


def test_cancel_between_steps_stops_and_restores_processors(pipe):
    cancel, seen = CancelToken(), []

    def progress(step, total, message):
        seen.append(step)
        if step == 2:
            cancel.cancel()

    with pytest.raises(GenerationCancelled):
        apply_guidance(pipe, tiny_request(GUIDANCE_PRESETS["attention-bias"]), progress=progress, cancel=cancel)
    assert seen == [1, 2]
    assert all(type(b.attn2.processor).__name__ == "WanAttnProcessor" for b in pipe.transformer.blocks)
    cancel_during_energy = CancelToken()
    with pytest.raises(GenerationCancelled):
        apply_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"]), cancel=cancel_during_energy,
                       progress=lambda *a: cancel_during_energy.cancel())
    assert all(p.requires_grad for p in pipe.transformer.parameters())  # weights unfrozen again
    with pytest.raises(GenerationCancelled):
        apply_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"]), cancel=cancel)  # already cancelled


def test_guidance_without_a_layout_is_a_clear_error(pipe):
    with pytest.raises(GenerationError, match="needs a layout"):
        apply_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"], layout=None))
    with pytest.raises(GenerationError, match="divisible by 16"):
        apply_guidance(pipe, tiny_request(GUIDANCE_PRESETS["lvd-weak"], height=100))
    with pytest.raises(GenerationError, match="guided blocks must be"):
        apply_guidance(pipe, tiny_request(replace(GUIDANCE_PRESETS["lvd-weak"], blocks=(0, 2))))
