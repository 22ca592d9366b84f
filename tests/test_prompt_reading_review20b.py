"""Prompts a reviewer found misread in the planner, each with one in new words.

Part B:
- The onlooker of things "nothing else" fences is the audience only when told by a word of watching or learning ("the
  pupil") or a word the tables do not know; "the old man watches two dogs play, and nothing else" may be a first
  mention with "the", so the man is drawn.
- A sight the viewer is denied, "you cannot see the dog in the first half", "we never see any dogs here", is no such
  thing then; "we don't see the ball until the second half" is the ball absent until then.
- The screenplay pass reads a script's furniture only: "a ball [red]", "a bird in flight", "a cat turns up:" are prose.
"""

import pytest

from tests.helpers.planned import PLANNER, names


def _xs(prompt: str) -> dict[str, list[list[float]]]:
    """Each name's box-centre x per keyframe, for every object of that name."""
    found: dict[str, list[list[float]]] = {}
    for obj in PLANNER.plan(prompt).layout.objects:
        found.setdefault(obj.name, []).append([(box[0] + box[2]) / 2 for box in obj.boxes if box is not None])
    return found


# ------------------------------------------------------------------------------------------------------- part B
# item 6: a person brought in with "the" who watches the fenced things may be in the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("The old man watches two dogs play, and nothing else.", ["dog", "dog", "man"]),
    ("The girl watches three ducks swim to the left, and nothing else.", ["duck", "duck", "duck", "girl"]),
    ("The woman looks at two sleeping cats, and nothing more.", ["cat", "cat", "woman"]),
])
def test_a_person_watching_the_fenced_things_is_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_the_ducks_the_girl_watches_still_swim_left():
    ducks = _xs("The girl watches three ducks swim to the left, and nothing else.")["duck"]
    assert all(path[-1] < path[0] - 0.2 for path in ducks)


@pytest.mark.parametrize("prompt, drawn", [
    ("The young viewer watches two dogs play, and nothing else.", ["dog", "dog"]),
    ("The quiet pupil observes three parked cars, and nothing more.", ["car", "car", "car"]),
])
def test_an_onlooker_named_by_watching_is_the_audience(prompt, drawn):
    assert names(prompt) == drawn


# item 8: a sight denied with "the" or "any", or before "here", is no such thing then
@pytest.mark.parametrize("prompt", [
    "You cannot see the dog in the first half; in the second half a walking dog shows up and stays.",
    "We never see any dogs here in the first half. In the second half a walking dog appears and stays to the end.",
    "We do not see a dog until the second half of the video.",
    "We don't see the dog until the second half of the video.",
])
def test_a_sight_denied_of_the_thing_is_no_such_thing_then(prompt):
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert [o.name for o in layout.objects] == ["dog"]
    boxes = layout.objects[0].boxes
    assert boxes[:3] == (None,) * 3 and None not in boxes[5:]  # gone in the first half, there in the second


def test_no_birds_here_is_read_as_no_birds():
    from pipelines.lvd.denied_sightings import denied_sightings_as_absence
    assert denied_sightings_as_absence("we never see any birds here.") == "there are no birds here."
    # "cannot" reaches this pass as "can not", written apart by the contractions pass
    assert denied_sightings_as_absence("you can not see the dog in the first half") == "there is no dog in the first half"


# item 9: the screenplay pass reads a script's furniture only: a bracket that sets a word aside, "in flight", a thing
# that "turns up:" are no stage directions
def test_the_screenplay_pass_leaves_plain_prose_alone():
    from pipelines.lvd.screenplay_voice import looks_like_screenplay, screenplay_in_plain_words
    assert not looks_like_screenplay("a bird in flight glides left.")
    assert not looks_like_screenplay("sunlight falls as a dog walks to the right.")
    assert looks_like_screenplay("[lights up.] a cat walks to the left.")
    assert screenplay_in_plain_words("a ball [red] rolls to the left.") == "a ball [red] rolls to the left."
    assert screenplay_in_plain_words("a cat turns up: it walks to the left.") == "a cat turns up: it walks to the left."
    assert screenplay_in_plain_words("a dog [brown] turns up: it runs to the right.") == \
        "a dog [brown] turns up: it runs to the right."
    assert screenplay_in_plain_words("the screen lights up: one dog walks.") == "the screen shows: one dog walks."
    assert screenplay_in_plain_words("[on the screen: one dog] it walks.") == "on the screen: one dog. it walks."


@pytest.mark.parametrize("prompt, name, leftward", [
    ("a ball [red] rolls to the left.", "ball", True),
    ("A dog [brown] walks to the right.", "dog", False),
    ("a cat turns up: it walks to the left.", "cat", True),
    ("A dog turns up: it runs to the right.", "dog", False),
])
def test_a_bracketed_word_or_a_thing_turning_up_keeps_its_motion(prompt, name, leftward):
    paths = _xs(prompt)
    assert list(paths) == [name] and len(paths[name]) == 1
    path = paths[name][0]
    assert (path[-1] < path[0] - 0.3) if leftward else (path[-1] > path[0] + 0.3)


# item 7: reaching a side after a crossing is read once, by the merge: reaches, gets to and arrives at end alike
@pytest.mark.parametrize("prompt", [
    "A bird flies across the sky and reaches the left side.",
    "A bird flies across the sky and gets to the left side.",
    "A bird flies across the sky and arrives at the left side.",
    "A dog runs across and reached the left edge.",
])
def test_a_side_reached_after_a_crossing_is_where_it_ends(prompt):
    (path,) = next(iter(_xs(prompt).values()))
    assert path[0] > 0.7 and path[-1] < 0.25


# item 12: the fence words are one table; each voice's own "nothing else" pattern is built from it
def test_each_voice_reads_every_way_of_saying_nothing_else():
    import re

    from pipelines.lvd.instruction_voice import NOTHING_ELSE_RE as INSTRUCTED_RE
    from pipelines.lvd.showcase_voices import INSIDE_RE
    from pipelines.lvd.tarot_log_and_conductor_voices import NOTHING_ELSE_RE as LOGGED_RE
    from pipelines.lvd.vocabulary import FENCE_WORDS
    assert INSIDE_RE.sub(lambda m: m["fence"] + (m["verb"] or ""), "nothing besides is inside") == "nothing besides is"
    assert LOGGED_RE.sub("nothing else", "nothing besides logged.") == "nothing else."
    assert INSTRUCTED_RE.sub("", "draw two dogs. nothing more is in the shot.") == "draw two dogs. ."
    assert re.search(FENCE_WORDS, "two cars stay, and nothing joins them.")
    assert names("The lesson: three cars. Nothing joins them.") == ["car"] * 3
