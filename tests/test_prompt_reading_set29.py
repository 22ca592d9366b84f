"""Prompts in the voices of a held-out set (tests/helpers/blind_set_29.py), in new words.

Screenplay action lines (sluglines, transitions, ALL-CAPS first mentions, "frame left", "LATER:"), broadcast news
reports (sources, the crew, sign-offs, "early in the footage", "by the close of the clip") and rhymed verse (lines
joined with "/", inversions, negated ordinals and restated counts) are read for what happens in the scene: the
script's furniture, the newsroom and the verse's fences are never things. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers.planned import centres, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("INT. WAREHOUSE - NIGHT. TWO GOATS wander the concrete floor. Nobody else. Nothing else. DISSOLVE TO:", ["goat"] * 2),
        ("EXT. POND - DAWN. THREE DUCKS paddle in a line. Only the three. SMASH CUT TO BLACK.", ["duck"] * 3),
        ("Sources at the scene tonight say three horses, and only three, galloped across an empty paddock; "
         "nothing else was seen. Back to you, Tom.", ["horse"] * 3),
        ("Police confirmed two trucks, exactly two, parked on a bare stretch of tarmac; our crew filmed nothing else.",
         ["truck"] * 2),
        ("Two horses graze beside the stream, / no third one there, or so it would seem; / "
         "just two of them, and nothing more, / they nibble grass along the shore.", ["horse"] * 2),
        ("Five geese in flight, and five alone, / above the lake have swiftly flown; / no sixth one comes, no other thing, / "
         "five lively geese, upon the wing.", ["goose"] * 5),
        ("A single kite sails up so high, / a lively sight against the sky; / nothing else within the frame, / "
         "one lonely kite, and that's the game.", ["kite"]),
        ("Breaking news: eyewitnesses report two horses, and only two, on the beach; the footage shows nothing else.",
         ["horse"] * 2),
        ("INT. HOUSE - KITCHEN - NIGHT. ESTABLISHING SHOT. ONE GOAT stands by the sink. A beat. It is alone. FADE OUT.",
         ["goat"]),
        ("Three geese fly, and none beside, / save those three, no other ride; / across the lake the three go by, / "
         "nor any other goose on high.", ["goose"] * 3),
        ("Two goats, a pair, no more, no less, / go grazing on the field's soft grass; / not one more goat, and none else near, "
         "/ "
         "the only ones who wander here.", ["goat"] * 2),
        ("INT. BUS - MOVING - DAY. TWO CATS doze on a seat. No one else. FADE OUT.", ["cat"] * 2),
        ("Four trucks along the lane, / four trucks and not a fifth again; / no other thing upon the way, / "
         "just four trucks rolling through the day.", ["truck"] * 4),
    ],
)
def test_furniture_and_fences_add_no_objects(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "EXT. POND - DAWN. A DUCK paddles in a slow circle. FADE OUT.",
        "INT. WAREHOUSE - NIGHT. A GOAT wanders the concrete floor. Nobody else. FADE TO BLACK.",
        "EXT. LOT - DAY. A TRUCK sits at frame left. It rolls across to frame right and stops there. FADE OUT.",
    ],
)
def test_a_closing_transition_is_not_the_thing_fading_away(prompt):
    (track,) = centres(prompt).values()
    assert all(centre is not None for centre in track), track  # in view to the last keyframe


def test_a_count_first_said_after_its_noun_is_still_read():
    assert names("Geese over the lake, four in total, heading south.") == ["goose"] * 4
    assert names("The drone footage reveals three horses grazing in a paddock.") == ["horse"] * 3


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("EXT. PIER - DAY. The pier stays empty for the first half. HALFWAY THROUGH: A GULL lands in frame and stays. FADE OUT.",
         False, True),
        ("EXT. RIVERBANK - DAY. A DUCK swims in the first half. HALFWAY THROUGH: it leaves the view. FADE OUT.", True, False),
        ("Our crew recorded a duck swimming early in the footage; it leaves at the midpoint and is absent for the rest of "
         "the footage. Reporting live from the lake, this is Anna.", True, False),
        ("A kite flies high at the clip's start, / but halfway through it must depart; / the sky is bare, the air is still, / "
         "no kite comes back, and none will.", True, False),
    ],
)
def test_headings_and_report_times_say_when_it_is_seen(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, leftward",
    [
        ("EXT. MEADOW - DUSK - WIDE SHOT. A HORSE trots from frame right to frame left. FADE OUT.", True),
        ("EXT. LOT - DAY. A TRUCK sits at frame left. It rolls across to frame right and stops there. FADE OUT.", False),
        ("EXT. BOULEVARD - DAY. A TRUCK idles at frame left. It pulls away to frame right, still in shot at the end. FADE OUT.",
         False),
        ("Police confirmed a truck on the right side of the frame early in the footage; by the close of the clip it had "
         "driven to the left side.", True),
        ("From right to left the boat will sail, / across the bay, through wind and gale; / it starts at right, and by the "
         "end / it's reached the left, our sturdy friend.", True),
        ("Across the yard from left to right / a goat trots on in evening light; / it starts at left and ends at right, / "
         "its journey done, its hooves so light.", False),
    ],
)
def test_one_mover_crosses_the_frame_once(prompt, leftward):
    (xs,) = [[c[0] for c in row if c is not None] for row in centres(prompt).values()]
    assert (xs[0] - xs[-1] > 0.4) if leftward else (xs[-1] - xs[0] > 0.4), xs
    steps = [b - a for a, b in zip(xs, xs[1:])]
    assert all(step <= 0.01 for step in steps) if leftward else all(step >= -0.01 for step in steps), xs  # one way only


@pytest.mark.parametrize(
    "prompt, mover, still",
    [
        ("EXT. LANE - DAY. A BUS is parked. A HORSE trots from the bus's right to its left. FADE OUT.", "horse", "bus"),
        ("A truck is parked beside the lane; / a horse trots past, its mane aflame, / from the truck's right to its left "
         "side, / and halts there at the end of its ride.", "horse", "truck"),
    ],
)
def test_the_mover_passes_the_still_one_leftward(prompt, mover, still):
    tracks = centres(prompt)
    moving, staying = [c[0] for c in tracks[mover]], [c[0] for c in tracks[still]]
    assert moving[0] > staying[0] + 0.1 and moving[-1] < staying[-1] - 0.1, (moving, staying)
    assert max(staying) - min(staying) < 0.02, staying


@pytest.mark.parametrize(
    "prompt, route",
    [
        ("EXT. HARBOUR - MORNING - AERIAL SHOT. A BOAT starts at the upper left of frame. It sails to the lower left. "
         "SECONDS LATER: it sails to the lower right. FADE TO BLACK.", ("upper left", "lower left", "lower right")),
        ("EXT. DEPOT - DAY - BIRD'S-EYE SHOT. A TRUCK sits at the lower left of frame. It drives to the lower right. "
         "LATER: it turns up to the upper right. FADE OUT.", ("lower left", "lower right", "upper right")),
        ("Our drone, hovering directly above, filmed a boat at the upper left early in the footage; it sailed to the lower "
         "left, and by the close of the clip it lay at the lower right.", ("upper left", "lower left", "lower right")),
        ("Seen from on high, a duck sets sail / from upper right, then down the trail / to lower right, then on it goes / "
         "to lower left, and there it rests.", ("upper right", "lower right", "lower left")),
        ("Seen from above, a truck sets out / from lower left, then with a bound / to lower right, then up it goes / "
         "to upper right, where the clip does close.", ("lower left", "lower right", "upper right")),
        ("EXT. SQUARE - DAY - DRONE SHOT, LOOKING STRAIGHT DOWN. A GOAT stands at the upper right of frame. It trots to the "
         "lower right. A FEW SECONDS LATER: it trots to the lower left. FADE OUT.", ("upper right", "lower right", "lower left")),
        ("Viewed from above, a goat begins / at upper left, then down it spins / to lower left, and then, at last, / "
         "to lower right, and there stands fast.", ("upper left", "lower left", "lower right")),
    ],
)
def test_a_three_stop_route_in_these_voices_is_followed(prompt, route):
    (track,) = centres(prompt, keyframes=6).values()
    for where, (x, y) in zip(route, (track[0], track[3], track[-1])):
        assert abs(x - 0.5) > 0.1 and abs(y - 0.5) > 0.1, (where, track)
        assert (y > 0.5) == where.startswith("lower") and (x < 0.5) == where.endswith("left"), (where, track)


def test_prose_that_only_resembles_the_voices_keeps_its_words():
    assert rewritten_for_reading("A ball fades out in the second half.") == "a ball fades out in the second half."
    assert "only two cats" in rewritten_for_reading("Only two cats walk in from the left.")
    assert "no dog" in rewritten_for_reading("A cat sits; no dog is there until the end.")
