"""``within``: a path from user data resolves inside its folder or is refused (absolute, ``..``, symlinks)."""

from __future__ import annotations

import os

import pytest

from pipelines.core.paths import PathEscape, is_within, within


@pytest.fixture()
def root(tmp_path):
    folder = tmp_path / "root"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.mp4").write_bytes(b"a")
    (tmp_path / "secret.txt").write_text("secret")
    return folder


def test_paths_inside_resolve_to_the_file(root):
    assert within(root, "sub/a.mp4") == root.resolve() / "sub" / "a.mp4"
    assert within(root, root / "sub" / "a.mp4") == root.resolve() / "sub" / "a.mp4"  # absolute but inside
    assert within(root, "sub/../sub/a.mp4") == root.resolve() / "sub" / "a.mp4"
    assert within(root, ".") == root.resolve()
    assert within(root, "not/yet/written.bin") == root.resolve() / "not" / "yet" / "written.bin"


@pytest.mark.parametrize("escape", ["../secret.txt", "sub/../../secret.txt", "{secret}", "/etc/passwd", "..",
                                   "{root}-sibling/x"])
def test_absolute_and_climbing_paths_are_refused(root, escape):
    path = escape.format(secret=root.parent / "secret.txt", root=root)
    with pytest.raises(PathEscape, match="is outside .*root: only files inside that folder are read"):
        within(root, path)
    assert not is_within(root, path)


def test_symlinks_are_followed_before_the_check(root):
    (root / "out.mp4").symlink_to(root.parent / "secret.txt")
    (root / "outdir").symlink_to(root.parent, target_is_directory=True)
    (root / "in.mp4").symlink_to(root / "sub" / "a.mp4")
    for escape in ("out.mp4", "outdir/secret.txt"):
        with pytest.raises(PathEscape):
            within(root, escape)
    assert within(root, "in.mp4") == root.resolve() / "sub" / "a.mp4"


def test_a_root_reached_through_a_symlink_still_holds_its_files(tmp_path, root):
    alias = tmp_path / "alias"
    alias.symlink_to(root, target_is_directory=True)
    assert within(alias, "sub/a.mp4") == root.resolve() / "sub" / "a.mp4"
    assert within(alias, os.fspath(alias / "sub" / "a.mp4")) == root.resolve() / "sub" / "a.mp4"


def test_nul_characters_are_refused(root):
    with pytest.raises(PathEscape, match="NUL"):
        within(root, "sub/a.mp4\x00.txt")
