"""Prompts in the voices of held-out sets 73 and 74 (tests/helpers/blind_set_73.py, blind_set_74.py), in new words.

- Set 73: a tabletop wargame battle report, a choir director's rehearsal notes and a fishing guide's trip report: a
  clause closing on the occasion told of ("Rolled well this game.") names no thing, and neither does the scene named
  again as a picture ("Hold that picture.", "The picture is two balls"); a time before a colon is another clause's
  ("arrived late: no dog in the first half"); "it" never resumes a subject a plural verb follows ("The dice were kind
  to the dog: it walked ..."); an answer opening on "from" a corner is the route of the thing "where does ... go?"
  asks about.
- Set 74: teenagers' group-chat messages, a driving instructor's commentary to a learner and a product-recall notice:
  a chat's "name:" opening each line is a speaker, never a thing, and an "ok" run straight into a clause only leads
  into it; a hedged word closing a message ("lowkey hypnotic") is the writer's verdict on the clip; a bare half asked
  ("second half?? gone.") times its answer; "Follow it." turns the learner's eyes, no move; "must" is a modal; the
  faulty version a notice tells beside the corrected one, and "any clip where ...", are not the clip.

Each layout is checked by its objects and their boxes. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER


def _boxes(prompt: str) -> list[tuple[str, list]]:
    return [(o.name, list(o.boxes)) for o in PLANNER.plan(prompt).layout.objects]


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # each line opens on a friend's name: the friends are never in the clip ("miles" is no plural of a mile)
        ("ivy: two sleeping cats in the clip the entire time\nmiles: anything else in there??\nivy: nope, only the cats",
         ["cat", "cat"]),
        ("nia: two moving cars and they never leave the frame lowkey iconic\nkai: and nothing else?\nnia: nothing else",
         ["car", "car"]),
        ("nia: one sleeping cat in frame start to finish lowkey fearsome", ["cat"]),
    ],
)
def test_group_chat_names_and_verdicts_are_no_things(prompt, expected):
    objects = _boxes(prompt)
    assert sorted(name for name, _ in objects) == expected
    assert all(box is not None for _, boxes in objects for box in boxes), objects  # there the whole clip


def test_a_verb_after_lowkey_stays_the_things_own():
    objects = _boxes("mia: a dog lowkey walks to the left")
    assert [name for name, _ in objects] == ["dog"]
    start, end = objects[0][1][0], objects[0][1][-1]
    assert (end[0] + end[2]) / 2 < (start[0] + start[2]) / 2


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # a bare "this"/"last" phrase closing a clause is when it was told, no thing in the clip
        ("Rolled hot this match. Two sleeping dogs kept the frame the whole time.", ["dog", "dog"]),
        ("Drove hard this lap. Two parked cars stayed in view the whole time.", ["car", "car"]),
        ("I ran three parked trucks as blockers this match, and all of them stayed in view to the end.",
         ["truck", "truck", "truck"]),
    ],
)
def test_an_occasion_closing_a_clause_is_no_thing(prompt, expected):
    objects = _boxes(prompt)
    assert sorted(name for name, _ in objects) == expected
    assert all(box is not None for _, boxes in objects for box in boxes), objects


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("A cat sleeps on this mat.", ["cat", "mat"]),  # after a preposition: a place or thing of the scene
        ("A dog walks to the left this half and stops.", ["dog"]),
    ],
)
def test_this_after_a_preposition_or_the_clips_words_is_kept(prompt, expected):
    assert sorted(name for name, _ in _boxes(prompt)) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # the scene named again as a whole ("that picture") and a flat noun a copula equates with the counted things
        # ("the picture is three cats") are the scene, not one more thing in it
        ("Altos, now: imagine three parked trucks, there from start to end. Keep that picture while we sing it again.",
         ["truck", "truck", "truck"]),
        ("Once more, all. The picture is three sleeping cats, in view the whole time and nothing else.", ["cat", "cat", "cat"]),
    ],
)
def test_the_picture_named_again_or_equated_is_the_scene(prompt, expected):
    objects = _boxes(prompt)
    assert sorted(name for name, _ in objects) == expected
    assert all(box is not None for _, boxes in objects for box in boxes), objects


def test_a_picture_something_acts_on_is_still_drawn():
    assert sorted(name for name, _ in _boxes("A dog knocks that picture off the wall.")) == ["dog", "picture", "wall"]


def _seen(boxes) -> tuple[bool, bool]:
    """Whether the thing is in view at the first keyframe and at the last."""
    return boxes[0] is not None, boxes[-1] is not None


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # "late" before the colon is the reserve's time, not the goat's: the goat is away in the first half
        ("My reserve turned up late: no goat in the first half, then a grazing goat came into view in the second half "
         "and stayed.", (False, True)),
        # with the unknown "squad" dropped, the goat alone is read by the halves said of it
        ("My squad lost its grazing goat: in view for the first half, gone in the second half, no goat at all by the end.",
         (True, False)),
    ],
)
def test_halves_of_the_one_thing_left(prompt, expected):
    objects = _boxes(prompt)
    assert [name for name, _ in objects] == ["goat"]
    assert _seen(objects[0][1]) == expected


@pytest.mark.parametrize(
    "prompt, expected",
    [
        # a sentence of the faulty version's is what the clip must not show; "any clip where ..." is a condition
        ("RECALL NOTICE. Faulty copies keep the goat to the end. In the revised video, a grazing goat is there only in "
         "the first half and is gone in the second half.", (True, False)),
        ("NOTICE: the grazing goat must be seen only in the first half. Buyers should return any copy where it is still "
         "there in the second half.", (True, False)),
    ],
)
def test_the_version_asked_for_is_the_clip(prompt, expected):
    objects = _boxes(prompt)
    assert [name for name, _ in objects] == ["goat"], objects
    assert _seen(objects[0][1]) == expected


def test_the_faulty_version_alone_is_still_the_scene():
    objects = _boxes("Affected units show a grazing goat walking to the left.")
    assert [name for name, _ in objects] == ["goat"]
    start, end = objects[0][1][0], objects[0][1][-1]
    assert (end[0] + end[2]) / 2 < (start[0] + start[2]) / 2


def test_a_faulty_move_gives_way_to_the_corrected_one():
    objects = _boxes("In the old version the dog ran the wrong way. The fixed version shows a walking dog going from right to "
                     "left.")
    assert [name for name, _ in objects] == ["dog"]
    start, end = objects[0][1][0], objects[0][1][-1]
    assert (end[0] + end[2]) / 2 < (start[0] + start[2]) / 2


@pytest.mark.parametrize("modal", ["must", "shall"])
def test_a_modal_is_never_part_of_a_name(modal):
    objects = _boxes(f"The grazing goat {modal} walk to the left.")
    assert [name for name, _ in objects] == ["goat"]
    start, end = objects[0][1][0], objects[0][1][-1]
    assert (end[0] + end[2]) / 2 < (start[0] + start[2]) / 2


def _centre(box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def test_watching_it_is_no_move_of_its_own():
    # "Follow it." after the route turns the listener's eyes to the thing: the route keeps its three stops on time
    objects = _boxes("Seen from overhead. Cat at the upper left, walks to the lower left, then to the lower right. Follow it, "
                     "nice and steady.")
    assert [name for name, _ in objects] == ["cat"]
    boxes = objects[0][1]
    (x0, y0), (xm, ym), (x1, y1) = _centre(boxes[0]), _centre(boxes[len(boxes) // 2]), _centre(boxes[-1])
    assert x0 < 0.5 and y0 < 0.5  # upper left
    assert xm < 0.5 and ym > 0.5  # lower left at the middle
    assert x1 > 0.5 and y1 > 0.5  # lower right


def test_following_it_to_a_side_is_still_its_move():
    objects = _boxes("A dog sits in the middle. Follow it to the left.")
    assert [name for name, _ in objects] == ["dog"]
    assert _centre(objects[0][1][-1])[0] < _centre(objects[0][1][0])[0]


@pytest.mark.parametrize("subject", ["The twins were", "The cards are"])
def test_it_is_never_a_subject_told_as_many(subject):
    # "it" after a subject with a plural verb is the one thing named last: the goat walks, not the twins or cards
    objects = _boxes(f"{subject} kind to the goat: it walked from the left of the truck to the right of the truck.")
    boxes = dict((name, b) for name, b in objects)
    goat, truck = boxes["goat"], boxes["truck"]
    assert _centre(goat[0])[0] < _centre(truck[0])[0] < _centre(goat[-1])[0]


def test_a_route_answering_where_it_goes_is_its_route():
    # the answer to "where does the cat go?" that opens on "from" gives the cat's legs, each stop on time
    objects = _boxes("Seen from overhead, where does the walking cat go? From the upper right corner to the lower right "
                     "corner, then to the lower left corner.")
    assert [name for name, _ in objects] == ["cat"]
    boxes = objects[0][1]
    (x0, y0), (xm, ym), (x1, y1) = _centre(boxes[0]), _centre(boxes[len(boxes) // 2]), _centre(boxes[-1])
    assert x0 > 0.5 and y0 < 0.5  # upper right
    assert xm > 0.5 and ym > 0.5  # lower right at the middle
    assert x1 < 0.5 and y1 > 0.5  # lower left


@pytest.mark.parametrize(
    "prompt",
    [
        # one friend's two messages: a chat log, the name no thing; the bare half asked is timed by the answer after it
        "leo: grazing goat in the first half\nleo: second half?? gone. poof",
        "A grazing goat in view in the first half. Second half? Gone.",
    ],
)
def test_a_bare_half_asked_times_the_answer(prompt):
    objects = _boxes(prompt)
    assert [name for name, _ in objects] == ["goat"]
    assert _seen(objects[0][1]) == (True, False)


def test_a_half_asked_and_answered_no_thing_is_there_in_the_first_half_only():
    # "In the second half? No horse at all.": the horse asked after is there in the first half only
    objects = _boxes("Is a horse seen in the first half? Yes, a trotting one. In the second half? No horse at all.")
    assert [name for name, _ in objects] == ["horse"]  # "seen" is no second word of its name: one horse
    assert _seen(objects[0][1]) == (True, False)
