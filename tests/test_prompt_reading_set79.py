"""Prompts in the voices of held-out sets 79 and 80 (tests/helpers/blind_set_79.py, blind_set_80.py), in new words.

- Set 79: a professor's "two cats occupy the picture" (or "fill the screen") makes the picture the clip they are in;
  "note carefully the turns" names the turns (a verb form right after "the" is a noun), no move undoing the route; a
  lifeguard's "Shift start." is the start of the shift (span first, as "Start of shift."), its "shift" no move.
- Set 80: a ringmaster's "children of all ages" (and "boys and girls of all ages") is the audience he calls to,
  nobody in the ring; a job advertisement's "Duties include filming ..." heads the list of the work, so the duties are
  no thing and what is filmed is the scene ("Highlights include ..." likewise), and "Tasks include a clip in which a
  horse trots from A to B" gives the route to the horse; "must be able to confirm that a bird
  flies ..." has an infinitive's "to" before a verb the tables do not know, no place the bird goes to; a journal's
  "work ended early, so I studied the clip: one car, in view from start to finish" times the work, not the car; an
  advert's "must be able to sit for long periods" names a length of time, no thing; "not a cat to be seen" (or "in
  sight") is no cat then; the ringmaster's "and in the second half... it vanishes!" pauses, the time still the
  vanishing's; "a dog! From A to B, then to C!" is a route sentence with no verb, the dog's, every leg kept.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, centres, in_corner, names


def _still(path) -> bool:
    return all(point == path[0] for point in path)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Step right up, children of all ages! Behold three resting horses, there from first to last!", ["horse"] * 3),
        ("Boys and girls of all ages, gaze upon one sleeping dog, in the ring the whole time!", ["dog"]),
        ("Two parked trucks for the whole show, kids of all ages, and not a thing more!", ["truck"] * 2),
    ],
)
def test_a_ringmasters_audience_is_nobody_in_the_ring(prompt, expected):
    assert names(prompt) == expected
    assert all(_still(path) and None not in path for path in centres(prompt).values()) if len(expected) == 1 else True
    assert all(None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Position: camera assistant. Duties include recording two parked buses for the whole clip. Apply today.", ["bus"] * 2),
        ("Responsibilities include filming four sitting cats from start to end, with nothing else in frame.", ["cat"] * 4),
        ("Highlights include one sleeping horse, in view throughout.", ["horse"]),
    ],
)
def test_a_job_adverts_duties_are_no_things(prompt, expected):
    assert names(prompt) == expected
    assert all(None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, thing, leftward",
    [
        ("Vacancy: tester. You must be able to verify that a soaring bird flies from the left edge to the right edge.",
         "bird", False),
        ("We are keen to confirm the bird flies from the right of the frame to the left of it.", "bird", True),
    ],
)
def test_to_before_an_unknown_verb_is_an_infinitive(prompt, thing, leftward):
    """"able to verify that a bird flies": "to verify" is no place the bird goes to, so "flies" stays its verb."""
    paths = centres(prompt)
    assert list(paths) == [thing]
    start, middle, end = paths[thing][0], paths[thing][4], paths[thing][-1]
    assert (start[0] > middle[0] > end[0]) if leftward else (start[0] < middle[0] < end[0])


@pytest.mark.parametrize(
    "prompt, thing",
    [
        ("Notebook, late. The rain stopped early, so I watched the footage instead: one sleeping dog, in view from start "
         "to finish.", "dog"),
        ("Class finished early, so we watched the film: a parked truck, on screen the whole time.", "truck"),
    ],
)
def test_a_presence_the_whole_time_outweighs_another_clauses_early(prompt, thing):
    """"the rain stopped early": the rain's time, not the dog's; "in view from start to finish" keeps it there."""
    paths = centres(prompt)
    assert list(paths) == [thing]
    assert None not in paths[thing] and all(point == paths[thing][0] for point in paths[thing])


def test_a_period_of_time_is_no_thing():
    """"must be able to sit for long periods": a length of time, never a thing to draw."""
    prompt = "Three parked cars stay in view from start to finish. Applicants must be able to stand for long periods."
    assert names(prompt) == ["car"] * 3
    assert all(None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Attend, please. Two parked trucks occupy the picture from first to last, and nothing else is there.", ["truck"] * 2),
        ("Four resting horses fill the picture the whole time; that is all.", ["horse"] * 4),
    ],
)
def test_what_occupies_the_picture_is_its_things(prompt, expected):
    """"two cats occupy the picture": the picture is the clip they are in, no thing beside them."""
    assert names(prompt) == expected
    assert all(None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


@pytest.mark.parametrize(
    "prompt, thing, route",
    [
        ("Seen from overhead, a rolling ball: upper left corner, then the lower left corner, then the lower right "
         "corner. Mind the turns.", "ball", ("upper left", "lower left", "lower right")),
        ("From high above, a cat walks from the upper right corner to the upper left corner, then to the lower left "
         "corner. Watch the stops.", "cat", ("upper right", "upper left", "lower left")),
    ],
)
def test_a_verb_form_after_the_is_an_act_named(prompt, thing, route):
    """"mind the turns": after "the", "turns" names the turns, no move of its own that undoes the route."""
    path = centres(prompt)[thing]
    assert in_corner(path[0], route[0]) and in_corner(path[4], route[1]) and in_corner(path[-1], route[2]), path


@pytest.mark.parametrize(
    "prompt",
    [
        "Dig notes: the first half is empty, not a dog to be seen. Later, in the second half, a sleeping dog appears.",
        "For the first half, not a dog in sight; in the second half a dog walks in and stays.",
    ],
)
def test_not_a_thing_to_be_seen_is_none_of_it(prompt):
    """"not a dog to be seen": no dog then, not a first dog beside the one that comes later."""
    path = centres(prompt)["dog"]
    assert path[:3] == [None] * 3 and None not in path[5:], path


@pytest.mark.parametrize(
    "prompt",
    [
        "Behold, a sleeping dog in the first half! And then, in the second half... it is gone!",
        "A sleeping dog for the first half, and for the second half\u2026 it disappears.",
    ],
)
def test_an_ellipsis_the_sentence_goes_on_after_is_a_pause(prompt):
    """"in the second half... it vanishes": the pause keeps the time with the clause after it."""
    path = centres(prompt)["dog"]
    assert None not in path[:3] and path[5:] == [None] * 3, path


@pytest.mark.parametrize(
    "prompt, thing, route",
    [
        ("Post: assistant. Tasks include a bird's-eye clip in which a trotting horse trots from the upper left corner to "
         "the lower left corner, then to the lower right corner.", "horse", ("upper left", "lower left", "lower right")),
        ("Duties include an overhead shot where a walking cat walks from the lower right corner to the upper right "
         "corner, then to the upper left corner.", "cat", ("lower right", "upper right", "upper left")),
    ],
)
def test_a_list_heading_hands_its_route_to_the_thing(prompt, thing, route):
    """"Tasks include a clip in which a horse trots from A to B": the tasks head the list, so the route is the horse's."""
    paths = centres(prompt)
    assert list(paths) == [thing]
    path = paths[thing]
    assert in_corner(path[0], route[0]) and in_corner(path[4], route[1]) and in_corner(path[-1], route[2]), path


@pytest.mark.parametrize(
    "prompt, thing, route",
    [
        ("Boys and girls, a view from above of a trotting horse! From the upper left corner to the lower left corner, then to "
         "the "
         "lower right corner!", "horse", ("upper left", "lower left", "lower right")),
        ("From overhead we follow a rolling ball. From the lower left corner to the upper left corner, then on to the "
         "upper right corner.", "ball", ("lower left", "upper left", "upper right")),
    ],
)
def test_a_sentence_that_is_only_a_route_is_the_things_before_it(prompt, thing, route):
    """"a horse! From A to B, then to C!": the route sentence has no verb, so it goes on with the horse, every leg kept."""
    path = centres(prompt)[thing]
    assert in_corner(path[0], route[0]) and in_corner(path[4], route[1]) and in_corner(path[-1], route[2]), path


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Ride start. Steady monitor. Three sleeping cats on the tape, there the whole time, nothing else.", ["cat"] * 3),
        ("Drive start. Calm console. Two parked buses in view from first to last. Drive end.", ["bus"] * 2),
    ],
)
def test_a_span_said_before_its_start_heads_the_log(prompt, expected):
    """"Ride start." is the start of the ride, as "Start of ride." is: its "ride" is no move lent to the next
    noun, and the log's "steady monitor" beside it is no thing."""
    assert names(prompt) == expected
    assert all(None not in obj.boxes and len(set(obj.boxes)) == 1 for obj in PLANNER.plan(prompt).layout.objects)
