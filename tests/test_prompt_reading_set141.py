"""Prompts in the voices of held-out set 141 (tests/helpers/blind_set_141.py), in new words.

- A thing that appears "in this clip", "on screen" or "in the frame" "the whole time" or "throughout" is there the
  whole clip, as one that appears "the whole time" is: the clip it appears in is no arrival partway through.

Each layout is checked by LVD's own predicates or by its objects' names. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.clip_phrases import APPEARS_THROUGHOUT_RE
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition, seen_in


# ------------------------------------------------------------------ appearing in the clip the whole time
@pytest.mark.parametrize("prompt, query, count", [
    ("Three sleepy horses appear in the video the whole time. That is all.", "horse", 3),
    ("One red kite shows up on screen throughout, and nothing else.", "kite", 1),
    ("Four ducks appear in the frame throughout.", "duck", 4),
])
def test_appearing_in_the_clip_the_whole_time_is_there_from_the_start(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_appearing_in_the_clip_at_a_half_is_still_an_arrival():
    # no span of the whole clip: the arrival keeps its time
    assert seen_in("A goat appears in the clip in the second half.") == (False, True)


@pytest.mark.parametrize("hostile", ["appears in this clip " * 120, "show up on screen " * 150])
def test_appearance_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    APPEARS_THROUGHOUT_RE.sub("", hostile)
    assert time.perf_counter() - started < 0.05
