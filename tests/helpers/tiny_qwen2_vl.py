"""A tiny random Qwen2-VL built offline, to test the VLM judge's video-input path (the one real Qwen2-VL and
Qwen2.5-VL checkpoints take).

Qwen2-VL's video processor needs torchvision. Without it this builder still writes the model, tokenizer,
PIL image processor and chat template, but no video processor config: loading the folder then meets the
same missing-torchvision error a workstation without ``requirements-gpu.txt`` meets, which is what the
judge must explain. With torchvision the folder is complete and video scores can be computed.
"""

from __future__ import annotations

import json
from pathlib import Path

SPECIAL_TOKENS = ["<pad>", "<unk>", "<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>",
                  "<|image_pad|>", "<|video_pad|>"]
WORDS = ("Yes No Does this video entail the description follow physical laws Answer with or a ball falls bounces "
         "on ground moves left right up down object objects and then it is : ? \" . , user assistant").split()
CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }} "
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'video' %}<|vision_start|><|video_pad|><|vision_end|>"
    "{% elif part['type'] == 'image' %}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<|im_end|> {% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant {% endif %}"
)
PIXELS = 28 * 28  # one 28x28 frame pair: 2x2 patches of 14, merged 2x2 into one visual token


def torchvision_available() -> bool:
    from transformers.utils import is_torchvision_available

    return bool(is_torchvision_available())


def build_tiny_qwen2_vl(folder: Path, seed: int = 0) -> Path:
    """Write the tiny Qwen2-VL to ``folder`` (see the module docstring for what torchvision changes)."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, Qwen2VLConfig, Qwen2VLForConditionalGeneration, Qwen2VLProcessor
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    vocab = {token: i for i, token in enumerate(dict.fromkeys(SPECIAL_TOKENS + WORDS))}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    core.add_special_tokens(SPECIAL_TOKENS)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="<|im_end|>", unk_token="<unk>", pad_token="<pad>",
                                        extra_special_tokens={"image_token": "<|image_pad|>", "video_token": "<|video_pad|>"})
    tokenizer.chat_template = CHAT_TEMPLATE
    sizes = {"min_pixels": PIXELS, "max_pixels": PIXELS, "patch_size": 14, "temporal_patch_size": 2, "merge_size": 2}
    image_processor = Qwen2VLImageProcessorPil(**sizes)
    folder.mkdir(parents=True, exist_ok=True)
    if torchvision_available():
        from transformers import Qwen2VLVideoProcessor

        processor = Qwen2VLProcessor(image_processor=image_processor, tokenizer=tokenizer,
                                     video_processor=Qwen2VLVideoProcessor(**sizes), chat_template=CHAT_TEMPLATE)
        processor.save_pretrained(folder)
    else:  # the processor cannot be built; write its parts as a checkpoint lists them
        tokenizer.save_pretrained(folder)
        image_processor.save_pretrained(folder)
        (folder / "chat_template.jinja").write_text(CHAT_TEMPLATE, encoding="utf-8")
        (folder / "processor_config.json").write_text(json.dumps({"processor_class": "Qwen2VLProcessor"}), encoding="utf-8")
        (folder / "video_preprocessor_config.json").write_text(
            json.dumps({"video_processor_type": "Qwen2VLVideoProcessor", "processor_class": "Qwen2VLProcessor", **sizes}),
            encoding="utf-8")
    config = Qwen2VLConfig(
        vision_config={"depth": 1, "embed_dim": 16, "hidden_size": 32, "num_heads": 2, "mlp_ratio": 2,
                       "patch_size": 14, "spatial_merge_size": 2, "temporal_patch_size": 2, "in_channels": 3},
        text_config={"vocab_size": len(vocab), "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
                     "num_attention_heads": 2, "num_key_value_heads": 2, "max_position_embeddings": 2048,
                     "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0, "mrope_section": [2, 3, 3]},
                     "bos_token_id": vocab["<|im_start|>"], "eos_token_id": vocab["<|im_end|>"], "pad_token_id": vocab["<pad>"]},
        image_token_id=vocab["<|image_pad|>"], video_token_id=vocab["<|video_pad|>"],
        vision_start_token_id=vocab["<|vision_start|>"], vision_end_token_id=vocab["<|vision_end|>"],
    )
    torch.manual_seed(seed)
    model = Qwen2VLForConditionalGeneration(config).eval()
    with torch.no_grad():  # stronger random weights make frame differences visible in the logits
        for parameter in model.parameters():
            if parameter.dim() > 1:
                parameter.normal_(0.0, 0.5)
    model.save_pretrained(folder)
    return folder
