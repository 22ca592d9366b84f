"""Prompts in the voices of a held-out set (tests/helpers/blind_set_28.py), in new words.

Scene-scripting commands ("spawn", "hide ... until", "despawn", "drive the truck from ...", "leave X still",
"a walk cycle"), second-person narration ("you spot ...; as you watch, ...") and social-media captions
("POV:", "wait for it...", "when X finally ...", hashtags, emoji) are read for what happens in the scene:
the viewer, the tags and the render are never things. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers.planned import centres, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Spawn two horses in a meadow, spawn nothing else. Soft render.", ["horse", "horse"]),
        ("Add one goat to the empty field, set it to a calm idle loop, add no other objects.", ["goat"]),
        ("POV: your three ducks get the wiggles on the pond 🦆 #cozy #wholesome", ["duck"] * 3),
        ("POV: your two dogs get the sillies on the rug 😴 #relatable", ["dog", "dog"]),
        ("Drop in three balls on the court, no other objects. Clean render.", ["ball"] * 3),
    ],
)
def test_commands_and_captions_add_only_the_named_things(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("Hide the horse until the halfway point, then show it trotting to the end.", False, True),
        ("Hide the truck for the first half; at the midpoint, spawn it and keep it driving.", False, True),
        ("Begin with an empty road; at the midpoint, spawn the truck driving and keep it there until the end.", False, True),
        ("A duck swims on the pond; at the midpoint, despawn it.", True, False),
        ("A red ball rolls along the floor; at the midpoint, despawn the red ball.", True, False),
        ("Instantiate the goat halfway through and let it graze until the end.", False, True),
        ("Keep the horse out of the scene for the first half, then spawn it in the second half.", False, True),
        ("Take out the duck once the clip is half over.", True, False),
        ("when the goat finally joins midway and stays till the end 🐐 #cinematic", False, True),
        ("POV: you wait half the clip and a duck finally swims in and sticks around #calm", False, True),
    ],
)
def test_commands_and_captions_say_when_it_is_seen(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, mover, still",
    [
        ("Leave the horse still; walk the dog from the right of the horse to the left of the horse.", "dog", "horse"),
        ("You spot a sleeping dog and, to the right of it, a goat; as you watch, the goat walks over to the dog's left.",
         "goat", "dog"),
        ("You see a goose on the bank and a duck to the right of it; as you watch, the duck swims to the goose's left.",
         "duck", "goose"),
        ("wait for it... the dog sneaks from the horse's right to the horse's left while the horse stays put #calm",
         "dog", "horse"),
    ],
)
def test_the_named_mover_passes_the_still_one_leftward(prompt, mover, still):
    tracks = centres(prompt)
    moving, staying = [c[0] for c in tracks[mover]], [c[0] for c in tracks[still]]
    assert moving[0] > staying[0] + 0.1 and moving[-1] < staying[-1] - 0.1, (moving, staying)  # clearly on each side
    assert max(staying) - min(staying) < 0.02, staying  # the other one stays where it is


@pytest.mark.parametrize(
    "prompt, leftward",
    [
        ("You stand at the edge of a meadow. You spot a horse at the right; as you watch, it gallops off to the left.", True),
        ("You are standing on a sidewalk. You notice a truck on the left; as you watch, it drives off to the right.", False),
    ],
)
def test_the_onlooker_is_only_where_the_scene_is(prompt, leftward):
    (xs,) = [[c[0] for c in row] for row in centres(prompt).values()]
    assert (xs[0] - xs[-1] > 0.4) if leftward else (xs[-1] - xs[0] > 0.4), xs


@pytest.mark.parametrize(
    "prompt, route",
    [
        ("Overhead camera. Drive the truck from the upper left to the upper right, then down to the lower right.",
         ("upper left", "upper right", "lower right")),
        ("Top-down view. Move the duck from the upper right to the lower right, then over to the lower left.",
         ("upper right", "lower right", "lower left")),
        ("when the dog finally tours its three corners in order, seen from above: upper right, upper left, lower left 🐕 #fun",
         ("upper right", "upper left", "lower left")),
    ],
)
def test_a_commanded_or_captioned_route_is_followed(prompt, route):
    (track,) = centres(prompt, keyframes=6).values()
    for where, (x, y) in zip(route, (track[0], track[3], track[-1])):
        assert abs(x - 0.5) > 0.1 and abs(y - 0.5) > 0.1, (where, track)  # in a corner, not the middle
        assert (y > 0.5) == where.startswith("lower") and (x < 0.5) == where.endswith("left"), (where, track)


def test_a_when_clause_of_plain_prose_keeps_its_time():
    assert rewritten_for_reading("When the goat reaches the middle, it stops.").startswith("when the goat")
    assert rewritten_for_reading("when the goat finally wanders in halfway through #farmlife").startswith("the goat wanders in")
