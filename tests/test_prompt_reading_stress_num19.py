"""Counts and visibility told in a voice that talks about the clip itself (its weather, its audience, the screen it
is made for, what it was entered into): each test is a rule of English, not of one voice.

Each names the objects drawn, their count, and the keyframes each is in (six keyframes, "x" drawn, "." not).
"""

import pytest

from tests.helpers.planned import PLANNER


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------ 1. a clause about the weather ends at a colon, as at a comma
@pytest.mark.parametrize("prompt, drawn", [
    ("Ship's diary. Played the recording as the fog rolled in: two lively cats, present the whole time, and nothing "
     "else.", [("cat", "xxxxxx")] * 2),
    ("Watched it twice whilst the rain came down: three moving balls, from start to finish, nothing else.",
     [("ball", "xxxxxx")] * 3),
])
def test_a_weather_clause_before_a_colon_leaves_the_listed_things(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_weather_clause_still_goes_before_a_comma():
    assert _frames("As the wind picks up, a red ball rolls from the left to the right.") == [("red ball", "xxxxxx")]


# ------------------------------------------------ 2. the screen a clip is made for shows it, it is not in it
@pytest.mark.parametrize("prompt, drawn", [
    ("Brief from the gym: a film for the reception screen, two moving balls, in view the whole time, nothing else.",
     [("ball", "xxxxxx")] * 2),
    ("Please send footage made for the foyer television, four walking dogs, there start to finish, nothing more.",
     [("dog", "xxxxxx")] * 4),
    ("Our request is a recording meant for the ward television, three lively cats, in view the whole time, and nothing "
     "else.", [("cat", "xxxxxx")] * 3),
])
def test_the_screen_or_display_a_clip_is_made_for_is_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_clip_for_a_counted_audience_still_draws_what_it_counts():
    assert _frames("A video for two cats: a red ball rolls to the left.") == \
        [("cat", "xxxxxx"), ("cat", "xxxxxx"), ("red ball", "xxxxxx")]


# ------------------------------------------------ 3. who a clip is for or pleases is its audience, never in it
@pytest.mark.parametrize("prompt, drawn", [
    ("The recording on the ward, the one the people choose most: two moving balls, in view the whole time, and "
     "nothing else.", [("ball", "xxxxxx")] * 2),
    ("A reel for kids young and old, four moving cars, in view the whole time.", [("car", "xxxxxx")] * 4),
    ("One walking dog from start to finish, nothing else. Children love it!", [("dog", "xxxxxx")]),
])
def test_the_people_a_clip_is_for_or_pleases_are_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


def test_an_animal_that_likes_it_and_a_person_who_watches_it_stay():
    assert _frames("A red ball rolls to the left. The dog loves it.") == [("dog", "xxxxxx"), ("red ball", "xxxxxx")]
    assert _frames("A red ball rolls to the left. A man watches it.") == [("man", "xxxxxx"), ("red ball", "xxxxxx")]


# ------------------------------------------------ 4. what was done with the clip is no entrance of its things
@pytest.mark.parametrize("prompt, drawn", [
    ("Your Honour, the tape entered into the record shows two walking dogs, in view from start to finish.",
     [("dog", "xxxxxx")] * 2),
    ("The recording that was submitted to the panel shows four lively cats, present the whole time.",
     [("cat", "xxxxxx")] * 4),
    ("The film entered in the festival shows one flying bird, in view the whole time.", [("bird", "xxxxxx")]),
    ("My learned friend's video, entered yesterday, shows three moving balls, there throughout.",
     [("ball", "xxxxxx")] * 3),
])
def test_a_clip_entered_or_submitted_brings_its_things_in_from_the_start(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_that_enters_halfway_still_enters_late():
    assert _frames("The tape shows an empty road. Halfway through, a car enters.") == [("car", "...xxx")]


# ------------------------------------------------ 5. a thing first named in the second half, said to stay, arrives then
@pytest.mark.parametrize("prompt, drawn", [
    ("Diary, late: in the second half, a walking dog, which stays in frame until the close.", [("dog", "...xxx")]),
    ("For the second half of the film, a moving car, which remains in view to the end.", [("car", "...xxx")]),
])
def test_a_thing_introduced_in_the_second_half_that_stays_in_view_arrives_then(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_seen_before_that_stays_in_view_for_the_second_half_was_there_all_along():
    assert _frames("A goat trots to the left and stays in shot for the second half.") == [("goat", "xxxxxx")]


# ------------------------------------------------ 6. a lead with an article or "then" before a colon is no field's key
@pytest.mark.parametrize("prompt, drawn", [
    ("Log: Saturn, then the clip: two moving balls, in frame throughout.", [("ball", "xxxxxx")] * 2),
    ("Log: Vega, then the film: one walking dog, present throughout.", [("dog", "xxxxxx")]),
])
def test_a_record_heading_then_a_clip_label_is_not_read_as_key_value_fields(prompt, drawn):
    assert _frames(prompt) == drawn


def test_key_value_fields_are_still_read_as_fields():
    assert _frames("object: dog; count: 2") == [("dog", "xxxxxx")] * 2


# ------------------------------------------------ 7. whom a clip is shown to, or given as a treat, is its audience
@pytest.mark.parametrize("prompt, drawn", [
    ("As a surprise for the grandkids, we played them a film: three walking dogs, from start to finish.",
     [("dog", "xxxxxx")] * 3),
    ("After lunch I showed the children the recording: one moving ball, in view the whole time.", [("ball", "xxxxxx")]),
])
def test_the_people_a_clip_is_shown_to_are_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_that_shows_in_a_half_of_the_clip_shows_no_one():
    assert _frames("A lively cat shows in the video's first half and not in its second.") == [("cat", "xxx...")]


def test_a_thing_shown_to_an_animal_is_still_drawn():
    drawn = _frames("A boy shows the dog a red ball.")
    assert ("dog", "xxxxxx") in drawn and ("red ball", "xxxxxx") in drawn
