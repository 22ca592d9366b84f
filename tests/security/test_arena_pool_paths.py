"""An operator imports an arena folder someone else wrote: no manifest line or sidecar may make the server
hand voters a file outside that folder (the pair video route serves whatever path a pool holds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.arena import ArenaStore, PoolImportError
from pipelines.arena.pools import import_folder

APP_SOURCE = Path(__file__).resolve().parents[2] / "app.py"  # the studio's own source: a file voters must never get


@pytest.fixture()
def store(tmp_path):
    with ArenaStore(f"sqlite:///{tmp_path / 'arena.db'}") as opened:
        yield opened


def _manifest(folder: Path, *videos: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "inside.mp4").write_bytes(b"a video inside the folder")
    rows = [{"video": "inside.mp4", "prompt": "a ball falls", "variant": "base", "seed": 0}]
    rows += [{"video": video, "prompt": "a ball falls", "variant": f"v{i}", "seed": 0} for i, video in enumerate(videos)]
    (folder / "arena.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


@pytest.mark.parametrize("kind", ["absolute", "dot-dot", "symlink"])
def test_a_manifest_line_naming_a_file_outside_its_folder_is_refused(store, tmp_path, kind):
    folder = tmp_path / "untrusted"
    folder.mkdir()
    (folder / "link.mp4").symlink_to(APP_SOURCE)
    climb = "../" * len(folder.resolve().parts) + str(APP_SOURCE).lstrip("/")  # up to / and down to the source
    video = {"absolute": str(APP_SOURCE), "dot-dot": climb, "symlink": "link.mp4"}[kind]
    _manifest(folder, video)
    with pytest.raises(PoolImportError, match=r"arena\.jsonl:2: video .* is outside"):
        import_folder(store, folder)
    assert store.pools() == []  # nothing of the manifest was added, not even its good line


def test_a_sidecar_naming_a_file_outside_its_folder_is_refused(store, tmp_path):
    folder = tmp_path / "sidecars"
    folder.mkdir()
    (folder / "clip.mp4").write_bytes(b"a video inside the folder")
    (folder / "clip.json").write_text(json.dumps({"video": str(APP_SOURCE), "prompt": "a ball", "variant": "base"}))
    with pytest.raises(PoolImportError, match="is outside"):
        import_folder(store, folder)
    assert store.pools() == []


def test_paths_inside_the_folder_still_import_relative_or_absolute(store, tmp_path):
    folder = _manifest(tmp_path / "trusted", str((tmp_path / "trusted" / "sub" / "other.mp4")))
    (folder / "sub").mkdir()
    (folder / "sub" / "other.mp4").write_bytes(b"another video inside")
    summary = import_folder(store, folder)
    assert summary.added == 2
    pair = store.next_pair("voter-1")
    served = {store.pair_video(pair.token, side) for side in "AB"}
    assert served == {folder.resolve() / "inside.mp4", folder.resolve() / "sub" / "other.mp4"}
