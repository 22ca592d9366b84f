"""A fifteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A verb of travel with no way ("a dog runs fast", "a cat dashes") still travels, left to right, the planner's default way; a thing
described as travelling ("look at that moving car") moves; "where" after a thing ("rolls onto a table where a cat sits") opens a
clause whose subject rests at that thing, and the verb before it takes no object from it; a thing made, had or let do something
("make a cat flap like a bird") is that verb's subject, not half of a compound; a closing idiom ("..., and that's the whole
package", "the whole shebang") sums the scene up and names no thing; an older English's auxiliaries ("the frame doth hold but one
bird", "hath") are today's, never a noun; a false start ("two tame tabby... no, two lively cats", "a red, rather a green, car")
draws only what was said in its place; "respectively" after several things, a group among them, gives each its colour in order
("the dog and the two cats are respectively brown and white": the dog brown, both cats white); a question on where the move just
told ends, answered by a place ("Where does it end? On the left."), gives that move's end; a return after a move in view ("walks
out halfway and returns", "flies off to the left and comes back later") is the way back, one track. "One cat in a box on a sofa"
(item 8) already reads each place as it reads it alone; its test guards that.
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers.planned import PLANNER, centres, names


def _travel(prompt: str) -> float:
    """How far the prompt's first object goes across the frame, start to end (positive: rightward)."""
    first = PLANNER.plan(prompt, num_keyframes=8).layout.objects[0]
    return (first.boxes[-1][0] + first.boxes[-1][2]) / 2 - (first.boxes[0][0] + first.boxes[0][2]) / 2


# ------------------------------------------------------------ 1. a verb of travel with no way still travels
@pytest.mark.parametrize("prompt", ["A dog runs fast.", "A cat dashes.", "A horse gallops quickly.", "The car speeds.",
                                    "A bird flies swiftly.", "Two dogs sprint.", "A man walks in the park."])
def test_a_traveller_with_no_way_goes_left_to_right(prompt):
    assert _travel(prompt) > 0.3
    assert any("default way" in note for note in PLANNER.plan(prompt).notes)


@pytest.mark.parametrize("prompt, least, most", [
    ("A dog runs fast to the left.", -1.0, -0.3),
    ("A dog sits.", -0.01, 0.01),
    ("A cat sleeps on a sofa.", -0.01, 0.01),
    ("A dog jumps.", -0.05, 0.05),
    ("A balloon floats.", -0.05, 0.05),
    ("A dog runs in place.", -0.01, 0.01),
    ("A man runs on a treadmill.", -0.01, 0.01),
    ("A girl jogs on the spot.", -0.01, 0.01),
])
def test_a_said_way_or_a_still_verb_keeps_its_reading(prompt, least, most):
    assert least <= _travel(prompt) <= most


# ------------------------------------------------------------ 2. "that moving car": described as travelling, it travels
@pytest.mark.parametrize("prompt", ["Look at that moving car.", "Look at this moving ball.", "See that moving dog.",
                                    "Look at that rolling ball.", "A running dog."])
def test_a_thing_described_as_travelling_moves(prompt):
    assert _travel(prompt) > 0.3


@pytest.mark.parametrize("prompt", ["Look at that parked car.", "Look at that red car.", "A sleeping dog."])
def test_a_thing_described_otherwise_stays(prompt):
    assert abs(_travel(prompt)) < 0.01


# ------------------------------------------------------------ 3. "onto a table where a cat sits": the cat rests there
@pytest.mark.parametrize("prompt, mover, place, rester", [
    ("A ball rolls slowly onto a table where a cat sits.", "ball", "table", "cat"),
    ("A ball rolls onto a chair where a dog sits.", "ball", "chair", "dog"),
    ("A bird flies onto a table where a cat sits.", "bird", "table", "cat"),
])
def test_the_mover_goes_to_the_place_and_the_one_resting_there_stays(prompt, mover, place, rester):
    seen = centres(prompt)
    assert sorted(seen) == sorted([mover, place, rester])
    assert abs(seen[mover][-1][0] - seen[place][-1][0]) < 0.1  # the mover ends at the place
    assert abs(seen[mover][-1][0] - seen[mover][0][0]) > 0.2  # having travelled there
    assert len(set(seen[rester])) == 1  # the one resting there stays
    assert abs(seen[rester][0][0] - seen[place][0][0]) < 0.1 and seen[rester][0][1] < seen[place][0][1]  # on it


# ------------------------------------------------------------ 4. "make a cat flap like a bird": the cat does it
@pytest.mark.parametrize("prompt, drawn", [
    ("Can you make a cat flap like a bird?", ["cat"]),
    ("Let a cat leap onto a table.", ["cat", "table"]),
    ("Have a bird hover above a car.", ["bird", "car"]),
    ("Make a big red cat leap to the left.", ["big red cat"]),
    ("Please let a dog skid to the right.", ["dog"]),
])
def test_a_thing_made_to_do_something_is_the_one_doing_it(prompt, drawn):
    assert names(prompt) == drawn


def test_a_cat_flap_named_as_a_thing_is_still_read_as_before():
    assert names("A cat flap in a door.") == ["cat", "door"]


@pytest.mark.parametrize("prompt", ["A bird hovers.", "Can you make a cat flap like a bird?", "A butterfly flutters."])
def test_wings_beating_in_place_go_nowhere(prompt):
    assert abs(_travel(prompt)) < 0.05


# ------------------------------------------------------------ 5. "and that's the whole package": a closing idiom
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs to the left, and that's the whole package.", ["dog"]),
    ("A ball rolls right, and that is the whole package.", ["ball"]),
    ("Two cats sit on a sofa, the whole shebang.", ["cat", "cat"]),
    ("A red car drives left - the whole kit and caboodle.", ["red car"]),
    ("A bird flies up. That's the whole package!", ["bird"]),
])
def test_a_closing_idiom_names_no_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A dog carries the whole package to the left.", ["dog", "package"]),
    ("The whole package falls off a table.", ["package", "table"]),
])
def test_a_whole_thing_acted_on_is_still_a_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_the_whole_time_still_says_how_long():
    prompt = "A dog sits on the left, the whole time."
    assert PLANNER.plan(prompt).layout == PLANNER.plan("A dog sits on the left the whole time.").layout


# ------------------------------------------------------------ 6. "doth hold", "hath": an older English's auxiliaries
@pytest.mark.parametrize("prompt, plain", [
    ("The frame doth hold but one bird.", "The frame holds but one bird."),
    ("The picture hath but one cat.", "The picture has but one cat."),
    ("A dog doth run to the left.", "A dog runs to the left."),
    ("The bird hath flown to the right.", "The bird has flown to the right."),
    ("A cat doth sit upon a mat.", "A cat sits on a mat."),
    ("Thou dost see a ball roll left.", "You see a ball roll left."),
])
def test_an_older_auxiliary_reads_as_todays(prompt, plain):
    assert PLANNER.plan(prompt).layout.objects == PLANNER.plan(plain).layout.objects
    assert not any("doth" in note or "hath" in note or "dost" in note for note in PLANNER.plan(prompt).notes)


# ------------------------------------------------------------ 7. a false start: what was taken back is not drawn
@pytest.mark.parametrize("prompt, drawn", [
    ("Two tame tabby... no, two lively cats.", ["cat", "cat"]),
    ("Two tame tabby, no, two lively cats.", ["cat", "cat"]),
    ("A big dog... sorry, a small cat sits.", ["small cat"]),
    ("A big dog, sorry, a small cat sits.", ["small cat"]),
    ("A red, rather a green, car drives right.", ["green car"]),
    ("A red, I mean a green, car.", ["green car"]),
    ("A cat chases a dog, no, a mouse.", ["cat", "mouse"]),
])
def test_what_a_correction_takes_back_is_not_drawn(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A dog sits, no cat in sight.", ["dog"]),
    ("A dog runs left... a cat follows.", ["cat", "dog"]),
    ("A red — sorry, a blue ball.", ["blue ball"]),
])
def test_no_correction_is_read_where_none_is_made(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 8. "one cat in a box on a sofa": read as each place alone
@pytest.mark.parametrize("prompt, drawn, alone", [
    # the box is the cat's place, as in "one cat in a box"; the sofa is drawn, as in "one cat on a sofa"
    ("One cat in a box on a sofa.", ["cat", "sofa"], ["One cat in a box.", "One cat on a sofa."]),
    ("One cat in a basket on a chair.", ["cat", "chair"], ["One cat in a basket.", "One cat on a chair."]),
    # counted creatures rest there: both are places, as each is alone
    ("Two dogs in a basket on a table.", ["dog", "dog"], ["Two dogs in a basket.", "Two dogs on a table."]),
    ("Two cats in a box on a sofa.", ["cat", "cat"], ["Two cats in a box.", "Two cats on a sofa."]),
])
def test_a_container_on_furniture_is_read_as_each_place_alone(prompt, drawn, alone):
    assert names(prompt) == drawn
    assert sorted(set(names(alone[0]) + names(alone[1]))) == sorted(set(drawn))


# ------------------------------------------------------------ 9. "respectively": one colour per thing listed, in order
@pytest.mark.parametrize("prompt, drawn", [
    ("The dog and the two cats are respectively brown and white.", ["brown dog", "white cat", "white cat"]),
    ("The two dogs and the cat are brown and gray, respectively.", ["brown dog", "brown dog", "gray cat"]),
    ("Two dogs and a cat are black and white respectively.", ["black dog", "black dog", "white cat"]),
    ("A ball and three birds, respectively red and blue.", ["blue bird", "blue bird", "blue bird", "red ball"]),
])
def test_respectively_pairs_each_thing_listed_with_its_colour(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Two cats, red and blue respectively.", ["blue cat", "red cat"]),
    ("The cat and the dog are respectively red and blue.", ["blue dog", "red cat"]),
    ("Respectively pink and gray, a cat and a ball.", ["gray ball", "pink cat"]),
])
def test_respectively_over_one_group_or_single_things_reads_as_before(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 10. "where does it end? on the left": the end of the move
@pytest.mark.parametrize("prompt, end", [
    ("A fox runs across the field. Where does it end? On the left.", "left"),
    ("A ball rolls across. Where does it stop? At the left.", "left"),
    ("A car drives across the road. Where does it finish? On the left side.", "left"),
    ("A bird flies across. Where does it end? The left.", "left"),
    ("A fox runs across the field. Where does the fox end? In the top left corner.", "left"),
    ("A cat walks across the room. Where does it end up? On the right.", "right"),
])
def test_an_answered_question_about_the_end_gives_the_end(prompt, end):
    xs = [centre[0] for centre in next(iter(centres(prompt).values()))]
    assert (xs[-1] < 0.3) if end == "left" else (xs[-1] > 0.7)
    moves = [b - a for a, b in zip(xs, xs[1:]) if abs(b - a) > 0.005]
    assert moves and all((step < 0) == (end == "left") for step in moves)  # one way, no coming back


def test_a_question_about_another_thing_is_left_as_it_was():
    prompt = "A dog runs left. A cat sits. Where does the dog end? On the right."
    assert names(prompt) == ["cat", "dog"]
    assert centres(prompt)["dog"][-1][0] > 0.7


# ------------------------------------------------------------ 11. "walks out halfway and returns": out, then back
@pytest.mark.parametrize("prompt, out", [
    ("A dog walks out halfway and returns.", "right"),
    ("A cat walks out halfway and comes back.", "right"),
    ("A dog runs halfway across and returns.", "right"),
    ("A bird flies off to the left and comes back later.", "left"),
    ("A ball rolls to the right and comes back.", "right"),
    ("A car drives off to the right, then returns.", "right"),
])
def test_a_return_after_a_move_in_view_is_the_way_back(prompt, out):
    xs = [centre and centre[0] for centre in next(iter(centres(prompt).values()))]
    assert None not in xs  # one track, in view throughout
    turn = xs.index(max(xs)) if out == "right" else xs.index(min(xs))
    assert abs(xs[turn] - xs[0]) > 0.25 and abs(xs[turn] - xs[-1]) > 0.25  # out, and back again
    assert 0 < turn < len(xs) - 1


@pytest.mark.parametrize("prompt", ["A dog leaves the frame in the middle and comes back at the end.",
                                    "A car drives off, then comes back.", "A dog comes back at the end."])
def test_a_return_after_leaving_the_view_is_still_a_reappearance(prompt):
    assert "reappears" in rewritten_for_reading(prompt)


def test_a_return_denied_stays_denied():
    assert "never comes back" in rewritten_for_reading("A bird flies to the right and never comes back.")
