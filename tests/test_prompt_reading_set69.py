"""Prompts in the voices of held-out set 69 (tests/helpers/blind_set_69.py), in new words.

- A support chat ("Rep: ... Client: ..."): the speakers are no things; a turn that only agrees ("Done, right to
  left.", "Great, three hops.") adds nothing, and a question is read with its answer: a wh-question or "And the
  horse?" by the reply alone, its "it" the thing asked about, "And the first half?" timing the reply, "Anything
  else?" answered "no" as nothing else, and "Can you make ...?" as the request, the reply only agreeing. A chat
  whose agreeing turn says the whole request again is still read from that turn alone.

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
