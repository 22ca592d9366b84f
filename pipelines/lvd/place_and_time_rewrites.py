"""The rewrites of where, when and with what that the reading passes run, each a pattern and what it becomes.

``prompt_rewrites.READING_PASSES`` runs them in its order: accents aside, these are picture-quality tags, "the far
left", numbered route labels, a corner said in two parts, "from off-screen right", "along with" (a second thing),
"over on the left", "three times" (how often), a told story's closing "And at the end," (its last step), "stays
empty", "throughout", "always there", ", after which" (a next step), a still thing's relative clause inside a mover's
(set off as an aside), "without any dog" (its absence) and a fronted "For later," (the speaker's order, no time).
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .vocabulary import COLORS, PLAIN_ADJECTIVES, STOP_WORDS, VERB_KINDS, looks_like_modifier

# Picture-quality words ("a 4K clip", "in HD", "1080p"): style, never a count or an object.
RESOLUTION_RE = re.compile(r"\b(?:[2-8]k|\d{3,4}p|u?hd|hdr)\b")
EXTREME_SIDE_RE = re.compile(r"\b(?:far|extreme|very)[ -](?=(?:left|right|top|bottom|upper|lower)\b)")
# "enters from off-screen right", "comes in from out of frame on the left": from beyond that side
FROM_OFF_SCREEN_RE = re.compile(r"\bfrom (?:the )?(?:off[ -]?(?:screen|camera|frame)|out of (?:frame|shot|"
                                r"view))(?: to)?(?: on)?(?: the)? "
                                r"(?=(?:left|right)\b)")
# "waypoint 1 lower-left, waypoint 2 ...", "stop #2: the top right": numbered labels of a listed route
ROUTE_LABEL_RE = re.compile(r"(?P<lead>[:,;]\s*)?\b(?:way ?points?|check ?points?|stops?|legs?|stages?|points?|steps?)\s*#?\s*"
                            r"(?:\d+|one|two|three|four|five|six)\b\s*[:.)=-]?")
# "at the bottom on the left", "to the top on the right side": one corner said in two parts
SPLIT_CORNER_RE = re.compile(r"\b(top|bottom|upper|lower) (?:on|at|to) the (left|right)(?:[ -]hand)?(?: side)?\b")
# "And for later, may I suggest the dog: ...", "For afterwards, a cat.": what the speaker saves to tell next, no time the
# thing comes at in the clip (a time the sentence says of its own still counts: "for later, a dog arrives late")
FOR_LATER_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:and |so |now )?for (?:later|afterwards),\s*")
# "a bird along with a red car": a second object, not a path along the car
ALONG_WITH_RE = re.compile(r"\b(?:along|together) with\b(?= (?:an?|the|one|two|three|four|five|\d+)\b)")
# "ends up over on the left": "over" only leans toward the side named
OVER_ON_SIDE_RE = re.compile(r"\bover (?=(?:on|at) the (?:left|right|top|bottom|upper|lower|middle|centre|center)\b)")
# "bounces three times", "say it ten times!", "I have seen it 5 times", "Three times a ball bounces" (opening the
# prompt or a line): how often, never a count of things called "time"
TIMES_RE = re.compile(r"(?:,? \b|^|(?<=\n))(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                      r"|a hundred|a thousand"
                      r"|several|many|a few|a couple of|countless|multiple) times\b")
# "Then it rolled up. And at the end, it rolled right.": after "then"-steps, the told story's last step, not a moment
LAST_STEP_RE = re.compile(r"(?<=[.;!?] )(?:and )?(?:at the (?:very )?end|in the end|at last),")
# "the road stays empty for the first half": a state of the place, not a verb waiting for the next thing named
STAYS_EMPTY_RE = re.compile(r"\b(?:(stays|remains|keeps)|stay|remain|keep) (?=(?:empty|bare|deserted|vacant|clear)\b)")
# "a goat stands next to a red truck throughout.": all the time, not a place through the truck
CLOSING_THROUGHOUT_RE = re.compile(r"\bthroughout(?=\s*(?:[.,;!?]|$))")
# "always there", "there all along", "a dog: always in view": there the whole clip, said as the reader takes it
# ("always" alone is no time, and "a dog:" alone a heading)
_IN_VIEW = r"(?:there|here|present|visible|in view|in shot|in frame|in the frame|in sight|on screen)"
ALWAYS_THERE_RE = re.compile(rf"(?P<lead>: |\b(?:is|are|was|were|stays|stay|remains|remain) )(?:always|ever) "
                             rf"(?P<state>{_IN_VIEW})\b|\b(?P<along>{_IN_VIEW}) all along\b")

# "a dog, always there, watches a cat walk in": a presence set off right after its thing is said of it in a sentence of
# its own, so the clause it interrupts keeps its subject and its verb
PRESENCE_ASIDE_RE = re.compile(rf"\b(?P<thing>(?:a|an|the|one) (?:[a-z-]+ ){{0,2}}?(?P<head>[a-z-]+)), "
                               rf"(?:(?P<always>always|ever) )?(?P<state>{_IN_VIEW})(?P<time> (?:the whole time|"
                               rf"throughout|all along|all the time))?, (?P<rest>[a-z][^.;!?]*)")


def presence_aside_said_after(match: re.Match) -> str:
    """The thing's clause without the aside, then the aside as its own sentence of the thing, for the whole clip; only
    for a thing the tables know, with a clause of its own going on ("start to the finish, in view the whole time, and
    nothing else" names no thing)."""
    if not (match["always"] or match["time"]) or noun_class(match["head"]) is None \
            or match["rest"].startswith(("and ", "but ", "or ", "then ", "nothing", "no ")):
        return match.group(0)
    return f"{match['thing']} {match['rest']}. the {match['head']} is {match['state']} the whole time"


def there_the_whole_time(match: re.Match) -> str:
    """"is always there", "there all along" said as "there the whole time", the span the reader takes for the clip."""
    lead = match["lead"]
    return f"{' is ' if lead == ': ' else lead or ''}{match['state'] or match['along']} the whole time"


# "visible for the first half, after which it is absent", "whereupon it leaves": what comes next, a step of its own
AFTER_WHICH_RE = re.compile(r"(?:,? and)?,? (?:after which|whereupon|upon which|following which|after that)\b,?")
# "from the left of a dog which does not move to its right": a thing kept still, said inside the mover's clause, is set
# off as an aside, so the mover's places stay the mover's
STILL_REFERENCE_RE = re.compile(r"(?<=[a-z]) (?P<said>(?:which|that|who) (?:(?:does|do) not (?:move|stir|budge)|never (?:moves|"
                                r"stirs|budges)|"
                                r"is not moving|(?:stays|remains|keeps|sits|stands|waits|is|lies|rests) (?:perfectly |"
                                r"completely )?"
                                r"(?:still|put|motionless|stationary|at rest|in place|where it is|unmoving|"
                                r"parked)))\b(?! [a-z]+ing\b),?")
# "the clip starts without any dog", "a dog without a collar": what it is without is not in the scene
WITHOUT_RE = re.compile(r"\bwithout (?:any|a|an|one) (?P<said>[a-z]+(?: [a-z]+){0,2})")


def without_as_absence(match: re.Match) -> str:
    """"without any dog" when a dog is named elsewhere: its absence ("with no dog"), a time for the dog said later;
    "without a collar", never named as there: nothing to draw and nothing to say."""
    words = match.group("said").split()
    noun = next((i for i, word in enumerate(words) if noun_class(word) is not None or not (
        word in VERB_KINDS or word in COLORS or word in PLAIN_ADJECTIVES or word in STOP_WORDS or looks_like_modifier(word))),
                None)
    if noun is None:
        return match.group(0)
    rest = match.string[:match.start()] + match.string[match.end():]
    named = re.search(rf"\b{re.escape(singular(words[noun]))}(?:s|es)?\b", rest)
    kept = " ".join(words[noun + 1:])
    return ("with no " + " ".join(words[:noun + 1]) if named else "") + (" " + kept if kept else "")
