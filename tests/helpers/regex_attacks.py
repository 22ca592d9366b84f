"""Attack texts derived from the planner's own regular expressions, so a rule added later is covered unparsed by hand.

Every compiled ``re.Pattern`` reachable from the loaded ``pipelines`` modules (module globals, containers, class attributes) and
every pattern their functions compile inline while planning (``inline_patterns``) is parsed with ``re._parser``; from its tree
come the pieces an attacker would repeat: a sample text of each alternative, the body of each unbounded repetition (alone,
followed by a space, and cut one character short) and a sample of the whole match. ``time_alone`` then times the pattern by itself
on each piece filled to full prompt length, growing the text step by step so that an exponential pattern is caught at a few dozen
characters instead of hanging the run.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from re import _constants as sre
from re import _parser as sre_parse

MAX_PIECES_PER_PATTERN = 16
# Growing lengths: small steps first, where an exponential pattern doubles its cost per character.
LENGTHS = (8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2000)
# What one text may cost a pattern alone before growth stops: the step that crosses it is the worst measured.
ALONE_BUDGET_SECONDS = 0.25
_CANDIDATE_CHARS = "a1 .,-:'\"()!?/\nZ_é"


@dataclass
class FoundPattern:
    pattern: re.Pattern
    where: str
    pieces: list[str] = field(default_factory=list)


def _walk(obj, where: str, found: dict[int, FoundPattern], depth: int = 0) -> None:
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str) and id(obj) not in found:
            found[id(obj)] = FoundPattern(obj, where)
        return
    if depth > 4:
        return
    if isinstance(obj, dict):
        for key, value in list(obj.items()):
            _walk(key, where, found, depth + 1)
            _walk(value, where, found, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for value in list(obj):
            _walk(value, where, found, depth + 1)
    elif isinstance(obj, type) and obj.__module__.startswith("pipelines"):
        for key, value in list(vars(obj).items()):
            _walk(value, f"{where}.{key}", found, depth + 1)


PLANNER_MODULES = ("pipelines.lvd", "pipelines.core")


@contextmanager
def inline_patterns(prefixes: tuple[str, ...] = PLANNER_MODULES) -> Iterator[dict[int, FoundPattern]]:
    """Patterns that functions of those modules compile on the fly (``re.search(rf"\\b{noun}", text)``) while
    the block runs, keyed by id; they are held by ``re``'s cache or the planner's ``word_pattern``, not by a module."""
    from pipelines.lvd.object_classes import word_pattern

    seen: dict[int, FoundPattern] = {}
    original = re._compile
    word_pattern.cache_clear()  # the planner's own cache of patterns built around words: compiled again, so recorded

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        caller = sys._getframe(1)
        while caller is not None and (caller.f_globals.get("__name__") == "re"
                                      or caller.f_code is word_pattern.__wrapped__.__code__):
            caller = caller.f_back
        module = caller.f_globals.get("__name__", "") if caller is not None else ""
        if module.startswith(prefixes) and isinstance(compiled.pattern, str) and id(compiled) not in seen:
            seen[id(compiled)] = FoundPattern(compiled, f"{module}.{caller.f_code.co_name}(inline)")
        return compiled

    re._compile = recording
    try:
        yield seen
    finally:
        re._compile = original


def reachable_patterns(inline: dict[int, FoundPattern] | None = None,
                       prefixes: tuple[str, ...] = PLANNER_MODULES) -> list[FoundPattern]:
    """Patterns held by the loaded modules plus the inline ones recorded, one per (text, flags), with pieces."""
    found: dict[int, FoundPattern] = {}
    for name, module in sorted(sys.modules.items()):
        if module is not None and name.startswith(prefixes):
            for key, value in list(vars(module).items()):
                _walk(value, f"{name}.{key}", found)
    for key, item in (inline or {}).items():
        found.setdefault(key, item)
    unique: dict[tuple[str, int], FoundPattern] = {}
    for item in found.values():
        unique.setdefault((item.pattern.pattern, item.pattern.flags), item)
    for item in unique.values():
        item.pieces = derive_pieces(item.pattern)
    return list(unique.values())


def _in_class(items, char: str) -> bool:
    code, hit = ord(char), False
    for op, av in items:
        if op is sre.NEGATE:
            continue
        if op is sre.LITERAL:
            hit = hit or code == av
        elif op is sre.RANGE:
            hit = hit or av[0] <= code <= av[1]
        elif op is sre.CATEGORY:
            name = str(av)
            test = {"DIGIT": str.isdigit, "SPACE": str.isspace, "WORD": lambda c: c.isalnum() or c == "_"}
            for key, check in test.items():
                if key in name:
                    hit = hit or (check(char) != name.startswith("CATEGORY_NOT"))
    negated = bool(items) and items[0][0] is sre.NEGATE
    return hit != negated


def _one_char(items) -> str:
    return next((c for c in _CANDIDATE_CHARS if _in_class(items, c)), "a")


def _alternatives(branch) -> list:
    """A branch's alternatives in an order of their own texts, not the pattern's: many patterns join a set of words
    (sorted by length only), so the written order of equal-length words follows the interpreter's hash seed, and
    pieces picked by position would differ from run to run."""
    return sorted(branch[1], key=lambda alternative: (_Sampler(0).text(alternative), str(alternative)))


class _Sampler:
    """Texts the tree matches; ``choice`` picks which alternative of each branch, so several choices vary them."""

    def __init__(self, choice: int):
        self.choice, self.groups = choice, {}

    def text(self, tree) -> str:
        out = []
        for op, av in tree:
            if op is sre.LITERAL:
                out.append(chr(av))
            elif op is sre.NOT_LITERAL:
                out.append("a" if av != ord("a") else "b")
            elif op is sre.ANY:
                out.append("a")
            elif op is sre.IN:
                out.append(_one_char(av))
            elif op is sre.BRANCH:
                alternatives = _alternatives(av)
                out.append(self.text(alternatives[self.choice % len(alternatives)]))
            elif op is sre.SUBPATTERN:
                said = self.text(av[3])
                if av[0] is not None:
                    self.groups[av[0]] = said
                out.append(said)
            elif op is sre.ATOMIC_GROUP:
                out.append(self.text(av))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, high, body = av
                out.append(self.text(body) * min(max(low, 1), high))
            elif op is sre.GROUPREF:
                out.append(self.groups.get(av, ""))
            elif op is sre.GROUPREF_EXISTS:
                out.append(self.text(av[1]))
        return "".join(out)


def _nodes(tree):
    """Every (op, av) in the tree, depth first."""
    for op, av in tree:
        yield op, av
        if op is sre.BRANCH:
            for alternative in av[1]:
                yield from _nodes(alternative)
        elif op is sre.SUBPATTERN:
            yield from _nodes(av[3])
        elif op is sre.ATOMIC_GROUP:
            yield from _nodes(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            yield from _nodes(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _nodes(av[1])
        elif op is sre.GROUPREF_EXISTS:
            yield from _nodes(av[1])
            if av[2] is not None:
                yield from _nodes(av[2])


def derive_pieces(pattern: re.Pattern) -> list[str]:
    """What an attacker would repeat against this pattern, in a stable order, at most MAX_PIECES_PER_PATTERN."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern the parser of this Python cannot read is simply not attacked
        return []
    pieces: list[str] = []
    for choice in (0, 1, 2, -1):
        whole = _Sampler(choice).text(tree)
        pieces += [whole + " ", whole[:-1]]
    for op, av in _nodes(tree):
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] > 1:
            for choice in (0, 1, -1):
                body = _Sampler(choice).text(av[2])
                pieces += [body, body + " ", body[:-1] + " "]
        elif op is sre.BRANCH:
            alternatives = _alternatives(av)
            for choice in (0, len(alternatives) // 2, -1):
                pieces.append(_Sampler(0).text(alternatives[choice]) + " ")
    unique = list(dict.fromkeys(p for p in pieces if p.strip()))  # see ``filled`` on runs of spaces
    return unique[:MAX_PIECES_PER_PATTERN]


def filled(piece: str, length: int) -> str:
    """The piece repeated to ``length`` characters as the planner's patterns see it: the reading makes every run of
    spaces and line breaks one space before any of them runs, so a run is no attack and is not built."""
    piece = re.sub(r"\s+", " ", piece)
    return (piece * (length // len(piece) + 1))[:length]


def _cost(pattern: re.Pattern, text: str) -> float:
    started = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - started


def time_alone(pattern: re.Pattern, piece: str, full_length: int = 2000,
               budget: float = ALONE_BUDGET_SECONDS) -> tuple[float, int]:
    """(seconds, length) of ``finditer`` over the piece filled to ``length`` characters. The length grows to
    full_length unless the cost crosses the budget or the last step's growth predicts the next would cross it
    twentyfold; a length short of full_length is then the verdict: the pattern's cost grows super-linearly there.
    Each verdict is measured again (best of three) so that a busy machine's hiccup is not taken for one."""
    previous, seconds, length = 0.0, 0.0, 0
    for length in [n for n in LENGTHS if n < full_length] + [full_length]:
        text = filled(piece, length)
        seconds = _cost(pattern, text)
        for _retry in range(2):
            growth = seconds / previous if previous > 1e-4 else 2.0
            if seconds <= budget and seconds * growth * growth <= budget * 20:
                break
            seconds = min(seconds, _cost(pattern, text))
        else:
            return seconds, length
        previous = seconds
    return seconds, length


def slow_patterns(found: list[FoundPattern], full_length: int = 2000,
                  budget: float = ALONE_BUDGET_SECONDS) -> list[tuple[float, int, str, str]]:
    """(seconds, length, where, piece) for each pattern whose worst piece stopped short of full length or cost
    more than the budget there, worst first."""
    slow = []
    for item in found:
        for piece in item.pieces:
            seconds, length = time_alone(item.pattern, piece, full_length, budget)
            if length < full_length or seconds > budget:
                slow.append((seconds, length, item.where, piece))
                break
    return sorted(slow, key=lambda row: (row[1], -row[0]))
