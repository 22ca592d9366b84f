"""The tiny random Wan2.1 pipeline: the documented tiny sizes, deterministic weights, the real loading path, speed."""

from __future__ import annotations

import time

import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")

from pipelines.backends.tiny_wan import (  # noqa: E402
    EOS,
    PAD,
    UNK,
    TinyWanConfig,
    build_tiny_wan_pipeline,
    save_tiny_wan,
    tiny_wan_tokenizer,
)
from tests.helpers.same import assert_same_float, assert_same_weights  # noqa: E402

CALL = dict(prompt="a red ball bounces on the ground", negative_prompt="blurry", height=64, width=64, num_frames=9,
            num_inference_steps=4, output_type="np")


def _run(pipe, seed=0):
    return pipe(**CALL, generator=torch.Generator().manual_seed(seed)).frames[0]


def _state(pipe):
    return {f"{name}.{key}": value for name in ("transformer", "vae", "text_encoder")
            for key, value in getattr(pipe, name).state_dict().items()}


@pytest.fixture(scope="module")
def pipe():
    return build_tiny_wan_pipeline(seed=0)


def test_sizes_follow_design(pipe):
    t = pipe.transformer.config
    assert (tuple(t.patch_size), t.num_attention_heads, t.attention_head_dim, t.num_layers) == ((1, 2, 2), 2, 12, 2)
    assert (t.text_dim, t.ffn_dim, t.in_channels, t.out_channels, t.rope_max_seq_len) == (32, 32, 16, 16, 32)
    assert t.cross_attn_norm and t.qk_norm == "rms_norm_across_heads"
    v = pipe.vae.config
    assert (v.base_dim, v.z_dim, list(v.dim_mult), v.num_res_blocks) == (3, 16, [1, 1, 1, 1], 1)
    assert list(v.temperal_downsample) == [False, True, True]
    e = pipe.text_encoder.config
    assert (e.d_model, e.num_layers, e.num_heads, e.vocab_size) == (32, 2, 4, len(pipe.tokenizer))
    assert type(pipe.scheduler).__name__ == "UniPCMultistepScheduler" and pipe.scheduler.config.flow_shift == 3.0
    assert pipe.scheduler.config.use_flow_sigmas and pipe.scheduler.config.prediction_type == "flow_prediction"


def test_tokenizer_is_word_level_with_umt5_specials():
    tokenizer = tiny_wan_tokenizer()
    vocab = tokenizer.get_vocab()
    assert (vocab[PAD], vocab[EOS]) == (0, 1)  # UMT5's pad and eos ids
    ids = tokenizer("A red Ball bounces zorblax").input_ids
    assert ids == [vocab["a"], vocab["red"], vocab["ball"], vocab["bounces"], vocab[UNK], vocab[EOS]]
    padded = tokenizer("ball", padding="max_length", max_length=5)
    assert padded.input_ids == [vocab["ball"], vocab[EOS], 0, 0, 0] and padded.attention_mask == [1, 1, 0, 0, 0]


def test_weights_are_deterministic_per_seed(pipe):
    same, other = _state(build_tiny_wan_pipeline(seed=0)), _state(build_tiny_wan_pipeline(seed=1))
    reference = _state(pipe)
    assert reference.keys() == same.keys()
    assert all(torch.equal(reference[key], same[key]) for key in reference)
    assert not torch.equal(reference["transformer.patch_embedding.weight"], other["transformer.patch_embedding.weight"])


def test_building_leaves_the_global_rng_alone():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    build_tiny_wan_pipeline(seed=5)
    assert torch.equal(torch.rand(3), expected)


def test_full_call_shape_and_speed(pipe):
    """CPU time on one thread, so a busy shared machine does not turn a fast call into a failure."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _run(pipe)  # warm-up: first call initialises kernels
        started = time.process_time()
        frames = _run(pipe)
        cpu_seconds = time.process_time() - started
    finally:
        torch.set_num_threads(threads)
    assert frames.shape == (9, 64, 64, 3) and 0.0 <= frames.min() and frames.max() <= 1.0
    assert cpu_seconds < 1.0, f"tiny Wan call took {cpu_seconds:.2f} CPU s; it should be well under a second"


def test_saved_pipeline_loads_with_from_pretrained(pipe, tmp_path):
    folder = save_tiny_wan(tmp_path / "tiny-wan", seed=0)
    assert (folder / "model_index.json").is_file()
    loaded = diffusers.WanPipeline.from_pretrained(folder)
    loaded.set_progress_bar_config(disable=True)
    for name in ("transformer", "vae", "text_encoder"):
        assert_same_weights(getattr(loaded, name), getattr(pipe, name))
    assert_same_float(_run(loaded), _run(pipe))


def test_the_tolerance_still_catches_a_wrong_weight(pipe, tmp_path):
    """The cross-copy checks must not hide a real difference: the exact weight check catches a single value
    off by 1% (its effect on this tiny model's frames can be ~1e-6), the output tolerance a layer off by 1%."""
    loaded = diffusers.WanPipeline.from_pretrained(save_tiny_wan(tmp_path / "tiny-wan", seed=0))
    loaded.set_progress_bar_config(disable=True)
    with torch.no_grad():
        loaded.transformer.blocks[0].attn2.to_q.weight[0, 0] *= 1.01
    with pytest.raises(AssertionError, match="1 tensors differ"):
        assert_same_weights(loaded.transformer, pipe.transformer)
    with torch.no_grad():
        loaded.transformer.blocks[0].ffn.net[0].proj.weight.mul_(1.01)
    with pytest.raises(AssertionError):
        assert_same_float(_run(loaded), _run(pipe))


def test_larger_config_builds_with_the_same_code():
    config = TinyWanConfig(num_layers=4, num_heads=4, head_dim=16, ffn_dim=128)
    big = build_tiny_wan_pipeline(config=config)
    t = big.transformer.config
    assert (t.num_layers, t.num_attention_heads, t.attention_head_dim, t.ffn_dim) == (4, 4, 16, 128)
    assert len(big.transformer.blocks) == 4
    assert _run(big).shape == (9, 64, 64, 3)


def test_other_dtype_casts_the_components():
    half = build_tiny_wan_pipeline(dtype=torch.bfloat16)
    assert half.transformer.patch_embedding.weight.dtype == torch.bfloat16
    assert half.text_encoder.dtype == torch.bfloat16
