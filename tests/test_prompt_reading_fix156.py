"""Prompts in the voices held-out set 156 (tests/helpers/blind_set_156.py) missed, in new words.

- A Mermaid diagram's source ("flowchart TD", "graph TD", "sequenceDiagram"): its header, node ids, participants'
  short names and arrows are the diagram's, never in the video; its labels, notes, messages and "%%" comments tell
  the clip, in the arrows' order.
- A Geordie speaker: "nee" is no, "aal" all, "nowt" nothing, "divvent" don't, "gan" go.
- An airline captain's lead-in before his colon ("A quick word before we push back:", "A very short note on the
  clip:") is his occasion, never a thing to draw.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.mermaid_diagrams import looks_like_mermaid, mermaid_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


def test_a_subgraph_is_the_half_its_nodes_are_told_in():
    """"subgraph one [first half]" sets its nodes in the first half; the arrow between two subgraphs adds nothing."""
    prompt = ("graph TB\n    subgraph one [first half]\n        X[no cat]\n    end\n"
              "    subgraph two [second half of the clip]\n        Y[a lively cat shows up]\n    end\n    one --> two")
    assert lvd.visibility("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    # an arrow's inner label between two places of the frame: its mover going from the one to the other
    ("flowchart TD\n    L([left side of the frame]) -- moving car drives --> R([right side of the frame])", "car", False),
    # "thing, place" labels in quotes: one cat at one side, then at the other
    ('graph TD\n    A["lively cat, right side of frame"] --> B["lively cat, left side of frame"]', "cat", True),
    # a message between two participants named as places: its text going from the one to the other
    ("sequenceDiagram\n    participant L as left side of the frame\n    participant R as right side of the frame\n"
     "    L->>+R: a flying bird glides over", "bird", False),
])
def test_a_diagrams_move_is_its_labels_from_one_place_to_the_other(prompt, query, leftward):
    """No node id ("L", "R") nor participant is drawn, and a node's thing said again at the next node is the same."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, still, leftward", [
    ("flowchart TD\n    S[the dog stays still]\n    A[car at the left of the dog] -->|drives| B[car at the right of the dog]",
     "car", "dog", False),
    ("sequenceDiagram\n    participant Cat\n    Note over Cat: the cat stays still\n"
     "    Note over Cat: a ball rolls from the right of the cat to the left of the cat", "ball", "cat", True),
])
def test_a_diagrams_relation_is_told_by_its_labels_and_notes(prompt, mover, still, leftward):
    """"Note over Cat:" is no "note cat" and "B" no thing: the labelled arrow is the mover going to its new place."""
    assert lvd.two_object_motion(mover, still, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("sequenceDiagram\n    participant P as lower left corner\n    participant Q as lower right corner\n"
     "    participant R as upper right corner\n    Note over P,R: from above\n    P->>Q: a cat runs\n"
     "    Q->>R: the cat runs on", "cat", BL_BR_TR),
    ("graph TD\n    %% top-down view\n    A([car, lower right corner]) ==> B([upper right corner]) ==> C([upper left corner])",
     "car", BR_TR_TL),
])
def test_a_diagrams_route_goes_on_from_where_the_last_arrow_ended(prompt, query, route):
    """A message from where the last one ended goes on along the same route; a node naming only a corner is a stop."""
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_diagram_is_told_in_its_labels_words():
    told = mermaid_in_plain_words("flowchart LR\n    A[cat at the left side]-->|runs|B[cat at the right side]\n"
                                  "    classDef red fill:#f00\n    %% nothing else")
    assert told == "cat at the left side runs to the right side. nothing else."
    assert not looks_like_mermaid("graph of a cat running\nfrom left to right")


@pytest.mark.parametrize("prompt, query, appears", [
    ("Whey aye, a lively cat for the first half, pet, then nee cat at aal for the second half.", "cat", False),
    ("There's nee car in the first half, man. In the second half a moving car drives in an' stays.", "car", True),
])
def test_a_geordie_nee_is_no(prompt, query, appears):
    """"nee car" is no car, never a second car: the Geordie "nee" is "no" and "aal" is "all"."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("This is your captain. A quick word before we push back: three flying birds, on view from the start of the clip "
     "to its end, and absolutely nothing else.", "bird", 3),
    ("Good evening from the flight deck. A very short note on the video: two walking dogs, start to finish, and "
     "that's it, nothing else.", "dog", 2),
])
def test_a_captains_lead_in_is_no_thing(prompt, query, count):
    """"A quick word before ...:" and "a very short note on ...:" open the announcement; no word or note is drawn."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_ordinary_prompts_read_as_before():
    """A short note that is the scene's own is read as before, and a graph named in prose is no diagram."""
    assert lvd.one_object_motion("bird", False, planned_condition(
        "A bird sings a short note, then flies from the left to the right."))
    assert lvd.one_object_motion("cat", True, planned_condition(
        "A short note flutters down as a cat walks from right to left."))
    assert lvd.numeracy("dog", 2, planned_condition("two dogs walk in a park"))
    assert lvd.one_object_motion("cat", False, planned_condition("graph TD: a cat runs from left to right"))


@pytest.mark.parametrize("prompt", [
    "flowchart TD\n" + "A[cat, left side of frame] --> " * 70,
    "flowchart TD\n" + "A -- " * 400,
    "sequenceDiagram\n" + "A->>B: cat runs\n" * 130,
])
def test_a_hostile_diagram_is_read_quickly(prompt):
    """The reader's patterns are bounded: a 2,000-character repeat of its marks reads in well under 100 ms."""
    mermaid_in_plain_words("flowchart TD\n    A[a cat, left side of frame] --> B[a cat]")  # the word tables loaded
    start = time.perf_counter()
    mermaid_in_plain_words(prompt[:2000])
    assert time.perf_counter() - start < 0.1
    assert PLANNER.plan("flowchart TD\n    A[one cat]").layout.objects


def test_a_fenced_diagram_with_its_directive_is_read_the_same():
    """A "```mermaid" fence and a "%%{init: ...}%%" directive are the diagram's; a "%%" line above the header is prose."""
    prompt = ('```mermaid\n%% the dog never moves\n%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n'
              "    participant Dog\n    Note over Dog: the dog stays still\n"
              "    Note over Dog: a car drives from the right of the dog to the left of the dog\n```")
    assert lvd.two_object_motion("car", "dog", True, planned_condition(prompt))
    assert names(prompt) == ["car", "dog"]  # no "note dog", no "dark" anything
