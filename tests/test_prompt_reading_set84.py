"""Prompts in the voices of held-out sets 84 and 85 (tests/helpers/blind_set_84.py, blind_set_85.py), in new words.

- A seer's "vision" is the picture shown: "from the start of the vision to its end" is the whole clip, and what fills
  the vision, "shows" in it or is bidden to fill it ("let the vision fill with three cats") is the scene, with no
  vision drawn; a thing said "kept in view" beside it leaves the picture no act of its own.
- An escape-room card's "CLUE: ... . Watch closely, players: ..." is a label over prose, no pasted spec whose second
  field is "players"; and "the code is hidden in what you see" puts the code in the clip (hidden from the eye, never
  away from the frame), so it neither comes nor goes and, doing nothing, is not drawn.
- "Nothing else is in this clip but one bird" names the bird (the things excepted are all there is), never nothing.
- A heading's quoted words, 'Incantation: "Roll, and be revealed."', are words said, a spell or a motto, never the
  scene: their verbs move nothing.
- A lullaby's "Sleep tight, little love:" bids the listener it names to sleep: no thing is drawn for "little love" and
  the scene after the colon is read whole, route and all.
- An error log's "Route check passed: flying bird, A to B, then C": the check's verdict moves nothing, and a thing
  named bare after the colon with a corner set off starts there; "Expected: X. Got: Y." tells the clip in Y (what the
  failed check got), never X; and "Expected the cat to stay put, got a route." is the cat's route, the places after it.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


@pytest.mark.parametrize(
    "prompt, name, count",
    [
        ("Lo, three parked cars shall rest from the start of the vision to its end, and nothing more.", "car", 3),
        ("Lo, let the vision fill with two sleeping dogs and nothing else, held in view from the opening to the close.",
         "dog", 2),
        ("Lo, five resting balls fill the vision from the opening to the close, with nothing besides.", "ball", 5),
    ],
)
def test_a_seers_vision_is_the_picture_no_thing(prompt, name, count):
    assert names(prompt) == [name] * count
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1  # in view and still all along


def test_a_label_over_prose_is_no_spec_and_a_code_hidden_in_what_you_see_is_no_thing():
    # "HINT:" heads prose, so ", kids:" is an address, no second field; the password is hidden in the clip, not
    # away from it, so nothing comes or goes
    prompt = ("HINT: a red ball beside a white box, both there the whole time. Look sharp, kids: the password is "
              "concealed in what you see.")
    assert names(prompt) == ["red ball", "white box"]
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1


def test_something_hidden_in_what_you_see_is_in_the_clip_not_absent():
    prompt = "A lively dog in the first half, gone in the second half. The answer code is hidden in what you see."
    assert names(prompt) == ["dog"]
    path = centres(prompt)["dog"]
    assert path[0] is not None and path[2] is not None and path[-1] is None and path[-2] is None


@pytest.mark.parametrize("prompt", [
    "Nothing else is on the screen but three parked cars, still from start to finish.",
    "Nothing is in the picture except three parked cars, there from start to finish.",
])
def test_nothing_but_names_the_things_excepted(prompt):
    assert names(prompt) == ["car"] * 3
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1


@pytest.mark.parametrize("prompt", [
    'Motto: "Roll on, and never stop." Two sleeping dogs lie side by side the whole time.',
    'Two sleeping dogs lie side by side the whole time. Password: "Run away home."',
])
def test_the_quoted_words_a_heading_labels_are_said_not_shown(prompt):
    assert names(prompt) == ["dog", "dog"]
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1


@pytest.mark.parametrize("prompt", [
    "Sleep soundly, little lamb: a rolling ball is there in the first half, and in the second half it is gone.",
    "Sleep tight, sweet love: a rolling ball is there in the first half, and in the second half it is gone.",
])
def test_a_lullabys_bidding_to_sleep_names_the_listener_no_thing(prompt):
    assert names(prompt) == ["ball"]
    path = centres(prompt)["ball"]
    assert path[0] is not None and path[2] is not None and path[-2] is None and path[-1] is None


def test_a_lullabys_bidding_to_sleep_leaves_the_route_whole():
    prompt = ("Sleep soundly, dear heart, and look down from above: a moving car drives from the upper left corner to "
              "the upper right corner, then to the lower right corner.")
    assert names(prompt) == ["car"]
    assert PLANNER.plan(prompt).layout.view == "top-down"
    path = centres(prompt)["car"]
    assert path[0][0] < 0.35 and path[0][1] < 0.35  # upper left
    assert path[len(path) // 2][1] < 0.5  # along the top
    assert path[-1][0] > 0.65 and path[-1][1] > 0.65  # lower right


def test_a_log_lines_verdict_moves_nothing_and_its_bare_thing_starts_at_the_corner_set_off():
    # "check passed:" is the check's verdict, no pass of the bird's; "flying bird, A to B, then C" starts at A
    prompt = "[DEBUG] Route check passed: flying bird, upper left corner to lower left corner, then lower right corner."
    assert names(prompt) == ["bird"]
    path = centres(prompt)["bird"]
    assert path[0][0] < 0.35 and path[0][1] < 0.35  # upper left
    assert path[len(path) // 2][0] < 0.35  # down the left side
    assert path[-1][0] > 0.65 and path[-1][1] > 0.65  # lower right


def test_what_a_failed_check_got_is_the_clip_not_what_it_expected():
    prompt = ("[FATAL] Expected: moving car on the left at the end. Got: moving car driving from the left side of the "
              "frame to the right side.")
    assert names(prompt) == ["car"]
    path = centres(prompt)["car"]
    assert path[0][0] < 0.4 and path[-1][0] > 0.6 and path[0][0] < path[len(path) // 2][0] < path[-1][0]


def test_what_a_check_got_in_place_of_a_things_expected_stillness_is_that_things_move():
    prompt = ("[WARN] Expected the walking dog to stop, got a route. Seen from above: upper left corner, then lower "
              "left corner, then lower right corner.")
    assert names(prompt) == ["dog"]
    path = centres(prompt)["dog"]
    assert path[0][0] < 0.35 and path[0][1] < 0.35  # upper left
    assert path[-1][0] > 0.65 and path[-1][1] > 0.65  # lower right


def test_motion_got_in_place_of_a_things_expected_stillness_is_its_move_and_no_thing():
    prompt = "[WARN] Expected the parked car to stop, got movement from the left side of the frame to the right side."
    assert names(prompt) == ["car"]
    path = centres(prompt)["car"]
    assert path[0][0] < 0.4 and path[-1][0] > 0.6
