"""Motion told inside a subordinate or formal clause: each test is a rule of English.

The speaker of a report, an agreement or a demand is the voice, and its that-clause is the clip; a subjunctive or a
modal tells what happens; a place named before its mover ("A is where a car starts", "...: from A, a cat walks")
is the mover's. Each test states the objects drawn, who moves and where they are at the start, middle and end.
"""

import pytest

from tests.helpers.planned import centres, in_corner, names


def _route(prompt: str) -> tuple[list[str], tuple[str, ...]]:
    """The objects drawn, and the corner the mover is well inside at the start, the middle and the end ("none" where
    it is in no corner's quarter, clear of the middle)."""
    found = centres(prompt, 6)
    mover = next(name for name, row in found.items() if len(set(row)) > 1)
    corners = ("upper left", "upper right", "lower left", "lower right")
    at = [next((c for c in corners if in_corner(found[mover][k], c)), "none") for k in (0, 3, 5)]
    return sorted(found), tuple(at)


def _side(x: float) -> str:
    return "left" if x < 0.4 else "right" if x > 0.6 else "middle"


def _crossing(prompt: str) -> dict[str, tuple[str, str]]:
    """Each object's side of the frame at the start and the end."""
    return {name: (_side(row[0][0]), _side(row[-1][0])) for name, row in centres(prompt, 6).items()}


def _passes(prompt: str, mover: str, still: str) -> tuple[str, str]:
    """Where ``mover`` is beside the still ``still`` at the start and the end ("left of", "right of")."""
    found = centres(prompt, 6)
    assert len(set(found[still])) == 1, found[still]
    x = found[still][0][0]
    return tuple("left of" if row[0] < x else "right of" for row in (found[mover][0], found[mover][-1]))


# ------------------------------------------------------------ 1. a report's or a demand's speaker is the voice
@pytest.mark.parametrize("prompt, thing, way", [
    ("The brochure explains that a red car drives from the left side of the frame to the right side.", "red car",
     ("left", "right")),
    ("In the gallery, the critic insists that a bird flies from the left side of the picture to the right side.",
     "bird", ("left", "right")),
])
def test_the_speaker_of_a_reported_clause_is_no_thing_and_the_clause_moves(prompt, thing, way):
    assert _crossing(prompt) == {thing: way}


def test_a_relation_reported_by_a_definite_speaker_is_the_clip():
    prompt = "The lawyer maintains that a cat runs from the right of the dog to the left of the dog, and the dog stays still."
    assert names(prompt) == ["cat", "dog"]
    assert _passes(prompt, "cat", "dog") == ("right of", "left of")


# ------------------------------------------------------------ 2. a mandative subjunctive's bare verb is the verb
def test_a_bare_verb_after_a_demanded_subject_is_its_move_never_half_of_its_name():
    prompt = "The director demands that a dog run from the left side of the frame to the right side."
    assert _crossing(prompt) == {"dog": ("left", "right")}


def test_a_demanded_route_fronted_by_its_start_is_the_mover_s():
    prompt = ("Seen from above, it is essential that from the upper right corner a bird fly to the upper left corner "
              "and then to the lower left corner.")
    assert _route(prompt) == (["bird"], ("upper right", "upper left", "lower left"))


# ------------------------------------------------------------ 3. "can" after a noun is the modal
def test_can_after_a_noun_is_the_modal_and_a_can_after_an_article_is_a_thing():
    prompt = "The cat stays still so that a dog can run from the left of the cat to the right of the cat."
    assert names(prompt) == ["cat", "dog"]
    assert _passes(prompt, "dog", "cat") == ("left of", "right of")
    assert _crossing("A can rolls from the left side of the frame to the right side.") == {"can": ("left", "right")}


# ------------------------------------------------------------ 4. a note's report without its writer, clause by clause
def test_a_note_s_report_and_its_further_that_clauses_are_one_route():
    prompt = ("Top-down view. Recorded that the upper left corner is where a ball started, that it rolled to the upper "
              "right corner, and that it ended at the lower right corner.")
    assert _route(prompt) == (["ball"], ("upper left", "upper right", "lower right"))


def test_a_start_fronted_after_a_colon_is_the_next_subject_s_not_the_clause_before_it():
    prompt = ("Seen from above, the picture is clear: from the upper left corner, a cat walks to the upper right corner "
              "and then to the lower right corner.")
    assert _route(prompt) == (["cat"], ("upper left", "upper right", "lower right"))


# ------------------------------------------------------------ 5. a place named before its mover
def test_a_place_said_to_be_where_a_thing_starts_is_its_start():
    prompt = ("From above: the upper right corner is where a dog must start; it then walks to the upper left corner "
              "and finishes at the lower left corner.")
    assert _route(prompt) == (["dog"], ("upper right", "upper left", "lower left"))


# ------------------------------------------------------------ 6. what is not so, and what is the thing's own
def test_an_as_if_clause_tells_no_place_or_move_of_the_clip():
    prompt = ("Peer down from overhead, as if hovering. The upper right corner, then the upper left corner, then the "
              "lower left corner: a dog walks through them in that order.")
    assert _route(prompt) == (["dog"], ("upper right", "upper left", "lower left"))


def test_a_thing_moved_by_its_own_legs_moves_itself_and_its_legs_are_no_things():
    prompt = "A cat is carried by its own paws from the right side of the frame to the left side."
    assert _crossing(prompt) == {"cat": ("right", "left")}


# ------------------------------------------------------------ 7. a quiz answer that tells its own move
def test_an_answer_telling_a_move_in_its_own_clause_is_said_as_it_is():
    prompt = "Q. Who ran? A. From the right side of the frame, a dog ran to the left side."
    assert _crossing(prompt) == {"dog": ("right", "left")}


# ------------------------------------------------------------ 8. reaching a side is the move's end
def test_an_entrance_by_one_side_then_reaching_the_other_is_one_crossing():
    prompt = "Given that a cat enters at the right side of the frame, it must pad across the picture and reach the left side."
    assert _crossing(prompt) == {"cat": ("right", "left")}
