"""Three of set 162's readers kept to their own voice, so ordinary prompts read as they did before them.

An SVG file is now only the span from "<svg" to "</svg>": the sentences around it, and the words drawn in a
"<text>", are read as written, and a sentence that only names the format ("an <svg> logo of a cat") is no file at
all. A spec's line giving a thing its route ("Car: left -> right") no longer drops the half its other fields give it
("appears in: second half"). And a bare "Gone." after a sound of speed is how fast a thing went by only after a
sentence that moves it; after a thing that sits, stands or is parked it is still that thing's going. Each is checked
with LVD's own predicates, beside the voice's own case that must keep working.
"""

import pytest

from pipelines.lvd.svg_markup import looks_like_svg
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import centres, names, planned_condition

LEFTWARD, RIGHTWARD = True, False


# ------------------------------------------------------------ 1. an SVG file is its span, the words around it stay
@pytest.mark.parametrize("prompt, query, leftward", [
    ("An <svg> badge of a dog trots from left to right.", "dog", RIGHTWARD),
    ("Make it look like an <svg> clip-art: a green ball rolls from right to left.", "ball", LEFTWARD),
    ('<svg><ellipse fill="green"/></svg> A green ball rolls from right to left.', "ball", LEFTWARD),
    ('A green ball rolls from right to left. <svg><ellipse fill="green"/></svg>', "ball", LEFTWARD),
    ('<svg><rect id="bus" fill="yellow"/></svg> The bus drives from the right to the left.', "bus", LEFTWARD),
    ('<svg><rect id="horse"/></svg> the horse gallops from left to right', "horse", RIGHTWARD),
    ('<svg><text x="4" y="9">A duck swims from right to left</text></svg>', "duck", LEFTWARD),
])
def test_the_words_around_an_svg_file_and_in_its_text_are_read(prompt, query, leftward):
    """A sentence before or after the file, or drawn in its <text>, is the scene's own; a bare tag is no file."""
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, top, under", [
    ('<svg><rect id="shelf"/><circle id="vase"/></svg> A vase sits on a shelf.', "vase", "shelf"),
    ('<svg><rect id="desk"/><circle id="cup"/></svg> A cup rests on a desk.', "cup", "desk"),
])
def test_a_shape_the_sentence_after_names_is_that_thing_not_a_second_one(prompt, top, under):
    """'<rect id="desk"/><circle id="cup"/>' then "A cup rests on a desk.": one cup, on the desk."""
    found = centres(prompt)
    assert sorted(found) == sorted([top, under])
    assert found[top][0][1] < found[under][0][1]


def test_a_page_around_the_file_keeps_its_paragraph():
    prompt = '<html><body><p>A dog runs from right to left.</p><svg><rect id="box" fill="blue"/></svg></body></html>'
    assert bench.one_object_motion("dog", LEFTWARD, planned_condition(prompt))


def test_a_moves_half_said_after_the_file_is_kept():
    prompt = 'Draw this: <svg><rect id="bus" fill="yellow"/></svg> The bus drives from left to right in the second half.'
    found = centres(prompt)["yellow bus"]
    assert found[0] == found[2] and found[-1][0] > found[3][0] + 0.2


def test_only_a_real_file_is_read_as_svg():
    assert not looks_like_svg("An <svg> logo of a cat slides from left to right.")
    assert looks_like_svg('<svg><rect id="car"/></svg>')
    assert looks_like_svg('<svg viewBox="0 0 10 10">\n  <rect id="car" fill="red"/>')


def test_the_svg_voice_still_reads_its_shapes():
    prompt = '<svg>\n  <rect id="truck" fill="orange" data-direction="right-to-left"/>\n  <circle id="ball"/>\n</svg>'
    condition = planned_condition(prompt)
    assert bench.one_object_motion("truck", LEFTWARD, condition)
    assert names(prompt) == ["ball", "orange truck"]


# ------------------------------------------------------------ 2. a spec thing's route keeps its half
@pytest.mark.parametrize("prompt, query, appears", [
    ("Truck: right -> left | appears in: second half", "truck", True),
    ("Object: dog | dog: right to left | visible in: second half", "dog", True),
    ("Object: horse | horse: right side, left side | shown in: second half", "horse", True),
    ("Bird: upper left corner, then upper right corner | visible in: first half", "bird", False),
    ("Object: bus | path: right to left | appears in: second half", "bus", True),
])
def test_a_things_route_field_keeps_the_half_it_is_seen_in(prompt, query, appears):
    assert bench.visibility(query, appears, planned_condition(prompt))


def test_a_route_with_a_half_still_moves_the_thing():
    found = centres("Truck: right -> left | appears in: second half")["truck"]
    assert found[0] is None and found[-1][0] < found[4][0] - 0.2


def test_the_scorecard_route_voice_still_reads_its_route():
    assert bench.sequential("horse", ["lower left", "upper left", "upper right"], planned_condition(
        "Horse: lower left corner, then upper left corner, then upper right corner"))


# ------------------------------------------------------------ 3. "Whoosh! Gone." after a still thing is its going
@pytest.mark.parametrize("prompt, query", [
    ("A fox sits on the left of a bench. Whoosh! Gone.", "fox"),
    ("A horse stands on the right. Zing! Gone.", "horse"),
    ("A bus is parked on the right. Vroom! Gone.", "bus"),
    ("A dog rests on the right in the first half. Zip! Gone.", "dog"),
])
def test_gone_after_a_speed_sound_following_a_still_thing_is_its_going(prompt, query):
    assert bench.visibility(query, False, planned_condition(prompt))


def test_gone_after_a_speed_sound_following_a_move_is_still_how_fast_it_went():
    prompt = "Then a horse gallops from the right side of the frame to the left side. Whoosh! Gone."
    assert bench.one_object_motion("horse", LEFTWARD, planned_condition(prompt))


def test_a_hostile_repeat_of_speed_sounds_plans_quickly():
    import time
    start = time.perf_counter()
    planned_condition("A cat sits on the left. " + "Whoosh! Gone. " * 150)
    assert time.perf_counter() - start < 1.0
