"""Prompts in the voices of held-out sets 109 and 110 (tests/helpers/blind_set_109.py, blind_set_110.py), in new words.

- A span of the clip from a beginning to an end named as a day's or a life's, "from the film's birth to its close",
  is the whole clip, and its words are no things.
- A child dictating to whoever writes it down, "write a pink cat, and a dog by it": a thing of the scene told to be
  written is in the scene, never a mark on a sheet.
- A speaker's assurance set off by its stop, "No joke:", "This is no dream:", "No kidding,", denies a word that names
  no thing: no absence in the clip, so the halves are read from what follows it.
- A heading of a noun that names no thing and "reported", "Incident reported, seen from above:", is the writer's
  label over the report, never a thing in view; "a lively cat reported." is still a cat in view.
- A route listed bare under a thing's label after a dropped heading, "Angle: from above. A cat: lower right corner to
  lower left corner to upper left corner", is a route, its first stop no place the thing stays at.
- A programmer's pseudocode: a call's keyword arguments "from=", "to=", "start=", "end=" say where from and to; a
  comment after code on its line, "... // the horse stays put", is a sentence of its own; a list of places given a
  name and then moved "along it" is that route; a branch on the clip's half, "if t in the second half: ... else:
  ...", says what is there in each half, and the loop over the frames around it says nothing.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, corner_of, names, planned_condition, seen_in

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize("prompt, query, count", [
    ("From the film's birth to its close, four dogs stay in view, nothing else.", "dog", 4),
    ("Two horses stand there from the video's dawn right to its close.", "horse", 2),
    ("From the onset of the recording until its close, one blue ball lies there and nothing else.", "ball", 1),
    ("Three cats keep still, from the clip's inception through to its close.", "cat", 3),
])
def test_a_span_from_a_dawn_or_birth_to_a_close_is_the_whole_clip(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, colour1, query2, colour2", [
    ("Write a green car, and a blue ball next to it, Mummy.", "car", "green", "ball", "blue"),
    ("Okay. Now write down a white horse and a black dog beside it.", "horse", "white", "dog", "black"),
    ("Please write a purple ball. And a brown dog, by it.", "ball", "purple", "dog", "brown"),
])
def test_a_scene_thing_told_to_be_written_down_is_in_the_scene(prompt, query1, colour1, query2, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))


def test_a_counted_thing_told_to_be_written_down_is_counted():
    assert lvd.numeracy("bird", 3, planned_condition("Write down three red birds. That is all."))


@pytest.mark.parametrize("prompt, query, appears", [
    ("No joke: a red ball in the first half of the video, no ball in the second half.", "ball", False),
    ("This is no dream: a dog in the first half, no dog in the second half.", "dog", False),
    ("No kidding, a horse in the first half, and no horse in the second half.", "horse", False),
    ("No lie: a bird in the second half of the clip, none in the first half.", "bird", True),
])
def test_an_assurance_denying_no_thing_is_no_absence(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Incident reported, seen from above: a red ball rolls from the lower right corner to the lower left corner, then "
     "to the upper left corner.", "ball", BR_BL_TL),
    ("Sighting reported, from overhead: a bird flies from the lower left corner to the upper left corner, and then to "
     "the upper right corner.", "bird", BL_TL_TR),
    ("Disturbance reported. Top-down view: a dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.", "dog", BR_TR_TL),
])
def test_a_heading_reported_is_the_writers_label_not_a_thing_in_view(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Camera notes: top-down. The bird: lower left corner -> lower right corner -> upper right corner.", "bird",
     BL_BR_TR),
    ("Angle: from above, pointing down. A cat: lower right corner to lower left corner to upper left corner.", "cat",
     BR_BL_TL),
    ("Setup: seen from overhead. A horse: lower left corner \u2192 upper left corner \u2192 upper right corner.",
     "horse", BL_TL_TR),
])
def test_a_route_listed_bare_under_a_label_is_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("animate(cat, origin=left side of the screen, target=right side of the screen)", "cat", False),
    ("fly(a red bird, from = left side, to = right side);", "bird", False),
])
def test_keyword_arguments_say_where_from_and_to(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("roll(a ball, from=right of the box, to=left of the box)  # the box does not move", "ball", "box", True),
    ("drive(a car, from=left of the horse, to=right of the horse) // the horse stays put", "car", "horse", False),
])
def test_a_comment_after_code_is_a_sentence_of_its_own(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_comment_line_above_code_is_read():
    """The view said in a "//" comment line decides where a route's corners are; unread, the route starts mid-frame."""
    path = centres("// seen from above\nroll(a ball, from=lower left corner, to=upper right corner)")["ball"]
    assert (corner_of(path[0]), corner_of(path[-1])) == ("lower left", "upper right")


@pytest.mark.parametrize("prompt, query, route", [
    ("stops = [lower right corner, lower left corner, upper left corner]\n# a dog walks along it; top-down view",
     "dog", BR_BL_TL),
    ("route = (lower left corner, lower right corner, upper right corner)\n// seen from above, a red car drives "
     "along route", "car", BL_BR_TR),
])
def test_a_named_list_of_places_moved_along_is_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("for t in video:\n    if t in the second half: no horse\n    else: a horse stands there", "horse", False),
    ("for each frame in the clip:\n  if frame < midpoint: a ball sits there\n  otherwise: no ball", "ball", False),
    ("if first half: no dog\nelse: a dog runs in and stays", "dog", True),
])
def test_a_branch_on_the_clips_half_says_what_is_there_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, seen", [
    ("when the first half is over: a dog appears on the left and stays for the rest of the clip.", (False, True)),
    ("a cat sits on the left for a while\nwhen the second half is over: nothing else", (True, True)),
    ("when the first half ends: a dog comes in and stays for the rest of the clip.", (False, True)),
])
def test_prose_that_names_a_half_before_a_colon_is_no_code_branch(prompt, seen):
    assert seen_in(prompt) == seen


@pytest.mark.parametrize("prompt, query, appears", [
    ("When frame in second half: a dog on the left\nOtherwise: no dog", "dog", True),
    ("When t >= midpoint: a bird on the right\nOtherwise: no bird", "bird", True),
    ("For each frame in the clip:\n    If frame in the second half: a horse stands on the right\n    Else: no horse",
     "horse", True),
])
def test_capitalised_branches_of_code_are_read_as_lowercase_ones(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("red ball // blue box // green cone", ["blue box", "green cone", "red ball"]),
    ("two cats // one black, one white // sleeping on the left", ["black cat", "white cat"]),
    ("black dog // white cat // grey horse", ["black dog", "gray horse", "white cat"]),
])
def test_slashes_between_things_in_prose_are_no_comments(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query, count", [
    ("Item: a blue car | While moving: left to right | Count: 2", "car", 2),
    ("Object: a green ball | If seen: whole clip | Number: 3", "ball", 3),
])
def test_a_spec_key_opening_with_a_branch_word_is_still_a_key(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_spec_key_opening_with_while_keeps_the_specs_colour():
    assert names("Thing: a horse\nWhile running: left to right\nColour: black") == ["black horse"]


@pytest.mark.parametrize("prompt, drawn", [
    ("Write a cat's name on the card. A dog sleeps on the left.", ["dog"]),
    ("Write a horse's name on the sign. Two horses stand still.", ["horse", "horse"]),
    ("Write a ball for every dog you see. Three dogs lie on the grass.", ["dog", "dog", "dog"]),
])
def test_a_written_mark_that_only_mentions_a_thing_draws_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_thing_written_for_each_one_found_is_not_one_more():
    prompt = "Can you find the moving cars? Write a car for each one you find. There are two."
    assert lvd.numeracy("car", 2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, colour1, query2, colour2", [
    ("Write the pink cat, and the yellow dog by it.", "cat", "pink", "dog", "yellow"),
    ("Then write the green ball, and the red box next to it.", "ball", "green", "box", "red"),
])
def test_the_thing_dictated_with_the_is_in_the_scene(prompt, query1, colour1, query2, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))
