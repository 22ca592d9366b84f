"""A tiny random Llama-style chat model built offline, to test the transformers chat path.

The weights are random, so it writes word salad: exactly what a planner must survive.
Build time is well under a second; it is saved with ``save_pretrained`` so the code under test
loads it the same way it loads a real model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SPECIAL_TOKENS = ["<pad>", "<unk>", "<s>", "</s>", "<|system|>", "<|user|>", "<|assistant|>"]
# Words and symbols of LVD answers plus some prose, so the salad looks like an attempt at one.
WORDS = (
    "Reasoning Frame Background keyword id name box a the ball is thrown from left to right and it bounces "
    "on ground falls moves up down woman man walking jumping camera away painting room garden street sky "
    "table cat dog car bird apple appears disappears then after before frame frames object objects "
    "0 1 2 3 4 5 6 7 8 9 10 12 20 40 64 80 100 128 160 200 256 300 384 400 448 512 "
    ": , . ' [ ] { } ( ) - _ ! ? ; \""
).split()

CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|> {{ message['content'] }} </s> {% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def build_tiny_chat_model(folder: Path, seed: int = 0) -> Path:
    """Write a random 2-layer Llama (hidden 32) with a word-level tokenizer and chat template to ``folder``."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    vocab = {token: i for i, token in enumerate(dict.fromkeys(SPECIAL_TOKENS + WORDS))}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    core.add_special_tokens(SPECIAL_TOKENS)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE

    config = LlamaConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=8192,
        bos_token_id=vocab["<s>"],
        eos_token_id=vocab["</s>"],
        pad_token_id=vocab["<pad>"],
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config).eval()

    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_chat_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_chat_model(tmp_path_factory.mktemp("tiny-chat-model"))
