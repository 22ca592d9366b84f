"""Prompts in the voices of held-out sets 67 and 68 (tests/helpers/blind_set_67.py, blind_set_68.py), in new words.

- A sentence that is only a noun phrase naming one thing ("Two sleepy ducks.", the echo of a knock-knock joke "Two
  sleepy ducks who?") that a later sentence opens on word for word is that sentence's thing, told before its facts:
  it is drawn once, and the joke's "Who's there?" names nothing. Sentences that merely share a shape stay.
- A speaker's possessive heading ("Runner's tip:", "Dancer's turn, friends:") is the speaker's label: the word the
  speaker owns is no move of theirs, and the speaker is not drawn; "the dancer's shoe sits" keeps both.
- A bare plural the speaker addresses ("Sweeties, ...", "..., sweeties, and nothing else") or that reports the scene
  ("Insiders say three dogs ...") is no thing; one in a list ("Crates, barrels and a cat") still is.
- A colour said in a compound after its noun, set off by commas ("a kite, orange-bright, ...", "a duck, yellow-hued,")
  is that noun's colour, as one before it is.
- A casting call's route ("Seeking a moving car: lower left corner, then ..., in that order.") is the thing's: the
  participle before it is the caller's, and "in that order" names no thing.
- A verse's aside set off by commas just before a route's next goal ("..., a dash, / to the ...", "then on, a touch
  slower, / to ...") names nothing; a thing said there ("past the ball") stays.
- A verse's simile ("as a lively cat would do") likens the thing to one of its kind: it names no second thing.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Knock, knock! Who's there? Two sleepy ducks. Two sleepy ducks who? Two sleepy ducks that float in view the "
         "whole time, and that is all!", "duck", 2),
        ("Knock knock. Who's there? Five red apples. Five red apples who? Five red apples stay in view from start to "
         "end.", "red apple", 5),
        ("Knock, knock! Who is there? One grazing goat. One grazing goat who? One grazing goat, in view all along!",
         "goat", 1),
        ("Knock, knock. Who is there? Three little frogs. Three little frogs who? Three little frogs sitting in the frame the "
         "whole clip, and nothing else.", "frog", 3),
        ("Knock, knock! What's there? Two striped cats. Two striped cats who? Two striped cats in the frame all along!",
         "cat", 2),
    ],
)
def test_a_fragment_a_later_sentence_restates_is_drawn_once(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Knock, knock! Who's there? A rolling tyre. A rolling tyre who? A rolling tyre rolling from the right side to "
         "the left side!", "tyre", True),
        ("Knock, knock! Who's there? A lone horse. A lone horse who? A lone horse that trots from the left side of the "
         "frame over to the right side.", "horse", False),
    ],
)
def test_a_joke_told_move_is_one_thing_moving(prompt, query, leftward):
    assert names(prompt) == [query]
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_joke_told_move_past_another_thing_starts_on_its_side():
    prompt = ("Knock, knock! Who's there? A goat. A goat who? A goat walking from the left of the tree to the right of "
              "the tree, while the tree stays where it is!")
    assert names(prompt) == ["goat", "tree"]
    assert lvd.two_object_motion("goat", "tree", False, planned_condition(prompt))


def test_a_joke_told_appearance_is_one_thing_appearing():
    prompt = ("Knock, knock! Who's there? A hopping rabbit. A hopping rabbit who? A hopping rabbit who is gone in the "
              "first half and shows up in the second half!")
    assert names(prompt) == ["rabbit"]
    assert lvd.visibility("rabbit", True, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("Two dogs. Two cats.", ["cat", "cat", "dog", "dog"]),  # two fragments, two things each
        ("A dog runs left. A cat runs right.", ["cat", "dog"]),
        ("A red ball. A blue ball rolls to the left.", ["blue ball", "red ball"]),  # another colour, another thing
        ("Three dogs. Three cats sit still.", ["cat", "cat", "cat", "dog", "dog", "dog"]),
        ("Two red balls. Then two blue balls roll in.", ["blue ball", "blue ball", "red ball", "red ball"]),
    ],
)
def test_sentences_that_merely_share_a_shape_each_stay(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Runner's tip: two walking dogs stay in the frame the whole clip, and nothing else.", "dog", 2),
        ("Dancer's turn, friends: three lively cats in view from start to end, and nothing besides.", "cat", 3),
    ],
)
def test_a_speakers_possessive_heading_draws_no_speaker(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


def test_a_speakers_possessive_heading_leaves_the_visibility_alone():
    prompt = "Athlete's tip: a moving ball in the first half, then no ball in the second half."
    assert names(prompt) == ["ball"]
    assert lvd.visibility("ball", False, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        ("The dancer's shoe sits on the floor.", ["dancer", "shoe"]),  # a possessive inside a scene sentence
        ("A runner's dog runs to the left.", ["dog", "runner"]),
    ],
)
def test_a_possessive_in_a_scene_sentence_stays(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Sweeties, insiders tell me the clip holds two lively cats, in view from start to end, and nothing else.", "cat", 2),
        ("Insiders say three walking dogs stay in view the whole clip, sweeties, and nothing else.", "dog", 3),
    ],
)
def test_the_addressed_and_the_reporting_many_are_no_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


def test_a_listed_plural_is_still_a_thing():
    assert names("Crates, barrels and a cat sit still.").count("crate") == 2


@pytest.mark.parametrize(
    "prompt, query1, query2, colour1, colour2",
    [
        ("A kite, orange-bright, / flies high by a green bird, / the whole clip long.", "kite", "bird", "orange", "green"),
        ("There was a duck, yellow-hued, / with a brown dog close by, / the whole clip through.", "duck", "dog", "yellow",
         "brown"),
    ],
)
def test_a_colour_compound_after_its_noun_colours_it(prompt, query1, query2, colour1, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt)), names(prompt)


def test_a_colour_compound_that_is_no_colour_stays_a_detail():
    assert names("A red-lit car drives left.") == ["car"]
    assert names("A pink-tinted ball rests by a gray cat.") == ["gray cat", "pink ball"]


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Now casting. Seen from overhead. Wanting a walking dog: lower right corner, then the upper right corner, then the "
         "upper left corner, in that order.", "dog", BR_TR_TL),
        ("Now casting. Seen from overhead. Seeking a moving car: lower left corner, then the lower right corner, then the "
         "upper right corner.", "car", BL_BR_TR),
        # guards: read well before, and still
        ("From above, a lively cat visits the lower right corner, the lower left corner and the upper left corner, in that "
         "order.", "cat", BR_BL_TL),
        ("Seen from above: a rolling ball, lower left corner, then the upper left corner, then the upper right corner, in "
         "the same order.", "ball", BL_TL_TR),
    ],
)
def test_a_casting_calls_route_is_the_things(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("From up high, a lively cat ran / from the lower right corner, a dash, / to the lower left corner, / then on, a "
         "touch slower, / to the upper left corner, so fast.", "cat", BR_BL_TL),
        ("From above, a walking dog went / from the lower right corner, a stint, / to the upper right corner, / then, a "
         "little bolder, / to the upper left corner, content.", "dog", BR_TR_TL),
    ],
)
def test_a_verse_aside_before_a_routes_goal_names_nothing(prompt, query, route):
    assert names(prompt) == [query]
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_thing_said_before_a_routes_goal_stays():
    prompt = ("From above, a walking dog goes from the lower right corner, past the ball, to the upper right corner, then "
              "to the upper left corner.")
    assert names(prompt) == ["ball", "dog"]
    assert lvd.sequential("dog", BR_TR_TL, planned_condition(prompt))


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("A lively cat sits, first half, in view, / in the frame, as a lively cat would do; / then it slips away, see, / "
         "second half, there will be / no cat in the frame: it's gone.", "cat", False),
        ("A flying bird, first half, out of sight, / then it comes, as a flying bird can do, / second half, in the frame, "
         "/ till the end, just the same.", "bird", True),
    ],
)
def test_a_verse_simile_names_no_second_thing(prompt, query, appears):
    assert names(prompt) == [query]
    assert lvd.visibility(query, appears, planned_condition(prompt))
