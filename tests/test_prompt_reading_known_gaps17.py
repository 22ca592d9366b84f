"""A seventeenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A host's link to the next record ("Next up, a slow song,") names a sound, never a thing to draw, whatever word says
what the record is like. A noun the tables do not know that a copula says the clip is ("your clip of the three dogs is
a treat: in view ...") is the writer's judgement of the clip, and what follows is said of the clip's things. A "no dog
for the first half" after a dog was named, followed by "then it appears (and stays)", is that dog not there at first,
its coming told again, not a second dog. A question on where a named thing ends up, asked before its move and answered
by a place ("Where does the ball end up? On the left side, having rolled in from the right side."), is the statement
that it ends there. A wait for a thing ("I waited through the first half for a cat, and none came") is no such thing
while the wait lasts. A hypnotist's deepening line ("Deeper with every corner it reaches.") calms the listener and
moves nothing.

A move verb called to a thing set off by commas ("Fly, fly, little bird, from the left to the right") is that
thing's move that way. One who only saw what was told, in a clause closing the sentence ("..., and a boy saw it."),
watches the clip and is not in it; one who does more, or is named again, is. "with a cat as a companion" is one cat,
playing a part. A word taking "it" ("Lost it") is a verb, and a word before an act ("a bad roll") describes it, so a
prompt of only those names nothing. A thing resting somewhere and then travelling with no way sets off from there
("rests on the left side, and then it just runs"), and a gait ("trots", "canters", "lopes") covers ground. In a game
master's narration, a label before a turn said in the first person ("Player: I grab it.") names the one speaking,
never a thing, so "GM: It rolls away." goes on with the ball.
"""

import pytest

from pipelines.core.planning import PlannerError
from tests.helpers.planned import PLANNER, centres, names, seen_in


# ------------------------------------------------------------ 1. "Next up, a slow song,": the host's link names a sound
@pytest.mark.parametrize("prompt, drawn", [
    ("Next up, a slow song, and the clip is just one cat, in view the whole time.", ["cat"]),
    ("Coming up, a quiet ballad, and the clip is just one dog, in view the whole time.", ["dog"]),
    ("Up next, a sad song, and the scene is one red car all the way through.", ["red car"]),
    ("Next up, a lovely old melody: two balls roll to the right.", ["ball", "ball"]),
    ("Coming up next, an old favourite song: two cats walk to the left.", ["cat", "cat"]),
])
def test_a_record_the_host_links_to_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 2. "your clip ... is a treat": a judgement of the clip
@pytest.mark.parametrize("prompt, drawn", [
    ("Your clip of the three dogs is a treat: in view from start to finish.", ["dog", "dog", "dog"]),
    ("Your video of the two cats is a delight: both in view the whole time.", ["cat", "cat"]),
    ("This film was an absolute gem, with one dog in view the whole time.", ["dog"]),
    ("The video is a real treat: a red ball rolls to the left, in view the whole time.", ["red ball"]),
])
def test_what_the_clip_is_said_to_be_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. "no dog for the first half, then it appears"
@pytest.mark.parametrize("prompt", [
    "A dog logged, though only in the second half: no dog in view for the first half, then it appears and stays.",
    "A cat, only in the second half: no cat in view for the first half, then it appears.",
    "A red ball in the second half: no ball for the first half, then it shows up and stays.",
])
def test_an_absence_then_an_appearance_is_the_thing_named_before(prompt):
    assert seen_in(prompt) == (False, True)


# ------------------------------------------------------------ 4. "Where does the ball end up? On the left side, ..."
@pytest.mark.parametrize("prompt, drawn, way", [
    ("Where does the moving ball in this video end up? On the left side of the screen, having rolled in from the right "
     "side. Next up, mic check... go!", "ball", -1),
    ("Where does the ball end up? On the left side, having rolled in from the right side.", "ball", -1),
    ("Where does the car end up? On the right side, having driven in from the left side.", "car", 1),
])
def test_where_a_thing_ends_up_asked_first_is_where_it_ends(prompt, drawn, way):
    track = centres(prompt)[drawn]
    assert track[0] is not None and track[-1] is not None
    assert (track[-1][0] - track[0][0]) * way > 0.25


# ------------------------------------------------------------ 5. "I waited ... for a cat, and none came"
@pytest.mark.parametrize("prompt", [
    "Dearest, I waited through the whole first half for a cat, and none came; then in the second half a lively cat "
    "appeared and stayed to the end.",
    "I waited the whole first half for a dog, but none came; in the second half a dog appeared.",
    "We waited for a bird through the first half and none came; then a bird appeared in the second half.",
    "We waited for a red ball. Then, in the second half, a red ball rolled in.",
])
def test_a_thing_waited_for_is_not_there_while_the_wait_lasts(prompt):
    assert seen_in(prompt) == (False, True)


def test_a_thing_that_waits_is_there():
    assert names("A cat waits for a dog on the left.") == ["cat", "dog"]


# ------------------------------------------------------------ 6. "Deeper with every corner it reaches."
@pytest.mark.parametrize("closing", [
    "Deeper with every corner it reaches.",
    "Deeper with every step.",
    "Sinking deeper with each breath you take.",
])
def test_a_deepening_line_moves_nothing(closing):
    prompt = ("And look down, from high above, at a moving ball. Lower left corner... lower right corner... upper right "
              "corner. " + closing)
    track = centres(prompt)["ball"]
    assert track[0][0] < 0.35 and track[0][1] > 0.65  # lower left
    assert track[-1][0] > 0.65 and track[-1][1] < 0.35  # upper right
    assert any(x > 0.65 and y > 0.65 for x, y in track)  # by the lower right
    assert PLANNER.plan(prompt).layout.objects[0].name == "ball"


# ------------------------------------------------------------ 7. "Fly, fly, little bird, from the left": a call's move
@pytest.mark.parametrize("prompt, drawn, way", [
    ("Fly, fly, little bird, from the left to the right.", "little bird", 1),
    ("Fly, little bird, from the left to the right.", "little bird", 1),
    ("Run, run, little dog, to the left!", "little dog", -1),
    ("Roll, roll, red ball, from the right to the left.", "red ball", -1),
    ("A bird sits on the right. Fly, fly, little bird, to the left.", "bird", -1),
])
def test_a_move_called_to_a_thing_is_its_move(prompt, drawn, way):
    assert names(prompt) == [drawn]
    track = centres(prompt)[drawn]
    assert (track[-1][0] - track[0][0]) * way > 0.25


# ------------------------------------------------------------ 8. "..., and a boy saw it.": a watcher who only saw
@pytest.mark.parametrize("prompt, drawn", [
    ("A ball rolled to the right, and a boy saw it.", ["ball"]),
    ("A ball rolls to the right, and the boy saw it all.", ["ball"]),
    ("A dog runs to the left and an old man watched it.", ["dog"]),
    ("A boy saw it: a ball rolls from the left to the right.", ["ball"]),
])
def test_one_who_only_saw_it_is_not_in_the_clip(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("A ball rolled to the right, and a boy chased it.", ["ball", "boy"]),
    ("A boy stands on the left and watches a ball roll to the right.", ["ball", "boy"]),
    ("A boy kicks a ball to the right, and the boy saw it.", ["ball", "boy"]),
    ("A yellow ball rolls and an orange cat watches it.", ["orange cat", "yellow ball"]),
    ("A ball rolls to the right and a boy watches it.", ["ball", "boy"]),
    ("A ball rolls to the right, and a red bird saw it.", ["ball", "red bird"]),
])
def test_one_who_does_more_than_see_is_in_the_clip(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 9. "with a cat as a companion": the part it plays
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog walks to the right with a cat as a companion.", ["cat", "dog"]),
    ("A boy runs to the left with a dog as a companion.", ["boy", "dog"]),
    ("A dog walks to the right with a cat as a friend.", ["cat", "dog"]),
    ("A man with a suitcase walks to the right.", ["man", "suitcase"]),
])
def test_a_thing_as_a_companion_is_one_thing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 10. "Lost it to a bad roll." alone names nothing
@pytest.mark.parametrize("prompt", ["Lost it to a bad roll.", "Lost it.", "Missed it to a bad pan.", "Lost them to a bad roll."])
def test_a_verb_taking_it_alone_names_no_thing(prompt):
    with pytest.raises(PlannerError):
        PLANNER.plan(prompt)


@pytest.mark.parametrize("prompt, drawn", [("A zorblax.", ["zorblax"]), ("Zorblax glides.", ["zorblax"]),
                                           ("Flibber it, a wug.", ["wug"])])
def test_an_unknown_word_alone_is_still_drawn(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 11. "rests on the left side, and then it just runs"
@pytest.mark.parametrize("prompt, way", [
    ("A ball rests on the left side, and then it just runs.", 1),
    ("A dog rests on the left side, and then it runs.", 1),
    ("A ball rests on the left side, and then it just rolls.", 1),
])
def test_a_rest_then_a_travel_with_no_way_sets_off_from_the_rest(prompt, way):
    (track,) = centres(prompt).values()
    assert track[0][0] < 0.3 and track[2][0] < 0.3  # resting first
    assert (track[-1][0] - track[0][0]) * way > 0.4


# ------------------------------------------------------------ 12. "a dog trots": a gait covers ground
@pytest.mark.parametrize("prompt", ["A dog trots.", "A horse canters.", "A dog lopes.", "A dog scampers.", "A cat tiptoes."])
def test_a_gait_with_no_way_still_goes(prompt):
    (track,) = centres(prompt).values()
    assert track[-1][0] - track[0][0] > 0.4


def test_a_gait_in_place_stays():
    (track,) = centres("A dog trots in place.").values()
    assert abs(track[-1][0] - track[0][0]) < 0.05


# ------------------------------------------------------------ 13. "Player: I grab it.": the label names the speaker
@pytest.mark.parametrize("prompt, drawn", [
    ("GM: You see a ball roll to the left. Player: I grab it. GM: It rolls away.", ["ball"]),
    ("GM: You see a dog run to the right. Player: I call it. GM: It runs off.", ["dog"]),
    ("GM: You see a cat walk to the right. Rogue 2: we hide.", ["cat"]),
])
def test_a_label_before_a_first_person_turn_is_the_speaker(prompt, drawn):
    assert names(prompt) == drawn


def test_a_label_before_the_scene_keeps_its_things():
    assert names("Narrator: a boy walks to the left. Player: I follow him.") == ["boy"]
