"""Filling the arena: eval runs, Compare runs and plain folders become pools of videos.

A pool holds videos; a pair is two videos of one pool with the same prompt and seed and different variants.
Importing the same files again adds nothing (a pool keeps one entry per video path), so an admin can
re-import a folder after more videos were added to it.

Accepted sources:

* an **eval folder** (``pipelines/eval/batch.py`` output): every finished result row, with its variant,
  seed, category and judge scores; the row is the video's record;
* **run folders** (``record.json`` + video, what ``services.generate`` writes, e.g. Compare's
  per-variant runs): variant from the record (or given), scores from the record's ``scores``;
* a plain folder with a manifest ``arena.jsonl``: one JSON object per line with ``video`` (a path inside
  the folder: relative to it, or absolute; a path or symlink leading out of the folder is refused),
  ``prompt``, ``variant`` and optionally ``seed``, ``category``, ``sa``, ``pc``, ``judge_id`` (other keys
  are kept as the record);
* a plain folder of videos with a sidecar ``<name>.json`` per video holding the same keys.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.jsonl import JsonlError, read_objects
from ..core.paths import PathEscape, within
from ..core.runs import RECORD_FILE, load_run
from .records import PoolImportError, PoolVideo, PreferenceStore

MANIFEST_FILE = "arena.jsonl"
VIDEO_SUFFIXES = (".mp4", ".webm")
KNOWN_KEYS = ("video", "prompt", "variant", "seed", "category", "sa", "pc", "judge_id")


@dataclass(frozen=True)
class ImportSummary:
    pool: str
    kind: str
    added: int
    skipped: int  # already in the pool
    source: str


def _add(store: PreferenceStore, pool: str, videos: list[PoolVideo], kind: str, source: Path | str) -> ImportSummary:
    if not videos:
        raise PoolImportError(f"{source}: no videos to import")
    added = store.add_videos(pool, videos, kind=kind, source=str(source))
    return ImportSummary(pool, kind, added, len(videos) - added, str(source))


def is_eval_folder(folder: Path) -> bool:
    return (folder / "eval.json").is_file() or any(folder.glob("results-shard*.jsonl"))


def import_eval_run(store: PreferenceStore, folder: str | Path, *, pool: str | None = None) -> ImportSummary:
    """Every finished video of an eval folder (failed items are left out)."""
    from ..eval.batch import collect_rows, read_manifest

    folder = Path(folder).expanduser().resolve()
    if not is_eval_folder(folder):
        raise PoolImportError(f"{folder} is not an eval folder (no eval.json or results-shard*.jsonl)")
    manifest = read_manifest(folder)
    videos = []
    for row in sorted(collect_rows(folder), key=lambda r: r["key"]):
        if row.get("status") != "done" or not row.get("video"):
            continue
        videos.append(PoolVideo(video=_inside(folder, row["video"], f"row {row['key']}"), prompt=row["prompt"],
                                variant=row["variant"],
                                seed=row.get("seed"), category=row.get("category"), sa=row.get("sa"), pc=row.get("pc"),
                                judge_id=row.get("judge_id"),
                                record={**row, "generator": manifest.get("generator"), "eval_folder": str(folder)}))
    return _add(store, pool or f"eval:{folder.name}", videos, "eval", folder)


def _inside(folder: Path, video: Any, where: str) -> Path:
    """An eval row's or run record's video: written by the studio inside its folder, so anything else is refused
    (voters would be served whatever file the path names)."""
    try:
        return within(folder, str(video))
    except PathEscape as exc:
        raise PoolImportError(f"{where}: video {exc}") from None


def run_folder_video(folder: str | Path, *, variant: str | None = None, prompt: str | None = None,
                     category: str | None = None) -> PoolVideo:
    """The arena entry of one run folder (``record.json`` with an ``outputs.video``)."""
    folder = Path(folder).expanduser().resolve()
    if not (folder / RECORD_FILE).is_file():
        raise PoolImportError(f"{folder} has no {RECORD_FILE}")
    try:
        record = load_run(folder).record
    except (ValueError, TypeError) as exc:
        raise PoolImportError(f"{folder / RECORD_FILE} is not a run record ({exc})") from None
    video = record.outputs.get("video")
    if not video:
        raise PoolImportError(f"{folder / RECORD_FILE} lists no video output (run status: {record.status})")
    scores = next(iter(record.scores.values()), {}) if record.scores else {}
    return PoolVideo(video=_inside(folder, video, str(folder / RECORD_FILE)), prompt=prompt or record.inputs.get("prompt", ""),
                     variant=variant or record.backends.get("variant") or "base", seed=record.inputs.get("seed"),
                     category=category, sa=scores.get("sa"), pc=scores.get("pc"), judge_id=scores.get("judge_id"),
                     record=record.to_dict())


def import_run_folders(store: PreferenceStore, run_folders: Sequence[str | Path], *, pool: str = "compare",
                       kind: str = "compare", variants: Sequence[str] | None = None, prompt: str | None = None,
                       category: str | None = None) -> ImportSummary:
    """Run folders (e.g. one Compare run's variants). Pass ``prompt`` = the user's prompt when a variant ran a
    rewritten one (PhyT2V-refined): pairs are formed by prompt. ``variants`` = labels, one per folder."""
    if variants is not None and len(variants) != len(run_folders):
        raise PoolImportError(f"{len(variants)} variant labels for {len(run_folders)} run folders")
    videos = [run_folder_video(folder, variant=variants[i] if variants else None, prompt=prompt, category=category)
              for i, folder in enumerate(run_folders)]
    source = Path(run_folders[0]).parent if run_folders else ""
    return _add(store, pool, videos, kind, source)


def import_compare_run(store: PreferenceStore, folder: str | Path, *, pool: str | None = None) -> ImportSummary:
    """The finished variants of one Compare run (its own record lists each variant's label and run folder)."""
    folder = Path(folder).expanduser().resolve()
    record = load_run(folder).record
    if record.kind != "compare":
        raise PoolImportError(f"{folder / RECORD_FILE} is a {record.kind!r} run, not a Compare run")
    finished = [v for v in record.settings.get("variants", []) if v.get("run_folder") and v.get("video")]
    if not finished:
        raise PoolImportError(f"{folder}: the Compare run has no finished variant to import")
    return import_run_folders(store, [v["run_folder"] for v in finished], pool=pool or "compare",
                              variants=[v["label"] for v in finished], prompt=record.inputs.get("prompt"))


def is_compare_run(folder: Path) -> bool:
    if not (folder / RECORD_FILE).is_file():
        return False
    try:
        return load_run(folder).record.kind == "compare"
    except (ValueError, TypeError):
        return False


def import_folder(store: PreferenceStore, folder: str | Path, *, pool: str | None = None,
                  score_scale: float = 1.0) -> ImportSummary:
    """Import whatever the folder holds (see the module docstring for the layouts, tried in that order).

    ``score_scale`` divides manifest/sidecar scores, e.g. 5 for VideoPhy-2 style 0–5 scores (the arena and
    PhyGDPO keep SA/PC in [0, 1]).
    """
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise PoolImportError(f"{folder} is not a folder")
    if score_scale <= 0:
        raise PoolImportError(f"score_scale must be > 0, got {score_scale}")
    name = pool or folder.name
    if is_eval_folder(folder):
        return import_eval_run(store, folder, pool=pool)
    if is_compare_run(folder):
        return import_compare_run(store, folder, pool=pool)
    if (folder / MANIFEST_FILE).is_file():
        return _add(store, name, _manifest_videos(folder, score_scale), "folder", folder)
    clips = sorted(p for p in folder.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES)
    if clips:
        missing = [c.name for c in clips if not c.with_suffix(".json").is_file()]
        if missing:
            raise PoolImportError(f"{folder}: no sidecar JSON for {', '.join(missing[:5])}"
                                  f"{' …' if len(missing) > 5 else ''}; add <name>.json with prompt and variant "
                                  f"(or write a {MANIFEST_FILE})")
        videos = [_entry_video(_read_json(c.with_suffix(".json")), folder, str(c.with_suffix(".json")), score_scale,
                               default_video=c) for c in clips]
        return _add(store, name, videos, "folder", folder)
    runs = sorted(p.parent for p in folder.glob(f"**/{RECORD_FILE}"))
    comparisons = [run for run in runs if is_compare_run(run)]
    if comparisons:  # a folder of Compare runs (e.g. runs/compare): each one's variants under its labels
        summaries = [import_compare_run(store, run, pool=pool) for run in comparisons]
        added = sum(s.added for s in summaries)
        return ImportSummary(summaries[0].pool, "compare", added, sum(s.added + s.skipped for s in summaries) - added,
                             str(folder))
    videos = [run_folder_video(run) for run in runs if load_run(run).record.outputs.get("video")]
    if videos:
        return _add(store, name, videos, "runs", folder)
    raise PoolImportError(f"{folder}: nothing to import; expected an eval folder, a {MANIFEST_FILE} manifest, videos "
                          f"with sidecar .json files, or run folders with {RECORD_FILE}")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PoolImportError(f"{path}: not readable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise PoolImportError(f"{path}: expected a JSON object")
    return data


def _manifest_videos(folder: Path, score_scale: float) -> list[PoolVideo]:
    path = folder / MANIFEST_FILE
    videos = []
    try:
        entries = read_objects(path.read_text(encoding="utf-8"), path)
    except JsonlError as exc:
        raise PoolImportError(str(exc)) from None
    for where, data in entries:
        videos.append(_entry_video(data, folder, where, score_scale))
    return videos


def _entry_video(data: dict[str, Any], folder: Path, where: str, score_scale: float,
                 default_video: Path | None = None) -> PoolVideo:
    video = data.get("video")
    if video is None and default_video is None:
        raise PoolImportError(f"{where}: missing 'video'")
    # The manifest may come from anyone: its paths must stay inside the folder, or voters would be served
    # whatever file they name (the app's own source, a key file).
    path = default_video if video is None else _inside(folder, video, where)
    for key in ("prompt", "variant"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise PoolImportError(f"{where}: '{key}' must be a non-empty string")
    scores = {}
    for key in ("sa", "pc"):
        value = data.get(key)
        if value is not None:
            if not isinstance(value, (int, float)):
                raise PoolImportError(f"{where}: '{key}' must be a number, got {value!r}")
            value = value / score_scale
            if not 0.0 <= value <= 1.0:
                raise PoolImportError(f"{where}: '{key}' = {data[key]} is outside [0, 1] after dividing by "
                                      f"score_scale {score_scale:g}; set score_scale to the score's maximum")
        scores[key] = value
    seed = data.get("seed")
    return PoolVideo(video=path, prompt=data["prompt"], variant=data["variant"],
                     seed=int(seed) if seed is not None else None, category=data.get("category"),
                     judge_id=data.get("judge_id"), record={k: v for k, v in data.items() if k not in KNOWN_KEYS} | {
                         "imported_from": where}, **scores)
