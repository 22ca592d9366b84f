"""Physics maps from a vision-language model's grounding: where the VLM looks when it reads each
physics entity of the prompt.

For each object the studio's prompt reading finds (``read_prompt``: the objects named in the prompt,
not the background or the camera), the sampled frames go to a Qwen2-VL-style chat VLM as *images*
with the question "Where is the <object> in these frames?". Frames as images need only the slow
(PIL/numpy) image processor and the tokenizer, never the video processor, so this works without
torchvision. The model runs once per object with eager attention and ``output_attentions``; the
attention from the object's name tokens to each frame's visual tokens, averaged over the chosen
layers, all heads and the name's tokens, is that frame's map over the visual-token grid.

The map rule (``grid_to_mask``): the grid is upsampled bilinearly to the frame's size, rescaled to
[0, 1] by its own minimum and maximum, and a pixel belongs to the map when it reaches
``threshold`` (default 0.5); a frame whose attention is flat gives an empty map. The objects'
masks are united; every video frame takes the mask of its nearest sampled frame. The result is an
RLE entry (``supervision.encode_rle``) with ``source: "vlm"``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .supervision import PhysicsSupervisionError, encode_rle

QUESTION = "Where is the {entity} in these frames?"
DEFAULT_NUM_FRAMES = 8
DEFAULT_MAX_PIXELS = 336 * 336  # per frame: 144 visual tokens of a Qwen2-VL; attention memory grows with the square
DEFAULT_THRESHOLD = 0.5
MIN_PIXELS = 112 * 112  # at least 16 visual tokens per frame (one per 28 × 28 pixels; 4 × 4 for a square frame)


class VLMMapError(PhysicsSupervisionError):
    """The VLM could not make a map; the message names what is wrong."""


# ---------------------------------------------------------------------- pure math
def attention_to_grids(attentions: Sequence[Any], query_positions: Sequence[int],
                       frame_spans: Sequence[tuple[int, int, int]], layers: Sequence[int]) -> np.ndarray:
    """[frames, gh, gw] attention of the query tokens to each frame's visual tokens.

    ``attentions``: one [heads, queries, keys] array per layer (one sample); ``frame_spans``: per frame
    (first visual token position, grid height, grid width), tokens in row-major order. The weights are
    averaged over ``layers``, all heads and ``query_positions``."""
    if not query_positions:
        raise VLMMapError("no query tokens to read the attention of")
    if not layers:
        raise VLMMapError("no attention layers chosen")
    spans = list(frame_spans)
    shapes = {(h, w) for _, h, w in spans}
    if len(shapes) != 1:
        raise VLMMapError(f"all frames need one visual-token grid, got {sorted(shapes)}")
    rows = []
    for layer in layers:
        weights = np.asarray(_to_numpy(attentions[layer]), dtype=np.float64)
        if weights.ndim != 3:
            raise VLMMapError(f"attention of layer {layer} must be [heads, queries, keys], got {weights.shape}")
        rows.append(weights[:, list(query_positions), :].mean(axis=(0, 1)))
    mean = np.mean(rows, axis=0)
    return np.stack([mean[start:start + h * w].reshape(h, w) for start, h, w in spans])


def grid_to_mask(grid: np.ndarray, height: int, width: int, threshold: float = DEFAULT_THRESHOLD) -> np.ndarray:
    """Bool [height, width]: the grid upsampled bilinearly, min-max rescaled, ≥ ``threshold`` (flat → empty)."""
    import cv2

    up = cv2.resize(np.asarray(grid, dtype=np.float32), (int(width), int(height)), interpolation=cv2.INTER_LINEAR)
    low, high = float(up.min()), float(up.max())
    if not high > low:
        return np.zeros((height, width), dtype=bool)
    return (up - low) / (high - low) >= threshold


def nearest_sampled(num_frames: int, sampled: Sequence[int]) -> list[int]:
    """For every frame, the position in ``sampled`` of the closest sampled frame (earlier on ties)."""
    picked = np.asarray(sampled)
    return [int(np.argmin(np.abs(picked - t))) for t in range(num_frames)]


def physics_entities(prompt: str) -> list[str]:
    """The object nouns of the studio's prompt reading, each once, in the prompt's order."""
    from ..lvd.prompt_reading import read_prompt

    return list(dict.fromkeys(entity.noun for entity in read_prompt(prompt).entities if entity.noun.strip()))


def _to_numpy(value: Any) -> np.ndarray:
    if hasattr(value, "detach"):
        return value.detach().float().cpu().numpy()
    return np.asarray(value)


# ---------------------------------------------------------------------- the VLM
class VLMMapMaker:
    """Per-video physics maps from a local chat VLM (Qwen2-VL family) via its text→image attention."""

    def __init__(self, model_name_or_path: str | os.PathLike, *, num_frames: int = DEFAULT_NUM_FRAMES,
                 max_pixels: int = DEFAULT_MAX_PIXELS, threshold: float = DEFAULT_THRESHOLD,
                 layers: Sequence[int] | None = None, device: str = "cpu", max_frames: int = 161):
        """``layers``: the attention layers averaged (default: the middle half of the language model)."""
        name = str(model_name_or_path).strip()
        if not name:
            raise VLMMapError("no VLM given for physics maps: name a local folder or a hub id")
        if int(num_frames) < 1 or int(max_pixels) < 28 * 28:
            raise VLMMapError(f"num_frames must be ≥ 1 and max_pixels ≥ 784, got {num_frames} and {max_pixels}")
        if not 0 < float(threshold) <= 1:
            raise VLMMapError(f"the map threshold must be in (0, 1], got {threshold}")
        self.model_name = name
        self.num_frames = int(num_frames)
        self.max_pixels = int(max_pixels)
        self.threshold = float(threshold)
        self.layers = list(layers) if layers is not None else None
        self.device = device
        self.max_frames = max_frames
        self._loaded: tuple[Any, Any, Any] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"VLMMapMaker(model={self.model_name!r}, num_frames={self.num_frames})"

    # ------------------------------------------------------------------ loading
    def _load(self) -> tuple[Any, Any, Any]:
        if self._loaded is None:
            from transformers import AutoImageProcessor, AutoModelForImageTextToText, AutoTokenizer

            try:
                tokenizer = AutoTokenizer.from_pretrained(self.model_name)
                image_processor = AutoImageProcessor.from_pretrained(self.model_name)
                model = AutoModelForImageTextToText.from_pretrained(self.model_name, attn_implementation="eager")
            except Exception as exc:
                raise VLMMapError(f"could not load VLM {self.model_name!r} for physics maps "
                                  f"({type(exc).__name__}: {' '.join(str(exc).split())})") from exc
            if not getattr(tokenizer, "chat_template", None):
                template = Path(self.model_name) / "chat_template.jinja"
                if not template.is_file():
                    raise VLMMapError(f"the tokenizer of {self.model_name!r} has no chat template; use a chat VLM")
                tokenizer.chat_template = template.read_text(encoding="utf-8")
            if getattr(model.config, "image_token_id", None) is None or not hasattr(image_processor, "merge_size"):
                raise VLMMapError(f"{self.model_name!r} is not a Qwen2-VL-style model (image tokens over a merged "
                                  "patch grid); physics maps need one")
            self._loaded = (tokenizer, image_processor, model.to(self.device).eval())
        return self._loaded

    # ------------------------------------------------------------------ maps
    def entry(self, video: str | Path, prompt: str) -> dict[str, Any]:
        """The ``meta.physics`` RLE entry of ``video`` for the physics entities of ``prompt``."""
        from ..core.video import read_video

        entities = physics_entities(prompt)
        if not entities:
            raise VLMMapError(f"the prompt {prompt!r} names no object to look for")
        frames, _ = read_video(video, max_frames=self.max_frames)
        mask = self.mask(frames, entities)
        return {"source": "vlm", "model": self.model_name, "entities": entities, **encode_rle(mask)}

    def mask(self, frames: np.ndarray, entities: Sequence[str]) -> np.ndarray:
        """Bool [T, H, W]: the union over ``entities`` of their per-frame attention masks."""
        from ..core.judging import sample_frame_indices

        count, height, width = frames.shape[:3]
        sampled = sample_frame_indices(count, min(self.num_frames, count), "segment-middle")
        masks = np.zeros((len(sampled), height, width), dtype=bool)
        with self._lock:
            for entity in entities:
                for k, grid in enumerate(self.grids(frames[sampled], entity)):
                    masks[k] |= grid_to_mask(grid, height, width, self.threshold)
        return masks[nearest_sampled(count, sampled)]

    def grids(self, frames: np.ndarray, entity: str) -> np.ndarray:
        """[frames, gh, gw] attention from ``entity``'s name tokens to each frame's visual tokens."""
        import torch
        from PIL import Image

        tokenizer, image_processor, model = self._load()
        question = QUESTION.format(entity=entity)
        messages = [{"role": "user", "content": [*([{"type": "image"}] * len(frames)),
                                                 {"type": "text", "text": question}]}]
        text = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        pixels = min(self.max_pixels, MIN_PIXELS)  # small frames are enlarged: one token cannot localise
        visual = image_processor(images=[Image.fromarray(np.ascontiguousarray(f)) for f in frames],
                                 size={"shortest_edge": pixels, "longest_edge": self.max_pixels}, return_tensors="pt")
        merge = int(image_processor.merge_size)
        grids_thw = visual["image_grid_thw"].tolist()
        image_token = tokenizer.convert_ids_to_tokens(model.config.image_token_id)
        if text.count(image_token) != len(frames):
            raise VLMMapError(f"the chat template of {self.model_name!r} did not place one image token per frame")
        pieces = text.split(image_token)
        text = pieces[0] + "".join(image_token * (t * h * w // merge ** 2) + rest
                                   for (t, h, w), rest in zip(grids_thw, pieces[1:]))
        encoded = tokenizer(text, return_tensors="pt", return_offsets_mapping=True)
        offsets = encoded.pop("offset_mapping")[0].tolist()
        start = text.rfind(entity)
        query = [i for i, (a, b) in enumerate(offsets) if a < start + len(entity) and b > start and b > a]
        if start < 0 or not query:
            raise VLMMapError(f"the chat template of {self.model_name!r} dropped the object name {entity!r}")
        ids = encoded["input_ids"][0]
        positions = torch.nonzero(ids == model.config.image_token_id).flatten().tolist()
        spans, cursor = [], 0
        for t, h, w in grids_thw:
            gh, gw = h // merge, w // merge
            spans.append((positions[cursor], t * gh, gw))
            cursor += t * gh * gw
        # 0 = text, 1 = image token: what M-RoPE needs to place the visual tokens on the frame grid
        encoded["mm_token_type_ids"] = (encoded["input_ids"] == model.config.image_token_id).long()
        inputs = {**encoded, "pixel_values": visual["pixel_values"], "image_grid_thw": visual["image_grid_thw"]}
        inputs = {key: value.to(model.device) for key, value in inputs.items()}
        inputs["pixel_values"] = inputs["pixel_values"].to(model.dtype)
        with torch.inference_mode():
            output = model(**inputs, output_attentions=True)
        attentions = [layer[0] for layer in output.attentions]
        layers = self.layers if self.layers is not None else _middle_half(len(attentions))
        if any(not 0 <= layer < len(attentions) for layer in layers):
            raise VLMMapError(f"attention layers {layers} outside the model's 0–{len(attentions) - 1}")
        return attention_to_grids(attentions, query, spans, layers)


def _middle_half(count: int) -> list[int]:
    return list(range(count // 4, max(count // 4 + 1, (3 * count) // 4)))
