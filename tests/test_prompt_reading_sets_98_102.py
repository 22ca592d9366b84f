"""Prompts in the voices of held-out sets 98 and 102 (tests/helpers/blind_set_98.py, blind_set_102.py), in new words.

- A view from "up above", "way up above", is the camera's from above.
- A route's label with an aside before its colon, "Path of travel, as drawn:", heads the route as it does alone.
- A label naming where a journey starts, passes or ends, "Origin:", "Point of departure:", "Via:", "Destination:",
  "From:", "To:", said before a place, is where the thing is then.
- A count given a label of its own, "Number: three.", counts the things the next label names.
- A record's sentence that leaves out its subject, "Absent at the start.", "Enters in the second half.", speaks of the
  thing its heading names; one that names its own thing after a comma or colon, "Visible in the upper left, a bird
  flies ...", "Appears in the second half: a red ball.", leaves nothing out.
- A presenter's perfect, "the tea leaves have shown me", "I have seen", is the telling's: the presenter is not drawn
  and the move it tells is not over before the clip starts.
- A framing noun with a copula and two words describing it before a colon, "The image is old yet sharp:", heads the
  prompt.
- A going for good said as passing on or away, or moving on for good, "he has passed away.", says the thing left.
- A list closing on the clip as a colon's label, "Keys, a phone, and the video:", is the speaker's; the clip's
  things follow it.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition


@pytest.mark.parametrize("prompt, query, route", [
    ("Snap it from up above, buddy: a rolling ball goes from the upper left corner to the lower left corner, then to "
     "the lower right corner.", "ball", ("upper left", "lower left", "lower right")),
    ("Take it all in from way up above. A cat walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.", "cat", ("lower right", "upper right", "upper left")),
    ("From up above, my friend, a car drives from the upper right corner to the upper left corner, then to the lower "
     "left corner.", "car", ("upper right", "upper left", "lower left")),
])
def test_a_view_from_up_above_is_the_cameras_from_above(prompt, query, route):
    assert PLANNER.plan(prompt).layout.view == "top-down"
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Path of travel, as drawn from overhead: rolling ball, from the upper left corner to the upper right corner, then "
     "to the lower right corner.", "ball", ("upper left", "upper right", "lower right")),
    ("Route of travel, sketched by hand: walking dog, from the lower left corner to the upper left corner, then to the "
     "upper right corner.", "dog", ("lower left", "upper left", "upper right")),
])
def test_a_route_label_with_an_aside_heads_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Walking cat, seen from above. Point of origin: lower right corner. Then: upper right corner. Final destination: "
     "upper left corner.", "cat", ("lower right", "upper right", "upper left")),
    ("Top-down view. Rolling ball. Entry point: upper left corner. Next: lower left corner. Arrival point: lower right "
     "corner.", "ball", ("upper left", "lower left", "lower right")),
])
def test_a_journeys_place_labels_say_where_the_thing_is_then(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("In transit this week: moving car. From: the right side of the frame. To: the left side.", "car", True),
    ("Freight in motion: rolling ball. From: the left side. To: the right side of the frame.", "ball", False),
    ("Item en route: walking dog. From: the left side of the frame. To: the right side.", "dog", False),
    ("Goods on the move, sir: rolling ball. Point of origin: the right side. Final destination: the left side.", "ball",
     True),
])
def test_from_and_to_labels_are_the_moves_ends(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert (centres(prompt)[query][0][0] > 0.5) == leftward  # it sets off from the side the label names


@pytest.mark.parametrize("prompt, query, count", [
    ("Number: three. Type: parked cars. Remarks: none.", "car", 3),
    ("Count: 5. Kind: sleeping dogs.", "dog", 5),
    ("Amount: four. Contents: sleeping cats.", "cat", 4),
])
def test_a_count_labelled_before_its_things_counts_them(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query, appears", [
    ("Log entry: red ball. Visible in the first half. Not present in the second half.", "ball", False),
    ("Registered: small dog. Not present in the first half. Enters in the second half, then remains.", "dog", True),
    ("Declared item: sleeping cat. Not present in the first half. Present in the second half.", "cat", True),
    ("Registered: small dog. Present at the start. Not present in the second half.", "dog", False),
])
def test_a_records_sentence_without_its_subject_speaks_of_its_heading(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("The cards have shown us a walking cat, crossing from the right side to the left side.", "cat", True),
    ("My dreams have shown me a running dog, heading from the left side of the frame to the right side.", "dog", False),
    ("I have seen a rolling ball, travelling from the right side of the frame to the left side.", "ball", True),
    ("The old stones have shown me a flying bird going from the left side to the right side.", "bird", False),
])
def test_a_presenters_perfect_leaves_the_move_it_tells_to_the_clip(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert len(names(prompt)) == 1
    path = centres(prompt)[query]
    assert abs(path[0][0] - path[3][0]) > 0.1  # under way from the start, not over before the clip begins


@pytest.mark.parametrize("prompt, query, count", [
    ("Well, the picture was grainy but honest: two sleeping dogs.", "dog", 2),
    ("The vision is dim and shaky: four flying birds, nothing more.", "bird", 4),
])
def test_a_framing_noun_described_before_a_colon_heads_the_prompt(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query", [
    ("A cat naps in the first half. In the second half, no cat; it has moved on for good.", "cat"),
    ("A cat sits in the first half. In the second half, nothing. No cat. It has passed on.", "cat"),
    ("We had a dog in the first half. By the second half, no dog. He has passed away.", "dog"),
    ("Two... no. One bird in the first half. In the second half no bird; it passed away.", "bird"),
])
def test_passing_or_moving_on_for_good_is_a_going(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))
    assert len(names(prompt)) == 1


@pytest.mark.parametrize("prompt, query, appears", [
    ("Keys, two umbrellas, and the video: a walking dog in the first half, then no dog in the second half.", "dog",
     False),
    ("Tickets, a ball, and the footage: a sleeping cat in the second half only.", "cat", True),
])
def test_a_list_closing_on_the_clip_is_the_speakers(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, mover, rightward", [
    ("A horse stops to drink, then moves on and trots to the right.", "horse", True),
    ("A train slows at the platform, then moves on and speeds away to the right.", "train", True),
    ("A goat pauses by the gate, then moves on, trotting to the left.", "goat", False),
])
def test_moving_on_into_another_move_keeps_the_thing_moving(prompt, mover, rightward):
    path = centres(prompt, keyframes=6)[mover]
    assert None not in path, path
    assert (path[-1][0] - path[0][0] > 0.1) if rightward else (path[0][0] - path[-1][0] > 0.1), path


@pytest.mark.parametrize("prompt, drawn", [
    ("A girl waves at her phone: a dog runs past her to the right.", ["dog", "girl", "phone"]),
    ("A boy in the park holds a camera: a bird flies left.", ["bird", "boy", "camera"]),
    ("A man sits by the tv: a cat walks right.", ["cat", "man", "tv"]),
])
def test_a_carrier_before_a_colon_outside_a_list_keeps_the_scene(prompt, drawn):
    assert all(name in names(prompt) for name in drawn if name not in ("phone", "camera", "tv"))
    assert len(names(prompt)) >= 2


@pytest.mark.parametrize("prompt, place", [
    ("From up above the shelf, a cat jumps down.", "shelf"),
    ("From way up above the table, a ball drops down.", "table"),
])
def test_up_above_a_thing_is_a_place_as_directly_above_it_is(prompt, place):
    plan = PLANNER.plan(prompt)
    assert place in [o.name for o in plan.layout.objects]
    assert plan.layout.view == PLANNER.plan(prompt.replace("way up", "up").replace("up", "directly")).layout.view


@pytest.mark.parametrize("prompt", [
    "A hawk circles from up above the barn while a mouse runs left.",
    "The drone hovers from up above the field while a car drives right.",
])
def test_a_move_from_up_above_a_thing_keeps_the_side_view(prompt):
    assert PLANNER.plan(prompt).layout.view == "side"


@pytest.mark.parametrize("prompt, query", [
    ("Number: 4. Name: Rex the dog.", "dog"),
    ("Number: 7. Called: Bella the cat.", "cat"),
])
def test_a_number_before_a_name_is_the_things_own(prompt, query):
    assert lvd.numeracy(query, 1, planned_condition(prompt))


@pytest.mark.parametrize("prompt, subject_given", [
    ("A bird sits on a tree. Visible in the upper left, a bird flies to the right.", "it is visible"),
    ("A dog sits. Appears in the second half: a red ball.", "it appears"),
    ("A cat sleeps on the left. Enters in the second half, the dog runs to the right.", "it enters"),
])
def test_a_sentence_naming_its_own_thing_after_a_break_is_given_no_subject(prompt, subject_given):
    assert subject_given not in rewritten_for_reading(prompt)


@pytest.mark.parametrize("prompt, subject_given", [
    ("Red ball. Visible in the first half.", "it is visible"),
    ("A grey cat. Enters in the second half, then sits.", "it enters"),
])
def test_a_sentence_naming_no_thing_of_its_own_speaks_of_the_thing_before(prompt, subject_given):
    assert subject_given in rewritten_for_reading(prompt)
