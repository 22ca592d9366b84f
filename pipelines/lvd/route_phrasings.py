"""A thing's route said in any phrasing, put into the words the token pass reads as its legs.

A route is said many ways besides "moves from A to B and then to C": a thing passed on the way ("from left to right,
passing a cat"), its middle stop told after the end ("from A to C via B", "..., stopping at B on the way", "By way of B,
..."), the route before its thing ("From A up to B and across to C: a ball.", "From A, up to B and over to C, a cat
walks.", "A, B, C - in that order, a ball visits them", "A to B to C is how the car goes", a place said around its
mover, "A is where a car starts", told by `route_clauses`; one fronted before its thing and verb, by `fronted_routes`),
a route told backwards ("ends in C, having started in A and passed B", "Before it reached C, the dog was at B, and
before that at A", told by `backward_routes`), the thing named in a heading and again after it ("Overhead, a ball: a
moving ball goes ..."), a watcher's bare verb ("I see a ball go from A ..."), a route with no verb ("a dog / from A / to
B / and C", or a sentence of its own after the thing, "a dog! From A to B, then to C!", even one of bare corners,
"Moving car! A, then B, then C!", or a bare first corner set off before the first "to", "a car, A, to B, to C", "a car,
A up to B"), a route noun for the move ("its path: A, B, C", "whose route runs from A ...", "its final stop is C"), a
route of no thing yet taken by the next sentence's thing ("The path is this: A, then B, then C. A moving car drives
it.", never one with a mover of its own, "a shadow slides from A to B"), a way said before its places ("goes up and
over: A, then B"), a verbless step after a semicolon ("...; then to C") or as a sentence of its own ("... to B. Then to
C."), step words before places ("first in A, second in B", "first on the left and last on the right"), a still verb,
"where it waited" or "and there it stays" at the last stop, and places labelled with the clip's moments ("start: A;
middle: B; end: C", "starting point: left"), the end said before the start ("By the end a dog is on the left; at the
start it was on the right", `backward_routes`), a crossing fronted before its verb and thing ("Right to left went a
brown dog"), or a path by another thing's sides ("From the left of the box to its right rolls a ball", the box staying
where it is; both `fronted_routes`), and "last" after a bare comma ("seen first on the right, last on the left"). Each
is rewritten into the plain form, and only when its own words are there; the frame's corners and sides by other names
are put into one name first (`frame_corner_names`), and verbs of setting off, landing, leaving, staying and arriving
into plain starts, reaches and stays (`setting_off_and_arriving`).
"""

from __future__ import annotations

import re

from .backward_routes import end_said_before_start, routes_told_backwards
from .frame_corner_names import FRAME_NOUN as _FRAME_NOUN
from .frame_corner_names import TOP_DOWN_RE, corners_in_plain_words
from .fronted_routes import (
    fronted_corner_routes,
    fronted_sides_after_their_things,
    kinds_said,
    route_named_by_is,
    sentence_before,
)
from .object_classes import names_a_thing, noun_class, singular
from .route_clauses import CORNER as _CORNER
from .route_clauses import HEIGHT as _HEIGHT
from .route_clauses import PLACE as _PLACE
from .route_clauses import SIDE as _SIDE
from .route_clauses import places_told_in_clauses, sides_reached_as_ends
from .setting_off_and_arriving import setting_off_and_arriving_said
from .vocabulary import AUXILIARY_VERBS, BARE_INFINITIVE_VERBS, COLORS, MODIFIER_SUFFIXES, PLAIN_ADJECTIVES, VERB_KINDS
from .word_guessing import third_person

# "from the left of the picture ... to the right of it": "it" after a side of the picture itself is that picture
SIDE_OF_FRAME_RE = re.compile(rf"\b{_SIDE}(?: side| edge| half)? of (?:the|my|our|your|this|that) ({_FRAME_NOUN})\b")
SIDE_OF_IT_RE = re.compile(rf"\b({_SIDE}(?: side| edge| half)?) of it\b")
SENTENCE_END_RE = re.compile(r"(?<!\.)[.!?;](?!\.)")

# "from A to C via B", "from A to C, stopping at B on the way": a stop between the two ends, told after them
_VIA = (r"(?:via|by way of|through|stopping (?:off )?(?:at|in)|calling at|pausing (?:at|in)|passing(?: through| by)?"
        r"|after visiting)")
VIA_AFTER_END_RE = re.compile(rf"\bfrom ({_CORNER}) to ({_CORNER}),? {_VIA} ({_CORNER})"
                              r"(?: (?:on the way|along the way|en route|on its way|in between|first))?\b")
# "By way of B, a ball gets from A to C.": the stop said before the clause it belongs to
VIA_FRONTED_RE = re.compile(rf"(^|[.;!?] )(?:{_VIA}) ({_CORNER}), ([^.;!?]*?)\bfrom ({_CORNER}) to ({_CORNER})")

# "the first stop of a car after A is B, and its final stop is C": the stops as nouns, each a leg of the thing's move
FIRST_STOP_AFTER_RE = re.compile(rf"\bthe (?:first|next) stop of ((?:a|an|the|one) (?:[a-z-]+ ){{0,2}}[a-z]+) "
                                 rf"after ({_CORNER}) is ({_CORNER})")
LATER_STOP_RE = re.compile(rf"\b(?:its|the) (?:final|last|third|second|next) stop is ({_CORNER})")

# "...; then it flies to B; then to C": a step with no verb after a semicolon goes on with the move before it
SEMICOLON_STEP_RE = re.compile(rf"; ?(then|next|after that|and then|finally|lastly) "
                               rf"(?=(?:on |up |down |over |across |back )?(?:to|into|toward|towards) {_PLACE}\b)")
# "... Then it moves to B. Then to C.": a sentence that is only a step with no verb goes on with the move before it
STEP_SENTENCE_RE = re.compile(rf"[.!] (then|next|after that|and then|finally|lastly) "
                              r"(?=(?:on |up |down |over |across |back )?(?:to|into|toward|towards) "
                              rf"{_PLACE}\s*(?:[.!?]|$))")


def _step_goes_on(match: re.Match) -> str:
    """A verbless step sentence goes on with the move before it, unless the sentence before says only a rest ("A dog
    sleeps on the left. Then to the left." is no step of the sleeping dog's)."""
    return match.group(0) if kinds_said(sentence_before(match)) == {"rest"} else f", {match.group(1)} "


# "... a walking dog! From A to B, then to C!": a sentence that is only a route goes on with the thing named before it
_STEP = rf"(?:,? (?:and )?(?:then |next |finally )?(?:on )?to {_PLACE})"
ROUTE_SENTENCE_RE = re.compile(rf"[.!] (?=from {_PLACE} to {_PLACE}{_STEP}*\s*(?:[.!?]|$))")
# "bottom right > top right > top left": a bare ">" between two corners is a step, as an arrow is
CORNER_STEP_RE = re.compile(rf"({_CORNER}) ?> ?(?=(?:the )?{_HEIGHT}\b)")
# "first in A, second in B and third in C": the ordinals count the stops in order
ORDINAL_STOP_RE = re.compile(rf"\b(?:second|third|fourth)(?:ly)?,? (?=(?:it is )?(?:in|at|on|to) {_CORNER}\b)")

# "From A up to B and across to C: a ball.", "..., ending in C - that is a car": the route said before its thing
_THING_TAIL = (r"(?:(?:(?:that|this|it) is|that's) (?:where |the (?:route|path|way) (?:of|taken by) )?|meet |is "
               r"|the (?:traveller|traveler|mover|one moving|one travelling) is )?")
ROUTE_BEFORE_THING_RE = re.compile(r"(^|[.!?] )([^.!?:;]*?\b" + _CORNER + r"\b[^.!?:]*?)"
                                   r"(?: ?[:;] | [—–-]+ |, (?=is ))" + _THING_TAIL
                                   + r"((?:a|an|one)(?: [a-z-]+){1,4})(?=\s*(?:[.!?]|$))")
# "The path is this: A, then B, then C. A moving car drives it.", "A, B, C. A ball rolls along it.": a route of no
# thing yet, taken by the thing the next sentence names with its verb of going (and "it" or "that path" for the route)
ROUTE_THEN_ITS_MOVER_RE = re.compile(rf"(?P<lead>^|[.!?] )(?P<head>(?:(?!(?:from )?{_CORNER}\b)[^.!?])*)"
                                     rf"(?P<route>(?:from )?{_CORNER}\b[^.!?]*)\. "
                                     r"(?P<named>(?:a|an|one|the)(?: [a-z-]+){1,3}?) (?P<verb>[a-z]+)"
                                     r"(?: (?:along |down |over )?(?:it|(?:this|that|the) (?:route|path|way|course)))?"
                                     r"(?=\s*(?:[.!?]|$))")
# the words a route's own sentence may have before its first corner, after its last mark: it names the route or
# nothing ("the path is this:", "seen from above,"), so no mover of its own ("sunlight moves", "the wind blows")
_ROUTE_HEAD_WORDS = frozenset("the a route path way course trail is this here as follows".split())
# the verbs that take a route as their object, besides the tables' verbs of going: "a car takes it"
_TAKING_A_ROUTE = frozenset(("takes", "took", "traces", "traced", "covers", "covered"))

# "From the left side to the right side... a car.", "Lower left corner to upper right corner… a walking dog!": a
# sentence that is only a route, paused on with an ellipsis, heads the thing told after it as a colon does, said from
# its first place (the route is bounded: each end one place, at most two more steps)
_ROUTE_END = rf"(?:{_PLACE}|(?:the )?(?:top|bottom)(?: edge| side)?)(?: of (?:the|this|that) {_FRAME_NOUN})?"
ROUTE_THEN_PAUSE_RE = re.compile(rf"(?P<lead>^|[.!?] )(?P<route>(?:(?:up|down|over|across|out|all the way) )?(?:from )?"
                                 rf"{_ROUTE_END},? (?:(?:up|down|over|across|all the way|and) )?to {_ROUTE_END}"
                                 rf"(?:,? (?:and )?(?:then |next |finally )?(?:on )?to {_ROUTE_END}){{0,2}}) ?"
                                 r"(?:\.{2,}|\u2026)\s*(?=(?:a|an|the|one|two|three|four|five)\b)")

# "the dog goes up and over: it is at A, then at B, ...": the way said before the places it goes by is said by them
WAY_BEFORE_PLACES_RE = re.compile(r"\b([a-z]+) (?:(?:up|down|over|across|around|round|along|about|sideways)"
                                  rf"(?:,? and |, |(?=:))){{1,3}}(?=: [^.!?]*{_CORNER}[^.!?]*{_CORNER})")
# "a walking dog / from the lower right corner / to the upper right ...", "a video of a moving car from ...": a thing
# and its route with no verb at all
VERBLESS_ROUTE_RE = re.compile(rf"((?:^|[.!?:;/] ?|\bof )(?:a|an|one) (?:[a-z-]+ ){{0,2}}([a-z]+))[ /]+"
                               rf"(from {_CORNER}\b[^.!?;]*)")
# "a moving car, lower left corner, to upper left corner, ...", "a dog, lower right corner up to ...": a bare corner set
# off after the thing, before the first "to" (with its way, "up to"), is where the route starts; so it is for a log's
# thing named bare after a colon, "passed: moving ball, lower right corner to upper right corner", or opening a
# sentence, "Overhead. Walking dog, lower left corner to ...", or a clause after a comma, "view from above, walking dog
# lower right corner to ...", one moving ball
BARE_START_CORNER_RE = re.compile(rf"((?P<article>\b(?:a|an|one) |(?:^|(?<=[:,] )|(?<=[.!?] ))"
                                  rf"(?!(?:the|this|that|my|your|its|his|her|their)\b))"
                                  rf"(?:[a-z-]+ ){{0,2}}([a-z]+)),? ({_CORNER}),? "
                                  rf"(?=(?:then )?(?:(?:up|down|over|across|along|straight) )?to {_PLACE}\b)")
# "Moving car! Lower right corner, then upper right corner, ...", "A walking dog. Lower left corner to ...": a thing
# named bare as a sentence of its own (or a colon's heading) before a sentence of corners with no verb is that route's
# thing, the corners set off after it as the comma sets them; a sentence of corners naming its own mover ("Big dog.
# Upper left corner to lower right corner is where the small cat walks.") is that mover's
SHOUTED_THING_RE = re.compile(rf"(?:^|(?<=[.!?] ))(?P<thing>(?:(?:a|an|one) )?(?:[a-z-]+ ){{0,2}}[a-z]+) ?[.!:]+ "
                              rf"(?={_CORNER}(?:,| then| to)[^.!?]*?{_CORNER}[^.!?]*?(?:[.!?]|$))")
_SENTENCE_WORDS_RE = re.compile(r"[a-z]+|[.!?]")
# "..., upper left corner! Slowly!": a manner shouted after the route's last corner is an urging, no second move that
# would squeeze the route's legs into the clip's first part
LONE_MANNER_RE = re.compile(rf"({_CORNER})[.!]+ (slowly|quickly|fast|gently|smoothly|steadily|carefully|calmly)"
                            r"(?=[.!]+(?: |$)|$)")
# words a bare thing's describing words never hold: a determiner or a bidding ("picture this ball", "imagine a cat")
_NO_BARE_THING = frozenset(("the", "this", "that", "these", "those", "my", "your", "its", "his", "her", "their", "our",
                            "picture", "imagine", "see", "watch", "look", "behold", "meet", "hey", "here", "there"))
# "from above, moving car, lower left corner to ...", "walking dog, uh, seen from above, lower left corner to ...": a
# note's view set off by commas before or after its thing, named bare, is the note's heading, the thing and its places
# what it heads ("seen from above: walking dog, lower left corner to ...")
_SHORT_PHRASE = r"(?:[a-z'-]+ ){0,3}[a-z'-]+"
VIEW_BESIDE_THING_RE = re.compile(
    rf"(?:^|(?<=[.;:!?] ))(?:, ?)?(?P<lead>[a-z]+, )?(?P<said_first>{_SHORT_PHRASE})(?:, (?P<filler>[a-z]+))?, "
    rf"(?P<said_second>{_SHORT_PHRASE}),(?= {_CORNER}\b)")
# "walking dog seen from above, lower left corner, ...": a thing named bare with the view said right after it, no comma
VIEW_AFTER_BARE_THING_RE = re.compile(
    rf"(?:^|(?<=[.;:!?] ))(?P<said_second>{_SHORT_PHRASE}) (?P<said_first>(?:seen|viewed) (?:from (?:directly )?above|"
    rf"overhead|top[ -]down)),(?= {_CORNER}\b)")
# "... to the upper right and the upper left": a bare corner joined to a goal by "and" is the next goal
AND_BARE_CORNER_RE = re.compile(rf"(\bto {_CORNER})(?:,| /)? and (?=(?:the )?{_HEIGHT}[ -]{_SIDE}\b)")
# "A, B, C - in that order, a ball visits each corner": the listed places are what the pronoun object stands for
_LISTED_CORNERS = rf"{_CORNER}(?:(?:,| and|, and|,? then) {_CORNER}){{1,3}}"
LIST_THEN_CLAUSE_RE = re.compile(rf"(^|[.!?] )({_LISTED_CORNERS}) ?(?:[:,;—–-]+ ?)+(?:in (?:that|this) order,? )?"
                                 r"([^.!?]*?) (?:each (?:corner|of them|one|in turn)|them(?: all)?|all three"
                                 r"|these(?: corners)?|those(?: corners)?)"
                                 r"(?: in (?:that|this) order| in turn)?(?=\s*(?:[.!?]|$))")

# "..., then the upper right corner, in that order.": closing a route, the order its stops were told in, no thing
IN_THAT_ORDER_RE = re.compile(r",? in (?:that|this|the same|the given|the listed) order(?=[.!?;]|$)")

# "from the lower left corner, a plod, / to ...", "and then, a bit warmer, to ...": a verse's aside set off by commas
# just before a route's next goal; it names nothing the scene shows (checked word by word), and one that takes back
# the goal before it ("runs to the left, no, to the right") is left to the self-corrections
_TAKING_BACK = frozenset(("no", "wait", "sorry", "oops", "actually", "correction", "scratch", "rather", "nope"))
ASIDE_BEFORE_GOAL_RE = re.compile(rf",(?P<aside> (?:[a-z']+ ){{0,2}}[a-z']+),(?= (?:/ )?to {_PLACE}\b)")

# "Overhead, a ball: a moving ball goes ...": a heading that names the thing the next words name again
HEADING_AGAIN_RE = re.compile(r"\b(?:a|an|one) ((?:[a-z-]+ ){0,2})([a-z]+) ?:[\s/]*(a|an|one) ((?:[a-z-]+ ){0,2})\2\b")

# "I see a ball go from ...", "you'll watch a car travel to ...", "Watching a bird fly from ...": the thing's bare verb
# after a verb of seeing, letting or making
SEEN_THING_RE = re.compile(r"\b(?:" + "|".join(sorted(BARE_INFINITIVE_VERBS))
                           + r") ((?:a|an|the|one)(?: [a-z-]+){1,4})")
# "Watching a bird fly from ...": a sentence opening on the watcher's participle, its thing's bare verb said after it,
# tells of the thing watched ("Watching a dog, a cat runs": the dog is watched, not told of)
_WATCHING = ("watching", "seeing", "spotting", "observing", "noticing")

# "gets from A to B": getting somewhere from a place is going there, not only arriving
GETS_FROM_RE = re.compile(r"\b(get|gets|got|getting) (?=from\b)")
_GOING = {"get": "go", "gets": "goes", "got": "went", "getting": "going"}

# "flies from left to right, passing a cat on the way": the thing passed is passed on that move, not on another
PASSING_ON_THE_WAY_RE = re.compile(rf"(\bfrom {_PLACE} to {_PLACE}),? passing ((?:a|an|the) [a-z -]+?)"
                                   r"(?: (?:on (?:the|its) way|along the way|as it goes|en route))?"
                                   r"(?=\s*(?:[,.;!?]|$))")

# "its path: A, B, C", "the route is A to B to C", "whose route runs from A": the route noun stands for the move
ROUTE_NOUN_RE = re.compile(r"\b(its|the|whose|his|her) (?:route|path|course|journey|trajectory|itinerary)"
                           r"(?: (?:runs|goes|leads|takes it|is|will be)| ?:)")
# "its route: A, B, C" read as "it goes A, B, C": a route listed by its places alone starts at the first ("a dog runs.
# its route: A, B, C" runs from A, never from where a bare run would start)
LISTED_ROUTE_RE = re.compile(rf"\b(?P<goes>goes):? (?P<first>{_CORNER}), (?P<rest>{_CORNER}(?:,? (?:and )?(?:then )?"
                             rf"{_CORNER}){{0,6}})(?=\s*(?:[.;!?]|$))")
# "the path of a dog: A, B, C", "the cat's route: ...": the route noun of a named thing is that thing's move
_ROUTE_NOUN = r"(?:route|path|course|journey|trajectory|itinerary)"
ROUTE_OF_THING_RE = re.compile(rf"\bthe {_ROUTE_NOUN} (?:of|for|taken by) "
                               rf"((?:a|an|the|one) (?:[a-z-]+ ){{0,2}}[a-z]+) ?:"
                               rf"|\bthe ([a-z]+)'s {_ROUTE_NOUN} ?:")
# "moving car route: A, B, C", "a walking dog's path: ...": a note naming its thing before the route noun, no "of"; so
# is one saying the route was taken down, "rolling ball course recorded, A to B", its places after a comma
NOTED_ROUTE_RE = re.compile(
    rf"(?:^|(?<=[.;:!?\]] )|(?<=, ))(?:(?:a|an|the|one) )?(?P<thing>(?:[a-z-]+ ){{0,2}}?(?P<head>[a-z]+))(?:'s)? "
    rf"{_ROUTE_NOUN}(?: ?:| [a-z]{{2,}}ed ?:|(?: [a-z]{{2,}}ed)?[,;](?= (?:from )?{_CORNER}\b))")

# "... to the lower left and rests in the upper left": a still verb after a leg with a goal is its last stop
_STILL_VERBS = ("rests", "sits", "stays", "waits", "lies", "pauses", "settles", "halts", "stops")
REST_AT_END_RE = re.compile(rf"(\bto {_CORNER})(?:,? and|,? then|,| ?/)?\s+(?:then )?(?:{'|'.join(_STILL_VERBS)}) "
                            rf"(in|at) ({_CORNER})\b")
# "..., then the upper right corner, where it stops rolling", "... / and that's where it lands", "..., where it waited",
# "..., and there it stays": the last stop said again as where the move ends, in any tense
_STAYS_THERE = (r"(?:stops|stopped|ends|ended|rests|rested|settles|settled|stays|stayed|halts|halted|finishes|finished"
                r"|waits|waited|sits|sat|lies|lay|remains|remained|lands|comes to (?:a )?(?:rest|stop|halt)"
                r"|came to (?:a )?(?:rest|stop|halt))")
STOPS_THERE_RE = re.compile(rf"({_CORNER}),?[\s/]*(?:and )?(?:that(?:'s| is) )?(?:where|and there) (?:it|they) "
                            rf"(?:(?:then|just|simply|finally) )?{_STAYS_THERE}\b[^.;!?/,]*")
# "is now in the upper left corner and sitting": a still participle after the place it is at says it stays there
STILL_AT_PLACE_RE = re.compile(rf"({_CORNER}),? and (?:is |was )?(?:(?:just|now) )?(?:sitting|resting|waiting|lying|"
                               r"staying|perching|perched|stopped|parked|still|not moving)\b(?: (?:there|still))?")
# "start: A; middle: B; end: C", "starting point: left; end point: right": the places listed under the clip's moments,
# each where the thing named before is then
_MOMENT_LABEL = (r"(start|starting|beginning|first|middle|midpoint|midway|halfway"
                 r"|end|ending|finish|finishing|final|last)")
MOMENT_LABELLED_PLACE_RE = re.compile(rf"(^|[.;,:—–-] ?){_MOMENT_LABEL}"
                                      rf"(?: (?:point|position|place|spot|location))? ?[:=] ?({_PLACE})\b")
_MOMENT_WORDS = {**dict.fromkeys(("start", "starting", "beginning", "first"), "at the start"),
                 **dict.fromkeys(("middle", "midpoint", "midway", "halfway"), "at the midpoint"),
                 **dict.fromkeys(("end", "ending", "finish", "finishing", "final", "last"), "at the end")}
_PLAIN_LABELS = {"at the start": "start", "at the midpoint": "middle", "at the end": "end"}
# "first on the left and finally on the right", "in A and last in B": a step word after "and" opens the next step, as
# after a comma; "on the right last" is there at the end
AND_STEP_PLACE_RE = re.compile(rf",? and (then|finally|last|lastly|later|next) (?=(?:it is )?(?:on|in|at) {_PLACE}\b)")
# "seen first on the right, last on the left": "last" after a bare comma before a place opens the last step too
COMMA_LAST_PLACE_RE = re.compile(rf", (?:last|lastly) (?=(?:it is )?(?:on|in|at) {_PLACE}\b)")
PLACE_LAST_RE = re.compile(rf"(?<=\b(?:on|in|at) )({_PLACE}) last\b")


def _seen_verb(match: re.Match) -> str:
    """The first verb after the seen thing's noun, said in its bare form, is the thing's own: "a ball go" is "a ball
    goes"."""
    words = match.group(1).split()
    for index in range(1, len(words) - 1):
        if noun_class(words[index]) is None:
            continue
        verb, said = words[index + 1], third_person(words[index + 1])
        verb_end = match.start(1) + len(" ".join(words[: index + 2]))
        # not "leaves", unless the bare verb would itself be read as a thing ("a bird fly": no fly)
        moving = verb != said and VERB_KINDS.get(verb) and VERB_KINDS.get(said) and (
            noun_class(said) is None or noun_class(verb))
        if moving or (verb == "make" and match.string.startswith(" its way", verb_end)):
            opening = match.string[:match.start()].rstrip().endswith((".", ";", "!", "?")) \
                or not match.string[:match.start()].strip()
            start = match.start(1) if opening and match.group(0).split()[0] in _WATCHING else match.start()
            return f"{match.string[start:verb_end - len(verb)]}{said}{match.string[verb_end:match.end()]}"
        return match.group(0)
    return match.group(0)


def _heading_said_once(match: re.Match) -> str:
    """The thing a heading names and the words after it name again is one thing, with the words of both."""
    first, second = match.group(1).split(), match.group(4).split()
    colours = {w for w in first if w in COLORS}, {w for w in second if w in COLORS}
    if noun_class(match.group(2)) is None or (all(colours) and colours[0] != colours[1]):
        return match.group(0)  # "a red ball: a blue ball ...": two balls
    words = [w for w in first if w not in second] + second
    return " ".join([match.group(3), *words, match.group(2)])


def _paused_route_as_heading(match: re.Match) -> str:
    """"the left side to the right side... a car": the route heads the thing after it, from its first place."""
    route = match["route"]
    said_from = route.startswith(("from ", "up ", "down ", "over ", "across ", "out ", "all "))
    return f"{match['lead']}{route if said_from else 'from ' + route}: "


def _route_then_thing(match: re.Match) -> str:
    """The thing named after its route, with at most its own verb after it ("that is where a cat goes"), leads it."""
    route, words = match.group(2).strip(), match.group(3).split()
    if len(re.findall(_CORNER, route)) < 2:
        return match.group(0)
    named = words if noun_class(words[-1]) else words[:-1] if VERB_KINDS.get(words[-1]) else []
    if len(named) < 2 or noun_class(named[-1]) is None:
        return match.group(0)
    thing = " ".join(named)
    if route.startswith("from"):
        return f"{match.group(1)}{thing} moves {route}"
    return f"{match.group(1)}{thing}: {route}"


def _route_taken_by_the_next_thing(match: re.Match) -> str:
    """The thing the next sentence names leads the route before it, with its verb ("a moving car drives: A, then B",
    two corners as "from A to B"), where nothing was named before the route, the route has two corners at least and
    its sentence has no mover or verb of its own ("From above, a shadow slides from A to B", "A and B are sunny")."""
    verb, words = match["verb"], match["named"].split()
    corners = re.findall(_CORNER, match["route"])
    head_words = re.findall(r"[a-z]+", re.split(r"[:,;/]", match["head"])[-1])
    if VERB_KINDS.get(verb) in (None, "rest", "appear", "disappear") and verb not in _TAKING_A_ROUTE \
            or noun_class(words[-1]) is None or len(corners) < 2 \
            or any(word not in _ROUTE_HEAD_WORDS for word in head_words) \
            or any(word in VERB_KINDS or word in AUXILIARY_VERBS for word in re.findall(r"[a-z]+", match["route"])) \
            or names_a_thing(match.string[:match.start("named")]):
        return match.group(0)
    going = "goes" if verb in _TAKING_A_ROUTE else verb
    if len(corners) == 2:  # "a car drives: A, B" would read A as a goal
        first, last = (corner if corner.startswith("the ") else f"the {corner}" for corner in corners)
        return f"{match['lead']}{match['head']}{match['named']} {going} from {first} to {last}"
    return f"{match['lead']}{match['head']}{match['named']} {going}: {match['route'].rstrip(' ,')}"


def _verbless_route_moved(match: re.Match) -> str:
    """A thing's route with no verb before it or after it moves the thing ("a bird flies from ..." has its verb)."""
    named = match.group(1).split()[1:]
    if noun_class(named[-1]) is None or any(VERB_KINDS.get(word) and not word.endswith("ing") for word in named) \
            or any(VERB_KINDS.get(word) for word in re.findall(r"[a-z]+", match.group(3))):
        return match.group(0)
    return f"{match.group(1)} moves {match.group(3)}"


def _listed_places_as_object(match: re.Match) -> str:
    clause = match.group(3)
    if not any(noun_class(word) for word in clause.split()):
        return match.group(0)
    return f"{match.group(1)}{clause} {match.group(2)}"


def _route_noun_as_move(match: re.Match) -> str:
    """The route noun is the move of the thing named before it; with none named yet it only heads the route."""
    if not any(noun_class(word) for word in re.findall(r"[a-z]+", match.string[:match.start()])):
        return ""
    return "which goes" if match.group(1) == "whose" else "it goes"


def _listed_route_from_its_first_place(match: re.Match) -> str:
    """"goes A, B, C" as "goes from A to B, then to C": the first place listed is where the route starts."""
    later = re.split(r",? (?:and )?(?:then )?(?=(?:the )?(?:upper|lower|top|bottom|middle)\b)", match["rest"])
    return f"{match['goes']} from {match['first']} to " + ", then to ".join(place for place in later if place)


def _side_of_it_as_the_frame(text: str, frame: re.Match) -> str:
    """"from the left of the picture ... to the right of it": "it" later in the same sentence (an ellipsis goes on
    with it) is the picture."""
    end = SENTENCE_END_RE.search(text, frame.end())
    stop = end.start() if end else len(text)
    said = SIDE_OF_IT_RE.sub(rf"\1 of the {frame.group(1)}", text[frame.end():stop])
    return text[:frame.end()] + said + text[stop:]


def _view_as_heading(match: re.Match) -> str:
    """"seen from above: walking dog, ...": the view said beside a thing named bare heads its note, whichever comes
    first; a word set off before or between them, "yo", "uh", goes before it."""
    view, thing = match["said_first"], match["said_second"]
    if not TOP_DOWN_RE.search(view):
        view, thing = thing, view
    if not TOP_DOWN_RE.search(view) or TOP_DOWN_RE.search(thing) or not noun_class(thing.rsplit(" ", 1)[-1]):
        return match.group(0)
    return f"{match['lead'] or ''}{match['filler'] + ', ' if match['filler'] else ''}{view}: {thing},"


def _view_after_bare_thing_as_heading(match: re.Match) -> str:
    """"walking dog seen from above, A, ...": the view heads the note of the thing named bare before it, only its
    describing words before its noun (a thing with its article, "a cat seen from above, A, ...", or with any other
    word before it, "and then a dog seen ...", is read as it is, and so is one the prompt names anywhere else: the bare
    name is then a note on the thing told there, never a second one)."""
    words = match["said_second"].split()
    kind = noun_class(words[-1])
    if not kind or not all(
            word in COLORS or word in PLAIN_ADJECTIVES or word.endswith(MODIFIER_SUFFIXES) for word in words[:-1]):
        return match.group(0)
    elsewhere = match.string[:match.start()] + " " + match.string[match.end():]
    if any(noun_class(word) == kind for word in re.findall(r"[a-z]+", elsewhere)):
        return match.group(0)
    return f"{match['said_first']}: {match['said_second']},"


def _shouted_thing_set_off(match: re.Match) -> str:
    """The bare thing and a comma, where it is one thing of the tables named with only its describing words and the
    sentence of corners after it names no thing of its own."""
    words = match["thing"].split()
    for word in _SENTENCE_WORDS_RE.finditer(match.string, match.end()):
        if word.group(0) in ".!?":
            break
        if noun_class(word.group(0)):
            return match.group(0)
    if len(words) > 3 or not noun_class(words[-1]) or singular(words[-1]) != words[-1] or any(
            word in _NO_BARE_THING or word in BARE_INFINITIVE_VERBS or word in VERB_KINDS and not word.endswith("ing")
            for word in words[:-1]):
        return match.group(0)
    return f"{match['thing']}, "


def _bare_start_corner_as_from(match: re.Match) -> str:
    """"a moving car from A to B": the corner set off after a thing is where it sets off (a thing named bare gets its
    "a"). Named bare, it is one thing and only its describing words before it: a bidding ("Picture this ball, ...")
    or a call to the crowd ("Kids, ...") is no thing setting off."""
    head = match.group(3)
    if not noun_class(head):
        return match.group(0)
    if not match["article"] and (singular(head) != head or any(
            word in _NO_BARE_THING or word in BARE_INFINITIVE_VERBS
            for word in match.group(1).split()[:-1])):
        return match.group(0)
    return f"{'' if match['article'] else 'a '}{match.group(1)} from {match.group(4)} "


def routes_in_plain_words(text: str) -> str:
    """``text`` with each route phrasing said as legs in order, the thing first and its verb its own."""
    if _paused(text):
        text = ROUTE_THEN_PAUSE_RE.sub(_paused_route_as_heading, text)
    if ":" in text:
        text = HEADING_AGAIN_RE.sub(_heading_said_once, text)
    if any(word in text for word in ("see", "saw", "watch", "notic", "spot", "observ", "hear", "let", "mak", "made",
                                     "ha", "help")):
        text = SEEN_THING_RE.sub(_seen_verb, text)
    text = setting_off_and_arriving_said(text)
    text = sides_reached_as_ends(text)
    text = end_said_before_start(text)
    if "passing" in text:
        text = PASSING_ON_THE_WAY_RE.sub(
            lambda m: f"{m.group(1)} past {m.group(2)}" if noun_class(m.group(2).split()[-1]) else m.group(0), text)
    if "get" in text or "got" in text:
        text = GETS_FROM_RE.sub(lambda m: _GOING[m.group(1)] + " ", text)
    if " of it" in text and (frame := SIDE_OF_FRAME_RE.search(text)):
        text = _side_of_it_as_the_frame(text, frame)
    text = fronted_sides_after_their_things(text)
    if any(word in text for word in ("upper", "lower", "top", "bottom", "east", "west", "corner")):
        text = _corner_routes_in_plain_words(corners_in_plain_words(text))
    if "," in text and " to " in text:
        text = ASIDE_BEFORE_GOAL_RE.sub(_aside_dropped, text)
    if "order" in text:
        text = IN_THAT_ORDER_RE.sub("", text)
    if ";" in text:
        text = SEMICOLON_STEP_RE.sub(r", \1 ", text)
    if ". then " in text or ". next " in text or ". finally " in text or ". lastly " in text or ". after that " in text \
            or ". and then " in text or "! then " in text:
        text = STEP_SENTENCE_RE.sub(_step_goes_on, text)
    if ". from " in text or "! from " in text:
        text = ROUTE_SENTENCE_RE.sub(", ", text)
    if "and " in text:
        text = AND_STEP_PLACE_RE.sub(lambda m: f", {'finally' if m.group(1).startswith('last') else m.group(1)} ", text)
    if "last" in text:
        text = PLACE_LAST_RE.sub(r"\1 at the end", COMMA_LAST_PLACE_RE.sub(", finally ", text))
    if ":" in text or "=" in text:
        text = _labelled_places_said(text)
    return text


def _aside_dropped(match: re.Match) -> str:
    """The comma before a route's next goal, without the aside before it, unless the aside names a thing."""
    words = match["aside"].split()
    if any(noun_class(word) for word in words) or words[-1] in ("then", "and", "next", "finally", "later") \
            or words[0] in _TAKING_BACK:
        return match.group(0)
    return ","


def _labelled_places_said(text: str) -> str:
    """Places labelled with the clip's moments said as where the thing named before them is then; with none named yet,
    the labels are put in the plain "start:", "middle:", "end:" that the record headings read with the thing after
    them."""
    first = MOMENT_LABELLED_PLACE_RE.search(text)
    if first is None:
        return text
    if any(noun_class(word) for word in re.findall(r"[a-z]+", text[:first.start()])):
        return MOMENT_LABELLED_PLACE_RE.sub(lambda m: f"{m.group(1)}{_MOMENT_WORDS[m.group(2)]} it is "
                                            f"{'in' if re.search(_HEIGHT, m.group(3)) else 'on'} "
                                            f"the {_bare(m.group(3))}", text)
    return MOMENT_LABELLED_PLACE_RE.sub(
        lambda m: f"{m.group(1)}{_PLAIN_LABELS[_MOMENT_WORDS[m.group(2)]]}: {_bare(m.group(3))}", text)


def _bare(place: str) -> str:
    return place.removeprefix("the ")


def _corner_routes_in_plain_words(text: str) -> str:
    """The rewrites of a route between the frame's corners, each only where its own words are."""
    if "via " in text or "way of" in text or "stopping" in text or "calling" in text or "passing" in text \
            or "through" in text or "visiting" in text or "pausing" in text:
        text = VIA_AFTER_END_RE.sub(r"from \1 via \3 to \2", text)
        text = VIA_FRONTED_RE.sub(r"\1\3from \4 via \2 to \5", text)
    if "route" in text or "path" in text or "course" in text or "journey" in text or "trajectory" in text \
            or "itinerary" in text:
        text = ROUTE_OF_THING_RE.sub(lambda m: f"{m.group(1) or 'the ' + m.group(2)} goes:", text)
        text = NOTED_ROUTE_RE.sub(lambda m: f"a {m['thing']} goes:" if noun_class(m["head"]) else m.group(0), text)
        text = ROUTE_NOUN_RE.sub(_route_noun_as_move, text)
        text = LISTED_ROUTE_RE.sub(_listed_route_from_its_first_place, text)
    if "stop of" in text:
        text = FIRST_STOP_AFTER_RE.sub(r"\1 moves from \2 to \3", text)
        text = LATER_STOP_RE.sub(r"then it moves to \1", text)
    if ">" in text:
        text = CORNER_STEP_RE.sub(r"\1 to ", text)
    if "second" in text or "third" in text or "fourth" in text:
        text = ORDINAL_STOP_RE.sub("then ", text)
    if ":" in text:
        text = WAY_BEFORE_PLACES_RE.sub(lambda m: m.group(1) if VERB_KINDS.get(m.group(1)) else m.group(0), text)
    text = routes_told_backwards(text)
    text = places_told_in_clauses(text)
    text = route_named_by_is(text)
    if "," in text and TOP_DOWN_RE.search(text):
        text = VIEW_BESIDE_THING_RE.sub(_view_as_heading, text)
        text = VIEW_AFTER_BARE_THING_RE.sub(_view_after_bare_thing_as_heading, text)
    if "! " in text or ". " in text or ": " in text:
        text = SHOUTED_THING_RE.sub(_shouted_thing_set_off, text)
        text = LONE_MANNER_RE.sub(r"\1", text)
    if " to " in text and ("," in text or ": " in text):
        text = BARE_START_CORNER_RE.sub(_bare_start_corner_as_from, text)
    if "from " in text:
        text = fronted_corner_routes(text)
        text = VERBLESS_ROUTE_RE.sub(_verbless_route_moved, text)
    if " and " in text:
        text = AND_BARE_CORNER_RE.sub(r"\1 and then to ", text)
    if "each" in text or "them" in text or "all three" in text or "these" in text or "those" in text:
        text = LIST_THEN_CLAUSE_RE.sub(_listed_places_as_object, text)
    if ":" in text or " - " in text or "—" in text or "–" in text or ";" in text or ", is " in text:
        text = ROUTE_BEFORE_THING_RE.sub(_route_then_thing, text)
    if ". a" in text or ". one " in text or ". the " in text:
        text = ROUTE_THEN_ITS_MOVER_RE.sub(_route_taken_by_the_next_thing, text)
    if "where " in text or "there " in text:
        text = STOPS_THERE_RE.sub(r"\1", text)
    if "ing" in text or "still" in text or "stopped" in text or "parked" in text or "perched" in text:
        text = STILL_AT_PLACE_RE.sub(r"\1", text)
    if any(verb in text for verb in _STILL_VERBS):
        text = REST_AT_END_RE.sub(r"\1 and ends \2 \3", text)
    return text


def _paused(text: str) -> bool:
    return ".." in text or "\u2026" in text


def looks_like_route(text: str) -> bool:
    """A side or corner of the frame, or of the compass, named: the least a route or a direction says (or, before a
    pause, the top or the bottom: "from the bottom to the top... a balloon" is said as a colon says it)."""
    return "left" in text or "right" in text or "east" in text or "west" in text or "corner" in text or (
        ("top" in text or "bottom" in text) and _paused(text))
