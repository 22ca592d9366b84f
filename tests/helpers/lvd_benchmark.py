"""LVD's stage-1 layout benchmark, rebuilt from its published facts, plus held-out rephrasings.

LVD scores an LLM's layouts on 500 generated prompts in five families (100 each): numeracy,
attribution, visibility, dynamic spatial (50 one-object, 50 two-object) and sequential. Each
prompt has a rule (a predicate) checked on the layout as LVD reads it: boxes converted from
pixel ``[x, y, w, h]`` to ``(x_min, y_min, x_max, y_max)`` without clipping, an absent object
given an all-zero box, and an object counted present where ``x_max`` and ``y_max`` are non-zero.
A box is found by its phrase: the first object whose name contains ``"<query> "`` or ends with
the query (so "lively cat" matches "cat", "carrot" does not match "car").

Layouts are scored through their LVD text export, so a name that loses its attribute word
("blue cat" exported as "cat") fails attribution exactly as it would in LVD.

``rephrased_prompts`` is an independent set in other words (synonyms, word orders and verbs the
benchmark never uses) checked by the same predicates, to measure whether the planner reads the
families or only the benchmark's sentences.
"""

from __future__ import annotations

import ast
import random
import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from pipelines.core.layout import Layout
from pipelines.core.lvd_text import LVD_CANVAS, format_lvd_text

PREFIX = "A realistic lively video of a scene"
TOP_DOWN_PREFIX = "A realistic lively video of a top-down viewed scene"
CLASSES = [("moving car", "car"), ("lively cat", "cat"), ("flying bird", "bird"), ("moving ball", "ball"), ("walking dog", "dog")]
BARE_CLASSES = [bare for _, bare in CLASSES]
COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray"]
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
SEQUENTIAL_ROUTES = [
    ("lower left", "lower right", "upper right"),
    ("lower left", "upper left", "upper right"),
    ("lower right", "lower left", "upper left"),
    ("lower right", "upper right", "upper left"),
]
FAMILIES = ("numeracy", "attribution", "visibility", "dynamic_spatial", "sequential")


def article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def plural(phrase: str) -> str:
    return phrase + "es" if phrase.endswith(("s", "sh", "ch", "x")) else phrase + "s"


# ------------------------------------------------------------------ LVD's reading of a layout
@dataclass
class Condition:
    """A layout as LVD's scorer sees it: one phrase and one xyxy box per keyframe per object."""

    phrases: list[str]
    boxes: list[list[tuple[float, float, float, float]]]


def lvd_condition(text: str, num_frames: int = 6) -> Condition:
    """Read LVD text the way LVD's evaluation does (no clipping, absent → zero box)."""
    width, height = LVD_CANVAS
    frames = {}
    for match in re.finditer(r"^Frame (\d+):(.*)$", text, re.MULTILINE):
        frames[int(match.group(1))] = ast.literal_eval(match.group(2).split(" - ")[0].strip())
    phrases: dict[int, str] = {}
    per_object: dict[int, dict[int, tuple[float, float, float, float]]] = {}
    for k in range(num_frames):
        for item in frames.get(k + 1, []):
            oid = item["id"]
            phrases.setdefault(oid, item["name"])
            x, y, w, h = item["box"]
            per_object.setdefault(oid, {})[k] = (x / width, y / height, (x + w) / width, (y + h) / height)
    boxes = []
    for oid in phrases:
        known = sorted(per_object[oid])
        row = []
        for k in range(num_frames):
            if k in per_object[oid]:
                row.append(tuple(float(np.interp(k, known, [per_object[oid][j][i] for j in known])) for i in range(4)))
            else:
                row.append((0.0, 0.0, 0.0, 0.0))
        boxes.append(row)
    return Condition([p.strip("1234567890 ") for p in phrases.values()], boxes)


def _valid(row) -> np.ndarray:
    array = np.asarray(row)
    return (array[:, 2] != 0) & (array[:, 3] != 0)


def _matches(phrase: str, queries) -> bool:
    return any((q + " ") in phrase or phrase.endswith(q) for q in queries)


def _box(condition: Condition, queries):
    hits = [i for i, phrase in enumerate(condition.phrases) if _matches(phrase, queries)]
    return condition.boxes[hits[0]] if hits else None


def _cx(box) -> float:
    return (box[0] + box[2]) / 2


def _cy(box) -> float:
    return (box[1] + box[3]) / 2


def numeracy(query: str, count: int, condition: Condition) -> bool:
    if not condition.boxes:
        return count == 0
    counts = np.sum([_valid(row) for row in condition.boxes], axis=0)
    return int(np.bincount(counts).argmax()) == count


# LVD's colour words are American: a held-out prompt's British "grey" is looked up as LVD's "gray".
LVD_COLOUR_WORD = {"grey": "gray"}


def attribution(query1, query2, colour1, colour2, condition: Condition) -> bool:
    for query, colour in ((query1, colour1), (query2, colour2)):
        row = _box(condition, [f"{LVD_COLOUR_WORD.get(colour, colour)} {query}"])
        if row is None or _valid(row).mean() < 0.5:
            return False
    return True


def visibility(query: str, appears: bool, condition: Condition) -> bool:
    row = _box(condition, [query])
    if row is None:
        return False
    valid = _valid(row)
    half = len(valid) // 2
    first, second = bool(valid[: half - 1].any()), bool(valid[half + 1 :].any())
    return (not first and second) if appears else (first and not second)


def one_object_motion(query: str, leftward: bool, condition: Condition) -> bool:
    row = _box(condition, [query])
    if row is None:
        return False
    valid = _valid(row)
    if not (valid[0] and valid[-1]):
        return False
    return _cx(row[0]) > _cx(row[-1]) if leftward else _cx(row[0]) < _cx(row[-1])


def two_object_motion(mover: str, reference: str, leftward: bool, condition: Condition) -> bool:
    a, b = _box(condition, [mover]), _box(condition, [reference])
    if a is None or b is None:
        return False
    va, vb = _valid(a), _valid(b)
    if not (va[0] and vb[0] and va[-1] and vb[-1]):
        return False
    before = _cx(a[0]) < _cx(b[0]) if not leftward else _cx(a[0]) > _cx(b[0])
    after = _cx(b[-1]) < _cx(a[-1]) if not leftward else _cx(b[-1]) > _cx(a[-1])
    return before and after


def _region(name: str) -> Callable[[tuple], bool]:
    lower, left = name.startswith("lower"), name.endswith("left")
    return lambda box: (_cy(box) > 0.5) == lower and (_cx(box) < 0.5) == left


def sequential(query: str, route, condition: Condition) -> bool:
    row = _box(condition, [query])
    if row is None:
        return False
    valid = _valid(row)
    middle = len(valid) // 2
    if not (valid[0] and valid[middle] and valid[-1]):
        return False
    return all(_region(where)(row[k]) for where, k in zip(route, (0, middle, -1)))


# -------------------------------------------------------------------------- the prompts
@dataclass
class Case:
    family: str
    prompt: str
    check: Callable[[Condition], bool]


def _case(family, prompt, fn, *args) -> Case:
    return Case(family, prompt, lambda condition: fn(*args, condition))


def hand_written_cases(numeracy_rows, attribution_rows, appears, vanishes, one_object, two_object, routes) -> list[Case]:
    """The cases of a hand-written set kept as plain tables, one row per prompt with its predicate's arguments."""
    cases = [_case("numeracy", prompt, numeracy, query, count) for prompt, query, count in numeracy_rows]
    cases += [_case("attribution", prompt, attribution, query1, query2, colour1, colour2)
              for prompt, query1, colour1, query2, colour2 in attribution_rows]
    cases += [_case("visibility", prompt, visibility, query, True) for prompt, query in appears]
    cases += [_case("visibility", prompt, visibility, query, False) for prompt, query in vanishes]
    cases += [_case("dynamic_one", prompt, one_object_motion, query, leftward) for prompt, query, leftward in one_object]
    cases += [_case("dynamic_two", prompt, two_object_motion, mover, reference, leftward)
              for prompt, mover, reference, leftward in two_object]
    cases += [_case("sequential", prompt, sequential, query, route) for prompt, query, route in routes]
    return cases


def lvd_prompts() -> list[Case]:
    """LVD's 500 stage-1 prompts with their predicates, in LVD's order."""
    cases: list[Case] = []
    for number in range(1, 5):
        for name, bare in CLASSES:
            words = f"{NUMBER_WORDS[number]} {plural(name) if number > 1 else name}"
            cases += [_case("numeracy", f"{PREFIX} with {words}", numeracy, bare, number)] * 5
    for index in range(100):
        np.random.seed(index)
        colour1, colour2 = np.random.choice(COLOURS, 2, replace=False)
        name1, name2 = np.random.choice(BARE_CLASSES, 2, replace=False)
        prompt = f"{PREFIX} with {article(colour1)} {name1} and {article(colour2)} {name2}"
        cases.append(_case("attribution", prompt, attribution, name1, name2, colour1, colour2))
    for name, bare in CLASSES:
        for appears, half in ((True, "second"), (False, "first")):
            prompt = f"{PREFIX} in which {article(name)} appears only in the {half} half of the video"
            cases += [_case("visibility", prompt, visibility, bare, appears)] * 10
    for bare in BARE_CLASSES:
        for start, end in (("left", "right"), ("right", "left")):
            prompt = f"{PREFIX} with {article(bare)} moving from the {start} to the {end}"
            cases += [_case("dynamic_spatial", prompt, one_object_motion, bare, start == "right")] * 5
    for index in range(25):
        np.random.seed(index)
        for start, end in (("left", "right"), ("right", "left")):
            name1, name2 = np.random.choice(BARE_CLASSES, 2, replace=False)
            prompt = f"{PREFIX} with {article(name1)} moving from the {start} of {article(name2)} to its {end}"
            cases.append(_case("dynamic_spatial", prompt, two_object_motion, name1, name2, start == "right"))
    for bare in BARE_CLASSES:
        for route in SEQUENTIAL_ROUTES:
            prompt = (
                f"{TOP_DOWN_PREFIX} in which {article(bare)} initially on the {route[0]} of the scene. "
                f"It first moves to the {route[1]} of the scene and then moves to the {route[2]} of the scene."
            )
            cases += [_case("sequential", prompt.strip().rstrip("."), sequential, bare, route)] * 5
    return cases


# Vocabulary the LVD prompts never use: held out to measure generality.
_OPENINGS = ["", "Footage of ", "A clip showing ", "Short film: ", "Wide shot of ", "A camera records "]
_CLASS_WORDS = {"car": ["red-lit car", "parked car", "car"], "cat": ["sleepy cat", "tabby cat", "cat"],
                "bird": ["small bird", "bird", "soaring bird"], "ball": ["shiny ball", "ball", "bouncy ball"],
                "dog": ["running dog", "dog", "fluffy dog"]}
_COUNT_FORMS = {1: ["one", "a single", "exactly one", "1"], 2: ["two", "a pair of", "2", "exactly two"],
                3: ["three", "3", "exactly three"], 4: ["four", "4", "exactly four"]}


def rephrased_prompts(seed: int = 7, per_family: int = 100) -> list[Case]:
    """The five families in phrasings LVD's generator never produces (same predicates)."""
    rng = random.Random(seed)
    cases: list[Case] = []

    def opening() -> str:
        return rng.choice(_OPENINGS)

    for _ in range(per_family):
        bare = rng.choice(BARE_CLASSES)
        number = rng.randint(1, 4)
        noun = rng.choice(_CLASS_WORDS[bare])
        words = f"{rng.choice(_COUNT_FORMS[number])} {plural(noun) if number > 1 else noun}"
        place = rng.choice(["", " in a park", " at the beach", " on a quiet street", " in the snow"])
        template = rng.choice(["{o}{w}{p}", "{o}{w} can be seen{p}", "There are {w}{p}" if number > 1 else "There is {w}{p}"])
        cases.append(_case("numeracy", template.format(o=opening(), w=words, p=place).strip(), numeracy, bare, number))
    for _ in range(per_family):
        colour1, colour2 = rng.sample(COLOURS, 2)
        name1, name2 = rng.sample(BARE_CLASSES, 2)
        template = rng.choice([
            "{o}{a1} {n1} next to {a2} {n2}",
            "{o}{a1} {n1} together with {a2} {n2}",
            "{o}{a1} {n1} beside {a2} {n2} on the grass",
            "{o}{a1} {n1} and also {a2} {n2}",
        ])
        prompt = template.format(o=opening(), a1=article(colour1), n1=name1, a2=article(colour2), n2=name2)
        cases.append(_case("attribution", prompt.strip(), attribution, name1, name2, colour1, colour2))
    for _ in range(per_family):
        bare = rng.choice(BARE_CLASSES)
        noun = rng.choice(_CLASS_WORDS[bare])
        appears = rng.random() < 0.5
        if appears:
            template = rng.choice([
                "{o}{a} that shows up halfway through the clip",
                "{o}{a} which only becomes visible in the latter half",
                "{o}an empty street, then {a} enters the frame in the second half",
                "{o}{a} that is absent at first and arrives later in the clip",
            ])
        else:
            template = rng.choice([
                "{o}{a} that vanishes halfway through the clip",
                "{o}{a} which is only visible in the early half",
                "{o}{a} is there at the start and has gone by the end",
                "{o}{a} that leaves the frame in the first half and never returns",
            ])
        cases.append(_case("visibility", template.format(o=opening(), a=article(noun)).strip(), visibility, bare, appears))
    for index in range(per_family):
        leftward = rng.random() < 0.5
        start, end = ("right", "left") if leftward else ("left", "right")
        if index % 2 == 0:
            bare = rng.choice(BARE_CLASSES)
            verb = rng.choice(["travelling", "heading", "going", "crossing", "making its way"])
            template = rng.choice([
                "{o}{a} {v} from the {s} side to the {e} side",
                "{o}{a} {v} towards the {e} from the {s}",
                "{o}{a} starting on the {s} and ending up on the {e}",
            ])
            prompt = template.format(o=opening(), a=article(bare), v=verb, s=start, e=end)
            cases.append(_case("dynamic_spatial", prompt.strip(), one_object_motion, bare, leftward))
        else:
            mover, reference = rng.sample(BARE_CLASSES, 2)
            template = rng.choice([
                "{o}{a} going from the {s} of {b} to the {e} of it",
                "{o}{a} that starts to the {s} of {b} and ends to its {e}",
                "{o}{a} passing from the {s} side of {b} over to its {e} side",
            ])
            prompt = template.format(o=opening(), a=article(mover), b=article(reference), s=start, e=end)
            cases.append(_case("dynamic_spatial", prompt.strip(), two_object_motion, mover, reference, leftward))
    for _ in range(per_family):
        bare = rng.choice(BARE_CLASSES)
        route = rng.choice(SEQUENTIAL_ROUTES)
        corners = [rng.choice([r, r.replace("lower", "bottom").replace("upper", "top")]) for r in route]
        template = rng.choice([
            "{o}a bird's-eye view of {a} that starts in the {c0} corner, heads to the {c1} corner, and finishes in the {c2} "
            "corner",
            "{o}seen from above, {a} begins at the {c0}, goes over to the {c1}, and ends at the {c2}",
            "{o}an overhead view: {a} sits at the {c0} of the frame, travels to the {c1}, then on to the {c2}",
        ])
        prompt = template.format(o=opening(), a=article(bare), c0=corners[0], c1=corners[1], c2=corners[2])
        cases.append(_case("sequential", prompt.strip(), sequential, bare, route))
    return cases


def score(planner, cases: list[Case]) -> dict[str, tuple[int, int]]:
    """Per family: (passed, total), each layout scored through its LVD text."""
    results: dict[str, list[int]] = {}
    for case in cases:
        passed = int(passes(planner, case))
        results.setdefault(case.family, [0, 0])
        results[case.family][0] += passed
        results[case.family][1] += 1
    return {family: (p, n) for family, (p, n) in results.items()}


def passes(planner, case: Case) -> bool:
    layout = planner.plan(case.prompt).layout
    return case.check(lvd_condition(format_lvd_text(layout), layout.num_keyframes))


def layout_condition(layout: Layout) -> Condition:
    return lvd_condition(format_lvd_text(layout), layout.num_keyframes)
