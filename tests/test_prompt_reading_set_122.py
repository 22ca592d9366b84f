"""Prompts in the families held-out set 122 (tests/helpers/blind_set_122.py) missed, in new words and other voices.

- A dialogue told only in quoted turns, each tagged by its speaker ('Host: "..."', '"...," says the host', '"...,"
  the guest chimes in') or left untagged as the other voice's reply: the speakers are outside the clip, and their
  quoted words, question and answer across turns, tell it. A speaker's label over one quote that tells a scene is
  that scene too, a script's stage direction between turns ("(Beat.)") says nothing, and a person the tables know
  ("says the boy") speaks from outside the clip too; a quote beside a sentence of the scene's own stays words said.
  The speakers are outside the clip only where their words tell it as a clip (a side of the frame, a half, a corner,
  "the whole clip"): a story's people ('"Give me the ball," says the boy.') stay drawn, only a verb of speaking tags
  a quote ("The girl smiles." does not), and a sign or a banner never speaks.
- A lesson closing the prompt after a colon or a dash, bidding the listener do a thing no scene moves by ("...: cherish what
  you hold while you hold it"), is the speaker's moral: its "it" is no thing of the clip.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ('Host: "Two sleeping dogs, the whole clip!" Guest: "And nothing else?" Host: "Nothing else. Honest."', "dog", 2),
    ('Caller: "Three cats, the whole clip!" Host: "Nothing else?" Caller: "Nothing else, I promise."', "cat", 3),
])
def test_a_dialogue_in_quoted_turns_tells_the_count(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, first, first_colour, second, second_colour", [
    ('Host: "A red cat!" Guest: "Red?" Host: "Red, with a blue dog beside it, in view the whole time."',
     "cat", "red", "dog", "blue"),
    ('Anchor: "A white car with a green bird on top of it!" Reporter: "How long for?" Anchor: "All through the clip."',
     "car", "white", "bird", "green"),
])
def test_a_dialogue_in_quoted_turns_tells_the_colours(prompt, first, first_colour, second, second_colour):
    assert lvd.attribution(first, second, first_colour, second_colour, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ('Puppet: "A sleeping dog in the first half." Puppeteer: "And in the second half?" Puppet: "No dog. Not a hair '
     'of it."', "dog"),
    ('Anchor: "A parked car in the first half!" Reporter: "And the second half?" Anchor: "No car."', "car"),
    ('"A rolling ball," the host says, "in the first half." "And in the second half?" "No ball at all!"', "ball"),
])
def test_a_dialogue_in_quoted_turns_times_what_goes(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ('Narrator: "A running cat!" Partner: "Going which way?" Narrator: "From the right side of the screen to the left '
     'side."', "cat", True),
    ('Host: "A walking dog! From the left side of the frame, trotting to the right side!" Guest: "Steady now."', "dog",
     False),
    ('"Where is the rolling ball headed?" asks the host. "From the right side of the frame to the left side," says the '
     'caller.', "ball", True),
])
def test_a_dialogue_in_quoted_turns_tells_the_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ('Host: "Looking straight down, a walking dog goes from the lower right corner to the lower left corner, then to '
     'the upper left corner."', "dog", ("lower right", "lower left", "upper left")),
    ('"Seen from overhead," says the guide, "a rolling ball starts in the lower left corner." "Then the upper left '
     'corner," says the guest, "and it ends in the upper right corner."',
     "ball", ("lower left", "upper left", "upper right")),
])
def test_a_dialogue_in_quoted_turns_tells_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_dialogue_in_quoted_turns_tells_a_move_past_a_still_thing():
    prompt = ('Host: "A cat runs from the right of the box to the left of the box!" Guest: "And the box?" '
              'Host: "The box stays still."')
    assert lvd.two_object_motion("cat", "box", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, check", [
    ('"Three flying birds," said the boy, "start to finish." "And nothing else?" asked his sister. '
     '"Nothing else," went the boy.', lambda condition: lvd.numeracy("bird", 3, condition)),
    ('Kid: "Look, a dog!" Mom: "Where?" Kid: "On the left side of the frame, running to the right side!"',
     lambda condition: lvd.one_object_motion("dog", False, condition)),
    ('Puppeteer (whispering): "A ball?" Puppet: "A ball, rolling from the right side of the frame to the left side!" '
     '(The crowd laughs.) Puppeteer: "And?" Puppet: "That is all."',
     lambda condition: lvd.one_object_motion("ball", True, condition)),
    ('Clown: "Two parked cars!" [Pause.] Ringmaster: "The whole clip?" Clown: "The whole clip, and nothing else."',
     lambda condition: lvd.numeracy("car", 2, condition)),
])
def test_people_trading_quoted_turns_with_stage_directions_are_outside_the_clip(prompt, check):
    """A person the tables know speaks from outside the clip, and a script's stage direction between turns says nothing
    of it."""
    assert check(planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    'Dr. Lee: "Two dogs the whole clip!" Nurse: "Anything else?" Dr. Lee: "Nothing else."',
    'Radio host: "Two dogs the whole clip!" Co-host: "Anything else?" Radio host: "Nothing else."',
    '"Two dogs the whole clip!" the host answers with a grin. "Anything else?" the guest wonders. "Nothing."',
])
def test_a_titled_or_two_word_label_and_a_manner_after_the_tag_name_a_speaker(prompt):
    """"Dr. Lee:", "Radio host:" and "answers with a grin" tag their quotes: the speakers and the grin are no things."""
    assert names(prompt) == ["dog", "dog"]


@pytest.mark.parametrize("prompt", [
    'Second half: "a cat walks in from the left side of the frame."',
    'Second half: "a cat walks in from the right side of the frame."',
])
def test_a_label_naming_a_part_of_the_clip_is_no_speaker(prompt):
    """"Second half:" times the quote it opens: no speaker's label, so the cat comes in late, not from frame 1."""
    assert lvd.visibility("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ('A man waves. "Two cats," he says, "and nothing else."', ["cat", "cat", "man"]),
    ('Motto: "A dog is for life." Two parked cars stay the whole time.', ["car", "car"]),
    ('A girl yells "Run!" and "Stop!" A dog sits.', ["dog", "girl"]),
])
def test_a_quote_beside_a_scene_of_its_own_is_no_dialogue(prompt, drawn):
    assert sorted(names(prompt)) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ('"Give me the ball," says the boy. "No," says the girl.', ["ball", "boy", "girl"]),
    ('"Catch the ball!" shouts the boy. "Got it!" the girl yells.', ["ball", "boy", "girl"]),
    ('"Look, a kite!" cries the child.', ["child", "kite"]),
    ('"What a lovely dog," says the woman.', ["dog", "woman"]),
    ('"Look at that bird!" says the boy. "It\'s flying away," the girl adds.', ["bird", "boy", "girl"]),
    ('Boy: "Throw me the ball!" Girl: "Where?" Boy: "To the left!"', ["ball", "boy", "girl"]),
    ('"Which way does the horse run?" asked the reporter. "Right to left," replied the rider.',
     ["horse", "reporter", "rider"]),
    ('"My kite is stuck in the tree!" cries the girl. "I will get it," says the boy.', ["boy", "girl", "kite", "tree"]),
    ('"Which dog is yours?" asks the man. "The one on the left," replies the woman.', ["dog", "man", "woman"]),
])
def test_people_speaking_in_a_story_stay_drawn(prompt, drawn):
    """Their words tell no clip as a clip (no side of the frame, half, corner or "whole clip"): they are in their own
    scene."""
    assert sorted(names(prompt)) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ('"Come here, puppy!" The girl smiles.', ["girl", "puppy"]),
    ('"Hello, bird." The girl nods.', ["bird", "girl"]),
    ('"Look, the red car!" the boy points.', ["boy", "red car"]),
    ('"Two ducks, the whole clip." The girl says.', ["duck", "duck", "girl"]),
    ('The billboard reads, "Drive a red car."', ["billboard", "red car"]),
    ('The banner says, "Welcome home, soldier!"', ["banner", "soldier"]),
])
def test_no_verb_of_speaking_or_a_written_thing_tags_no_dialogue(prompt, drawn):
    """Only a verb of speaking after a quote closed by a comma, "!" or "?" tags it, and a sign shows words, never
    speaks them."""
    assert sorted(names(prompt)) == drawn


@pytest.mark.parametrize("prompt, query", [
    ("In the first half a parked car, and in the second half no car: love what you have while you have it!", "car"),
    ("A flying bird in the first half, everyone, and no bird in the second half: enjoy what you have while you have "
     "it.", "bird"),
    ("In the first half a rolling ball, and no ball in the second half: value what you have while you still have it.",
     "ball"),
    ("In the first half a parked car, and in the second half no car: hug the ones you love while they're still here.",
     "car"),
    ("In the first half a parked car, and in the second half no car - treasure what you have while you have it.", "car"),
    ("In the first half a parked car, and in the second half no car: hold on to it while you still can.", "car"),
    ("A sleeping cat in the first half, and no cat in the second half: bless what you have while you have it.", "cat"),
])
def test_a_closing_lesson_to_the_listener_is_no_presence(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ('Host: "Two parked cars, an aerial view!" Guest: "Anything else?" Host: "Nothing else."', ["car", "car"]),
    ('"Two parked cars, from a bird\'s-eye view," says the boy. "Anything else?" asks the girl. "Nothing else."',
     ["car", "car"]),
    ('"Two dogs, seen from directly above," says the boy. "And?" asks the girl. "That is all."', ["dog", "dog"]),
    ('Kid: "A dog, shot top down!" Mom: "Where?" Kid: "Running to the right!"', ["dog"]),
])
def test_a_view_from_above_in_any_words_tells_the_clip(prompt, drawn):
    """The dialogue knows a view from above by the corner names' words ("aerial", "bird's-eye", "from directly above",
    "top down"), not a shorter list of its own: quoted turns in those terms tell the clip, their speakers outside it."""
    assert sorted(names(prompt)) == drawn
