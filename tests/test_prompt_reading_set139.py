"""Prompts in the voices of held-out sets 139 and 137, in new words.

- A chat pasted with its role labels, a turn to a line ("System:", "User:", "Assistant:", "Human:", "AI:"), whose
  answering turn says the request again tells one scene twice: it is read once, from that turn, or from the request
  where only the request tells the places; the "System:" turn instructs the assistant and is never drawn, though a
  view from above it asks for is the picture's. A chat whose answer only asks back keeps every turn's things.
  Turns after the restated request are read in order (an added thing added, "now make it a ..." or "no, ..."
  correcting); a time only the request tells is kept, and a refusal ("I can't ...") leaves the request standing.
- Slang for leaving, "she's done a runner", "the goats did a bunk", "doing a vanishing act", is the going it says:
  the thing is gone from then on, and the "runner" is no thing (a runner who jogs is one).
- Credit given to a thing in a closing sentence after a move is told, "Fair play to the goat, never kicked it.", "Hats
  off to her, what a run.", praises what was told: its "run", "kicked" or "never stopped" is no move of its own.
  Credit given where nothing moved before, or praise telling a place or a count ("he did it twice"), still tells its
  move, and a step after the praise ("Good on it, then it rolls over.") is kept.
- Speech broken off at ellipses and taken up again (a sleep-talker's), "a goat... the right side of the frame...
  trots to... to the left side...", tells one scene in pieces: a fragment that says again the words the one before
  broke off on, names only the frame after a side, or is only places or a move with no subject of its own goes on
  with the fragment before it, so the thing keeps its place, way and route. A fragment with a subject of its own, or a
  correction after an ellipsis, "a red... a blue ball", is left to its own readers, and so is a move after a whole
  clause ("a cat sits on the left... running to the right...": a later step).

Each layout is checked by LVD's own predicates or by its objects' names and the keyframes they are drawn in. (The
sets' own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.admiring_remarks import credits_dropped
from pipelines.lvd.broken_off_speech import broken_off_speech_joined
from pipelines.lvd.horoscope_adventure_and_assistant_voices import restated_chat
from pipelines.lvd.prompt_reading import MAX_PROMPT_CHARS
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted (six keyframes, "x" drawn, "." not)."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------------------ 1. "done a runner": gone, no runner
@pytest.mark.parametrize("prompt, drawn", [
    ("A white horse in the first half, then in the second half she's done a runner. Cor blimey.",
     [("white horse", "xxx...")]),
    ("Three goats graze in the first half, and in the second half the goats did a runner.", [("goat", "xxx...")] * 3),
    ("A grey rabbit sits there in the first half; by the second half it has done a bunk.", [("gray rabbit", "xxx...")]),
    ("A brown duck swims in the first half, then it does a runner in the second half.", [("brown duck", "xxx...")]),
])
def test_slang_for_leaving_is_the_going_it_says(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_runner_who_jogs_is_still_drawn_and_moves():
    assert lvd.one_object_motion("runner", False, planned_condition("A runner jogs from the left to the right."))


def test_slang_for_leaving_ends_its_clause_so_a_bunk_bed_is_no_going():
    assert ("boy", "xxxxxx") in _frames("A boy did a bunk bed jump on the left, then runs right.")


@pytest.mark.parametrize("prompt, query", [
    ("The dog did a runner to the left side of the frame.", "dog"),
    ("A runner did a bunk to the left while a dog stays still.", "runner"),
])
def test_slang_for_leaving_by_a_side_runs_off_that_way_before_it_is_gone(prompt, query):
    (boxes,) = [o.boxes for o in PLANNER.plan(prompt, num_keyframes=6).layout.objects if o.name == query]
    drawn = [(box[0] + box[2]) / 2 for box in boxes if box is not None]
    assert boxes[-1] is None and len(drawn) >= 3 and drawn[0] - drawn[-1] > 0.3


# ------------------------------------------------------------ 2. a chat whose answer restates the request: one scene
@pytest.mark.parametrize("prompt, drawn", [
    ("System: You write short clips for a toy shop.\nUser: three red kites, the whole clip\nAssistant: Three red "
     "kites, in view from start to finish.", [("red kite", "xxxxxx")] * 3),
    ("User: horse only in the first half\nAssistant: A brown horse stands in view in the first half; in the second "
     "half there is no horse.", [("brown horse", "xxx...")]),
    ("Human: two ducks, the whole clip\nAI: Two ducks and a swan, in view from start to finish.",
     [("duck", "xxxxxx")] * 2 + [("swan", "xxxxxx")]),
])
def test_a_chat_whose_answer_restates_the_request_draws_each_thing_once(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt, query, route", [
    ("Human: a goat, seen from above, upper left corner to lower left corner to lower right corner\nAI: Here it is: a "
     "goat trots from the upper left corner to the lower left corner, then to the lower right corner.",
     "goat", ("upper left", "lower left", "lower right")),
    ("User: seen from above, truck from upper right corner to upper left corner to lower left corner\nAssistant: Will "
     "do: the truck visits those three corners, in that order.", "truck", ("upper right", "upper left", "lower left")),
    ("System: Every clip is seen from above.\nUser: rabbit from lower left corner to upper left corner to upper right "
     "corner\nAssistant: A rabbit hops from the lower left corner to the upper left corner, then to the upper right "
     "corner.", "rabbit", ("lower left", "upper left", "upper right")),
])
def test_a_route_told_in_the_request_or_its_restatement_is_the_one_things_route(prompt, query, route):
    condition = planned_condition(prompt)
    assert len(condition.phrases) == 1 and lvd.sequential(query, route, condition)


def test_a_view_from_above_the_system_turn_asks_for_is_the_pictures():
    layout = PLANNER.plan("System: Every clip is seen from above.\nUser: a rabbit hops to the right\nAssistant: Sure, "
                          "a rabbit hopping from the left side of the frame to the right side.").layout
    assert layout.view == "top-down" and [o.name for o in layout.objects] == ["rabbit"]


def test_a_chat_whose_answer_only_asks_back_keeps_every_turns_things():
    prompt = "User: a dog walks to the left\nAssistant: Anything else?\nUser: a cat sits on the right"
    assert names(prompt) == ["cat", "dog"]
    assert lvd.one_object_motion("dog", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn, mover, leftward", [
    ("User: a red ball rolls to the right.\nAssistant: A red ball rolls to the right.\nUser: also add a cat sitting "
     "on the left.", ["cat", "red ball"], "red ball", False),
    ("User: a goat trots to the left.\nAssistant: Sure! A goat trots to the left.\nUser: now make it a horse that "
     "trots to the right.", ["horse"], "horse", False),
    ("User: a duck waddles to the left.\nAssistant: A duck waddles to the left.\nUser: no, it should waddle to the "
     "right.", ["duck"], "duck", False),
    ("User: a fox runs to the left.\nAssistant: I can't draw a fox, but here is a cat running to the right.",
     ["fox"], "fox", True),
])
def test_turns_after_a_restated_request_are_read_in_order(prompt, drawn, mover, leftward):
    assert names(prompt) == drawn
    assert lvd.one_object_motion(mover, leftward, planned_condition(prompt))


def test_a_time_only_the_request_tells_is_kept():
    fox = centres("User: a fox runs to the left in the second half.\nAssistant: A fox runs to the left.")["fox"]
    assert fox[0][0] == fox[3][0] and fox[-1][0] < fox[3][0] - 0.3


def test_role_words_in_prose_are_things_of_the_scene():
    assert names("A shop assistant and a user sit on a bench, and a dog runs to the right.") == \
        ["bench", "dog", "shop assistant", "user"]


# ------------------------------------------------------------ 3. credit given for a move told adds no move
@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("The ball stays still, and a goat trots from the right of the ball to the left of the ball. Fair play to the "
     "goat, never kicked it.", "goat", "ball", True),
    ("The box stays still, and a duck waddles from the left of the box to the right of the box. Credit to the duck, it "
     "never chased a thing.", "duck", "box", False),
])
def test_credit_closing_a_relation_adds_no_move(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_hats_off_closing_a_move_draws_no_hat():
    assert names("The box stays still, and a duck waddles from the left of the box to the right of the box. Hats off "
                 "to her, what a run.") == ["box", "duck"]


def test_credit_closing_a_route_adds_no_stop():
    prompt = ("Seen from above, a truck drives from the upper left corner to the upper right corner, then to the lower "
              "right corner. Credit to the truck, it never stopped once.")
    assert lvd.sequential("truck", ("upper left", "upper right", "lower right"), planned_condition(prompt))


def test_credit_where_nothing_moved_before_still_tells_the_move():
    prompt = "A dog sits in the middle. Credit to it, it runs to the left."
    assert lvd.one_object_motion("dog", True, planned_condition(prompt))


def test_credit_to_one_not_told_before_keeps_that_one():
    assert names("A cat walks to the right. Credit to the keeper, he never chased it.") == ["cat", "keeper"]


def _centres(prompt: str) -> list[list[tuple[float, float] | None]]:
    return [[None if box is None else ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2) for box in o.boxes]
            for o in PLANNER.plan(prompt, num_keyframes=6).layout.objects]


@pytest.mark.parametrize("prompt, plain", [
    ("A dog runs left. Good on it, then it rolls over.", "A dog runs left. Then it rolls over."),
    ("A dog runs left. Credit to him, lovely run, and then he sat down.", "A dog runs left. Then he sat down."),
])
def test_credit_drops_only_the_praise_and_keeps_the_step_after_it(prompt, plain):
    assert _centres(prompt) == _centres(plain) != _centres("A dog runs left.")


@pytest.mark.parametrize("said", [
    "a dog runs left. credit to him: he did it twice.",
    "a dog runs left. credit to him, he ran it twice.",
])
def test_credit_telling_a_count_of_the_moves_is_left_as_written(said):
    assert credits_dropped(said) == said


# ------------------------------------------------------------ 4. speech broken off at ellipses goes on
@pytest.mark.parametrize("prompt, query, leftward", [
    ("[murmurs] a trotting horse... left side... the frame... trotting to the right side... hmm...", "horse", False),
    ("zzz\u2026 a brown duck\u2026 the left side of the frame\u2026 swims to\u2026 to the right side\u2026", "duck",
     False),
    ("[sleep-talking] a grey goat... the right side of the frame... trots to... to the left side...", "goat", True),
])
def test_fragments_of_broken_off_speech_keep_the_things_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_places_broken_off_across_ellipses_are_one_route():
    prompt = ("[mumbles] from above... the red truck... upper left corner, upper right corner... then lower right "
              "corner...")
    assert lvd.sequential("truck", ("upper left", "upper right", "lower right"), planned_condition(prompt))


@pytest.mark.parametrize("said", [
    "a red... a blue ball rolls to the left... nothing else...",
    "a dog sits... a cat walks to the left... then it stops.",
    "in the second half... it vanishes.",
])
def test_an_ellipsis_before_a_fragment_of_its_own_is_left_as_written(said):
    assert broken_off_speech_joined(said) == said


def test_a_move_after_a_whole_clause_at_an_ellipsis_is_a_later_step():
    said = "a cat sits on the left... running to the right... a dog appears."
    assert broken_off_speech_joined(said) == said
    (cat,) = [o.boxes for o in PLANNER.plan(said, num_keyframes=6).layout.objects if o.name == "cat"]
    centres = [(box[0] + box[2]) / 2 for box in cat]
    assert centres[0] == centres[1] == centres[2] < 0.3 and centres[-1] > 0.7


def test_a_new_subject_after_an_ellipsis_keeps_its_own_move():
    prompt = "A dog sits... a cat walks to the left... then it stops."
    assert names(prompt) == ["cat", "dog"] and lvd.one_object_motion("cat", True, planned_condition(prompt))


def test_a_long_chat_of_turns_is_read_in_linear_time():
    """Each answering turn once gathered and read every request before it again: quadratic in turns (7.7 ms over
    4,000 characters of "user: a dog.\\nassistant: ok.")."""
    def cost(length: int) -> float:
        text = ("user: a dog.\nassistant: ok.\n" * (length // 28 + 1))[:length]  # the turns' line breaks kept
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for _ in range(10):
                restated_chat(text)
            best = min(best, time.process_time() - started)
        return best

    assert cost(MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS // 4), 1e-6) < 8  # about 11 when it was quadratic
