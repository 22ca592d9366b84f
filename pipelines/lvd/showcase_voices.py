"""A stage magician's patter, a listing of a hand-made diorama and a video-game walkthrough, put into plain sentences.

A magician addresses the audience ("and now, watch closely!"; "ladies and gentlemen" is left to the commentator's voice, read
later): the address is never a thing, and "keep your eyes on X" shows X. A diorama, snow globe, model or miniature is the frame
and its mechanism or motor an unseen drive: "the mechanism makes X walk", "rolls X", "sends X flying", "carries X from A to B" are
X moving so, "brings X out" or "releases X" X appearing and "hides X" X going. A game's level, stage or screen is the clip and its
halves the clip's halves, and "you'll see X appear" is X appearing.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .rewrite_text import spaces_tidied
from .vocabulary import NOTHING_ELSE, VERB_KINDS
from .word_guessing import third_person, third_person_form

_SHOWCASE_TELLS = ("ladies and gentlemen", "watch closely", "keep your eyes on", "diorama", "snow globe", "mechanism",
                   "the level", "the stage", "this level", "you will see", "you'll see", "figures")

# "and now, watch closely!": the magician's cue to the audience ("ladies and gentlemen" is read with a commentator's cries)
WATCH_CLOSELY_RE = re.compile(r"(?:\band now\b[,\s]*)?(?:\bwatch (?:closely|carefully)\b|\band now\b)\s*!?\s*,?\s*")
EYES_ON_RE = re.compile(r"\bkeep your eyes on\s+")
# "this handcrafted diorama, seen from overhead, features", "hand-made snow globe featuring", "this model shows"
# "handcrafted" is read once, by the first branch: spelt twice, a run of makers backtracked both ways per word
_MAKER = r"(?:(?:hand|home)[ -]?(?:made|crafted|built|painted)|miniature|tiny|little|wooden|glass|clockwork)"
_FRAME = r"(?:diorama|snow ?globe|model|miniature|music box|display)"
FRAME_RE = re.compile(r"(?:\b(?:this|the|a|our|my)\s+)?(?:" + _MAKER + r"\s+)*" + _FRAME
                      + r"(?P<view>,[^,]*,)?\s*(?::|(?:features|featuring|with|shows|holds|has|contains|where)\b)\s*")
# "the mechanism", "the motor", "a hidden magnet": the unseen drive
_DRIVE = r"(?:the |a |its |a hidden |the hidden )(?:mechanism|motor|clockwork|crank|gears?|magnets?)"
# "(that|which) the mechanism makes walk": the head noun moving
MAKES_REL_RE = re.compile(r"\b(?P<rel>that|which) " + _DRIVE + r" makes? (?P<verb>[a-z]+)(?P<more> and [a-z]+)?\b")
# "the mechanism makes them circle", "the mechanism makes a flying bird rise"
MAKES_RE = re.compile(_DRIVE + r" makes? (?P<who>them|it|him|her|(?:an?|the|one|two|three|"
                               r"four) (?:[a-z]+ )?[a-z]+) (?P<verb>[a-z]+)"
                      r"(?P<more> and [a-z]+)?\b")
# "the mechanism sends a ball rolling": the ball rolls
SENDS_RE = re.compile(_DRIVE + r" (?:sends|set|sets|starts) (?P<who>it|them|(?:an?|the|one|two|three|four) (?:[a-z]+ )?[a-z]+) "
                      r"(?P<verb>[a-z]+)ing\b")
# "that the mechanism rolls / pulls / carries from": the head noun moved
_CARRIED = {"pulls": "moves", "carries": "moves", "moves": "moves", "pushes": "moves", "sends": "moves", "brings": "moves",
            "rolls": "rolls", "flies": "flies", "walks": "walks", "drives": "drives", "spins": "spins", "turns": "turns",
            "slides": "slides", "glides": "glides", "steers": "drives", "leads": "walks", "guides": "moves", "swings": "swings"}
MOVES_REL_RE = re.compile(r"\b(?:that|which) " + _DRIVE + r" (?P<verb>" + "|".join(_CARRIED) +
                          r")\b(?P<around> around| along| about)?")
# "that the mechanism brings out only in the second half", "releases in the second half": appearing then
BRINGS_OUT_REL_RE = re.compile(r"\b(?:that|which) " + _DRIVE +
                               r" (?:brings? (?:out|in|up|on)|releases?|reveals?|lets? out|pops? up)\b")
# "then the mechanism hides it": it goes
HIDES_RE = re.compile(_DRIVE + r" (?:hides|removes|withdraws|takes away|pulls away|lowers away) (?P<who>it|them|the [a-z]+)")
# "kept in motion by the mechanism", "rolled along by the mechanism", "driven by the motor"
BY_DRIVE_RE = re.compile(r",?\s*(?:kept (?:in motion|moving|going)|driven|powered|moved|worked) by " +
                         _DRIVE + r"\b|\s*by " + _DRIVE + r"\b")
# "inside", "in it": a listing's "nothing else is inside" is the scene
INSIDE_RE = re.compile(r"\b(?P<fence>" + NOTHING_ELSE + r"|no other (?:figures?|things?|objects?))"
                       r"(?P<verb> (?:is|are))? (?:inside|in it|in there)\b")
# "no other object shows up", "by the end there is still nothing else": the fence, said of the whole clip
NOTHING_SHOWS_UP_RE = re.compile(r"\bno other (?:objects?|things?|figures?) (?:shows? up|turns? up|appears?)\b"
                                 r"|\b(?:by|at|until) the end(?: of the (?:level|stage|clip))?,? there is still nothing else\b")
FIGURES_RE = re.compile(r"\bno other figures?\b|\bno figures? other\b")

# a game's level, stage and screen: the clip
# "by the end of the stage the car is to the left of the bird": where the car ends up after its move
END_PLACE_RE = re.compile(r"\bby the end of (?:the|this) (?:level|stage),? (?P<who>it|they|the [a-z]+) (?P<verb>is|are) (?=(?:to|"
                          r"on) the\b)")
THROUGHOUT_LEVEL_RE = re.compile(r"\b(?:throughout|during|for) (?:the|this) (?:(?:whole|entire) )?(?:level|stage)\b")
LEVEL_RE = re.compile(r"\b(?:of|in|for) (?:the|this) (?:(?:whole|entire) )?(?:level|stage)\b")
WHOLE_LEVEL_RE = re.compile(r"\bthe (?:whole|entire) (?:level|stage)\b")
TOP_DOWN_LEVEL_RE = re.compile(r"\bin this (?P<view>top[ -]down|overhead|bird's[ -]eye)(?: view)? (?:level|stage|game)\b")
ON_SCREEN_RE = re.compile(r"\bon (?:the )?screen\b")
OF_SCREEN_RE = re.compile(r"(?<=corner) of the screen\b")
# "you will see a car appear", "then you will see it walk up to": what is seen doing it
YOU_SEE_RE = re.compile(r"\byou(?: will|'ll| can| get to) (?:see|watch) (?P<who>it|they|them|(?:an?|the|one|two|three|"
                        r"four)(?: [a-z]+){1,3})"
                        r"(?= (?P<verb>[a-z]+))?")
_NOT_VERBS = frozenset(("and", "or", "with", "in", "on", "at", "to", "from", "that", "which", "who",
                        "is", "are", "as", "for", "by"))
YOU_SEE_THAT_RE = re.compile(r"\byou(?: will|'ll| can) see (?=(?:it|they) (?:is|are|has|have)\b)")


def looks_like_showcase(text: str) -> bool:
    """Whether ``text`` (lower-case) has a magician's, a diorama listing's or a game walkthrough's words."""
    return any(tell in text for tell in _SHOWCASE_TELLS)


def _plural_subject(who: str) -> bool:
    return who in ("them", "they") or who.split()[0] in ("two", "three", "four") or who.endswith("s") and not who.endswith("ss")


def _makes_rel(match: re.Match) -> str:
    """"cats that the mechanism makes walk": "cats that walk" (the head noun, just before "that", gives the number)."""
    head = match.string[: match.start()].rstrip().split()
    plural = bool(head) and head[-1].endswith("s") and not head[-1].endswith("ss")
    more = match.group("more") or ""
    if more:
        more = " and " + third_person(more[5:], plural=plural)
    return f"{match.group('rel')} {third_person(match.group('verb'), plural=plural)}{more}"


def _makes(match: re.Match) -> str:
    who = match.group("who")
    plural = _plural_subject(who)
    subject = {"them": "they", "him": "he", "her": "she"}.get(who, who)
    more = match.group("more") or ""
    if more:
        more = " and " + third_person(more[5:], plural=plural)
    return f"{subject} {third_person(match.group('verb'), plural=plural)}{more}"


def _sends(match: re.Match) -> str:
    who = match.group("who")
    subject = {"them": "they"}.get(who, who)
    verb = match.group("verb")
    bare = {"fly": "fly", "roll": "roll", "walk": "walk", "runn": "run", "driv": "drive", "mov": "move", "glid": "glide",
            "slid": "slide", "spinn": "spin", "swimm": "swim"}.get(verb, verb)
    return f"{subject} {third_person(bare, plural=_plural_subject(who))}"


def _moves_rel(match: re.Match) -> str:
    around = match.group("around") or ""
    return "that " + _CARRIED[match.group("verb")] + around


def _you_see(match: re.Match) -> str:
    """"you will see the car drive past": the car drives past; "you will see four birds and ...": four birds."""
    words = match.group("who").split()
    noun_at = next((i for i, word in enumerate(words) if noun_class(singular(word))), None)
    if words[0] in ("it", "they", "them"):
        noun_at = 0
    if noun_at is None:
        return match.group("who")
    subject, rest = words[: noun_at + 1], words[noun_at + 1:] + [match.group("verb") or ""]
    if not rest[0] or rest[0] in _NOT_VERBS:
        return " ".join(subject + words[noun_at + 1:])
    plural = _plural_subject(" ".join(subject))
    said = " ".join(subject).replace("them", "they")
    verb = rest[0] if _told_of_one(rest[0]) else third_person(rest[0], plural=plural)
    return " ".join([said, verb] + words[noun_at + 2:])


def _told_of_one(verb: str) -> bool:
    """"runs" after "you will see a cat": a verb already said of its one thing (a route's reader put it so), never
    "pass", whose "-s" is its own."""
    return third_person_form(verb) and any(stem in VERB_KINDS and third_person(stem) == verb
                                           for stem in (verb[:-1], verb[:-2], verb[:-3] + "y"))


def showcase_in_plain_words(text: str) -> str:
    """``text`` with the audience, the diorama's frame and drive and the game's level put into plain sentences."""
    if "watch" in text or "and now" in text:
        text = WATCH_CLOSELY_RE.sub("", text)
    text = EYES_ON_RE.sub("", text)
    text = FRAME_RE.sub(lambda m: "seen from above, " if m.group("view") and re.search(r"above|overhead|top", m.group("view"))
                        else "", text)
    if any(drive in text for drive in ("mechanism", "motor", "clockwork", "crank", "gear", "magnet")):
        text = MAKES_REL_RE.sub(_makes_rel, text)
        text = MAKES_RE.sub(_makes, text)
        text = SENDS_RE.sub(_sends, text)
        text = BRINGS_OUT_REL_RE.sub("that appears", text)
        text = MOVES_REL_RE.sub(_moves_rel, text)
        text = HIDES_RE.sub(lambda m: m.group("who") + " disappears", text)
        text = BY_DRIVE_RE.sub("", text)
    text = INSIDE_RE.sub(lambda m: m.group("fence") + (m.group("verb") or ""), text)
    text = NOTHING_SHOWS_UP_RE.sub("nothing else", FIGURES_RE.sub("nothing else", text))
    if "level" in text or "stage" in text:
        text = TOP_DOWN_LEVEL_RE.sub("seen from above", text)
        text = END_PLACE_RE.sub(lambda m: f"by the end {m['who']} {'ends' if m['verb'] == 'is' else 'end'} up ", text)
        text = THROUGHOUT_LEVEL_RE.sub("throughout the clip", text)
        text = WHOLE_LEVEL_RE.sub("the whole clip", text)
        text = LEVEL_RE.sub("", text)
        text = ON_SCREEN_RE.sub("in view", text)
        text = OF_SCREEN_RE.sub("", text)
    if "see" in text:
        text = YOU_SEE_THAT_RE.sub("", text)
        text = YOU_SEE_RE.sub(_you_see, text)
    return spaces_tidied(text)
