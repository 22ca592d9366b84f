"""Five known misreadings, each one of a family of phrasings, said here in other words.

A saying the speaker quotes ("the saying goes that ...", "as the old proverb has it, ...", "..., as the saying goes")
is no part of the clip: only what follows it is drawn. A thing said not to appear until a later half, "when a dog trots
in", is the one that arrives then, never a second of its kind. An order the maker need not carry out ("no need to fade
it", "you needn't fade it", "don't bother fading it") leaves the thing as told. A mover asked for by its verb and a bare
side ("which animal runs left? a dog.") goes that way. "Left" after a pronoun and a word of how or when ("it simply
left", "then it quietly left") is the pronoun's thing going, as "it left the frame" is read.
"""

import pytest

from pipelines.lvd.satnav_projection_and_dispatch_voices import looks_like_satnav_projection_or_dispatch
from tests.helpers.planned import PLANNER, centres, moves_drawn, names, seen_in

# ------------------------------------------------------------ 1. a quoted saying is no part of the clip
# (names drawn, the one mover's way, prompt)
QUOTED_SAYINGS = [
    (["dog"], "left", "As the old proverb has it, every dog has its day. A dog runs to the left."),
    (["bird"], "right", "There's an old saying: the early bird catches the worm. A bird flies to the right."),
    (["cat"], "right", "Curiosity killed the cat, as the saying goes. A cat walks to the right."),
    (["cat"], "left", "The saying goes that curiosity killed the cat, but this cat just walks to the left."),
    (["bird"], "left",
     "My grandmother's favourite saying was that the early bird catches the worm. A bird flies left."),
    (["cat"], "left", "Curiosity killed the cat, or so the saying goes. A cat walks left."),
    (["dog"], "right", "Like the saying goes, every dog has its day. A dog runs right."),
    (["ball"], "left", "Our team motto says a ball never stops. A ball rolls left."),
    (["bird"], "right", "Like they say, the early bird catches the worm. A bird flies right."),
    (["dog"], "left", "Every dog has its day, or so the old proverb goes. A dog trots to the left."),
]


@pytest.mark.parametrize("drawn, way, prompt", QUOTED_SAYINGS)
def test_a_quoted_saying_draws_nothing(drawn, way, prompt):
    assert names(prompt) == drawn
    assert moves_drawn(prompt) == {drawn[0]: [way]}


# a saying that is a thing in the scene (on a mug, painted on a wall, along a banner) quotes nothing: all is drawn
# (names that must be drawn, prompt)
SAYINGS_AS_THINGS = [
    (["cat", "dog", "mug"], "There's a saying on the mug, and a cat knocks the mug over. A dog barks."),
    (["cat", "dog", "wall"], "There is an old motto painted on the wall, and a dog sleeps under it. A cat walks in."),
    (["cat", "dog", "dog"], "There's a saying written on the chalkboard while two dogs play. A cat sits."),
    (["cat", "dog"], "The motto runs along a banner while a dog trots by. A cat sleeps."),
    (["dog", "horse"], "The old line runs across the field, and a horse walks beside it. A dog barks."),
    (["door", "dog"], "There's a proverb carved above the door, and a dog sleeps under it."),
]


@pytest.mark.parametrize("kept, prompt", SAYINGS_AS_THINGS)
def test_a_saying_written_on_a_thing_keeps_the_scene(kept, prompt):
    drawn = names(prompt)
    assert all(drawn.count(name) >= kept.count(name) for name in kept), drawn


# ------------------------------------------------------------ 2. absent until a later half, then arriving: one thing
LATE_ARRIVALS = [
    "A dog doesn't show up until halfway through, when a dog trots in from the left.",
    "A bird will not appear until the second half, when a bird flies in.",
    "A red ball never turns up till the middle, when a red ball rolls in from the right.",
    "A car did not come into view until the second half, when a car drove in.",
    "A duck does not appear until the second half. Then a duck swims in from the left.",
    "A bird doesn't appear till the second half of the clip; then a bird lands on the right.",
    "A red ball will not appear until the midpoint. Then a red ball rolls in from the right.",
]


@pytest.mark.parametrize("prompt", LATE_ARRIVALS)
def test_the_thing_denied_until_later_is_the_one_arriving(prompt):
    assert seen_in(prompt) == (False, True)


# ------------------------------------------------------------ 3. an order the maker need not carry out
# (name, the way it goes, prompt)
NEEDLESS_ORDERS = [
    ("dog", "right", "A dog runs right. There's no need to fade the dog out."),
    ("bird", "right", "A bird flies to the right. Honestly, you needn't fade it."),
    ("ball", "left", "A ball rolls left. So, no need to fade it away."),
    ("cat", "left", "A cat walks to the left. Don't bother fading it."),
    ("dog", "left", "A dog runs left. You don't need to fade it."),
    ("bird", "right", "A bird flies to the right. It's not necessary to fade it."),
    ("ball", "right", "A ball rolls to the right. It is unnecessary to fade the ball out."),
]


@pytest.mark.parametrize("name, way, prompt", NEEDLESS_ORDERS)
def test_a_needless_fade_leaves_the_thing_in_view(name, way, prompt):
    assert seen_in(prompt) == (True, True)
    assert all(centre is not None for centre in centres(prompt)[name])
    assert moves_drawn(prompt) == {name: [way]}


# ------------------------------------------------------------ 4. a mover asked for by its verb and a bare side
# (the answer's ways by name, prompt)
MOVERS_ASKED = [
    ({"dog": ["left"]}, "What runs left? A dog."),
    ({"dog": ["left"]}, "Which animal is running left? A dog."),
    ({"car": ["left", "left"]}, "Who drives left? Two cars."),
    ({"cat": ["left"]}, "Which animal walks leftward? A cat."),
]


@pytest.mark.parametrize("ways, prompt", MOVERS_ASKED)
def test_a_mover_asked_for_goes_the_way_asked(ways, prompt):
    assert moves_drawn(prompt) == ways


def test_the_answers_own_way_is_kept():
    assert moves_drawn("Which animal runs left? A dog runs right.") == {"dog": ["right"]}


# ------------------------------------------------------------ 5. "it simply left": the thing goes
# (the thing that goes, prompt)
DEPARTURES = [
    ("dog", "A dog naps by the door. Then it quietly left."),
    ("bird", "A bird perches on a branch; it just left."),
    ("car", "A car parks on the street. It then left!"),
    ("ball", "A ball sits on the grass, and it slowly left."),
]


@pytest.mark.parametrize("name, prompt", DEPARTURES)
def test_left_after_a_pronoun_and_an_adverb_is_a_departure(name, prompt):
    track = centres(prompt)[name]
    assert track[0] is not None and track[-1] is None, track
    # told like "it left the frame": gone where it stood, never walking off toward the left
    shown = [centre for centre in track if centre is not None]
    assert len({round(x, 3) for x, _ in shown}) == 1, shown


# "it" after a thing the mover acted on that is set in the scene (a door, a tree) and said to go: the mover goes
# (the mover, prompt)
MOVERS_AFTER_A_FIXED_THING = [
    ("dog", "A dog barks at the door. It finally left."),
    ("cat", "A cat scratches the tree. Then it quietly left."),
    ("dog", "A dog barks at the door. It runs away."),
]


@pytest.mark.parametrize("name, prompt", MOVERS_AFTER_A_FIXED_THING)
def test_it_going_after_a_fixed_thing_is_the_mover(name, prompt):
    tracks = centres(prompt)
    assert tracks[name][0] is not None and tracks[name][-1] is None, tracks
    assert all(None not in track for other, track in tracks.items() if other != name), tracks


def test_it_after_a_thing_kicked_is_still_that_thing():
    assert moves_drawn("A boy kicks a ball. It flies to the right.")["ball"] == ["right"]


def test_two_things_that_simply_left_both_go():
    layout = PLANNER.plan("Two cats sit on the rug. They eventually left.", num_keyframes=8).layout
    assert [obj.name for obj in layout.objects] == ["cat", "cat"]
    assert all(obj.boxes[0] is not None and obj.boxes[-1] is None for obj in layout.objects)


@pytest.mark.parametrize("text", ["a car moves slowly left.", "a ball sits just left of the box.",
                                  "a bird soon left the nest behind it and flew on."])
def test_a_side_after_an_adverb_opens_no_voice_of_departures(text):
    # only a pronoun's "left" is a departure: the sat-nav and cue rules stay shut for a plain way or side
    assert not looks_like_satnav_projection_or_dispatch(text)


def test_a_pronoun_that_simply_left_opens_the_voice_of_departures():
    assert looks_like_satnav_projection_or_dispatch("a dog naps by the door. then it quietly left.")
