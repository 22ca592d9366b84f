"""A clause whose subject is nobody or nothing moves nothing: "Nobody kicked it!", "no one is chasing the ball", "nothing
stops it", "none of us threw it", "no one saw it coming"; and so does a thing said to need no act, "this one needed no
kick", "it takes no push": the act is denied; and so does an order to the maker not to do it, "Don't fade it.",
"Never stop them.", or one they need not carry out, "No need to fade it.", "You needn't fade it.", "Don't bother
fading it.": the thing keeps on as told. A mover that leaves nothing behind, "and leaves no footprints", "leaving
nothing behind,", "leaves not a ripple", "leaving no footprints in the snow", or only its traces, "leaving footprints
in the snow", "leaving a wake behind it", is no more gone than one that takes no push: "leave" with what is left says
what stays, and here nothing does, or only a mark of how it went ("leave nothing else" fences the scene, "leave no cat
in the frame" says where; both stay). A thing the marks are left on or beside, "leaving crumbs on the table", is of the
scene and stays; only the words of the leaving go. A mover leaving the speaker or the listener, ", leaving me behind",
"and leaves us", leaves no place of the frame, and goes nowhere out of it.

Read as written, its verb goes to the thing named before (the kick, the chase or the stop becomes a phase of the ball's
route, and "nobody leaves" the things' leaving). The clause says what does not happen, so it goes before the pass.
Only a clause with a verb of moving, leaving or acting goes: "nothing is there until ...", "nothing appears" and
"nothing remains" say what is in view, which the later passes read.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, names_a_thing, noun_class
from .rewrite_text import spaces_tidied
from .vocabulary import NO_SOUL_WORDINGS, VERB_KINDS

# the kinds a clause keeps without an object: "nothing appears until ...", "nothing remains" say what is in view
_SAID_OF_THE_SCENE = frozenset(("appear", "rest"))
_OBJECT = r" (?:it|them|him|her|the|a|an|this|that|one)\b"
# what an onlooker does, which the tables do not know as moves: "no one saw it coming", "nobody expected that"
_REACTIONS = frozenset(("saw", "sees", "see", "noticed", "notices", "notice", "expected", "expects", "expect", "touched",
                        "touches", "touch", "told", "tells", "believed", "believes", "guessed", "guesses", "predicted",
                        "predicts"))
# "no one seen pushing it", "nobody spotted kicking the ball", "nobody around to push it", "no one in sight touching
# it": the doer denied by the sight of one, whose act on the thing is no act
_SEEN_OR_PRESENT = (r"(?:(?:been )?(?:seen|spotted|caught|glimpsed|noticed|visible|around|about|nearby|there"
                    r"|in (?:sight|view))(?: (?:to|ever|even|anywhere))? )")
_NEXT_CLAUSE = r"\b(?:and|but|while|whereas|as|when|until|till|before|after|because|though|although|yet|so)\b"
# "nobody kicked it", "no one is really chasing the ball", "nothing can stop it", ", and nobody's pushing it": the
# clause, from its subject (or the comma and "and" that join it on) to its end or the next clause ("while a cat
# sleeps"), and the mark after it
EMPTY_SUBJECT_RE = re.compile(r"(?P<lead>^|(?<=[.;:!?] )|,? (?:and|but) |, )"
                              r"(?:nobody|no ?-?one|nothing|none of (?:us|you|them))(?:'s|'ll)? "
                              r"(?:(?:is|was|has|had|can|could|will|would|did|does|ever|even|really|actually|just|else) ){0,2}"
                              r"(?P<seen_or_present>" + _SEEN_OR_PRESENT + r")?"
                              r"(?P<verb>[a-z]+)(?P<rest>[^.;:!?,]*?)(?=\s*(?:[.;:!?,]|$|" + _NEXT_CLAUSE + r"))"
                              r"(?P<mark>\s*[.;:!?,]*\s*)")

# "this one needed no kick", "it takes no push at all": a thing that needs no act gets none
_NEED_VERB = r"(?:needs?|needed|needing|takes?|took|requires?|required|gets?|got|wants?|wanted)"
NEEDS_NO_ACT_RE = re.compile(r"(?P<lead>^|(?<=[.;:!?] )|,? (?:and|but) |, )(?:it|this one|that one|they|he|she|the [a-z]+) "
                             + _NEED_VERB + r" no (?:(?:real|extra|further|other|single) )?(?P<verb>[a-z]+)(?P<rest>(?: at all)?)"
                             r"(?=\s*(?:[.;:!?,]|$))(?P<mark>\s*[.;:!?,]*\s*)")

# "do not fade it.", "please, never stop them!", "don't let it fade.", "no need to fade the dog out.", "there is no
# call to fade it.", "you need not fade it.", "you don't need to fade it", "it's not necessary to fade it.",
# "don't bother fading it.": a sentence of its own bidding the maker not to act on a thing told, or telling them they
# need not (contractions are expanded before this reads)
_DENIAL_OF_ORDER = (r"(?:(?:you )?do not need to|it is (?:not necessary|unnecessary) to"
                    r"|(?:do not|don't|never)(?: bother(?: to)?)?"
                    r"|(?:there is )?no (?:need|call|reason)(?: for you)? to|(?:you )?need not|avoid)")
DENIED_ORDER_RE = re.compile(r"(?P<lead>^|(?<=[.;:!?] ))(?:(?:please|honestly|really|so|oh|and|but),? )?"
                             + _DENIAL_OF_ORDER + r"(?: you dare| ever)? "
                             r"(?P<let>let (?:it|them|him|her) )?(?P<verb>[a-z]+)"
                             r"(?(let)|(?: (?:it|them|him|her|the (?P<thing>[a-z]+))))"
                             r"(?: (?:out|away|off|at all|too soon|too early))?(?P<mark>\s*(?:[.;!]+\s*|$))")

# what "leaves no ..." may name before its mark: never the scene's rest ("nothing else", "no more"), a place of the clip
# ("leaves nothing on screen": it leaves, and the picture is empty) or a time ("leaves not a second later")
_NOT_WHAT_IS_LEFT = r"(?!else\b|other\b|besides\b|more\b|longer\b|on\b|in\b|within\b|inside\b|second\b|minute\b" \
                    r"|moment\b|instant\b|beat\b|later\b)"
# "leaving no footprints in the snow", "leaves not a ripple on the water": where nothing is left, never the picture
# ("leaves no cat in the frame" says the frame is empty)
_WHERE_NOTHING_IS_LEFT = (r"(?: (?:in|on|across|along|through|over|upon|near|beside|by|next to) (?P<place>(?:the |its "
                          r"|his |her |their |a |an )?(?:[a-z'-]+ )?(?!(?:frame|screen|view|picture|shot|scene|clip"
                          r"|video|sight)\b)[a-z'-]+))?")
# "and leaves no footprints", "leaving nothing behind,", ", left not a ripple", "leaves behind no trace", "leaves no
# trace of its path", "without leaving a trace": the clause, with the comma and "and" that join it on, up to the mark
# after what is left
LEFT_NOTHING_RE = re.compile(r"(?:,? and|,)?(?:^| )(?:(?:leaves|leave|leaving|(?<=and )left|(?<=, )left)"
                             r"(?P<behind> behind)? (?:no|zero|not (?:a single|a|one)|nothing)"
                             r"|without leaving (?:a|any))"
                             r"(?: " + _NOT_WHAT_IS_LEFT + r"[a-z]+){0,2}?(?: of (?:its|his|her|their|the) [a-z]+)?"
                             r"(?(behind)|(?: behind(?: it| him| her| them)?)?)" + _WHERE_NOTHING_IS_LEFT
                             + r"(?=\s*(?:[,.;!?]|$))")
# "leaving footprints in the snow", ", leaving a wake behind it", "and leaves a trail of dust": only its traces, which
# say how it goes and never that it goes ("leaving the room" is a going)
_TRACES = (r"(?:trails?|tracks?|footprints?|foot prints|prints|paw ?prints|hoof ?prints|marks?|skid marks|wakes?"
           r"|ripples?|traces?|streaks?|dust|smoke|bubbles|furrows?|grooves?|scratches|splashes|puddles|droplets"
           r"|crumbs)")
LEFT_TRACES_RE = re.compile(r"(?:,? and|,) (?:leaving|leaves|left) (?:behind )?(?:[a-z'-]+ ){0,3}?" + _TRACES
                            + r"(?: of (?:[a-z'-]+ )?[a-z'-]+)?(?: behind(?: it| him| her| them)?)?"
                            + _WHERE_NOTHING_IS_LEFT
                            + r"(?=\s*(?:[,.;!?]|$))")

# ", leaving me behind", "and leaves us, darling", ", leaving you to wonder", "and left me in the dust": the speaker or
# the listener left, who is no place of the frame, so nothing goes out of it (the rest of the clause, up to its mark,
# goes with it unless it names a thing, "leaving us with a dog", which stays, told beside the mover)
LEFT_A_PERSON_RE = re.compile(r"(?:,? and|,) (?:leaving|leaves|left) (?:me|us|you|y'all)\b(?P<rest>[^,.;:!?/]*)"
                              r"(?=\s*(?:[,.;:!?/]|$))")


def _person_left(match: re.Match) -> str:
    """The leaving of the speaker or listener gone, and a thing it names kept beside the mover ("leaving us with a
    ball" as ", with a ball"): the mover stays in the frame either way."""
    return f",{match['rest']}" if names_a_thing(match["rest"]) else ""


def _left_where(match: re.Match) -> str:
    """The leaving clause goes, and the place named in it stays where it is a thing ("leaving crumbs on the table":
    the table is there); a ground or a setting ("in the snow", "on the floor") goes with it."""
    place = match["place"]
    if place is None or noun_class(place.rsplit(" ", 1)[-1]) is None:
        return ""
    return f", and {place} {'are' if is_plural(place.rsplit(' ', 1)[-1]) else 'is'} there"


def _might_leave(text: str) -> bool:
    """The cheap gate for ``LEFT_NOTHING_RE``, ``LEFT_TRACES_RE`` and ``LEFT_A_PERSON_RE``: each reads "leave" in any
    form, or "left" only after "and" or a comma ("and left behind no trace", ", left footprints", ", left us")."""
    return "leav" in text or ", left " in text or "and left " in text


def _act_denied(match: re.Match) -> str:
    if VERB_KINDS.get(match["verb"]) is None:
        return match.group(0)  # "it needs no introduction": no act of the tables denied
    return "" if match["lead"] == "" else match["mark"]


def _order_denied(match: re.Match) -> str:
    """An order not to act on "the" thing holds only for a thing told before: "Never stop the cat." with no cat in the
    scene brings the cat in."""
    if match["thing"] and not re.search(rf"\b{match['thing']}\b", match.string[:match.start()]):
        return match.group(0)
    return _act_denied(match)


def _acts_on_nothing(match: re.Match) -> str:
    kind = VERB_KINDS.get(match["verb"], "move" if match["verb"] in _REACTIONS else None)
    if match["seen_or_present"] and not re.match(_OBJECT, match["rest"]):
        return match.group(0)  # "nothing seen moving in the first half": what is in view then, not an act denied
    if kind is None or (kind in _SAID_OF_THE_SCENE and not re.match(_OBJECT, match["rest"])):
        return match.group(0)  # "nothing is there", "nothing appears", "nothing remains": left to the passes that read them
    named_before = match.string[:match.start()]
    if any(noun_class(word) and not re.search(rf"\b{word}", named_before) for word in re.findall(r"[a-z]+", match["rest"])):
        return match.group(0)  # "nobody kicks a ball; it rolls by itself": the clause is where the ball is named
    return "" if match["lead"] == "" else match["mark"]  # a clause joined on mid-sentence leaves the sentence's mark


def _might_deny_an_order(text: str) -> bool:
    """The cheap gate for an order said not to happen ("don't fade it"), which acts on nothing."""
    return ("do not " in text or "never " in text or "don't " in text or "no need " in text or "no call " in text
            or "no reason " in text or "need not " in text or "avoid " in text or "necessary to " in text)


# "not a soul", "not a single soul", "not another soul": nobody, said with a noun the tables do not know
_NO_SOUL_RE = re.compile(rf"\b(?:{'|'.join(NO_SOUL_WORDINGS)})\b")


def might_have_empty_subject(text: str) -> bool:
    """The cheap gate: a subject that names no one."""
    return ("nobody" in text or "no one" in text or "nothing" in text or "noone" in text or "no-one" in text
            or "soul" in text or "none of" in text or _might_deny_an_order(text)
            or " no " in text and NEEDS_NO_ACT_RE.search(text) is not None
            or _might_leave(text) and (LEFT_NOTHING_RE.search(text) or LEFT_TRACES_RE.search(text)
                                       or LEFT_A_PERSON_RE.search(text)) is not None)


def empty_subject_clauses_dropped(text: str) -> str:
    """``text`` (lower case) without its clauses of a verb of moving or acting whose subject is nobody or nothing, and
    without a mover's leaving of nothing behind."""
    text = _NO_SOUL_RE.sub("nobody", text) if "soul" in text else text
    if _might_leave(text):
        text = LEFT_TRACES_RE.sub(_left_where, LEFT_NOTHING_RE.sub(_left_where, text))
        text = LEFT_A_PERSON_RE.sub(_person_left, text)
    text = NEEDS_NO_ACT_RE.sub(_act_denied, EMPTY_SUBJECT_RE.sub(_acts_on_nothing, text))
    if _might_deny_an_order(text):
        text = DENIED_ORDER_RE.sub(_order_denied, text)
    return spaces_tidied(text)
