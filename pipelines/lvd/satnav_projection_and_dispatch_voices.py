"""Sat-nav directions, a projectionist's or a stage manager's cues and a dispatcher's log, put into the plain scene they tell.

- A journey's own words are the clip's: "until you arrive at its end" and "at arrival" are its end, and the legs the
  driver is told ("continue to the upper left corner", "move to ...", "your destination is ...", "you have arrived at
  ...") are the mover's next places, in order.
- A projectionist's "open on X" is the opening heading with X under it and "close on it at the right side" the end's;
  a cue followed by a bare place ("halfway cue, the lower right corner", "final cue in the upper left corner") is
  where the thing named first is at that moment. A stage manager's "Go on a bird: from the right ..." and "Go: a car
  in the lower left corner, then ..." give the thing named what follows; "Top of show:" only starts the show, and
  "Standby.", "Hold.", "Clear." or "Go." said alone are calls to the crew, no thing and no move; so is any voice's call
  to wait said alone ("But wait, there's more!", "Hang on!", "Wait till you see this!"), naming no thing and no place:
  the listener waits, never a thing shown. A handler's bid said alone, "Sit.", "Stay put!", "Heel.", "Leave it!", "Drop
  it.", "Let it be.", is the listener's to obey too: nothing shown sits, stays or leaves by it; and the speaker's own
  business put off, "Questions will have to wait.", makes no thing wait.
- Whatever the voice, an imperative to the maker describes the scene: "keep one car in view" and "hold them to the
  close" say the things are there, kept to the end; "you have a cat in view" is the cat in view; "it left" said alone
  (or "it had left for good", "it simply left", "then it quietly left") is a departure, as "it left the frame" is,
  never a side.
"""

from __future__ import annotations

import re

from .clip_moments import WATCH_CLOSES_RE
from .object_classes import noun_class
from .rewrite_text import CLAUSE_START, any_said_re, spaces_tidied

_LIST_STEP = r"(?:^|(?<=[.;:!?] )|(?<=, )|(?<=, and )|(?<=\band ))"
_PLACE = (r"the (?:(?:upper|lower|top|bottom|far|middle)(?: left| right)?|left|right|centre|center|middle)"
          r"(?: (?:corner|side|edge|half|third))?(?: of the (?:frame|screen|picture))?")
_THINGS = r"(?:a|an|one|two|three|four|five|six|the|both|all)"
_CUE = r"(?:(?:opening|first|halfway|middle|final|last|closing) cue)"

# "until you arrive at its end", "until you reach the end": until the end
ARRIVE_AT_END_RE = re.compile(r"\b(?:until|till) you (?:arrive at|reach|get to) (?P<which>the|its) (?:end|destination)\b")
# "at arrival", "from start to arrival", "by your arrival": the clip's end
ARRIVAL_RE = re.compile(r"\b(?P<prep>at|to|by|until|till|on) (?:your |the )?arrival\b")
# "you have arrived at the upper left corner", "your destination is the upper right corner": the last leg
LAST_LEG_RE = re.compile(r"\b(?:you have arrived|you arrive|you have reached your destination) (?:at|in|on) (?=" + _PLACE + r")"
                         r"|\b(?:your|the) (?:destination|final destination) is (?=" + _PLACE + r")")
# "Continue to the upper left corner.", ", move to the lower left corner,": the next leg, told to the driver (a mover's own
# "heads to" keeps its verb)
NEXT_LEG_RE = re.compile(_LIST_STEP + r"(?:then )?(?:continue|move|head|proceed|carry on|go on|turn) (?:on )?(?:to|towards?|"
                                      r"into) "
                         r"(?=" + _PLACE + r")")
# "open on a moving car", "Open on two dogs": the opening, with them under it
OPEN_ON_RE = re.compile(CLAUSE_START + r"(?:we )?(?:open|opens|fade in) on (?=" + _THINGS + r"\b)")
# "close on it at the right side", "and close on the cat in the upper right corner": where it is at the end
CLOSE_ON_RE = re.compile(r"(?:,? and |; |, |^|(?<=[.!?] ))(?:we )?(?:close|closes|end|ends|fade out) on (?P<thing>it|them|"
                         r"the [a-z]+)"
                         r" (?P<prep>in|at|on) (?=" + _PLACE + r")")
# "halfway cue, the lower right corner", "final cue in the upper left corner", "final cue the upper right corner"
CUE_PLACE_RE = re.compile(r"(?:(?<=[,;] )|(?<=, and ))(?P<cue>" + _CUE + r")(?:,| in| at| on|:)? (?=" + _PLACE + r")")
_MOMENT_OF_CUE = {"opening": "at the start", "first": "at the start", "halfway": "at the midpoint", "middle": "at the midpoint",
                  "final": "at the end", "last": "at the end", "closing": "at the end"}
# A stage manager's calls: "Go on a bird: ...", "Go: a car in ..." hand what follows to the thing named
GO_ON_RE = re.compile(r"(?:^|(?<=[.;:!?] )|(?<=, ))go(?: on|:) (?=" + _THINGS + r"\b)")
# "Top of show:", "top of the show,": the call that starts the show, which the clip starts anyway
SHOW_TOP_RE = re.compile(r"\btop of (?:the )?show\b[:,]?")
# "Standby.", "Stand by, view from above.", "Hold.", "Clear.", "Go.": a call to the crew said alone, no thing and no move
CREW_CALL_RE = re.compile(CLAUSE_START + r"(?:(?:standby|stand by)[.!,]|(?:hold|clear|go)[.!])(?: |$)")
# "But wait, there's more!", "Hang on!", "Oh wait.", "Wait till you see this!", "Hold it right there!": a call to the
# listener to wait, a sentence of its own with no subject; it goes where it names no thing and no place (``_no_scene``)
WAIT_CALL_RE = re.compile(CLAUSE_START + r"(?:(?:but|oh|now|and|whoa|hey|just(?: you)?),? )*"
                          r"(?:wait|hang on|hold on|hold it|hold up)\b"
                          r"(?P<rest>[^.!?]*)[.!?]+(?: |$)")
# "Sit.", "Stay put!", "Down, boy.", "Heel.", "Leave it!", "Drop it.", "Let it be.", "Leave them alone, Rex.": a
# handler's bid to the listener said alone, a sentence with no subject; the listener obeys, and no thing shown sits,
# stays or leaves by it. Whom it calls on after a comma is the listener, a name or the "boy" a dog is called, unless
# that names a thing ("Stay, little cat.": ``_calls_no_thing``). These set bids go wherever they stand; any other
# verb bid to the listener is known only as a closing motto, "Stay close out there.", by scene_asides' parting word
# "down" alone is a bid only said to the animal, "Down, boy."; "down, down, down." or "Down!" is the way a thing goes
_BID = (r"(?:sit|stay|down(?=, (?:boy|girl|buddy|pal)\b)|heel|settle|leave (?:it|them|that)|drop (?:it|that)"
        r"|let (?:it|them) be)"
        r"(?: (?:down|still|put|there|back|alone|now))*")
BID_TO_LISTENER_RE = re.compile(CLAUSE_START + r"(?:(?:good|okay|ok|now|and|no|easy),? )*" + _BID
                                + r"(?:(?:, |,? and )" + _BID + r")*(?P<rest>(?:, [a-z]+(?: [a-z]+)?)?)[.!]+(?: |$)")
# A cheap whole-word test run before BID_TO_LISTENER_RE: "visit" and "downhill" hold no bid
_MAY_HOLD_A_BID_RE = re.compile(r"\b(?:sit|stay|down|heel|settle|leave|drop|let)\b")
# What a handler calls the animal bidden, "Down, boy.", "Good girl, stay.": the listener, never one more thing
_PET_CALLS = frozenset("boy girl good buddy pal".split())
# "Today's lunch menu can wait.", "Questions will have to wait.", "The rest is going to have to wait.": the speaker's
# own business put off, a sentence of its own. The planner draws nouns its tables do not know ("The wagon will have
# to wait."), so only a subject on this closed list of a speaker's business goes (``_put_off``)
PUT_OFF_RE = re.compile(CLAUSE_START + r"(?P<subject>[a-z']+(?: [a-z']+){0,4}) (?:can|could|will|must|should|may|'ll"
                        r"|(?:is|are) going to)(?: (?:just|surely|easily|all))?(?: have to)? wait"
                        r"(?P<rest>[^.!?]*)[.!?]+(?: |$)")
_BUSINESS = frozenset(
    "question questions announcement announcements homework lunch dinner breakfast dessert snack menu news rest else "
    "everything paperwork report reports fun stuff chores introductions details explanation explanations answer "
    "answers results speech speeches quiz test grades notices business updates update".split())
# what makes a call to wait a statement about the scene: a place ("wait in the lower left corner") or a time
_SCENE_WORDS_RE = re.compile(r"\b(?:left|right(?! there| now| away)|upper|lower|top|bottom|middle|centre|center|corner|side|"
                             r"half|start|end|frame|until the|till the)\b")
# "keep one moving car in view", "keep two dogs on screen": they are there
KEEP_IN_VIEW_RE = re.compile(_LIST_STEP + r"keep (?=" + _THINGS +
                             r" [a-z ]+? (?:in view|in sight|in the frame|in shot|on screen)\b)")
# "hold them through to the final cue", "hold them on screen to the close": they stay to the end
HOLD_TO_END_RE = re.compile(r"\bhold (?P<who>it|them|both|all of them)(?: (?:on screen|in view|in shot|in the frame))?"
                            r" (?:right |all the way )?(?:through )?(?:to|until|till|up to) the (?:close|end|finish|final cue|"
                            r"last cue)\b")
# "you have one lively cat in view", "you will still have it at the end": the cat is there ("you see it all" is the view,
# and "can you see it?" asks)
YOU_HAVE_RE = re.compile(r"(?<!\bcan )(?<!\bcould )(?<!\bdo )(?<!\bdid )(?<!\bwill )\byou (?:will )?(?P<still>still )?(?:have|"
                         r"see) "
                         r"(?P<who>it(?! all\b)|them)\b")
YOU_HAVE_THINGS_RE = re.compile(r"\byou have (?=(?:a|an|one|two|three|four|five|six) [a-z ]+? (?:in view|in sight|on screen)\b)")
# "in view from the start, and it is still there at the end": from the start to the end
KEPT_TO_END_RE = re.compile(r"\bfrom the start,? and (?:it|they) (?:is |are )?still (?:there|in view|on screen|in sight) (?:at|"
                            r"by|until) the end\b")
# "Halfway through it left.", "by the second half it had left for good", "it simply left.", "it then left": it went,
# as "it left the frame" goes; "the cat on the left" keeps its side, and so does "it left the car" ("one left" is read
# with its group, where "one left, and the other right" is a way)
_WHEN_OR_HOW = r"(?:[a-z]{2,}ly|just|then|soon) "
PRONOUN_LEFT_RE = re.compile(rf"\b(?P<who>it|they|he|she) (?:had |has |have )?(?:{_WHEN_OR_HOW})?left"
                             r"(?: for good| for ever| forever)?(?=[.;!]|$|, (?:and|then)\b)")

_LEG_WORDS = ("continue", "move to", "move towards", "head to", "head towards", "proceed", "carry on", "go on",
              "turn to", "turn into",
              "arrived", "you arrive", "destination")
_SHOT_WORDS = ("open on", "opens on", "fade in on", "close on", "closes on", "end on", "ends on", "fade out on")
# never "the left"; "it simply left" is found by its pattern, so "moves slowly left" opens nothing here
_PRONOUN_LEFT = ("it left", "they left", " he left", " she left", "had left", "has left", "have left")
_CALL_WORDS = ("go on ", "go:", "go.", "top of", "standby", "stand by", "hold.", "clear.", "wait", "hang on",
               "hold on", "hold it",
               "hold up")
_VOICE_WORDS = (_LEG_WORDS + _SHOT_WORDS + _PRONOUN_LEFT + _CALL_WORDS
                + ("arriv", " cue", "keep ", "hold ", "you have", "you will", "you still", "you see"))
_VOICE_WORDS_RE = any_said_re(_VOICE_WORDS)


def looks_like_satnav_projection_or_dispatch(text: str) -> bool:
    """Whether ``text`` (lower case) may hold a journey's legs, a shot, a cue, a maker's imperative or a bare departure."""
    return (_VOICE_WORDS_RE.search(text) is not None or ("still" in text and "from the start" in text)
            or (" left" in text and PRONOUN_LEFT_RE.search(text) is not None)
            or _MAY_HOLD_A_BID_RE.search(text) is not None)  # whole words: "sits" or "visit" holds no bid


def _legs_in_order(text: str) -> str:
    text = NEXT_LEG_RE.sub(
        lambda m: "then it moves to " if m.start() == 0 or text[m.start() - 2] in ".;:!?" else "then to ", text)
    return LAST_LEG_RE.sub("and finally it moves to ", text)


def _no_scene(match: re.Match) -> str:
    """The call goes unless it names a thing or a place ("wait, no, make it three cats" corrects a count and stays)."""
    rest = match["rest"]
    return match.group(0) if _SCENE_WORDS_RE.search(rest) or any(noun_class(word) for word in re.findall(r"[a-z]+", rest)) else ""


def _put_off(match: re.Match) -> str:
    """The speaker's business put off goes: its head is on the closed list ``_BUSINESS``, because a noun the tables do
    not know may still be drawn ("the wagon will have to wait"); one naming or pointing at a thing stays."""
    subject = match["subject"].split()
    if subject[-1] not in _BUSINESS or any(noun_class(word) for word in subject + re.findall(r"[a-z]+", match["rest"])):
        return match.group(0)
    return ""


def _calls_no_thing(match: re.Match) -> str:
    """The bid goes: it speaks to the listener. Whom it calls on stays a thing where a word other than a pet's call
    names one ("Stay, little cat." bids the cat, which the scene then holds)."""
    called = [word for word in re.findall(r"[a-z]+", match["rest"]) if word not in _PET_CALLS]
    return match.group(0) if any(noun_class(word) for word in called) else ""


def satnav_projection_and_dispatch_in_plain_words(text: str) -> str:
    """The scene sat-nav directions, a projectionist's cues or a maker's imperatives tell, in the words later passes read."""
    told = text
    # "on arrival ... before leaving": a visit
    if ("arriv" in text or "destination" in text) and not WATCH_CLOSES_RE.search(text):
        text = ARRIVAL_RE.sub(lambda m: "at the end" if m["prep"] in ("at", "on") else f"{m['prep']} the end",
                              ARRIVE_AT_END_RE.sub(r"until \g<which> end", text))
    if any(word in text for word in _LEG_WORDS):
        text = _legs_in_order(text)
    if any(word in text for word in _SHOT_WORDS):
        text = OPEN_ON_RE.sub("opening: ", text)
        text = CLOSE_ON_RE.sub(lambda m: f"{'' if m.start() == 0 else '. '}finale: {m['thing']} {m['prep']} ", text)
    if any(word in text for word in _CALL_WORDS):
        text = CREW_CALL_RE.sub("", GO_ON_RE.sub("", SHOW_TOP_RE.sub("", text)))
        if "wait" in text or "hang on" in text or "hold " in text:
            text = WAIT_CALL_RE.sub(_no_scene, text)
        if " wait" in text:
            text = PUT_OFF_RE.sub(_put_off, text)
    if _MAY_HOLD_A_BID_RE.search(text):
        text = BID_TO_LISTENER_RE.sub(_calls_no_thing, text)
    if " cue" in text:
        text = CUE_PLACE_RE.sub(lambda m: _MOMENT_OF_CUE[m["cue"].split()[0]] + ", it is at ", text)
    if "keep " in text:
        text = KEEP_IN_VIEW_RE.sub("", text)
    if "hold " in text:
        text = HOLD_TO_END_RE.sub(lambda m: f"{'it stays' if m['who'] == 'it' else 'they stay'} in view until the end", text)
    if "you " in text:
        text = YOU_HAVE_THINGS_RE.sub("", text)
        text = YOU_HAVE_RE.sub(lambda m: f"{'it is' if m['who'] == 'it' else 'they are'} {m['still'] or ''}there", text)
    if "still" in text and "from the start" in text:
        text = KEPT_TO_END_RE.sub("from the start to the end", text)
    if " left" in text:
        text = PRONOUN_LEFT_RE.sub(lambda m: f"{m['who']} {'leave' if m['who'] == 'they' else 'leaves'}", text)
    return text if text == told else spaces_tidied(text)
