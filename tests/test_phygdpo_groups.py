"""The preference group file that PhyAugPipe and the arena write and the trainer reads."""

from __future__ import annotations

import json
import shutil

import pytest

from pipelines.phygdpo.groups import GroupFormatError, GroupMember, PreferenceGroup, read_groups, write_groups


def make_group(folder, group_id="g1"):
    for name in ("real.mp4", "seed0.mp4", "seed1.mp4"):
        (folder / "videos").mkdir(exist_ok=True)
        (folder / "videos" / name).write_bytes(b"not decoded here")
    return PreferenceGroup(
        group_id=group_id, prompt="a ball bounces twice on a wooden floor", category="bouncing",
        winner=GroupMember(folder / "videos" / "real.mp4", source="real"),
        losers=(GroupMember(folder / "videos" / "seed0.mp4", sa=0.8, pc=0.2, variant="base", seed=0),
                GroupMember(folder / "videos" / "seed1.mp4", sa=0.5, pc=0.5, variant="base", seed=1)),
        meta={"judge": "motion"})


def test_round_trip_keeps_everything_and_stores_relative_paths(tmp_path):
    group = make_group(tmp_path)
    file = write_groups(tmp_path / "data", [group])
    line = json.loads(file.read_text().splitlines()[0])
    assert line["winner"]["video"] == "../videos/real.mp4" and line["version"] == 1
    (back,) = read_groups(tmp_path / "data")
    assert back == group
    assert [m.violation for m in back.losers] == pytest.approx([0.5, 0.5])
    assert back.winner.violation is None


def test_a_moved_data_folder_still_reads(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    write_groups(folder, [make_group(folder)])
    shutil.move(folder, tmp_path / "b")
    (back,) = read_groups(tmp_path / "b")
    assert back.winner.video == tmp_path / "b" / "videos" / "real.mp4" and back.winner.video.exists()


def test_append_and_duplicate_ids(tmp_path):
    write_groups(tmp_path, [make_group(tmp_path, "g1")])
    write_groups(tmp_path, [make_group(tmp_path, "g2")], append=True)
    assert [g.group_id for g in read_groups(tmp_path)] == ["g1", "g2"]
    write_groups(tmp_path, [make_group(tmp_path, "g1")], append=True)
    with pytest.raises(GroupFormatError, match=r"groups.jsonl:3: group id 'g1' appears twice"):
        read_groups(tmp_path)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.pop("losers"), "missing 'losers'"),
    (lambda d: d["losers"][0].update(sa=3), r"sa must be a number in \[0, 1\]"),
    (lambda d: d.update(version=7), "version 7 is not supported"),
    (lambda d: d["winner"].pop("video"), "needs a 'video' path"),
    (lambda d: d.update(prompt="  "), "empty prompt"),
])
def test_bad_lines_name_file_line_and_problem(tmp_path, mutate, message):
    file = write_groups(tmp_path, [make_group(tmp_path)])
    data = json.loads(file.read_text())
    mutate(data)
    file.write_text("\n" + json.dumps(data) + "\n")
    with pytest.raises(GroupFormatError, match=message) as error:
        read_groups(file)
    assert "groups.jsonl:2" in str(error.value)


def test_missing_videos_and_files_are_reported(tmp_path):
    write_groups(tmp_path, [make_group(tmp_path)])
    (tmp_path / "videos" / "seed1.mp4").unlink()
    with pytest.raises(GroupFormatError, match="seed1.mp4"):
        read_groups(tmp_path)
    assert len(read_groups(tmp_path, check_videos=False)) == 1
    with pytest.raises(GroupFormatError, match="no groups file"):
        read_groups(tmp_path / "nowhere.jsonl")
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    with pytest.raises(GroupFormatError, match="broken.jsonl:1: not JSON"):
        read_groups(tmp_path / "broken.jsonl")
