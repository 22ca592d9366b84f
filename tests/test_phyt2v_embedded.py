"""The embedded PhyT2V reasoner: laws from the knowledge base, mismatches against motion the captioner
measured on preview videos of hand-made layouts, refined prompts the physics planner understands,
and a hand-written embedded round (render → caption → judge → reason → re-plan) in which PC rises."""

from __future__ import annotations

import json

import pytest

from pipelines.core.judging import Caption, JudgeScores, Video
from pipelines.core.layout import Layout, LayoutObject
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.preview import PreviewRenderer, PreviewSettings
from pipelines.lvd.prompt_reading import read_prompt
from pipelines.phyt2v.critique import critique_layout
from pipelines.phyt2v.embedded import EMBEDDED_REASONER_ID, EmbeddedReasoner
from pipelines.phyt2v.knowledge import LAWS, changes_reading_as_allowed, scene_object_laws, statement
from pipelines.phyt2v.reasoning import MAX_REFINED_WORDS, Reasoner, ReasonerError

REASONER = EmbeddedReasoner()
RENDERER = PreviewRenderer()
CAPTIONER = MotionCaptioner()
JUDGE = MotionJudge()
PLANNER = PhysicsPlanner()
SETTINGS = PreviewSettings(width=192, height=192, fps=8.0)
DROP = "a red ball is dropped and bounces on the floor"


def layout_of(name: str, centres, size: float = 0.1, color: str = "red") -> Layout:
    boxes = tuple((x - size / 2, y - size / 2, x + size / 2, y + size / 2) for x, y in centres)
    return Layout(objects=(LayoutObject(0, name, boxes, (("color", color),)),), num_keyframes=len(centres),
                  background="room").validate()


def watch(layout: Layout, prompt: str = "") -> tuple[Caption, JudgeScores]:
    video = Video(RENDERER.render_frames(layout, SETTINGS), SETTINGS.fps)
    return CAPTIONER.caption(video), JUDGE.score(video, prompt)


def violated(prompt: str, caption: Caption) -> set[str]:
    mismatch = REASONER.find_mismatch(prompt, caption, REASONER.extract_laws(prompt))
    return {v["law"] for v in json.loads(mismatch.raw)["violations"]}


# ------------------------------------------------------------------------------ laws


def test_the_embedded_reasoner_satisfies_the_protocol():
    assert isinstance(REASONER, Reasoner) and REASONER.reasoner_id == EMBEDDED_REASONER_ID


@pytest.mark.parametrize("prompt, objects, laws", [
    (DROP, ("ball",), ("gravity", "elasticity")),
    ("a boat floats on the lake", ("boat",), ("buoyancy",)),
    ("a wooden box slides across the floor", ("box",), ("friction",)),
    ("the camera moves away from a painting", ("painting",), ("perspective",)),
    ("a red balloon rises into the sky", ("balloon",), ("buoyancy",)),
    ("a glass falls off the table and shatters", ("glass", "table"), ("gravity", "fracture")),
    ("a leaf falls from a tree", ("leaf", "tree"), ("drag",)),
    ("a boy kicks a soccer ball across the field", ("boy", "soccer ball"), ("gravity", "inertia", "elasticity")),
    ("a ball rolls into a box", ("ball", "box"), ("friction", "momentum", "gravity")),
    ("a top-down view of a ball rolling across a table", ("ball", "table"), ("friction",)),
])
def test_extract_laws(prompt, objects, laws):
    scene = REASONER.extract_laws(prompt)
    assert scene.objects == objects
    assert scene.laws == laws
    for law in laws:
        assert LAWS[law].prediction in scene.explanation
    assert json.loads(scene.raw)["objects"][0]["name"] == objects[0]


def test_extract_laws_refuses_a_prompt_without_objects():
    with pytest.raises(ReasonerError, match="empty"):
        REASONER.extract_laws("   ")


KB_PROMPTS = [
    DROP, "a basketball falls from the top of the frame", "a boy kicks a soccer ball across the field",
    "a tennis ball is thrown from the left to the right and bounces twice", "a wooden box slides across the floor",
    "a boat floats on the lake", "a sailboat sails across the lake from left to right",
    "the camera moves away from a painting", "the camera zooms in on a vase", "a car drives toward the camera",
    "a red balloon rises into the sky", "a glass falls off the table and shatters", "a leaf falls from a tree",
    "a feather drifts down slowly", "a paper airplane glides across the room", "a rock rests on the ground",
    "a ball rolls into a box", "two balls fall and bounce in a garden", "a man jumps over a fence",
    "an egg drops onto the kitchen floor",
]


def test_every_law_sentence_leaves_the_planners_reading_as_the_law_allows():
    """The sentences are for a video model; the embedded planner must not take them for new objects or moves."""
    stated = set()
    for prompt in KB_PROMPTS:
        reading = read_prompt(prompt)
        for obj in scene_object_laws(reading):
            for law in obj.laws:
                sentence = statement(law, obj)
                stated.add(law)
                assert changes_reading_as_allowed(reading, read_prompt(f"{prompt}. {sentence}"), (law,)), sentence
    assert stated == set(LAWS)  # every law of the knowledge base was exercised


# ------------------------------------------------------------------------------ mismatch


WRONG_VIDEOS = {
    "constant-speed fall": ([(0.5, 0.15 + 0.14 * k) for k in range(6)], "gravity", "steady speed"),
    "hovering": ([(0.5, 0.4)] * 6, "gravity", "hangs still"),
    "bounces higher each time": ([(0.5, 0.85), (0.5, 0.7), (0.5, 0.85), (0.5, 0.55), (0.5, 0.85), (0.5, 0.35)],
                                 "elasticity", "higher"),
}


@pytest.mark.parametrize("case", list(WRONG_VIDEOS), ids=list(WRONG_VIDEOS))
def test_find_mismatch_names_the_violated_law(case):
    centres, law, words = WRONG_VIDEOS[case]
    caption, _ = watch(layout_of("ball", centres))
    mismatch = REASONER.find_mismatch(DROP, caption, REASONER.extract_laws(DROP))
    assert law in violated(DROP, caption), mismatch.issues
    assert any(words in issue and issue.endswith(f"({law})") for issue in mismatch.issues), mismatch.issues
    assert mismatch.summary.startswith(f"{len(mismatch.issues)} problem")
    assert "Laws: " in mismatch.reasoning and "Compare: " in mismatch.reasoning


@pytest.mark.parametrize("prompt", [DROP, "a red balloon rises into the sky", "the camera moves away from a red painting",
                                    "a glass falls off the table and shatters", "a red leaf falls from a tree"])
def test_the_physics_planners_preview_shows_no_mismatch(prompt):
    caption, _ = watch(PLANNER.plan(prompt).layout)
    mismatch = REASONER.find_mismatch(prompt, caption, REASONER.extract_laws(prompt))
    assert mismatch.issues == (), mismatch.issues
    assert "no mismatch" in mismatch.summary


def facts(**overrides):
    base = {"track": 0, "color": "red", "start_xy": [0.5, 0.5], "end_xy": [0.5, 0.5], "start_region": "centre",
            "end_region": "centre", "dx": 0.0, "dy": 0.0, "rise": 0.0, "fall": 0.0, "speed": 0.1, "moved": True,
            "roughness": 0.1, "erratic": False, "bounce_frames": [], "bounce_y": [], "accel_y": 0.0, "size_ratio": 1.0,
            "appears_s": None, "entry_edge": None, "disappears_s": None, "exit_edge": None, "comes_to_rest": False,
            "rest_s": None}
    return {**base, **overrides}


@pytest.mark.parametrize("prompt, track, law", [
    ("the camera moves away from a red painting", facts(size_ratio=1.0), "perspective"),
    ("a red car drives toward the camera", facts(size_ratio=0.95, dx=0.3), "perspective"),
    ("a red box slides across the floor", facts(dx=0.6), "friction"),
    ("a red balloon rises into the sky", facts(dy=0.4, fall=0.4), "buoyancy"),
    ("a red glass falls off the table and shatters", facts(dy=0.3, accel_y=2.0, bounce_frames=[8], bounce_y=[0.8]), "fracture"),
    ("a red ball falls to the ground", facts(dy=0.5, accel_y=-1.2), "gravity"),
    ("a red ball falls to the ground", facts(dy=0.6, accel_y=2.5, exit_edge="bottom", disappears_s=1.5), "gravity"),
    ("a red rock rests on the ground", facts(dy=-0.3, rise=0.3), "gravity"),
])
def test_find_mismatch_reads_the_captioners_measured_facts(prompt, track, law):
    caption = Caption("(words are not read when tracks are given)", "motion-captioner", {"tracks": [track]})
    assert violated(prompt, caption) == {law}


def test_a_moving_object_missing_from_the_tracks_is_noted():
    prompt = "a red dog runs across the park"
    caption = Caption("Nothing moves: the scene is static.", "motion-captioner", {"tracks": []})
    mismatch = REASONER.find_mismatch(prompt, caption, REASONER.extract_laws(prompt))
    assert mismatch.issues == ("the caption shows nothing that moves like the dog should (visibility)",)


def test_tracks_are_matched_to_objects_by_colour():
    prompt = "a red ball falls to the ground and a blue balloon rises into the sky"
    tracks = [facts(track=0, color="blue", dy=-0.4, rise=0.4), facts(track=1, color="red", dy=0.5,
                                                                     accel_y=2.5, comes_to_rest=True)]
    caption = Caption("", "motion-captioner", {"tracks": tracks})
    assert violated(prompt, caption) == set()
    swapped = [{**tracks[0], "color": "red"}, {**tracks[1], "color": "blue"}]  # the ball rises, the balloon falls
    assert violated(prompt, Caption("", "motion-captioner", {"tracks": swapped})) == {"gravity", "buoyancy"}


def test_a_vlm_caption_is_read_for_words():
    caption = Caption("A red ball hovers in the air above a wooden floor.", "vlm")
    mismatch = REASONER.find_mismatch(DROP, caption, REASONER.extract_laws(DROP))
    assert "the ball hovers in the air instead of falling (gravity)" in mismatch.issues
    assert "the caption never mentions a bounce of the ball (elasticity)" in mismatch.issues
    unnamed = REASONER.find_mismatch("a dog chases a cat", Caption("A dog runs.", "vlm"),
                                     REASONER.extract_laws("a dog chases a cat"))
    assert unnamed.issues == ("the caption does not mention the cat (visibility)",)


# ------------------------------------------------------------------------------ refinement


def refine_for(prompt: str, centres) -> tuple:
    caption, scores = watch(layout_of("ball", centres))
    laws = REASONER.extract_laws(prompt)
    mismatch = REASONER.find_mismatch(prompt, caption, laws)
    return REASONER.refine(prompt, prompt, laws, mismatch, scores), mismatch


@pytest.mark.parametrize("case", list(WRONG_VIDEOS), ids=list(WRONG_VIDEOS))
def test_refine_states_the_violated_law_first_and_keeps_the_prompt(case):
    centres, law, _ = WRONG_VIDEOS[case]
    refinement, mismatch = refine_for(DROP, centres)
    text = refinement.prompt
    assert len(text.split()) <= MAX_REFINED_WORDS
    assert text.startswith(DROP + ". ")
    first_added = text[len(DROP) + 2:]
    assert first_added.startswith(statement(law, scene_object_laws(read_prompt(DROP))[0]))
    assert "Step back" in refinement.reasoning and law in refinement.reasoning
    assert mismatch.issues[0] in refinement.reasoning


def test_the_planner_turns_a_refined_prompt_into_a_layout_that_obeys_the_laws():
    refinement, _ = refine_for(DROP, WRONG_VIDEOS["constant-speed fall"][0])
    layout = PLANNER.plan(refinement.prompt).layout
    assert critique_layout(layout, DROP, REASONER).ok
    (ball,) = layout.objects
    cy = [(b[1] + b[3]) / 2 for b in ball.boxes]
    assert cy[1] - cy[0] > 0.3  # released from rest, it falls
    lows = [k for k in range(1, len(cy) - 1) if cy[k] > cy[k - 1] and cy[k] > cy[k + 1]]
    assert len(lows) >= 1 and all(cy[k] < cy[0] + 0.7 for k in range(len(cy)))
    assert "bounces at t=" in layout.reasoning and "restitution 0.80" in layout.reasoning


def test_refine_keeps_a_long_prompt_within_the_word_limit():
    long_prompt = DROP + ", " + ", ".join(["while a quiet breeze moves through an old garden"] * 12)
    assert len(long_prompt.split()) > 100
    refinement, _ = refine_for(long_prompt, WRONG_VIDEOS["hovering"][0])
    assert len(refinement.prompt.split()) <= MAX_REFINED_WORDS
    assert refinement.prompt.startswith(" ".join(long_prompt.split()[:50]))


def test_refine_is_deterministic():
    first, _ = refine_for(DROP, WRONG_VIDEOS["bounces higher each time"][0])
    second, _ = refine_for(DROP, WRONG_VIDEOS["bounces higher each time"][0])
    assert first == second


# ------------------------------------------------------------------------------ an embedded round, by hand

WRONG_STARTS = {
    "bounces higher each time": (DROP, WRONG_VIDEOS["bounces higher each time"][0], "ball", 0.1),
    "zig-zag fall": (DROP, [(0.5 + (0.12 if k % 2 else -0.12), 0.15 + 0.14 * k) for k in range(6)], "ball", 0.1),
    "teleports to the floor": (DROP, [(0.5, 0.2)] * 3 + [(0.5, 0.85)] * 3, "ball", 0.1),
    "jerky slide": ("a red box slides across the floor",
                    [(0.1 + x, 0.84) for x in (0.0, 0.3, 0.32, 0.62, 0.64, 0.8)], "box", 0.12),
}


@pytest.mark.parametrize("case", list(WRONG_STARTS), ids=list(WRONG_STARTS))
def test_an_embedded_round_raises_pc_on_a_physically_wrong_start(case):
    prompt, centres, name, size = WRONG_STARTS[case]
    wrong = layout_of(name, centres, size)
    assert not critique_layout(wrong, prompt, REASONER).ok
    caption, before = watch(wrong, prompt)  # the judge reads the prompt for which laws apply
    laws = REASONER.extract_laws(prompt)
    mismatch = REASONER.find_mismatch(prompt, caption, laws)
    assert mismatch.issues, caption.text
    refinement = REASONER.refine(prompt, prompt, laws, mismatch, before)
    replanned = PLANNER.plan(refinement.prompt).layout
    _, after = watch(replanned, prompt)
    assert after.pc > before.pc + 0.03, (before.pc, after.pc, caption.text)


def test_reasoning_states_measured_motion_in_words():
    from pipelines.phyt2v.embedded import _measured_motion

    text = _measured_motion({"moved": True, "dy": 0.5, "accel_y": 2.5, "bounce_frames": [6, 11], "rise": 0.2,
                             "size_ratio": 1.0, "comes_to_rest": True})
    assert text == ("moved down 50% of the frame height, vertical acceleration +2.50 frame heights/s², 2 bounces, "
                    "rose 20% at most, came to rest")
    assert _measured_motion({"moved": False}) == "it did not move"
    assert "no vertical acceleration could be measured" in _measured_motion({"moved": True, "dy": -0.3, "accel_y": None})
