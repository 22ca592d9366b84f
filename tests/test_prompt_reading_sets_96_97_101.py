"""Prompts in the voices of held-out sets 96, 97 and 101 (tests/helpers/blind_set_96.py, blind_set_97.py,
blind_set_101.py), in new words.

- A question put to the listeners, "Who can spot the red kite?", "Kids, who saw the dog?", "Anyone spot the kite?",
  "Can anybody see the ball?", about "the" thing the prompt
  goes on to bring in is the asker's: it names that thing once, never a second one, and its verbs ("can") are no
  things. Where the next sentence only points back at it ("It flies ..."), the question is where the thing is named.

- A title or endearment for the one listener set off by commas, "my lady", "good sir", "your honour", "my boy", is the
  one spoken to, never a thing: a lady told with her article stays.
- An instrument's or a source's registering, "sensors register", "gauges confirm", "readings indicate", reports what
  its clause holds, as "sources say" does: the instrument is no thing; a dog that detects a cat is a scene.
- A thing named, then "no <thing> in the first half" and its coming told again in the second half ("it appears", "then
  present from the second half") is that one thing, not there at first: never a second one seen all along.

- A fence said with a modal, "nothing else shall enter", "nothing more may come in", is no arrival of the things
  named: they stay in view all along. A fence said before a colon ends there: the scene after it is read.

- A thing asked after by name alone and answered by its verb, "The car? Drives to the left.", is one statement:
  the car drives to the left, never a label and a sentence with no subject.

- Arriving somewhere with no setting off before it and a goal after it, "arrives on the left and drives to the
  right", is coming into view there: the move starts at the arrival, never goes there first. A goal told after
  another thing is brought in, or an arrival after another doing ("runs and arrives"), keeps the arrival.

- A bare corner set off after a thing before the first goal said with its way, "a dog, lower right corner up to
  the upper right corner, then ...", is where the route starts, as it is before a plain "to".

- "Which animal is gray? The dog." (or "What ...?") asks which thing has the colour and answers it: the dog is gray,
  never the thing named last; a dog brought in only after it is that gray dog, never a second one.

- A lead saying what the words after its colon are for, "For ten points:", "For five bonus points, team:", "For ten
  points, players:", names no thing, whoever it addresses; "For the first half:" is a time.

- The speaker's own "what do I see?" with the doing that leads to it, "Waking up late, and what do I see, mate?",
  names nothing: the still thing told next stays still.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition


@pytest.mark.parametrize("prompt, drawn", [
    ("Who can spot the red kite? One red kite hangs in the sky the whole time.", ["red kite"]),
    ("Kids, who saw the sleepy dog? There were two sleepy dogs on the rug, and nothing else.", ["dog", "dog"]),
    ("Who will find the brown horse for me? A brown horse stands in the field all along.", ["brown horse"]),
    ("Team, who can see the sleepy cat? Just one sleepy cat, in view all along.", ["cat"]),
])
def test_a_question_to_the_listeners_names_the_thing_once(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Anyone spot the kite? A red kite flies from left to right.", ["red kite"]),
    ("Who among you can find the dog? A brown dog runs to the left.", ["brown dog"]),
    ("Can anybody see the ball? A ball rolls to the right.", ["ball"]),
    ("Folks, do you all see the horse? Two horses gallop to the left.", ["horse", "horse"]),
])
def test_a_question_to_the_listeners_in_any_form_names_the_thing_once(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Who can trace the running dog with a fingertip? It runs from the left side to the right side.", "dog", False),
    ("Students, who could follow the rolling ball with a laser? It rolls from the right to the left.", "ball", True),
    ("Who can spot the flying bird with the naked eye? It flies from the right side to the left side.", "bird", True),
])
def test_a_question_to_the_listeners_names_the_thing_a_pronoun_then_moves(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_question_to_the_listeners_about_a_thing_told_before_stays_a_question():
    prompt = "Two dogs play in a yard. Who can see the dogs? Everyone. A cat walks past them."
    assert sorted(names(prompt)) == ["cat", "dog", "dog"]


@pytest.mark.parametrize("prompt, drawn", [
    ("Two sleepy dogs, my lady, doze by the hearth from start to finish.", ["dog", "dog"]),
    ("A car, my boy, drives to the left.", ["car"]),
    ("Three brown horses, my good man, graze all along.", ["brown horse"] * 3),
    ("One red ball, my dear girl, rolls to the right, and nothing else.", ["red ball"]),
])
def test_a_title_for_the_one_listener_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_lady_told_with_an_article_is_in_the_scene():
    assert sorted(names("A lady walks a dog to the right.")) == ["dog", "lady"]


@pytest.mark.parametrize("prompt, drawn", [
    ("Detectors register two red balls at rest the whole time.", ["red ball", "red ball"]),
    ("Readings indicate a bird flying from the left to the right.", ["bird"]),
    ("Gauges confirm one parked car, there from start to end.", ["car"]),
    ("The scanners registered three dogs by the gate, and nothing else.", ["dog", "dog", "dog"]),
])
def test_an_instrument_registering_the_scene_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_creature_detecting_another_stays_in_the_scene():
    assert sorted(names("A dog detects a cat behind the sofa.")) == ["cat", "dog", "sofa"]


@pytest.mark.parametrize("prompt, query", [
    ("A grey horse: no horse in the first half, and in the second half it shows up and stays.", "horse"),
    ("A red kite, which is not around in the first half, no kite at all, but appears in the second half and remains.",
     "kite"),
    ("A sleepy dog: no dog during the first half, then present from the second half until the end.", "dog"),
    ("Here is one brown cat. No cat in the first half; in the second half it appears and stays put.", "cat"),
])
def test_an_absence_in_the_first_half_of_a_thing_named_before_is_that_thing_coming_later(prompt, query):
    drawn = names(prompt)
    assert len(drawn) == 1 and query in drawn[0]
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("Two grey cats stay all along, and nothing else shall enter.", ["gray cat"] * 2),
    ("Behold two brown dogs! They stay from start to finish, and nothing else shall enter.", ["brown dog"] * 2),
    ("Four moving cars idle all along, and nothing else shall arrive.", ["car"] * 4),
])
def test_a_fence_with_a_modal_is_no_arrival_of_the_things_named(prompt, drawn):
    assert names(prompt) == drawn
    assert all(box is not None for obj in PLANNER.plan(prompt, num_keyframes=8).layout.objects for box in obj.boxes)


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Nothing else shall enter: a dog runs right.", "dog", False),
    ("Nothing else will appear: a cat walks to the left.", "cat", True),
    ("Leave everything else out: a bird flies to the left.", "bird", True),
])
def test_a_fence_before_a_colon_leaves_the_scene_after_it(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_fence_before_a_colon_keeps_every_thing_after_it():
    prompt = "Nothing else shall enter: a fence stands in the middle and a dog runs right."
    assert sorted(names(prompt)) == ["dog", "fence"]


@pytest.mark.parametrize("prompt, drawn", [
    ("The red kite? Drifts to the left. The dog? Sits still the whole time.", ["dog", "red kite"]),
    ("Mate, the box? Sits there. The cat? Walks from the left of the box to the right of the box.", ["box", "cat"]),
    ("The bird? Flies to the right. And the ball? Rolls to the left.", ["ball", "bird"]),
])
def test_a_thing_asked_by_name_and_answered_with_its_verb_is_one_statement(prompt, drawn):
    assert sorted(names(prompt)) == drawn


def test_a_thing_asked_by_name_then_moves_past_the_still_one():
    prompt = "Yo, the ball? Stays put. The dog? Runs from the left of the ball to the right of the ball."
    assert lvd.two_object_motion("dog", "ball", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A car arrives on the left and drives to the right.", "car", False),
    ("A dog arrives at the right side and then trots over to the left side.", "dog", True),
    ("A train arrives on the left and then leaves to the right.", "train", False),
])
def test_an_arrival_before_a_goal_is_where_the_move_starts(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A car arrives on the left, and then a bus drives to the right.", "car", True),
    ("A car arrives on the left with a bus heading to the right.", "car", True),
    ("A van arrives at the right side, and a cat then runs to the left.", "van", False),
    ("A dog runs and arrives on the left, and a cat walks to the right.", "dog", True),
    ("A ball rolls and arrives on the right while a bird flies to the left.", "ball", False),
])
def test_an_arrival_keeps_its_place_where_the_goal_after_it_is_another_things(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_an_arrival_after_setting_off_is_still_the_goal():
    prompt = "A ball rolls from the left, arriving at the right side."
    assert lvd.one_object_motion("ball", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("A walking dog, lower right corner up to the upper right corner, then over to the upper left corner.", "dog",
     ("lower right", "upper right", "upper left")),
    ("Seen from overhead: a rolling ball, upper left corner down to the lower left corner, then across to the lower "
     "right corner.", "ball", ("upper left", "lower left", "lower right")),
    ("A white dog, upper left corner down to the lower left corner, then across to the lower right corner.", "dog",
     ("upper left", "lower left", "lower right")),
])
def test_a_bare_first_corner_before_a_way_and_its_goal_starts_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, query2, colour1, colour2", [
    ("A red ball next to a blue box. Which one is red? The ball.", "ball", "box", "red", "blue"),
    ("Quiz time: a green frog beside a yellow duck. Which creature was green? The frog.", "frog", "duck", "green",
     "yellow"),
    ("A green frog sits beside a duck. What bird is yellow? The duck.", "frog", "duck", "green", "yellow"),
])
def test_which_thing_has_a_colour_answered_is_that_things_colour(prompt, query1, query2, colour1, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("Which animal is gray? The dog. A dog and a cat run right.", ["gray dog", "cat"]),
    ("What creature is white? The cat. Two cats sit still.", ["white cat", "white cat"]),
    ("Which toy was red? The ball. One ball rolls to the left.", ["red ball"]),
    ("Which vehicle was blue? The truck, driving left.", ["blue truck"]),
])
def test_a_colour_answered_for_a_thing_brought_in_next_colours_that_thing_once(prompt, drawn):
    assert sorted(names(prompt)) == sorted(drawn)


@pytest.mark.parametrize("prompt, drawn", [
    ("Which ones were red? The balls. Two balls roll to the left.", ["red ball", "red ball"]),
    ("Which ones are blue? the cars. two cars drive to the right.", ["blue car", "blue car"]),
    ("Q: Which one's blue? A: The car. Q: Which way? A: Right.", ["blue car"]),
])
def test_which_thing_has_a_colour_is_asked_alike_in_prose_and_in_a_quiz(prompt, drawn):
    assert sorted(names(prompt)) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("For ten points, contestants: two red cars wait at the light the whole time.", ["red car"] * 2),
    ("For three points: what rolls to the left? A red ball.", ["red ball"]),
    ("For five bonus points, team: three birds perch on a wire the whole time.", ["bird"] * 3),
])
def test_a_lead_for_nothing_shown_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("For ten points, players: a cat walks to the right.", ["cat"]),
    ("For twenty points, kids: two birds perch on a wire the whole time.", ["bird"] * 2),
    ("For two bonus points, players: one red ball rests on the floor.", ["red ball"]),
])
def test_a_lead_for_nothing_shown_with_its_listeners_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_lead_naming_a_thing_keeps_it_whoever_is_addressed():
    assert names("For the dogs, folks: two dogs run to the left.") == ["dog", "dog"]


def test_a_lead_for_a_time_keeps_its_time():
    prompt = "For the first half: a dog sits. For the second half: no dog."
    assert lvd.visibility("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, still, leftward", [
    ("Waking up late, and what do I see, mate? The cat stays put, and a car drives from the left of the cat to the "
     "right of the cat.", "car", "cat", False),
    ("Jogging home, and what did I spot, folks? The box stays still, and a dog runs from the right of the box to the "
     "left of the box.", "dog", "box", True),
])
def test_the_speakers_own_sight_and_its_lead_name_nothing(prompt, mover, still, leftward):
    assert len({centre for centre in centres(prompt)[still]}) == 1
    assert lvd.two_object_motion(mover, still, leftward, planned_condition(prompt))
