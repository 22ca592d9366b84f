"""Sentences about clips other than the one asked for: "Report any clip where the cat is still there at the end."

A prompt tells one clip. A sentence about "any clip where ...", about a clip the listener must not accept, "Do not
submit a clip that keeps the dog until the end", about one that fails, "A clip that shows the ball early fails", or a
condition whose outcome names nothing in the scene, "If the bird is there in the first half, the take is ruined", tells
what the asked-for clip must not show. Read as the scene, its things would be drawn where it says they must not be, so
the sentence goes before the reading.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .rewrite_text import spaces_tidied

_CLIP_WORDS = ("clip", "video", "take", "version", "render", "cut", "result", "footage", "film", "animation", "unit", "copy",
               "copies")
_CLIP = rf"(?:{'|'.join(_CLIP_WORDS)})s?"
_DESCRIBED = r"(?:where|that|which|in which|whose|with|showing|in that)\b"
# "any clip where ...", "any other video that ...": an arbitrary clip, never the one told
ANY_CLIP_RE = re.compile(rf"\bany (?:other )?{_CLIP} {_DESCRIBED}")
# "do not accept a clip that ...", "never submit the video where ...": a clip turned down
REFUSED_CLIP_RE = re.compile(r"\b(?:do not|don't|never|must not|mustn't|should not|shouldn't|will not|won't|cannot|can't)"
                             rf" (?:[a-z]+ ){{1,2}}?(?:a|an|the|any) {_CLIP} {_DESCRIBED}")
# "a clip that shows the ball early fails", "... is rejected": a clip judged a failure
FAILED_CLIP_RE = re.compile(rf"^(?:a|an|any|every|each) {_CLIP} {_DESCRIBED}.*\b(?:fails?|is (?:rejected|wrong|a failure))\b")
# "if it is there in the first half, the mission is compromised": a condition and an outcome of its own
# ("if i may: four balls ..., nothing else" is a politeness before the scene, no condition)
CONDITION_RE = re.compile(r"^if\b[^,:;]*, (?P<outcome>[^:;]+)$")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*\s*")
_POINTING_BACK = frozenset(("it", "its", "they", "them", "their", "he", "she", "him", "her", "one", "ones"))


def might_reject_clips(text: str) -> bool:
    """The cheap gate: a word for a clip, or a sentence opening on "if"."""
    return "if " in text or any(word in text for word in _CLIP_WORDS)


def _about_another_clip(sentence: str) -> bool:
    plain = sentence.strip().rstrip(".!?")
    if ANY_CLIP_RE.search(plain) or REFUSED_CLIP_RE.search(plain) or FAILED_CLIP_RE.search(plain):
        return True
    condition = CONDITION_RE.match(plain)
    # the outcome names no thing and points back at none: "..., the take is ruined", never "..., it stops on the left"
    return condition is not None and not any(noun_class(word) or word in _POINTING_BACK
                                             for word in re.findall(r"[a-z]+", condition["outcome"]))


def rejected_clips_dropped(text: str) -> str:
    """``text`` (lower case) without its sentences about clips other than the one told, where something else is left."""
    sentences = _SENTENCE_RE.findall(text)
    kept = [sentence for sentence in sentences if not _about_another_clip(sentence)]
    if len(kept) == len(sentences) or not kept:
        return text
    return spaces_tidied("".join(kept))
