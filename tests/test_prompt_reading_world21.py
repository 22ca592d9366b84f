"""What is in the clip and what is the speaker's world, read in both directions.

With no screen, label or verb of showing telling the clip apart, everything said is the scene: a watcher told in the
past ("a girl saw a dog run") is a person in it, and so is one who speaks aloud ('A parrot says: "hello".'). Where
the clip is told apart, the speaker's talk around it is not drawn, but what the clip shows always is.
"""

import pytest

from tests.helpers.planned import moves_drawn


# ------------------------------------------------------------ 1. a watcher told in the past is in the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("A girl saw a dog run to the left.", {"dog": ["left"], "girl": [""]}),
    ("The old man saw two birds fly to the right.", {"bird": ["right", "right"], "man": [""]}),
    ("A child found a ball rolling to the left.", {"ball": ["left"], "child": [""]}),
    ("A woman saw a cat.", {"cat": [""], "woman": [""]}),
])
def test_a_watcher_told_in_the_past_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 2. one who speaks or acts before a colon is in the scene
@pytest.mark.parametrize("prompt, drawn", [
    ('A goose honks: "away!" Two cars drive to the left.', {"car": ["left", "left"], "goose": [""]}),
    ('The girl says: "watch this". A ball rolls to the right.', {"ball": ["right"], "girl": [""]}),
    ("A cat naps: a bird flies to the left.", {"bird": ["left"], "cat": [""]}),
    # a label is a noun phrase, and a presenting verb's known subject still frames what it presents
    ("Tonight's plate: two dogs run to the right.", {"dog": ["right", "right"]}),
    ("My phone says: a cat walks to the left.", {"cat": ["left"]}),
])
def test_one_who_speaks_or_acts_before_a_colon_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 3. what the teller never knew about a thing told
@pytest.mark.parametrize("prompt, drawn", [
    ("A horse trots to the right, though what it wanted with the goats I never found out.", {"horse": ["right"]}),
    ("Three birds fly to the left; why they feared the cat nobody knows.", {"bird": ["left", "left", "left"]}),
    ("A boy walks to the left, but I never learned what he had to do with the car.", {"boy": ["left"]}),
    ("A truck drives to the right, and where it took the chairs I can't say.", {"truck": ["right"]}),
    # what is known, or a wondering about a thing of its own, stays the scene
    ("A truck drives to the right, and I know where it took the chairs.", {"chair": ["", ""], "truck": ["right"]}),
])
def test_what_the_teller_never_knew_names_no_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn



# ------------------------------------------------------------ 4. what a screen shows is drawn, never a heading
@pytest.mark.parametrize("prompt, drawn", [
    ("A woman sits on a bench. The TV shows a horse.", {"bench": [""], "horse": [""], "woman": [""]}),
    ("A dog naps. The old screen plays a small cat.", {"dog": [""], "small cat": [""]}),
])
def test_what_a_screen_shows_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 5. the speaker's world around the clip itself
@pytest.mark.parametrize("prompt, drawn", [
    # one thing the clip shows, by its article, tells the clip apart as a count does
    ("The porter is carrying the suitcase. Until he is back, the clip shows a horse trotting to the right.",
     {"horse": ["right"]}),
    ("The barber is sweeping the floor. In the video, a duck swims to the left.", {"duck": ["left"]}),
    ("Grandma went to find the kettle. While she looks, enjoy this video of an owl flying to the right.",
     {"owl": ["right"]}),
    # a clip is no thing in a room: the people busy before it are not filmed with it, even counted ones
    ("A chef is slicing a lemon. The footage shows two cats walking to the left.", {"cat": ["left", "left"]}),
    # a screen in a room is filmed with the room
    ("A man sits on a sofa. The TV shows two dogs.", {"dog": ["", ""], "man": [""], "sofa": [""]}),
])
def test_the_speakers_world_around_the_clip_itself_is_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 6. one who plays or shows a clip, and whom it is for
# With nothing told of what the clip shows, nothing tells it apart: the one showing it and the ones it is shown to are
# both the scene. Once the clip's things are told, both are the world around it: neither is drawn.
@pytest.mark.parametrize("prompt, drawn", [
    ("A woman shows a cartoon to the boys. A kite flies to the right.",
     {"boy": ["", ""], "kite": ["right"], "woman": [""]}),
    ("A boy showed a video to his dog. A car drives to the left.", {"boy": [""], "car": ["left"], "dog": [""]}),
    ("A woman plays a film for the girls. A horse trots to the left.",
     {"girl": ["", ""], "horse": ["left"], "woman": [""]}),
    ("A woman shows a cartoon to the boys; it shows a kite flying to the right.", {"kite": ["right"]}),
])
def test_one_who_shows_a_clip_and_whom_it_is_for_are_both_or_neither(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 7. words said aloud are said, never done
@pytest.mark.parametrize("prompt, drawn", [
    ('A boy shouts "Jump!" A cat walks to the left.', {"boy": [""], "cat": ["left"]}),
    ('The woman cries, "Fly away!" Two birds fly to the right.', {"bird": ["right", "right"], "woman": [""]}),
    ('A girl says "go right" while a dog runs to the left.', {"dog": ["left"], "girl": [""]}),
    # quoted words that name things are the scene told in the speaker's voice
    ('The narrator says: "Two horses trot to the left."', {"horse": ["left", "left"]}),
])
def test_words_said_aloud_are_never_the_speakers_moves(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 8. a thing heard or seen doing what the tables miss
@pytest.mark.parametrize("prompt, drawn", [
    ("A boy heard a cow moo. A bus drives to the left.", {"boy": [""], "bus": ["left"], "cow": [""]}),
    ("The old woman heard a horse neigh.", {"horse": [""], "woman": [""]}),
    ("A girl noticed a duck quack twice.", {"duck": [""], "girl": [""]}),
])
def test_a_thing_heard_doing_an_unknown_act_is_drawn_by_its_name(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 9. an onlooker of a fenced group is the audience
# "and nothing beside it" closes the group as "nothing besides" does; a watcher who sees only that group, even after a
# colon ("the student watches: two dogs"), is the one looking at the clip. "With nothing beside it" is a place, no fence.
@pytest.mark.parametrize("prompt, drawn", [
    ("The quiet student notices: two dogs running to the left, and nothing beside them.", {"dog": ["left", "left"]}),
    ("The night student watches: one bus driving to the right, from the start of the clip to its end, and nothing "
     "beside it. The hall is calm.", {"bus": ["right"]}),
    ("The night student watches one bus driving to the right, and nothing beside it.", {"bus": ["right"]}),
    ("The young student observes: three birds flying to the left, and nothing besides.",
     {"bird": ["left", "left", "left"]}),
    ("Three birds fly to the right, and the student observes: the birds, and nothing beside them.",
     {"bird": ["right", "right", "right"]}),
    ("Two cats nap on the rug, and the student sees: nothing else.", {"cat": ["", ""]}),
    # one brought in by the sentence may be in the scene
    ("Two cats nap on the rug, and a man sees: nothing else.", {"cat": ["", ""], "man": [""]}),
])
def test_an_onlooker_of_a_fenced_group_is_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_thing_with_nothing_beside_it_is_no_fence():
    assert moves_drawn("A cat with nothing beside it sits on the floor. A boy runs to the left.") == {
        "boy": ["left"], "cat": [""]}


def test_a_headings_frame_outweighs_being_outside_a_fenced_group():
    """Named before the fenced sentence, the cook is outside it, but first of all the writer's heading."""
    assert moves_drawn("Cook's tip, folks: keep it tidy. Three moving dogs in the frame the whole way through, and "
                       "not a thing besides them.") == {"dog": ["right", "right", "right"]}


@pytest.mark.parametrize("prompt, drawn", [
    ("One ball rests on a table, and not another thing.", {"ball": [""]}),
    ("A dog dozes on a sofa, and nothing beside it.", {"dog": [""]}),
    ("A dog dozes on a sofa.", {"dog": [""], "sofa": [""]}),
])
def test_what_rests_on_a_support_in_a_fenced_prompt_makes_it_the_place(prompt, drawn):
    assert moves_drawn(prompt) == drawn
