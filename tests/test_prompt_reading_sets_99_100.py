"""Prompts in the voices of held-out sets 99 and 100 (tests/helpers/blind_set_99.py, blind_set_100.py), in new words.

- A quiz's questions and answers, "Q." and "A." with a full stop as with a colon: a stage direction in brackets before
  them is no part of the first question; what stands next to a thing named in the question, "what sat beside the red
  box? a blue ball", is the answer's thing there; "what did the cat do? it ran ..." is the cat's act; an answer that
  the thing is gone said with its pronoun, "it had left", is a no; the way asked after a move told with no side of its
  own, "a car drove off. which way? from the left to the right", is that move's way; a view said before a question,
  "from overhead, where did the cat go?", is the camera's, and "where did it go?" asks for its stops.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("[The tape starts.] Q. How many cars were parked? A. Three parked cars. Q. Anything else? A. No.", "car", 3),
    ("(Witness sworn in.) Q. How many dogs did you see? A. Two dogs. Q. Was there anything else? A. Nothing.",
     "dog", 2),
    ("(Pause.) Question. How many balls rolled by? Answer. Four rolling balls.", "ball", 4),
])
def test_a_bracketed_direction_before_a_quiz_is_no_part_of_its_question(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query1, colour1, query2, colour2", [
    ("Q. What sat beside the red box? A. A blue ball. Q. The whole time? A. Yes.", "ball", "blue", "box", "red"),
    ("Q: Who stood next to the white horse? A: A black dog.", "dog", "black", "horse", "white"),
    ("Q. What was near the yellow car? A. A green bird.", "bird", "green", "car", "yellow"),
])
def test_what_stands_by_a_thing_asked_about_is_the_answers_thing(prompt, query1, colour1, query2, colour2):
    assert lvd.attribution(query1, query2, colour1, colour2, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("Q. What was there in the first half? A. A rolling ball. Q. And in the second half? A. It had left.", "ball"),
    ("Q: Anything in the first half? A: A dog, walking. Q: Second half? A: It wasn't there.", "dog"),
    ("Q. What did you see in the first half? A. A horse. Q. And the second half? A. It was gone.", "horse"),
])
def test_gone_said_with_the_things_pronoun_is_a_no(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A: A cat moved across. Q: In which direction? A: From the right side to the left side.", "cat", True),
    ("Q. What happened? A. A ball rolled along. Q. In which direction? A. From the right side to the left side.",
     "ball", True),
    ("A. A bird flew across. Q. Which way? A. From the right to the left.", "bird", True),
])
def test_the_way_asked_after_a_move_told_is_that_moves_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Q. What did the cat do? A. It ran from the right of the box to the left of the box. Q. The box? "
     "A. It stayed put.", "cat", "box", True),
    ("Q: What was the horse doing? A: It trotted from the left of the tree to the right of the tree.",
     "horse", "tree", False),
    ("Q. What did the ball do? A. It rolled from the left of the chair to its right. Q. And the chair? "
     "A. The chair sat still.", "ball", "chair", False),
])
def test_the_pronoun_answering_what_a_thing_did_is_that_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    assert len(names(prompt)) == 2


@pytest.mark.parametrize("prompt, query, route", [
    ("Q. From overhead, where did the cat go? A. Upper left corner, lower left corner, then lower right corner.",
     "cat", ("upper left", "lower left", "lower right")),
    ("Q: Viewed from above, where did the rolling ball go? A: Lower left corner, upper left corner, then upper "
     "right corner.", "ball", ("lower left", "upper left", "upper right")),
    ("Q. In a top-down view, where did the car go? A. Upper right corner, lower right corner, then lower left corner.",
     "car", ("upper right", "lower right", "lower left")),
])
def test_a_view_said_before_a_question_is_the_cameras(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Was the horse to blame? A grey horse trots from the right side of the frame to the left side.", "horse", True),
    ("The bird refuses to sing. A small bird flies from the left side of the frame to the right side.", "bird", False),
    ("The car won't stop for anyone. A red car drives from the right side of the frame to the left side.", "car", True),
    ("The cat never listens. A curious cat walks from the left side of the frame to the right side.", "cat", False),
])
def test_an_opening_tease_on_the_thing_brought_in_next_is_that_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert len(names(prompt)) == 1


@pytest.mark.parametrize("prompt, drawn", [
    ("The cat does not move. A dog runs past the cat.", ["cat", "dog"]),
    ("Is the dog asleep? A cat walks to the left.", ["cat", "dog"]),
])
def test_a_tease_on_another_thing_or_one_told_with_a_side_stays(prompt, drawn):
    assert sorted(names(prompt)) == drawn


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A car is parked as a dog runs from the left of the car to the right of the car. Do not fade it.",
     "dog", "car", False),
    ("The tree stands still as a horse trots from the left of the tree to the right of the tree. Never fade it out.",
     "horse", "tree", False),
    ("A bird flies from the right of a box to the left of the box, and the box stays put. Please don't fade them.",
     "bird", "box", True),
])
def test_an_order_not_to_act_on_a_thing_leaves_it_as_told(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Overhead shot, a rolling ball: from the upper left corner to the upper right corner, then to the lower right "
     "corner. Go smash it, team!", "ball", ("upper left", "upper right", "lower right")),
    ("Seen from above, one cat: from the lower left corner to the upper left corner, then to the upper right "
     "corner. Now smash it.", "cat", ("lower left", "upper left", "upper right")),
    ("Top-down view, red car: from the upper right corner to the lower right corner, then to the lower left corner. "
     "Smash it out of the park, folks.", "car", ("upper right", "lower right", "lower left")),
])
def test_a_closing_cheer_to_the_maker_breaks_nothing(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("A horse is in the first half. By the second half there is no horse; it was gone.", "horse"),
    ("You'll spot a red bus in the first half. In the second half, no bus. It went!", "bus"),
    ("A goat in the first half; in the second half there isn't any goat. It simply went.", "goat"),
])
def test_a_bare_going_after_a_things_absence_is_that_going_told_again(prompt, query):
    assert len(names(prompt)) == 1
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("There's a horse in the first half, and then in the second half no horse in the frame.", "horse"),
    ("Item one: a red bus for the first half, and for the second half no bus on screen.", "bus"),
    ("A sleepy cat in the first half, and in the second half no cat in the picture, folks.", "cat"),
])
def test_an_absence_said_with_the_frames_word_is_a_plain_no(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A grey horse leaves the left side of the screen and trots over to the right side.", "horse", False),
    ("Next up, one red car, leaving the right edge of the frame and heading to the left edge.", "car", True),
    ("A cat leaves the left side of the shot, then walks to the right side.", "cat", False),
    ("Look: a ball, leaving the left side of the picture and rolling toward the right side.", "ball", False),
])
def test_leaving_a_side_of_the_frame_for_another_sets_off_from_it(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    assert len(names(prompt)) == 1


@pytest.mark.parametrize("prompt, query, count", [
    ("Log resumes. Two flying birds, visible from start to end, and nothing else.", "bird", 2),
    ("Harbour watch log: one red boat in view the whole clip. Log continues.", "boat", 1),
    ("Log goes on. One horse, in view from start to end. Nothing else.", "horse", 1),
])
def test_a_records_heading_and_its_running_are_the_writers(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("Night shift log, tape rolling. Three walking dogs, in view the whole time, nothing else.", ["dog"] * 3),
    ("Evening patrol log, tape running. Two birds, in view the whole clip.", ["bird"] * 2),
])
def test_a_records_heading_of_two_words_is_the_writers(prompt, drawn):
    assert names(prompt) == drawn


def test_a_log_told_with_its_article_is_still_drawn():
    assert names("The old wooden log, soaked, rolls to the left.") == ["log"]


@pytest.mark.parametrize("prompt, query", [
    ("Old oak log, drifting slowly from the left to the right.", "log"),
    ("Sticky yellow notes, fluttering from the left to the right.", "note"),
    ("Heavy pine log, slowly drifting from the left to the right.", "log"),
])
def test_a_caption_without_its_article_is_no_records_heading(prompt, query):
    assert lvd.one_object_motion(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q. Where did the dog go? A. To the right.", "dog", False),
    ("Q. What was on the table? A. The cat. Q. Where did the cat go? A. To the left.", "cat", True),
    ("Q: Where did the horse go? A: Over to the left.", "horse", True),
])
def test_one_place_answering_where_a_thing_went_is_its_goal(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("Q. Where was the cat in the second half? A. It was left of the box.", "cat"),
    ("Q. Where was the dog in the second half? A. It was right of the tree.", "dog"),
    ("Q: And the bird in the second half? A: It was left of the car.", "bird"),
])
def test_a_side_given_with_the_pronoun_is_no_going(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("The ball does not move. A ball rolls in from the left and stops next to it.", "ball"),
    ("The dog doesn't move. A dog runs from the left to the right past it.", "dog"),
    ("The lamp does not move. A lamp swings in from the left and stops beside it.", "lamp"),
])
def test_a_denial_of_a_move_or_a_thing_pointed_back_at_is_no_tease(prompt, query):
    assert names(prompt) == [query, query]


@pytest.mark.parametrize("prompt, query", [
    ("A cat sits on the left in the first half. In the second half it is no longer in the frame.", "cat"),
    ("A dog sits on the left in the first half. In the second half it is no longer in the picture.", "dog"),
])
def test_no_longer_in_the_frame_keeps_the_things_place(prompt, query):
    seen = centres(prompt, keyframes=6)[query]
    assert seen[0] is not None and seen[0][0] < 0.35 and seen[-1] is None


@pytest.mark.parametrize("prompt, still", [
    ("Q. What was on the left? A. A red car. Q. And on the right? A. A blue car.", "red car"),
    ("Q. What was on the right? A. A green ball. Q. And on the left? A. A brown box.", "green ball"),
])
def test_a_thing_answering_what_was_on_a_side_stays_still(prompt, still):
    seen = centres(prompt, keyframes=6)[still]
    assert seen[0] is not None and seen[-1] is not None and abs(seen[0][0] - seen[-1][0]) < 0.05


@pytest.mark.parametrize("prompt, query", [
    ("A dog runs from the left to the right. Please, don't fade it.", "dog"),
    ("A dog runs from the left to the right. Don't let it fade.", "dog"),
    ("A cat walks from the right to the left. Don't you dare fade the cat out.", "cat"),
])
def test_an_order_not_to_fade_a_thing_in_other_words_keeps_it(prompt, query):
    seen = centres(prompt, keyframes=6)[query]
    assert all(centre is not None for centre in seen)


@pytest.mark.parametrize("prompt", [
    "A ball rolls from the left to the right. Absolutely smash it!",
    "A ball rolls from the left to the right. Smash it, crew.",
    "A ball rolls from the left to the right. Really nail it, my friends.",
])
def test_a_cheer_with_its_adverb_or_its_listener_breaks_nothing(prompt):
    seen = centres(prompt, keyframes=6)["ball"]
    assert seen[-1][0] - seen[-2][0] > 0.05  # still rolling at the end, never stopped by the cheer
