"""Who a clip is for or pleases, dropped before reading: "for children of all ages", "the one the children like".

A voice that talks about a clip says who likes it, watches it or picked it. Those people are its audience, never in
it, and a reader that took them for things would draw them beside the clip's own and break its count. Only a person
or a word the tables do not know is an audience ("the video the dog loves" keeps a dog that may be in it), and only
where it is said of the clip: who a clip is for ("a clip for children of all ages", "as a treat for the kids,"), whom
it is shown to ("I showed the kids a clip"), a relative clause with no relative word after the clip's noun or "the
one", or a sentence of a subject liking "it" and nothing more.
"""

from __future__ import annotations

import re

from .object_classes import HANDED_CLASSES, noun_class

_TELLS = ("like", "love", "enjoy", "adore", "prefer", "watch", "pick", "chose", "choose", "ask", " for ", "show",
          "play", "screen", "sen")
_CLIP = r"(?:one|clip|video|film|footage|recording|reel|movie|cartoon|loop)"
_WHO = (r"(?:(?:the|my|our|your|his|her|their|all the|all our|most) )?(?:(?!(?:a|an|one|two|three|four)\b)[a-z'-]+ )?"
        r"(?P<who>(?!(?:a|an)\b)[a-z'-]+)")
_OFTEN = r"(?:(?:all|really|just|always|most|both|usually|best) )?"
_LIKING = (r"(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|adore|adores|adored|prefer|prefers|preferred"
           r"|watch|watches|watched|pick|picked|chose|choose|chooses|request|requests|requested"
           r"|ask for|asks for|asked for)")
# "the clip in reception, the one the children like?", "the video my patients love:": the clip, then who likes it
LIKED_CLIP_RE = re.compile(rf"\b(?P<clip>(?:the|this|that) {_CLIP}) (?:that |which )?{_WHO} {_OFTEN}{_LIKING}"
                           r"(?: (?:most|best|so much|a lot))?(?=\s*(?:[,.;:!?]|$))")
# "a clip for children of all ages", "a video meant for the kids, one cat": who the clip is made for
CLIP_FOR_RE = re.compile(rf"\b(?P<clip>{_CLIP}s?) (?:(?:made|meant|intended|aimed|suitable|perfect|great|good) )?for "
                         r"(?:(?:the|our|your|their|all|young|little|small) )?(?P<who>[a-z'-]+)"
                         r"(?: (?:of all ages|young and old|and (?:their )?(?:parents|families|grown-ups|adults)))?"
                         r"(?=\s*(?:[,.;:!?]|$))")
# "I showed the kids a clip:", "we played them the video": whom a clip is shown or played to
_SHOWING = r"(?:show|shows|showed|shown|play|plays|played|screen|screens|screened|send|sends|sent)"
# (a pronoun or a noun phrase with its determiner, never a place: "shows in the clip's first half" shows no one)
_RECEIVER = r"(?:them|him|us|me|you|(?:the|my|our|your|his|her|their|all the) (?:[a-z'-]+ )?(?P<who>[a-z'-]+))"
SHOWN_TO_RE = re.compile(rf"\b(?P<verb>{_SHOWING}) {_RECEIVER} (?P<clip>(?:a|an|the|this|that|my|our|their) "
                         r"(?:[a-z'-]+ )?(?:clip|video|film|footage|recording|reel|movie|cartoon))\b(?!')")
# "As a treat for the kids, ...": a fronted gift's receivers
TREAT_FOR_RE = re.compile(rf"(?:^|(?<=[.;!?] ))as an? (?:[a-z]+ )?(?:treat|surprise|gift|present|reward) for "
                          rf"{_WHO},\s*")
# "Kids love it.", "The children like that one!": a sentence of the audience and its liking alone (watching "it" may be
# a watcher in the scene: "A ball rolls. A man watches it.")
_FONDNESS = r"(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|adore|adores|adored|prefer|prefers|preferred)"
LIKING_SENTENCE_RE = re.compile(rf"(?:^|(?<=[.;!?] )){_WHO} {_OFTEN}{_FONDNESS} (?:it|this|that|this one|that one"
                                r"|the clip|the video|watching it)(?: (?:most|best|so much|a lot))?[.;!?](?:\s|$)")


def _audience(who: str) -> bool:
    """Whether WHO may be the clip's audience: a person or a word the tables do not know ("patients", "she")."""
    found = noun_class(who)
    return found is None or found[1] in HANDED_CLASSES


def audience_dropped(text: str) -> str:
    """TEXT without who the clip is for, is shown to, likes or picked (looked for only when such a word is there)."""
    if not any(word in text for word in _TELLS):
        return text
    if " for " in text:
        text = CLIP_FOR_RE.sub(lambda m: m["clip"] if _audience(m["who"]) else m.group(0), text)
    text = SHOWN_TO_RE.sub(lambda m: f"{m['verb']} {m['clip']}" if _audience(m["who"] or "") else m.group(0), text)
    if "as a" in text:
        text = TREAT_FOR_RE.sub(lambda m: "" if _audience(m["who"]) else m.group(0), text)
    text = LIKED_CLIP_RE.sub(lambda m: m["clip"] if _audience(m["who"]) else m.group(0), text)
    return LIKING_SENTENCE_RE.sub(lambda m: "" if _audience(m["who"]) else m.group(0), text)
