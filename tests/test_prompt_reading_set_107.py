"""Prompts in the voices of held-out set 107 (tests/helpers/blind_set_107.py), in new words.

- Quoted words under a performing heading that bring a thing on by an article or a count are the scene told, 'Chorus:
  "a red ball rolls ..."', 'Libretto: "two dogs sleep ..."', the heading the writer's label over them; a motto's, a
  password's, a sign's or a message's quote stays said and never shown, article or not.
- A notice's sighting with its subject left out, "Last spotted heading from A to B: a dog.", is the thing named after
  it seen so, or, with none after it, the one named before.
- A participle of going opening a sentence with its route, "Trotting from A to B: a pony.", is that thing's move, from
  the first frame.
- A span from the first to the last of anything that is no thing and no part of the frame, "from the opening chord to
  the closing chord", "from the first whistle to the last bell", is the whole clip.
- A game's words for a thing put into or taken out of its world, "spawns in", "respawns", "despawns", are its
  appearing and vanishing.
- A source, no person, animal, vehicle or ball, that hands the speaker or the listener what its clause holds, "the RNG
  gives us three birds", presents the scene and is no thing in it.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import time

import pytest

from pipelines.lvd.clip_phrases import whole_spans_in_words
from pipelines.lvd.route_phrasings import routes_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ('Chorus: "The box stays still, and a cat runs from the left of the box to the right of the box."',
     "cat", "box", False),
    ('Aria: "A horse trots from the right of the tree to the left of the tree; the tree stays put."',
     "horse", "tree", True),
    ('Anthem: "The dog keeps still while a ball rolls from the left of the dog to the right of the dog."',
     "ball", "dog", False),
])
def test_quoted_words_under_a_heading_that_name_things_are_the_scene(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ('Libretto: "Three sleepy cats lie there from start to finish."', "cat", 3),
    ('Refrain: "Two parked cars, and nothing else, the whole time!"', "car", 2),
    ('Hymn: "Four sleeping dogs lie still the whole time, and nothing else."', "dog", 4),
])
def test_a_quoted_count_under_a_heading_is_drawn(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    'Chant: "Roll on and on." Two parked cars stay the whole time.',
    'Codeword: "red fox". Two parked cars stay the whole time.',
])
def test_quoted_words_bringing_no_thing_on_stay_said(prompt):
    assert names(prompt) == ["car", "car"]


@pytest.mark.parametrize("prompt, drawn", [
    ('Password: "the blue car". A dog runs from the left to the right.', ["dog"]),
    ('Motto: "A dog is for life." Two parked cars stay the whole time.', ["car", "car"]),
    ('A gate stands still. Notice: "The dog bites." A cat walks from the left to the right.', ["cat", "gate"]),
    ('Slogan: "One car, one planet." A bird flies from the left to the right.', ["bird"]),
    ('Text message: "the car is outside." A cat sits still the whole time.', ["cat"]),
    ('Question: "where is the cat?" A dog runs from the left to the right.', ["dog"]),
    ('Label: "Fragile: one glass vase." A cat walks left.', ["cat"]),
    ('A boy holds a sign. Sign: "a cat for sale." The boy walks left.', ["boy", "sign"]),  # the sign he carries
    ('Riddle: "what has a ball and a bat?" A bird flies left.', ["bird"]),
])
def test_a_quote_under_a_heading_for_words_written_or_said_stays_said(prompt, drawn):
    """Only a performing heading (sung, chorus, caption ...) makes its quote the scene, article or no article."""
    assert sorted(names(prompt)) == drawn



def _crosses_all_clip(prompt: str, name: str, leftward: bool) -> bool:
    """The one thing drawn goes from one side to the other from the first frame to the last."""
    path = centres(prompt)[name]
    start, end = path[0][0], path[-1][0]
    return (start > 0.65 and end < 0.35) if leftward else (start < 0.35 and end > 0.65)


@pytest.mark.parametrize("prompt, name, leftward", [
    ("WANTED: a black horse. Last seen galloping from the right side of the frame to the left side.", "black horse",
     True),
    ("Last sighted flying from the right side of the frame to the left side: a bird. Call the desk.", "bird", True),
    ("Last glimpsed trotting from the left side of the frame to the right side, a pony.", "pony", False),
    ("Most recently seen rolling from the right side of the frame to the left side: a ball.", "ball", True),
])
def test_a_notices_sighting_is_the_thing_named_with_it_seen_so(prompt, name, leftward):
    assert names(prompt) == [name]
    assert _crosses_all_clip(prompt, name, leftward)


def test_what_is_seen_first_is_no_sighting_with_its_subject_left_out():
    path = centres("First in view is a red ball, then a dog walks in from the left.")["red ball"]
    assert path[0] is not None


@pytest.mark.parametrize("prompt, name", [
    ("LOST: one sleepy cat. Last seen in view from the start of the video to its end, nothing else near it.", "cat"),
    ("Lost: one old dog. Last seen asleep there from start to finish, nothing else around.", "dog"),
])
def test_a_notices_sighting_with_no_thing_after_it_is_the_one_named_before(prompt, name):
    assert names(prompt) == [name]


@pytest.mark.parametrize("prompt, name", [
    ("A ball sits on the right. First spotted on the left side, a dog runs to the middle.", "dog"),
    ("A dog sleeps on the right. First seen at the left edge, a cat walks to the middle.", "cat"),
    ("A bus is parked on the right. Last seen on the left side, the horse trots to the middle.", "horse"),
])
def test_a_fronted_sighting_with_its_own_subject_after_the_comma_is_that_subjects_start(prompt, name):
    path = [box[0] for box in centres(prompt)[name]]
    assert path[0] < 0.35 < path[-1]


@pytest.mark.parametrize("prompt, name, leftward", [
    ("Galloping from the left side to the right side: a brown horse.", "brown horse", False),
    ("Rolling from the right side of the frame to the left side, a ball.", "ball", True),
    ("Strolling from the left side of the frame to the right side - a man.", "man", False),
])
def test_a_fronted_participle_of_going_and_its_route_belong_to_the_thing_after_it(prompt, name, leftward):
    assert names(prompt) == [name]
    assert _crosses_all_clip(prompt, name, leftward)


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Rolling from the right of the dog to the left of the dog: a ball. The dog stays still.", "ball", "dog", True),
    ("Trotting from the left of the tree to the right of the tree, a pony. The tree stays put.", "pony", "tree", False),
])
def test_a_fronted_participle_route_relative_to_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))
    assert len({box[0] for box in centres(prompt)[reference]}) == 1  # the thing it is told against stays put


@pytest.mark.parametrize("prompt, name", [
    ("Zooming from the left to the right: a parked bus.", "bus"),
    ("Zooming from the left side to the right side, a sleeping dog.", "dog"),
    ("Dollying from the left side to the right side, a parked van.", "van"),
])
def test_a_camera_participle_before_a_thing_at_rest_moves_no_thing(prompt, name):
    across = [box[0] for box in centres(prompt)[name]]
    assert max(across) - min(across) < 0.05


@pytest.mark.parametrize("prompt, name", [
    ("Rolling from the left side to the right side: a parked car.", "car"),
    ("Trotting from the left side to the right side: a sleeping horse.", "horse"),
])
def test_a_thing_said_to_be_at_rest_takes_no_fronted_route(prompt, name):
    assert centres(prompt)[name][0][0] > 0.4  # never set at the route's start


@pytest.mark.parametrize("size", [2_000, 8_000])
def test_a_fronted_participle_full_of_tos_reads_in_linear_time(size):
    for text in ("running from " + "to " * size, "rolling from the left " + "to the right " * size):
        started = time.perf_counter()
        routes_in_plain_words(text[:size])
        assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("prompt, name, count", [
    ("From the first whistle to the last bell, two sleeping dogs lie there.", "dog", 2),
    ("Three parked cars stay from the opening chord to the closing chord.", "car", 3),
    ("One resting cat remains from the first bar to the final cadence, and nothing else.", "cat", 1),
])
def test_a_span_from_the_first_to_the_last_of_anything_no_thing_is_the_whole_clip(prompt, name, count):
    assert names(prompt) == [name] * count
    for obj in PLANNER.plan(prompt).layout.objects:
        assert None not in obj.boxes


@pytest.mark.parametrize("text, said", [
    ("two dogs lie there from the first whistle to the last bell.", "two dogs lie there the whole time."),
    ("a cat sits from the opening chord to the closing chord.", "a cat sits the whole time."),
    ("a bird sings from the first verse to the last chorus.", "a bird sings the whole time."),
    ("a dog runs from the first lap to the final lap.", "a dog runs the whole time."),
])
def test_a_span_from_the_first_to_the_last_of_anything_said_as_the_whole_time(text, said):
    assert whole_spans_in_words(text) == said


@pytest.mark.parametrize("text", [
    "a dog walks from the first car to the last car.",
    "a ball rolls from the start to the final corner.",
    "a cat runs from the first half to the last quarter.",
])
def test_a_span_between_things_or_parts_of_the_frame_is_no_whole_clip(text):
    assert whole_spans_in_words(text) == text


@pytest.mark.parametrize("prompt, query, appears", [
    ("A cat sits in the first half, then in the second half it despawns.", "cat", False),
    ("The dog wanders about until halfway, and then the dog despawned for good.", "dog", False),
    ("A horse spawns in at the halfway mark.", "horse", True),
    ("Halfway through, a ball respawns.", "ball", True),
])
def test_a_games_words_for_coming_into_and_out_of_the_world_are_appearing_and_vanishing(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, name, count", [
    ("The RNG hands us two parked cars, in view from start to finish.", "car", 2),
    ("This seed gives you four sleeping cats, in view from start to finish.", "cat", 4),
    ("The lottery gives us two parked buses, in view the whole time.", "bus", 2),
])
def test_a_source_handing_the_speaker_or_listener_the_scene_is_no_thing_in_it(prompt, name, count):
    assert names(prompt) == [name] * count


@pytest.mark.parametrize("prompt, query", [
    ("Frog spawn floats in a pond; a frog swims left.", "frog"),
    ("Toad spawn drifts in the water while a toad hops right.", "toad"),
])
def test_spawn_as_a_noun_is_no_second_thing_appearing(prompt, query):
    assert lvd.numeracy(query, 1, planned_condition(prompt))
    assert all(box is not None for box in centres(prompt)[query])  # in view from the first frame to the last


@pytest.mark.parametrize("prompt, name", [
    ("A salmon swims upstream to spawn.", "salmon"),
    ("A trout swims upstream to spawn.", "trout"),
])
def test_a_fish_swimming_to_spawn_keeps_going(prompt, name):
    path = [box[0] for box in centres(prompt)[name]]
    assert path[-1] > path[len(path) // 2] + 0.1


def test_a_person_handing_the_speaker_things_may_be_in_the_scene():
    assert "waiter" in names("The waiter brings us two cats, there the whole time.")
