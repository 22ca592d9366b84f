"""Prompts in the voices of a held-out set (tests/helpers/blind_set_25.py), in new words: shot-list notes,
second-language phrasing and chatty requests.

Notes write sides as letters and arrows ("R→L", "tl → br", "btm rt"), times as shares of the clip ("0-40%",
"at 50%"), halves as labels or asides ("(1st half)"), a colour as a field ("horse: green") and another object's
sides without articles ("bench's left → bench's right"); a second-language writer drops articles ("in first
half of video"), says "is finish" and "there is not any", and names a thing again after "it is". (The set's own
prompts are not copied here.)
"""

import pytest

from pipelines.lvd.learner_phrasing import plain_learner_phrasing
from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from pipelines.lvd.shot_notes import plain_shot_notes
from tests.helpers.planned import PLANNER, names


def boxes(prompt: str, name: str | None = None) -> list:
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    if name is None:
        assert len(layout.objects) == 1, [o.name for o in layout.objects]
        return layout.objects[0].boxes
    found = [o for o in layout.objects if o.name == name or o.name.endswith(" " + name)]
    assert len(found) == 1, [o.name for o in layout.objects]
    return found[0].boxes


def centre(box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def quadrant(box) -> tuple[int, int]:
    """(right?, lower?) of a box's centre; y grows downward."""
    x, y = centre(box)
    return int(x > 0.5), int(y > 0.5)


def seen(prompt: str) -> tuple[bool, bool]:
    """(seen at some keyframe of the first three, seen at some keyframe of the last three)."""
    shown = [box is not None for box in boxes(prompt)]
    return any(shown[:3]), any(shown[5:])


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("Wide shot: a red truck crosses frame R→L.", False),
        ("Shot 3: horse gallops l->r, low angle.", True),
        ("Static camera. Kite: L ⇒ R.", True),
        ("The bus goes from R to L.", False),
        ("Bus: screen right → screen left.", False),
    ],
)
def test_sides_by_letters_arrows_and_screen_terms(prompt, rightward):
    xs = [centre(box)[0] for box in boxes(prompt)]
    assert (xs[-1] - xs[0] > 0.3) if rightward else (xs[0] - xs[-1] > 0.3), xs


def test_one_leg_between_corner_initials_starts_at_the_first():
    route = boxes("Drone view. One goat: tl → br.")
    assert quadrant(route[0]) == (0, 0) and quadrant(route[-1]) == (1, 1), [centre(b) for b in route]


@pytest.mark.parametrize(
    "prompt, stops",
    [
        ("Top view — duck: btm rt → top rt → top lft.", [(1, 1), (1, 0), (0, 0)]),
        ("Overhead. Fox: bot-l -> top-l -> top-r (trotting).", [(0, 1), (0, 0), (1, 0)]),
    ],
)
def test_routes_in_short_corner_notation(prompt, stops):
    route = boxes(prompt)
    assert [quadrant(route[0]), quadrant(route[len(route) // 2]), quadrant(route[-1])] == stops, [centre(b) for b in route]


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("0-40%: a goat grazing; 60-100%: no goat.", True, False),
        ("Rabbit: out of frame for 1st half, hops in at 50%.", False, True),
        ("Goat visible at 0%, gone by 50%.", True, False),
        ("Horse — not in view (1st half), trots in (2nd half).", False, True),
        ("Opening half: a parrot flying. Closing half: parrot gone.", True, False),
        ("A hen, unseen in first half of clip, walks in at 60%.", False, True),
        ("Parrot is in frame until 50%, after there is not any parrot.", True, False),
    ],
)
def test_times_as_shares_labels_and_asides(prompt, first, second):
    assert seen(prompt) == (first, second)


def test_a_percentage_without_a_time_word_is_no_time():
    assert plain_shot_notes("a 100% realistic dog") == "a 100% realistic dog"
    assert "the midpoint" in plain_shot_notes("the dog leaves at the 50% mark")
    assert plain_shot_notes("a duck filling 30% of the frame") == "a duck filling 30% of the frame"


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Cast — horse: green; truck: purple.", ["green horse", "purple truck"]),
        ("Palette — chair: yellow; lamp: red.", ["red lamp", "yellow chair"]),
        ("Colours — bus: green, kite: white.", ["green bus", "white kite"]),
    ],
)
def test_a_colour_given_as_a_field_is_the_objects_colour(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, mover, other, rightward",
    [
        ("Bench: static. Goat: bench's left → bench's right.", "goat", "bench", True),
        ("Horse — starts truck's right, ends truck's left; truck parked.", "horse", "truck", False),
        ("Bus parked. Goat: bus's L → bus's R.", "goat", "bus", True),
        ("Bus parked. Goat: R of bus → L of bus.", "goat", "bus", False),
        ("Rabbit hops and passes the stone: first it is right of the stone, at the end left of the stone.", "rabbit",
         "stone", False),
        ("A goat walks and passes the bus: at first it is left of the bus, at the end right of the bus.", "goat", "bus", True),
    ],
)
def test_sides_of_another_object_without_articles(prompt, mover, other, rightward):
    a, b = boxes(prompt, mover), boxes(prompt, other)
    start = centre(a[0])[0] - centre(b[0])[0]
    end = centre(a[-1])[0] - centre(b[-1])[0]
    assert (start < -0.05 and end > 0.05) if rightward else (end < -0.05 and start > 0.05), (start, end)


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("Goat is come into video only after half of video is finish.", False, True),
        ("Duck is in video at first half only, in second half there is not any duck.", True, False),
        ("There is not any parrot at beginning, parrot is come at middle of video.", False, True),
        ("In begin of video there is duck, in end of video duck is not there.", True, False),
    ],
)
def test_second_language_times_and_denials(prompt, first, second):
    assert seen(prompt) == (first, second)


def test_a_thing_named_again_after_it_is_is_the_same_thing():
    assert names("Please make video with only one horse, it is brown horse and look calm.") == ["brown horse"]
    assert names("Only one goat in video; it is a young goat.") == ["goat"]


def test_learner_articles_are_put_back_only_where_english_has_them():
    assert plain_learner_phrasing("in first half of video") == "in the first half of the video"
    assert plain_learner_phrasing("a piece of footage") == "a piece of footage"
    assert plain_learner_phrasing("it is at end up there") == "it is at end up there"
    assert plain_learner_phrasing("left of cat, right of it") == "left of the cat, right of it"


def test_notes_the_reader_already_read_still_read_after_the_rewrites():
    """Guards: a stop's time label in parentheses and a colour after a dash were read before these rewrites."""
    route = boxes("Overhead. Hen: lower left (start) → lower right (midpoint) → upper right (end).")
    assert [quadrant(route[0]), quadrant(route[len(route) // 2]), quadrant(route[-1])] == [(0, 1), (1, 1), (1, 0)]
    assert names("Kite — white. Bus — green.") == ["green bus", "white kite"]


def test_spoken_fillers_set_off_by_commas_are_dropped():
    route = boxes("So the horse starts, like, bottom left, goes bottom right, and, um, ends up top right? From above.")
    assert [quadrant(route[0]), quadrant(route[len(route) // 2]), quadrant(route[-1])] == [(0, 1), (1, 1), (1, 0)]
    assert rewritten_for_reading("A cat, like a tiger, runs.") == "a cat, like a tiger, runs."  # a likeness, no filler
