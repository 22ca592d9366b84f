"""A tiny random Wan2.1 pipeline built offline: the real diffusers code path without weights.

Tests, benchmarks and the ``--generator tiny-wan`` dev mode all build it here, so they exercise the same ``WanPipeline`` (UMT5
text encoder, Wan DiT, Wan VAE, UniPC flow scheduler) that a real checkpoint runs through. Its videos are noise; its shapes,
steps, hooks and LoRA names are real. Sizes: ``TinyWanConfig``'s defaults (docs/architecture.md, "Testing without weights"); a
larger ``TinyWanConfig`` gives a "CPU-sized" model for benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from diffusers import WanPipeline

PAD, EOS, UNK = "[PAD]", "</s>", "[UNK]"  # PAD first and EOS second: UMT5's pad_token_id 0, eos_token_id 1
# Words of physics prompts (LVD examples, PhyGenBench-style actions, materials, scenes).
WORDS = (
    "a an the of on in into onto from to at by with and then while after before as is are it its "
    "left right up down top bottom front back above below over under across through away toward towards "
    "ball balls red blue green yellow white black small large big heavy light glass metal rubber wooden "
    "stone water ice paper cloth sand ground floor table wall ramp slope hill sky air garden room street "
    "field beach kitchen road river pool painting camera woman man person girl boy dog cat bird car "
    "truck bottle cup box block cube domino dominoes feather apple egg leaf rock wave waves smoke fire "
    "thrown throws throw falls fall falling drops dropped drop bounces bounce bouncing rolls roll rolling "
    "slides slide sliding moves move moving walks walking jumps jumping flies flying floats floating sinks "
    "sinking spins spinning breaks shatters splashes melts pours flows collides hits pushes pulls lands "
    "stops slowly quickly fast gravity elastic friction force speed motion physics realistic video scene "
    "one two three dull gray unrealistic colorless blurry low quality weird abrupt , ."
).split()


@dataclass(frozen=True)
class TinyWanConfig:
    """Sizes of the tiny model (the defaults keep a full pipeline call well under a second on CPU). Raise layers/heads for a
    CPU-sized benchmark model."""

    num_layers: int = 2
    num_heads: int = 2
    head_dim: int = 12
    ffn_dim: int = 32
    text_dim: int = 32
    freq_dim: int = 256
    latent_channels: int = 16
    rope_max_seq_len: int = 32
    vae_base_dim: int = 3
    text_layers: int = 2
    text_heads: int = 4
    text_ff: int = 64
    flow_shift: float = 3.0


def tiny_wan_tokenizer():
    """Word-level, lower-cased tokenizer that appends ``</s>`` like UMT5's; unknown words → ``[UNK]``."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {token: i for i, token in enumerate(dict.fromkeys([PAD, EOS, UNK, *WORDS]))}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token=UNK))
    core.normalizer = normalizers.Lowercase()
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    core.post_processor = processors.TemplateProcessing(single=f"$A {EOS}", special_tokens=[(EOS, vocab[EOS])])
    return PreTrainedTokenizerFast(tokenizer_object=core, pad_token=PAD, eos_token=EOS, unk_token=UNK)


def build_tiny_wan_pipeline(seed: int = 0, dtype: "torch.dtype | None" = None,
                            config: TinyWanConfig | None = None) -> "WanPipeline":
    """A random-initialised ``WanPipeline``; the same seed gives the same weights (global RNG untouched)."""
    import torch
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanPipeline, WanTransformer3DModel
    from transformers import UMT5Config, UMT5EncoderModel

    config = config or TinyWanConfig()
    dtype = dtype or torch.float32
    tokenizer = tiny_wan_tokenizer()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        transformer = WanTransformer3DModel(
            patch_size=(1, 2, 2),
            num_attention_heads=config.num_heads,
            attention_head_dim=config.head_dim,
            in_channels=config.latent_channels,
            out_channels=config.latent_channels,
            text_dim=config.text_dim,
            freq_dim=config.freq_dim,
            ffn_dim=config.ffn_dim,
            num_layers=config.num_layers,
            cross_attn_norm=True,
            qk_norm="rms_norm_across_heads",
            rope_max_seq_len=config.rope_max_seq_len,
        )
        torch.manual_seed(seed + 1)
        vae = AutoencoderKLWan(
            base_dim=config.vae_base_dim,
            z_dim=config.latent_channels,
            dim_mult=[1, 1, 1, 1],
            num_res_blocks=1,
            temperal_downsample=[False, True, True],
        )
        torch.manual_seed(seed + 2)
        text_encoder = UMT5EncoderModel(UMT5Config(
            vocab_size=len(tokenizer),
            d_model=config.text_dim,
            d_kv=config.text_dim // config.text_heads,
            d_ff=config.text_ff,
            num_layers=config.text_layers,
            num_heads=config.text_heads,
            relative_attention_num_buckets=8,
            dropout_rate=0.0,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
        ))
    scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                        num_train_timesteps=1000, flow_shift=config.flow_shift)
    pipe = WanPipeline(tokenizer=tokenizer, text_encoder=text_encoder.eval(), vae=vae.eval(),
                       transformer=transformer.eval(), scheduler=scheduler)
    if dtype != torch.float32:  # built in float32; casting is only needed (and only warns) otherwise
        pipe.to(dtype=dtype)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def save_tiny_wan(folder: str | Path, seed: int = 0, config: TinyWanConfig | None = None) -> Path:
    """Write a tiny pipeline with ``save_pretrained`` so ``WanPipeline.from_pretrained(folder)`` loads it."""
    folder = Path(folder)
    build_tiny_wan_pipeline(seed=seed, config=config).save_pretrained(folder)
    return folder
