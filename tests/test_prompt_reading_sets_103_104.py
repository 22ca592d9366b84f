"""Prompts in the voices of held-out sets 103 and 104 (tests/helpers/blind_set_103.py, blind_set_104.py), in new words.

- One end of a move asked and the whole route told, "where to? from the left to the right", is that route; a question
  on who does the act it tells, answered by a thing alone, "who trots from A to B? a brown horse!", says the thing
  does it.
- A note naming its thing before a route noun and saying the route was taken down, "rolling ball path recorded, A to
  B", is that thing's move.
- A note's view set off by commas before or after its thing named bare, "from overhead, rolling ball, A to B", heads
  the note, whatever word ("hey", "um") is set off beside it.
- A span closed by an occasion's own last word that names no thing, "from the open to the closing gong", is the whole
  clip, and so is "the whole X" held by a verb of staying, "they linger the whole episode".
- A speaker's "let's" turning to where the clip is shown before a colon, "let's head back to the tape: ...", is the
  talk's: what it turns to is the clip, no thing drawn; so is the crew's cue, "roll the tape: ...".
- A bid closing the prompt that the listener go along with what was told, "..., jump with it all.", "Just bounce along
  with it!", is no move of a thing.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import time

import pytest

from pipelines.lvd.scene_asides import scene_asides_dropped
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, route", [
    ("Walking dog route, lower left corner, lower right corner, upper right corner.",
     "dog", ("lower left", "lower right", "upper right")),
    ("Overhead shot. Rolling ball trajectory recorded, upper left corner to lower left corner to lower right corner.",
     "ball", ("upper left", "lower left", "lower right")),
    ("Aerial view; moving car path noted: upper right corner to upper left corner, then lower left corner.",
     "car", ("upper right", "upper left", "lower left")),
])
def test_a_route_noun_said_taken_down_is_its_things_move(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Hey, viewed from overhead, rolling ball, upper left corner to the lower left corner, "
     "then the lower right corner.",
     "ball", ("upper left", "lower left", "lower right")),
    ("Okay, galloping horse, seen from overhead, lower right corner to upper right corner, then upper left corner.",
     "horse", ("lower right", "upper right", "upper left")),
    ("Swimming fish, um, from directly above, upper right corner to the lower right corner, "
     "then the lower left corner.",
     "fish", ("upper right", "lower right", "lower left")),
    ("So, rolling ball, viewed from overhead, lower left corner to the lower right corner, "
     "then the upper right corner.",
     "ball", ("lower left", "lower right", "upper right")),
])
def test_a_view_set_off_beside_a_bare_thing_heads_its_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("From above, a moving ball goes from the lower left corner to the upper left corner, then to the upper right "
     "corner, jump with it all.", "ball", ("lower left", "upper left", "upper right")),
    ("From above, a rolling ball, lower right corner, upper right corner, upper left corner. Just bounce along "
     "with it, friends!", "ball", ("lower right", "upper right", "upper left")),
    ("From overhead, rolling ball, upper right corner, lower right corner, lower left corner, now spin with it all.",
     "ball", ("upper right", "lower right", "lower left")),
])
def test_a_closing_bid_to_go_along_with_it_moves_nothing(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two cars, in view from the open to the closing gong, and nothing else.", "car", 2),
    ("Four dogs stay in the frame from the opening to the closing chime, nothing else.", "dog", 4),
    ("Five balls, seen from the start to the final buzzer, and nothing else in the frame.", "ball", 5),
])
def test_a_span_closed_by_an_occasions_last_word_is_the_whole_clip(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two horses remain the entire sermon, and nothing else.", "horse", 2),
    ("Three dogs, and they linger the whole episode, nothing else.", "dog", 3),
    ("Two cats stayed the full recital, nothing else.", "cat", 2),
])
def test_the_whole_span_a_verb_of_staying_holds_is_a_time(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears, drawn", [
    ("Okay, let's head back to the tape: a red ball in the first half, then no ball at all in the second half.",
     "ball", False, ["red ball"]),
    ("Now let's go straight to the cassette: a cat in the first half of the video, and no cat in the second half.",
     "cat", False, ["cat"]),
    ("Let's switch to the camcorder: no bird in the first half, then a flying bird in the second half.",
     "bird", True, ["bird"]),
    ("Right, let us jump to the highlights: a horse in the first half, then no horse in the second half.",
     "horse", False, ["horse"]),
])
def test_a_lets_turn_to_the_clip_before_its_colon_draws_nothing(prompt, query, appears, drawn):
    assert lvd.visibility(query, appears, planned_condition(prompt))
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query, leftward", [
    ("What drives by? A red car! Where to? From the left to the right!", "car", False),
    ("Q: What swims? A: A fish. Q: Where does it end? A: From the right side to the left side.", "fish", True),
    ("What's flying? A small bird. Where to? From the right side of the frame to the left side.", "bird", True),
])
def test_one_end_asked_and_the_whole_route_told_is_that_route(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Who trots from the right side of the frame to the left side? A brown horse!", "horse", True),
    ("What rolls across from the right of the frame to its left? A yellow ball.", "ball", True),
    ("So who runs from the right side to the left side? A little cat. Go on!", "cat", True),
    ("What's drifting from the right side over to the left side? A balloon!", "balloon", True),
])
def test_who_does_a_told_act_answered_by_a_thing_is_that_things_act(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears, drawn", [
    ("Roll the tape: a cat in the first half, then no cat in the second half.", "cat", False, ["cat"]),
    ("Okay, let us roll the videotape: a horse in the first half, then no horse in the second half.", "horse", False,
     ["horse"]),
    ("Run the replay: no bird in the first half, then a bird in the second half.", "bird", True, ["bird"]),
])
def test_the_crews_cue_to_start_the_clip_draws_nothing(prompt, query, appears, drawn):
    assert lvd.visibility(query, appears, planned_condition(prompt))
    assert names(prompt) == drawn


# What the rules above must not take: a real thing turned to, a real last thing of a span, a real carry.

@pytest.mark.parametrize("prompt, query, leftward, drawn", [
    ("Let's look at the ball: it rolls from the right to the left, and a dog chases it.", "ball", True,
     ["ball", "dog"]),
    ("Let's go to the car: it drives from the right to the left while a dog watches.", "car", True, ["car", "dog"]),
])
def test_a_lets_turn_to_a_thing_before_a_colon_keeps_the_thing(prompt, query, leftward, drawn):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Now let's turn to the red box: a cat sits on top of it, nothing else.", ["cat", "red box"]),
    ("Roll the dice: a cat watches them.", ["cat", "dice"]),
])
def test_a_turn_or_cue_to_no_medium_draws_what_it_names(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A ball rolls from the start to the final cone.", ["ball", "final cone"]),
    ("Two dogs run from the start to the final flag.", ["dog", "dog", "final flag"]),
    ("Two dogs run from the opening gate to the final flag.", ["dog", "dog", "final flag"]),
    ("A boat sails from the first pier to the final buoy.", ["boat", "final buoy"]),
])
def test_a_span_to_a_last_thing_that_ends_no_occasion_keeps_the_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query", [
    ("A dog grabs a ball on the right. Run with it, boy!", "dog"),
    ("A kid picks up a kite on the right, then, laughing, run with it.", "kite"),
    ("A girl catches a frisbee on the right side. Now run with it, girl!", "girl"),
])
def test_run_with_it_after_a_thing_is_picked_up_is_a_carry(prompt, query):
    assert lvd.one_object_motion(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("From above, moving ball, lower left corner, upper left corner, upper right corner; spin with it all.",
     "ball", ("lower left", "upper left", "upper right")),
    ("Rolling ball path logged; lower left corner, upper left corner, upper right corner.",
     "ball", ("lower left", "upper left", "upper right")),
])
def test_a_semicolon_sets_off_a_closing_bid_or_a_noted_routes_places(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("length", [2_000, 8_000])
def test_a_long_run_of_words_before_a_closing_bid_is_read_in_linear_time(length):
    fillers = "really, " * ((length - 60) // len("really, "))
    dropped = f"A dog runs to the left, {fillers}bounce with it all, team."
    kept = f"A dog runs to the left, {fillers}the dog runs with it all."  # no bid: each comma could start one
    assert len(kept) >= length - 60
    assert scene_asides_dropped(dropped) == "A dog runs to the left."
    assert scene_asides_dropped(kept) == kept
    best = min(timed(scene_asides_dropped, kept) for _ in range(3))
    # a run re-read from every comma took 3.5 ms at 2,000 characters and 0.17 s at 8,000
    assert best < 0.005 * length / 2_000


def timed(reading, text: str) -> float:
    start = time.perf_counter()
    reading(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("prompt, query, count", [
    ("Three dogs wait the whole chorus, nothing else.", "dog", 3),
    ("Two birds perch the whole concert.", "bird", 2),
    ("Four balls from the opening tip-off to the closing horn.", "ball", 4),
])
def test_a_span_waited_through_or_closed_by_a_horn_is_a_time(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_guess_who_does_a_told_act_answered_by_a_thing_is_that_things_act():
    prompt = "Guess who crawls from the right to the left? A baby turtle."
    assert lvd.one_object_motion("turtle", True, planned_condition(prompt))
