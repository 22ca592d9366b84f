"""A prompt written as instructions to the maker, put into plain sentences before reading.

Numbered or lettered steps ("Step 2: add three cars", "Step B: ...", "2) ...", "3. ...") number the instructions, never things; a
polite frame ("Would it be possible to see ...?", "Could you show me that?", "What would it look like if ...?", "Can I get a clip
where ...?") is a request around the scene; scene-building imperatives say what is there ("place a ball at the lower right": the
ball is there; "sit a dog on the lawn": it rests there; "start a bird on the dog's right": it starts there; "have/let/make the cat
walk ...": the cat walks, whatever verb the tables know follows it, so "make a cat flap like a bird" is a cat flapping, not a "cat
flap"; "fly it to the lower right": the thing last named flies; "no cat; let it go" says the absence again); "add nothing else",
"leave everything else out" and "make sure nothing else is in the shot" add nothing, and a fence ends at a colon ("Nothing else
shall enter:" fences the scene after it); the mind's-eye "picture three cats" sees the cats; "do not rush these checks" is advice
on the work; "shoot the scene from straight above" and "you will shoot, from overhead, a dog" are camera notes, as is "drift up
until you are looking down on it all" (what is "below you" then is the scene), and "sleep now", "relax" or "deeper with every
breath" calms the listener, "Follow me!" with no one to follow bids the listener, and so is "look down from above on a ball". A
thing "cleared across the frame" or "waved through" is let go that way: it goes.
"""

from __future__ import annotations

import re

from .vocabulary import NOTHING_ELSE, VERB_KINDS
from .word_guessing import third_person

_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
# "1) ", "2. ", "(3) ", "step 4:", "step two -", "step b:" at the start of a sentence: the instruction's number; a
# reviewer's or a contract's lettered or roman-numbered point, "(a) ", "b) ", "(iii) ", its bracket closed, numbers
# one too
STEP_NUMBER_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:(?:step|phase|stage|part|instruction)\s*#?\s*(?:" + _NUMBER +
                            r"\s*[:.)-]?|[a-h]\s*[:.)])|\(?\d{1,2}\s*[).:](?!\d)|\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\))"
                            r"\s+(?=[a-z])")
# "would it be possible to see", "could you please show me", "can i get a clip where", "i would like to see"
REQUEST_RE = re.compile(
    r"(?:^|(?<=[.;!?] ))(?:(?:please|kindly),? )?(?:"
    r"(?:would|will|could|can) (?:it|this) be (?:possible|feasible) (?:for you )?to (?:see|show|get|have|make|render|generate|"
    r"create|produce|view)(?: (?:me|us))?"
    r"|(?:could|would|can|will) you (?:please |kindly )?(?:show|give|make|render|generate|create|produce|draw|animate|film|"
    r"get)(?: (?:me|us))?"
    r"|(?:can|could|may) (?:i|we) (?:please )?(?:get|see|have|view)"
    r"|i(?: would| should|'d)? (?:like|love|want) to see"
    r"|(?:i would|i'd) (?:like|love)"
    r"|(?:what|how) would (?:it|this|that|the scene) look(?: like)? if"
    r"|(?:is|would|will) it (?:be )?(?:possible|feasible) (?:for you )?to (?:see|show|get|have|make|render|generate|create|"
    r"produce|view)(?: (?:me|us))?"
    r"|(?:any chance|do you think) (?:that )?(?:you (?:could|can|would|might) (?:show|make|render|generate|create|produce|draw|"
    r"animate)(?: (?:me|us))?|of (?:seeing|getting|having))"
    r"|(?:show|give) (?:me|us)"
    r")\b,?\s*(?:(?:a|an|one|the) (?:clip|video|scene|shot|film|sequence|animation|render|picture)(?: (?:of|where|in which|with|"
    r"showing|that shows|featuring))?\s*)?")
# "Could you show me that, realistically?", "Can you show me?": the request repeated after the scene is told
SHOW_ME_THAT_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:(?:could|would|can|will) you (?:please )?)?(?:show|render|make|draw|"
                             r"animate)(?: (?:me|us))?(?: (?:that|this|it|what that looks like))?"
                             r"(?=\s*(?:,[^.;!?]*)?[.;!?]|\s*$)")
# "add nothing else", "make sure nothing else is in the shot", "leave everything else out", "nothing else appears": no
# thing added. The fence ends at a colon too: what follows "Nothing else shall enter:" is the scene it fences
_FENCE_REST = r"[^.;:!?,]*"
NOTHING_ELSE_RE = re.compile(
    r"(?:^|(?<=[.;!?,] ))(?:and )?(?:(?:make sure|ensure|be sure|check)(?: that)? (?:nothing|no ?one|no other [a-z]+)"
    r" else\b" + _FENCE_REST +
    r"|(?:leave|keep) (?:everything|anything|all|every other [a-z]+)(?: else)? (?:out|away|off)\b" + _FENCE_REST +
    r"|(?:add|include|put|show|place|insert|put in) (?:nothing|no other [a-z]+|no more [a-z]+|no extra [a-z]+)"
    r"(?: (?:else|more|further|whatsoever|at all))?"
    r"|" + NOTHING_ELSE + r" (?:is|should be|appears?|shows?|gets? in)" + _FENCE_REST + ")")
# "nothing else is in this clip but one bird", "nothing is there except two cats": the things excepted are all there
# is, said as a count closed by "and nothing else" (the fence is read as it always is); a place other than the clip
# stays with them ("nothing is on the table but a red ball" has a table)
_CLIP_PLACE_RE = re.compile(r"(?: (?:in|on|within) (?:the|this|that|our|my|your) (?:whole |entire )?(?:clip|frame|picture|shot"
                            r"|scene|video|film|footage|screen|image|view)| in view| on screen| there| here| at all| visible"
                            r"| seen| shown| to be seen)*")
NOTHING_BUT_RE = re.compile(r"(?:^|(?<=[.;!?,] ))nothing(?: else)? (?:is|appears|shows|stays|remains)\b(?P<place>[^.;!?,]*?) "
                            r"(?:but|except|save|other than|apart from) (?P<things>(?:a|an|one|two|three|four|five|"
                            r"six)\b[^.;!?,]*)")
_THING = r"(?:(?:the|a|an|one|two|three|four|five)(?: [a-z]+){1,3}?|it|them)"
_COUNTED = r"(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|all|both|it|they|there|no|only)\b"
# "now picture one flying bird", "imagine three cats", an auto-reply's "Please picture four dogs": the listener's mind's
# eye sees what follows
PICTURE_THIS_RE = re.compile(r"(?:^|(?<=[.;:!?,] ))(?:(?:and|now|just|then|so|please|kindly) )*"
                             r"(?:picture|imagine|envision|visuali[sz]e) (?=" + _COUNTED + ")")
# "Do not rush these checks.", "Never force the panels.": advice on the work itself, of nothing in the scene
WORK_ADVICE_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:do not|don't|never|try not to) (?:rush|hurry|overtighten|over-tighten|force|"
                            r"skip)"
                            r"\b[^.;!?]*[.;!?]?")
# "keep the dog out of the second half": absent then
KEPT_OUT_RE = re.compile(r"\b(?:keep|leave) (?P<thing>" + _THING +
                         r") (?:out of|off screen for|out of view for|out of view in|away for) "
                         r"(?P<when>the (?:first|second|opening|closing|final|last) half)\b")
# "show a patch of open grass", "set up a stretch of road": the setting, with nothing drawn
SETTING_BUILD_RE = re.compile(r"(?:^|(?<=[.;:!?,] )|(?<=\bfirst ))(?P<verb>show|set up|build|lay out|make|create|open on|"
                              r"start with|begin with)"
                              r" (?:an? )?(?:patch|stretch|strip|expanse|area|plot|bit|piece|swath|square|section) of\b")
_CLAUSE = r"(?:^|(?<=[.;:!?,] )|(?<=\bthen )|(?<=\band )|(?<=\bfinally )|(?<=\bfirst ))"
# "place a ball at the lower right", "set a bird on the road", "sit a dog on the lawn", "leave a ball on the floor"
PLACED_RE = re.compile(_CLAUSE + r"(?:place|put|set|sit|stand|lay|leave|position|park|rest|perch|pop) (?P<thing>" +
                       _THING + r") (?:down )?"
                       r"(?P<where>(?:at|in|on|onto|near|beside|by|next to|upon) )")
REGION_RE = re.compile(r"(?:the )?(?:(?:lower|upper|top|bottom|far)[ -]?)?(?:left|right|middle|centre|center)\b")
# "start a bird on the dog's right", "start a car to the right of the bird": where it starts
STARTED_RE = re.compile(_CLAUSE + r"(?:start|begin) (?P<thing>" + _THING + r") (?:off )?(?:on|at|to|in|from) ")
# "set one ball rolling across it", "get two cars moving": it does so
SET_GOING_RE = re.compile(_CLAUSE + r"(?:set|get|start) (?P<thing>" + _THING + r") (?P<how>[a-z]+ing)\b")
# "have a dog walk around", "let three cats play", "could you make the bird fly": the thing does it
# (any bare verb the tables know, "make a cat flap like a bird", is the thing's: no "cat flap" is made)
_BARE_VERBS = sorted({verb for verb in VERB_KINDS if third_person(verb) in VERB_KINDS} | set(
    "walk run fly roll drive move play hop jump trot swim glide go come head cross stroll wander race bounce sit stand rest "
    "perch wait stay "
    "leave exit appear vanish disappear turn land circle travel return dash rush sprint amble crawl creep slide float drift "
    "speed zoom".split()),
    key=lambda verb: (-len(verb), verb))
HAVE_DO_RE = re.compile(_CLAUSE + r"(?:please |kindly )?(?:(?:could|would|can|will) you (?:please |kindly )?)?(?:have|let|make|"
                                  r"get) (?P<thing>"
                        + _THING + r") (?P<verb>" + "|".join(_BARE_VERBS) + r")\b")
# "there is no cat; let it go", "no birds now, and let go of them": the absence said again as a release, no thing leaving
RELEASED_AFTER_ABSENCE_RE = re.compile(r"(?P<denial>\bno [a-z]+)[,;]? (?:and |so |just |now |simply )*(?:let (?:it|them) go|"
                                       r"let go(?: of (?:it|them))?)\b")
# "fly it to the lower right", "roll it up to the upper left": the thing last named moves
PRONOUN_MOVE_RE = re.compile(_CLAUSE + r"(?P<verb>fly|roll|drive|move|walk|run|swim|glide|float|bring|take|steer|guide|send|push|"
                                       r"bounce|hop|slide) "
                             r"(?P<thing>it|them) (?=(?:up |down |back |over |across |along |past |on )?(?:to|toward|towards|"
                             r"into|across|along|past|"
                             r"from|up|down|left|right|back|over)\b)")
_MOVE_OF = {"bring": "move", "take": "move", "steer": "move", "guide": "move", "send": "move", "push": "move"}
# "shoot the scene from straight above", "film it from directly overhead": a camera note
SHOOT_FROM_ABOVE_RE = re.compile(_CLAUSE + r"(?:shoot|film|show|frame|capture|view|record|present|render) (?:the (?:scene|shot|"
                                           r"clip|video|whole thing)|it|everything)"
                                 r" (?:from )?(?:directly |straight |right )?(?:overhead|above|from above|"
                                 r"top[ -]down)(?P<with>,? with)?")

# "look down from above on a moving ball:", "let your gaze look down on two cats", "we look from overhead at a dog": the
# view from above of what follows, never a look that moves or a looker drawn
# "from above", "from high above", "from far overhead": where the one looking down looks from
_HIGH_UP = r"(?:(?:directly |straight |right |high |far |way )?(?:up )?(?:above|overhead)|on high)"
LOOK_DOWN_ON_RE = re.compile(_CLAUSE + r"(?:(?:let|have) (?:your|our|the) (?:gaze|eyes?|camera|view) |(?:you|we) )?"
                             r"(?:look|gaze|peer|glance|stare)(?: down(?:,? from " + _HIGH_UP + r",?)?"
                             r"| from " + _HIGH_UP + r") (?:on|at|upon|onto) "
                             r"(?=(?:a|an|one|two|three|four|five|the)\b)")

# "you will shoot, from overhead, a walking dog": the speaker filming from above what follows, never a launch of it
FILMED_FROM_ABOVE_RE = re.compile(_CLAUSE + r"(?:(?:you|we|i)(?: will| shall|'ll| are going to| must| should| can)? )?"
                                  r"(?:shoot|film|capture|record),? (?:from )?(?:directly |straight |right )?"
                                  r"(?:overhead|above|on high|high above),? (?=(?:a|an|one|two|three|four|five|the)\b)")

# "drift up until you are looking straight down on it all": the listener risen to look down is the view from above
RISE_TO_LOOK_DOWN_RE = re.compile(_CLAUSE + r"(?:(?:drift|float|rise|soar)(?:,? up)+(?:,? and|,? until)? )?(?:you are |you're |"
                                            r"we are )?"
                                  r"(?:looking|look|gazing|gaze|peering|peer) (?:straight |right )?down (?:on|at|upon) "
                                  r"(?:it all|everything|all of it|the (?:whole )?(?:scene|world|room|place))\b")
# the listener a calming line names ("sleep tight, little love", "relax, my dear"): a word of endearment or a possessive
_ENDEARMENT = r"(?:love|darling|baby|honey|sweetheart|sweetie|dear|angel|child|one|kiddo|pet|sweetpea|lamb|pumpkin)\b"
# "Sleep now.", "Relax, ...", "Breathe deeply.": the listener told to calm down, no move of the scene's things
# (a lullaby's "sleep tight, little love:" bids the listener it names, a word of endearment set off before a comma or colon)
CALMING_RE = re.compile(_CLAUSE + r"(?:sleep|relax|breathe(?: deeply| slowly| in| out)?)(?: now| deeply| deeper| tight| well|"
                                  r" soundly| sweetly)?"
                        r"(?:, (?:(?:my|our|little|sweet|dear) [a-z]+|(?:[a-z]+ )?" + _ENDEARMENT + r")(?=\s*[,:]))?(?:,? and)?"
                        r"(?=\s*[,.;:!?]|\s*$| seen\b)")
# "Deeper with every corner it reaches.", "Deeper and deeper.", "Sinking deeper with each breath.": the listener's trance
# deepened, a line of its own; its "with every ..." counts the listener's moments, no move of the scene's things
DEEPENING_RE = re.compile(_CLAUSE + r"(?:(?:and|now|going|go|sinking|sink|drifting|drift|falling|fall) )*deeper(?: and deeper)?"
                          r"(?: (?:with|at) (?:every|each) [a-z]+(?: [a-z]+)*)?(?=\s*[.;!?]|\s*$)")
# "a dog is cleared across the frame", "two cars are waved through", "the ball was sent along the floor": a thing let or
# sent on a way goes that way (a controller's clearance, a marshal's wave)
SENT_ON_ITS_WAY_RE = re.compile(r"\b(?P<be>is|are|was|were|gets|get|got) (?:cleared|sent|waved|directed|permitted|allowed|"
                                r"ordered) "
                                r"(?=(?:across|through|past|along|toward|towards|over to|on to|onward)\b)")
# "(look down from above.) below you a car drives ...": what lies below the one looking down is the scene seen
BELOW_THE_WATCHER_RE = re.compile(_CLAUSE + r"(?:below|beneath|underneath) (?:you|us|me),? (?=(?:a|an|one|two|three|four|five|"
                                            r"the)\b)")

# "Follow.", "Clip in and follow.", "Follow me closely!": a sentence bidding the listener follow, naming no one to follow,
# is said to the listener; read as written, its "follow" becomes one more phase of the thing named before
LISTENER_FOLLOWS_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:(?:now|so|just|then) )?(?:[a-z]+(?: in| up| on)? and )?"
                                 r"follow(?: (?:me|us|along|on))?(?: (?:closely|carefully|now))?\s*[.!]+(?:\s+|$)")


def _plural(thing: str) -> bool:
    return thing == "them" or thing.split()[0] in ("two", "three", "four", "five")


def _agrees(thing: str, verb: str) -> str:
    return verb if _plural(thing) else third_person(verb)


def looks_like_instructions(words: set[str], text: str) -> bool:
    """Whether ``text`` (its ``words``) may hold a numbered step, a polite request or a scene-building imperative."""
    return ")" in text or not words.isdisjoint(_TELL_WORDS)


def _placed(match: re.Match) -> str:
    """"place a ball at the lower right": it is there; "set a bird on the road": it rests there."""
    thing, where = match.group("thing"), match.group("where")
    if REGION_RE.match(match.string, match.end()):
        return f"{thing} {'are' if _plural(thing) else 'is'} {where}"
    return f"{thing} {_agrees(thing, 'rest')} {where}"


def _nothing_but(match: re.Match) -> str:
    """The excepted things as the whole count, with the place they are in unless that place is the clip."""
    place = match["place"]
    if _CLIP_PLACE_RE.fullmatch(place):
        return f"{match['things']}, and nothing else"
    return f"{match['things']}{place}, and nothing else"


def _kept_out(match: re.Match) -> str:
    thing = match.group("thing")
    return f"{thing} {'are' if _plural(thing) else 'is'} absent in {match.group('when')}"


_MOVE_VERBS = frozenset("fly roll drive move walk run swim glide float bring take steer guide send push bounce hop slide".split())
# each rewrite with the words that must be there for it to apply, one of each set (most prompts hold none of them)
_REWRITES = (
    (SHOW_ME_THAT_RE, lambda m: "", (frozenset("show render make draw animate".split()),
                                     frozenset("me us that this it you".split()))),
    # before the thing let do something: "no cat; let it go" is no cat that goes
    (RELEASED_AFTER_ABSENCE_RE, lambda m: m["denial"], (frozenset(("let",)), frozenset(("no",)))),
    # before the request, which would take "could you make" from "could you make a ball roll"
    (HAVE_DO_RE, lambda m: f"{m.group('thing')} {_agrees(m.group('thing'), m.group('verb'))}",
     (frozenset("have let make get".split()),)),
    (REQUEST_RE, lambda m: "", (frozenset("possible feasible you i we what how me us chance".split()),)),
    # before the bare "nothing else is ...", which would drop the things excepted with it
    (NOTHING_BUT_RE, _nothing_but, (frozenset(("nothing",)), frozenset("but except save other apart".split()))),
    (NOTHING_ELSE_RE, lambda m: "", (frozenset("else nothing".split()),)),
    (PICTURE_THIS_RE, lambda m: "", (frozenset("picture imagine envision visualise visualize".split()),)),
    (WORK_ADVICE_RE, lambda m: "", (frozenset("rush hurry overtighten over-tighten force skip".split()),)),
    (SETTING_BUILD_RE, lambda m: m.group("verb"),
     (frozenset("patch stretch strip expanse area plot bit piece swath square section".split()),)),
    (KEPT_OUT_RE, _kept_out, (frozenset(("keep", "leave")), frozenset(("half",)))),
    (SHOOT_FROM_ABOVE_RE, lambda m: "top-down view." if m.group("with") else "top-down view",
     (frozenset("shoot film show frame capture view record present render".split()), frozenset("above overhead top".split()))),
    (FILMED_FROM_ABOVE_RE, lambda m: "seen from above, ", (frozenset("shoot film capture record".split()),
                                                           frozenset(("above", "overhead", "high")))),
    (LOOK_DOWN_ON_RE, lambda m: "seen from above, ", (frozenset("look gaze peer glance stare".split()),
                                                      frozenset(("down", "above", "overhead")))),
    (RISE_TO_LOOK_DOWN_RE, lambda m: "seen from above",
     (frozenset("looking look gazing gaze peering peer".split()), frozenset(("down",)))),
    (CALMING_RE, lambda m: "", (frozenset("sleep relax breathe".split()),)),
    (LISTENER_FOLLOWS_RE, lambda m: "", (frozenset(("follow",)),)),
    (DEEPENING_RE, lambda m: "", (frozenset(("deeper",)),)),
    (BELOW_THE_WATCHER_RE, lambda m: "", (frozenset("below beneath underneath".split()), frozenset("you us me".split()))),
    (SENT_ON_ITS_WAY_RE, lambda m: "go " if m["be"] in ("are", "were", "get") else "goes ",
     (frozenset("cleared sent waved directed permitted allowed ordered".split()),
      frozenset("across through past along toward towards over on onward".split()))),
    (SET_GOING_RE, lambda m: f"{m.group('thing')} {m.group('how')}", (frozenset("set get start".split()),)),
    (STARTED_RE, lambda m: f"{m.group('thing')} {_agrees(m.group('thing'), 'start')} {m.group(0).split()[-1]} ",
     (frozenset("start begin".split()),)),
    (PLACED_RE, _placed, (frozenset("place put set sit stand lay leave position park rest perch pop".split()),)),
    (PRONOUN_MOVE_RE,
     lambda m: f"{m.group('thing')} {_agrees(m.group('thing'), _MOVE_OF.get(m.group('verb'), m.group('verb')))} ",
     (_MOVE_VERBS, frozenset(("it", "them")))),
)
_STEP_WORDS = frozenset(("step", "phase", "stage", "part", "instruction"))
_TELL_WORDS = frozenset().union(*(needed[0] for _, _, needed in _REWRITES)) | _STEP_WORDS


def instructions_in_plain_words(text: str, words: set[str]) -> str:
    """``text`` (its ``words``) with its step numbers, requests and building imperatives told as what is in the scene."""
    if not words.isdisjoint(_STEP_WORDS) or ")" in text or any(c.isdigit() for c in text):
        text = STEP_NUMBER_RE.sub("", text)
    for pattern, replacement, needed in _REWRITES:
        if all(not words.isdisjoint(one_of) for one_of in needed):
            text = pattern.sub(replacement, text)
    return " ".join(text.split())
