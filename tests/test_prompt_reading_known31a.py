"""Phrasings the planner was known to misread, each tried as a family in new words.

A thing of the scene called by its bare name before its "you" stays the scene's when the rest of the prompt names no
other thing than people called ("Children, you just look on."), a cry ("Oh man...", "Holy cow!") or other things
called in turn ("Cat, you walk left. Horse, you trot right."): the people and the cry are never drawn. A verb the
tables do not know closing its subject's clause ("When the rooster crowed, a goat walked right") keeps that subject
out of the next move; a setting word describing a thing ("the night train") leaves the thing in; how often, opening
the prompt ("Four times, a frog hops"), counts no things; and a closing tally ("... Two cats.") counts the things
told one by one before it, called by name or not.
"""

import pytest

from tests.helpers.planned import PLANNER, names, ways_of

# ------------------------------------------------------------ 1. a thing called stays beside the people or cries called
CALLS_BESIDE_PEOPLE_OR_CRIES = [
    ({"cat": "right"}, "Cat, you walk to the right. Children, you just look on."),
    ({"horse": "left"}, "Horse, you gallop to the left. Folks, you just see it go."),
    ({"dog": "left"}, "Dog, you run to the left. Kids, keep your eyes on it."),
    ({"car": "right"}, "Car, you drive to the right. Oh man..."),
    ({"goat": "left"}, "Goat, you walk to the left. Holy cow!"),
    ({"little fox": "right"}, "Little fox, you run to the right. Boys and girls, you watch closely."),
    ({"cat": "left", "horse": "right"}, "Cat, you walk left. Horse, you trot right."),
    ({"ball": "right", "dog": "left"}, "Ball, you roll to the right. Dog, you run to the left. Kids, you look."),
]


@pytest.mark.parametrize("ways, prompt", CALLS_BESIDE_PEOPLE_OR_CRIES)
def test_a_thing_called_stays_beside_people_or_cries_called(ways, prompt):
    assert ways_of(prompt) == ways


@pytest.mark.parametrize("drawn, prompt", [
    # another thing named, not called, still makes the call no thing of the scene
    (["dog", "dog"], "Bird, you fly left. Two dogs."),
    (["dog"], "Bird, you fly left. Kids, a dog runs to the right."),
    (["dog"], "Horse, you trot left. The dog sits."),
    # people called and told alone stay the audience, no thing
    (["ball"], "Kids, you watch. A ball rolls to the left."),
    # a counted name set off alone is named, no call
    (["cat", "cat"], "Dog, you run left. Two cats."),
])
def test_a_thing_named_beside_the_call_is_kept(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 2. a verb the tables do not know closing its clause
UNKNOWN_VERBS_CLOSING_A_CLAUSE = [
    ({"rooster": "", "goat": "right"}, "When the rooster crowed, a goat walked to the right."),
    ({"horse": "", "dog": "right"}, "The horse neighed and a dog ran to the right."),
    ({"cow": "", "cat": "left"}, "As the cow mooed loudly, a cat crept to the left."),
    ({"duck": "", "car": "right"}, "The duck quacks, a car drives to the right."),
    ({"dog": "", "horse": "left"}, "When the dog howls, a horse gallops to the left."),
]


@pytest.mark.parametrize("ways, prompt", UNKNOWN_VERBS_CLOSING_A_CLAUSE)
def test_a_verb_the_tables_do_not_know_keeps_its_subject_out_of_the_next_move(ways, prompt):
    assert ways_of(prompt) == ways


@pytest.mark.parametrize("ways, prompt", [
    # a known verb still moves its subject, and subjects listed share the verb after them
    ({"dog": "left", "cat": "left"}, "The dog and a cat ran to the left."),
    ({"dog": "right"}, "The dog walked to the right."),
    # an unknown verb with an object keeps it ("squeezes a sponge")
    ({"zorblax": "", "cat": "left"}, "A zorblax glimmers. A cat runs to the left."),
    # "our heroes, two cars": an unknown plural before a count is still its name
    ({"car": "left"}, "When last we left our heroes, one car, it drove to the left."),
])
def test_known_verbs_and_names_keep_their_reading(ways, prompt):
    assert ways_of(prompt) == ways


# ------------------------------------------------------------ 3. a setting word describing a thing is no setting clause
@pytest.mark.parametrize("drawn, prompt", [
    (["cat", "train"], "As the night train leaves, a cat walks to the right."),
    (["bus", "horse"], "When the evening bus pulls in, a horse trots to the left."),
    (["car", "dog"], "Once the morning car is parked, a dog runs to the right."),
    (["boat", "duck"], "After the dawn boat sails off, a duck paddles to the left."),
])
def test_a_setting_word_before_a_thing_keeps_the_thing(drawn, prompt):
    assert names(prompt) == drawn


@pytest.mark.parametrize("drawn, prompt", [
    # the setting itself, with its own verb, is still no thing
    (["dog"], "As the morning light fades, a dog runs to the left."),
    (["horse"], "Once the rain stopped, a horse trotted to the right."),
    (["cat"], "While the evening breeze blows, a cat walks to the right."),
    (["bird"], "When the night sky darkens, a bird flies to the left."),
])
def test_a_setting_clause_still_names_no_thing(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 4. how often, opening the prompt
@pytest.mark.parametrize("drawn, prompt", [
    (["frog"], "Four times, a frog hops to the right."),
    (["ball"], "Five times a ball bounces on the floor."),
    (["dog"], "Not once, not twice, but four times a dog jumps."),
    (["kangaroo"], "Several times a kangaroo hops to the left."),
])
def test_how_often_opening_the_prompt_is_no_thing(drawn, prompt):
    assert names(prompt) == drawn


@pytest.mark.parametrize("drawn, prompt", [
    (["cat", "cat", "cat"], "Three cats walk to the right."),
    (["ball", "dog"], "A dog runs left. Three times a ball bounces."),
])
def test_counted_things_beside_how_often_stay(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 5. a closing tally counts the things told one by one
def _ways_by_name(prompt: str) -> list[tuple[str, str]]:
    """Each drawn thing's name and the way it moves ("left", "right" or "" for none), sorted."""
    layout = PLANNER.plan(prompt).layout
    found = []
    for obj in layout.objects:
        shown = [box for box in obj.boxes if box is not None]
        start, end = (shown[0][0] + shown[0][2]) / 2, (shown[-1][0] + shown[-1][2]) / 2
        found.append((obj.name, "left" if end < start - 0.2 else "right" if end > start + 0.2 else ""))
    return sorted(found)


CLOSING_TALLIES = [
    ([("cat", "left"), ("cat", "right")], "A cat walks to the left. Another cat walks to the right. Two cats."),
    ([("dog", ""), ("dog", "right")], "A dog sits. A dog runs to the right. Two dogs in all."),
    ([("horse", "left"), ("horse", "right")], "Horse, you trot to the left. Horse, you trot to the right. Two horses."),
    ([("duck", ""), ("duck", "left"), ("duck", "right")],
     "Duck, you paddle left. Duck, you paddle right. Duck, you stay still. Three ducks."),
    ([("owl", "left"), ("owl", "right")], "Hello, owl! You fly to the left. Hi, owl! You fly to the right. Two owls."),
]


@pytest.mark.parametrize("drawn, prompt", CLOSING_TALLIES)
def test_a_closing_tally_counts_the_things_told_before(drawn, prompt):
    assert _ways_by_name(prompt) == drawn


@pytest.mark.parametrize("drawn, prompt", [
    # a tally of another kind, or larger than what was told, still names things of its own
    (["cat", "dog", "dog"], "A cat walks to the left. Two dogs."),
    (["bird", "bird", "bird", "bird"], "A bird flies left. Another bird flies right. Two birds sit."),
    (["dog", "dog", "dog"], "A dog runs to the left. Two dogs."),
    # a group told first keeps its members ("Two dogs sit. A dog runs left.")
    (["dog", "dog"], "Two dogs sit. A dog runs to the left."),
])
def test_a_count_naming_more_things_stays(drawn, prompt):
    assert names(prompt) == drawn


def test_a_kind_called_twice_without_a_count_is_one_thing():
    assert names("Cat, you walk to the left. Cat, you walk to the right.") == ["cat"]


# ------------------------------------------------------------ 6. a fronted "after" or "once" clause is the first step
def _start_of_move(prompt: str, name: str) -> int:
    """The first keyframe (of 8) at which the named thing has moved off its first place."""
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    boxes = next(obj.boxes for obj in layout.objects if obj.name == name)
    first = boxes[0]
    return next(at for at, box in enumerate(boxes) if abs(box[0] - first[0]) > 0.02)


@pytest.mark.parametrize("prompt, mover", [
    ("Once the evening train arrives, a horse trots to the left.", "horse"),
    ("After a truck drives to the right, a cat walks to the left.", "cat"),
    ("As soon as the ball lands, the dog runs to the right.", "dog"),
    ("After the goose honked, a fox ran to the right.", "fox"),
])
def test_the_main_clause_after_a_fronted_step_moves_later(prompt, mover):
    assert _start_of_move(prompt, mover) >= 3


@pytest.mark.parametrize("ways, prompt", [
    ({"fox": "left"}, "After the goose honked, a fox ran to the left."),
    ({"truck": "right", "cat": "left"}, "After a truck drives to the right, a cat walks to the left."),
])
def test_a_fronted_step_keeps_each_way(ways, prompt):
    assert {name: way for name, way in ways_of(prompt).items() if way} == ways


@pytest.mark.parametrize("prompt, mover", [
    # a fronted time or a story's opening is no step
    ("After the first half, a dog runs to the left.", None),
    ("Once upon a time, a cat walked to the right.", "cat"),
])
def test_a_fronted_time_is_no_step(prompt, mover):
    if mover is None:
        assert names(prompt) == ["dog"]
    else:
        assert _start_of_move(prompt, mover) <= 1


@pytest.mark.parametrize("prompt, mover", [
    # "once" of how often, or of a sentence joined by "and", is no subordinator: both move at once
    ("Once a day the dog runs left, and the cat walks right.", "cat"),
    ("Once a dog ran left, and a cat ran right.", "cat"),
    ("Once a week the bird flies right, and the horse trots left.", "horse"),
    ("Once a boy walked right, but a girl ran left.", "girl"),
])
def test_a_once_of_how_often_or_of_joined_clauses_is_no_step(prompt, mover):
    assert _start_of_move(prompt, mover) <= 1


@pytest.mark.parametrize("prompt, mover", [
    # the fronted clause draws no change, so nothing to wait for
    ("Once the car passes, the dog crosses to the right.", "dog"),
    ("Once the lights go out, the dog crosses to the right.", "dog"),
    ("As soon as the ball stops, the dog runs to the right.", "dog"),
    ("After the bus waits, a cat walks to the left.", "cat"),
    ("Once the shadows move, a horse trots to the left.", "horse"),
])
def test_the_main_clause_does_not_wait_for_an_undrawn_step(prompt, mover):
    assert _start_of_move(prompt, mover) <= 1
