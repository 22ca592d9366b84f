"""A prompt written as scene-scripting commands, put into plain sentences before reading.

"Spawn three cats", "hide the ball until the midpoint, then show it", "roll the ball from the lower left to ...", "leave the ball
static" address a game engine or an animation tool: the verb is a command, so the thing named after it is the mover or the thing
shown, never a second actor. Building verbs (spawn, add, place, insert, show) put the thing there, or bring it on when a time is
said first ("at the midpoint, spawn the bird"); removing verbs (hide, despawn, remove, delete) say it is not there; "spawn nothing
else" adds nothing; a move verb said as a command ("drive the car from A to B") is that thing's move, and so is one called to a
thing ("Fly, fly, little bird, from the left to the right"; a "little fish" so called, with no count, is one); "leave/keep X
static" says X stays where it is; "set it to a walk cycle" gives it that action.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, noun_class, singular
from .vocabulary import TRAVEL_KINDS, VERB_KINDS
from .word_guessing import third_person

_BUILD = r"spawn|add|place|put|insert|drop in|show|introduce|instantiate|create"
_REMOVE = r"hide|despawn|remove|delete|take out"
# a thing named after a command: a pronoun, or an article or count and up to three more words
_THING = (r"(?:it|them|(?:the|a|an|one|two|three|four|five|\d+)(?: (?!(?:and|then|at|until|till|for|from|to|in|on|into|that|"
          r"which|who)\b)[a-z]+){1,3}?)")
# the start of a clause, where a command stands
_CLAUSE = r"(?:^|(?<=[.;:!?,] )|(?<=\bthen )|(?<=\band )|(?<=\bfinally ))"
# "spawn nothing else", "add no other objects": the scene holds only what was named
NOTHING_ELSE_RE = re.compile(r",?\s*\b(?:" + _BUILD + r") (?:nothing|no)(?: (?:else|other|more|further|"
                                                      r"extra)(?: [a-z]+)?)?(?=\s*[.;,!?]|$)")
# "hide the ball until the midpoint", "hide the car for the first half": not there then
HIDE_RE = re.compile(_CLAUSE + r"(?:" + _REMOVE + r") (?P<thing>" + _THING +
                     r")(?= (?:until|till|for|during|in|through|throughout)\b)")
# "at the midpoint, despawn the dog": it goes then
_LATER = r"halfway|midway|partway|later|after|once|when|at|in the (?:second|latter|last|final)"
REMOVE_RE = re.compile(_CLAUSE + r"(?:" + _REMOVE + r") (?P<thing>" + _THING +
                       r")(?=\s*(?:[.,;!?]|$)| (?:and|then|from|as|so|" + _LATER + r")\b)")
BUILD_RE = re.compile(_CLAUSE + r"(?P<verb>" + _BUILD + r") (?P<thing>" + _THING +
                      r")(?= (?:and|flying|walking|rolling|running|driving|moving|"
                      r"swimming|on|in|at|to|into|onto|near|beside|by|from|resting|sitting|standing|there|halfway|midway|partway|"
                      r"later|after|once|when|,|;|\.)|\s*$|[.,;])")
# a time said right after the thing: "spawn the ball halfway through", "add the cat in the second half"
_TIME_AFTER_RE = re.compile(r" (?:halfway|midway|partway|later|after|once|when|at the (?:midpoint|middle|halfway)|"
                            r"in the (?:second|latter|last|final))\b")
# a time said earlier in the sentence: what is built after it arrives then
# ("in the middle" alone is a place: "place a ball in the middle, add a cat to its left" builds both at once)
_SAID_TIME_RE = re.compile(r"\b(?:midpoint|halfway|half[ -]way|middle of the (?:video|clip|footage|film)|second half|later|then|"
                           r"after|partway|midway)"
                           r"\b[^.;]*$")
# "leave the ball static", "keep the dog still": it stays where it is
STAYS_RE = re.compile(_CLAUSE + r"(?:leave|keep|hold) (?P<thing>" + _THING +
                      r") (?:static|still|stationary|motionless|put|in place|where (?:it|they) (?:is|are)|"
                      r"unmoving|frozen|fixed)\b")
# "leave the dog out of the scene", "keep them out of view": not there (a time after says when)
LEFT_OUT_RE = re.compile(_CLAUSE + r"(?:leave|keep) (?P<thing>" + _THING +
                         r") (?:out of|off) (?:the )?(?:scene|view|sight|frame|shot|picture|screen)\b")
# "keep it moving to the end", "keep it there until the end": it goes on doing so
KEEP_RE = re.compile(r"\bkeep (?P<thing>it|them|the [a-z]+) (?P<how>[a-z]+ing|there|in view|visible|on screen)\b")
# "set it to a lively walk cycle", "animate the cat with an idle loop": the action the clip plays
CYCLE_RE = re.compile(r"\b(?:set|animate|give|play) (?P<thing>" + _THING +
                      r") (?:to|as|with|on|in) (?:a |an )?(?P<how>(?:[a-z]+ )?)"
                      r"(?P<action>idle|walk|walking|run|running|flight|fly|flying|trot|swim|swimming|hop|roll|rolling) "
                      r"(?:loop|cycle|animation|anim|clip)\b")
_CYCLE_ACTION = {"idle": "resting", "walk": "walking", "run": "running", "flight": "flying", "fly": "flying", "trot": "trotting",
                 "swim": "swimming", "hop": "hopping", "roll": "rolling"}


# a move verb said as a command before its thing: "roll the ball from ...", "move the bird to ...", "bounce the ball to ..."
_MOVE_KINDS = TRAVEL_KINDS | {"bounce"}
# verbs whose object is where the mover goes or whom it follows ("and chase the ball to the left"), never the mover
_TOWARD_VERBS = frozenset("chase follow lead reach overtake cross visit head come go continue climb ascend turn proceed "
                          "step".split())
_COMMAND_VERBS = sorted(verb for verb, kind in VERB_KINDS.items()
                        if kind in _MOVE_KINDS and verb not in _TOWARD_VERBS and VERB_KINDS.get(third_person(verb)) == kind)
COMMAND_MOVE_RE = re.compile(_CLAUSE + r"(?P<verb>" + "|".join(_COMMAND_VERBS) +
                             r") (?P<thing>(?:the|a|an|one|two|three|four|five)(?: [a-z]+){1,3}?) "
                             r"(?=(?:from|to|toward|towards|across|along|over|up|down|left|right|around|through|into|past|"
                             r"back)\b)")
# "Fly, fly, little bird, from the left ...", "Run, little dog, to the left!": a move verb called (once or more) to a
# thing set off by commas, and the way after it: the call's move is that way, said as the reader knows a call
CALL_MOVE_RE = re.compile(_CLAUSE + r"(?P<verb>" + "|".join(_COMMAND_VERBS) +
                          r")(?:,? (?P=verb))*, (?P<called>(?:[a-z]+ ){0,2}?[a-z]+),"
                          r"(?: (?P=verb))? (?=(?:from|to|toward|towards|across|along|over|up|down|left|right|around|through|"
                          r"into|past"
                          r"|back)\b)")
_COUNTING_WORDS = frozenset("the a an one two three four five six some several many all my your our his her their these "
                            "those".split())
_COMMAND_WORDS = frozenset(("spawn hide despawn remove delete add place insert show leave keep hold set animate give play put "
                            "instantiate create introduce take drop").split()) | frozenset(_COMMAND_VERBS)


def _command_move(match: re.Match) -> str:
    return f"{match.group('thing')} {third_person(match.group('verb'))} "


def _called_move(match: re.Match) -> str:
    """"Fly, fly, little bird, from the left": the called thing's move, once, beside its way ("fly, little bird, fly
    from the left"); words that name no thing after the verb ("run, run, as fast") are no call."""
    called = match["called"]
    head = called.split()[-1]
    if noun_class(head) is None:
        return match.group(0)
    if is_plural(head) and singular(head) == head and called.split()[0] not in _COUNTING_WORDS:
        called = f"one {called}"  # "swim, little fish,": a "fish" called to, with nothing to count it, is one
    return f"{match['verb']}, {called}, {match['verb']} "


def _built(match: re.Match) -> str:
    """"spawn the bird": the bird is there; said after a time ("at the halfway mark, spawn it") it appears then."""
    thing = match.group("thing")
    if _SAID_TIME_RE.search(match.string[:match.start()]) or _TIME_AFTER_RE.match(match.string, match.end()):
        return f"{thing} appears"
    return match.group(0) if match.group("verb") == "show" else thing  # "show a tram only until 0:05": the reader times it


def _removed(match: re.Match) -> str:
    thing = match.group("thing")
    return f"{thing} disappears" if _SAID_TIME_RE.search(match.string[:match.start()]) else f"{thing} leaves"


def _agree(thing: str, singular: str, plural: str) -> str:
    return plural if thing == "them" or thing.split()[0] in ("two", "three", "four", "five") else singular


def looks_like_commands(words: set[str]) -> bool:
    """Whether the prompt's ``words`` hold a command verb at all (most prompts have none, and skip the rewrite)."""
    return not words.isdisjoint(_COMMAND_WORDS)


def commands_in_plain_words(text: str) -> str:
    """``text`` with its commands told as what happens in the scene."""
    text = NOTHING_ELSE_RE.sub("", text)
    text = CYCLE_RE.sub(lambda m: f"{m.group('thing')} {_agree(m.group('thing'), 'is', 'are')} {m.group('how')}"
                        f"{_CYCLE_ACTION.get(m.group('action'), m.group('action'))}", text)
    text = STAYS_RE.sub(lambda m: f"{m.group('thing')} {_agree(m.group('thing'), 'stays', 'stay')} still", text)
    text = LEFT_OUT_RE.sub(lambda m: f"{m.group('thing')} {_agree(m.group('thing'), 'is', 'are')} hidden", text)
    text = HIDE_RE.sub(lambda m: f"{m.group('thing')} {_agree(m.group('thing'), 'is', 'are')} hidden", text)
    text = REMOVE_RE.sub(_removed, text)
    text = BUILD_RE.sub(_built, text)
    text = KEEP_RE.sub(lambda m: f"{m.group('thing')} {_agree(m.group('thing'), 'keeps', 'keep')} {m.group('how')}"
                       if m.group("how").endswith("ing")
                       else f"{m.group('thing')} {_agree(m.group('thing'), 'stays', 'stay')} {m.group('how')}",
                       text)
    text = COMMAND_MOVE_RE.sub(_command_move, text)
    if ", " in text:
        text = CALL_MOVE_RE.sub(_called_move, text)
    return " ".join(text.split())
