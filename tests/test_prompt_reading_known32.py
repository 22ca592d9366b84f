"""Phrasings the planner was known to misread, each tried as a family in new words.

Web markup typed into a prompt lays out its words: a "<br>", "<p>" or "<hr>" breaks the line even with no closing tag
("Three dogs<br>sit still."), and an inline tag such as "<em>" or "<strong>" stands for a space, so the word it wraps
stays a word of its own ("a <em>blue</em>car" is a blue car). A clock time, "7:15", "at 11:30 pm", counts nothing.
"""

import pytest

from tests.helpers.planned import PLANNER


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
