"""Known misreadings found by hand on ordinary prompts (session 33), each read as one member of a family of phrasings.

A person's "he" or "she" names the person, never a thing named after them in the sentence ("has prepared a cake, and
he walks", "picks up a bucket, then he runs"), while a vessel's "she" after a person in an earlier sentence stays
the vessel's. A prompt wholly in a quoted
block is the scene, and a reply under it puts its count right ("> Two cats ...\nNo, three."). A question answered
by tick boxes on the lines under it is answered by the ticked box ("[x] No": not there).
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, names, planned_condition, ways_of


# ------------------------------------------------------------ 1. "he" / "she" is the person, never a thing after them
@pytest.mark.parametrize("prompt, drawn", [
    ("The girl has finished a cake, and she walks to the left.", {"girl": "left", "cake": ""}),
    ("A farmer picks up a bucket, then he runs to the right.", {"farmer": "right", "bucket": ""}),
    ("A waiter has polished a plate, then he walks to the right.", {"waiter": "right", "plate": ""}),
    ("The old man lifts up a cup, and then he strolls to the left.", {"man": "left", "cup": ""}),
    ("A boy picks up a cup, then he walks to the right.", {"boy": "right", "cup": ""}),
])
def test_a_persons_pronoun_names_the_person_not_a_thing_named_after(prompt, drawn):
    """The thing taken or made is named after the person, but "he"/"she" can only be the living one."""
    assert ways_of(prompt) == drawn
    person = next(iter(drawn))
    assert bench.one_object_motion(person, drawn[person] == "left", planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    # ordinary pronouns keep reading as before: the subject, the thing acted on, an animal's "he", a ship's "she"
    ("A man throws a ball to a dog, and the dog runs to the left.", {"man": "", "ball": "right", "dog": "left"}),
    ("The girl grabs a ball, and she walks to the left.", {"girl": "left", "ball": ""}),
    ("A woman watches a dog, and she walks to the left.", {"woman": "left", "dog": ""}),
    ("A dog finds a bone, and he trots to the left.", {"dog": "left", "bone": ""}),
    ("A ship appears, and she sails to the left.", {"ship": "left"}),
    ("A man walks to the left, and a dog follows him.", {"man": "left", "dog": "left"}),
    ("A boy kicks a ball, and it rolls to the right.", {"boy": "", "ball": "right"}),
])
def test_ordinary_pronouns_read_as_before(prompt, drawn):
    """A pronoun with its antecedent in reach still names it."""
    assert ways_of(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "A girl scrambles up a hill.",
    "A squirrel scurries up a tree.",
])
def test_up_a_place_is_still_a_climb(prompt):
    """"up" before a place or a tree is still the climber's way up."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    climber = layout.objects[0]
    shown = [box for box in climber.boxes if box is not None]
    assert (shown[-1][1] + shown[-1][3]) / 2 < (shown[0][1] + shown[0][3]) / 2


# ------------------------------------------------------------ 2. a quoted block alone is the scene; a reply corrects it
@pytest.mark.parametrize("prompt, count", [
    ("> Three dogs lie on the rug.", 3),
    ("> Two birds perch on a branch.\n> They stay still.", 2),
    ("> Two cats nap on the bed.\nNo, four.", 4),
    ("> Three ducks swim on the pond.\nNo, two.", 2),
    # a thread with its sender line, and plain prose correcting itself the same way
    ("On Tue, Sam wrote:\n> Two horses graze in the field.\nNo, three.", 3),
    ("Two cats nap on the bed, no, three.", 3),
])
def test_a_quoted_block_alone_is_the_scene_and_a_reply_puts_its_count_right(prompt, count):
    """Quoted lines are an earlier message only where a reply says the scene again; alone they are the scene."""
    assert bench.numeracy("", count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    # a reply naming things of its own replaces the quote; one adding to it keeps it, with no sender line too
    ("> Two cats nap on the bed.\nNo, three dogs.", ["dog", "dog", "dog"]),
    ("> Two cats nap.\nYes, and a dog sleeps on the rug.", ["cat", "cat", "dog"]),
    ("> A red ball rolls.\nNo, blue.", ["blue ball"]),
])
def test_a_reply_under_a_quote_replaces_or_adds_to_it(prompt, drawn):
    """The reply under a quoted block reads as a thread's reply does."""
    assert names(prompt) == drawn


def test_a_text_adventures_command_is_still_no_scene():
    """"> WAIT" opens on a verb: a command, dropped; the game's lines are the scene."""
    prompt = "You see a moving ball on the left side. > WAIT Time passes. The ball is now on the right side."
    assert ways_of(prompt) == {"ball": "right"}


# ------------------------------------------------------------ 3. a question answered by tick boxes under it
@pytest.mark.parametrize("prompt, drawn", [
    ("A cat sleeps on the sofa.\nIs there a dog in the clip?\n[ ] Yes\n[x] No", ["cat", "sofa"]),
    ("A cat sleeps.\nAny dogs in the video?\n[ ] Yes\n[X] No", ["cat"]),
    ("A bird sits on a branch.\nIs there a cat in the scene?\n☐ Yes\n☑ No", ["bird", "branch"]),
    ("Two dogs play.\nIs there a cat in the scene?\n[ ] Yes\n[x] No\nDirection of the dogs:\n[ ] Left\n[x] Right",
     ["dog", "dog"]),
    # the thing alone asked after in the clip, boxed or answered in prose
    ("A cat sleeps.\nDog in the clip?\n[ ] Yes\n[x] No", ["cat"]),
    ("A cat sleeps. A dog in the video? No.", ["cat"]),
    # ticked "Yes" keeps the thing, as does a plain answer on the question's line
    ("A cat sleeps.\nIs there a dog in the clip?\n[x] Yes\n[ ] No", ["cat", "dog"]),
    ("A cat sleeps. Is there a dog in the clip? [ ] Yes [x] No", ["cat"]),
    ("A cat sleeps. Dog in the clip? Yes.", ["cat", "dog"]),
])
def test_a_ticked_answer_under_a_question_answers_it(prompt, drawn):
    """The options, a line each under the question, are one row answering it."""
    assert names(prompt) == drawn
