"""A nineteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A screen shows the clip, but a sentence before it that tells a thing of the story acting in the present ("A man sits
on a sofa.", "Two kids are playing on the floor.") is the room the camera films around the screen: its things are
drawn, with what the screen is said to show. A log's verbless states ("Kids asleep."), a state told with "is"/"are"
("The kids are asleep.") and the speaker's own doings ("We fed the goats.") stay the speaker's world, not drawn.
"""

import pytest

from tests.helpers.planned import names


# ------------------------------------------------------------ 1. the room around a screen is filmed too
@pytest.mark.parametrize("prompt, drawn", [
    ("A man sits on a sofa. The TV shows two dogs running.", ["dog", "dog", "man", "sofa"]),
    ("A dog lies on the rug. On the monitor, two cars race to the right.", ["car", "car", "dog"]),
    ("A woman stands by the window. The screen shows three cats walking to the left.", ["cat"] * 3 + ["woman"]),
    ("Two kids are playing on the floor. The monitor shows two horses.", ["horse", "horse", "kid", "kid"]),
    ("The cat sleeps on a bed. On the screen, two dogs run to the right.", ["bed", "cat", "dog", "dog"]),
    # a log, a state told with "are", the speaker's own doings: around the screen, not filmed
    ("Kids asleep. Goats milked. The monitor shows two dogs.", ["dog", "dog"]),
    ("The kids are asleep and the lamps are on. On the screen, two dogs run to the right.", ["dog", "dog"]),
    ("We fed the goats and walked the dog. The screen shows two cats.", ["cat", "cat"]),
    ("My kids sleep upstairs. The monitor shows two dogs.", ["dog", "dog"]),
])
def test_the_room_around_a_screen_is_filmed_too(prompt, drawn):
    assert names(prompt) == drawn
