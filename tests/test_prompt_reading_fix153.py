"""Set 153's voices read as ways of writing, in new prompts: a patois speaker, a reviewer's report, a game-show host.

A patois speaker's small words ("di", "inna", "den", "nutten", "deh", "a di") are put into English, the verb after
one thing is inflected ("a dog walk from", "di car a drive") and a route's legs strung with "go" keep their way, so
no "nutten" is drawn and no "dog walk" is one thing; a reviewer's lettered points ("(a) ... (b) Nothing else should
appear.") are numbered points, so the fence is no late appearance; a game-show host's "the big reveal" is no thing,
and "studio audience" is the listeners addressed. Each is checked with LVD's own predicates, beside ordinary prompts
that keep reading as before.
"""

import pytest

from pipelines.lvd.patois_voice import looks_like_patois
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import names, planned_condition

LEFTWARD, RIGHTWARD = True, False
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = bench.SEQUENTIAL_ROUTES


# ------------------------------------------------------------ 1. patois's small words, verbs and strung legs
@pytest.mark.parametrize("prompt, query, count", [
    ("Mi tell yuh: one moving ball inna di whole clip, an nutten else nuh deh deh. A so it go.", "ball", 1),
    ("Three moving balls deh inna di clip whole time, an nutten else. A so it go.", "ball", 3),
])
def test_patois_nothing_else_is_no_thing(prompt, query, count):
    """"nutten else nuh deh deh" is the fence "nothing else is there", never a thing called "nutten"."""
    assert bench.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Di walking dog walk from di right side a di frame go a di left side. Irie.", "dog", LEFTWARD),
    ("Di flying bird fly from di left side a di frame go ova to di right side. Bless up.", "bird", RIGHTWARD),
    ("Mi a tell yuh: di car a drive from di left side a di frame go a di right side. Seen?", "car", RIGHTWARD),
])
def test_patois_crossing_strung_with_go_keeps_its_way(prompt, query, leftward):
    """"from di right side a di frame go a di left side": one crossing, from one side to the other."""
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Seen from above, a dog walk from di lower left corner to di upper left corner, den to di upper right corner.",
     "dog", BL_TL_TR),
    ("From above, di bird start inna di lower right corner, fly a di lower left corner, den di upper left corner. "
     "Bless up.", "bird", BR_BL_TL),
])
def test_patois_route_keeps_its_corners_and_its_mover(prompt, query, route):
    """A bare verb after one thing is its verb ("a dog walk from"), "den" is "then": three stops, one dog."""
    condition = planned_condition(prompt)
    assert bench.sequential(query, route, condition)


def test_patois_bare_verb_after_a_thing_is_no_part_of_its_name():
    assert names("Look pon it from above: a cat run from di lower left corner to di lower right corner, "
                 "den to di upper right corner.") == ["cat"]


@pytest.mark.parametrize("prompt", [
    "Il cane di Marco runs from the left to the right.",  # one "di": another language's, no patois
    "The pond is calm; a duck swims on it.",
    "Nah, a dog runs to the left.",
    "A dog and a cat sit in the den, then the dog runs off.",
])
def test_ordinary_prompts_are_no_patois(prompt):
    assert not looks_like_patois(prompt.lower())


def test_an_ordinary_route_with_a_bare_name_reads_as_before():
    prompt = ("Seen from above, a ball rolls from the lower left corner to the lower right corner, then the upper right "
              "corner.")
    assert bench.sequential("ball", BL_BR_TR, planned_condition(prompt))


# ------------------------------------------------------------ 2. a reviewer's lettered points
@pytest.mark.parametrize("prompt, query, count", [
    ("Summary of the submission. Major comments: (a) Four flying birds should be in view for the whole clip. "
     "(b) Nothing else should appear. Minor comments: none.", "bird", 4),
    ("Points to address: a) the clip shows one lively cat from start to finish. b) Nothing else should appear.",
     "cat", 1),
    ("Concerns: (i) Two walking dogs are in view the whole clip. (ii) Nothing else should appear.", "dog", 2),
])
def test_a_lettered_points_fence_is_no_late_appearance(prompt, query, count):
    """"(b) Nothing else should appear." fences the clip, as "2. Nothing else should appear." does."""
    condition = planned_condition(prompt)
    assert bench.numeracy(query, count, condition)
    assert bench.visibility(query, False, condition) is False and bench.visibility(query, True, condition) is False


# ------------------------------------------------------------ 3. a game-show host's reveal and audience
@pytest.mark.parametrize("prompt, query, count", [
    ("So the big reveal is... four moving balls! Whole clip, and nothing else! Give it up!", "ball", 4),
    ("Okay, here's the grand reveal... three walking dogs! From the start to the end, and nothing else!", "dog", 3),
])
def test_the_big_reveal_is_no_thing(prompt, query, count):
    assert bench.numeracy(query, count, planned_condition(prompt))


def test_the_contestants_are_addressed_and_a_vanishing_stays_one():
    prompt = ("The big reveal, contestants: one flying bird in the first half of the clip, and in the second half, "
              "no bird!")
    assert bench.visibility("bird", False, planned_condition(prompt))
    assert names(prompt) == ["bird"]


def test_a_reveal_that_is_a_scenes_act_stays():
    """"the curtain opens to reveal two cats": a thing revealing, read as before (two cats, the curtain kept out)."""
    assert bench.numeracy("cat", 2, planned_condition("The curtain opens to reveal two cats."))
