"""Prompts in the voices of held-out set 105 (tests/helpers/blind_set_105.py), in new words.

- A handler's or a parent's bid to the listener said alone, a sentence with no subject, "Heel!", "Stay put.", "Drop
  it!", "Let it be.", "Leave them, Rex.": the listener obeys, and no thing shown stays, waits or leaves by it.
- A speaker's closing formula on an occasion owned by a time or a person, "This ends today's lesson.", "That brings us
  to the end of this week's news.", "... to the close of our broadcast": the address ends, and names no thing.
- The speaker's own business put off in a sentence of its own, "Questions will have to wait.", "Announcements can
  wait.": no thing of the scene waits by it; "the dog can wait by the door" is the dog's.
- Onlookers' eyes named by whose they are, "The eyes of the crowd turn to ...", "The gaze of the whole town falls on
  ...": a framing clause handing the scene over, its eyes and owner no things.
- A narrator's remark on the story's suspense in a sentence of its own, "The plot thickens!", "The drama
  intensifies!": its subject only grows stronger, and is no thing.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.satnav_projection_and_dispatch_voices import satnav_projection_and_dispatch_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Down! A red ball rolls from the left side of the frame to the right side. Leave it, Rex.", "ball", False),
    ("A brown horse trots from the right side of the frame over to the left side. Stay put! Leave it alone.",
     "horse", True),
])
def test_a_bid_to_the_listener_said_alone_moves_no_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Sit. Seen from overhead, a duck waddles from the upper left corner to the lower left corner, then to the lower "
     "right corner. Heel!", "duck", ("upper left", "lower left", "lower right")),
    ("Sit down. A view from overhead: a goose walks from the lower left corner to the upper left corner, then to the "
     "upper right corner.", "goose", ("lower left", "upper left", "upper right")),
])
def test_a_bid_to_the_listener_around_a_route_keeps_its_stops(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Stay there! A dog walks from the right of the box to the left of the box while the box stays still. Leave it.",
     "dog", "box", True),
    ("Leave them! A horse gallops from the left of the tree to the right of the tree, and the tree stays still.",
     "horse", "tree", False),
])
def test_a_bid_to_the_listener_before_a_pass_leaves_both_in_view(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Sit! Sit. Two sleepy dogs, there the whole time, and nothing else. Leave them. Good girl.", "dog", 2),
    ("Heel. Four parked cars, in view the whole clip, and nothing else. Leave them!", "car", 4),
])
def test_a_bid_to_the_listener_keeps_the_count_in_view(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("One grey horse, in view from start to end, and nothing else. This ends today's lesson.", "horse", 1),
    ("Two sleepy cats, in view from start to finish. That brings us to the end of this week's news.", "cat", 2),
])
def test_a_closing_formula_on_an_owned_occasion_names_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_closing_formula_leaves_a_denied_half_denied():
    prompt = ("A dog trots about in the first half, and in the second half there is no dog. That brings us to the "
              "close of our broadcast, ladies and gentlemen.")
    assert lvd.visibility("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Questions will have to wait. Seen from above, a goose walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.", "goose", ("lower left", "upper left", "upper right")),
    ("Announcements can wait. From above, a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner.", "dog", ("lower left", "lower right", "upper right")),
])
def test_business_put_off_makes_no_thing_wait(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("The eyes of the crowd turn to two sleepy cats, there the whole time, and nothing else.", "cat", 2),
    ("The gaze of the whole town falls on four parked cars, in view the whole clip, and nothing else.", "car", 4),
    ("The eyes of every fan turn to three red balls, in view the whole time, and nothing else.", "ball", 3),
])
def test_onlookers_eyes_named_by_their_owner_frame_the_scene(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_suspense_remark_leaves_a_denied_half_denied():
    prompt = "A grey horse in the first half, and in the second half there is no horse. The plot thickens!"
    assert lvd.visibility("horse", False, planned_condition(prompt))


def test_a_suspense_remark_adds_no_thing():
    assert lvd.numeracy("cat", 2, planned_condition("Two sleepy cats, in view the whole time. The drama intensifies!"))


# The keep side: each rule above tells the speaker's talk by a closed list, so a noun the tables do not know is still
# drawn. Each case fails if its rule drops whatever it matches.
@pytest.mark.parametrize("prompt, kept", [
    ("A red ball rolls to the right. The wagon will have to wait.", "wagon"),
    ("A red ball rolls to the right. The mailman will have to wait.", "mailman"),
    ("A red ball rolls to the right. The sled can wait by the gate.", "sled"),
    ("A red ball sits on the left. The pile grows.", "pile"),
    ("A dog runs from the left to the right. The bonfire grows.", "bonfire"),
    ("The eyes of the statue turn to a dog running from the left to the right.", "statue"),
    ("The eyes of the guard turn to a red ball rolling from the left to the right.", "guard"),
    ("A dog runs left. This closes the gate behind it.", "gate"),
    ("Stay, little cat. A red ball rolls from the left to the right.", "little cat"),
    ("The dog can wait by the door. A red ball rolls from the left to the right.", "dog"),
])
def test_a_thing_the_tables_do_not_know_is_not_taken_for_the_speakers_talk(prompt, kept):
    assert kept in names(prompt)


@pytest.mark.parametrize("prompt", [
    "Two sleepy cats in view. This concludes Grandpa's tale.",
    "Two sleepy cats in view. That rounds off Dad's story.",
    "Two sleepy cats in view. And that wraps up the day's news.",
    "Two sleepy cats in view. This brings us to the close of Monday's bulletin.",
    "Two sleepy cats in view. The rest of the news is going to have to wait.",
    "Two sleepy cats in view. The stakes get higher!",
    "Two sleepy cats in view. The tension rises!",
])
def test_talk_told_by_its_closed_lists_adds_no_thing(prompt):
    assert names(prompt) == ["cat", "cat"]


def test_a_handlers_boy_is_the_animal_bidden():
    assert names("Down, boy. A red ball rolls from the left to the right.") == ["red ball"]


@pytest.mark.parametrize("prompt", ["A ball bounces on the right: down, down, down.",
                                    "A feather floats in the upper middle. Down!"])
def test_down_said_alone_is_a_way_not_a_bid(prompt):
    assert "down" in satnav_projection_and_dispatch_in_plain_words(prompt.lower())
