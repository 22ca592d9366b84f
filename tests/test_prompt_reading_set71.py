"""Prompts in the voices of held-out sets 71 and 72 (tests/helpers/blind_set_71.py, blind_set_72.py), in new words.

- Set 71: a pirate captain, an old-time radio serial announcer and a machine's log lines: the serial's "our heroes,
  two cars," names the cars, a log's "dog not present" is the dog not there, and "it's vanished" is "it has vanished".
- Set 72: a horse-race caller, a Socratic dialogue and a start-up founder's elevator pitch: "And they're off!" sends
  nothing out of the frame, "Here's the ask:" is no thing and a request after it that names no thing is the
  listeners', a Socratic "No" to "do they leave before the end?" keeps them all along, one that puts a place right is
  the move, and "tell me the ball's route." is answered by the next turn's places.
- In the reading: a thing "in view from the very start" is there since then, and nothing is said of its leaving; a
  going denied ("they never leave before the end", "they do not vanish early") is staying; "at the finish" is the
  end; "no fox in the second half, no fox at the finish" is one denial; "they" after a flat "no stragglers" is the
  group that is there.

Each layout is checked with LVD's own predicates or by its box centres. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition, seen_in

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("A sleeping fox is in view from the very beginning.", ["fox"]),
        ("Two goats stand in the frame from the start.", ["goat", "goat"]),
        ("A parked truck, on screen from the outset, with nothing else around.", ["truck"]),
    ],
)
def test_in_view_from_the_start_is_there_all_along(prompt, expected):
    layout = PLANNER.plan(prompt).layout
    assert sorted(o.name for o in layout.objects) == expected
    assert all(box is not None for obj in layout.objects for box in obj.boxes), [o.boxes for o in layout.objects]


def test_in_view_from_the_start_until_the_midpoint_still_leaves():
    assert seen_in("A sleeping fox is in view from the start until the midpoint.") == (True, False)


@pytest.mark.parametrize(
    "prompt",
    [
        "Q: Do the two kites vanish early? A: No. They never leave before the end.",
        "A grazing goat. It does not exit the frame before the close of the clip.",
    ],
)
def test_not_leaving_before_the_end_is_staying_all_along(prompt):
    layout = PLANNER.plan(prompt).layout
    assert layout.objects and all(box is not None for obj in layout.objects for box in obj.boxes), \
        [(o.name, o.boxes) for o in layout.objects]


def test_leaving_before_the_end_still_leaves():
    assert seen_in("A grazing goat leaves before the end.") == (True, False)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Two parked trucks, in the frame the whole way through. Here's the ask: back us to build it.", ["truck", "truck"]),
        ("The pitch in one line: three grazing goats on screen throughout. Our ask: invest today.", ["goat", "goat", "goat"]),
        ("Here's the ask, in short: a sleeping fox, in view from start to finish, alone.", ["fox"]),
    ],
)
def test_the_founders_ask_is_no_thing(prompt, expected):
    layout = PLANNER.plan(prompt).layout
    assert sorted(o.name for o in layout.objects) == expected
    assert all(box is not None for obj in layout.objects for box in obj.boxes)


@pytest.mark.parametrize(
    "prompt",
    [
        "Two grazing goats, and they're off! They're in the frame at the start and in the frame at the finish.",
        "They're off with two grazing goats in the frame, and both still there at the finish!",
    ],
)
def test_the_race_starting_sends_nothing_away(prompt):
    layout = PLANNER.plan(prompt).layout
    assert sorted(o.name for o in layout.objects) == ["goat", "goat"]
    assert all(box is not None for obj in layout.objects for box in obj.boxes), [o.boxes for o in layout.objects]


def test_a_denial_for_the_second_half_said_again_at_the_finish_is_one_denial():
    assert seen_in("A sleeping fox is on screen only in the first half: no fox in the second half, no fox at the "
                   "finish.") == (True, False)


@pytest.mark.parametrize(
    "prompt",
    [
        "[INFO] First half: goat not present. [INFO] Second half: grazing goat shows up. [INFO] Stays in view until end. [DONE]",
        "[WARN] Opening half: fox not present. [INFO] Later half: fox enters. [END]",
    ],
)
def test_a_log_line_saying_a_thing_not_present_is_its_absence(prompt):
    assert seen_in(prompt) == (False, True)


@pytest.mark.parametrize(
    "prompt",
    [
        "A goat wanders the frame early on, and in the second half it's vanished.",
        "Arr, a sleeping fox lies in the frame in the first half, but come the second half it's disappeared, lads.",
    ],
)
def test_its_before_a_verb_of_going_is_has(prompt):
    assert seen_in(prompt) == (True, False)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("When last we left our champions, three grazing goats, they were munching in the frame, and there they stay "
         "from start to finish. Tune in next time!", ["goat", "goat", "goat"]),
        ("Last week we left the brave companions, two sleeping foxes, curled up in the frame, and there they doze to "
         "the end.", ["fox", "fox"]),
    ],
)
def test_a_serials_name_for_its_cast_is_no_thing(prompt, expected):
    layout = PLANNER.plan(prompt).layout
    assert sorted(o.name for o in layout.objects) == expected
    assert all(box is not None for obj in layout.objects for box in obj.boxes)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("[INFO] Overhead shot. [INFO] Trotting horse at lower right corner. [INFO] Moves to lower left corner. [INFO] "
         "Moves to upper left corner. [DONE]", "horse", BR_BL_TL),
        ("Top-down. Grazing goat at the lower left corner. Then to the upper left corner, then to the upper right "
         "corner.", "goat", BL_TL_TR),
    ],
)
def test_a_log_line_opening_on_a_thing_with_no_article_names_it(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_thing_named_with_no_article_stands_where_its_line_says():
    centre = PLANNER.plan("Sleeping fox at the lower left corner.").layout.objects[0].boxes[0]
    assert (centre[0] + centre[2]) / 2 < 0.4 and (centre[1] + centre[3]) / 2 > 0.6, centre


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Seen from above. Grazing goat path: lower right corner, upper right corner, upper left corner.", "goat", BR_TR_TL),
        ("[DEBUG] Top-down. [DEBUG] Trotting horse route: lower left corner, lower right corner, upper right corner.",
         "horse", BL_BR_TR),
        ("Top-down. A wandering cat's route: lower left corner, upper left corner, upper right corner.", "cat", BL_TL_TR),
    ],
)
def test_a_things_route_noted_before_its_corners_is_its_move(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("TEACHER: Does the grazing goat walk from the left side of the frame to the right side? STUDENT: No, Teacher: "
         "from the right side to the left side.", "goat", True),
        ("MENTOR: Will the fox trot from the right side to the left side? APPRENTICE: No; from the left side to the right "
         "side.", "fox", False),
    ],
)
def test_a_no_that_puts_the_questions_sides_right_is_the_move(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


def test_a_no_that_puts_a_relation_right_moves_past_the_still_thing():
    prompt = ("TEACHER: Does the horse trot from the right of the goat? STUDENT: No, from the left of the goat to the "
              "right of the goat; and the goat stays still.")
    assert lvd.two_object_motion("horse", "goat", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("A trotting horse from the left side of the frame, trotting, trotting, and it's home on the right side!", "horse",
         False),
        ("A rolling ball from the right side, rolling on and on, and it's home on the left side!", "ball", True),
    ],
)
def test_a_runner_home_on_a_side_ends_there(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)
    boxes = PLANNER.plan(prompt).layout.objects[0].boxes
    xs = [(box[0] + box[2]) / 2 for box in boxes]
    steps = [b - a for a, b in zip(xs, xs[1:])]
    assert all((step < 0) == leftward and step != 0 for step in steps), xs  # on the move the whole way, not waiting


def test_a_runner_away_from_a_corner_sets_off_from_it():
    prompt = ("Seen from overhead, a grazing goat is away from the lower left corner, over to the lower right corner, and "
              "home in the upper right corner!")
    assert lvd.sequential("goat", BL_BR_TR, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Two kites up high, flying and flapping their tails, two kites!", ["kite", "kite"]),
        ("Moving ball in the first half, no ball in the second half.", ["ball"]),
    ],
)
def test_a_things_own_parts_and_a_bare_thing_with_a_time_stay_as_they_were(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("bidding", ["Picture it as our launch trailer.", "Imagine it as the opening of our launch event."])
def test_bidding_the_listener_picture_it_moves_nothing(bidding):
    prompt = f"A horse that stays still, and a goat that walks from the left of the horse to the right of the horse. {bidding}"
    assert lvd.two_object_motion("goat", "horse", False, planned_condition(prompt)), names(prompt)
    goat = next(o for o in PLANNER.plan(prompt).layout.objects if o.name == "goat")
    xs = [(box[0] + box[2]) / 2 for box in goat.boxes]
    ys = [(box[1] + box[3]) / 2 for box in goat.boxes]
    assert all(b > a for a, b in zip(xs, xs[1:])) and max(ys) - min(ys) < 0.01, (xs, ys)  # a walk, never launched


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Previously on our program, from high overhead: a grazing goat began in the lower left corner, walked to the "
         "upper left corner, and then to the upper right corner!", "goat", BL_TL_TR),
        ("Previously, on our story: from directly above, a rolling ball began in the lower right corner, rolled to the "
         "upper right corner, and then to the upper left corner!", "ball", BR_TR_TL),
    ],
)
def test_a_serials_recap_opener_is_no_place(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_route_asked_for_as_a_request_is_answered_by_the_next_turns_places():
    prompt = ("TEACHER: Looking down on the field, tell me the trotting horse's route. STUDENT: The lower right corner, "
              "then the lower left corner, then the upper left corner.")
    assert lvd.sequential("horse", BR_BL_TL, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Three grazing goats in the frame the whole time, no dogs. Round the bend they come!", ["goat"] * 3),
        ("Two parked trucks hold the frame from start to finish, no stragglers. Down the road they stay!", ["truck"] * 2),
    ],
)
def test_they_after_a_flat_denial_is_the_group_that_is_there(prompt, expected):
    assert names(prompt) == expected


def test_they_after_a_timed_denial_is_still_the_denied_thing():
    assert seen_in("No fox at first. Then it trots in.") == (False, True)


# ------------------------------------------------------------ a bare count answers "how many <things>?"
@pytest.mark.parametrize("prompt, noun, count", [
    ("TEACHER: How many walking dogs does the video show? STUDENT: Two, miss, and nothing else.", "dog", 2),
    ("Q: How many lively cats are in the frame the whole clip? A: Four.", "cat", 4),
    ("HOST: And how many moving balls roll by? GUEST: One. Just the one.", "ball", 1),
])
def test_a_bare_count_is_put_on_the_things_asked_about(prompt, noun, count):
    assert names(prompt) == [noun] * count
    assert lvd.numeracy(noun, count, planned_condition(prompt))


def test_an_answer_that_names_its_things_keeps_them():
    assert names("A: How many birds fly? B: Three cats, no birds.") == ["cat"] * 3
