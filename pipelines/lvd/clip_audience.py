"""Who a clip is for or pleases, dropped before reading: "for children of all ages", "the one the children like".

A voice that talks about a clip says who likes it, watches it or picked it. Those people are its audience, never in
it, and a reader that took them for things would draw them beside the clip's own and break its count. Only a person
or a word the tables do not know is an audience ("the video the dog loves" keeps a dog that may be in it), and only
where it is said of the clip: who a clip is for ("a clip for children of all ages", "as a treat for the kids,"), whom
it is shown to ("I showed the kids a clip", and the camera or the viewer a thing is shown to, "a man shows the camera
a ball": he holds the ball up), a relative clause with no relative word after the clip's noun or "the
one", or a sentence of a subject liking "it" or the clip and nothing more ("My kids love this video: ..."). A thing
in the scene that plays or shows the clip keeps whom it is for ("a man plays a video for the kids").
"""

from __future__ import annotations

import re

from .object_classes import HANDED_CLASSES, noun_class
from .vocabulary import CLIP_NOUNS, COUNT_WORDS, MOVING_KINDS, SHOWING_VERBS, VERB_KINDS

_CLIP = r"(?:one|" + "|".join(CLIP_NOUNS) + ")"
_FONDNESS_CUES = ("like", "love", "enjoy", "adore", "prefer")
_WHO = (r"(?:(?:the|my|our|your|his|her|their|all the|all our|most) )?(?:(?!(?:a|an|one|two|three|four)\b)[a-z'-]+ )?"
        r"(?P<who>(?!(?:a|an)\b)[a-z'-]+)")
_COUNT = rf"(?:{COUNT_WORDS}|a few|several|some|\d+)"
_OFTEN = r"(?:(?:all|really|just|always|most|both|usually|best) )?"
_FONDNESS = r"(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed|adore|adores|adored|prefer|prefers|preferred)"
_LIKING = (rf"(?:{_FONDNESS}|watch|watches|watched|pick|picked|chose|choose|chooses|request|requests|requested"
           r"|ask for|asks for|asked for)")
# "the clip in reception, the one the children like?", "the video my patients love:": the clip, then who likes it
LIKED_CLIP_RE = re.compile(rf"\b(?P<clip>(?:the|this|that) {_CLIP}) (?:that |which )?{_WHO} {_OFTEN}{_LIKING}"
                           r"(?: (?:most|best|so much|a lot))?(?=\s*(?:[,.;:!?]|$))")
# "a clip for children of all ages", "a film for the reception screen,": who or what a clip is made for watches or
# shows it and is never in it; "a video for two cats" counts what it is of, and in "a man plays a video for the kids"
# the kids are in the scene beside the man who plays it (a speaker's "we play a video for the kids" is no such man)
_SHOWN_BY = r"(?<!\bi )(?<!\bwe )(?<!\byou )(?:plays|played|shows|showed|screens|screened|puts on|put on)"
CLIP_FOR_RE = re.compile(rf"\b(?:(?P<shown>{_SHOWN_BY}) (?:a|an|the|this|that|his|her|their|its|one) )?(?P<clip>{_CLIP}s?) "
                         r"(?:(?:made|meant|intended|aimed|edited|cut|chosen|picked|suitable|perfect|great|good) )?for "
                         rf"(?!{_COUNT}\b)(?:(?:the|our|your|their|my|his|her|all|young|little|small) )?(?:[a-z'-]+ )?"
                         r"(?P<who>[a-z'-]+)"
                         r"(?: (?:of all ages|young and old|and (?:their )?(?:parents|families|grown-ups|adults)))?"
                         r"(?=\s*(?:[,.;:!?]|$))")
# "I showed the kids a clip:", "we played them the video": whom a clip is shown or played to
_SHOWING = rf"(?:{SHOWING_VERBS}|send|sends|sent)"
# (a pronoun or a noun phrase with its determiner, never a place: "shows in the clip's first half" shows no one)
_RECEIVER = r"(?:them|him|us|me|you|(?:the|my|our|your|his|her|their|all the) (?:[a-z'-]+ )?(?P<who>[a-z'-]+))"
SHOWN_TO_RE = re.compile(rf"\b(?P<verb>{_SHOWING}) {_RECEIVER} (?P<clip>(?:a|an|the|this|that|my|our|their) "
                         r"(?:[a-z'-]+ )?(?:clip|video|film|footage|recording|reel|movie|cartoon))\b(?!')")
# "a man shows the camera a red ball", "she holds up to the lens two apples": a thing of the scene (no clip, which
# SHOWN_TO_RE above reads) shown to the camera or the viewer, who watches the clip and is never a thing in it; the thing
# is held up to be seen, so the one showing it holds it
THING_SHOWN_TO_VIEWER_RE = re.compile(r"\b(?P<verb>show|shows|showed|showing|holds up|held up|holding up|presents"
                                      r"|presented) (?:to )?(?:the camera|the lens|the viewers?|the audience|us)"
                                      r"(?=,? (?:a|an|the|one|two|three|four|five|his|her|its|their|some)\b)")
_HOLDING = {"show": "hold", "shows": "holds", "showed": "held", "showing": "holding", "holds up": "holds",
            "held up": "held", "holding up": "holding", "presents": "holds", "presented": "held"}
# "shows us his dog, which runs", "shows the viewers a cat, and the cat jumps", "a puppy, and it runs": the thing shown
# goes on by itself, so it is only shown (the viewer still no thing of the scene), never held
_MOVES_ON_ITS_OWN_RE = re.compile(r",? (?:[a-z'-]+ ){0,3}?(?P<head>[a-z'-]+)(?:,? (?:which|who|that) "
                                  r"|,? and (?:then )?(?:it|they) |[^.;!?]* (?:the|that|this) (?P=head) )")
# "shows us her puppy running across the yard": the thing shown named with a verb of its own going, read in _held_up
_SHOWN_DOING_RE = re.compile(r",? (?:[a-z'-]+ ){0,3}?(?P<head>[a-z'-]+) (?P<act>[a-z]+ing)\b")
# ... and the one showing it, the subject right before the verb: "the teacher shows", "a boy proudly showed"
_SHOWER_RE = re.compile(r"\b(?:the|a|an|my|our|your|his|her|their|this|that) (?:[a-z'-]+ )?(?P<who>[a-z'-]+) "
                        r"(?:[a-z]+ly |then |also |now |just |once |later |first )?$")
_TELLERS = frozenset(("narrator", "speaker", "host", "presenter", "announcer", "author", "writer", "teller"))
# "As a treat for the kids, ...": a fronted gift's receivers
TREAT_FOR_RE = re.compile(rf"(?:^|(?<=[.;!?] ))as an? (?:[a-z]+ )?(?:treat|surprise|gift|present|reward) for "
                          rf"{_WHO},\s*")
# "Kids love it.", "The children love the video: three birds ...": a sentence of the audience and its liking alone
# (watching "it" may be a watcher in the scene: "A ball rolls. A man watches it.")
LIKING_SENTENCE_RE = re.compile(rf"(?:^|(?<=[.;:!?] )){_WHO} {_OFTEN}{_FONDNESS} (?:it|this|that|this one|that one"
                                rf"|watching it|(?:the|this|that|my|our|their) (?:[a-z'-]+ )?{_CLIP}s?)"
                                r"(?: (?:most|best|so much|a lot))?[.;:!?](?:\s|$)")


def _audience(who: str) -> bool:
    """Whether WHO may be the clip's audience: a person or a word the tables do not know ("patients", "she")."""
    found = noun_class(who)
    return found is None or found[1] in HANDED_CLASSES


def _made_for(match: re.Match) -> str:
    """A clip made for an audience or a screen keeps only the clip, unless a thing in the scene plays or shows it."""
    if match["shown"]:
        return match.group(0)
    found = noun_class(match["who"])
    return match["clip"] if _audience(match["who"]) or (found is not None and found[1].mobility == "wall") \
        else match.group(0)


def _shown_to(match: re.Match) -> str:
    """Whom a clip is shown to is its audience when the speaker or a screen shows it; those a person named in the
    scene shows it to are there with them ("the teacher shows the children a film", as "a man shows a video to the
    kids"; "the screen shows the kids a film" has the screen alone)."""
    shower = _SHOWER_RE.search(match.string, 0, match.start())
    if shower is not None and shower["who"] not in _TELLERS and _audience(shower["who"]) \
            or not _audience(match["who"] or ""):
        return match.group(0)
    return f"{match['verb']} {match['clip']}"


def _held_up(match: re.Match) -> str:
    """The one showing a thing to the camera holds it, unless the thing then goes on by itself."""
    doing = _SHOWN_DOING_RE.match(match.string, match.end())
    if _MOVES_ON_ITS_OWN_RE.match(match.string, match.end()) or doing is not None \
            and noun_class(doing["head"]) is not None and VERB_KINDS.get(doing["act"]) in MOVING_KINDS:
        return match["verb"]
    return _HOLDING[match["verb"]]


def audience_dropped(text: str) -> str:
    """TEXT without who the clip is for, is shown to, likes or picked (looked for only when such a word is there)."""
    if any(noun in text for noun in CLIP_NOUNS) or " one " in text:  # the rules said of a clip need its noun
        if " for " in text:
            text = CLIP_FOR_RE.sub(_made_for, text)
        if any(verb in text for verb in ("show", "play", "screen", "sen")):
            text = SHOWN_TO_RE.sub(_shown_to, text)
        text = LIKED_CLIP_RE.sub(lambda m: m["clip"] if _audience(m["who"]) else m.group(0), text)
    if "show" in text or "up" in text or "present" in text:
        text = THING_SHOWN_TO_VIEWER_RE.sub(_held_up, text)
    if "as a" in text:
        text = TREAT_FOR_RE.sub(lambda m: "" if _audience(m["who"]) else m.group(0), text)
    if not any(word in text for word in _FONDNESS_CUES):
        return text
    return LIKING_SENTENCE_RE.sub(lambda m: "" if _audience(m["who"]) else m.group(0), text)
