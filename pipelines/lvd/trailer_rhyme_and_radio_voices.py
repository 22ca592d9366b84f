"""A film trailer's voice-over, a nursery rhyme and a radio exchange, put into the plain scene they tell.

- A trailer ("In a world where one moving car holds the screen ..., nothing else ever shows up. This summer, it is
  the whole story. Coming soon."): the "in a world where" opening and the sign-offs ("this summer", "one moment
  changes everything", "it is the whole story") add nothing ("Coming soon." is a status, dropped by the rule of
  `scene_asides` for all of its kind); what "holds the screen" or stays "in the picture" is in view, and a
  label-colon half ("The second half: no car.") is that half's scene, so a kind named before and denied there is the
  same thing gone, never a second one.
- A nursery rhyme or a tongue-twister repeats its denial ("no cat, no cat, not a single cat", "not a car, not a
  car"): one absence, said once. A route told in the past ("a cat went round: it started in A, by the middle it was
  in B") is the same stops as in the present.
- A tale's openings ("Once upon a time", "Long ago and far away", "And so it was, seen from above, that ...") say
  when and where the tale is told, not the clip's time, place or things; "and so it stayed for the first half" after a
  state keeps that state for the time said.
- A radio exchange ("Tower, this is Clip Charlie: ..., over. Clip Charlie, roger: ... Confirm nothing else, over.
  Affirmative, nothing else."): the station called and the caller's call sign are never things; a read-back
  ("roger", "copy", "wilco") restates the call, so it is dropped like any confirming turn, and "confirm X" and
  "affirmative, X" say X once more.
"""

from __future__ import annotations

import re

from .coming_statuses import coming_status_dropped
from .rewrite_text import any_said_re

# ---- trailer
IN_A_WORLD_RE = re.compile(r"\bin a world where,? ")
# "this summer, it is the whole story.", "this summer, they are the whole story.", "this summer."
SIGN_OFF_RE = re.compile(r"\bthis (?:summer|winter|spring|autumn|fall|season)\b[,.!]?|\b(?:it|they) (?:is|are) the (?:whole|"
                         r"entire|only) story\b[.!]?"
                         r"|\bonly in (?:cinemas|theaters|theatres)\b[.!]?")  # "Coming soon.": scene_asides' status
# "one moment changes everything:", "everything changes:": a turn of the story, told by what follows
TURN_OF_STORY_RE = re.compile(r",? ?\b(?:one|a single) (?:moment|day|second|instant) changes everything\b[:,.]?|"
                              r"\beverything changes\b[:,.]?")
HOLDS_SCREEN_RE = re.compile(r"\b(?P<verb>holds|hold|owns|own|rules|rule) the (?:screen|frame|picture)\b")
IN_THE_PICTURE_RE = re.compile(r"\b(?P<verb>stays?|remains?|is|are) in the picture\b(?! frame)")
# "the first half: a moving car." / "the second half: no car.": that half's scene
HALF_LABEL_RE = re.compile(r"\bthe (?P<half>first|second|opening|closing) half: (?P<said>(?:an?|one|"
                           r"no) [a-z]+(?: [a-z]+)?)(?=[.;])")

# ---- rhyme
# "no cat, no cat, not a single cat", "no car, not one car", "not a car, not a car": the same absence said again
_DENIED = r"(?:no|not (?:a single|one|a))"
REPEATED_DENIAL_RE = re.compile(rf"\b{_DENIED} (?P<noun>[a-z]+)(?:,? {_DENIED} (?P=noun))+\b")


def _first_denial(said: re.Match) -> str:
    """A repeated denial said once: "no cat"; but one set off after a thing, "a dog, not a cat, not a cat, walks
    left", stays the contrast it was said as, so the dog keeps its walk and no bare "no cat" takes it."""
    if said.string[max(0, said.start() - 2):said.start()] == ", ":
        return said.group(0)[:said.end("noun") - said.start()]
    return f"no {said['noun']}"


# "a cat went round: it started in": the route is told after the colon
WENT_ROUND_RE = re.compile(r"\b(?:went|goes|moved|moves|walked|walks|flew|flies|rolled|rolls|drove|drives) (?:round|around|about)"
                           r"(?: the (?:clip|frame|screen|picture))?: it (?=(?:started|starts|began|begins) )")

# ---- tale
# "Once upon a time", "Long, long ago and far away,", "In a land far, far away,": the telling's time and place
TALE_OPENING_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:once upon a time|(?:long,? )+ago|a long(?:,? long)? time ago"
                             r"|in a (?:land|kingdom|country|village) far,? (?:far )?away)(?: and far,? (?:far )?away)?,? ?")
# "and so it was, seen from above, that a car ...", "it came to pass that": the tale's frame around what it tells
SO_IT_WAS_RE = re.compile(r"\b(?:and )?so it (?:was|happened|came to pass)(?P<aside>, [^,.;]+,)? that ")
# "there was no bird, and so it stayed for the first half": the state said, kept for the time said next
SO_IT_STAYED_RE = re.compile(r",? and (?:so )?it (?:stayed|remained)(?: so| that way| thus)? (?=(?:for|until|till|through|"
                             r"throughout|during) )")

# ---- radio
# "tower, this is clip charlie: ": the station called, then the caller's call sign
RADIO_OPENING_RE = re.compile(r"^(?:[a-z]+ ){0,2}?[a-z]+, this is (?:[a-z]+ ){0,2}?[a-z]+: ")
# a turn that reads the call back: "clip charlie, roger: ...", "copy that, ..."
READ_BACK_RE = re.compile(r"^(?:(?:[a-z]+ ){0,2}?[a-z]+, )?(?:roger|copy|wilco|read ?back|readback)\b")
# ", over.", ", over and out.": the end of a turn; a bare "over" ("rolls over the dog") is a preposition
TURN_END_RE = re.compile(r", over(?: and out)?(?:[.!]|$)\s*")
CONFIRM_RE = re.compile(r"^(?:please )?confirm,? ")
AFFIRMATIVE_RE = re.compile(r"^(?:affirmative|affirm|roger that|that is correct|correct),? ")

_TRAILER_WORDS = ("in a world", "this summer", "changes everything", "everything changes", "the whole story",
                  "the screen", "the frame", "the picture", "half:", "only in ")
_RHYME_WORDS = (", no ", ", not ", " round: ", " around: ", " about: ")
_RADIO_WORDS = (", over",)
_TALE_WORDS = ("once upon", " ago", "ago ", "far away", "so it ")
_VOICE_WORDS = _TRAILER_WORDS + _RHYME_WORDS + _RADIO_WORDS + _TALE_WORDS
_VOICE_WORDS_RE = any_said_re(_VOICE_WORDS)


def looks_like_trailer_rhyme_or_radio(text: str) -> bool:
    return _VOICE_WORDS_RE.search(text) is not None


def _radio_in_plain_words(text: str) -> str:
    """The first call's words and the fences agreed on after it; read-backs only restate the call."""
    turns = [turn.strip() for turn in TURN_END_RE.split(text) if turn and turn.strip()]
    if len(turns) < 2 and not RADIO_OPENING_RE.match(text):
        return text
    kept = []
    for turn in turns:
        turn = RADIO_OPENING_RE.sub("", turn)
        if kept and READ_BACK_RE.match(turn):
            continue
        turn = AFFIRMATIVE_RE.sub("", CONFIRM_RE.sub("", turn))
        kept.append(turn if turn.endswith((".", "!", "?")) else turn + ".")
    return " ".join(kept)


def _half_scene(match: re.Match, named: set[str]) -> str:
    said = match["said"]
    noun = said.split()[-1]
    if said.startswith("no ") and noun in named:
        return f"in the {match['half']} half, the {noun} is gone"
    if not said.startswith("no "):
        named.add(noun)
        return f"in the {match['half']} half, {said} is there"
    return f"in the {match['half']} half, {said}"


def trailer_rhyme_and_radio_in_plain_words(text: str) -> str:
    """The scene each of these voices tells, in the plain words the later passes read."""
    if ", over" in text:
        text = _radio_in_plain_words(text)
    if "in a world" in text:
        text = IN_A_WORLD_RE.sub("", text)
    if "upon" in text or "ago" in text or "far away" in text:
        text = TALE_OPENING_RE.sub("", text)
    if "so it " in text:
        text = SO_IT_STAYED_RE.sub(" ", SO_IT_WAS_RE.sub(lambda m: f"{m['aside'].strip(', ')}, " if m["aside"] else "", text))
    if "soon" in text or "story" in text or "this " in text or "only in" in text:
        # the sign-offs first, so that "Coming soon." before "This summer." is the closing status its rule drops
        text = coming_status_dropped(SIGN_OFF_RE.sub("", text))
    if "everything" in text:
        text = TURN_OF_STORY_RE.sub(".", text)
    if "the screen" in text or "the frame" in text or "the picture" in text:
        text = HOLDS_SCREEN_RE.sub(lambda m: "is in view" if m["verb"].endswith("s") else "are in view", text)
        text = IN_THE_PICTURE_RE.sub(r"\g<verb> in view", text)
    if "half:" in text:
        named: set[str] = set()
        text = HALF_LABEL_RE.sub(lambda m: _half_scene(m, named), text)
    if ", no " in text or ", not " in text:
        text = REPEATED_DENIAL_RE.sub(_first_denial, text)
    if ": it " in text:
        text = WENT_ROUND_RE.sub("", text)
    text = re.sub(r"\s*\.(?:\s*\.)+", ".", text)
    return re.sub(r"\s{2,}", " ", text).strip()
