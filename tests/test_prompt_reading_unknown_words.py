"""Words the planner's tables do not know, read by their place in the sentence and their form."""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def centre_x(box):
    return (box[0] + box[2]) / 2


def counted(prompt):
    """{object name: how many} as the reading has them."""
    return {entity.noun: entity.count for entity in read_prompt(prompt).entities}


# ------------------------------------------------------------------ known two-word names in the plural
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("four golf balls roll across a green", {"golf ball": 4}),
        ("two teddy bears rest on a shelf", {"teddy bear": 2, "shelf": 1}),
        ("3 beach balls float in a pool", {"beach ball": 3}),
        ("a golf ball sits on a tee", {"golf ball": 1}),
    ],
)
def test_plural_of_a_two_word_name_is_that_object_counted(prompt, expected):
    reading = counted(prompt)
    for name, count in expected.items():
        assert reading.get(name) == count, reading


# ------------------------------------------------------------------ verbs the tables do not know
@pytest.mark.parametrize(
    "prompt, mover, leftward",
    [
        ("a donkey trudges from the right of the frame to the left", "donkey", True),
        ("a goat lollops slowly from left to right", "goat", False),
        ("three pigs toddle across to the right side", "pig", False),
        ("a tram trundles from the right side of the picture to the left side", "tram", True),
    ],
)
def test_unknown_verb_before_a_path_moves_its_subject(prompt, mover, leftward):
    layout = plan(prompt)
    boxes = [o.boxes for o in layout.objects if o.name.endswith(mover)]
    assert boxes, [o.name for o in layout.objects]
    for row in boxes:
        start, end = centre_x(row[0]), centre_x(row[-1])
        assert (end < start - 0.2) if leftward else (end > start + 0.2), (start, end)
    assert any("unknown manner" in note for note in read_prompt(prompt).notes)


def test_unknown_verb_moves_the_subject_relative_to_a_second_object():
    prompt = "A donkey trudges from the left of a haystack to the right of it."
    layout = plan(prompt)
    donkey = next(o for o in layout.objects if o.name == "donkey")
    stack = next(o for o in layout.objects if o.name == "haystack")
    assert centre_x(donkey.boxes[0]) < centre_x(stack.boxes[0]) < centre_x(donkey.boxes[-1])
    assert stack.boxes[0] == stack.boxes[-1]  # the reference stays


def test_unknown_word_without_a_path_is_still_reported_not_moved():
    reading = read_prompt("A goat nibbles a flower.")
    assert not any(m.kind == "move" for e in reading.entities for m in e.motions)
    assert any("nibbles" in note for note in reading.notes)


# ------------------------------------------------------------------ two nouns in a row name one object
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("a goat walks past a palm tree", ["goat", "palm tree"]),  # known + known
        ("a dog sniffs a lamp post", ["dog", "lamp post"]),  # known + unknown head
        ("a robot mower moves to the left", ["robot mower"]),
        ("a girl waits at a bus stop", ["bus stop", "girl"]),  # the head the tables read as a verb
    ],
)
def test_two_nouns_in_a_row_are_one_object_named_by_both(prompt, expected):
    assert sorted(e.noun for e in read_prompt(prompt).entities) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("a bird flies over a fence", ["bird", "fence"]),  # after one thing, an -s word is its verb
        ("we watch a car move to the left", ["car"]),  # the plain verb after what is watched
        ("a cat (orange) waits beside a dog", ["cat", "dog"]),  # only a plain space joins a name
        ("the dog's ball rolls to the left", ["ball", "dog"]),  # a possessor is not half a name
        ("two dogs chase a ball", ["ball", "dog"]),
        ("a bus stops at the corner", ["bus"]),
    ],
)
def test_noun_then_verb_is_not_a_two_word_name(prompt, expected):
    assert sorted(e.noun for e in read_prompt(prompt).entities) == expected


def test_two_word_name_keeps_its_colour_for_the_lvd_export():
    layout = plan("A red fire engine drives past a green palm tree.")
    assert sorted(o.name for o in layout.objects) == ["green palm tree", "red fire engine"]


# ------------------------------------------------------------------ a word's place outranks its ending
def test_noun_with_a_participle_ending_is_drawn_when_its_verb_follows():
    """"-weed", "-seed", "-bed": a noun whose ending looks like "-ed" is still the noun after "a"."""
    reading = read_prompt("A milkweed sways to the left.")
    assert [e.noun for e in reading.entities] == ["milkweed"]
    assert reading.entities[0].motions[0].end is not None


@pytest.mark.parametrize(
    "prompt, name, colour",
    [
        ("a blue rose sits beside a cup", "rose", "blue"),  # listed as a verb ("rose"), but after a colour a noun
        ("a white dove flies to the right", "dove", "white"),
    ],
)
def test_word_listed_as_a_verb_after_article_and_colour_is_a_noun(prompt, name, colour):
    layout = plan(prompt)
    assert f"{colour} {name}" in [o.name for o in layout.objects]


def test_plural_noun_right_after_one_subject_is_its_verb():
    reading = read_prompt("A giraffe towers over a small car.")
    assert sorted(e.noun for e in reading.entities) == ["car", "giraffe"]
    assert any("towers" in note for note in reading.notes)


def test_a_past_participle_in_en_describes_the_noun_after_it():
    """"over the fallen leaves": neither a fall nor a leaving of the fox."""
    reading = read_prompt("Two foxes trot over the fallen leaves.")
    assert [e.noun for e in reading.entities] == ["fox"]
    assert [m.kind for m in reading.entities[0].motions] == ["move"]


# ------------------------------------------------------------------ the ground is not an object
@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("Five geese waddle across the ice.", ["goose"]),  # a material after a surface word
        ("Two foxes trot over the fallen leaves.", ["fox"]),  # a plural with no number
        ("Under dark clouds, three horses graze.", ["horse"]),
        ("A tortoise crawls along the gravel.", ["tortoise"]),  # a word we do not know after "along the"
        ("Four ducks waddle on the pavement.", ["duck"]),
    ],
)
def test_ground_after_a_surface_preposition_is_not_drawn(prompt, drawn):
    assert sorted({e.noun for e in read_prompt(prompt).entities}) == drawn


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("A cat jumps onto a table.", ["cat", "table"]),  # one thing we know is drawn
        ("A rabbit hops over two logs.", ["log", "rabbit"]),  # a count makes them things
        ("A frog hops over a small green lilypad.", ["frog", "lilypad"]),  # one described thing
    ],
)
def test_things_after_a_surface_preposition_are_still_drawn(prompt, drawn):
    assert sorted(e.noun for e in read_prompt(prompt).entities) == drawn


def test_verb_whose_stem_names_a_place_still_moves_its_subject():
    """"coasts", "beaches", "banks": an -s form after the subject, before a path, is a verb."""
    prompt = "A sled coasts down the slope from the upper left to the lower right."
    layout = plan(prompt)
    assert [o.name for o in layout.objects] == ["sled"]
    assert centre_x(layout.objects[0].boxes[-1]) > centre_x(layout.objects[0].boxes[0]) + 0.2
    assert read_prompt(prompt).background != "beach"  # "coasts" is not a coast


def test_plain_form_noun_after_several_subjects_is_their_verb():
    reading = read_prompt("Three otters fish in a stream.")
    assert [(e.noun, e.count) for e in reading.entities] == [("otter", 3)]


def test_noun_before_a_word_for_the_video_says_what_kind_of_video():
    reading = read_prompt("Security camera footage: two cats sit on a wall.")
    assert sorted(e.noun for e in reading.entities) == ["cat"]  # the wall they sit on is where they are
    reading = read_prompt("The drone footage shows four horses.")
    assert [(e.noun, e.count) for e in reading.entities] == [("horse", 4)]


def test_the_path_a_thing_goes_down_is_not_drawn():
    reading = read_prompt("A marble rolls down the chute to the left.")
    assert [e.noun for e in reading.entities] == ["marble"]


def test_coloured_unknown_word_after_at_is_a_thing_not_the_place():
    layout = plan("A grey wolf stares at a red lantern.")
    assert sorted(o.name for o in layout.objects) == ["gray wolf", "red lantern"]


def test_bare_object_in_a_note_without_articles_is_drawn():
    layout = plan("Shot list: bike passes signpost, moving left to right.")
    names = sorted(o.name for o in layout.objects)
    assert names == ["bike", "signpost"]
    bike = next(o for o in layout.objects if o.name == "bike")
    post = next(o for o in layout.objects if o.name == "signpost")
    assert centre_x(bike.boxes[0]) < centre_x(post.boxes[0]) < centre_x(bike.boxes[-1])


def test_described_mass_without_an_article_is_the_ground():
    reading = read_prompt("Three yaks wander toward the left, crossing tall scrubland.")
    assert [(e.noun, e.count) for e in reading.entities] == [("yak", 3)]


def test_unknown_word_after_a_possessive_is_a_part_not_an_object():
    reading = read_prompt("Two vans wait at the kerb, their wipers still.")
    assert [(e.noun, e.count) for e in reading.entities] == [("van", 2)]
    assert any("wipers" in note for note in reading.notes)


def test_a_kind_of_video_is_not_an_object():
    reading = read_prompt("Five owls perch in a row, shot like a wildlife documentary.")
    assert [(e.noun, e.count) for e in reading.entities] == [("owl", 5)]


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Four meerkats stand on a sandy mound.", [("meerkat", 4)]),  # "-y": describing, and the mound is ground
        ("Two gazelles leap over a narrow creek.", [("gazelle", 2)]),
    ],
)
def test_unknown_ground_after_a_surface_word_with_an_article(prompt, expected):
    assert [(e.noun, e.count) for e in read_prompt(prompt).entities] == expected


def test_plain_word_after_two_joined_subjects_is_their_verb():
    layout = plan("A red kayak and a yellow dinghy bob side by side.")
    assert sorted(o.name for o in layout.objects) == ["red kayak", "yellow dinghy"]


def test_unknown_verb_after_an_auxiliary_moves_its_subject():
    reading = read_prompt("A tractor was trundling from left to right.")
    assert [m.verb for m in reading.entities[0].motions] == ["trundling"]


def test_plain_verb_after_two_known_subjects_is_not_half_a_name():
    reading = read_prompt("A horse and a dog run from left to right.")
    assert [e.noun for e in reading.entities] == ["horse", "dog"]
    assert all(e.motions and e.motions[0].end is not None for e in reading.entities)


def test_plural_noun_as_a_verb_before_an_object():
    reading = read_prompt("The gardener plants a tree.")
    assert sorted(e.noun for e in reading.entities) == ["gardener", "tree"]


def test_a_wall_named_with_a_side_of_the_frame_is_that_side():
    layout = plan("A toy robot rolls from the left wall to the right wall of a bare room.")
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    robot = layout.objects[0]
    assert centre_x(robot.boxes[0]) < 0.35 and centre_x(robot.boxes[-1]) > 0.65


def test_describing_words_before_a_kind_of_video_across_a_comma():
    reading = read_prompt("A retro, grainy home video of three goats grazing.")
    assert [(e.noun, e.count) for e in reading.entities] == [("goat", 3)]


def test_word_after_the_second_of_two_joined_subjects_is_not_half_a_name():
    reading = read_prompt("A grey van and a green bus share the road.")
    assert [e.noun for e in reading.entities] == ["van", "bus"]


@pytest.mark.parametrize("prompt, expected", [
    ("a marble drops onto a pedestal", ["marble", "pedestal"]),
    ("an apple falls on a tuffet and bounces", ["apple", "tuffet"]),
    ("a ball falls onto the tarmac", ["ball"]),  # the ground, said with "the", stays the place
])
def test_an_unknown_thing_something_lands_on_is_drawn(prompt, expected):
    assert sorted(e.noun for e in read_prompt(prompt).entities) == expected
