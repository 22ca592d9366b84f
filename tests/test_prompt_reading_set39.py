"""Prompts in the voices of a held-out set (tests/helpers/blind_set_39.py), in new words.

A teacher's animation exercise ("Students, your assignment:", "you will animate", "Remember:", "Extra credit
if"), a dream-journal entry ("I had a dream about", "in the second half of the dream", "then I woke up") and a
holiday postcard ("Greetings from our trip!", "we watched a horse trot", "our view", "Wish you were here") are
read for the scene they describe: the class, the dreamer, the writer and the trip are no things, the dream is
the clip. Each layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.lesson_dream_and_postcard_voices import dream_in_plain_words, lesson_in_plain_words, postcard_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # the class, the pupils, the exercise and the extra credit are never things
        ("Students, your assignment: animate three trotting horses. Remember: show nothing else but the three "
         "horses.", "horse", 3),
        ("Children, for this week's homework you will animate two swimming ducks. Remember: the two ducks and "
         "nothing else.", "duck", 2),
        ("Drawing exercise for the class: two kites in the wind, and nothing else. Extra credit if both kites keep "
         "flying until the end.", "kite", 2),
        ("Okay, class, you will animate one parked truck. Remember: one truck only, nothing else in the frame.",
         "truck", 1),
        # the dreamer, the night and the waking are not in the video
        ("I had a dream last night about four grazing goats, and in my dream there was nothing else at all. Then I "
         "woke up.", "goat", 4),
        ("Dream diary: two horses standing together the whole dream long, nothing else there.", "horse", 2),
        # the writer, the reader, the trip and the picture are not things either
        ("Greetings from our road trip! Today we spotted three ducks paddling, and truly nothing else in the "
         "picture. Wish you were here!", "duck", 3),
        ("Postcard from our travels: we saw one kite flying all by itself, nothing else around. Wish you were "
         "here.", "kite", 1),
    ],
)
def test_exercises_dreams_and_postcards_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Once I dreamed of a goat grazing during the first half of the dream; in the second half the goat was "
         "gone.", "goat", False),
        ("Dream diary: a truck parked in the first half of my dream; by the second half there was no truck left.",
         "truck", False),
        ("Class, your exercise: a swimming duck in the first half, then no duck in the second half. Remember: it "
         "never comes back.", "duck", False),
        ("I dreamt of an empty field in the first half of the dream, and a horse trotting in during the second "
         "half of the dream.", "horse", True),
        ("Greetings from our holiday! First half: no kite in our view. Second half: a kite appears and stays. Wish "
         "you were here.", "kite", True),
    ],
)
def test_the_dreams_halves_and_the_exercises_halves_are_the_clips(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Greetings from Lisbon! We watched a horse trot from the right of our view to the left. Wish you were "
         "here.", "horse", LEFTWARD),
        ("Hello from our road trip: we saw a truck drive from the left of our view to the right. Wish you were "
         "here!", "truck", RIGHTWARD),
        ("Students, animate a duck swimming from right to left. Remember: start it on the right side.", "duck",
         LEFTWARD),
        ("Last night I dreamt of a goat running from the left to the right, and then I woke up.", "goat", RIGHTWARD),
        ("In last night's dream a kite flew from the right to the left, and then I woke up.", "kite", LEFTWARD),
    ],
)
def test_a_move_across_our_view_crosses_the_frame(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Class exercise: animate a duck moving from the left of a parked truck to its right. Remember: the truck "
         "never moves.", "duck", "truck", RIGHTWARD),
        ("In my dream a horse walked from the right of a still kite to its left; the kite stayed put the whole "
         "dream.", "horse", "kite", LEFTWARD),
    ],
)
def test_relations_in_the_voices_are_a_relative_move(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Students, animate a duck in a top-down view: it starts in the bottom left corner, swims to the bottom "
         "right corner, then to the top right corner.", "duck", BL_BR_TR),
        ("Greetings from our trip! From overhead we watched a goat walk from the bottom right corner to the bottom "
         "left corner, then up to the top left corner. Wish you were here.", "goat", BR_BL_TL),
        ("I dreamt of a kite seen from above, in the bottom right corner, then flying to the top right corner, "
         "then to the top left corner; then I woke up.", "kite", BR_TR_TL),
    ],
)
def test_routes_in_the_voices_are_kept(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_postcards_colours_stay_on_their_things():
    condition = planned_condition("Greetings from our holiday! Today we saw a brown horse beside a white truck. Wish you were "
                                  "here.")
    assert lvd.attribution("horse", "truck", "brown", "white", condition)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("pupils, your exercise: animate a duck.", "show a duck."),
        ("kids, this is your exercise: draw a goat.", "show a goat."),
        ("class, draw nothing but a white kite.", "only a white kite."),  # a first mention is kept as the only thing
        ("two ducks swim. extra credit if both ducks keep swimming.", "two ducks swim. the ducks keep swimming."),
    ],
)
def test_a_lesson_keeps_what_it_asks_for(said, plain):
    assert lesson_in_plain_words(said) == plain


def test_the_dream_is_the_clip():
    assert dream_in_plain_words("i dreamt of a goat for the whole dream.") == "a goat for the whole clip."


def test_a_bare_verb_after_we_watched_gets_its_ending():
    assert postcard_in_plain_words("we watched a white horse trot to the left.") == "a white horse trots to the left."


def test_a_dream_named_without_the_voice_is_read_as_said():
    assert "dream" in lesson_in_plain_words("a kite with dream written on it flies left.")
