"""Set 144's voices read as ways of writing, in new prompts: a to-do list's items, a dictionary entry, a commentator.

A to-do list's item is a sentence of its own, so a chore after the clip's item ("[x] tax return") never runs on as
its words and a "clip:" item's half never swaps with the next item's; a bare move said with a route listed after a
colon ("moving ball rolls: A, B, C") is that route's move, not a leg before it; a dictionary entry's usage example
in quotes is the scene, its headword and definitions are not; a verb form right after "the" heading a two-word name
("quite the pitch invader.") is no move; and a clause of no subject joined on by ", and" to a thing with its own verb
("Pulled away, and the ball runs ...") tells someone else's act. Each is checked with LVD's own predicates.
"""

import pytest

from pipelines.lvd.dictionary_entries import dictionary_entry_in_plain_words, quoted_examples
from pipelines.lvd.thread_form_and_sitrep_voices import tick_boxes_read
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import centres, names, planned_condition

LEFTWARD, RIGHTWARD = True, False


# ------------------------------------------------------------ 1. a to-do list's items are sentences of their own
@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("[ ] a tree stays still\n[ ] a horse walks from the right of the tree to the left of the tree\n[x] library return",
     "horse", "tree", LEFTWARD),
    ("[x] post the parcel\n[ ] the box stays still\n[ ] a cat runs from the left of the box to the right of the box\n"
     "[ ] tax return", "cat", "box", RIGHTWARD),
])
def test_a_chore_after_the_clips_item_is_no_words_of_it(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("[ ] clip: a lively cat in the first half\n[ ] no cat in the second half\n[x] call mum", "cat"),
    ("[x] groceries\n[ ] clip: moving ball in the first half\n[ ] no ball in the second half", "ball"),
])
def test_a_clip_items_half_stays_its_own(prompt, query):
    assert bench.visibility(query, False, planned_condition(prompt))


def test_an_items_indented_lines_are_its_words_and_its_stop_comes_after_them():
    assert tick_boxes_read("[ ] make the clip\n    two cats\n    nothing else\n[x] rest") == (
        "make the clip\n    two cats\n    nothing else.\nrest.")


def test_an_item_that_ends_on_a_mark_of_its_own_gets_no_second():
    assert tick_boxes_read("[ ] a dog runs left!\n[ ] then it sits,\n[x] a cat naps") == (
        "a dog runs left!\nthen it sits,\na cat naps.")


@pytest.mark.parametrize("prompt, mover, drawn", [
    ("- [ ] a ball rolls from the left to the right\n- [x] a cat sits in the middle", "ball", ["ball", "cat"]),
    ("☐ a dog runs from the left to the right\n☐ a cat sits in the middle", "dog", ["cat", "dog"]),
])
def test_a_list_of_scene_items_still_draws_every_item(prompt, mover, drawn):
    assert names(prompt) == drawn
    assert bench.one_object_motion(mover, RIGHTWARD, planned_condition(prompt))


# ------------------------------------------------------------ 2. a bare move said with a listed route
@pytest.mark.parametrize("prompt, query, route", [
    ("seen from above. walking dog goes: lower left corner, upper left corner, upper right corner", "dog",
     ("lower left", "upper left", "upper right")),
    ("[ ] top-down shot\n[ ] moving car drives: lower right corner, lower left corner, upper left corner\n[x] nap",
     "car", ("lower right", "lower left", "upper left")),
])
def test_a_move_said_with_its_listed_route_starts_at_the_first_stop(prompt, query, route):
    assert bench.sequential(query, route, planned_condition(prompt))


def test_a_route_listed_after_an_article_still_starts_at_its_first_stop():
    prompt = "seen from above. a moving ball rolls: lower left corner, upper left corner, upper right corner"
    assert bench.sequential("ball", ("lower left", "upper left", "upper right"), planned_condition(prompt))


# ------------------------------------------------------------ 3. a dictionary entry
@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("hover, v. 1. To stay in the air. 'A bird flies from the left of the tree to the right of the tree while the tree "
     "stays still.'", "bird", "tree", RIGHTWARD),
    ('drift, v. 2. To be carried slowly. Example: "a ball rolls from the right of the box to the left of the box, the '
     'box staying still."', "ball", "box", LEFTWARD),
])
def test_a_dictionary_entrys_usage_example_is_the_scene(prompt, mover, reference, leftward):
    assert bench.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_an_apostrophe_inside_the_example_does_not_end_it():
    prompt = "leap, v. 1. To jump. 2. To move quickly. 'The cat's jump takes it from the left side of the frame to the " \
             "right side.'"
    track = centres(prompt)["cat"]
    assert track[0][0] < 0.3 and track[-1][0] > 0.7  # from the left side to the right side
    assert max(c[1] for c in track) - min(c[1] for c in track) < 0.05  # along the ground: "jump" is the example's noun


def test_an_entry_with_no_quoted_example_keeps_what_its_usage_label_heads():
    assert dictionary_entry_in_plain_words("trot, v. To go at a brisk pace. Usage: two horses walk to the right.") == (
        "two horses walk to the right.")


@pytest.mark.parametrize("text, examples", [
    ("'a dog's ball rolls.' and \u2018the cats\u2019 bowl\u2019", ["a dog's ball rolls.", "the cats"]),
    ("no quotes here", []),
    ("'left open", ["left open"]),
])
def test_quoted_examples(text, examples):
    assert quoted_examples(text) == examples


def test_quoted_words_in_an_ordinary_prompt_stay_as_they_are():
    prompt = "A ball rolls to the right. 'Nice one,' says the boy."
    assert dictionary_entry_in_plain_words(prompt) == prompt
    assert bench.one_object_motion("ball", RIGHTWARD, planned_condition(prompt))


# ------------------------------------------------------------ 4. a commentator's asides
def test_a_verb_form_heading_a_two_word_name_after_the_is_no_move():
    prompt = "A walking dog crosses from the right side of the frame to the left side. Cheeky thing, the pitch invader."
    track = centres(prompt)["dog"]
    assert all(c is not None for c in track) and track[-1][0] < track[0][0]
    assert max(c[1] for c in track) - min(c[1] for c in track) < 0.05  # no throw: it walks along the ground


@pytest.mark.parametrize("prompt, leftward", [
    ("Pushed away, and the moving ball runs from the left side of the frame to the right side.", RIGHTWARD),
    ("Hit off the pads, and the moving ball runs from the right side of the frame to the left side. Lovely.", LEFTWARD),
])
def test_a_subjectless_clause_joined_on_by_and_is_no_move_of_the_thing_after(prompt, leftward):
    track = centres(prompt)["ball"]
    assert all(c is not None for c in track)  # never gone
    start, end = (0.8, 0.2) if leftward else (0.2, 0.8)
    assert abs(track[0][0] - start) < 0.1 and abs(track[-1][0] - end) < 0.1  # from one side of the frame to the other


def test_a_fronted_participle_before_its_thing_is_still_its_move():
    track = centres("Falling from the sky, a leaf drifts down.")["leaf"]
    assert track[-1][1] - track[0][1] > 0.4  # it falls


def test_a_verb_after_and_then_before_the_thing_is_still_its_move():
    track = centres("Falling, and then bouncing, a ball comes to rest on the right.")["ball"]
    assert track[2][1] - track[0][1] > 0.3 and track[-1][0] > 0.6  # it falls, then ends on the right
