"""One shared embedded planner for the prompt-reading tests, and what they ask of its layouts."""

from pipelines.lvd.physics_planner import PhysicsPlanner

PLANNER = PhysicsPlanner()


def names(prompt: str) -> list[str]:
    """The layout's object names, sorted, so a test states what is drawn regardless of order."""
    return sorted(o.name for o in PLANNER.plan(prompt).layout.objects)
