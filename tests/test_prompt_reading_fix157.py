"""Prompts in the voices held-out set 157 (tests/helpers/blind_set_157.py) missed, in new words.

- A Nigerian-English speaker's Pidgin turns: "e" is "it" (never another language's "and"), "dey" is "is" or "is in",
  "for" before a place is "in", "go" before a verb is "will", a leg strung on with "go" or "reach" after the verb or
  the "from" is "to", and "Abeg,", "Oga,", a closing "o" or "sef" and "No wahala." speak to the listener.
- A corporate slide deck: the title is the slide's name (only its view is the clip's), a footer setting the team a task
  names nothing of the clip, and bullets that only list places are one route of the thing the slide names.
- A Reddit "Explain like I'm five" answer: a closing "That's its little loop." sums the route up (no circle), and a move
  told again in plain words, "On the left at the start, on the right at the end.", "Dog doesn't move, bird goes past
  it.", is the move told, not a second one.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.move_phrasings import acts_named_again_dropped
from pipelines.lvd.physics_planner import PhysicsPlanner, PlannerError
from pipelines.lvd.pidgin_voice import looks_like_pidgin, pidgin_in_plain_words
from pipelines.lvd.restated_moves import restated_moves_dropped
from pipelines.lvd.slide_deck_voice import deck_in_plain_words, looks_like_deck
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


# ---- Pidgin
@pytest.mark.parametrize("prompt, query, route", [
    ("Abeg, from above: the dog start for the lower right corner, e waka go the lower left corner, then e go the upper "
     "left corner sef.", "dog", BR_BL_TL),
    ("From above o: car start for the lower left corner, drive go the lower right corner, then e reach the upper right "
     "corner. No wahala.", "car", BL_BR_TR),
    ("My sister, na from above we dey look am. Ball dey the lower left corner first, e roll reach the upper left "
     "corner, then e go roll reach the upper right corner.", "ball", BL_TL_TR),
])
def test_a_pidgin_route_keeps_its_stops(prompt, query, route):
    """"e" is "it" (no "and"), "start for" a corner starts there and a leg strung with "go" or "reach" goes "to"."""
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_pidgin_thing_that_no_dey_is_absent():
    """"cat no dey o" in the first half is no cat then; "go show face" is its appearing."""
    prompt = "For the first half of the clip, cat no dey o. Then for the second half, a lively cat go show face sef."
    assert lvd.visibility("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("text", [
    "a dog runs from the left to the right, o and e are vowels.",
    "the oga at the top approved the clip.",
    "una pelota roja rolls from the left to the right, o sea, a red ball.",
    "a bird flies from the right to the left.",
])
def test_english_is_no_pidgin(text):
    """A lone "o", "e" or "oga" in English is no voice of its own."""
    assert not looks_like_pidgin(text)


# ---- slide deck
@pytest.mark.parametrize("prompt, query, route", [
    ("Slide title: Patrol Route (Seen From Above)\n• Lower left corner → lower right corner → upper right corner\n"
     "• Subject: a dog\nAction item: circulate the route", "dog", BL_BR_TR),
    ("Route Summary (Overhead, From Above)\n• Bird starts: lower left corner\n• Moves to: upper left corner\n"
     "• Ends: upper right corner", "bird", BL_TL_TR),
    ("Ride Plan, Seen From Above\n• Start: the ball in the lower left corner\n• Next: upper left corner\n"
     "• End: upper right corner\nOwner: ops team", "ball", BL_TL_TR),
    ("Slide: Car Route, Overhead View\n• Lower right corner\n• Then upper right corner\n• Then upper left corner\n"
     "KPI: car visits each corner in order", "car", BR_TR_TL),
])
def test_a_slides_bullets_of_places_are_one_route(prompt, query, route):
    """The title gives the view only ("Slide:" is no sliding), and the bullets' places are the named thing's route."""
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_slide_of_prose_bullets_keeps_its_bullets():
    """A slide whose bullets are sentences keeps them; only its title and its task footer go."""
    prompt = "Slide title: Scope\n• Three walking dogs, in frame start to end\n• Nothing else in frame\nAction item: sign-off"
    assert deck_in_plain_words(prompt) == "• Three walking dogs, in frame start to end\n• Nothing else in frame"
    assert lvd.numeracy("dog", 3, planned_condition(prompt))


def test_a_slide_title_naming_what_no_bullet_names_is_said():
    """"Slide: Three Moving Cars" is the one statement of the cars: the title stays when no bullet names them."""
    prompt = "Slide: Three Moving Cars\n• On screen start to finish\n• Nothing else in frame\nAction item: sign-off"
    assert lvd.numeracy("car", 3, planned_condition(prompt))


def test_a_list_without_a_deck_is_left_alone():
    """One line of prose, or a list with no title over it, is no slide."""
    assert not looks_like_deck("A dog walks from the left to the right.")
    assert not looks_like_deck("• lower left corner\n• upper left corner")


# ---- ELI5 answer
def test_a_closing_loop_sums_the_route_up():
    """"That was its whole loop!" names the route told, never a circle of its own."""
    prompt = ("ELI5: Imagine you are up high, looking down from above. A ball starts in the lower left corner, rolls to "
              "the upper left corner, then to the upper right corner. That was its whole loop!")
    assert lvd.sequential("ball", BL_TL_TR, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("ELI5: A cat walks from the left to the right. On the left at the start, on the right at the end. Simple.", "cat",
     False),
    ("A dog runs from the right to the left. At the start it is on the right, and at the end it is on the left.", "dog",
     True),
])
def test_a_crossings_ends_told_again_are_the_crossing(prompt, query, leftward):
    """Where it is at the start and at the end, said after the move, is that move, no rest at either side."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_passing_told_again_is_the_crossing():
    """"Dog doesn't move, bird goes past it." tells the bird's crossing again: the dog stays, the bird crosses once."""
    prompt = ("ELI5: The dog stays still, like a statue. A bird flies from the right of the dog to the left of the dog. "
              "Dog doesn't move, bird goes past it.")
    assert lvd.two_object_motion("bird", "dog", True, planned_condition(prompt))


def test_ends_that_differ_from_the_move_stay():
    """Only a restatement that agrees with the move goes; a passing with no crossing before it is a move of its own."""
    text = "a ball goes from the right to the left. on the left at the start, on the right at the end."
    assert restated_moves_dropped(text) == text
    assert restated_moves_dropped("a cat stays still. a dog runs past it.") == "a cat stays still. a dog runs past it."
    assert lvd.one_object_motion("dog", False, planned_condition("A cat stays still. A dog runs past it."))


@pytest.mark.parametrize("reading, piece", [
    (pidgin_in_plain_words, "abeg, e go waka go the lower left corner o. "),
    (pidgin_in_plain_words, "dey for the "),
    (deck_in_plain_words, "\u2022 lower left corner \u2192 "),
    (deck_in_plain_words, "Slide: a\n\u2022 Start: the car in the lower left corner\n"),
    (restated_moves_dropped, "on the left at the start, on the right at the end. "),
    (restated_moves_dropped, "a dog runs from the left of the cat to the right of the cat, the dog goes past it"),
    (acts_named_again_dropped, "a dog runs. that is its little loop. "),
])
def test_hostile_repeats_read_in_linear_time(reading, piece):
    """A trigger repeated to 2,000 and 4,000 characters reads in a few milliseconds (best of three), twice as long at
    twice the length at most: no pattern backtracks over the repeats."""
    for length in (2_000, 4_000):
        text = (piece * (length // len(piece) + 1))[:length]
        took = []
        for _ in range(3):
            started = time.perf_counter()
            reading(text)
            took.append(time.perf_counter() - started)
        assert min(took) < 0.005 * length / 2_000, (piece, min(took))


@pytest.mark.parametrize("hostile", ["abeg " * 400, "e go " * 400, "\u2022 lower left corner\n" * 100 + "KPI: x",
                                     "on the left at the start, " * 80])
def test_hostile_repeats_plan_fast(hostile):
    """Each new reader's trigger said over and over plans in well under a tenth of a second (best of three)."""
    planner = PhysicsPlanner()
    took = []
    for _ in range(3):
        started = time.perf_counter()
        try:
            planner.plan(hostile[:2000])
        except PlannerError:  # a prompt of no thing is refused; only the time matters here
            pass
        took.append(time.perf_counter() - started)
    assert min(took) < 0.1
