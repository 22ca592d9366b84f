"""A presence said plainly before the pass, so the readers of when a thing is in view take it in their order.

A wait that is over says no such thing while it lasted ("i waited through the first half for a cat, and none came");
an arrival in the perfect in a sentence that gives no time is being there ("four cars have arrived and remain");
"nothing is visible until a car drives in" is empty at first and the car coming then, and a "when" clause after a wait
for a later half or the midpoint ("a cat is not visible until the second half, when a horse gallops in") is what comes
then; a return is said plainly: after a move that stayed in view it is the way back ("rolls to the right and comes
back": then back to the left), after leaving the view a reappearance.
"""

from __future__ import annotations

import re

from .denied_sightings import UNTIL_LATER_HALF
from .visibility_cues import _FRAME
from .vocabulary import VERB_KINDS

# "nothing is visible until a car drives in", "the lawn is empty until a rabbit hops onto it": empty at first, and the clause
# after "until" is what comes in then (an "until" before a time, "until the midpoint", is left as it is)
EMPTY_UNTIL_RE = re.compile(r"\b(?P<empty>(?:nothing|nobody|no one) (?:is|stays|remains) (?:visible|there|around|in view|"
                            r"to be seen|"
                            r"in (?:the )?(?:frame|shot|picture|scene))|there is nothing(?: (?:there|in view|"
                            r"in (?:the )?(?:frame|shot|picture|scene)))?"
                            r"|(?:the )?[a-z]+ (?:is|stays|remains) (?:empty|bare|deserted|vacant|clear))"
                            r",? until (?=(?:an?|one|two|three|four|five|some) [a-z])")

# "nothing is there until the midpoint, when a car drives in": the "when" clause is what comes at that time
EMPTY_UNTIL_WHEN_RE = re.compile(EMPTY_UNTIL_RE.pattern.split(",? until ")[0]
                                 + r",? until (?P<time>(?:the |a )?[a-z-]+(?: [a-z-]+){0,3}?),? when (?=(?:an?|one|two|three|"
                                   r"four|five|some|the) [a-z])")

# "a cat is not visible until the second half, when a horse gallops in": whatever waits for a later half or the
# midpoint, the "when" clause after it is what comes then, moving as it says, not before
UNTIL_LATER_HALF_WHEN_RE = re.compile(rf"\b(?P<until>{UNTIL_LATER_HALF}[a-z-]+(?: [a-z-]+){{0,3}}?),? when "
                                      r"(?=(?:an?|one|two|three|four|five|some|the) [a-z])")


# "i waited through the whole first half for a cat, and none came", "we waited for a dog": what is waited for is not
# there while the wait lasts (the span said, or until it comes); only a wait that is over says so, never one going on
# or one for a thing to act, "we wait for a ball to roll in", which comes
_WAIT_SPAN = r"(?:(?: for| in| through| during| over)? the (?:whole |entire )?(?:first|opening) half)"
_NOT_A_NOUN = r"(?!(?:for|in|through|during|over|and|but)\b)"
WAITED_FOR_RE = re.compile(r"\b(?:i|we|you|they)(?: all)? (?:waited|kept waiting|sat waiting)(?: in vain)?(?: through|"
                           r" all through"
                           rf"| during| over)?(?P<span>{_WAIT_SPAN})? for (?:a|an|any|one) (?:{_NOT_A_NOUN}[a-z]+ )?"
                           rf"(?P<noun>{_NOT_A_NOUN}[a-z]+)(?! to\b)(?P<later>{_WAIT_SPAN})?(?:,? (?:and|but) (?:none|nothing|"
                           rf"no [a-z]+"
                           r"|it never|they never) (?:came|come|showed|showed up|appeared|arrived|turned up))?(?=[,;.!? ]|$)")


def _wait_as_absence(match: re.Match) -> str:
    span = (match["span"] or match["later"] or "").strip()
    return f"no {match['noun']} " + (span if span.startswith(("for", "in", "through", "during", "over")) else
                                     f"in {span}" if span else "at first")


# "four cars have arrived and remain", "a bird has already appeared": the perfect tells a state reached before the
# telling, so the thing is there from the start, unless its sentence says when ("by the midpoint, a car has shown up")
PERFECT_ARRIVAL_RE = re.compile(r"\b(?P<aux>has|have) (?:already )?(?:arrived|appeared|turned up|shown up)\b")
_TIME_SAID_RE = re.compile(r"\b(?:by|until|till|after|before|when|once|then|later|now|half|halfway|midpoint|middle|end|start"
                           r"|beginning|first|second|moment|finally|eventually|soon|since|yet)\b")
_SENTENCE_RE = re.compile(r"[^.!?;]+[.!?;]*\s*")


def perfect_arrivals_as_presence(text: str) -> str:
    """``text`` with each arrival said in the perfect, in a sentence that gives no time, said as being there."""
    return "".join(PERFECT_ARRIVAL_RE.sub(lambda m: "is there" if m["aux"] == "has" else "are there", sentence)
                   if not _TIME_SAID_RE.search(sentence) else sentence for sentence in _SENTENCE_RE.findall(text))


def empty_until_arrival(text: str) -> str:
    """``text`` with "empty until X comes" said as empty at first and X coming then, the order the reader takes in,
    and "empty until a time, when X comes" as empty until then and X coming next; a wait for a thing is no such
    thing while it lasts ("i waited through the first half for a cat" says no cat in the first half)."""
    if "waited" in text or " waiting" in text:
        text = WAITED_FOR_RE.sub(_wait_as_absence, text)
    if " when " in text:
        text = EMPTY_UNTIL_WHEN_RE.sub(lambda m: f"{m['empty']} until {m['time']}; then ", text)
        if "til" in text:  # "until", "till": the pattern opens on them
            text = UNTIL_LATER_HALF_WHEN_RE.sub(lambda m: f"{m['until']}; then ", text)
    return EMPTY_UNTIL_RE.sub(lambda m: f"{m['empty']} at first, and then ", text)


# "comes back at the end", "returns later", "shows up again": back in view, a second appearance of the thing that left
# ("returns to the left", "comes back toward the car" say where it goes, and stay moves)
COMES_BACK_RE = re.compile(r"\b(?P<form>comes? back|came back|coming back|returns?|returned|returning|reappears?|reappeared|"
                           r"reappearing"
                           r"|shows? up again|showed up again|appears? again|appeared again)\b"
                           r"(?! (?:to|toward|towards|into|from|home|across|over|along|up|down|left|right|the|a|an)\b)")
DENIED_BEFORE_RE = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|n't)(?: [a-z]+){0,2} $")
_REAPPEARING = {**dict.fromkeys(("comes back", "returns", "reappears", "shows up again", "appears again"), "reappears"),
                **dict.fromkeys(("come back", "return", "reappear", "show up again", "appear again"), "reappear"),
                **dict.fromkeys(("came back", "returned", "reappeared", "showed up again", "appeared again"), "reappeared"),
                **dict.fromkeys(("coming back", "returning", "reappearing"), "reappearing")}


def _back_in_view(match: re.Match) -> str:
    """A return said plainly is a reappearance; one denied ("does not come back", "no car returns", "not to return")
    stays as it is, for the readers of absences."""
    if DENIED_BEFORE_RE.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return _REAPPEARING[match["form"]]


# what takes a thing out of view before it comes back: "leaves the frame", "vanishes", "out of sight", "drives off."
_OUT_OF_VIEW_RE = re.compile(rf"\b(?:leaves|leave|leaving|left {_FRAME}|exits?|exited|exiting|quits|departs?|departed|"
                             rf"disappear\w*"
                             rf"|vanish\w*|fades? (?:out|away)|goes away|gone|off[ -]?screen|off[ -]?camera|out of (?:{_FRAME}|"
                             rf"sight)"
                             r"|no longer|absent|hidden|[a-z]+ away|[a-z]+ off(?= *(?:[,.;!?]|and\b|then\b|$)))")
_SIDE_RE = re.compile(r"\b(?:to|toward|towards) the (?:far )?(?P<side>left|right)\b")
_OTHER_SIDE = {"left": "right", "right": "left"}
# "walks out halfway", "runs halfway across": half the way out, then back (the default way out is to the right)
_HALFWAY_OUT_RE = re.compile(r"\b(?:out halfway|halfway out|halfway across|out half the way|half the way across)\b")
_RETURN_FORMS = ("comes back", "come back", "came back", "coming back", "returns", "return", "returned", "returning")


def _there_and_back(sentence: str, gone_before: bool) -> str:
    """``sentence`` with a return after a move in view said as the way back ("rolls to the right and comes back": "...
    and then back to the left"; "walks out halfway and returns": from the left to the middle and then back to the
    left), one track, out and back; as it was where the thing first went out of view (``gone_before``: in an earlier
    sentence) or no move in view came before."""
    back = COMES_BACK_RE.search(sentence)
    if back is None or back["form"] not in _RETURN_FORMS or DENIED_BEFORE_RE.search(sentence[:back.start()]):
        return sentence
    out = sentence[:back.start()]
    if gone_before or _OUT_OF_VIEW_RE.search(out) or not any(
            VERB_KINDS.get(word) in ("move", "run", "fly", "drive", "swim", "roll") for word in re.findall(r"[a-z]+", out)):
        return sentence
    sides = list(_SIDE_RE.finditer(out))
    halfway = _HALFWAY_OUT_RE.search(out)
    if not sides and not halfway:
        return sentence
    if halfway:
        out, home = out[:halfway.start()] + "from the left to the middle" + out[halfway.end():], "left"
    else:
        out, home = re.sub(r"\b([a-z]+) off (?=(?:to|toward|towards) the)", r"\1 ", out), _OTHER_SIDE[sides[-1]["side"]]
    lead = "" if re.search(r"\bthen,? *$", out) else "then "
    return f"{out}{lead}back to the {home}{sentence[back.end():]}"


def returns_as_reappearing(text: str) -> str:
    """``text`` with each return after a move in view said as the way back, and each other return said plainly
    ("leaves in the middle and comes back at the end") as "reappears"."""
    if any(form in text for form in _RETURN_FORMS):
        said, gone = [], False
        for sentence in re.split(r"(?<=[.;!?])", text):
            said.append(_there_and_back(sentence, gone))
            gone = gone or _OUT_OF_VIEW_RE.search(sentence) is not None
        text = "".join(said)
    return COMES_BACK_RE.sub(_back_in_view, text)
