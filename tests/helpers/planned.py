"""One shared embedded planner for the prompt-reading tests, and what they ask of its layouts."""

from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers import lvd_benchmark as lvd

PLANNER = PhysicsPlanner()


def planned_condition(prompt: str):
    """The planned layout as LVD's predicates read it (boxes per phrase)."""
    return lvd.layout_condition(PLANNER.plan(prompt).layout)


def names(prompt: str) -> list[str]:
    """The layout's object names, sorted, so a test states what is drawn regardless of order."""
    return sorted(o.name for o in PLANNER.plan(prompt).layout.objects)


def seen_in(prompt: str) -> tuple[bool, bool]:
    """(seen in the first half, seen in the second half) of the planned layout's one object."""
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    shown = [box is not None for box in layout.objects[0].boxes]
    return any(shown[:3]), any(shown[5:])


def centres(prompt: str, keyframes: int = 8) -> dict[str, list[tuple[float, float] | None]]:
    """Each object's box centres by name (one object of each name), None where it is not drawn."""
    layout = PLANNER.plan(prompt, num_keyframes=keyframes).layout
    found = {}
    for obj in layout.objects:
        assert obj.name not in found, [o.name for o in layout.objects]
        found[obj.name] = [None if b is None else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in obj.boxes]
    return found


def ways_and_presence(prompt: str, travel: float = 0.2) -> dict[str, tuple[str, str]]:
    """Each drawn name with (the way it moves — "left" or "right" once its centre travels more than ``travel`` of the
    frame's width, else "" — and the keyframes it is drawn in, as "1" drawn and "." not)."""
    found = {}
    for obj in PLANNER.plan(prompt).layout.objects:
        assert obj.name not in found, [o.name for o in PLANNER.plan(prompt).layout.objects]
        shown = [box for box in obj.boxes if box is not None]
        start, end = (shown[0][0] + shown[0][2]) / 2, (shown[-1][0] + shown[-1][2]) / 2
        way = "left" if end < start - travel else "right" if end > start + travel else ""
        found[obj.name] = (way, "".join("." if box is None else "1" for box in obj.boxes))
    return found


def ways_of(prompt: str, travel: float = 0.2) -> dict[str, str]:
    """Each drawn name with the way it moves, as ``ways_and_presence`` reads it with the same ``travel``."""
    return {name: way for name, (way, _) in ways_and_presence(prompt, travel).items()}


def corner_of(centre: tuple[float, float]) -> str:
    """The frame's quarter a box centre lies in, named as a route's corner ("lower left")."""
    x, y = centre
    return f"{'lower' if y > 0.5 else 'upper'} {'left' if x < 0.5 else 'right'}"


def route_corners(prompt: str, keyframes: int = 6) -> tuple[list[str], tuple[str, str, str]]:
    """The objects drawn, and the corners the mover (or the only thing) is in at the start, the middle and the end."""
    found = centres(prompt, keyframes)
    mover = [name for name, row in found.items() if len({c for c in row if c is not None}) > 1]
    row = found[mover[0]] if mover else next(iter(found.values()))
    return sorted(found), (corner_of(row[0]), corner_of(row[keyframes // 2]), corner_of(row[-1]))


def in_corner(centre: tuple[float, float], corner: str, margin: float = 0.1) -> bool:
    """Whether a box centre lies well inside the named corner's quarter ("upper right"), ``margin`` clear of the
    middle."""
    x, y = centre
    return (y > 0.5 + margin if "lower" in corner else y < 0.5 - margin) and (
        x > 0.5 + margin if "right" in corner else x < 0.5 - margin)


def passes_still_thing(prompt: str, mover: str, still: str, rightward: bool, margin: float = 0.1) -> bool:
    """Whether ``still`` keeps one place all clip long while ``mover`` goes from one side of it to the other, starting
    and ending past ``margin`` of the frame's width beyond it (LVD's relations: "from the left of the box to its
    right")."""
    found = centres(prompt)
    place, path = found[still], found[mover]
    if len(set(place)) != 1 or None in place:
        return False
    x, start, end = place[0][0], path[0][0], path[-1][0]
    return start < x - margin and end > x + margin if rightward else start > x + margin and end < x - margin


def _way_moved(thing) -> str:
    """"left", "right" or "" for a thing's box from its first to its last keyframe."""
    shown = [box for box in thing.boxes if box is not None]
    if shown[-1][0] < shown[0][0] - 0.2:
        return "left"
    return "right" if shown[-1][0] > shown[0][0] + 0.2 else ""


def moves_drawn(prompt: str) -> dict[str, list[str]]:
    """Each drawn name with the way each of its objects moves ("left", "right" or ""), sorted."""
    found: dict[str, list[str]] = {}
    for thing in PLANNER.plan(prompt, num_keyframes=8).layout.objects:
        found.setdefault(thing.name, []).append(_way_moved(thing))
    return {name: sorted(ways) for name, ways in sorted(found.items())}
