"""Phrasings the planner was known to misread, each as a family of wordings in new prompts.

A person who shows or holds up a thing is in the scene, where a clip that shows it is not; a route told with "exits",
"leaves" or "heads off" and a bare side is a crossing to that side; a sighting denied until a later part of the clip
and the arrival told with it are one thing; "not a soul" is nobody, and a saying that "goes that" frames the scene;
an aside bidding listeners do something with their own things is no move; a crossing told before its mover ("Right
to left went a dog") is the mover's, and a side "never left" is where the thing stays; "ought to" is a modal.
"""

import pytest

from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, centres, names, planned_condition


def only_track(prompt):
    """The one object's box centres' x, None where it is not drawn."""
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [None if box is None else (box[0] + box[2]) / 2 for box in layout.objects[0].boxes]


# ------------------------------------------------------------ 1. who shows a thing is in the scene
# (drawn names, prompt)
SHOWN_BY_A_PERSON = [
    (["ball", "zookeeper"], "The zookeeper holds up a ball while it slowly spins."),
    (["cat", "librarian"], "The librarian shows a cat walking to the right."),
    (["cat", "kid", "kid", "nurse"], "The nurse shows the kids a cat walking to the right."),
    (["baker", "ball"], "The baker shows a ball rolling across the rug to the right."),
    (["kite", "professor"], "The professor presents a kite drifting to the left."),
    (["ball", "teacher"], "The teacher shows a ball rolling to the left."),
    (["ball", "coach"], "The coach shows a ball rolling to the left."),
    (["ball", "ranger"], "A ranger holds up a ball while it spins."),
]

# (the thing, prompt): one who only says, tells or is named in passing is the speaker's world, never drawn
SPEAKERS_WORLD = [
    ("ball", "The professor says a ball rolls to the left."),
    ("ball", "The scientist claims a ball rolls to the left."),
    ("dog", "The nurse tells us a dog runs to the right."),
    ("cat", "As any nurse will tell you, a cat walks to the right."),
    ("cat", "The narrator, a retired nurse, says a cat walks to the right."),
    ("ball", "My professor once told me: a ball rolls to the left."),
    ("ball", "A scientist would say the ball rolls to the left."),
    ("cat", "The nurse is never seen; a cat walks to the right."),
    ("cat", "The story shows a cat walking to the right."),
]


@pytest.mark.parametrize("thing, prompt", SPEAKERS_WORLD)
def test_the_speakers_world_is_not_drawn(thing, prompt):
    assert names(prompt) == [thing]
    track = only_track(prompt)
    assert None not in track and abs(track[-1] - track[0]) > 0.3


def test_a_bakers_dozen_draws_no_baker():
    assert set(names("A baker's dozen of balls roll to the right.")) == {"ball"}


@pytest.mark.parametrize("drawn, prompt", SHOWN_BY_A_PERSON)
def test_a_person_who_shows_a_thing_is_drawn_with_it(drawn, prompt):
    assert names(prompt) == drawn


@pytest.mark.parametrize("thing, prompt", [("ball", "The clip shows a ball rolling to the left."),
                                           ("cat", "The screen shows a cat walking right.")])
def test_a_clip_that_shows_a_thing_is_not_drawn(thing, prompt):
    assert names(prompt) == [thing]


# ------------------------------------------------------------ 2. leaving by a side is a crossing to it
# (noun, leftward, prompt)
LEAVES_BY_A_SIDE = [
    ("puppy", True, "A puppy scampers in from the right and exits left."),
    ("cat", False, "A grey cat pads in from the left and leaves right."),
    ("dog", True, "A dog runs in from the right and heads off left."),
    ("bird", False, "A bird swoops in from the left and leaves by the right edge."),
    ("car", True, "A small car rolls in from the right, then exits left."),
]


@pytest.mark.parametrize("noun, leftward, prompt", LEAVES_BY_A_SIDE)
def test_a_side_left_by_ends_the_crossing(noun, leftward, prompt):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


# ------------------------------------------------------------ 3. the thing no one sees until later is the arrival
# (noun, prompt)
SEEN_ONLY_WHEN_IT_ARRIVES = [
    ("cat", "Nobody sees a cat until the second half, when a cat wanders in."),
    ("fox", "No one notices a fox until halfway through, when a fox trots in from the left."),
    ("dog", "Nobody spots a dog until the second half, when a brown dog walks in from the right."),
    ("bird", "You will not see a bird until the second half, when a bird flies in."),
]


@pytest.mark.parametrize("noun, prompt", SEEN_ONLY_WHEN_IT_ARRIVES)
def test_a_denied_sighting_and_its_arrival_are_one_thing(noun, prompt):
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    assert bench.visibility(noun, True, planned_condition(prompt))


# ------------------------------------------------------------ 4. "not a soul" and "the saying goes that" are no things
# (drawn names, prompt)
NO_SOUL_OR_SAYING = [
    (["cat"], "Not a soul notices the cat."),
    (["dog"], "Not a soul watches the dog."),
    (["bird"], "Not a soul hears the bird on the left."),
    (["dog"], "So the saying goes that a dog runs to the right."),
    (["cat"], "So the story goes that a cat walks to the left."),
]


@pytest.mark.parametrize("drawn, prompt", NO_SOUL_OR_SAYING)
def test_nobody_and_a_saying_are_never_drawn(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 5. an aside to the listeners moves nothing
# (noun, prompt)
ASIDES_TO_LISTENERS = [
    ("cat", "Pull your blankets tight. A cat walks to the right."),
    ("cat", "A cat walks right. Pull your blankets tight, kids."),
    ("dog", "A dog trots right. Tug your collars up, children."),
    ("dog", "A dog trots to the right. Lift your feet up."),
    ("cat", "A cat pads to the right. Pull your hats down."),
]


@pytest.mark.parametrize("noun, prompt", ASIDES_TO_LISTENERS)
def test_an_aside_to_the_listeners_leaves_the_move_whole(noun, prompt):
    assert names(prompt) == [noun]
    track = only_track(prompt)
    assert all(x is not None for x in track), track
    assert all(later > earlier for earlier, later in zip(track, track[1:])), track


def test_a_listeners_own_thing_told_moving_stays():
    assert names("A dog sits. Watch your ball roll to the left.") == ["ball", "dog"]


# ------------------------------------------------------------ 6. a fronted crossing and a side never left
# (noun, leftward, prompt)
FRONTED_CROSSINGS = [
    ("dog", True, "Right to left went a brown dog."),
    ("cat", False, "Left to right ran a cat."),
    ("dog", True, "From the right to the left walks a dog."),
    ("ball", False, "From the left to the right rolls a red ball."),
]


@pytest.mark.parametrize("noun, leftward, prompt", FRONTED_CROSSINGS)
def test_a_crossing_told_before_its_mover_is_the_movers(noun, leftward, prompt):
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))
    track = only_track(prompt)
    assert (track[0] > 0.6) if leftward else (track[0] < 0.4), track


# (noun, on the left, prompt)
SIDES_NEVER_LEFT = [
    ("car", True, "The car never left the left side."),
    ("cat", False, "A cat never leaves the right side."),
    ("dog", True, "The dog did not leave the left side."),
    ("ball", False, "The ball never left the right half of the frame."),
]


@pytest.mark.parametrize("noun, on_the_left, prompt", SIDES_NEVER_LEFT)
def test_a_side_never_left_is_where_the_thing_stays(noun, on_the_left, prompt):
    track = centres(prompt)[noun]
    assert all(c is not None and ((c[0] < 0.4) if on_the_left else (c[0] > 0.6)) for c in track), track


# ------------------------------------------------------------ 7. "ought to" is a modal
# (noun, leftward, prompt)
OUGHT_TO = [
    ("bus", False, "A bus ought to drive to the right."),
    ("cat", True, "A cat ought to walk to the left."),
    ("dog", False, "The dog oughta run right."),
]


@pytest.mark.parametrize("noun, leftward, prompt", OUGHT_TO)
def test_ought_to_is_no_part_of_the_noun(noun, leftward, prompt):
    assert names(prompt) == [noun]
    assert bench.one_object_motion(noun, leftward, planned_condition(prompt))


def test_ought_not_to_keeps_the_things_still():
    assert names("Two balls ought not to move.") == ["ball", "ball"]


# ------------------------------------------------------------ one shared part-of-the-clip pattern, no wider reading
# (drawn names, prompt): "yet" alone, or a room's "last part", is no span a sighting is denied for
NOT_A_DENIED_SPAN = [
    (["cat", "dog"], "A dog barks, yet nobody notices the cat."),
    (["man", "mouse"], "A man reads, yet nobody spots the mouse."),
    (["cat"], "Yet nobody notices the cat."),
    (["dog"], "The music plays, yet nobody notices the dog."),
    (["cat"], "It is not yet noon and nobody notices the cat."),
]


@pytest.mark.parametrize("drawn, prompt", NOT_A_DENIED_SPAN)
def test_yet_is_no_part_of_the_clip(drawn, prompt):
    assert names(prompt) == drawn


def test_a_last_part_of_a_place_leaves_the_walk_whole():
    track = only_track("Nobody sits in the last part, and a cat walks right.")
    assert None not in track and track[-1] > track[0] + 0.3


# ------------------------------------------------------------ the listener's own thing the scene refers back to
# (the listener's thing, prompt)
REFERRED_BACK = [
    ("cup", "Set your cup down. A cat knocks it to the left."),
    ("marble", "Roll your marble. A cat bats it to the left."),
    ("paper plane", "Launch your paper plane. A cat chases it to the left."),
    ("ball", "Throw your ball. A dog runs to the right to fetch it."),
    ("frisbee", "Toss your frisbee! A dog leaps to catch it."),
]


@pytest.mark.parametrize("thing, prompt", REFERRED_BACK)
def test_a_listeners_thing_the_scene_refers_back_to_stays(thing, prompt):
    assert thing in names(prompt)


@pytest.mark.parametrize("unit", ["tug your a b c. ", "pull your hats. a cat sits. "])
def test_the_listeners_asides_are_read_in_one_pass(monkeypatch, unit):
    """Twice the text costs about twice the noun look-ups (a rescan of the whole text per aside would cost 4x)."""
    from pipelines.lvd import listeners_biddings as module
    calls = []
    monkeypatch.setattr(module, "noun_class", lambda word: calls.append(word) or None)

    def look_ups(length):
        calls.clear()
        module.listeners_asides_dropped((unit * (length // len(unit) + 1))[:length])
        return len(calls)

    assert look_ups(4000) <= 2.2 * look_ups(2000)


# ------------------------------------------------------------ a sighting denied until the end keeps its times
# (the thing, prompt): the thing denied is hidden at the start and there at the end (the arrival read as a second
# crossing thing is an older gap)
DENIED_UNTIL_THE_END = [
    ("fox", "Nobody sees a fox until the end, when a fox darts across."),
    ("fox", "You won't spot a fox until the end, when a fox darts across."),
    ("fox", "Nobody sees a fox until the very end, when a fox runs to the left."),
    ("cat", "No one notices a cat until the last seconds, when a cat hops onto the table."),
]


@pytest.mark.parametrize("noun, prompt", DENIED_UNTIL_THE_END)
def test_a_sighting_denied_until_the_end_is_hidden_at_the_start(noun, prompt):
    layout = PLANNER.plan(prompt).layout
    denied = next(thing for thing in layout.objects if thing.name == noun)
    assert denied.boxes[0] is None and denied.boxes[1] is None and denied.boxes[-1] is not None


def test_an_arrival_told_apart_by_its_adjective_is_a_second_thing():
    prompt = "Nobody notices the sleeping dog until the second half, when a small dog runs in from the left."
    assert names(prompt) == ["dog", "small dog"]


# ------------------------------------------------------------ a going by a side said at an early time keeps it
TIMED_EXITS = [
    "A dog runs in from the right and exits left in the first second.",
    "A dog runs in from the right and immediately exits left.",
    "A fox runs in from the left and immediately exits right.",
    "A cat runs in from the right and exits left a moment later.",
]


@pytest.mark.parametrize("prompt", TIMED_EXITS)
def test_an_early_exit_by_a_side_is_no_crossing_of_the_whole_clip(prompt):
    track = only_track(prompt)
    assert all(x is None for x in track[len(track) // 2:])


# ------------------------------------------------------------ "didn't / won't / hasn't left", fronted edges, adverbs
# (noun, stays on the left, prompt)
SIDES_NOT_LEFT = [
    ("car", True, "The car didn't leave the left side."),
    ("dog", False, "The dog doesn't leave the right side."),
    ("cat", True, "The cat won't leave the left side."),
    ("car", True, "The car hasn't left the left side."),
    ("bird", True, "The bird would not leave the left side."),
    ("dog", False, "The dog never really left the right side."),
]


@pytest.mark.parametrize("noun, on_the_left, prompt", SIDES_NOT_LEFT)
def test_a_side_not_left_in_any_wording_is_where_the_thing_stays(noun, on_the_left, prompt):
    assert names(prompt) == [noun]
    track = only_track(prompt)
    assert None not in track and max(track) - min(track) < 0.05
    assert (track[0] < 0.4) if on_the_left else (track[0] > 0.6)


@pytest.mark.parametrize("noun, leftward, prompt", [
    ("ball", False, "From the left edge to the right edge rolls a ball."),
    ("cloud", True, "Right to left slowly drifts a cloud."),
])
def test_a_fronted_crossing_by_edges_or_with_an_adverb_is_the_movers(noun, leftward, prompt):
    track = only_track(prompt)
    assert None not in track
    assert (track[0] > 0.6 and track[-1] < 0.4) if leftward else (track[0] < 0.4 and track[-1] > 0.6)


# ------------------------------------------------------------ every "no soul" wording is nobody, for every reader
@pytest.mark.parametrize("drawn, prompt", [
    (["cat"], "Not another soul watches the cat."),
    (["dog"], "So the rumor goes that a dog runs to the right."),
    (["cat"], "So the joke goes that a cat walks to the left."),
    (["cat"], "So the story goes: a cat walks to the left."),
])
def test_other_souls_and_tellings_are_never_drawn(drawn, prompt):
    assert names(prompt) == drawn


def test_not_a_single_soul_denies_a_sighting_as_nobody_does():
    track = only_track("Not a single soul sees a cat until the second half, when a cat strolls in.")
    assert track[0] is None and track[-1] is not None
