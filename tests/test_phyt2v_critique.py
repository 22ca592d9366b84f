"""Check physics on layouts: each violation is found on hand-made bad layouts (with the keyframes
where it shows), the physics planner's own layouts pass, and re-planning fixes what was found."""

from __future__ import annotations

import pytest

from pipelines.core.layout import Layout, LayoutObject
from pipelines.core.planning import PlanResult
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.phyt2v.critique import LayoutCritique, critique_layout, replan_layout
from pipelines.phyt2v.embedded import EmbeddedReasoner
from pipelines.phyt2v.reasoning import ReasonerError, SceneLaws

REASONER = EmbeddedReasoner()


def layout_of(name: str, centres, size: float = 0.1, sizes=None, color: str = "red") -> Layout:
    sizes = sizes or [size] * len(centres)
    boxes = tuple((x - s / 2, y - s / 2, x + s / 2, y + s / 2) for (x, y), s in zip(centres, sizes))
    return Layout(objects=(LayoutObject(0, name, boxes, (("color", color),)),), num_keyframes=len(centres),
                  background="room").validate()


DROP = "a red ball is dropped and bounces on the floor"
BAD_LAYOUTS = {
    # name: (prompt, layout, law, keyframes where it shows)
    "constant-speed fall": (DROP, layout_of("ball", [(0.5, 0.15 + 0.14 * k) for k in range(6)]), "gravity", (0, 4)),
    "decelerating fall": ("a red ball falls to the ground",
                          layout_of("ball", [(0.5, 0.15 + 0.6 * (1 - (1 - k / 5) ** 2)) for k in range(6)]), "gravity", (0, 4)),
    "hovering": (DROP, layout_of("ball", [(0.5, 0.4)] * 6), "gravity", (0, 5)),
    "bounces higher each time": (DROP,
                                 layout_of("ball", [(0.5, 0.85), (0.5, 0.7), (0.5, 0.85), (0.5, 0.55), (0.5, 0.85), (0.5, 0.35)]),
                                 "elasticity", (3, 5)),
    "rebounds above the drop": (DROP,
                                layout_of("ball", [(0.5, 0.3), (0.5, 0.6), (0.5, 0.85), (0.5, 0.2), (0.5, 0.85), (0.5, 0.5)]),
                                "elasticity", (3,)),
    "through the floor": ("a red ball falls to the ground",
                          layout_of("ball", [(0.5, 0.1), (0.5, 0.2), (0.5, 0.4), (0.5, 0.7), (0.5, 0.92), (0.5, 0.92)]),
                          "gravity", (4, 5)),
    "floats up without buoyancy": ("a red rock rests on the ground",
                                   layout_of("rock", [(0.5, 0.85 - 0.08 * k) for k in range(6)]),
                                   "gravity", (5,)),
    "receding camera, no shrink": ("the camera moves away from a red painting",
                                   layout_of("painting", [(0.5, 0.45)] * 6, sizes=[0.3, 0.3, 0.31, 0.32, 0.33, 0.34]),
                                   "perspective", (0, 5)),
    "approach, no growth": ("a red car drives toward the camera",
                            layout_of("car", [(0.5, 0.7)] * 6, sizes=[0.3, 0.29, 0.28, 0.28, 0.27, 0.27]), "perspective", (0, 5)),
    "slide that speeds up": ("a red box slides across the floor",
                             layout_of("box", [(0.1 + x, 0.84) for x in (0.0, 0.05, 0.1, 0.18, 0.32, 0.55)], size=0.12),
                             "friction", (2, 3)),
    "dog lifted into the air": ("a dog runs across the park",
                                layout_of("dog", [(0.2 + 0.1 * k, 0.8 - 0.1 * min(k, 6 - k)) for k in range(7)], size=0.15),
                                "gravity", (2, 3, 4)),
    "balloon that sinks": ("a red balloon rises into the sky",
                           layout_of("balloon", [(0.5, 0.3 + 0.1 * k) for k in range(6)]), "buoyancy", (0, 5)),
}


@pytest.mark.parametrize("case", list(BAD_LAYOUTS), ids=list(BAD_LAYOUTS))
def test_each_violation_is_found_with_its_keyframes(case):
    prompt, layout, law, keyframes = BAD_LAYOUTS[case]
    critique = critique_layout(layout, prompt, REASONER)
    assert not critique.ok
    found = [issue for issue in critique.issues if issue.law == law]
    assert found, critique.summary()
    assert found[0].keyframes == keyframes, found[0]
    assert found[0].object_id == 0 and found[0].message.startswith(f"{layout.objects[0].label}: ")
    assert len(found[0].message) < 110  # short enough for the layout tab


def test_every_violation_of_a_layout_is_reported_with_its_keyframes():
    fall_then_higher = layout_of("ball", [(0.5, 0.3), (0.5, 0.42), (0.5, 0.54), (0.5, 0.66), (0.5, 0.78), (0.5, 0.5),
                                          (0.5, 0.2), (0.5, 0.5), (0.5, 0.78)])
    critique = critique_layout(fall_then_higher, DROP, REASONER)
    assert {(issue.law, issue.keyframes) for issue in critique.issues} == {("gravity", (0, 3)), ("elasticity", (6,))}


PLANNER_PROMPTS = [
    DROP, "a basketball falls from the top of the frame", "a boy kicks a soccer ball across the field",
    "a tennis ball is thrown from the left to the right and bounces twice", "a wooden box slides across the floor",
    "a red ball rolls across the table", "a boat floats on the lake", "the camera moves away from a painting",
    "the camera zooms in on a vase", "a car drives toward the camera", "a red balloon rises into the sky",
    "a glass falls off the table and shatters", "a leaf falls from a tree", "a paper airplane glides across the room",
    "a rock rests on the ground", "a ball rolls into a box", "two balls fall and bounce in a garden",
    "a man jumps over a fence", "an egg drops onto the kitchen floor", "a girl throws a ball high into the air",
    "a car drives away from the camera into the distance", "a kangaroo jumps across the field",
    "a ping pong ball bounces on the table", "an apple falls from a tree and rolls",
]


@pytest.mark.parametrize("num_keyframes, fps", [(6, 2.0), (11, 4.0), (4, 1.0), (16, 6.0)])
def test_the_physics_planners_layouts_pass(num_keyframes, fps):
    planner = PhysicsPlanner(fps_keyframes=fps)
    for prompt in PLANNER_PROMPTS:
        critique = critique_layout(planner.plan(prompt, num_keyframes=num_keyframes).layout, prompt, REASONER)
        assert critique.ok, f"{prompt!r} at {num_keyframes} keyframes:\n{critique.summary()}"
        assert critique.summary().startswith("Physics OK")


def test_laws_checked_per_object_are_reported():
    layout = PhysicsPlanner().plan("a glass falls off the table and shatters").layout
    critique = critique_layout(layout, "a glass falls off the table and shatters", REASONER)
    by_name = {obj.name: critique.laws[obj.id] for obj in layout.objects}
    assert by_name == {"glass": ("gravity", "fracture"), "table": ()}
    assert critique.to_dict()["ok"] is True


def test_an_object_the_prompt_does_not_name_gets_laws_from_its_name():
    layout = layout_of("ball", [(0.5, 0.15 + 0.14 * k) for k in range(6)])
    critique = critique_layout(layout, "a dog sits in a garden", REASONER)
    assert critique.laws[0] == ("gravity",)  # a ball at rest by its class: must not rise; falling is not asked for
    assert critique.ok


@pytest.mark.parametrize("case", list(BAD_LAYOUTS), ids=list(BAD_LAYOUTS))
def test_replanning_fixes_every_violation(case):
    prompt, layout, law, _ = BAD_LAYOUTS[case]
    critique = critique_layout(layout, prompt, REASONER)
    fixed, notes = replan_layout(layout, prompt, critique, PhysicsPlanner())
    assert critique_layout(fixed, prompt, REASONER).ok
    assert fixed.num_keyframes == layout.num_keyframes
    assert notes[0].startswith(f"re-planned from: {prompt}")
    assert any("fixed" in note and law in note for note in notes), notes


class IgnoringPlanner:
    """Stands in for an LLM planner that keeps returning the physically wrong layout."""

    backend_id = "stubborn"

    def __init__(self, layout: Layout):
        self.layout = layout
        self.prompts: list[str] = []

    def plan(self, prompt: str, *, seed: int = 0, num_keyframes: int = 6) -> PlanResult:
        self.prompts.append(prompt)
        return PlanResult(layout=self.layout, backend_id=self.backend_id)


def test_replanning_falls_back_to_the_physics_planner_and_says_so():
    prompt, layout, _, _ = BAD_LAYOUTS["constant-speed fall"]
    stubborn = IgnoringPlanner(layout)
    fixed, notes = replan_layout(layout, prompt, critique_layout(layout, prompt), stubborn)
    assert stubborn.prompts and "under gravity" in stubborn.prompts[0]  # it was asked with the law stated
    assert any(note.startswith("the stubborn planner's layout still fails") for note in notes)
    assert any("with the physics planner" in note for note in notes)
    assert critique_layout(fixed, prompt).ok


def test_a_passing_layout_is_returned_unchanged():
    layout = PhysicsPlanner().plan(DROP).layout
    same, notes = replan_layout(layout, DROP, critique_layout(layout, DROP))
    assert same is layout and "nothing to re-plan" in notes[0]


def test_laws_named_by_another_reasoner_that_boxes_cannot_show_are_noted():
    class OtherReasoner:
        reasoner_id = "llm"

        def extract_laws(self, prompt: str) -> SceneLaws:
            return SceneLaws(objects=("ball",), laws=("gravity", "thermodynamics"))

    critique = critique_layout(PhysicsPlanner().plan(DROP).layout, DROP, OtherReasoner())
    assert critique.ok  # the knowledge base still decides what is checked (gravity and elasticity here)
    assert critique.notes == ("laws the reasoner named that boxes cannot show: thermodynamics",)


def test_empty_prompt_is_refused_with_a_clear_message():
    with pytest.raises(ReasonerError, match="prompt is empty"):
        critique_layout(PhysicsPlanner().plan(DROP).layout, "  ")


def test_critique_is_a_value():
    assert LayoutCritique(()).ok and LayoutCritique(()).summary().startswith("Physics OK")
