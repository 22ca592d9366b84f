"""A tiny random LLaVA built offline, to test the transformers VLM judge and captioner end to end.

LLaVA is the simplest vision-language model whose processor needs no torchvision (its PIL image
processor suffices): a 1-layer CLIP vision tower on 28x28 frames (4 patches), a 2-layer Llama
(hidden 32), and a word-level tokenizer with "Yes", "No" and a chat template that places one
``<image>`` per frame. It is saved with ``save_pretrained`` so the code under test loads it by
path exactly as it loads a real model. Weights are random: scores are meaningless but must be
valid probabilities, deterministic, and depend on the frames.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SPECIAL_TOKENS = ["<pad>", "<unk>", "<s>", "</s>", "<image>", "<|user|>", "<|assistant|>"]
WORDS = (
    "Yes No Does this video entail the description follow physical laws Answer with or a ball falls bounces "
    "on ground moves left right up down object objects and then it is : ? \" . ,"
).split()
CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|> "
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'image' %}<image> {% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %} </s> {% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
IMAGE_SIDE = 28
PATCH = 14


def build_tiny_vlm(folder: Path, seed: int = 0, silent: bool = False) -> Path:
    """Write the tiny LLaVA (model, tokenizer, image processor, chat template) to ``folder``.

    Its generation config suppresses the special tokens, so captions are always words; ``silent``
    suppresses the words instead, so every caption decodes to nothing (the empty-answer path).
    """
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import (
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
        PreTrainedTokenizerFast,
    )
    from transformers.models.llava.image_processing_pil_llava import LlavaImageProcessorPil

    vocab = {token: i for i, token in enumerate(dict.fromkeys(SPECIAL_TOKENS + WORDS))}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    core.add_special_tokens(SPECIAL_TOKENS)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>"
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    image_processor = LlavaImageProcessorPil(
        size={"shortest_edge": IMAGE_SIDE}, crop_size={"height": IMAGE_SIDE, "width": IMAGE_SIDE}
    )
    # CLIP prepends a CLS token; the "default" strategy drops it again: (28/14)^2 = 4 tokens per frame.
    processor = LlavaProcessor(
        image_processor=image_processor, tokenizer=tokenizer, patch_size=PATCH,
        vision_feature_select_strategy="default", num_additional_image_tokens=1, chat_template=CHAT_TEMPLATE,
    )
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(
            hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
            image_size=IMAGE_SIDE, patch_size=PATCH, projection_dim=16,
        ),
        text_config=LlamaConfig(
            vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
            num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=2048,
            bos_token_id=vocab["<s>"], eos_token_id=vocab["</s>"], pad_token_id=vocab["<pad>"],
        ),
        image_token_id=vocab["<image>"],
        vision_feature_select_strategy="default",
        vision_feature_layer=-1,
    )
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config).eval()
    with torch.no_grad():  # random init is tiny; stronger weights make frame differences visible in the logits
        for parameter in model.parameters():
            if parameter.dim() > 1:
                parameter.normal_(0.0, 0.5)
    special_ids = [vocab[t] for t in SPECIAL_TOKENS]
    word_ids = [i for i in vocab.values() if i not in special_ids]
    model.generation_config.suppress_tokens = word_ids if silent else special_ids

    folder.mkdir(parents=True, exist_ok=True)
    processor.save_pretrained(folder)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_vlm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_vlm(tmp_path_factory.mktemp("tiny-vlm"))
