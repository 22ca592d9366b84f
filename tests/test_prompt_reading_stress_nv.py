"""Numeracy and visibility said in new voices: each test is a class of wording, in prompts of its own.

Each names the objects drawn, their count, and the keyframes each is in (six keyframes, "x" drawn, "." not).
"""

import pytest

from tests.helpers.planned import PLANNER, centres


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------------------ 1. "it never left the frame": there all along
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog walked along, and it never left the frame.", [("dog", "xxxxxx")]),
    ("Two birds flew about; they never exited the shot.", [("bird", "xxxxxx"), ("bird", "xxxxxx")]),
    ("The red ball rolled around and never disappeared.", [("red ball", "xxxxxx")]),
])
def test_a_leave_said_with_never_in_the_past_is_no_leave(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 2. "Second half? Gone.": a half asked after is its label
@pytest.mark.parametrize("prompt, drawn", [
    ("A blue car sat there in the first half. Second half? Gone.", [("blue car", "xxx...")]),
    ("First half? A dog, sniffing around. Second half? Gone.", [("dog", "xxx...")]),
    ("A grey dog sniffs around during the first half. Second half?? Gone, nowhere to be seen.", [("gray dog", "xxx...")]),
])
def test_a_half_asked_after_and_answered_labels_what_follows(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 3. "must" is a modal, as "should" is: no part of a name
@pytest.mark.parametrize("prompt, drawn", [
    ("A red ball must be seen only in the second half.", [("red ball", "...xxx")]),
    ("The blue car must be gone in the second half.", [("blue car", "xxx...")]),
    ("A grey cat must show up in the second half.", [("gray cat", "...xxx")]),
])
def test_must_is_a_modal_verb(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_dog_that_must_run_left_runs_left():
    dog = centres("The dog must run to the left.")["dog"]
    assert dog[0][0] > dog[-1][0]


# ------------------------------------------------------------ 4. a clip turned down is no part of the clip told
@pytest.mark.parametrize("prompt, drawn", [
    ("A white dog trots in during the second half. Reject any video in which the dog is visible in the first half.",
     [("white dog", "...xxx")]),
    ("A bird is there in the first half only. If it is still in view in the second half, the take is ruined.",
     [("bird", "xxx...")]),
    ("A ball rolls in halfway through. A version that shows the ball at the start fails.", [("ball", "...xxx")]),
])
def test_a_sentence_about_a_clip_turned_down_is_dropped(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A video where two dogs sit still.", [("dog", "xxxxxx"), ("dog", "xxxxxx")]),
    ("If you look closely, a cat sits on the left.", [("cat", "xxxxxx")]),
    ("If I may: two dogs in the frame the whole time, nothing else.", [("dog", "xxxxxx")] * 2),
    ("A red ball rolls along. If you must know, it is gone in the second half.", [("red ball", "xxx...")]),
])
def test_the_clip_told_and_a_condition_naming_a_thing_stay(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 5. "have arrived": the perfect, a state from the start
@pytest.mark.parametrize("prompt, drawn", [
    ("Three dogs have arrived and wait on the right.", [("dog", "xxxxxx")] * 3),
    ("A grey bird has already appeared, and it stays all along.", [("gray bird", "xxxxxx")]),
    ("Two balls have turned up and sit still.", [("ball", "xxxxxx")] * 2),
])
def test_an_arrival_in_the_perfect_is_there_from_the_start(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt", ["In the second half, a dog has arrived.", "By the midpoint, a dog has shown up and stays."])
def test_an_arrival_in_the_perfect_at_a_time_is_there_from_then(prompt):
    assert _frames(prompt) == [("dog", "...xxx")]


# ------------------------------------------------------------ 6. "for the whole session": a stretch of time, no thing
@pytest.mark.parametrize("prompt, drawn", [
    ("Two red balls, on the screen for the entire programme.", [("red ball", "xxxxxx")] * 2),
    ("A black dog, on the screen during the whole broadcast.", [("black dog", "xxxxxx")]),
])
def test_a_whole_stretch_by_any_name_is_the_whole_clip(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_whole_thing_after_for_the_whole_is_still_drawn():
    assert [name for name, _ in _frames("A cat walks for the whole length of the table.")] == ["cat", "table"]


# ------------------------------------------------------------ 7. "look at the cats! three cats ...": one group, counted
@pytest.mark.parametrize("prompt, drawn", [
    ("Watch the birds! Three birds circle overhead.", [("bird", "xxxxxx")] * 3),
    ("Can you spot the balls? Two red balls roll along.", [("red ball", "xxxxxx")] * 2),
    ("Say hi to the dogs. Four dogs, sitting still.", [("dog", "xxxxxx")] * 4),
])
def test_a_definite_group_counted_later_is_that_group(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_definite_group_of_another_kind_stays_its_own():
    assert _frames("The dogs run left. Two cats sit.") == [("cat", "xxxxxx")] * 2 + [("dog", "xxxxxx")] * 2


# ------------------------------------------------------------ 8. "didn't show for the first half": "show" is "show up"
@pytest.mark.parametrize("prompt, drawn", [
    ("The grey bird did not show for the first half; in the second half it flew in.", [("gray bird", "...xxx")]),
    ("Two dogs don't show in the first half, then they trot in.", [("dog", "...xxx")] * 2),
])
def test_a_bare_show_denied_is_an_absence(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_show_with_an_object_is_no_absence():
    assert [name for name, _ in _frames("The screen does not show a dog.")] == ["dog", "screen"]


# ------------------------------------------------------------ 9. "where's the cat? not there!": not there then
@pytest.mark.parametrize("prompt, drawn", [
    ("In the first half, where is the red ball? Not there! In the second half a red ball rolls in and stays.",
     [("red ball", "...xxx")]),
    ("At first, where's the bird? Gone! In the second half a bird flies in.", [("bird", "...xxx")]),
])
def test_a_thing_asked_after_and_answered_absent_is_not_there(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 10. ", and that's the truth": a clause, no list
@pytest.mark.parametrize("prompt, drawn", [
    ("Four birds fly about, and that is the plan.", [("bird", "xxxxxx")] * 4),
    ("Two cars, nothing else, and that's the deal.", [("car", "xxxxxx")] * 2),
    ("One red ball rolls along, and that's the gospel.", [("red ball", "xxxxxx")]),
])
def test_and_that_is_opens_a_clause_listing_nothing(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_listed_after_and_is_still_drawn():
    assert [name for name, _ in _frames("A cat and a gramophone.")] == ["cat", "gramophone"]


# ------------------------------------------------------------ 11. "no cats at first; then two cats": those two
@pytest.mark.parametrize("prompt, drawn", [
    ("No cats in the first half. Then two cats walk in.", [("cat", "...xxx")] * 2),
    ("No dogs for the first half, then four dogs run in.", [("dog", "...xxx")] * 4),
    ("The frame has no balls in the first half; in the second half two balls roll in.", [("ball", "...xxx")] * 2),
])
def test_a_kind_said_absent_then_counted_is_that_group(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 12. "empty of dogs": none of them there
@pytest.mark.parametrize("prompt, drawn", [
    ("The screen is empty of dogs for the first half. In the second half a dog trots in.", [("dog", "...xxx")]),
    ("The first half of the scene is empty of birds; halfway through, a bird flies in and stays.", [("bird", "...xxx")]),
])
def test_a_time_empty_of_a_kind_has_none_of_it(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 13. "that ends the scene": "that" is one, "ends" its verb
@pytest.mark.parametrize("prompt, drawn", [
    ("Two cats sit. That ends it.", [("cat", "xxxxxx")] * 2),
    ("A dog runs, and that ends the scene.", [("dog", "xxxxxx")]),
])
def test_a_word_in_s_after_a_lone_that_is_its_verb(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_singular_noun_in_s_after_this_is_still_a_thing():
    assert [name for name, _ in _frames("This bus drives left.")] == ["bus"]


# ------------------------------------------------------------ 14. "Wait for it! First half, no ball.": a half label
@pytest.mark.parametrize("prompt, drawn", [
    ("A red ball rolls around, but wait for it! First half, no ball. Second half, the ball is there.",
     [("red ball", "...xxx")]),
    ("A bird will come, but not yet! First half, no bird. Second half, a bird flies in.", [("bird", "...xxx")]),
])
def test_a_half_label_after_an_exclamation_or_question_is_a_time(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 15. "That concludes the guest list, sir;": the close
@pytest.mark.parametrize("prompt, drawn", [
    ("Two dogs sit. That concludes the guest list, sir.", [("dog", "xxxxxx")] * 2),
    ("A red ball rolls left. That concludes the running order, madam; enjoy.", [("red ball", "xxxxxx")]),
])
def test_a_speakers_close_said_to_the_listener_is_no_thing(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 16. "the Whiskers sisters: two cats": the label's name
@pytest.mark.parametrize("prompt, drawn", [
    ("Presenting the Misses Muffins: two lively cats, in the frame.", [("cat", "xxxxxx")] * 2),
    ("Meet the Misses Biscuits: two walking dogs, in view throughout.", [("dog", "xxxxxx")] * 2),
])
def test_a_word_closing_a_heading_before_its_colon_is_no_verb(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_verb_after_a_thing_still_makes_it_act():
    assert [name for name, _ in _frames("My phone rings while two dogs run.")] == ["dog", "dog", "phone"]
