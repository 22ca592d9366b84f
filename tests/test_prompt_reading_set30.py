"""Prompts in the voices of a held-out set (tests/helpers/blind_set_30.py), in new words.

Numbered steps ("Step 2:", "3)", "First, ... Then, ... Finally, ..."), a formal legal or academic register
("it is required that ... shall ...", "hereinafter 'the vehicles'", "thereof", "for the duration of the
clip", "commence ... conclude") and polite requests ("Could you please show me ...?", "Can I get a clip
where ...?") are read for what happens in the scene: step numbers are no counts, aliases no second things,
restrictive mentions ("no additional item shall be shown", "leave everything else out") add nothing, and
a part ("the roof of a green truck") is its thing. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.formal_register import formal_in_plain_words
from pipelines.lvd.instruction_voice import instructions_in_plain_words
from pipelines.lvd.object_parts import parts_as_things
from tests.helpers.planned import centres, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("1) Begin with an empty meadow. 2) Add two horses, both grazing. 3) Add no other animals.", ["horse", "horse"]),
        ("Step 1: Lay out a stretch of sand. Step 2: Put three ducks on it. Step 3: Leave everything else out.", ["duck"] * 3),
        ("First, show a strip of empty beach. Then, let two goats wander on it. Finally, make sure nothing else is in the frame.",
         ["goat", "goat"]),
        ("2. Put three trucks on the road. 3. Nothing else should be in the frame.", ["truck"] * 3),
        ("It is required that the video shall contain three trucks, hereinafter 'the vehicles', and no other object of any kind.",
         ["truck"] * 3),
        ("The footage shall depict one horse upon a quiet field; as per the specification, no additional item shall be shown.",
         ["horse"]),
        ("Could you please show me three goats napping in a barn?", ["goat"] * 3),
        ("I'd like to see five ducks on a pond, please.", ["duck"] * 5),
        ("Do you think you could make a clip of three ducks swimming?", ["duck"] * 3),
        ("There shall be two goats in a field, and nothing else shall be depicted.", ["goat", "goat"]),
        ("No object other than the horse shall appear in the footage.", ["horse"]),
        ("Phase 1: place a goat in a field. Phase 2: add nothing else.", ["goat"]),
    ],
)
def test_steps_stipulations_and_requests_add_only_the_named_things(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("It is stipulated that a white horse shall graze beside a black goat, both being shown for the duration of the clip.",
         ["black goat", "white horse"]),
        ("Would it be possible to see a green truck parked near an orange duck?", ["green truck", "orange duck"]),
        ("What would it look like if a blue horse raced a gray truck? Could you show me?", ["blue horse", "gray truck"]),
        ("A yellow duck shall sit upon the roof of a green truck, and both shall remain visible throughout.",
         ["green truck", "yellow duck"]),
        ("A black goat stands next to a red truck throughout.", ["black goat", "red truck"]),
        ("The said truck shall be red and the aforementioned duck shall be yellow.", ["red truck", "yellow duck"]),
        ("How would it look if a white goat stood beside a black truck? Can you show that?", ["black truck", "white goat"]),
        ("Any chance you could show me a pink horse next to a brown goat?", ["brown goat", "pink horse"]),
    ],
)
def test_each_colour_stays_with_its_thing(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("The horse shall not be shown during the first half of the clip; it shall appear only in the second half thereof.",
         False, True),
        ("The goat, hereinafter 'the animal', shall be present in the first half of the video and shall not be depicted in the "
         "second half.",
         True, False),
        ("A duck shall arrive only upon the commencement of the second half of the clip and shall not be seen prior thereto.",
         False, True),
        ("1) Have a horse trot about in the first half. 2) Have it trot away before the second half starts. "
         "3) Keep the horse out of the second half.", True, False),
    ],
)
def test_formal_and_stepwise_visibility(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("It is stipulated that the truck shall commence on the left of the frame and conclude on the right thereof.", True),
        ("A swimming duck shall be depicted traversing the scene from right to left for the duration of the video.", False),
        ("The horse (the 'Subject') shall trot from right to left.", False),
    ],
)
def test_a_stipulated_move_goes_the_said_way(prompt, rightward):
    (xs,) = [[c[0] for c in row] for row in centres(prompt).values()]
    assert (xs[-1] - xs[0] > 0.4) if rightward else (xs[0] - xs[-1] > 0.4), xs


@pytest.mark.parametrize(
    "prompt, mover, still",
    [
        ("First, stand a horse in the field. Then, start a goat on the horse's left. Finally, walk the goat to the horse's "
         "right.",
         "goat", "horse"),
        ("Step 1: Park a truck on the street. Step 2: Start a horse to the left of the truck. Step 3: Have the horse trot to the "
         "truck's right.", "horse", "truck"),
    ],
)
def test_the_placed_thing_stays_while_the_started_one_passes_it_rightward(prompt, mover, still):
    tracks = centres(prompt)
    moving, staying = [c[0] for c in tracks[mover]], [c[0] for c in tracks[still]]
    assert moving[0] < staying[0] - 0.1 and moving[-1] > staying[-1] + 0.1, (moving, staying)
    assert max(staying) - min(staying) < 0.02, staying


@pytest.mark.parametrize(
    "prompt, route",
    [
        ("Step 1: Film the scene from directly above. Step 2: Place a duck at the upper left. Step 3: Move it to the upper "
         "right. "
         "Step 4: Move it down to the lower right.", ("upper left", "upper right", "lower right")),
        ("First, shoot everything from overhead with a truck in the upper right. Then, drive it to the upper left. "
         "Finally, drive it down to the lower left.", ("upper right", "upper left", "lower left")),
    ],
)
def test_a_stepwise_route_from_above_is_followed(prompt, route):
    (track,) = centres(prompt, keyframes=6).values()
    for where, (x, y) in zip(route, (track[0], track[3], track[-1])):
        assert abs(x - 0.5) > 0.1 and abs(y - 0.5) > 0.1, (where, track)
        assert (y > 0.5) == where.startswith("lower") and (x < 0.5) == where.endswith("left"), (where, track)


def test_the_rewrites_in_words():
    assert formal_in_plain_words("it is stipulated that the goat shall commence on the left and conclude on the right thereof.") \
        == "the goat will start on the left and end on the right."
    assert formal_in_plain_words("a duck, hereinafter 'the bird', shall swim for the duration of the first half "
                                 "of the recording.") \
        == "a duck, will swim during the first half."
    text = "step 2: place a goat at the lower left. 3) roll it to the right."
    assert instructions_in_plain_words(text, set(text.replace(":", " ").replace(".", " ").split())) \
        == "a goat is at the lower left. it rolls to the right."
    assert parts_as_things("a cat naps on the hood of a blue truck") == "a cat naps on a blue truck"
    assert parts_as_things("the top of the hill") == "the top of the hill"  # a place, not a part of a thing


def test_plain_numbers_and_requests_elsewhere_are_kept():
    text = "two horses walk, then three ducks swim at 0:05."
    assert instructions_in_plain_words(text, set(text.replace(",", " ").replace(".", " ").split())) == text
