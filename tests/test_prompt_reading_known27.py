"""Phrasings the planner was known to misread, each tried as a family in new words.

A dialogue in quoted turns whose thing is named alone in one turn ("A red ball!") and its way across the frame in a
later turn of its own ("To the left.", "from left to right", "leftwards", "from the left of the blue car to the right
of the car") tells the clip, so its speakers stay out of it and the thing moves as told, while a place ("To the right
of the lamp!") keeps a story's people; a thing named again with a bare "a" ("Two horses. A horse runs.", "Three ducks
rest. A duck swims to the left.") is one of the group named before, while "another dog", "a second horse", "one more
fox" and a lone "a cat sits, and a cat walks" stay new; a span opening its sentence, "Before the second half, a dog
is not visible", bounds the state said after it; one who is holding a thing keeps still while another thing moves;
and a leaf floating on the water or a balloon drifting on the floor rests on that surface, one in the air or beside
another thing's surface does not.
"""

import pytest

from tests.helpers.planned import PLANNER, centres, moves_drawn, ways_and_presence


# ------------------------------------------------------------ 1. quoted turns: the thing in one, its way in a later
@pytest.mark.parametrize("prompt, drawn", [
    ('Dummy: "A red ball!" Vent: "Going where?" Dummy: "From the left of the blue car to the right of the car, and '
     'the car stays still."', {"blue car": [""], "red ball": ["right"]}),
    ('Host: "A yellow kite!" Guest: "Where to?" Host: "To the left."', {"yellow kite": ["left"]}),
    ('Ana: "Picture a green bus." Ben: "Doing what?" Ana: "It drives from the left side to the right side."',
     {"green bus": ["right"]}),
    ('"A black cat," says the host. "And then?" asks the guest. "It walks to the right."', {"black cat": ["right"]}),
    ('Caller: "A white duck!" Radio host: "Which way?" Caller: "Leftwards, past the big rock."',
     {"big rock": [""], "white duck": ["left"]}),
    ('Mia: "A brown horse." Leo: "And?" Mia: "It trots from the left of the old barn to the right of the barn."',
     {"brown horse": ["right"], "barn": [""]}),
])
def test_a_thing_named_in_one_quoted_turn_moves_as_a_later_turn_says(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, people", [
    ('"Two coffees," says the waiter. "Where should we sit?" asks the woman. "To the right, by the window."',
     {"waiter", "woman"}),
    ('Girl: "A puppy!" Boy: "Where?" Girl: "Over there, to the right!"', {"girl", "boy"}),
    ('Mom: "A cookie!" Kid: "Where is it?" Mom: "On the shelf to the left."', {"kid"}),
])
def test_a_place_said_in_a_story_keeps_its_people(prompt, people):
    assert people <= set(moves_drawn(prompt))


@pytest.mark.parametrize("prompt, thing", [
    ('Dad: "A spider!" Son: "Where?" Dad: "To the right of the lamp!"', "spider"),
    ('Girl: "A puppy!" Boy: "Where?" Girl: "Over there, to the right!"', "puppy"),
    ('Mom: "A cookie!" Kid: "Where is it?" Mom: "On the shelf to the left."', "cookie"),
    ('Sailor: "A whale!" Captain: "Where away?" Sailor: "To the left, off the bow!"', "whale"),
    ('Host: "A red ball rolls!" Guest: "Where to?" Host: "To the left."', "red ball"),
])
def test_a_place_or_a_turn_with_a_verb_moves_nothing_across(prompt, thing):
    assert moves_drawn(prompt).get(thing, [""]) == [""]


@pytest.mark.parametrize("prompt, drawn", [
    ("HOST: A red ball! GUEST: Where to? HOST: To the left.", {"red ball": ["left"]}),
    ("Caller: A white duck! Radio host: Which way? Caller: Towards the right.", {"white duck": ["right"]}),
])
def test_turns_without_quotes_read_the_same(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 2. a thing named again with a bare "a" is one thing
@pytest.mark.parametrize("prompt, drawn", [
    ("Two horses. A horse runs.", {"horse": ["", "right"]}),
    ("Three ducks rest. A duck swims to the left.", {"duck": ["", "", "left"]}),
    ("Two goats stand in a field. A goat trots to the right.", {"goat": ["", "right"]}),
])
def test_a_thing_named_again_is_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A fox sits. Another fox runs to the right.", {"fox": ["", "right"]}),
    ("Two horses. A second horse runs to the right.", {"horse": ["", "", "right"]}),
    ("A fox sits. One more fox runs to the right.", {"fox": ["", "right"]}),
    ("A dog runs to the left and a dog runs to the right.", {"dog": ["left", "right"]}),
    ("A dog sits. A dog walks in from the left.", {"dog": ["", "right"]}),
    ("A dog sits and a dog sleeps.", {"dog": ["", ""]}),
])
def test_another_or_a_second_one_or_one_arriving_stays_new(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A cat sits, and a cat walks in the second half.", {"cat": ["", "right"]}),
    ("A man stands by a car. A car drives past him to the right.", {"car": ["", "right"], "man": [""]}),
    ("A boy and a dog stand. Then a dog runs to the left.", {"boy": [""], "dog": ["", "left"]}),
])
def test_a_lone_thing_named_again_may_be_a_second_one(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_lone_sitter_named_again_stays_the_whole_clip():
    cats = PLANNER.plan("A cat sits, and a cat walks in the second half.").layout.objects
    assert len(cats) == 2 and all(None not in cat.boxes for cat in cats)


# ------------------------------------------------------------ 3. a span opening the sentence bounds what follows it
@pytest.mark.parametrize("prompt", [
    "Before the second half, a dog is not visible.",
    "Until the second half, a cat cannot be seen.",
    "Up until the second half, a fox is nowhere to be seen.",
    "Until the second half, a ball is hidden.",
    "Before the second half, a goat is out of sight.",
])
def test_an_opening_span_with_an_absence_brings_the_thing_in_later(prompt):
    (_, shown), = ways_and_presence(prompt).values()
    assert shown == "...111"


@pytest.mark.parametrize("prompt", [
    "Until the second half, a dog is visible.",
    "Before the second half, a cat is there.",
])
def test_an_opening_span_with_a_presence_takes_the_thing_away_later(prompt):
    (_, shown), = ways_and_presence(prompt).values()
    assert shown == "111..."


# ------------------------------------------------------------ 4. one holding a thing while another moves
@pytest.mark.parametrize("prompt, drawn", [
    ("A girl is holding a cup, and a cat walks to the right.", {"cat": ["right"], "cup": [""], "girl": [""]}),
    ("A man is holding an umbrella, and a dog runs to the left.", {"dog": ["left"], "man": [""], "umbrella": [""]}),
    ("A boy holding a kite, and a bird flies to the right.", {"bird": ["right"], "boy": [""], "kite": [""]}),
    ("A woman is holding a lamp, and a horse trots to the left.",
     {"horse": ["left"], "lamp": [""], "woman": [""]}),
])
def test_a_holder_stays_while_another_thing_moves(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A man holding a ball walks to the right.", {"ball": ["right"], "man": ["right"]}),
    ("A man is holding a box and walks to the left.", {"box": ["left"], "man": ["left"]}),
])
def test_a_holder_told_to_move_carries_what_it_holds(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 5. a floater on a surface stays on it
def _lowest_and_highest_centre(prompt: str) -> tuple[float, float]:
    (row,) = centres(prompt).values()
    heights = [centre[1] for centre in row if centre is not None]
    return min(heights), max(heights)


@pytest.mark.parametrize("prompt", [
    "A leaf floats on the water.",
    "A feather drifts on the pond.",
    "A balloon on the floor drifts.",
    "On the carpet, a balloon drifts.",
    "A leaf floats on the surface of the lake.",
    "A leaf lies on the water.",
    "A paper plane lies on the floor.",
])
def test_a_floater_on_a_surface_rests_on_it(prompt):
    top, bottom = _lowest_and_highest_centre(prompt)
    assert top > 0.7 and bottom - top < 0.05


@pytest.mark.parametrize("prompt", ["A balloon on the floor rises.", "A leaf floats down.", "A balloon drifts."])
def test_a_floater_told_to_rise_or_fall_still_does(prompt):
    top, bottom = _lowest_and_highest_centre(prompt)
    assert bottom - top > 0.3


def _highest_centre_of(prompt: str, name: str) -> float:
    return min(centre[1] for centre in centres(prompt)[name] if centre is not None)


@pytest.mark.parametrize("prompt, name", [
    ("A leaf hangs in the air.", "leaf"),
    ("A paper plane stays still in the air.", "paper plane"),
    ("A leaf stays in the air above the pond.", "leaf"),
    ("A leaf hangs from a branch.", "leaf"),
])
def test_a_light_thing_resting_with_no_surface_under_it_stays_up(prompt, name):
    assert _highest_centre_of(prompt, name) < 0.3


@pytest.mark.parametrize("prompt, name", [
    ("A feather floats gently while a cat sleeps on the rug.", "feather"),
    ("A balloon drifts slowly as a dog lies on the floor.", "balloon"),
    ("A leaf floats while a frog sits on the grass.", "leaf"),
])
def test_a_surface_said_of_another_thing_leaves_the_floater_in_the_air(prompt, name):
    assert _highest_centre_of(prompt, name) < 0.5
