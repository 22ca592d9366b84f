"""Routes told in a voice's own words for the view from above and the frame's corners, and a closing word to the
listener: each test is a rule of English, not of one voice.

Each check names what is drawn, which thing moves, and where it is at the start, the middle and the end.
"""

import pytest

from tests.helpers.planned import centres, route_corners


# ------------------------------------------------ 1. the view from above in any words makes "far" up and "near" down
@pytest.mark.parametrize("prompt", [
    "Seen from on high, a dog begins in the near corner on the right, trots to the near corner on the left, then to "
    "the far corner on the left.",
    "Peering straight down at the yard, a dog begins in the near corner on the right, trots to the near corner on the "
    "left, then to the far corner on the left.",
])
def test_a_view_from_above_in_the_writers_words_reads_far_and_near_corners(prompt):
    assert route_corners(prompt) == (["dog"], ("lower right", "lower left", "upper left"))


# ------------------------------------------------ 2. anatomy's "superior" and "inferior" are upper and lower
def test_superior_and_inferior_before_a_side_are_upper_and_lower():
    prompt = ("Viewed from overhead, the ball sits at the inferior left corner, rolls to the superior left corner, "
              "and finishes at the superior right corner.")
    assert route_corners(prompt) == (["ball"], ("lower left", "upper left", "upper right"))


# ------------------------------------------------ 3. looking down along a place is where the watcher looks from
@pytest.mark.parametrize("prompt", [
    "Looking straight down the ski run: a cat leaves the lower left corner, runs to the lower right corner and stops "
    "in the upper right corner.",
])
def test_a_sentence_opening_on_looking_down_a_place_moves_nothing(prompt):
    assert route_corners(prompt) == (["cat"], ("lower left", "lower right", "upper right"))


# ------------------------------------------------ 4. "Follow." with no one to follow is said to the listener
@pytest.mark.parametrize("prompt", [
    "A bird goes from the lower right corner to the upper right corner and on to the upper left corner. Follow along!",
    "A bird goes from the lower right corner to the upper right corner and on to the upper left corner. Now follow me!",
])
def test_a_bidding_to_follow_naming_no_one_adds_no_phase(prompt):
    assert route_corners(prompt) == (["bird"], ("lower right", "upper right", "upper left"))


def test_a_thing_that_follows_another_still_follows_it():
    found = centres("A dog runs from the left to the right. A cat follows.", 6)
    assert sorted(found) == ["cat", "dog"]
    assert found["cat"][0][0] < found["cat"][-1][0] and found["cat"][-1][0] < found["dog"][-1][0]


# ------------------------------------------------ 5. a bare word of address set off by commas is the listener
@pytest.mark.parametrize("prompt, mover, route", [
    ("From above, man, a cat goes from the lower left corner to the upper left corner and then to the upper right "
     "corner.", "cat", ("lower left", "upper left", "upper right")),
    ("Seen from above, baby, a ball rolls from the lower left corner to the lower right corner, then up to the upper "
     "right corner.", "ball", ("lower left", "lower right", "upper right")),
])
def test_a_word_of_address_set_off_by_commas_is_never_drawn(prompt, mover, route):
    assert route_corners(prompt) == ([mover], route)
