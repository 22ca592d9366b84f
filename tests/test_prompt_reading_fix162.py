"""Set 162's voices read as ways of writing, in new prompts: an SVG file's shapes, a judge's scorecard, a Boston speaker.

An SVG file marks a scene up as shapes whose ids and classes name the things, their fills colour them and their
attributes (or an "<animateMotion>" inside them) move them; read as a page its tags went and only the comments were
left, so each shape is now said as a sentence of its own. A scorecard's line naming a thing and listing the corners
it went through ("Horse: lower right corner, then ...") is that thing's route, never words describing it. A Boston
speaker drops the "r" of the little words ("theah", "ovah", "staht"), which were drawn as things; and a bare "Gone."
after a sound of speed ("Zoom. Gone.") says how fast it went by, as "whoosh, gone" does. Each is checked with LVD's
own predicates, with an ordinary prompt beside it that must read as before.
"""

import pytest

from pipelines.lvd.svg_markup import looks_like_svg, svg_in_sentences
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import names, planned_condition

LEFTWARD, RIGHTWARD = True, False


# ------------------------------------------------------------ 1. an SVG file's shapes are the scene's things
@pytest.mark.parametrize("prompt, first, colour1, second, colour2", [
    ('<svg id="frame">\n  <!-- next to each other, all clip long -->\n  <path id="horse" fill="brown"/>\n'
     '  <rect id="bus" fill="yellow"/>\n</svg>', "horse", "brown", "bus", "yellow"),
    ('<svg>\n  <g id="both">\n    <rect class="box blue"/>\n    <ellipse class="duck white"/>\n  </g>\n</svg>',
     "box", "blue", "duck", "white"),
])
def test_a_shapes_fill_or_class_colours_the_thing_its_id_or_class_names(prompt, first, colour1, second, colour2):
    assert bench.attribution(first, second, colour1, colour2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ('<svg>\n  <path id="horse" class="galloping">\n    <animateMotion data-from="right side of the frame" '
     'data-to="left side of the frame"/>\n  </path>\n</svg>', "horse", LEFTWARD),
    ('<svg id="view">\n  <rect id="truck" data-direction="left-to-right"/>\n</svg>', "truck", RIGHTWARD),
    ('<svg>\n  <ellipse id="rabbit">\n    <!-- hops from the right side of the frame to the left side -->\n'
     '  </ellipse>\n</svg>', "rabbit", LEFTWARD),
])
def test_a_shapes_motion_attributes_and_the_comment_inside_it_move_it(prompt, query, leftward):
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ('<svg>\n  <path id="tree" data-state="stationary"/>\n  <ellipse id="fox">\n'
     '    <!-- runs from the left of the tree to the right of the tree -->\n  </ellipse>\n</svg>',
     "fox", "tree", RIGHTWARD),
    ('<svg>\n  <rect id="box" class="still"/>\n  <polygon id="sheep" data-from="right of the box" '
     'data-to="left of the box"/>\n</svg>', "sheep", "box", LEFTWARD),
])
def test_a_still_shape_stays_and_the_other_passes_it(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ('<svg>\n  <!-- top-down -->\n  <rect id="truck"/>\n  <polyline id="truck-route" '
     'points="lower right corner, lower left corner, upper left corner"/>\n</svg>',
     "truck", ("lower right", "lower left", "upper left")),
    ('<svg>\n  <!-- seen from overhead -->\n  <ellipse id="fox">\n    <animateMotion '
     'data-path="lower left corner, upper left corner, upper right corner"/>\n  </ellipse>\n</svg>',
     "fox", ("lower left", "upper left", "upper right")),
])
def test_a_shapes_route_is_the_corners_its_path_or_its_own_route_lists(prompt, query, route):
    assert bench.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ('<svg>\n  <rect id="bus" visibility="hidden">\n    <set attributeName="visibility" to="visible" '
     'begin="second-half"/>\n  </rect>\n</svg>', "bus", True),
    ('<svg>\n  <g id="first-half">\n    <path id="horse"/>\n  </g>\n  <g id="second-half">\n'
     '    <!-- nothing -->\n  </g>\n</svg>', "horse", False),
])
def test_when_a_shape_is_shown_says_its_half(prompt, query, appears):
    assert bench.visibility(query, appears, planned_condition(prompt))


def test_shapes_of_one_thing_that_no_words_name_are_counted():
    prompt = '<svg>\n  <ellipse class="duck"/>\n  <ellipse class="duck"/>\n  <ellipse class="duck"/>\n</svg>'
    assert bench.numeracy("duck", 3, planned_condition(prompt))


def test_shapes_the_words_already_count_are_those_things_again():
    prompt = ('<svg>\n  <!-- two rabbits, the whole clip; nothing else -->\n  <ellipse class="rabbit"/>\n'
              '  <ellipse class="rabbit"/>\n</svg>')
    assert svg_in_sentences(prompt) == "two rabbits, the whole clip; nothing else."
    assert bench.numeracy("rabbit", 2, planned_condition(prompt))


def test_a_page_of_plain_markup_is_no_drawing_and_reads_as_before():
    assert not looks_like_svg("<p>a red ball bounces</p>")
    assert names("<h2>park</h2>\n<p>a red ball bounces on the left</p>") == ["red ball"]


# ------------------------------------------------------------ 2. a scorecard's thing line listing corners is its route
@pytest.mark.parametrize("prompt, query, route", [
    ("Foxtrot, from above\nHorse: lower left corner, then the lower right corner, then the upper right corner.\n"
     "Smooth.\nRecall: yes", "horse", ("lower left", "lower right", "upper right")),
    ("Rumba, top-down\nTruck: upper left corner, lower left corner, lower right corner, in that order.\nRecall: no",
     "truck", ("upper left", "lower left", "lower right")),
])
def test_a_things_line_of_corners_is_its_route(prompt, query, route):
    assert bench.sequential(query, route, planned_condition(prompt))


def test_a_things_line_of_describing_words_still_describes_it():
    prompt = "Object: fox\nFox: red, running\nCount: one"
    assert bench.attribution("fox", "fox", "red", "red", planned_condition(prompt))


# ------------------------------------------------------------ 3. a Boston speaker's dropped "r"
@pytest.mark.parametrize("prompt, query, count", [
    ("Three trotting horses, from the staht to the end, and nothin' else theah. Wicked.", "horse", 3),
    ("Two foxes runnin' all ovah the place, staht to finish. Nothin' else.", "fox", 2),
])
def test_the_little_words_without_their_r_are_no_things(prompt, query, count):
    assert bench.numeracy(query, count, planned_condition(prompt))


# ------------------------------------------------------------ 4. "Zoom. Gone." is how fast it went
def test_gone_after_a_sound_of_speed_is_how_fast_it_went():
    prompt = "Then a fox runs from the left side of the frame to the right side. Vroom. Gone."
    assert bench.one_object_motion("fox", RIGHTWARD, planned_condition(prompt))


def test_a_bare_gone_after_a_sentence_is_still_a_going():
    prompt = "A lively fox is in the middle in the first half. Gone."
    assert bench.visibility("fox", False, planned_condition(prompt))
