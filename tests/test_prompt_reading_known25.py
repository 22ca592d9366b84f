"""Phrasings the planner was known to misread, each tried as a family in new words.

A source handing the speaker what the clip shows keeps out of the scene with an aside between it and its verb ("my feed, as usual,
served me a dog"); a light thing drifting or floating along a side-to-side route crosses the frame rather than falling or rising
in place, whether the route is fronted or not; a mover "leaving no tracks in the snow" or "leaving footprints in the snow" is no
more gone than one that leaves nothing; a closing status of coming in (a parcel's "Arriving today!") changes no timing, while a
closing "Departing on time." is the thing named before going; a barker's calls after the crowd's name and a cheer around a pet
name add no move and no thing; a camera said to look straight down, or a heading saying the picture is taken from overhead, is the
view from above; and pseudocode naming its thing by a field ('spawn(kind="dog", path=[...])', '{ "object": "cat", "count": 2 }' in
prose) is that thing with its count and route.
"""

import pytest

from pipelines.lvd.code_notation import code_in_plain_words
from tests.helpers.planned import PLANNER, route_corners, ways_and_presence, ways_of

# a way counts once the centre crosses nearly a third of the frame: a drift or a run across, not a sway
_TRAVEL = 0.3


# ------------------------------------------------------------ 1. a source with an aside before its handing
@pytest.mark.parametrize("ways, prompt", [
    ({"dog": "left"}, "My feed, as usual, served me a dog running to the left."),
    ({"cat": "right"}, "The algorithm, once again, served me a cat walking to the right."),
    ({"goat": "right"}, "The heavens, just now, revealed to me a goat walking to the right."),
    ({"goat": "left"}, "The stars, yet again, have revealed to us a goat walking to the left."),
    ({"cat": "left"}, "The app, of course, served us a cat walking to the left."),
])
def test_a_source_with_an_aside_is_not_in_the_scene(ways, prompt):
    assert ways_of(prompt, _TRAVEL) == ways


@pytest.mark.parametrize("drawn, prompt", [
    (["cat", "mat"], "The cat, as usual, sits on a mat."),
    (["ball", "lamp"], "The lamp, once again, gave us a ball."),
])
def test_a_thing_of_the_scene_with_an_aside_stays(drawn, prompt):
    assert sorted(o.name for o in PLANNER.plan(prompt).layout.objects) == drawn


# ------------------------------------------------------------ 2. a light thing drifting along a side-to-side route
@pytest.mark.parametrize("ways, prompt", [
    ({"leaf": "right"}, "Drifting lazily from left to right, a leaf."),
    ({"feather": "left"}, "Floating gently from the right side to the left side, a feather."),
    ({"leaf": "left"}, "A leaf drifts slowly from right to left."),
    ({"feather": "right"}, "Gliding softly from the left edge to the right edge: a feather."),
    ({"balloon": "right"}, "A balloon floats from the left side to the right side."),
    ({"balloon": "right"}, "A balloon floats to the right."),
    ({"balloon": "right"}, "A balloon drifts across the sky from left to right."),
    ({"soap bubble": "left"}, "A soap bubble floats to the left."),
    ({"hot air balloon": "right"}, "A hot air balloon drifts toward the right side of the sky."),
])
def test_a_drifting_light_thing_crosses_the_frame_in_the_air(ways, prompt):
    """It crosses at one height, off the ground: a balloon rolling along the floor is no drift."""
    assert ways_of(prompt, _TRAVEL) == ways
    for obj in PLANNER.plan(prompt).layout.objects:
        heights = [(box[1] + box[3]) / 2 for box in obj.boxes if box is not None]
        assert max(heights) < 0.6, heights
        assert max(heights) - min(heights) < 0.15, heights


def test_a_leaf_said_to_fall_still_falls():
    boxes = [box for box in PLANNER.plan("A leaf falls to the ground.").layout.objects[0].boxes if box is not None]
    assert boxes[-1][1] > boxes[0][1] + 0.3


# ------------------------------------------------------------ 3. leaving nothing behind, somewhere, is a manner
@pytest.mark.parametrize("ways, prompt", [
    ({"deer": "right"}, "A deer walks from left to right, leaving no footprints in the snow."),
    ({"fox": "left"}, "A fox trots to the left, leaving no tracks on the frozen lake."),
    ({"boat": "right"}, "A boat sails to the right, leaving not a ripple on the water."),
    ({"cat": "left"}, "A cat walks to the left and leaves no prints across the sand."),
    ({"horse": "right"}, "A horse gallops to the right, leaving no hoofprints behind it in the mud."),
])
def test_a_mover_leaving_nothing_somewhere_stays_in_view(ways, prompt):
    found = ways_and_presence(prompt, _TRAVEL)
    assert {name: way for name, (way, _) in found.items()} == ways
    assert all("." not in shown for _, shown in found.values())


@pytest.mark.parametrize("ways, prompt", [
    ({"deer": "right"}, "A deer walks from left to right, leaving footprints in the snow."),
    ({"boat": "left"}, "A boat sails to the left, leaving a wake behind it."),
    ({"dog": "right"}, "A dog runs to the right, leaving muddy paw prints on the floor."),
    ({"car": "left"}, "A car drives to the left, leaving a trail of dust."),
])
def test_a_mover_leaving_only_its_traces_stays_in_view(ways, prompt):
    found = ways_and_presence(prompt, _TRAVEL)
    assert {name: way for name, (way, _) in found.items()} == ways
    assert all("." not in shown for _, shown in found.values())


@pytest.mark.parametrize("ways, prompt", [
    ({"truck": "right", "car": ""}, "A truck drives to the right, leaving tire marks on a parked car."),
    ({"dog": "left", "white sofa": ""}, "A dog runs to the left, leaving muddy prints on the white sofa."),
    ({"kid": "right", "table": ""}, "A kid runs to the right, leaving crumbs on the table."),
    ({"boy": "right", "blue box": ""}, "A boy runs to the right, and left marks on the blue box."),
    ({"fox": "left", "tree": ""}, "A fox trots to the left, leaving no tracks near the tree."),
    ({"fish": "right", "rock": ""}, "A fish swims to the right, leaving bubbles beside the rock."),
])
def test_the_thing_the_traces_are_left_on_stays_in_the_scene(ways, prompt):
    found = ways_and_presence(prompt, _TRAVEL)
    assert {name: way for name, (way, _) in found.items()} == ways
    assert all("." not in shown for _, shown in found.values())


@pytest.mark.parametrize("prompt", [
    "A cat walks to the right, leaving the room.",
    "A dog runs to the left, leaving the frame.",
])
def test_leaving_the_frame_is_still_a_leaving(prompt):
    assert all(shown.endswith(".") for _, shown in ways_and_presence(prompt, _TRAVEL).values())


# ------------------------------------------------------------ 4. a timetable's closing status, an opening heading of going
@pytest.mark.parametrize("prompt", [
    "A parcel rests on a table. Arriving tomorrow.",
    "A cat sits on a mat. Arriving today!",
    "A red car waits on the left. Arriving shortly.",
    "A bus sits on the right. Arriving at noon!",
])
def test_a_closing_status_of_coming_leaves_the_timing_alone(prompt):
    assert all("." not in shown for _, shown in ways_and_presence(prompt, _TRAVEL).values())


@pytest.mark.parametrize("name, prompt", [
    ("train", "A train waits on the left. Departing on time."),
    ("candle", "A candle burns on a table. Disappearing soon!"),
    ("red car", "A red car waits on the left. Leaving shortly."),
    ("bus", "A bus sits on the right. Departing tomorrow morning."),
])
def test_a_closing_going_is_the_going_of_the_thing_named_before_it(name, prompt):
    assert ways_and_presence(prompt, _TRAVEL)[name][1].endswith(".")


def test_a_bare_closing_going_is_still_the_going():
    assert ways_and_presence("A dog sits on the left. Leaving!", _TRAVEL)["dog"][1].endswith(".")


@pytest.mark.parametrize("name, prompt", [
    ("red bus", "Now departing: the red bus."),
    ("dog", "Now leaving: a dog."),
    ("gray cat", "Now exiting: a grey cat."),
])
def test_an_opening_heading_of_going_over_its_thing_is_the_going(name, prompt):
    assert ways_and_presence(prompt, _TRAVEL)[name][1].endswith(".")


# ------------------------------------------------------------ 5. a barker's calls after an address, a pet name cheered
def _crossings(prompt: str) -> dict[str, tuple[str, bool]]:
    """Each drawn name with its way and whether it starts on the far side of the frame from where it goes."""
    found = {}
    for obj in PLANNER.plan(prompt).layout.objects:
        assert obj.name not in found, [o.name for o in PLANNER.plan(prompt).layout.objects]
        shown = [box for box in obj.boxes if box is not None]
        start, end = (shown[0][0] + shown[0][2]) / 2, (shown[-1][0] + shown[-1][2]) / 2
        way = "left" if end < start - 0.3 else "right" if end > start + 0.3 else ""
        found[obj.name] = (way, start > 0.6 if way == "left" else start < 0.4)
    return found


@pytest.mark.parametrize("crossings, prompt", [
    ({"dog": ("left", True)}, "Ladies and gentlemen, hurry, hurry! A dog runs to the left."),
    ({"cat": ("right", True)}, "Folks, step up, step up! A cat walks to the right."),
    ({"horse": ("left", True)}, "Boys and girls, come in, come in! A horse gallops to the left."),
    ({"dog": ("left", True)}, "Run, doggy, run! A dog runs to the left."),
    ({"cat": ("right", True)}, "Go, kitty, go! A cat walks to the right."),
    ({"bird": ("left", True)}, "Fly, birdie, fly! A bird flies to the left."),
])
def test_a_call_to_the_crowd_or_a_cheer_adds_no_move_and_no_thing(crossings, prompt):
    assert _crossings(prompt) == crossings


@pytest.mark.parametrize("ways, prompt", [
    ({"dog": "left"}, "Friends, run, run! A dog on the right."),
    ({"cat": "", "dog": "right"}, "Run, doggy, run! A cat sits on the left."),
])
def test_a_call_whose_move_is_the_only_one_told_stays(ways, prompt):
    assert ways_of(prompt, _TRAVEL) == ways


# ------------------------------------------------------------ 6. a camera looking down is a view from above
@pytest.mark.parametrize("prompt", [
    "camera overhead: a car drives from the lower left corner to the upper right corner.",
    "The camera looks straight down: a car drives from the lower left corner to the upper right corner.",
    "Overhead camera: a bus drives from the upper left corner to the lower right corner.",
    "The camera is pointed straight down. A dog runs from the lower right corner to the upper left corner.",
    "The camera looks down at a dog running from the lower left corner to the upper right corner.",
    "The camera points down, and a cat walks from the upper left corner to the lower right corner.",
    "Aerial shot: a car drives from the lower left corner to the upper right corner.",
    "Shot from directly above: a cat walks from the upper right corner to the lower left corner.",
    "The drone looks straight down: a dog runs from the lower left corner to the upper right corner.",
    "The drone looks straight down, and a dog runs from the lower left corner to the upper right corner.",
    "Straight down from the blimp: a car drives from the upper left corner to the lower right corner.",
])
def test_a_camera_looking_down_is_a_view_from_above(prompt):
    assert PLANNER.plan(prompt).layout.view == "top-down"


@pytest.mark.parametrize("prompt", [
    "A bird looks down at a cat.",
    "The camera looks down the street: a car drives to the left.",
    "The camera points down the road as a bus drives to the right.",
    "A man with a camera looks down at his dog.",
    "A girl holding a camera looks down at a cat on the floor.",
    "The camera peers down the alley while a cat walks to the right.",
    "Trial 3: a ball rolls to the left.",
    "Above: a bird flies to the left. Below: a cat sits.",
    "Above: a plane flies to the right.",
    "Side shot: a car drives to the left.",
    "A ball drops. Straight down from the roof, it falls to the ground.",
    "Right down from the hill, a dog runs to the left.",
    "Directly down from the shelf, a cup falls to the floor.",
])
def test_a_thing_looking_down_or_a_plain_label_keeps_the_side_view(prompt):
    assert PLANNER.plan(prompt).layout.view == "side"


# ------------------------------------------------------------ 7. pseudocode naming its thing by a field
@pytest.mark.parametrize("prompt, drawn, corners", [
    ('spawn(kind="dog", path=["lower left corner", "upper right corner"])', ["dog"], ("lower left", "upper right")),
    ("create(object='car', colour='blue', path=['lower right corner', 'upper left corner']). A cat sits in the middle.",
     ["blue car", "cat"], ("lower right", "upper left")),
    ('walk(kind="cat", start="lower left corner", end="lower right corner")', ["cat"], ("lower left", "lower right")),
    ('The clip holds {"kind": "bird", "path": ["upper right corner", "upper left corner"]} over a field.', ["bird"],
     ("upper right", "upper left")),
])
def test_a_call_or_record_naming_its_thing_moves_it_along_its_route(prompt, drawn, corners):
    found, (start, _, end) = route_corners(prompt)
    assert found == drawn
    assert (start, end) == corners


@pytest.mark.parametrize("prompt, drawn", [
    ('A scene with { "object": "cat", "count": 2 } sitting on a rug.', ["cat", "cat"]),
    ('Put {"category": "ball", "color": "red", "count": 3} on the floor.', ["red ball", "red ball", "red ball"]),
    ('Two cats {"object": "cat", "count": 2} sit on a rug.', ["cat", "cat"]),
    ('A scene with {\n  "object": "cat",\n  "count": 2\n} sitting on a rug.', ["cat", "cat"]),
    ('add(kind="car", color="#ff0000", count=2)', ["car", "car"]),
    ('place(kind="dog", colour="#00ff00", count="two")', ["dog", "dog"]),
    ('spawn(kind="cat", count=0). A dog sits on the left.', ["dog"]),
    ('A bird sits on the right. {"object": "dog", "count": 0}', ["bird"]),
])
def test_a_record_in_prose_is_its_counted_thing(prompt, drawn):
    assert sorted(o.name for o in PLANNER.plan(prompt).layout.objects) == drawn


@pytest.mark.parametrize("prompt, said", [
    ('draw(type="dashed", shape="circle", object="ball")', "a ball."),
    ('move(type="linear", object="ball", path=["left side", "right side"])',
     "a ball moves from the left side to the right side."),
    ('spawn(name="Rex", kind="dog", path=["lower left corner", "upper right corner"])',
     "a dog moves from the lower left corner to the upper right corner."),
    ('spawn(label="Tweety", style="cartoon", object="bird")', "a bird."),
    ('spawn(kind="dog", path=[[0.1, 0.9], [0.9, 0.1]])', "a dog."),
    ('add(kind="car", color="#ff0000", count=2)', "2 cars."),
])
def test_only_a_field_naming_what_the_thing_is_names_it(prompt, said):
    """A type, name, label or style is a look or a pet's name; a hex code no colour word; coordinates no place."""
    assert code_in_plain_words(prompt) == said


@pytest.mark.parametrize("prompt", [
    'A dog sits on the left. spawn(kind="cat", count=0)',
    'A dog sits on the left. {"object": "cat", "count": "zero"}',
])
def test_a_count_of_none_says_no_thing(prompt):
    assert "cat" not in code_in_plain_words(prompt)
