"""Prompts in the voices of held-out sets 88 and 89 (tests/helpers/blind_set_88.py, blind_set_89.py), in new words.

- "Lands" after a preposition and its article is the noun, the country a thing crosses ("over the green lands"), never
  the verb "lands": the route said after it is the thing's whole route.
- A contract's or a proclamation's frame around its clause is no thing: "the Buyer agrees that", "let it be
  known that", "by the Queen's decree,", "whereas the Studio has ordered a video,", a gossip's "insiders whisper,
  sweetie, that"; the clause after it is the scene, route and all. "We hear, my loves, that ..." is hearsay, what
  the speaker is told, never a sound cue taking the whole sentence with it.
- "Flies across the clip and reaches the left side" is one crossing to the left side, never a crossing to the right
  and back.
- A picture, as films were called, is the clip: "from the start of the picture to its end" is the whole clip, with no
  picture drawn; so is a picture said to hold things ("there is a picture, and in it four cars", "the picture kept
  them"), and a projection that "comes on:" shows what the colon opens on.
- "On the screen a crow flies ...": the screen a clause opens on ends where its subject starts, so "flies" is the
  crow's verb, never a swarm of insects.
- A play's stage directions: a direction in square brackets is a sentence of its own (a prompt of them is no pasted
  list), "Lights up." and "Beat." name nothing on stage, and "enter a dog", "exit the dog" are the dog coming and going.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, passes_still_thing, planned_condition, route_corners


def test_lands_after_an_article_is_the_country_crossed_not_a_landing():
    prompt = ("From high overhead, a gliding bird crossed the green lands from the upper left corner to the upper "
              "right corner, then on to the lower right corner.")
    assert route_corners(prompt) == (["bird"], ("upper left", "upper right", "lower right"))
    assert PLANNER.plan(prompt).layout.background == "field"
    # a thing that lands is still one that lands
    row = centres("A bird lands on the roof of a red car.")["bird"]
    assert row[-1][1] > row[0][1] + 0.2


def test_who_agrees_asks_or_proclaims_frames_the_clause():
    row = centres("The Buyer agrees that a rolling ball goes from the right side of the frame to the left side.")
    assert list(row) == ["ball"] and row["ball"][0][0] > 0.7 and row["ball"][-1][0] < 0.3


@pytest.mark.parametrize(
    "prompt, name, count",
    [
        ("Whereas the Studio has ordered a video, two sleeping dogs shall be shown, each in view throughout, and "
         "nothing else.", "dog", 2),
        ("By the Queen's decree, let it be known that the picture holds two parked cars and nothing more.", "car", 2),
    ],
)
def test_a_recital_or_an_authority_is_no_thing(prompt, name, count):
    assert names(prompt) == [name] * count


def test_a_gossips_sources_saying_that_are_no_things():
    prompt = ("Insiders whisper, sweetie, that a walking dog went from the upper left corner to the upper right "
              "corner, then to the lower right corner.")
    assert route_corners(prompt) == (["dog"], ("upper left", "upper right", "lower right"))


def test_bracketed_stage_directions_are_sentences_and_name_nothing_on_stage():
    prompt = "[Lights up. The screen: a black cat next to a white dog, both there throughout.] Pause. [Lights down.]"
    assert names(prompt) == ["black cat", "white dog"]
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes


@pytest.mark.parametrize(
    "prompt, appears",
    [
        ("[Screen, opening half: no dog.] [Screen, closing half: enter a trotting dog, staying until the close.]", True),
        ("[Opening half: a sleepy dog on the screen.] [Closing half: exit the dog. No dog is left.]", False),
    ],
)
def test_the_stages_enter_and_exit_bring_the_thing_in_and_take_it_out(prompt, appears):
    # LVD's visibility check: in view in one half only
    assert lvd.visibility("dog", appears, planned_condition(prompt))


def test_the_start_of_the_picture_to_its_end_is_the_whole_clip():
    prompt = "Listen well: five parked cars, seen from the start of the picture to its end, and nothing else besides."
    assert names(prompt) == ["car"] * 5
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1


@pytest.mark.parametrize(
    "prompt, name, count",
    [
        ("Beyond the reef there is a picture, and in it four parked cars, still from beginning to end.", "car", 4),
        ("I glimpsed two resting dogs, and the picture kept them from its start to its end.", "dog", 2),
        ("[A projection comes on: two sleeping cats, in view from the start of the film to its end, and nothing more.]",
         "cat", 2),
    ],
)
def test_a_picture_that_holds_the_things_or_a_projection_coming_on_is_no_thing(prompt, name, count):
    assert names(prompt) == [name] * count
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes and len(set(obj.boxes)) == 1


def test_hearsay_is_no_sound_cue_and_frames_its_clause():
    row = centres("We hear, my loves, that a rolling ball went from the left side of the frame to the right side.")
    assert list(row) == ["ball"] and row["ball"][0][0] < 0.3 and row["ball"][-1][0] > 0.7


def test_a_crossing_goes_to_the_side_it_reaches():
    row = centres("A cat trots across the lawn and reaches the left side.")["cat"]
    assert row[0][0] > 0.7 and row[-1][0] < 0.3
    assert all(later[0] <= earlier[0] for earlier, later in zip(row, row[1:]))  # one way, never back


def test_the_screen_a_clause_opens_on_ends_where_its_subject_starts():
    prompt = "On the screen a crow flies from the left of the dog to the right of the dog while the dog stays put."
    assert names(prompt) == ["crow", "dog"]
    assert passes_still_thing(prompt, "crow", "dog", rightward=True)
