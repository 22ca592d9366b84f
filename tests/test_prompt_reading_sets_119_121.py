"""Prompts in the voices of held-out sets 119 and 121 (tests/helpers/blind_set_119.py, blind_set_121.py), in new words.

- A remark closing the prompt on the place or the work the scene is told in, "..., and the studio is buzzing!",
  "..., so the canvas stays tidy.", names no thing: its noun, one the tables do not know, is only said to be some way.
- The role a thing told is named as, "three birds as the centrepiece", "a ball serves as the anchor", is another name
  for it, never a thing of its own.
- A thing named bare opening a sentence, its route's first corner set off by a comma, "Walking dog, upper left corner
  to upper right corner, then ...", sets off from that corner, as it does after "a" or a colon.
- What the viewer is bid follow, trace or point at a thing with, "with your finger", "using your pencil", is theirs,
  never in the clip, and "it" after it is the thing followed.
- A doer denied by the sight of one, "Nobody around to kick it!", "No one caught pushing the cart.", acts on nothing.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition, seen_in


@pytest.mark.parametrize("prompt, thing, count", [
    ("Two sleepy dogs in view the whole time, nothing else, and the studio is buzzing!", "dog", 2),
    ("Five birds on screen from start to finish, so the canvas stays tidy.", "bird", 5),
    ("Four birds, in view the whole time, nothing else, and the crew looks thrilled.", "bird", 4),
    ("Two cars in view the whole time, so the panel stays clean.", "car", 2),
    ("Five dogs, start to finish, and the shelter is going nuts!", "dog", 5),
])
def test_a_closing_remark_on_the_place_or_the_work_names_no_thing(prompt, thing, count):
    assert names(prompt) == [thing] * count


@pytest.mark.parametrize("prompt, kept", [
    ("A dog walks to the right, and the owner stays seated.", "owner"),  # no fence: a person of the clip
    ("A dog walks to the right, and the owner is waving.", "owner"),
    ("A ball rolls to the left. The goalie looks surprised.", "goalie"),
    ("A dog runs to the right, and the gate stays open.", "gate"),
    ("A cat naps on the left, and the lantern stays lit.", "lantern"),
    ("Three dogs nap the whole time, and the zorblax stays still.", "zorblax"),  # a state tied to the scene
    ("Two dogs in view the whole time, and the cat stays calm.", "cat"),  # a thing the tables know
    ("A zorb and two dogs, in view the whole time, and the zorb is glowing.", "zorb"),  # told before
    ("A ball rolls to the right the whole time, and the goalie stays put.", "goalie"),  # how long a move lasts
    ("A cat sleeps on the sofa throughout, and the grandmother stays asleep.", "grandmother"),
])
def test_a_closing_remark_on_a_thing_of_the_clip_keeps_it(prompt, kept):
    assert kept in names(prompt)


@pytest.mark.parametrize("prompt, thing, count", [
    ("I'd like three birds as the centrepiece, in view the whole time.", "bird", 3),
    ("Please: two sleepy dogs as the study piece, in view the whole time.", "dog", 2),
    ("Give me one parked car as the anchor, in view the whole time.", "car", 1),
    ("Four balls serve as the still life, in view the whole time.", "ball", 4),
])
def test_the_role_a_thing_is_named_as_is_no_thing_of_its_own(prompt, thing, count):
    assert lvd.numeracy(thing, count, planned_condition(prompt))
    assert names(prompt) == [thing] * count


@pytest.mark.parametrize("prompt, person", [
    ("A cat runs away from a dog as the owner, laughing, looks on.", "owner"),
    ("A dog barks at a car as the mailman, smiling, walks past.", "mailman"),
    ("A boy throws a ball as the coach, on the left, claps.", "coach"),
    ("Two cats nap by a dog as the keeper, half asleep, sweeps.", "keeper"),
    ("A dog sits as the zorb rolls from left to right.", "zorb"),
])
def test_as_meaning_while_names_a_doer_not_a_role(prompt, person):
    assert person in names(prompt)


@pytest.mark.parametrize("prompt, thing, route", [
    ("Top-down view. Walking dog, upper left corner to upper right corner, then to lower right corner.", "dog",
     ("upper left", "upper right", "lower right")),
    ("Overhead. Red ball, lower left corner to upper left corner, then to upper right corner. Nice.", "ball",
     ("lower left", "upper left", "upper right")),
    ("Bird, upper right corner to lower right corner, then to lower left corner.", "bird",
     ("upper right", "lower right", "lower left")),
    ("From the drone. Moving car, lower right corner to upper right corner, then to upper left corner. Hold tight.",
     "car", ("lower right", "upper right", "upper left")),
])
def test_a_thing_named_bare_opening_a_sentence_sets_off_from_the_corner_after_it(prompt, thing, route):
    assert lvd.sequential(thing, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, kept, left_out", [
    ("Seen from above. Picture this ball, lower right corner to lower left corner, then to upper left corner.",
     ["ball"], "picture"),
    ("Top-down. Kids, lower left corner to upper left corner: a ball rolls.", ["ball"], "kid"),
    ("Overhead. Imagine red ball, lower left corner to upper left corner.", ["red ball"], "imagine"),
])
def test_a_bidding_or_a_call_opening_a_sentence_is_no_thing_setting_off(prompt, kept, left_out):
    assert names(prompt) == kept and left_out not in names(prompt)


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Follow the moving dog with your finger. It runs from the left side to the right side.", "dog", False),
    ("Point at the bird with your little finger! It flies from the right to the left.", "bird", True),
    ("Hey, follow the rolling ball with your pinky. It rolls from the right side to the left side.", "ball", True),
])
def test_what_the_viewer_follows_a_thing_with_is_no_thing_of_the_clip(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Follow the moving car with your left index finger. It drives from right to left.", "car", True),
    ("Can you follow the moving car with your whole hand? It drives from right to left.", "car", True),
    ("Track the bird with your right pointer finger as it flies from the left to the right.", "bird", False),
    ("Draw a circle with your stick; a dog runs from left to right.", "dog", False),  # a drawing keeps to nothing
])
def test_the_viewers_tool_is_taken_whole_or_not_at_all(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, kept", [
    ("Track the dog with your drone. It runs from left to right.", "drone"),  # moves by itself: may be in the clip
    ("Point at the cat with your pencil, then the pencil rolls from left to right.", "pencil"),  # told after it
    ("Walk with your dog from left to right.", "dog"),
])
def test_what_the_viewer_may_bring_into_the_clip_stays(prompt, kept):
    assert kept in names(prompt)


def test_a_known_tool_the_viewer_traces_with_is_theirs():
    assert names("Trace its path using your pencil: a ball rolls from the left to the right.") == ["ball"]


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A ball rolls from the left to the right; no one in sight throwing it.", "ball", False),
    ("Camera trap: a ball rolls from the left side of the frame to the right side. No one caught kicking it.",
     "ball", False),
    ("The cart rolls from the right to the left. No one seen pushing the cart.", "cart", True),
])
def test_a_doer_denied_by_the_sight_of_one_acts_on_nothing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    (path,) = centres(prompt).values()
    assert abs(path[-1][1] - path[0][1]) < 0.05  # rolled along the ground, never kicked or thrown up


def test_nothing_seen_moving_is_what_is_in_view_not_an_act_denied():
    prompt = "Nothing seen moving in the first half; a dog runs in from the left in the second half."
    assert lvd.visibility("dog", True, planned_condition(prompt))
    assert seen_in("Nothing seen moving at the start, then a car drives from left to right.")[0] is False
