"""Ordinary prompts a review found misread after the nineteenth round of phrasings, each fixed by narrowing its rule.

A stay in view said for the second half keeps a thing there from the start when the thing was named before the
half ("A goat stays in shot for the second half"), and brings it in at the midpoint only when the half is said
first ("In the second half, a bird, which stays in frame").
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


def _moving(prompt: str) -> list[str]:
    """The names of the things whose box centre changes over the clip."""
    moved = []
    for obj in PLANNER.plan(prompt, num_keyframes=8).layout.objects:
        boxes = [b for b in obj.boxes if b is not None]
        if boxes and abs(boxes[0][0] - boxes[-1][0]) + abs(boxes[0][1] - boxes[-1][1]) > 0.1:
            moved.append(obj.name)
    return sorted(moved)


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each object's name and, per keyframe, x where it is drawn and . where it is not (six keyframes)."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return [(obj.name, "".join("." if box is None else "x" for box in obj.boxes)) for obj in layout.objects]


# ------------------------------------------------------------ 1. a stay in view for the second half
@pytest.mark.parametrize("prompt, drawn", [
    ("A goat stays in shot for the second half.", [("goat", "xxxxxx")]),
    ("A dog remains in view for the second half of the clip.", [("dog", "xxxxxx")]),
    ("In the second half, a flying bird, which stays in frame to the end.", [("bird", "...xxx")]),
])
def test_a_stay_for_the_second_half_keeps_a_thing_named_before_it(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 2. a clip for someone: one rule, not when a thing shows it
def test_a_thing_in_the_scene_that_plays_a_clip_for_people_keeps_them():
    assert names("A man plays a video for the kids. A ball rolls left.") == ["ball", "kid", "kid", "man"]


@pytest.mark.parametrize("prompt, drawn", [
    ("We made a video for the kids: a ball rolls left.", ["ball"]),
    ("A film for the reception screen, two moving balls.", ["ball", "ball"]),
])
def test_a_clip_made_for_people_or_a_screen_draws_neither(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. an audience that likes the clip, in any word order
@pytest.mark.parametrize("prompt, drawn", [
    ("The children love the video: three birds fly to the left.", ["bird", "bird", "bird"]),
    ("My kids love this video: a red ball rolls to the right.", ["red ball"]),
    ("Our patients really like the new clip. A dog walks left.", ["dog"]),
])
def test_an_audience_that_likes_the_clip_is_not_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_an_animal_that_likes_a_thing_in_the_scene_stays():
    assert names("The dog loves the ball. The ball rolls left.") == ["ball", "dog"]


# ------------------------------------------------------------ 5. "nothing is on the table but ...": the place stays
@pytest.mark.parametrize("prompt, drawn", [
    ("Nothing is on the table but a red ball, which rolls left.", ["red ball", "table"]),
    ("Nothing else is in this clip but one bird, flying to the right.", ["bird"]),
    ("Nothing is there except two cats.", ["cat", "cat"]),
])
def test_nothing_but_keeps_a_place_that_is_not_the_clip(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 6. "enters from the left, and by the end it has left"
@pytest.mark.parametrize("prompt", [
    "A car enters from the left, and by the end it has left.",
    "A car drives in from the left, and by the end it has left.",
])
def test_an_entrance_then_gone_is_one_pass_across(prompt):
    track = [box for box in PLANNER.plan(prompt, num_keyframes=6).layout.objects[0].boxes]
    seen = [box[0] for box in track if box is not None]
    assert len(seen) >= 3
    assert seen == sorted(seen)


# ------------------------------------------------------------ 12. the audience rules run only on a clip's noun
def test_the_clip_audience_rules_need_a_clip_noun(monkeypatch):
    from pipelines.lvd import clip_audience

    class Refused:
        def sub(self, *args):
            raise AssertionError("a rule said of a clip ran on a prompt with no clip in it")

    for rule in ("CLIP_FOR_RE", "SHOWN_TO_RE", "LIKED_CLIP_RE"):
        monkeypatch.setattr(clip_audience, rule, Refused())
    text = "a man plays for the kids, sends a present, and the dog likes the sense of it."
    assert clip_audience.audience_dropped(text) == text


# ------------------------------------------------------------ 13. a quote is no record
def test_a_quoted_line_does_not_make_a_prompt_a_record():
    from pipelines.lvd.clip_headings import looks_like_record

    assert not looks_like_record('a green parrot sitting on a wooden perch says: "hello" to a boy who walks in')
    assert names('Password: "blue moon". A ball rolls left.') == ["ball"]


# ------------------------------------------------------------ 7. the simile gate is a "like"; set comparisons their own
def test_the_simile_gate_is_a_like_and_set_comparisons_have_their_own():
    from pipelines.lvd.similes import looks_like_set_comparison, looks_like_simile

    assert not looks_like_simile("a dog walks left as a cat sleeps on the mat")
    assert not looks_like_set_comparison("a dog walks left as a cat sleeps on the mat")
    assert looks_like_set_comparison("a bird flies home, as the crow flies, to the right")
    assert names("A bird flies to the right, as the crow flies.") == ["bird"]


# ------------------------------------------------------------ 15. a key's letter; a calming line's listener
def test_a_key_with_a_letter_is_still_a_key():
    from pipelines.lvd.spec_prompts import looks_like_spec

    assert looks_like_spec("Object: ball, Lane A: left")
    assert not looks_like_spec("Then the clip: two balls roll left")


@pytest.mark.parametrize("line, calming", [
    ("relax, then look: a ball rolls left.", "relax"),
    ("sleep tight, little love: a ball rolls left.", "sleep tight, little love"),
    ("relax, my dear: a cat walks left.", "relax, my dear"),
])
def test_a_calming_line_takes_only_a_listener_it_names(line, calming):
    from pipelines.lvd.instruction_voice import CALMING_RE

    assert CALMING_RE.search(line).group(0) == calming


# ------------------------------------------------------------ 10. one list of clip nouns for every clip rule
@pytest.mark.parametrize("prompt, drawn", [
    ("The tape the children like: a dog walks to the left.", ["dog"]),
    ("The loop, uploaded by my aunt, shows two cats sitting still.", ["cat", "cat"]),
])
def test_every_clip_rule_knows_every_clip_noun(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 11. one list of winds and waters
@pytest.mark.parametrize("prompt", ["Pushed by the winds, a ball rolls to the left.",
                                    "Carried by the currents, a ball rolls to the left."])
def test_the_flows_that_carry_a_thing_are_no_things_in_the_plural_too(prompt):
    assert names(prompt) == ["ball"]


# ------------------------------------------------------------ 9. one list of verbs that take a bare infinitive
@pytest.mark.parametrize("prompt, mover, watcher", [
    ("A boy spotted a cat jump onto a table.", "cat", "boy"),
    ("A girl helped a goat walk to the right.", "goat", "girl"),
    ("A woman spots a green ball roll to the right.", "green ball", "woman"),
])
def test_the_thing_after_a_verb_of_seeing_or_helping_does_the_bare_verb(prompt, mover, watcher):
    assert mover in names(prompt) and watcher in names(prompt)
    assert _moving(prompt) == [mover]


# ------------------------------------------------------------ 4. the rewrite table says the order, no pass runs another
def test_places_taken_back_and_an_expected_route_are_passes_before_the_routes():
    import inspect

    from pipelines.lvd import self_corrections, ticket_learner_and_abstract_voices
    from pipelines.lvd.prompt_rewrites import READING_PASSES

    order = [rewrite.name for rewrite in READING_PASSES]
    assert order.index("places taken back") < order.index("routes")
    assert order.index("expected route") < order.index("routes")
    assert "route_phrasings" not in inspect.getsource(ticket_learner_and_abstract_voices)
    assert "places_taken_back(" not in inspect.getsource(self_corrections.corrections_undone)


def test_a_corner_taken_back_is_still_read_as_the_one_said_instead():
    track = centres("A ball starts top... no, bottom-left, and rolls to the upper right corner.")["ball"]
    assert track[0][0] < 0.35 and track[0][1] > 0.65
    assert track[-1][0] > 0.65 and track[-1][1] < 0.35


# ------------------------------------------------------------ 8. who does a verb is the phrase context's to say
def test_clause_and_watched_thing_rules_live_with_the_phrase_context():
    from pipelines.lvd import phrase_context, word_guessing

    for rule in ("watched_thing_acts", "clause_follows_as"):
        assert hasattr(phrase_context, rule) and not hasattr(word_guessing, rule)
    assert _moving("A woman watches a ball roll to the left.") == ["ball"]
