"""Prompts in the voices of a held-out set (tests/helpers/blind_set_27.py), in new words.

A pasted structured spec (JSON, unquoted objects, key-value fields split by "|", ";", newlines or " - "
bullets) is read by what its keys mean; a commentator's audience ("folks", "ladies and gentlemen"),
cries ("what a sight!") and restated counts ("that's three") are never things; "here comes X" brings X
on; a told story's "And at the end" is its last step. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.spec_prompts import looks_like_spec, spec_in_plain_words
from tests.helpers.planned import PLANNER, centres, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ('{"items": [{"type": "horse", "qty": 3, "activity": "grazing"}], "extras": "none", "aesthetic": "film"}', ["horse"] * 3),
        ("shot: {things: [goat], goat: {number: 2, running: yes}, extras: none, vibe: calm}", ["goat", "goat"]),
        ("animals: duck (x2) | activity: swimming | setting: pond | extras: none", ["duck", "duck"]),
        ("- subject: pig - count: four - tone: warm - other objects: none", ["pig"] * 4),
        ('{"Name": "sheep", "Quantity": "3", "Status": "resting", "Others": [], "Style": ["soft", "pastel"]}', ["sheep"] * 3),
        ("subject = hen; number = 2; mood = cheerful; extras = none", ["hen", "hen"]),
        ("object: goose, count: 3, colour: white, others: none", ["white goose"] * 3),  # commas before each key
        ('[{"class": "goose", "count": 1}, {"class": "duck", "count": 2}]', ["duck", "duck", "goose"]),
    ],
)
def test_spec_fields_give_the_things_and_their_counts(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ('{"Horse": {"Colour": "white"}, "Goat": {"color": "black"}, "Style": "painterly"}', ["black goat", "white horse"]),
        ("- hen: red - sheep: white - look: soft, warm", ["red hen", "white sheep"]),
        ("animals: [pig: pink, duck: yellow] | lighting: dusk | nothing else", ["pink pig", "yellow duck"]),
        ('{"objects": [{"kind": "goose", "colour": "gray"}, {"kind": "horse", "colour": "brown"}]}',
         ["brown horse", "gray goose"]),
        ('[{"class": "pig", "color": "black"}, {"class": "pig", "color": "pink"}]', ["black pig", "pink pig"]),  # each its own
    ],
)
def test_spec_colours_go_to_their_own_things(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ('{"Object": "duck", "firstHalf": "absent", "second-half": "present"}', False, True),
        ("thing: goat (grazing) | visibleIn: first half only", True, False),
        ("object: pig | hidden_in: first half", False, True),
        ("- subject: horse (trotting) - first half: shown - second half: not shown", True, False),
    ],
)
def test_spec_halves_say_when_it_is_seen(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, leftward",
    [
        ("object: horse | movement: right -> left | camera: locked", True),
        ('{"object": "goat", "motion": {"from": "left", "to": "right"}}', False),
        ("- thing: pig (trotting) - begin: right - finish: left - camera: static", True),
    ],
)
def test_spec_start_and_end_give_the_direction(prompt, leftward):
    (xs,) = [[c[0] for c in row] for row in centres(prompt).values()]
    assert (xs[0] - xs[-1] > 0.3) if leftward else (xs[-1] - xs[0] > 0.3), xs


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ('{"mover": "duck", "reference": "pig", "reference_motion": "none", "start": "left of pig", "end": "right of pig"}',
         "duck", "pig", False),
        ("objects: sheep (static), horse (walking) | horse path: right of sheep -> left of sheep", "horse", "sheep", True),
        ("- reference: goat (still) - mover: hen - from: right of goat - to: left of goat", "hen", "goat", True),
    ],
)
def test_spec_mover_passes_its_still_reference(prompt, mover, reference, leftward):
    found = centres(prompt)
    assert sorted(found) == sorted((mover, reference))
    moving, still = [c[0] for c in found[mover]], [c[0] for c in found[reference]]
    assert max(still) - min(still) < 1e-9, still  # the reference stays where it is
    if leftward:
        assert moving[0] > still[0] and moving[-1] < still[-1], (moving, still)
    else:
        assert moving[0] < still[0] and moving[-1] > still[-1], (moving, still)


def test_spec_stops_are_one_route_in_order():
    route = centres("perspective: overhead | object: goat | stops: 1) upper left 2) lower left 3) lower right", 9)["goat"]
    start, middle, end = route[0], route[4], route[-1]
    assert start[0] < 0.5 and start[1] < 0.5, route  # upper left
    assert middle[0] < 0.5 and middle[1] > 0.5, route  # lower left
    assert end[0] > 0.5 and end[1] > 0.5, route  # lower right


def test_spec_start_via_end_keys_are_one_route():
    text, _ = spec_in_plain_words('{"view": "bird\'s eye", "object": "duck", "start": "upper right", "next": "lower right", '
                                  '"end": "lower left"}')
    assert text == ("seen from above, a duck starts in the upper right, then moves to the lower right, "
                    "then moves to the lower left.")


def test_spec_unknown_keys_are_noted_never_drawn():
    result = PLANNER.plan('{"object": "pig", "count": 2, "sparkle": "lots", "style": "glossy"}')
    assert sorted(o.name for o in result.layout.objects) == ["pig", "pig"]
    assert any("sparkle" in note for note in result.notes), result.notes
    assert not any("glossy" in note or "style" in note for note in result.notes), result.notes


def test_plain_prompts_are_no_specs():
    assert not looks_like_spec("a horse trots from the left to the right")
    assert not looks_like_spec("Note: keep it calm. Mood: soft.")  # labels, but none names a thing


def test_a_field_holding_a_sentence_is_read_as_that_sentence():
    prompt = "subject: a goat walks from the left to the right | camera: fixed"
    assert looks_like_spec(prompt) and spec_in_plain_words(prompt) == (prompt, [])
    (row,) = centres(prompt).values()
    assert row[-1][0] - row[0][0] > 0.3, row


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("And here come two horses thundering down the track, folks, what a sight!", ["horse", "horse"]),
        ("Ladies and gentlemen, three goats on the hill, that's three, and not another one in sight!", ["goat"] * 3),
        ("And up goes one duck over the pond, a lone duck out there, my friends, unbelievable!", ["duck"]),
        ("Would you look at that, everyone: four pigs trotting along, four of them, no more, no less!", ["pig"] * 4),
        ("Two sheep grazing on the hillside, viewers, just the pair of them, and nothing else in the shot!", ["sheep", "sheep"]),
    ],
)
def test_commentary_audience_cries_and_restated_counts_are_no_things(prompt, expected):
    assert names(prompt) == expected


def test_commentary_here_comes_after_a_time_appears_then():
    prompt = "Empty grass all through the first half, folks, and here comes a pig in the second half, trotting in from nowhere!"
    assert seen_in(prompt) == (False, True)


def test_commentary_in_from_a_side_is_where_it_starts():
    (row,) = centres("The horse comes in from the right side of the screen, everyone, and keeps going all the way to "
                     "the left!").values()
    assert row[0] is not None and row[-1] is not None, row  # on screen from the first frame to the last
    assert row[0][0] - row[-1][0] > 0.3, row


def test_commentary_holding_still_is_a_still_reference():
    found = centres("The pig holds still, folks, and a goose walks from the left of the pig to the right of the pig!")
    pig, goose = [c[0] for c in found["pig"]], [c[0] for c in found["goose"]]
    assert max(pig) - min(pig) < 1e-9, pig
    assert goose[0] < pig[0] and goose[-1] > pig[-1], (goose, pig)


def test_a_storys_last_step_comes_after_its_then_step():
    # LVD's check reads the middle of six keyframes (the fourth): by then the "then" step is done
    route = centres("Once upon a time, seen from high above, a striped ball began in the upper right corner. Then it rolled "
                    "down to the lower right corner. And in the end, it rolled to the lower left corner.", 6)["ball"]
    start, middle, end = route[0], route[3], route[-1]
    assert start[0] > 0.5 and start[1] < 0.5, route  # upper right
    assert middle[0] > 0.5 and middle[1] > 0.5, route  # lower right
    assert end[0] < 0.5 and end[1] > 0.5, route  # lower left


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Object 1: goat x 2 | Object 2: horse (white)", ["goat", "goat", "white horse"]),
        ("objects:\n  - class: duck\n    colour: yellow\n  - class: pig\n    colour: pink\nothers: none",
         ["pink pig", "yellow duck"]),
        ('[object]\nname = "goat"\ncount = 3\ncolour = "white"', ["white goat"] * 3),
        ("* subject: horse ×2\n* colour: brown\n* extras: none", ["brown horse", "brown horse"]),
    ],
)
def test_numbered_keys_and_indented_lists_give_each_thing_its_fields(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("subject: sheep | enters: halfway | look: misty", False, True),
        ("subject: goose | leaves: at the midpoint", True, False),
    ],
)
def test_spec_arrival_and_leaving_keys_say_when_it_is_seen(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, leftward",
    [
        ('{"obj": "horse", "heading": "right to left"}', True),
        ("thing: duck (rightward) | setting: pond", False),
        ("object: pig | action: trotting to the left", True),
        ("object: horse | motion: galloping from left-to-right", False),
        ("object: goat | motion: R -> L", True),
        ("And away goes the goat, everyone, off to the right!", False),
    ],
)
def test_a_said_heading_is_the_direction(prompt, leftward):
    (xs,) = [[c[0] for c in row if c] for row in centres(prompt).values()]
    assert (xs[0] - xs[-1] > 0.3) if leftward else (xs[-1] - xs[0] > 0.3), xs
