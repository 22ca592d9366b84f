"""A twenty-second round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A list of denials before the thing meant ("not a horse, nor a cow, but a sheep") rules out every thing it lists, not
only the last one. A clause about the weather or the light opened by a word of time ("once the fog had lifted", "when
the wind died down") says how the scene looks, as one opened by "as" or "while" does: its verb is no thing's. A prompt
opening on a list of denied things ("No horse, no cow at first;") calls on no one: each thing denied is one that comes
later. A place of the frame set off by a comma before the things it holds ("the left side of the picture, a cat", "the
upper right corner, a bird") is where they are, as a heading with a colon is: the frame's word is no thing and the place
no way. A thing that runs or rolls "in from the left" comes into view then, so after its denial ("There is no dog, but
later a dog runs in from the left") it arrives late, never there first and gone after. A record's opening field saying
where it all is ("Scene: a bus station.") names the place, so the route after it is still the late "Passenger:" field's.
A throw whose way is told by two things joined by "and" names what it throws right after the second ("kicks toward the
bench and the lamp a red ball"): both things stay where they are.
"""

import pytest

from tests.helpers.planned import centres, corner_of, names, ways_and_presence, ways_of


# ------------------------------------------------------------ 1. a list of denials before "but" rules out each of them
@pytest.mark.parametrize("prompt, drawn", [
    ("Not a horse, nor a cow, but a sheep walks to the right.", ["sheep"]),
    ("Not a car, not a truck, but a bus drives to the left.", ["bus"]),
    ("A cat sleeps. Not a dog, not a bird, but a horse runs in.", ["cat", "horse"]),
    ("Not two cats, not three, but four cats sit.", ["cat"] * 4),
    # guards: a lone denial and a denial in an aside read as before
    ("Not a cat but a dog runs to the left.", ["dog"]),
    ("A dog, not a cat, runs to the right.", ["dog"]),
])
def test_a_list_of_denials_rules_out_each_thing_it_lists(prompt, drawn):
    assert names(prompt) == drawn


def test_the_thing_meant_after_a_list_of_denials_keeps_its_way():
    assert ways_of("Not a car, not a truck, but a bus drives to the left.") == {"bus": "left"}


# ------------------------------------------------------------ 2. a weather clause opened by a time word is no thing's
@pytest.mark.parametrize("prompt, expected", [
    ("After the fog had lifted, a car drove to the left.", {"car": ("left", "111111")}),
    ("Once the snow was gone, a horse trotted to the right.", {"horse": ("right", "111111")}),
    ("When the wind died down, a cat walked to the right.", {"cat": ("right", "111111")}),
    ("A dog sits on the left. Once the light had faded, a bird flew to the left.",
     {"dog": ("", "111111"), "bird": ("left", "111111")}),
])
def test_a_weather_clause_opened_by_a_time_word_moves_nothing_drawn(prompt, expected):
    assert ways_and_presence(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    # guards: a thing drawn in such a clause keeps its going, and a weather word that is a thing's own verb stays read
    ("Once the boy was gone, a bird flew to the right.", {"boy": ("", "111..."), "bird": ("right", "111111")}),
    ("Once the girl was gone, a cat ran to the left.", {"girl": ("", "111..."), "cat": ("left", "111111")}),
    ("When the boy walked to the right, a dog sat on the left.", {"boy": ("right", "111111"), "dog": ("", "111111")}),
])
def test_a_time_clause_about_a_thing_still_tells_of_it(prompt, expected):
    assert ways_and_presence(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    # with no comma to close it, the weather clause runs on into what happens then, which is drawn
    ("After the snow stopped a dog appeared on the left and walked right.", {"dog": ("right", "...111")}),
    ("After the fog lifts a car drives to the left.", {"car": ("left", "111111")}),
    ("After the day ends a bird flies left.", {"bird": ("left", "111111")}),
])
def test_a_weather_clause_with_no_comma_leaves_what_happens_then(prompt, expected):
    assert ways_and_presence(prompt) == expected


def test_a_weather_clause_with_no_comma_after_and_keeps_the_late_move():
    prompt = "A cat waits on the left until the rain stops, and once the rain stops it walks right."
    shown = [c for c in centres(prompt)["cat"] if c is not None]
    assert shown[-1][0] - shown[0][0] > 0.2


# ------------------------------------------------------------ 3. an opening list of denials is no one called
@pytest.mark.parametrize("prompt, expected", [
    ("No horse, no cow at first; then a cow and a horse walk in.", {"horse": ("", "...111"), "cow": ("", "...111")}),
    ("No bird, no plane in the first half; then a bird and a plane appear.",
     {"bird": ("", "...111"), "plane": ("", "...111")}),
    ("No car, no bus, no truck early on; later a truck, a bus and a car show up.",
     {"car": ("", "...111"), "bus": ("", "...111"), "truck": ("", "...111")}),
])
def test_an_opening_list_of_denials_keeps_each_thing_for_later(prompt, expected):
    assert ways_and_presence(prompt) == expected


def test_a_bare_noun_called_before_a_moving_scene_is_still_no_thing():
    assert names("Tower, two planes are circling.") == ["plane", "plane"]


# ------------------------------------------------------------ 4. a place of the frame set off by a comma holds things
@pytest.mark.parametrize("prompt, thing, corner", [
    ("The left side of the picture, a cat.", "cat", "lower left"),
    ("the right side of the screen, a horse", "horse", "lower right"),
    ("The upper right corner, a bird.", "bird", "upper right"),
    ("A dog sleeps. The lower left corner of the image, a red ball.", "red ball", "lower left"),
])
def test_a_place_of_the_frame_before_a_comma_holds_what_follows(prompt, thing, corner):
    found = centres(prompt)
    assert thing in found and not any(name in found for name in ("picture", "screen", "image")), found
    assert {corner_of(c) for c in found[thing]} == {corner}, found[thing]


@pytest.mark.parametrize("prompt, expected", [
    # guards: a bare side before a comma, and a corner a move goes to, are read as before
    ("Left, a dog runs to the right.", {"dog": ("right", "111111")}),
    ("A ball rolls to the lower left corner, a dog follows it.", {"ball": ("left", "111111"), "dog": ("left", "111111")}),
])
def test_a_side_that_is_no_heading_is_read_as_before(prompt, expected):
    assert ways_and_presence(prompt) == expected


# ------------------------------------------------------------ 5. coming in from a side is an arrival, after a denial
@pytest.mark.parametrize("prompt, expected", [
    ("There is no dog, but later a dog runs in from the left.", {"dog": ("right", "...111")}),
    ("No horse is there, but later a horse trots in from the right.", {"horse": ("left", "...111")}),
    ("Is there a ball? There isn't, but later a ball rolls in from the far left.", {"ball": ("right", "...111")}),
])
def test_a_thing_denied_then_coming_in_from_a_side_arrives_late(prompt, expected):
    assert ways_and_presence(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    # guards: a thing coming in with no denial before it, and one next to a thing that stays, read as before
    ("A ball rolls in from the left.", {"ball": ("right", ".11111")}),
    ("A cat sits on the left. A dog runs in from the right.", {"cat": ("", "111111"), "dog": ("left", ".11111")}),
])
def test_a_thing_coming_in_with_nothing_denied_is_read_as_before(prompt, expected):
    assert ways_and_presence(prompt) == expected


# ------------------------------------------------------------ 6. a setting field opening a record names no mover
@pytest.mark.parametrize("prompt, expected", [
    ("Scene: a bus station. Departure: right side of the frame. Arrival: left side of the frame. Passenger: a walking man.",
     {"man": "left"}),
    ("Setting: a train station. Departure: left side of the frame. Arrival: right side of the frame. Traveler: a dog.",
     {"dog": "right"}),
])
def test_a_setting_field_before_a_route_leaves_the_route_to_its_traveller(prompt, expected):
    assert ways_of(prompt) == expected


def test_a_thing_told_before_the_route_still_keeps_the_route_from_a_late_traveller():
    prompt = ("Scene: a kitchen. A cat sits on the left. Departure: right side of the frame. Arrival: left side of the "
              "frame. Traveller: a dog.")
    assert ways_of(prompt) == {"cat": "", "dog": ""}


# ------------------------------------------------------------ 7. a throw's object named after two things its way names
def _travels(prompt: str, thing: str) -> float:
    shown = [c for c in centres(prompt)[thing] if c is not None]
    return abs(shown[-1][0] - shown[0][0])


@pytest.mark.parametrize("prompt, thrown, named", [
    ("A man kicks toward the bench and the lamp a red ball.", "red ball", ["bench", "lamp"]),
    ("A boy throws past the car and the tree a ball.", "ball", ["car", "tree"]),
    ("A girl tosses to the left of the horse and the cow a frisbee.", "frisbee", ["cow", "horse"]),
])
def test_a_throw_names_its_object_after_both_things_its_way_is_told_by(prompt, thrown, named):
    assert _travels(prompt, thrown) > 0.3
    assert all(_travels(prompt, thing) < 0.05 for thing in named)


def test_a_thing_joined_after_a_throws_way_with_a_verb_of_its_own_is_still_what_was_thrown():
    prompt = "A girl throws to the left of the dog and the ball lands there."
    assert _travels(prompt, "ball") > 0.3 and _travels(prompt, "dog") < 0.05
