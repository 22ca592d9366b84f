"""An eighteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A count word inside a compound ("a one-off ticket", "a two-seater", "a plus-one") or followed by a preposition ("a
plus one to my cousin's wedding") counts nothing, so that sentence is no part of what "nothing else" closes.

The view from above has other words: "gaze down from on high", "from up high", and "as the crow sees it" (a bird's
way of seeing, never a bird drawn). A filming verb said by the one filming, with that view ("You will shoot, from
overhead, a walking dog ..."), is the camera's, never a launch of the dog.

A route told with no verb ("a moving ball: from the lower left corner to the lower right corner and then to the upper
right corner") is one leg per stop, from its start; no stop is dropped.

"By the second half it had left (for good)" is the thing gone in the second half, never a move to the left, so a
thing resting in the middle stays there until it goes.

A noun the same in both numbers, called to with nothing to count it ("Swim, swim, little fish, to the right"), is one
thing; a plural in -ies after a consonant is the -y noun's ("duties" is "duty"), unless the singular keeps its -ie.

What a screen, a camera or the clip shows is the clip ("Swimmers out, flags up. Four moving cars on the monitor."):
things named only in the sentences before it are the speaker's world around it, not drawn; with no screen, linked to
what it shows ("two cats walking past it"), or told after it, they stay. A label ("Clip: one cat walking") is a screen.
"""

import pytest

from pipelines.lvd.object_classes import singular
from tests.helpers.planned import PLANNER, centres, names, seen_in


def _view_and_route(prompt: str) -> tuple[str, list[str], tuple[float, float], tuple[float, float]]:
    """The layout's view, its names, and where its one object starts and ends (box centres)."""
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    boxes = layout.objects[0].boxes
    start, end = boxes[0], boxes[-1]
    return (layout.view, sorted(o.name for o in layout.objects),
            ((start[0] + start[2]) / 2, (start[1] + start[3]) / 2), ((end[0] + end[2]) / 2, (end[1] + end[3]) / 2))


# ------------------------------------------------------------ 1. what a screen shows is the clip, the rest is around it
@pytest.mark.parametrize("prompt, drawn", [
    ("Swimmers out, flags up. Four moving cars on the monitor.", ["car"] * 4),
    ("Penguins fed herring. The camera shows three dogs.", ["dog"] * 3),
    ("Kids asleep, lamps on. Two cats walking on the screen.", ["cat", "cat"]),
    ("Goats milked, hens in. On the monitor, three red cars drive to the right.", ["red car"] * 3),
    ("The kids are asleep and the lamps are on. On the screen, two dogs run to the right.", ["dog", "dog"]),
    ("A man walks a dog to the right.", ["dog", "man"]),
    ("A man walks a dog to the right, and the camera shows two birds above them.", ["bird", "bird", "dog", "man"]),
    ("A red ball sits still. The camera shows two cats walking past it.", ["cat", "cat", "red ball"]),
    ("We drove a two-seater down a one-way street. Clip: one cat walking to the right.", ["cat"]),
    ("Clip: two cats walk to the left. A dog follows them.", ["cat", "cat", "dog"]),
    ("Four moving cars on the monitor. A boy walks to the right.", ["boy"] + ["car"] * 4),
])
def test_what_a_screen_shows_is_the_clip(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 2. a count in a compound or before a preposition
@pytest.mark.parametrize("prompt, drawn", [
    ("Got a one-off ticket to my uncle's show. Two dogs, nothing else.", ["dog", "dog"]),
    ("Found a plus one to my cousin's wedding. Two cats, nothing else.", ["cat", "cat"]),
    ("Looking for a plus-one for my sister's party. Two cats, nothing else.", ["cat", "cat"]),
    ("Got a one-way ticket to my uncle's farm. One red ball, nothing else.", ["red ball"]),
    ("Two cats. One dog. Nothing else.", ["cat", "cat", "dog"]),
])
def test_a_count_in_a_compound_or_before_a_preposition_counts_nothing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. the view from above in other words
@pytest.mark.parametrize("prompt, drawn, start_left, start_low", [
    ("Gaze down from on high: a dog walks from the lower left corner to the lower right corner and then to the upper "
     "right corner.", ["dog"], True, True),
    ("Peer down from on high at a ball rolling from the lower right corner to the upper right corner.", ["ball"], False,
     True),
    ("As the crow sees it, a ball rolls from the lower right corner to the upper right corner and then to the upper "
     "left corner.", ["ball"], False, True),
    ("As a bird would see it, a cat walks from the upper left corner to the lower left corner.", ["cat"], True, False),
    ("You will shoot, from overhead, a walking dog going from the lower left corner to the upper left corner and then "
     "to the upper right corner.", ["dog"], True, True),
    ("We film, from above, a car driving from the lower right corner to the lower left corner.", ["car"], False, True),
])
def test_the_view_from_above_in_other_words(prompt, drawn, start_left, start_low):
    view, found, start, _ = _view_and_route(prompt)
    assert view == "top-down"
    assert found == drawn
    assert (start[0] < 0.5, start[1] > 0.5) == (start_left, start_low), start


def test_a_bird_coming_from_on_high_is_a_move_not_a_view():
    assert names("A bird flies from on high down to the lower left.") == ["bird"]


# ------------------------------------------------------------ 4. "from A to B and then to C" with no verb keeps B
@pytest.mark.parametrize("prompt, middle", [
    ("From above, a moving ball: from the lower left corner to the lower right corner and then to the upper right "
     "corner.", (1, 1)),
    ("Seen from above, a walking dog, from the lower left corner to the upper left corner and then to the upper right "
     "corner.", (0, 0)),
    ("Top-down view. A cat: from the lower right to the lower left and then to the upper left.", (0, 1)),
    ("From above, a ball from the lower left corner to the lower right corner and then to the upper right corner.",
     (1, 1)),
])
def test_a_route_with_no_verb_keeps_its_middle_stop(prompt, middle):
    (track,) = centres(prompt, keyframes=9).values()
    x, y = track[4]
    assert (x > 0.5, y > 0.5) == middle, track


# ------------------------------------------------------------ 5. "by the second half it had left for good"
@pytest.mark.parametrize("prompt", [
    "A cat is in view early on, but by the second half it had left for good.",
    "Early on a ball sits in the middle, but by the second half it had left.",
    "A ball sits in the middle early on, but by the second half it had left.",
    "A dog rests in the middle early on. By the second half it had left for good.",
])
def test_a_thing_that_had_left_is_gone_not_moving_left(prompt):
    assert seen_in(prompt) == (True, False)
    (track,) = centres(prompt).values()
    assert abs(track[0][0] - 0.5) < 0.1, track


# ------------------------------------------------------------ 6. a "fish" called to is one; -ies plurals are -y nouns
@pytest.mark.parametrize("prompt, drawn", [
    ("Swim, swim, little fish, to the right.", ["little fish"]),
    ("Swim, little fish, from the left to the right.", ["little fish"]),
    ("Swim, swim, fish, to the left.", ["fish"]),
    ("Swim, swim, two fish, to the right.", ["fish", "fish"]),
])
def test_a_fish_called_to_with_no_count_is_one(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("plural, one", [("duties", "duty"), ("parties", "party"), ("movies", "movie"),
                                         ("cookies", "cookie"), ("puppies", "puppy")])
def test_the_singular_of_an_ies_plural(plural, one):
    assert singular(plural) == one


def test_the_note_names_an_unknown_ies_thing_in_the_singular():
    assert names("The duties roll to the left.") == ["duty", "duty"]
