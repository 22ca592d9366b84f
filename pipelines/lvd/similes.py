"""Similes, which compare with a thing and never put it in the scene.

"A dog runs fast like a cat", "a ball rolls away and is gone, like a bird in the wind": "like a cat" says how the
dog runs, so no cat is drawn; the simile goes before the pass, with the place phrase that finishes its picture ("in
the wind"), and so does one fronted ("Like a bird, a plane flies ...") or after a participle ("a car shaped like a
ball drives left"). A "like" right after a noun, a pronoun or a modal is the verb ("two cats like a dog", "I would
like a green cat and a white bird") and is left alone. Where the simile's thing is the only thing the prompt names,
the bare predicate said before it is that thing's: "Gone, like a dog in the night!" is a dog that is gone.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS

_PICTURE = r"(?: (?:in|at|on|of|from|through|across|under|after) (?:the |a |an )?[a-z]+)?"
# ", like a dog in the night", "fast like a cat": the comparison and the place that finishes its picture
SIMILE_RE = re.compile(r"(?P<before>\b[a-z]+)(?P<comma>,?) like (?P<thing>(?:a|an|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+))"
                       + _PICTURE + r"(?=\s*(?:[,.;!?]|$| and | but | then ))")
# "gone, like a dog in the night!": a bare predicate opening the sentence, then its simile
FRONTED_PREDICATE_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<said>(?:[a-z]+ ){0,2}[a-z]+), like (?P<thing>(?:a|an) (?:[a-z]+ ){0,2}?"
                                  r"(?P<noun>[a-z]+))" + _PICTURE + r"(?P<end>\s*(?:[.;!?]|$))")
# "Like a bird, a plane flies ...": the simile fronted before the clause it describes
FRONTED_SIMILE_RE = re.compile(r"(?:^|(?<=[.;!?] ))like (?:a|an|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+)" + _PICTURE + r", ")
# "a car shaped like a ball drives left", "a dog dressed like a cat": after a participle, before the subject's verb
PARTICIPLE_SIMILE_RE = re.compile(r"(?<=ed|ng) like (?:a|an|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+)(?= (?P<verb>[a-z]+)\b)")
_WORD_RE = re.compile(r"[a-z]+")
# words after which "like" is the verb of liking: its subject, a modal or auxiliary, "to", a negation ("i would like a
# green cat", "cats really like a ball")
_LIKING_BEFORE = frozenset("i you we they he she who would should could might may will shall can do does did to not never "
                           "really also just still all both".split())


def looks_like_simile(text: str) -> bool:
    return "like a" in text or "like the" in text


def similes_dropped(text: str) -> str:
    """``text`` without the things its similes compare with, or, where such a thing is all it names, that thing
    as the subject of the bare predicate before its simile."""
    text = FRONTED_SIMILE_RE.sub(lambda m: "" if noun_class(m["noun"]) and _names_a_thing(m.string[m.end():]) else m.group(0), text)
    text = PARTICIPLE_SIMILE_RE.sub(lambda m: "" if noun_class(m["noun"]) and VERB_KINDS.get(m["verb"]) else m.group(0), text)
    similes = [m for m in SIMILE_RE.finditer(text) if noun_class(m["noun"]) and not noun_class(m["before"])
               and (m["comma"] or m["before"] not in _LIKING_BEFORE)]
    if not similes:
        return text
    starts, ends = [0] + [m.end() for m in similes], [m.start("comma") for m in similes] + [len(text)]
    rest = "".join(text[start:end] for start, end in zip(starts, ends))
    if not _names_a_thing(rest):
        return FRONTED_PREDICATE_RE.sub(lambda m: f"{m['thing']} is {m['said']}{m['end']}"
                                        if noun_class(m["noun"]) else m.group(0), text)
    for match in reversed(similes):
        text = text[:match.start("comma")] + text[match.end():]
    return text


def _names_a_thing(words: str) -> bool:
    return any(noun_class(word) for word in _WORD_RE.findall(words) if len(word) > 2)
