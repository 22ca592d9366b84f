"""Prompts in the voices held-out set 150 (tests/helpers/blind_set_150.py) missed, in new words.

- A unit test of the clip: its head ("def test_...(clip):") is never in the video, its docstring and comments are its
  prose, and a check adds only what that prose leaves out (a route's corners, the thing tracked, where it starts).
- A film editor's edit decision list: its title, frame-count mode, event lines and clip names are no things or counts,
  its "* COMMENT:" lines say the clip ("frame left" a side, "head to tail" the whole clip).
- An Irish storyteller: "divil a dog" is none, "a brown bird it was" is a brown bird, and "'tis a short tale." or ",
  God's truth" says nothing of the clip.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.storyteller_voice import storyteller_in_plain_words
from pipelines.lvd.unit_test_and_edl_voices import unit_test_and_edl_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize("prompt, query, count", [
    ('def test_pair_of_dogs(clip):\n    """Two walking dogs, there from start to end."""\n'
     '    assert clip.count("walking dog") == TWO\n    assert clip.labels() == {"walking dog"}', "dog", 2),
    ('def test_four_balls(video):\n    # four moving balls for the whole video and nothing more\n'
     '    assert len(video.find("moving ball")) == FOUR', "ball", 4),
    ('def test_cats():\n    assert clip.count("lively cat") == THREE\n    assert not clip.find_anything_but("lively cat")',
     "cat", 3),
])
def test_a_unit_test_counts_what_it_asserts_once(prompt, query, count):
    """The test's head and its checks restating the docstring add no thing ("test_pair_of_dogs" is no second pair)."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_unittest_case_reads_as_a_pytest_one():
    """unittest's "self.assertEqual(a, b)" is the check "a == b"; the class and its head are never in the video."""
    prompt = ('import unittest\n\nclass TestClip(unittest.TestCase):\n    def test_two_balls(self):\n'
              '        """Two moving balls, start to end."""\n'
              '        self.assertEqual(self.clip.count("moving ball"), 2)\n'
              '        self.assertEqual(self.clip.labels(), {"moving ball"})\n')
    assert lvd.numeracy("ball", 2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ('def test_bird_loop(clip):\n    # filmed from straight above\n'
     '    assert clip.track("bird").corners == ["lower left corner", "upper left corner", "upper right corner"]',
     "bird", BL_TL_TR),
    ('def test_top_view_path(clip):\n    # from above: lower right corner, then lower left, then upper left corner\n'
     '    route = clip.track("cat").corners\n'
     '    assert route == ["lower right corner", "lower left corner", "upper left corner"]', "cat", BR_BL_TL),
])
def test_a_checked_route_is_the_tracked_things_route(prompt, query, route):
    """A check listing corners is the route of the thing it tracks, even when a comment lists them with no thing."""
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ('def test_car_goes_left(clip):\n    car = clip.track("car")\n'
     '    assert (car.starts_on, car.ends_on) == ("right", "left")', "car", True),
    ('def test_ball(clip):\n    assert clip.track("ball").starts_at == "left"\n'
     '    assert clip.track("ball").ends_at == "right"', "ball", False),
])
def test_a_checked_start_and_end_is_a_move(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ('def test_cat_only_later(clip):\n    """A lively cat shows up only in the second half of the clip."""\n'
     '    assert not clip.has("cat", during="first half")\n    assert clip.has("lively cat", during="second half")',
     "cat", True),
    ('def test_car_gone_later(clip):\n    """A moving car in the first half of the clip, no car in the second half."""\n'
     '    assert clip.has("moving car", during="first half")\n    assert not clip.has("car", during="second half")',
     "car", False),
    ('def test_dog_leaves(clip):\n    assert clip.has("walking dog", during="first half")\n'
     '    assert not clip.has("dog", during="second half")', "dog", False),
])
def test_checks_on_a_half_restate_the_docstring_or_tell_it(prompt, query, appears):
    """Checks the docstring already says add nothing; with no docstring, a check on a half is that half's things."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("TITLE: DAILIES\nFCM: DROP FRAME\n012  B003C001 V     C        00:10:01:00 00:10:07:00 01:00:00:00 01:00:06:00\n"
     "* COMMENT: CAT RUNS FRAME RIGHT TO FRAME LEFT, HEAD TO TAIL.", "cat", True),
    ("042  A007C003 V     C        02:14:10:00 02:14:16:00 01:00:20:00 01:00:26:00\n"
     "* COMMENT: BIRD FLIES FROM FRAME LEFT TO FRAME RIGHT. IN SHOT HEAD TO TAIL.", "bird", False),
    ("101  A002C014 V     C        04:20:11:05 04:20:17:05 01:02:00:00 01:02:06:00\n"
     "* FROM CLIP NAME: A002C014\n* COMMENT: car drives from frame left to frame right", "car", False),
])
def test_an_edl_comment_says_the_clip(prompt, query, leftward):
    """The event line's number, reel ("B003C001") and timecodes are no things; "frame right" is the frame's side."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_an_edl_event_number_is_no_count():
    prompt = ("FCM: NON-DROP FRAME\n002  A001C003 V     C        01:00:00:00 01:00:05:00 01:00:10:00 01:00:15:00\n"
              "* COMMENT: TWO FLYING BIRDS IN FRAME HEAD TO TAIL. NOTHING ELSE IN SHOT.")
    assert lvd.numeracy("bird", 2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Yerra, 'tis a long story. Three walking dogs there were, from the start to the end, God's truth.", "dog", 3),
    ("It's a strange business, this. Two moving cars in the clip the whole way through, so it was.", "car", 2),
    ("Musha, 'tis a grand yarn. One lively cat in the clip, start to finish, and nothing else, God's truth.", "cat", 1),
])
def test_a_storytellers_remarks_and_oaths_name_nothing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_divil_a_thing_is_none_of_it():
    """An old curse word before "a" is "not one": no cat in the first half ("nary a" likewise)."""
    prompt = ("Sorra a cat was in the first half of the clip at all. Then in the second half a lively cat came "
              "into it.")
    assert lvd.visibility("cat", True, planned_condition(prompt))


def test_a_fronted_thing_it_was_keeps_its_colour():
    prompt = "A green dog it was, and a purple car beside it, the pair of them there from start to finish."
    assert lvd.attribution("dog", "car", "green", "purple", planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("It is a sunny day. Three cats sit on the grass.", "cat", 3),
    ("Two cars drive along the road, so it was a busy morning.", "car", 2),
    ('spawn(kind="dog", count=2)', "dog", 2),
])
def test_ordinary_prompts_keep_their_reading(prompt, query, count):
    """A remark that is no tale's, an "it was" that fronts nothing, and code with no test head read as before."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("rewrite, trigger", [
    (storyteller_in_plain_words, "divil a a it was 'tis a tale. "),
    (storyteller_in_plain_words, "a a a a a a it was "),
    (unit_test_and_edl_in_plain_words, 'def test_x(clip):\nassert clip.has("cat") # a\n'),
    (unit_test_and_edl_in_plain_words, "001  A V C 01:00:00:00 01:00:00:00 * C: x\n"),
])
def test_a_long_repeat_of_a_trigger_is_read_fast(rewrite, trigger):
    prompt = (trigger * 2000)[:2000]
    start = time.perf_counter()
    rewrite(prompt)
    assert time.perf_counter() - start < 0.1
