"""PhyAugPipe action clustering: each kept prompt goes to the most similar action category.

The paper matches prompts to a list of challenging action categories with a sentence Transformer and counts
the histogram H_f that the difficulty-weighted sampling (``sampling.py``) rebalances. Two ways to embed:

* ``TransformersEmbedder``: any transformers encoder folder (a sentence-embedding model such as a MiniLM or
  BGE checkpoint) with mean pooling over the attention mask, loaded through the ``ModelManager``;
* ``KeywordEmbedder``: the offline fallback, TF-IDF over the category texts (name, description and
  keywords, keywords counted twice) with a light suffix-stripping normaliser, compared by cosine. It knows
  only the words the category file uses, so extend the keywords when prompts land in "other".

Either way a prompt goes to the category with the highest cosine similarity; no similarity above
``min_score`` (a prompt sharing no word with any category) means the category ``other``.
"""

from __future__ import annotations

import json
import re
import threading
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .phyaug import PhyAugError, write_json

CATEGORIES_FILE = Path(__file__).resolve().parents[2] / "assets" / "phygdpo" / "action_categories.toml"
UNMATCHED = "other"
CLUSTERS_FILE = "clusters.jsonl"
HISTOGRAM_FILE = "histogram.json"
KEYWORD_WEIGHT = 2.0
_WORD = re.compile(r"[a-z]+")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")
STOP_WORDS = frozenset(
    "a an the of on in into onto to at by for from with and or but as is are was were be been being it its "
    "their his her them they this that these those some any each every there here then than so such very "
    "while when which who whom what where how up down out off over under through across along around "
    "back forth after before each other one two three someone something".split())


# ----------------------------------------------------------------------------- categories
@dataclass(frozen=True)
class ActionCategory:
    name: str
    description: str
    keywords: tuple[str, ...] = ()

    def text(self) -> str:
        """What a sentence embedding compares prompts with."""
        return f"{self.name}: {self.description}"


def load_action_categories(path: str | Path = CATEGORIES_FILE) -> list[ActionCategory]:
    path = Path(path).expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PhyAugError(f"cannot read the action categories file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PhyAugError(f"{path} is not valid TOML: {exc}") from None
    entries = data.get("category")
    if not isinstance(entries, list) or not entries:
        raise PhyAugError(f"{path} defines no [[category]] tables")
    categories, names = [], set()
    for number, entry in enumerate(entries, start=1):
        name = str(entry.get("name", "")).strip()
        description = str(entry.get("description", "")).strip()
        keywords = entry.get("keywords", [])
        if not name or not description:
            raise PhyAugError(f"{path}: category {number} needs a name and a description")
        if name == UNMATCHED or name in names:
            raise PhyAugError(f"{path}: category name {name!r} is {'reserved' if name == UNMATCHED else 'used twice'}")
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise PhyAugError(f"{path}: category {name!r} keywords must be a list of strings")
        names.add(name)
        categories.append(ActionCategory(name, description, tuple(k.strip() for k in keywords if k.strip())))
    return categories


# ----------------------------------------------------------------------------- the offline embedder
def normalise_word(word: str) -> str:
    """Strip one common English ending so word forms meet: bounces/bouncing/bounced/bounce → "bounc".

    Deliberately light (no dictionary): plural and verb endings, then a doubled final consonant
    (dropping → drop) and a final silent e. Irregular forms (fell, threw) stay as they are.
    """
    word = word.lower()
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
    elif word.endswith("es") and len(word) >= 5 and word[-3] in "sxzhc":
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
        word = word[:-1]
    if len(word) >= 4 and word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]
    return word


def terms(text: str) -> list[str]:
    return [normalise_word(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


class Embedder(Protocol):
    embedder_id: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """[N, D] float32 rows of unit length (a text with nothing to embed may give a zero row)."""
        ...

    def embed_categories(self, categories: Sequence[ActionCategory]) -> np.ndarray:
        ...


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)


class KeywordEmbedder:
    """TF-IDF vectors over the vocabulary of the category texts; IDF from the categories themselves, so a
    word many categories share ("ball", "water") counts less than one only a single category uses."""

    embedder_id = "tfidf-keywords"

    def __init__(self, categories: Sequence[ActionCategory], keyword_weight: float = KEYWORD_WEIGHT):
        self.keyword_weight = keyword_weight
        documents = [self._document(c) for c in categories]
        vocabulary = sorted({term for doc in documents for term in doc})
        self.index = {term: i for i, term in enumerate(vocabulary)}
        df = np.zeros(len(vocabulary))
        for doc in documents:
            for term in doc:
                df[self.index[term]] += 1
        self.idf = np.log((1 + len(documents)) / (1 + df)) + 1.0

    def _document(self, category: ActionCategory) -> dict[str, float]:
        counts: dict[str, float] = {}
        for term in terms(f"{category.name} {category.description}"):
            counts[term] = counts.get(term, 0.0) + 1.0
        for keyword in category.keywords:
            for term in terms(keyword):
                counts[term] = counts.get(term, 0.0) + self.keyword_weight
        return counts

    def _vectors(self, documents: list[dict[str, float]]) -> np.ndarray:
        matrix = np.zeros((len(documents), len(self.index)))
        for row, doc in enumerate(documents):
            for term, count in doc.items():
                if term in self.index:
                    matrix[row, self.index[term]] = count
        return _unit_rows(matrix * self.idf)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        documents = []
        for text in texts:
            counts: dict[str, float] = {}
            for term in terms(text):
                counts[term] = counts.get(term, 0.0) + 1.0
            documents.append(counts)
        return self._vectors(documents)

    def embed_categories(self, categories: Sequence[ActionCategory]) -> np.ndarray:
        return self._vectors([self._document(c) for c in categories])


# ----------------------------------------------------------------------------- sentence embeddings
@dataclass
class _LoadedEncoder:
    tokenizer: Any
    model: Any
    lock: threading.Lock = field(default_factory=threading.Lock)

    def to(self, device: str) -> _LoadedEncoder:
        self.model.to(device)
        return self


class TransformersEmbedder:
    """Mean-pooled hidden states of a transformers encoder (what sentence-transformers' mean pooling does),
    unit-normalised. Weights load on first use through the ``ModelManager``."""

    def __init__(self, model: str | Path, *, manager: Any = None, max_length: int = 128, batch_size: int = 32):
        name = str(model).strip()
        if not name:
            raise PhyAugError("no embedding model given: pass --embedding-model with a local encoder folder")
        if not Path(name).expanduser().exists() and not _HUB_ID.match(name):
            raise PhyAugError(f"embedding model {name!r} is neither an existing folder nor a hub id: fix --embedding-model")
        if manager is None:
            from ..core.models import ModelManager

            manager = ModelManager(device="auto")
        self.model_name = name
        self.embedder_id = f"transformers:{name}"
        self.manager = manager
        self.max_length = max_length
        self.batch_size = batch_size
        self.model_key = f"embedder:{name}"
        if not manager.is_registered(self.model_key):
            from ..core.models import model_bytes

            manager.register(self.model_key, self._load, label=f"text encoder {name}",
                             mover=lambda loaded, device: loaded.to(device), sizer=lambda loaded: model_bytes(loaded.model))

    def _load(self) -> _LoadedEncoder:
        from transformers import AutoModel, AutoTokenizer

        try:
            tokenizer = AutoTokenizer.from_pretrained(self.model_name)
            model = AutoModel.from_pretrained(self.model_name)
        except Exception as exc:  # missing files, unknown architecture, hub id not cached offline
            raise PhyAugError(f"could not load the embedding model {self.model_name!r} "
                              f"({type(exc).__name__}: {' '.join(str(exc).split())}); check --embedding-model") from exc
        if tokenizer.pad_token is None:
            fallback = tokenizer.eos_token or tokenizer.unk_token
            if fallback is None:
                raise PhyAugError(f"the tokenizer of {self.model_name!r} has no padding token to batch with")
            tokenizer.pad_token = fallback
        return _LoadedEncoder(tokenizer, model.eval())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        chunks = []
        with self.manager.use(self.model_key) as loaded, loaded.lock, torch.inference_mode():
            device = next(loaded.model.parameters()).device
            for start in range(0, len(texts), self.batch_size):
                batch = [str(t) for t in texts[start:start + self.batch_size]]
                tokens = loaded.tokenizer(batch, padding=True, truncation=True, max_length=self.max_length,
                                          return_tensors="pt")
                mask = tokens["attention_mask"].to(device)
                hidden = loaded.model(input_ids=tokens["input_ids"].to(device), attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)
                chunks.append(pooled.float().cpu().numpy())
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32)
        return _unit_rows(np.concatenate(chunks))

    def embed_categories(self, categories: Sequence[ActionCategory]) -> np.ndarray:
        return self.embed([c.text() for c in categories])


# ----------------------------------------------------------------------------- matching
@dataclass(frozen=True)
class ActionMatch:
    category: str
    score: float  # cosine similarity to the chosen category
    runner_up: str | None = None
    runner_up_score: float | None = None


def match_actions(prompts: Sequence[str], categories: Sequence[ActionCategory], embedder: Embedder, *,
                  min_score: float = 0.0) -> list[ActionMatch]:
    """The most similar category per prompt (ties: the earlier category in the list)."""
    if not categories:
        raise PhyAugError("no action categories to match against")
    if not prompts:
        return []
    similarity = embedder.embed(list(prompts)) @ embedder.embed_categories(list(categories)).T
    matches = []
    for row in similarity:
        order = np.argsort(-row, kind="stable")
        best = int(order[0])
        second = int(order[1]) if len(order) > 1 else None
        score = float(row[best])
        matches.append(ActionMatch(
            category=categories[best].name if score > min_score else UNMATCHED, score=round(score, 6),
            runner_up=categories[second].name if second is not None else None,
            runner_up_score=round(float(row[second]), 6) if second is not None else None))
    return matches


def category_histogram(assigned: Iterable[str], categories: Sequence[ActionCategory] | None = None) -> dict[str, int]:
    """Counts per category: every listed category (zeros included) in list order, then any others seen."""
    counts: dict[str, int] = {c.name: 0 for c in categories or ()}
    for name in assigned:
        counts[name] = counts.get(name, 0) + 1
    return counts


def category_histogram_figure(counts: dict[str, int], title: str = "Prompts per action category"):
    """A plotly bar chart of the histogram, largest first."""
    import plotly.graph_objects as go

    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    figure = go.Figure(go.Bar(x=[name for name, _ in ordered], y=[count for _, count in ordered],
                              text=[count for _, count in ordered], textposition="outside"))
    figure.update_layout(title=title, xaxis_title="action category", yaxis_title="prompts", xaxis_tickangle=-40,
                         margin={"b": 140})
    return figure


@dataclass
class ClusterSummary:
    out_dir: Path
    assigned: int
    histogram: dict[str, int]
    embedder_id: str
    elapsed_s: float


def run_cluster(rows: Sequence[dict[str, Any]], categories: Sequence[ActionCategory], embedder: Embedder,
                out_dir: str | Path, *, min_score: float = 0.0) -> ClusterSummary:
    """Assign every row (``id``, ``original``/``prompt``, ``video``) a category; write ``clusters.jsonl`` and
    ``histogram.json`` afresh (matching is cheap next to the filter, so it is simply redone)."""
    started = time.perf_counter()
    out_dir = Path(out_dir).expanduser()
    prompts = [str(row.get("original") or row.get("prompt") or "") for row in rows]
    matches = match_actions(prompts, categories, embedder, min_score=min_score)
    lines = [json.dumps({"id": row["id"], "prompt": prompt, "video": row.get("video"), "category": match.category,
                         "score": match.score, "runner_up": match.runner_up, "runner_up_score": match.runner_up_score},
                        ensure_ascii=False) + "\n" for row, prompt, match in zip(rows, prompts, matches, strict=True)]
    out_dir.mkdir(parents=True, exist_ok=True)
    partial = out_dir / f".{CLUSTERS_FILE}.partial"
    partial.write_text("".join(lines), encoding="utf-8")
    partial.replace(out_dir / CLUSTERS_FILE)
    histogram = category_histogram((m.category for m in matches), categories)
    write_json(out_dir / HISTOGRAM_FILE, {"embedder": embedder.embedder_id, "min_score": min_score,
                                          "counts": histogram})
    return ClusterSummary(out_dir, len(matches), histogram, embedder.embedder_id, time.perf_counter() - started)
