"""Real GPT-4 answers to LVD's stage-1 prompts, read by the studio the way LVD reads them.

``tests/fixtures/lvd_gpt4_boxes.tsv`` holds the object names and pixel boxes of 172 of the 500 answers
in LVD's published cache (TonyLianLong/LLM-groundedVideoDiffusion, ``cache/cache_lvd_v0.1_gpt-4-1106-preview.json``
at commit 22d90d2): 37 numeracy answers (one and two objects), 13 attribution answers, 65
visibility answers (empty frames for an absent object), 26 one-object and 10 two-object motion answers
(objects that end wholly off the canvas, ``[512, 150, 40, 30]``) and 21 sequential answers, as read in
seven 16,000-character windows. Only the boxes and names are stored (the reasoning text is
not), one answer per line: prompt, ``id=name`` pairs, and per frame ``id:x,y,w,h``. They include the
shapes that broke the old reader: zero-size boxes (``[512, 231, 0, 0]``), zero width
(``[512, 256, 0, 80]``), boxes starting on the right edge (``[512, 256, 100, 50]``) and boxes cut to
the canvas (``[500, 256, 12, 50]``).

Each answer is rebuilt in GPT-4's own format and must be read without error, with the boxes LVD's
``convert_box`` gives (a zero side stays a zero side when written back), and scored by LVD's
predicate exactly as LVD's reading of the same text scores.
"""

from pathlib import Path

import pytest

from pipelines.core.layout import in_view
from pipelines.core.lvd_text import LVD_CANVAS, ZERO_SIDE, format_lvd_text, parse_lvd_text
from tests.helpers import lvd_benchmark as bench

FIXTURE = Path(__file__).parent / "fixtures" / "lvd_gpt4_boxes.tsv"


def answers():
    rows = []
    for line in FIXTURE.read_text().splitlines():
        prompt, names, frames = line.split("\t")
        named = dict(pair.split("=", 1) for pair in names.split(","))
        per_frame = []
        for frame in frames.split("|"):
            entries = []
            for item in frame.split():
                oid, box = item.split(":")
                entries.append((int(oid), [int(v) for v in box.split(",")]))
            per_frame.append(entries)
        rows.append((prompt, {int(k): v for k, v in named.items()}, per_frame))
    return rows


def gpt4_text(names, per_frame) -> str:
    """The answer as GPT-4 writes it: one Python-literal list per frame, then the background."""
    lines = ["Reasoning: (not stored)", ""]
    for number, entries in enumerate(per_frame, start=1):
        items = [{"id": oid, "name": names[oid], "box": box} for oid, box in entries]
        lines.append(f"Frame {number}: {items!r}")
    lines.append("Background keyword: scene")
    return "\n".join(lines)


ANSWERS = answers()
# GPT-4's answers stored here that LVD's own predicates pass, read LVD's way (counted once from the cache)
PASSED_BY_LVD = 170  # two sequential answers end their middle leg in the lower half


def test_the_fixture_holds_real_answers_with_the_shapes_that_matter():
    assert len(ANSWERS) == 172
    assert any(not frame for _, _, frames in ANSWERS for frame in frames)  # "Frame 4: []"
    boxes = [box for _, _, frames in ANSWERS for frame in frames for _, box in frame]
    assert [512, 231, 0, 0] in boxes and [512, 256, 0, 80] in boxes and [512, 256, 100, 50] in boxes


@pytest.mark.parametrize("index", range(len(ANSWERS)))
def test_every_real_answer_is_read_with_lvds_boxes(index):
    prompt, names, per_frame = ANSWERS[index]
    layout = parse_lvd_text(gpt4_text(names, per_frame))
    width, height = LVD_CANVAS
    by_id = {obj.id: obj for obj in layout.objects}
    for k, entries in enumerate(per_frame):
        for oid, (x, y, w, h) in entries:
            lvd = (x / width, y / height, (x + w) / width, (y + h) / height)  # LVD's convert_box
            ours = by_id[oid].boxes[k]
            for got, want, side in zip(ours, lvd, (None, None, w, h)):
                assert abs(got - want) <= (ZERO_SIDE if side == 0 else 0) + 1e-12, (prompt, k, oid)
            if w == 0 or h == 0 or x >= width or y >= height:
                assert not in_view(ours)


@pytest.mark.parametrize("index", range(len(ANSWERS)))
def test_every_real_answer_round_trips_to_the_same_pixels(index):
    _, names, per_frame = ANSWERS[index]
    text = gpt4_text(names, per_frame)
    layout = parse_lvd_text(text)
    again = parse_lvd_text(format_lvd_text(layout))
    assert again.objects == layout.objects
    written = bench.lvd_condition(format_lvd_text(layout))
    original = bench.lvd_condition(text)
    assert written.boxes == original.boxes


def test_the_studios_reading_scores_as_lvds_reading_does():
    checks = {case.prompt: case.check for case in bench.lvd_prompts()}
    lvd_passes = studio_passes = 0
    for prompt, names, per_frame in ANSWERS:
        text = gpt4_text(names, per_frame)
        by_lvd = checks[prompt](bench.lvd_condition(text))
        by_studio = checks[prompt](bench.layout_condition(parse_lvd_text(text)))
        assert by_lvd == by_studio, prompt
        lvd_passes += by_lvd
        studio_passes += by_studio
    assert (lvd_passes, studio_passes) == (PASSED_BY_LVD, PASSED_BY_LVD)
