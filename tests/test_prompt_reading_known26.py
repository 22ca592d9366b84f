"""A thing named again is drawn once, and a thing called by name before an order to wait is in the scene.

Each family was misread in other words before: a bare answer named again after a "so" or a "yes", a "yes" to "is that
a dog running left?", an answer named again with "too" (which adds a deed, not a thing), and "Dog, stay still." (the
dog called, not the listeners).
"""

import pytest

from tests.helpers.planned import PLANNER, moves_drawn


# ------------------------------------------------------------ 1. an answer named again after "so", "yes", "well"
@pytest.mark.parametrize("prompt, drawn", [
    ("What do I spot? A fox. So a fox runs left.", {"fox": ["left"]}),
    ("What's out there? A rabbit. Yes, a rabbit hops to the right.", {"rabbit": ["right"]}),
    ("Guess what I saw. A deer. Well, a deer walks to the left.", {"deer": ["left"]}),
    ("A cat. Now, a cat walks to the right.", {"cat": ["right"]}),
    ("What's in the pond? A duck. Right, a duck swims to the left.", {"duck": ["left"]}),
    ("Who's there? A goat. Alright, a goat trots left.", {"goat": ["left"]}),
    ("A horse. Well then, a horse walks right.", {"horse": ["right"]}),
    ("A duck. Yes indeed, a duck swims to the left.", {"duck": ["left"]}),
    ("What sits on the fence? A crow. Sure, a crow flies off to the right.", {"crow": ["right"], "fence": [""]}),
])
def test_a_bare_answer_named_again_after_a_going_on_word_is_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 2. "is that a dog running left? yes, a dog ..."
@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog running to the left? Yes, a dog runs to the left.", {"dog": ["left"]}),
    ("Is that a cat walking right? Yep, a cat.", {"cat": ["right"]}),
    ("Could that be a ball rolling towards the right? Yes! A ball rolls to the right.", {"ball": ["right"]}),
    ("Is that a horse galloping left? Sure, a horse gallops left across the field.", {"horse": ["left"]}),
])
def test_a_yes_to_a_thing_asked_with_its_way_is_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog running left? Yes, a dog near the fence.", {"dog": ["left"]}),
    ("Is that a cat walking to the right? Yep, a cat, a small one.", {"cat": ["right"]}),
    ("Is that a dog running left? Yes, a dog, in the top right corner.", {"dog": ["left"]}),
    ("Is that a fox trotting to the right? Yes, a fox beneath the old oak.", {"fox": ["right"]}),
])
def test_a_yes_with_details_but_no_deed_keeps_the_questions_way(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog right there? Yes, a dog near the fence.", {"dog": [""]}),
    ("Is that a dog right here? Yes, a dog.", {"dog": [""]}),
])
def test_a_yes_to_a_thing_asked_with_no_going_carries_no_way(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog running left? Yes, a dog runs right.", {"dog": ["left", "right"]}),
    ("Is that a cat walking to the right? Yep, a cat walks to the left.", {"cat": ["left", "right"]}),
])
def test_a_yes_with_its_own_move_to_the_other_side_keeps_both(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 1b. a one-more word counts only before the kind
@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog? Yes, a dog with a new collar runs left.", {"collar": [""], "dog": ["left"]}),
    ("Is that a red ball? Yes, a ball in a different spot rolls right.", {"red ball": ["right"]}),
    ("Is that a dog? Yes, a dog, further to the left, runs left.", {"dog": ["left"]}),
    ("Is that a cat on the left? Yes, a cat with extra fluffy fur.", {"cat": [""]}),
    ("Is that a horse? Yes, a horse takes a different path to the right.", {"horse": ["right"]}),
    ("Is that a duck? Yes, a duck swims further to the left.", {"duck": ["left"]}),
])
def test_a_one_more_word_about_something_else_keeps_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, thing", [
    ("What is in the field? A horse. A horse walks to a new spot on the left.", "horse"),
    ("What is on the road? A car. A car drives to a different lane on the right.", "car"),
    ("What is in the pond? A duck. A duck swims to the left a second later.", "duck"),
])
def test_an_answer_named_again_with_a_one_more_word_about_something_else_is_one_thing(prompt, thing):
    assert len(moves_drawn(prompt)[thing]) == 1


@pytest.mark.parametrize("prompt", [
    "Is that a dog? Yes, a new dog runs left.",
    "Is that a cat? Yes, one more cat walks to the right.",
])
def test_a_one_more_word_before_the_kind_is_a_second_thing(prompt):
    assert len(next(iter(moves_drawn(prompt).values()))) == 2


# ------------------------------------------------------------ 3. "too" and "also" add a deed, not a thing
@pytest.mark.parametrize("prompt, drawn", [
    ("What is in the field? A horse. A horse grazes too.", {"horse": [""]}),
    ("What's on the lawn? A rabbit. A rabbit hops to the left as well.", {"rabbit": ["left"]}),
    ("Who barks? A dog. A dog also runs to the right.", {"dog": ["right"]}),
])
def test_an_answer_named_again_with_too_is_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Is that a dog? Yes, a dog also barks.", {"dog": [""]}),
    ("Is that a cat? Yep, a cat walks to the left too.", {"cat": ["left"]}),
])
def test_a_yes_answer_with_too_adding_a_deed_is_one_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, thing", [
    ("Who sits on the bench? A man. A man sits beside him too.", "man"),
    ("What's in the pen? A pig. A pig too, on the right.", "pig"),
    ("What's in the barn? A cow. A cow stands next to her too.", "cow"),
])
def test_too_on_a_thing_set_by_the_first_or_bare_is_one_more(prompt, thing):
    assert len(moves_drawn(prompt)[thing]) == 2


@pytest.mark.parametrize("prompt, thing", [
    ("What is in the field? A horse. Another horse grazes.", "horse"),
    ("Who barks? A dog. A dog and one more run to the right.", "dog"),
    ("Is that a dog? Yes, and a dog runs in too.", "dog"),
    ("What's on the lawn? A rabbit. A second rabbit hops to the left.", "rabbit"),
])
def test_one_more_of_the_kind_stays_a_new_thing(prompt, thing):
    assert len(moves_drawn(prompt)[thing]) == 2


# ------------------------------------------------------------ 4. the thing called before an order to wait
@pytest.mark.parametrize("prompt, drawn", [
    ("Dog, stay still. A cat runs to the left.", {"cat": ["left"], "dog": [""]}),
    ("Doggy, stay still. A cat runs to the left.", {"cat": ["left"], "dog": [""]}),
    ("Kitty, sit! A dog runs to the left.", {"cat": [""], "dog": ["left"]}),
    ("Horsey, wait there. A cow walks to the left.", {"cow": ["left"], "horse": [""]}),
])
def test_a_thing_called_before_an_order_to_wait_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Everyone, stay tuned. A dog runs to the left.", {"dog": ["left"]}),
    ("Folks, please remain seated. A cat runs to the left.", {"cat": ["left"]}),
    ("Dog lovers, stay tuned. A dog runs to the left.", {"dog": ["left"]}),
    ("Cat fans, please wait. A cat runs to the right.", {"cat": ["right"]}),
    ("Good dog, stay. A dog sits on the left.", {"dog": [""]}),
])
def test_the_listeners_told_to_wait_stay_out(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Good boy, stay. A cat runs to the left.", {"cat": ["left"]}),
    ("Good girl, sit. A ball rolls left.", {"ball": ["left"]}),
    ("Student, wait. A fox runs left.", {"fox": ["left"]}),
    ("Young man, stay still. A fox runs left.", {"fox": ["left"]}),
    ("Children, sit down. A horse trots to the right.", {"horse": ["right"]}),
])
def test_a_person_or_praise_called_before_an_order_to_wait_is_no_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 5. unseen until, or before, a later half
def _shown_from_the_second_half(prompt: str) -> bool:
    boxes = PLANNER.plan(prompt, num_keyframes=6).layout.objects[0].boxes
    return [box is not None for box in boxes] == [False] * 3 + [True] * 3


@pytest.mark.parametrize("prompt", [
    "A dog cannot be spotted until the second half.",
    "A fox won't be spotted until the second half.",
    "A dog is not visible before the second half.",
    "A cat can't be seen before the second half.",
    "A dog is absent before the second half.",
    "A dog stays hidden before the second half.",
    "A dog is nowhere to be seen before the second half.",
    "A hare is missing before the second half.",
])
def test_a_thing_unseen_before_a_later_half_comes_then(prompt):
    assert _shown_from_the_second_half(prompt)


# ------------------------------------------------------------ 6. the speaker's own creature, set off by an aside
@pytest.mark.parametrize("prompt, drawn", [
    ("My dog, as usual, brought me a ball.", {"ball": [""], "dog": [""]}),
    ("My cat, as always, gave me a mouse.", {"cat": [""], "mouse": [""]}),
    ("My dog, as ever, fetched me a ball.", {"ball": [""], "dog": [""]}),
    ("My parrot, as always, handed me a ball.", {"ball": [""], "parrot": [""]}),
])
def test_the_speakers_own_creature_set_off_by_an_aside_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_the_speakers_feed_set_off_by_an_aside_stays_out():
    assert moves_drawn("My feed, as usual, served me a video of a cat running to the left.") == {"cat": ["left"]}


# ------------------------------------------------------------ 7. a bidding on the reader's prop, a call after it
@pytest.mark.parametrize("prompt, drawn", [
    ("Turn the page, dear reader! A dog runs to the left.", {"dog": ["left"]}),
    ("Flip the page, young readers! A cat walks to the right.", {"cat": ["right"]}),
    ("Shuffle the deck, dear friends! A horse trots to the left.", {"horse": ["left"]}),
])
def test_a_bidding_on_the_readers_prop_with_a_call_is_no_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn
