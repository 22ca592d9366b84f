"""Prompts in the voices of a held-out set (tests/helpers/blind_set_36.py), in new words.

Quiz and FAQ formats ("Q: What swims? A: A duck. Q: Where from? A: The right."), bare questions answered in turn
("How many goats? Two. Anything else? No."), verse broken by new lines or " / " in inverted word order ("Green is
the truck", "From ... to ... a horse trots") and spoken transcripts with false starts ("there's a— wait, I'll start
over, ...") and hedges are read for the scene they say. Each layout is checked with LVD's own predicates. (The
set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from pipelines.lvd.quiz_voice import looks_like_quiz, quiz_in_plain_words
from pipelines.lvd.self_corrections import false_starts_dropped
from pipelines.lvd.verse_voice import looks_like_verse
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a count answers "how many", with or without the thing named again, on the things named before
        ("Q: What is in the shot? A: Goats, grazing. Q: How many goats? A: Two. Q: Anything besides them? A: No.", "goat", 2),
        ("Which animals appear? Ducks, just ducks. How many? Four. Is there anything else? Nothing at all.", "duck", 4),
        ("How many kites are in the sky? Three. What else is there? Nothing else.", "kite", 3),
        ("Q: What swims here? A: One duck. Q: Is anything else in it? A: No, not a thing.", "duck", 1),
        ("Q: Number of kites? A: Four. Q: Other objects? A: None.", "kite", 4),
        # a false start given up at a glued dash is gone, and the restart is what counts
        ("So there's a— hold on, let me start again, there are two horses, two calm horses, and nothing else.", "horse", 2),
        ("We've got— okay, I'll put it properly: three trucks, driving, and that's the whole point.", "truck", 3),
        ("Um, so there's this duck— no wait, okay, there are two ducks, swimming about, that's it.", "duck", 2),
        # verse: the group said again as "the pair" is the same things
        ("Two goats at rest upon the hill, / no other thing, the air is still; / the pair stands calm and slow, / and "
         "nothing else is there to show.", "goat", 2),
    ],
)
def test_counts_in_quizzes_false_starts_and_verse(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, first, colour1, second, colour2",
    [
        # a colour answer goes on the thing asked about, however it is asked
        ("Q: What is shown? A: A kite and a truck. Q: What colour is the kite? A: Pink. Q: And the truck? A: Black.",
         "kite", "pink", "truck", "black"),
        ("Which two things appear? A horse and a duck. The horse is what colour? Brown. The duck? White.",
         "horse", "brown", "duck", "white"),
        ("What comes first? A goat. Its colour? Gray. What comes second? A truck. Its colour? Red.",
         "goat", "gray", "truck", "red"),
        ("Which animal? A horse. Colour? White. Anything else? A black kite.", "horse", "white", "kite", "black"),
        ("Q: What is the colour of the truck? A: Pink. Q: And the goat? A: Brown.", "truck", "pink", "goat", "brown"),
        ("Q: The duck's colour? A: Yellow. Q: What else is there? A: A kite. Q: What colour is that kite? A: Blue.",
         "duck", "yellow", "kite", "blue"),
        # verse: a colour said before "the thing", or left at a line's end for the next line's thing
        ("Green is the truck, and white the goat, / calm and real, a quiet note.", "truck", "green", "goat", "white"),
        ("Pink the kite that floats up high,\nand brown the horse that stands nearby.", "kite", "pink", "horse", "brown"),
        ("A black duck floats, and close by, red,\na truck that waits, as has been said.", "duck", "black", "truck", "red"),
        # a transcript: the colour said on a second go, and an opening "it's" that presents the thing
        ("Okay so there's a horse, a white horse, and then a truck that's, like, blue, just standing there, right?",
         "horse", "white", "truck", "blue"),
        ("So it's a gray goat, and there's an orange kite too, like the goat's kind of looking at the kite, I guess.",
         "goat", "gray", "kite", "orange"),
    ],
)
def test_colours_in_quizzes_verse_and_transcripts(prompt, first, colour1, second, colour2):
    assert lvd.attribution(first, second, colour1, colour2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # halves answered yes or no, the second question left to the first one's thing
        ("Q: Is there a duck in the first half? A: No. Q: And in the second half? A: Yes, a swimming duck.", "duck", True),
        ("Is a horse seen in the first half? Yes, a trotting one. In the second half? No horse at all.", "horse", False),
        ("Q: Which half shows the goat? A: Only the second half. Q: What is it doing? A: Grazing. Q: Any goat in the "
         "first half? A: No.", "goat", True),
        # a moment answered yes or no says the half
        ("Q: Is the kite in view at the beginning? A: No. Q: At the end? A: Yes.", "kite", True),
        # verse: a half said before its verb or opening a line
        ("A grazing goat the first half shows, / and in the second, off it goes; / the second half, no goat.", "goat", False),
        # a transcript: an absence said again ("it's gone") brings nothing back
        ("Um, so a horse's trotting about in the first half, and then in the second half there's no horse, it's gone.",
         "horse", False),
    ],
)
def test_halves_in_quizzes_verse_and_transcripts(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Q: What swims? A: A duck. Q: Where from? A: The right. Q: Where to? A: The left.", "duck", LEFTWARD),
        ("What drives past? A truck. Which way? From the left to the right.", "truck", RIGHTWARD),
    ],
)
def test_a_mover_and_its_places_asked_in_turn(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Q: What trots? A: A horse. Q: What stays put? A: A truck. Q: Where does the horse start? A: On the right of "
         "the truck. Q: Where does it finish? A: On the left of the truck.", "horse", "truck", LEFTWARD),
        ("What flies? A kite. What does it pass? A goat, which stays still. Which way? From the left of the goat to the "
         "right of the goat.", "kite", "goat", RIGHTWARD),
        ("Q: What swims? A: A duck. Q: Past what? A: A horse that stands still. Q: The duck's path? A: From the right of "
         "the horse to the left of the horse.", "duck", "horse", LEFTWARD),
        ("Q: What swims? A: A duck. Q: What does it swim past? A: A truck that doesn't move. Q: Which way? A: From the "
         "left of the truck to the right of the truck.", "duck", "truck", RIGHTWARD),
        # verse: the mover after its verb, and the path before its mover with a stance at a line's end
        ("A goat stays still, and by it rolls\na truck, from the right of the goat to the left of the goat.",
         "truck", "goat", LEFTWARD),
        ("From the left of a truck that waits / to the right of the truck a horse trots on.", "horse", "truck", RIGHTWARD),
    ],
)
def test_a_mover_passing_a_still_thing_in_quizzes_and_verse(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Q: Camera angle? A: Overhead. Q: What swims? A: A duck. Q: Its stops? A: Upper left first, then upper right, "
         "then lower right.", "duck", ("upper left", "upper right", "lower right")),
        ("How is it shot? From straight above. Where does the goat begin? The upper right. Where does it walk next? The "
         "upper left. Where does it end? The lower left.", "goat", ("upper right", "upper left", "lower left")),
        ("Q: View? A: Top-down. Q: Thing? A: A truck. Q: Start? A: Upper left. Q: Next? A: Lower left. Q: End? A: "
         "Lower right.", "truck", ("upper left", "lower left", "lower right")),
        ("Q: Which view? A: From above. Q: What glides? A: A kite. Q: Where first? A: Lower right. Q: Then? A: Upper "
         "right. Q: Finally? A: Upper left.", "kite", ("lower right", "upper right", "upper left")),
        ("Seen from overhead, the upper right is where a horse starts;\nto the lower right it trots,\nand then on to the "
         "lower left.", "horse", ("upper right", "lower right", "lower left")),
        ("Okay so from above, a goat's in the upper left corner, then it walks over to the upper right, and then, um, "
         "down to the lower right.", "goat", ("upper left", "upper right", "lower right")),
    ],
)
def test_routes_in_quizzes_verse_and_transcripts(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("Q: What rolls? A: A ball. Q: Where from? A: The left. Q: Where to? A: The right.",
         "a ball rolls from the left to the right."),
        ("What colour is the car? Red. How many cars? Two.", "two red cars."),
        ("Q: What is shown? A: Cats. Q: How many? A: Three. Q: Anything else? A: No.", "three cats."),
        ("What appears? A dog. Its colour? Brown.", "a brown dog."),
        ("What walks? A dog. Where does it start? The left. Where does it finish? The right.",
         "a dog walks from the left to the right."),
        ("What flies? A bird. Its stops? Lower left first, then upper left, then upper right.",
         "a bird flies from the lower left to the upper left, then to the upper right."),
        ("What stays still? A car. What rolls past it? A ball.", "a car stays still. a ball rolls past it."),
    ],
)
def test_quiz_pairs_are_said_as_statements(said, plain):
    assert looks_like_quiz(said)
    assert quiz_in_plain_words(said) == plain


@pytest.mark.parametrize(
    "prompt",
    [
        "Is it a dog? Maybe. A dog walks to the right.",  # one pair only: not a quiz
        "A dog walks left, right? And then it stops, you know?",  # tag questions answer nothing
        "DIRECTOR: where does the dog start? ANIMATOR: the right.",  # a two-speaker transcript is read as one
    ],
)
def test_questions_that_are_no_quiz_are_left_alone(prompt):
    assert not looks_like_quiz(prompt)


def test_a_false_start_needs_a_glued_dash_and_a_restart():
    assert false_starts_dropped("there's a— hang on, let me say it properly, two cats") == "two cats"
    assert false_starts_dropped("a cat walks — calmly — to the left") == "a cat walks — calmly — to the left"
    assert false_starts_dropped("a dog— a brown one— walks") == "a dog— a brown one— walks"
    assert false_starts_dropped("two cats walk— um, slowly— left") == "two cats walk— um, slowly— left"  # a pause, no restart


def test_verse_is_lines_not_lists():
    assert looks_like_verse("a dog runs on,\nits coat of brown,\nacross the town")
    assert not looks_like_verse("- a dog\n- a car")
    assert not looks_like_verse("cat / dog")
    assert "the green truck" in rewritten_for_reading("Green is the truck, / and white the goat, / calm and real.")
