"""Prompts in the families held-out sets 131 and 132 (tests/helpers/blind_set_131.py, blind_set_132.py) missed, in new
words and other voices.

- A counted headword, a label's value or what a clip is called ("Three sleeping dogs (video).", "Starring: five red
  kites.", "Two parked buses is a film in which ...") that a later clause names again with the same count and words
  is that clause's group, drawn once; two groups that really add up stay two.
- A shorthand farewell after the scene, a number with letter groups or a call sign ("88 es cul", "73 de w1aw"), is
  the writer's sign-off, never a counted thing; a last bare count, "Two.", still answers.
- A summary box of fields whose type is the clip itself ("Kind: short video") and whose thing's field tells a half,
  "Sleeping cat: absent in the second half", or the field after it, "; enters in the second half", draws that thing
  only then.
- A span of the clip a thing had or gets, "Sleepy dog, you had the second half", "the horse gets the first half", is
  its being there then.
- Each thing called by its bare name and told what to do ("Car, you wait. Goat, you trot ...") is its own "you",
  the second as much as the first.

Each layout is checked by LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition, ways_and_presence


@pytest.mark.parametrize("prompt, query, count", [
    ("Three sleeping dogs (video). Summary box: Kind: video; Subjects: three sleeping dogs, present all along; "
     "Anything else: nothing. Related: Naps.", "dog", 3),
    ("Report card. Starring: five red kites. Period: whole term. Five red kites stay up the entire time.", "kite", 5),
    ("Two parked buses is a film (Format: short film) where two parked buses remain in view the whole time.",
     "bus", 2),
    ("Six resting horses \u2014 a video. Card \u2014 Kind: short video. Shows six resting horses from the first "
     "frame to the last.", "horse", 6),
    ("Two sleepy owls (footage). Medium: footage. Two sleepy owls sit in view from start to end.", "owl", 2),
])
def test_a_counted_headword_said_again_is_one_group(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two cats play. Later two more cats join.", "cat", 4),
    ("Four cats (clip). Four cats nap; then two more cats walk in.", "cat", 6),
    ("Two dogs (video). Later two more dogs run in.", "dog", 4),
    ("Starring: two red kites. Later two blue kites fly in too.", "kite", 4),
    ("Featuring: three dogs. Three dogs sit and two more dogs run by.", "dog", 5),
    ("Two red balls. Later two red balls roll in from the right as well, making four.", "ball", 4),
])
def test_groups_that_add_up_are_both_drawn(prompt, query, count):
    assert sum(phrase.endswith(query) for phrase in planned_condition(prompt).phrases) == count


@pytest.mark.parametrize("prompt, query, count", [
    ("two parked trucks on the left the whole time. eighty-eight es cul", "truck", 2),
    ("QSL, one sleeping dog in the first half, then no dog at all. 73 de w1aw", "dog", 1),
    ("One red ball rolls right. 88 gl", "ball", 1),
])
def test_a_shorthand_sign_off_is_no_thing(prompt, query, count):
    assert len(planned_condition(prompt).phrases) == count
    assert sum(phrase.endswith(query) for phrase in planned_condition(prompt).phrases) == count


def test_a_closing_bare_count_still_answers():
    assert lvd.numeracy("cat", 2, planned_condition("How many cats sit on the mat? Two."))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Car, you wait here. Goat, you trot from the right of the car to the left of the car. Go on.", "goat", "car",
     True),
    ("Ok box, you stay put! Cat, you creep from the left side of the box over to its right side.", "cat", "box", False),
    ("Tree, you hold still. Horse, you gallop from the right of the tree to the left of the tree, fast.", "horse",
     "tree", True),
])
def test_each_thing_called_is_its_own_you(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_second_thing_called_that_only_watches_stays_put():
    condition = planned_condition("Duck, you paddle to the right. Dog, you watch the duck.")
    assert condition.phrases == ["duck", "dog"]
    assert lvd.one_object_motion("duck", False, condition)


@pytest.mark.parametrize("prompt, query, appears", [
    ("Summary box - Kind: short video - Sleeping cat: visible in the first half; gone in the second half. Related: "
     "Naps.", "cat", False),
    ("Fact box - Format: video - Red ball: absent in the first half; enters in the second half. Compare: Entrances.",
     "ball", True),
    ("Card - Type: film - Flying bird: not visible in the first half; shows up in the second half.", "bird", True),
])
def test_a_summary_box_field_tells_a_half(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_type_field_naming_a_thing_is_still_that_thing():
    condition = planned_condition("Type: red car - Count: two - Parked: yes")
    assert sum(phrase.endswith("car") for phrase in condition.phrases) == 2


@pytest.mark.parametrize("prompt, query, appears", [
    ("Sleepy dog, you had the second half. First half? Out. No dog.", "dog", True),
    ("Rolling ball, you had the first half. Second half? Out. No ball. Not today.", "ball", False),
    ("Spotted cow, you've had the first half. Second half? Gone. No cow.", "cow", False),
])
def test_a_half_had_is_being_there_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_thing_had_in_a_half_is_still_only_its_own():
    condition = planned_condition("In the first half the dog had the ball; then the dog drops it and runs left.")
    assert sorted(condition.phrases) == ["ball", "dog"]


@pytest.mark.parametrize("prompt, query", [
    ("A car drives on the left. The car has the first half of the road, the truck has the second half.", "car"),
    ("A dog runs right. The dog gets the first half of the sandwich.", "dog"),
    ("A bird flies left. It gets the first half of the screen.", "bird"),
    ("A cat naps. The cat has the whole time in the world.", "cat"),
])
def test_a_half_of_a_thing_is_no_span_of_the_clip(prompt, query):
    assert set(ways_and_presence(prompt)[query][1]) == {"1"}


@pytest.mark.parametrize("prompt, query", [
    ("A dog walks right. Two elk.", "elk"),
    ("A fish swims right. Two eel.", "eel"),
])
def test_a_last_count_of_an_unknown_short_name_is_drawn(prompt, query):
    assert sum(phrase.endswith(query) for phrase in planned_condition(prompt).phrases) == 2


def test_headwords_said_again_are_found_in_linear_time():
    import itertools
    import time

    from pipelines.lvd.restated_counts import headwords_said_again_dropped

    pieces = [f"two {a} {b} {noun}." for a, b, noun in itertools.product(
        ("red", "big", "old", "tan", "wet", "odd"), ("red", "big", "old", "tan", "wet", "odd"),
        ("cars", "dogs", "cats", "birds", "balls", "kites"))]

    def took(size: int) -> float:
        text = " ".join(pieces)[:size]
        started = time.perf_counter()
        headwords_said_again_dropped(text)
        return time.perf_counter() - started
    took(2000)
    assert min(took(4000) for _ in range(5)) < 3 * min(took(2000) for _ in range(5)) + 0.005
