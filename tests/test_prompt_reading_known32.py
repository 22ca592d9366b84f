"""Phrasings the planner was known to misread, each tried as a family in new words.

Web markup typed into a prompt lays out its words: a "<br>", "<p>" or "<hr>" breaks the line even with no closing tag
("Three dogs<br>sit still."), and an inline tag such as "<em>" or "<strong>" stands for a space, so the word it wraps
stays a word of its own ("a <em>blue</em>car" is a blue car). A clock time, "7:15", "at 11:30 pm", counts nothing.
An act of a thing's own that draws nothing, fronted by "after", "once" or "as soon as", is over at once: "After the
rooster crowed, it walked right" walks the rooster from the start (another thing's move after it still waits).
A group at rest or only said to be there, split by bare counts each with its own move ("There were four goats; two
walked left and two walked right", "Three cars: one drives left, two drive right"), is that many members each doing
what its count is told, and the group stays as many as told.
"""

import pytest

from pipelines.lvd.one_and_the_other import one_and_the_other_as_members
from tests.helpers.planned import PLANNER, moves_drawn


def each_way(prompt: str, travel: float = 0.2) -> list[tuple[str, str]]:
    """Every drawn thing as (its name, the way its centre travels more than ``travel`` of the frame: "left", "right"
    or ""), sorted, so a test can state what a group of the same kind does."""
    found = []
    for obj in PLANNER.plan(prompt).layout.objects:
        shown = [box for box in obj.boxes if box is not None]
        start, end = (shown[0][0] + shown[0][2]) / 2, (shown[-1][0] + shown[-1][2]) / 2
        found.append((obj.name, "left" if end < start - travel else "right" if end > start + travel else ""))
    return sorted(found)


# ------------------------------------------------------------ 1. web markup: a line break, or a space around a word
@pytest.mark.parametrize("prompt, expected", [
    ("A <em>blue</em>car drives to the right.", [("blue car", "right")]),
    ("A <i>green</i>kite drifts left.", [("green kite", "left")]),
    ("A <strong>small</strong>dog runs to the left.", [("small dog", "left")]),
    ("Three dogs<br>sit still.", [("dog", "")] * 3),
    ("Two horses<br/>stand still.", [("horse", "")] * 2),
    ("A goat<br>walks to the left.", [("goat", "left")]),
    ("A car<p>drives left.", [("car", "left")]),
])
def test_a_tag_breaks_the_line_or_stands_for_a_space(prompt, expected):
    assert each_way(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    # a lone "<A>" or "<B>" said as a label is no tag
    ("A ball rolls from <A> to <B>.", [("ball", "right")]),
    ("Two cats<hr>a dog runs right.", [("cat", ""), ("cat", ""), ("dog", "right")]),
    ("Four ducks<p>float still.", [("duck", "")] * 4),
    ("A cat walks left, and 2 < 3.", [("cat", "left")]),
])
def test_markup_signs_leave_the_rest_as_it_was(prompt, expected):
    assert each_way(prompt) == expected


# ------------------------------------------------------------ 2. a clock time is no count
@pytest.mark.parametrize("prompt, expected", [
    ("7:15 a truck drives to the left.", [("truck", "left")]),
    ("At 11:30 a horse trots right.", [("horse", "right")]),
    ("At 6:45 am a goat walks left.", [("goat", "left")]),
    ("2:20 pm: a cat walks to the right.", [("cat", "right")]),
    ("The time is 8:05 and a duck swims left.", [("duck", "left")]),
    ("Two cats sit. 0:05 a dog runs right.", [("cat", ""), ("cat", ""), ("dog", "right")]),
])
def test_a_clock_time_counts_nothing(prompt, expected):
    assert each_way(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("3 dogs run left at 10:15.", [("dog", "left")] * 3),
    ("At 9:00, four birds fly right.", [("bird", "right")] * 4),
    ("At 4:10, 2 cars drive left.", [("car", "left")] * 2),
])
def test_a_count_beside_a_clock_time_still_counts(prompt, expected):
    assert each_way(prompt) == expected


# ------------------------------------------------------------ 3. a thing's own finished act does not delay its move
def start_of_move(prompt: str, name: str) -> int:
    """The first keyframe (of 8) at which the named thing has moved off its first place."""
    boxes = next(obj.boxes for obj in PLANNER.plan(prompt, num_keyframes=8).layout.objects if obj.name == name)
    return next(at for at, box in enumerate(boxes) if abs(box[0] - boxes[0][0]) > 0.02)


@pytest.mark.parametrize("prompt, mover, way", [
    ("After the rooster crowed, the rooster walked to the right.", "rooster", "right"),
    ("Once the cow mooed, it trotted to the left.", "cow", "left"),
    ("As soon as the puppy yelped, he ran right.", "puppy", "right"),
    ("After the duck quacked, it swam to the left.", "duck", "left"),
])
def test_a_things_own_finished_act_does_not_delay_its_move(prompt, mover, way):
    assert start_of_move(prompt, mover) <= 1
    assert each_way(prompt) == [(mover, way)]


@pytest.mark.parametrize("prompt, mover", [
    ("After the dog barked, the cat ran to the left.", "cat"),
    ("After the cat meowed, a horse trotted to the right.", "horse"),
    ("After the car drove to the right, a dog ran to the left.", "dog"),
])
def test_a_move_after_another_things_act_or_a_drawn_move_still_waits(prompt, mover):
    assert start_of_move(prompt, mover) >= 3


# ------------------------------------------------------------ 4. a counted group split into sub-counts
@pytest.mark.parametrize("prompt, ways", [
    ("There were four goats; two walked left and two walked right.", {"goat": ["left", "left", "right", "right"]}),
    ("Three cars: one drives left, two drive right.", {"car": ["left", "right", "right"]}),
    ("Five ducks: three of them swim left, two swim right.", {"duck": ["left", "left", "left", "right", "right"]}),
    ("There are two horses, and one trots to the right.", {"horse": ["", "right"]}),
    ("Four horses stand still. Then two trot to the right.", {"horse": ["", "", "right", "right"]}),
    ("Three kites: two drift left, one drifts right.", {"kite": ["left", "left", "right"]}),
])
def test_a_group_split_into_counts_moves_each_count_its_own_way(prompt, ways):
    assert moves_drawn(prompt) == ways


@pytest.mark.parametrize("prompt, ways", [
    ("Two cats sit. Two dogs run to the left.", {"cat": ["", ""], "dog": ["left", "left"]}),
    ("Two cats nap. One walks to the left, the other to the right.", {"cat": ["left", "right"]}),
])
def test_a_count_with_its_own_noun_or_a_pair_told_apart_reads_as_before(prompt, ways):
    assert moves_drawn(prompt) == ways


@pytest.mark.parametrize("prompt", [
    "three dogs run left, and two bark.",  # a moving group gives no members
    "a boy holds three balloons; then two pop.",  # a group another thing has
    "four cats sat; only two left.",  # what remained
])
def test_a_count_that_splits_no_group_is_left_as_said(prompt):
    assert one_and_the_other_as_members(prompt) == prompt
