"""Prompt reading in writing styles the LVD families are rarely asked in: lists, parentheticals,
instructions to the camera, passive voice, British spelling and time words (our own phrasings)."""

from pipelines.core.layout import in_view
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def counts(prompt):
    found: dict[str, int] = {}
    for entity in read_prompt(prompt).entities:
        found[entity.noun] = found.get(entity.noun, 0) + entity.count
    return found


def centre_x(box):
    return (box[0] + box[2]) / 2


# ------------------------------------------------------------------ counts
def test_the_others_and_the_subjects_are_not_objects():
    assert counts("Five geese are filmed, each one well apart from the others") == {"goose": 5}
    assert counts("Subjects: two cats and a dog") == {"cat": 2, "dog": 1}


def test_a_count_said_after_its_noun_replaces_the_assumed_two():
    assert counts("Subjects: sheep. Number of them: four.") == {"sheep": 4}
    assert counts("Animals shown: horses. Their number: 6") == {"horse": 6}
    assert counts("Some horses. Then a 3") == {"horse": 2}  # no "number": the lone 3 is not a count


def test_a_count_survives_commas_and_degree_words_between_its_describing_words():
    assert counts("Five very fluffy, quite scruffy well-groomed rabbits sit in a row") == {"rabbit": 5}
    assert counts("2 truly charming, rather wonderful lively ducks") == {"duck": 2}
    assert counts("A dog, a cat and a bird") == {"dog": 1, "cat": 1, "bird": 1}  # a list still lists


# ------------------------------------------------------------------ visibility
def seen(prompt, name):
    layout = plan(prompt)
    boxes = next(o.boxes for o in layout.objects if o.name.endswith(name))
    return [box is not None and in_view(box) for box in boxes]


def test_no_thing_for_the_first_seconds_then_one_comes():
    for prompt in ("For the first few seconds no horse is in shot; later a brown horse trots in",
                   "Keep the opening half free of any duck; later a duck waddles in",
                   "Initially there is no horse, but towards the end one arrives"):
        shown = seen(prompt, "horse" if "horse" in prompt else "duck")
        assert not any(shown[:2]) and all(shown[-2:]), (prompt, shown)
        assert len(plan(prompt).objects) == 1, prompt


def test_no_sign_of_it_in_the_latter_half_means_it_leaves():
    shown = seen("During the latter half there is no trace of a sheep, which was there before", "sheep")
    assert all(shown[:2]) and not any(shown[-2:])


def test_a_plain_no_places_nothing_of_it():
    reading = read_prompt("A cat on a sofa and no dog")
    assert [e.noun for e in reading.entities] == ["cat", "sofa"]
    assert any("no dog placed" in note for note in reading.notes)


def test_fronted_absence_and_passive_introduction_are_appearances():
    for prompt in ("At first missing, a rabbit is there by the end", "A goose is added to the scene in the second half"):
        shown = seen(prompt, "rabbit" if "rabbit" in prompt else "goose")
        assert not any(shown[:2]) and all(shown[-2:]), (prompt, shown)
