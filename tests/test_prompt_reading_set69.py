"""Prompts in the voices of held-out set 69 (tests/helpers/blind_set_69.py), in new words.

- A support chat ("Rep: ... Client: ..."): the speakers are no things; a turn that only agrees ("Done, right to
  left.", "Great, three hops.") adds nothing, and a question is read with its answer: a wh-question or "And the
  horse?" by the reply alone, its "it" the thing asked about, "And the first half?" timing the reply, "Anything
  else?" answered "no" as nothing else, and "Can you make ...?" as the request, the reply only agreeing. A chat
  whose agreeing turn says the whole request again is still read from that turn alone.
- Case notes and panel scripts: a simile after a verb or its object ("like they owned the barn", "like it had a train
  to catch:") names no thing, while "like" after its subject, a helper or a verb of seeming stays; "a fox like that"
  is the fox named; "not a scrap of it" only stresses the "not"; "the second half brought a goat into the frame" is its
  arrival; a sentence that is only a half times the next; "empty frame." is the frame being empty and a bare "Gone!" a
  going; things that came into the frame and stayed in it from start to end were there all along; a bare place said
  "first" starts a route, a verb the tables do not know "around" a place is there, and "no wasted steps" is no thing.
- In the reading: a "no goat" at the very time a goat named before arrives is that goat before it comes; a crossing
  with no side told after a move between the sides is that move again; a bounce between the sides of a big thing
  reaches the far side.

Each layout is checked with LVD's own predicates or by its box centres. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition, seen_in

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Client: Hey, my clip needs three grazing goats. Rep: Glad to help! Should there be anything else? Client: No, "
         "only the three grazing goats, from the first frame to the last.", "goat", 3),
        ("Client: Could you make it show two red kites? Rep: Certainly! Anything else? Client: Nothing else, only two "
         "red kites the whole time.", "kite", 2),
        ("Client: I'd like four parked trucks in view all along. Rep: And nothing else at all? Client: Nothing else. "
         "Rep: Lovely, four parked trucks it is.", "truck", 4),
        ("Rep: Welcome back! Client: The clip should hold one sleeping fox, in view the whole clip. Rep: Done!", "fox", 1),
    ],
)
def test_a_support_chat_draws_only_what_the_client_asks_for(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Client: A trotting horse, please, going from the right side of the frame to the left side. Rep: Done, right "
         "to left.", "horse", True),
        ("Rep: Which way should the tram go? Client: A tram goes from the left of the frame to the right.", "tram", False),
        ("Rep: What does the duck do? Client: It waddles from the right side of the frame to the left side.", "duck", True),
    ],
)
def test_a_support_chat_move_is_the_clients_one_thing_moving(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_an_elliptical_question_names_the_thing_its_answer_calls_it():
    found = centres("Client: A kite flies from the left of the tree to the right of the tree. Rep: And the tree? "
                    "Client: It stays still the whole time.")
    assert sorted(found) == ["kite", "tree"]
    tree, kite = found["tree"], found["kite"]
    assert all(box == tree[0] for box in tree)  # the tree stays
    assert kite[0][0] < tree[0][0] < kite[-1][0]  # the kite goes from its left to its right


def test_a_question_about_a_half_times_the_answer():
    prompt = "Client: The parked van is there in the first half only. Rep: And in the second half? Client: No van, it's gone."
    assert names(prompt) == ["van"]
    assert seen_in(prompt) == (True, False)


def test_an_agreeing_turn_that_says_part_of_it_again_keeps_the_rest():
    prompt = ("Client: The box does not move. A goat walks from the left of the box to the right of the box. Rep: Sure, "
              "the box stays still.")
    assert names(prompt) == ["box", "goat"]
    found = centres(prompt)
    assert found["goat"][0][0] < found["box"][0][0] < found["goat"][-1][0]


def test_an_expletive_it_in_the_answer_is_no_thing_asked_about():
    prompt = ("Rep: How does the fox move? Client: It's a top-down view. A fox starts in the lower right corner, runs to "
              "the lower left corner, then to the upper left corner.")
    assert names(prompt) == ["fox"]
    assert lvd.sequential("fox", BR_BL_TL, planned_condition(prompt))


def test_a_chat_whose_agreeing_turn_restates_the_request_is_read_from_that_turn():
    prompt = ("Client: three grazing sheep please. Rep: Got it, making a clip where three grazing sheep are in view "
              "the whole time and nothing else.")
    assert lvd.numeracy("sheep", 3, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Three grazing goats. They chewed through the frame the whole time like they owned the barn, and nothing else "
         "turned up.", "goat", 3),
        ("Two parked trucks sat there from start to end like they guarded the gate. Nothing else.", "truck", 2),
        ("One sleeping fox held the frame from start to finish. Nothing else. A fox like that knows every trick.", "fox", 1),
    ],
)
def test_a_simile_names_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Seen from overhead, a trotting horse moved like it had a train to catch: lower left corner, then upper left "
         "corner, then upper right corner.", "horse", BL_TL_TR),
        ("From overhead, a grazing goat worked the field like a seasoned hand: the lower right corner, then the upper right "
         "corner, then the upper left corner.", "goat", BR_TR_TL),
    ],
)
def test_a_simile_before_a_route_leaves_the_route_to_its_thing(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("I'd like a red kite and a blue kite, both in view the whole time.", ["kite", "kite"]),
        ("What would it look like if a fox ran from the left to the right?", ["fox"]),
        ("Two cats like the ball that sits between them.", ["ball", "cat", "cat"]),
    ],
)
def test_like_as_a_verb_or_after_a_verb_of_seeming_is_no_simile(prompt, drawn):
    assert [name.split()[-1] for name in names(prompt)] == drawn


def test_a_crossing_told_again_after_its_sides_is_that_crossing():
    found = centres("A grazing goat. Set off from the right side of the frame, stopped on the left side. Then it crossed "
                    "the whole frame.")
    goat = found["goat"]
    assert goat[0][0] > 0.7 and goat[-1][0] < 0.3
    assert all(later[0] <= earlier[0] for earlier, later in zip(goat, goat[1:]))  # never turns back


def test_no_thing_before_its_timed_arrival_is_that_thing_not_yet_there():
    prompt = "A grazing goat wandered in during the second half. In the first half, no goat. It stayed put to the end."
    assert names(prompt) == ["goat"]
    assert seen_in(prompt) == (False, True)


@pytest.mark.parametrize(
    "prompt, appears",
    [
        # a sentence that is only a half times the sentence after it
        ("PAGE 1: First half. Nothing but sky. PAGE 2: Second half. A red kite drifts into view and stays! SFX: SWOOSH!",
         True),
        ("PANEL 1: First half. A grazing goat chews in the frame. PANEL 2: Second half. The goat is gone, no goat "
         "anywhere. CAPTION: Where to?!", False),
        # "empty frame." is the frame being empty; a caption's bare "Gone!" the going of what was there
        ("PANEL 1 (first half): a parked van in frame. SFX: HONK! PANEL 2 (second half): empty frame. No van. "
         "CAPTION: Gone!", False),
        ("PANEL 1 (first half): a trotting horse crosses the frame. PANEL 2 (second half): no horse. CAPTION: And "
         "poof... gone.", False),
        # "not a whisker of it" only stresses the "not"; a half that brings a thing is its arrival
        ("A red kite. Not in the first half, not a scrap of it. It showed up in the second half and stayed to the end.",
         True),
        ("The first half was quiet. No goat. Then the second half brought a grazing goat into the frame, and it "
         "stayed to the end.", True),
    ],
)
def test_a_panels_or_case_notes_timing_is_read(prompt, appears):
    assert len(names(prompt)) == 1, names(prompt)
    assert seen_in(prompt) == ((False, True) if appears else (True, False))


def test_things_that_came_in_and_stayed_from_start_to_end_are_there_from_the_start():
    prompt = "Three grazing goats wandered into the frame and stayed in it from start to end. Nothing else."
    condition = planned_condition(prompt)
    assert lvd.numeracy("goat", 3, condition), names(prompt)
    assert all(box[2] != 0 for row in condition.boxes for box in row)  # every goat in every keyframe


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        # a bare place said "first" is where the thing starts
        ("Seen from overhead, I followed a trotting horse. Lower right corner first, then the upper right corner, "
         "then the upper left corner.", "horse", BR_TR_TL),
        # a verb the tables do not know "around" a place is there
        ("PANEL 1 (overhead): a grazing goat noses around the lower left corner. PANEL 2: it trots to the upper left "
         "corner. PANEL 3: it winds up in the upper right corner.", "goat", BL_TL_TR),
        # "no wasted steps" denies nothing of the scene
        ("I watched from overhead. A red fox in the lower right corner, then the lower left corner, then the upper left "
         "corner. Three stops, no wasted steps.", "fox", BR_BL_TL),
    ],
)
def test_a_case_notes_route_is_its_things(prompt, query, route):
    assert [name.split()[-1] for name in names(prompt)] == [query]
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_bounce_between_the_sides_of_a_big_thing_reaches_the_far_side():
    """Beside a truck the scene is metres wide, so a bounce at a walking pace fell short of the truck's right."""
    found = centres("The truck is parked, not moving. A ball bounces from the left of the truck to the right of the truck.")
    truck, ball = found["truck"], found["ball"]
    assert all(box == truck[0] for box in truck)
    assert ball[0][0] < truck[0][0] < ball[-1][0]


@pytest.mark.parametrize(
    "prompt",
    [
        "Rep: The fox walks. Where does it end? Client: On the left side.",
        "PRODUCER: the fox walks. where does it end? EDITOR: on the left side.",
    ],
)
def test_asked_where_a_thing_ends_the_answer_is_its_end(prompt):
    """"Where does it end? On the left" was read as where it starts, in any transcript, so the fox stood still."""
    fox = centres(prompt)["fox"]
    assert fox[0][0] > 0.7 and fox[-1][0] < 0.3


def test_a_closing_thanks_leaves_no_speakers_label_behind():
    prompt = "Client: Two grazing goats, nothing else, the whole time. Rep: Done! Client: Thanks!"
    assert names(prompt) == ["goat", "goat"]


def test_a_bare_time_answers_when_the_thing_asked_about_comes():
    prompt = "Rep: When does the goat turn up? Client: Only in the second half, and it stays."
    assert names(prompt) == ["goat"]
    assert seen_in(prompt) == (False, True)


def test_a_bare_way_answers_which_way_the_thing_asked_about_goes():
    prompt = "Rep: Which way should the fox run? Client: From the right side of the frame to the left side."
    assert names(prompt) == ["fox"]
    assert lvd.one_object_motion("fox", True, planned_condition(prompt))


def test_an_aside_where_something_falls_apart_drops_nothing():
    prompt = ("A grazing goat was in the frame for the first half. Then, second half, nothing. No goat. I've seen plans fall "
              "apart slower.")
    assert names(prompt) == ["goat"]
    assert seen_in(prompt) == (True, False)
