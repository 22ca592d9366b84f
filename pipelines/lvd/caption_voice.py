"""Social-media captions and second-person narration, put into plain sentences before reading.

A caption ("POV: your two cats ...", "wait for it...", "when the cat finally joins halfway through",
#hashtags) and an immersive "you" ("You notice a dog; as you watch, it trots off") speak to the viewer:
"you" is the onlooker and the camera, never drawn ("your two cats" are two cats; "you stand on a
sidewalk" says only where the scene is), "POV:" and "wait for it" are tags, hashtags are style, and the
meme's opening "when" starts no time clause. Waiting "half the video" before something comes is its
arrival halfway through; "joins" after a time is arriving; "sticks around" is staying; "visits its
corners in order: A, B, C" is a route. A second thing placed by a verbless side ("a ball and, to the
left of it, a dog") is there, beside the first, rather than the first moving. An eye kept on a thing ("keep an
eye on the cat", "kept a close eye on it") is watching it, with no eye to draw, and so is a watch kept over it ("watch
over a car", "keep watch on it", "stand guard over two cats", "keep tabs on it"), whose "over" or "on" puts nothing
named before it (a duty, a task) over the thing; "on" a side or a support ("stands guard on the left", "on a sofa") is
where the watcher is, and a watcher the tables do not know ("a guard stands watch") is left as written. An idiom whose
noun the tables know as a thing but which says how or how fast something is done, or is a saying ("on the fly",
"hold your horses", "until the cows come home", "when pigs fly", "raining cats and dogs"), names no thing. What the
viewer is bid follow, trace or point at a thing with, "follow the dog with your finger", "trace its path using your
index finger", "track it with your eyes", is the viewer's own, never in the clip, taken whole or not at all (a thing
that moves by itself or rolls, "with your dog", "with your toy car", or a camera is left as written; "draw a circle
with your stick" keeps to no thing of the clip), as is what the viewer is bid take up to do it, "grab a crayon and
follow the ball", and the call closing the bidding, "follow the car, kids! It drives ...", whose "it" is the car.
A span of the clip a thing had or gets, "you had the first half", "the dog gets the second half", is its being there;
a half of a thing ("the car has the first half of the road") is no span of the clip. Slang for leaving, "it's done a
runner", "did a bunk", "doing a vanishing act", is the going it says, and the runner no thing.
"""

from __future__ import annotations

import re
from collections import Counter

from .object_classes import HANDED_CLASSES, SELF_MOVING, noun_class
from .scene_words import SUPPORT_NOUNS
from .vocabulary import CAMERA_WORDS, STOP_WORDS, VERB_KINDS

HASHTAG_RE = re.compile(r"#[a-z0-9_]+")
# "POV:", "top-down POV:", "wait for it...": the caption's tags
TAG_RE = re.compile(r"\bpov\b:?|\bwait for it\b\s*(?:\.{2,}|…|!+|,)?")
# the meme's "when the cat finally ...": not a time clause, and its "finally" is relief, not the end of the clip
MEME_WHEN_RE = re.compile(r"^\s*when (?P<thing>(?:the|a|an|my|your|our|one|two|three|four)(?: [a-z]+){1,3}?)(?: finally|"
                          r" at last)?(?= [a-z])")
# "you notice", "as you watch,", "you look on as": the onlooker
# (not "you watch a car move": watching and seeing take the thing's own verb after it, which the reader knows)
NOTICE_RE = re.compile(r"\byou (?:notice|spot|glimpse|discover|spy|make out) (?=(?:a|an|the|one|two|three|four|five)\b)")
# "you stand on a sidewalk.", "you are sitting by a pond": where the onlooker is, which is only the place
ONLOOKER_PLACE_RE = re.compile(r"\byou (?:are )?(?:stand|sit|wait|crouch|lie|perch|lean|kneel|linger|standing|sitting|waiting|"
                               r"crouching|lying|"
                               r"perched|leaning|kneeling|lingering|are) (?=(?:on|at|in|by|beside|near|under|inside|outside|atop|"
                               r"next to|behind|across)\b)")
AS_YOU_WATCH_RE = re.compile(r"\b(?:as|while) (?:you|we) (?:watch|look on|look|observe|wait|stare|gaze)(?: on)?,?\s*")
# "follow the dog with your finger", "trace its path using your left index finger": what the viewer follows a thing
# with, taken whole up to its clause's edge, so no word of it is left glued to the thing followed
VIEWERS_TOOL_RE = re.compile(r"\b(?:with|using) (?:your|ur) (?P<words>(?:[a-z-]+ ){0,3}?)(?P<tool>[a-z-]+)"
                             r"(?=\s*(?:[.;:!?,]|$)| (?:as|while|when|and|then|until)\b)")
# the viewer's bidding to keep to a thing told in the clip; "draw a circle", "sketch a house" make a thing instead
_VIEWER_KEEPS_TO_RE = re.compile(r"\b(?:follow|track|trace|point|tap|chase|keep up)\b")
# "grab a crayon and follow the ball!", "take a pencil to trace the kite": what the viewer is bid take up to keep to a
# thing told in the clip with is the viewer's own, as "with your finger" is
TOOL_TAKEN_RE = re.compile(r"\b(?:grab|take|get|fetch|pick up|use) (?:a|an|your|some|the) "
                           r"(?P<words>(?:[a-z-]+ ){0,2}?)(?P<tool>[a-z-]+),? (?:and|to) (?:then )?"
                           r"(?=(?:follow|track|trace|point at|point to|tap) )")
# "follow the car with your finger, kids!", "follow the cat, boys!", "..., my friends.": the ones a bidding to keep to a
# thing is said to, closing it: a name or two with no article, as one calls people
CALL_CLOSING_RE = re.compile(r" ?, (?P<call>(?:my |you |dear |little )?[a-z]+(?: and [a-z]+)?)(?=\s*[!.])")
# words that go on with the bidding, never a call: "follow the ball, then the kite", "..., slowly."
_NO_CALL_WORDS = frozenset("then too again now also it them there here left right up down away slowly quickly fast "
                           "please a an the this that these those his her its their our".split())
YOUR_RE = re.compile(r"\b(?:your|ur) (?=(?P<count>one|two|three|four|five|\d+)?)")
# "you wait half the video and a bird flies in": the bird comes halfway through
WAIT_HALF_RE = re.compile(r"\b(?:you |we )?wait(?:s|ed|ing)? (?:for )?(?:half|half of|halfway through) (?:the )?(?:video|clip|"
                          r"footage|scene)(?:,? and|,| then|\.{2,})\s*")
JOINS_RE = re.compile(r"\b(?:joins|join|joined|joining)(?= (?:halfway|midway|partway|at|in the|later|after|during|then)\b)")
STICKS_AROUND_RE = re.compile(r"\b(?:sticks|stick|stuck|sticking|hangs|hang|hung|hanging) (?:around|about)\b")
_STAY_FORMS = {"sticks": "stays", "hangs": "stays", "stick": "stay", "hang": "stay", "stuck": "stayed", "hung": "stayed",
               "sticking": "staying", "hanging": "staying"}
# "gets the zoomies", "has the jitters": a mood, not a thing (a word the tables know, "gets the balls", is kept)
GETS_THE_RE = re.compile(r"\b(?:gets?|got|getting|has|have|catch(?:es)?) the (?P<word>[a-z]+s)\b")
# "a ball and, to the left of it, a dog" / "a ball and a dog to the left of it": the second thing is beside the first
BESIDE_FRONTED_RE = re.compile(r"\band,? (?P<side>to the (?:left|right) of (?:it|him|her|them)),? (?P<thing>(?:a|an|one|"
                               r"the)(?: [a-z]+){1,3}?)(?=\s*[;.]|,? as\b)")
BESIDE_AFTER_RE = re.compile(r"\band (?P<thing>(?:a|an|one)(?: (?!is\b|are\b)[a-z]+){1,2}?) (?P<side>to the (?:left|"
                             r"right) of (?:it|him|her|them))(?=\s*[;.,])")
# "visits its three corners in order: lower right, ...": the corners listed after are the route, not things
VISITS_CORNERS_RE = re.compile(r"\b(?:visits|visit|visiting|visited|tours|tour|hits|hit) (?:its|the|all|all the|each of the)? ?"
                               r"(?:(?:three|four|\d) )?(?:corners|spots|places|points)(?: in (?:order|turn|sequence)| one (?:by|"
                               r"after) (?:one|another))?")
# "@mia_k", "cc @dan.films", "sam@studio.com": a person or an address, never a thing in the video
HANDLE_RE = re.compile(r"(?:\b(?:cc|h/t|ht|via|ft\.?|feat\.?|credit|credits|tagging|tag|shout ?out to|s/o|thanks to|"
                       r"filmed by|video by|shot by)\s*:?\s*)?(?:[a-z0-9_.+-]*@[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)")
# "he's the main character", "she is the star of the show", "main character energy": the thing is the clip's focus,
# said of what is already named (no new thing, no "main" to draw)
MAIN_CHARACTER_RE = re.compile(r",?\s*\b(?:(?:he|she|it|they|this one|that one) (?:is|are|was|were|'s|'re) )?(?:literally |"
                               r"truly |really "
                               r"|so |giving |total |such )*(?:the |a |an )?(?:main character|protagonist|star of the (?:show|"
                               r"video|clip|post))"
                               r"(?: (?:energy|vibes?|moment))?(?: of (?:the|this|my|our|her|his|its) (?:whole |"
                               r"entire )?(?:video|vid|clip|post|story|show|day))?\b")
# "where did it go", "where'd they go?", "who knows where it went": a question about a thing already said gone
# (tried from the start of a run of fillers only, never from a word or space inside it, where the run's start already
# finds what it leads to: from each of them it was quadratic)
_FILLERS = ("like", "so", "but", "and", "ok", "okay", "wait")
_INSIDE_FILLERS = "".join(rf"(?!(?<=\b{word} )[a-z])(?!(?<=\b{word}) [a-z])" for word in _FILLERS)
GONE_WHERE_RE = re.compile(_INSIDE_FILLERS + r",?\s*\b(?:like |so |but |and |ok |okay |wait )*"
                           r"(?:where(?: did|'d) (?:it|they|he|she|the [a-z]+) "
                           r"(?:even )?(?:go|disappear to|run off to|vanish to)|who knows where (?:it|they|he|"
                           r"she) went)\b\s*[?!]*")
# "three dogs out for a walk", "goes for a quick swim", "took a stroll": the move itself, said as an outing
_OUTING_SIZES = r"(?:little |short |quick |long |leisurely |brisk |morning |evening |afternoon |nice |lazy )?"
OUTING_RE = re.compile(r"\b(?:(?:(?P<going>out|off|gone|go|goes|going|went) )?for an? |(?P<take>take|takes|took|taking) an? )" +
                       _OUTING_SIZES
                       + r"(?P<move>walk|stroll|run|jog|drive|ride|swim|flight|wander|hike|trot)\b")
# "it's done a runner", "the dog did a bunk", "doing a vanishing act": slang for leaving, said as the going it is (the
# contractions have made "it's done" "it is done"); the runner or the act is no thing
# The idiom ends its clause ("a bunk bed" is a bed, no leaving): what follows is punctuation, the end, a joining word,
# a time or a place; a side it leaves by ("did a runner to the left") is a run off that way before it is gone.
RAN_OFF_RE = re.compile(r"\b(?:(?P<aux>has|have|had|is|are|was|were) )?(?P<verb>done|did|does|do|doing) (?:a|an|the) "
                        r"(?:runner|bunk|disappearing act|vanishing act)\b"
                        r"(?P<way> (?:off )?(?:to|towards|toward|out of) the (?:left|right|top|bottom)(?: side| edge)?"
                        r"(?: of the (?:frame|screen|scene|shot|picture|video|clip))?\b)?"
                        r"(?=\s*(?:$|[.,;:!?)\]\"'-]|(?:and|then|while|but|as|when|once|before|after|until|so|in|at|on|"
                        r"by|during|from|into|off|out|away|later|soon|early|halfway|midway|near|behind|quickly|"
                        r"suddenly|again|too|also)\b))")
_RAN_OFF_FORMS = {"done": "vanished", "did": "vanished", "does": "vanishes", "do": "vanish", "doing": "vanishing"}
# the run off a side before the vanish, in the tense of the verb it replaces
_RAN_OFF_WAY_FORMS = {"done": "run off", "did": "ran off", "does": "runs off", "do": "run off", "doing": "running off"}
# "it's done a runner" (the contractions' "it is done") has vanished
_RAN_OFF_PERFECT = {"is": "has", "has": "has", "are": "have", "have": "have", "was": "had", "were": "had", "had": "had"}
# each outing's move as (base, third person, past, -ing), the form picked by the verb it replaces
_OUTING_MOVES = {"walk": ("walk", "walks", "walked", "walking"), "stroll": ("stroll", "strolls", "strolled", "strolling"),
                 "run": ("run", "runs", "ran", "running"), "jog": ("jog", "jogs", "jogged", "jogging"),
                 "drive": ("drive", "drives", "drove", "driving"), "ride": ("ride", "rides", "rode", "riding"),
                 "swim": ("swim", "swims", "swam", "swimming"), "flight": ("fly", "flies", "flew", "flying"),
                 "wander": ("wander", "wanders", "wandered", "wandering"), "hike": ("walk", "walks", "walked", "walking"),
                 "trot": ("trot", "trots", "trotted", "trotting")}
_OUTING_FORMS = {None: 3, "out": 3, "off": 3, "take": 0, "go": 0, "takes": 1, "goes": 1, "took": 2, "went": 2, "gone": 2,
                 "taking": 3, "going": 3}
# "keep an eye on the cat", "kept a close eye on them", "keeping your eyes on it": watching, no eye to draw
KEEP_AN_EYE_RE = re.compile(r"\b(?P<keep>keep|keeps|kept|keeping) (?:(?:an|a|your|my|our|their|his|her|its|one) )?"
                            r"(?:(?:close|careful|watchful|sharp|keen|steady) )?eyes? on\b")
_WATCH_FORMS = {"keep": "watch", "keeps": "watches", "kept": "watched", "keeping": "watching"}
# "watch over a car", "keep watch on it", "kept a close watch over them", "stands guard over two cats", "keep tabs on
# it": a watch kept on a thing, whose "over" or "on" places nothing (the clause's subject is no thing over the car)
WATCH_OVER_RE = re.compile(r"\b(?:(?P<keep>keep|keeps|kept|keeping) (?:a )?(?:(?:close|careful|constant|steady|silent|"
                           r"quiet|faithful) )?(?:watch|vigil|guard|tabs)|(?P<stand>stand|stands|stood|standing) "
                           r"(?:guard|watch|sentry)|(?P<watch>watch|watches|watched|watching)) (?:over|on|upon)\b")
_WATCH_KEPT_TELLS = ("watch o", "watch u", "watches o", "watches u", "watched o", "watched u", "watching o",
                     "watching u", "vigil o", "guard o", "guard u", "tabs o", "sentry o")
# the words before a noun: "checks a watch on a bike", "his watch on the table" name a wristwatch, watching nothing
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|my|our|their|your|its|this|that|one)\s+$")
_STOOD_FORMS = {"stand": "watch", "stands": "watches", "stood": "watched", "standing": "watching"}
# the watcher named just before a watch kept ("a guard stands watch"), its last word the noun
_WATCHER_BEFORE_RE = re.compile(r"\b(?:a|an|the|one|two|three|four|five|his|her|their|our|my|your) (?:[a-z'-]+ ){0,2}"
                                r"(?P<noun>[a-z'-]+) $")
# what "on" watches: the words after it, up to the clause's end or a word that starts another ("on the left while a
# cat runs" watches no cat)
_WATCHED_ON_RE = re.compile(r" *(?P<what>(?:(?!(?:while|as|and|when|whilst|until|but|so|then|which|who|that)\b)"
                            r"[a-z'-]+ ?){0,5})")


def _watched_thing_follows(text: str, at: int) -> bool:
    """Whether "on" at ``at`` watches a thing rather than placing the watcher: "it"/"them" or a thing the tables know
    that is no place to be on ("on one moving ball"), never a side ("on the left") or a support ("on a sofa")."""
    words = re.findall(r"[a-z'-]+", _WATCHED_ON_RE.match(text, at)["what"])[:5]
    if words and words[0] in ("it", "them", "him", "her"):
        return True
    found = next((noun_class(word) for word in words if noun_class(word)), None)
    return found is not None and found[1].mobility != "scenery" and found[0] not in SUPPORT_NOUNS


def _watch_kept(match: re.Match) -> str:
    """A watch kept over a thing as "watches" it; left as written where "on" places the watcher ("stands guard on the
    left", "keeps watch on a sofa") or the watcher is a noun the tables do not know ("a guard stands watch over a
    gate"), who would be drawn as no one, or "watch" is the noun after an article ("checks a watch on a bike")."""
    if match["watch"] and _DETERMINER_BEFORE_RE.search(match.string[max(0, match.start() - 8):match.start()]):
        return match.group(0)
    if not match.group(0).endswith("over") and "tabs" not in match.group(0) \
            and not _watched_thing_follows(match.string, match.end()):
        return match.group(0)
    watcher = _WATCHER_BEFORE_RE.search(match.string[max(0, match.start() - 60):match.start()])
    if (match["keep"] or match["stand"]) and watcher and noun_class(watcher["noun"]) is None:
        return match.group(0)
    return match["watch"] or _WATCH_FORMS.get(match["keep"]) or _STOOD_FORMS[match["stand"]]
_CAPTION_WORDS = frozenset(("corners pov wait when you your ur we stick sticks stuck sticking hang hangs hung hanging join joins "
                            "joined joining").split())


def looks_like_caption(words: set[str], text: str) -> bool:
    """Whether the prompt (its ``words`` and lower-cased ``text``) has a caption tag, a "you", a time word of
    captions or a side said of "it" (most prompts have none, and skip the rewrite)."""
    return "#" in text or not words.isdisjoint(_CAPTION_WORDS) or " of it" in text


def _mood_or_thing(match: re.Match) -> str:
    word = match.group("word")
    return match.group(0) if noun_class(word) is not None else "is lively"


def _viewers_tool(match: re.Match) -> str:
    """The viewer's own finger or pencil is never in the clip, so it goes where they are bid keep to a thing with it;
    a thing the tables know among its words, one that moves by itself or rolls ("your dog", "your toy car") or a
    camera may be in the clip, and the phrase stays whole (one told again after it is named there anyway)."""
    clause = _sentence_before(match)
    found = noun_class(match["tool"])
    if (not _VIEWER_KEEPS_TO_RE.search(clause) or (found and found[1].mobility in SELF_MOVING)
            or match["tool"] in CAMERA_WORDS or any(noun_class(word) for word in match["words"].split())):
        return match.group(0)
    return ""


def _sentence_before(match: re.Match) -> str:
    return re.split(r"[.;:!?]", match.string[max(0, match.start() - 80):match.start()])[-1]


def _tool_taken(match: re.Match) -> str:
    """The viewer's tool goes with its taking where it opens the bidding (after a call at most, "kids, grab a pen
    and ...") and is named nowhere else; one that moves by itself or rolls, or a thing the tables know before it, may
    be the clip's."""
    found = noun_class(match["tool"])
    opening = _sentence_before(match).strip()
    if (found and found[1].mobility in SELF_MOVING) or any(noun_class(word) for word in match["words"].split()) \
            or not re.fullmatch(r"(?:[a-z' -]{1,40},)?", opening) \
            or len(re.findall(rf"\b{re.escape(match['tool'])}\b", match.string)) > 1:
        return match.group(0)
    return ""


def _no_one_to_call(word: str) -> bool:
    found = noun_class(word)
    return found is not None and found[1] not in HANDED_CLASSES


def _call_closing(match: re.Match, said: dict[str, int]) -> str:
    """The call goes where it closes a bidding to keep to a thing and is named nowhere else (``said`` counts each
    word of the text once), so an "it" after it is that thing, never the ones called; a thing the tables know that is
    no one to call, "follow the dog, cat and bird", goes on the list of things followed."""
    words = match["call"].split()
    if any(word in _NO_CALL_WORDS or word in VERB_KINDS or _no_one_to_call(word) for word in words) \
            or any(said.get(word, 0) > 1 for word in words if word != "and"):
        return match.group(0)
    return "" if _VIEWER_KEEPS_TO_RE.match(_sentence_before(match).strip()) else match.group(0)


def viewers_takings_dropped(text: str) -> str:
    """``text`` without the tool a viewer is bid take up to follow a thing with, "grab a crayon and follow the ball"."""
    return TOOL_TAKEN_RE.sub(_tool_taken, text)


def viewers_calls_dropped(text: str) -> str:
    """``text`` without the call closing a bidding to follow a thing, "follow the car, kids!"."""
    said = Counter(re.findall(r"[a-z]+", text))
    return CALL_CLOSING_RE.sub(lambda match: _call_closing(match, said), text)


def might_bid_the_viewer(text: str) -> bool:
    """The cheap gate: a bidding to keep to a thing."""
    return "follow" in text or "track" in text or "trace" in text or "point" in text or " tap" in text


def _placed_beside(match: re.Match) -> str:
    """The second thing in a sentence of its own, so the side is where it is, not a move of the first."""
    return f". {match.group('thing')} is {match.group('side')}"


def caption_in_plain_words(text: str) -> str:
    """``text`` without the viewer, tags and hashtags; the caption's times and sides said plainly."""
    tagged = "#" in text or not text.isascii()  # hashtags or emoji: a caption's "when" is the meme's
    if "#" in text:
        text = HASHTAG_RE.sub(" ", text)
    text = TAG_RE.sub(" ", text).strip()
    if tagged or "," not in re.split(r"[.;!?]", text, maxsplit=1)[0]:  # "when the ball reaches the middle, it stops": a time
        text = MEME_WHEN_RE.sub(r"\g<thing>", text)
    text = WAIT_HALF_RE.sub("halfway through, ", text)
    text = AS_YOU_WATCH_RE.sub("", text)
    text = ONLOOKER_PLACE_RE.sub("", text)
    text = NOTICE_RE.sub("there is ", text)
    if "ur " in text:  # "your " and "ur " alike
        text = VIEWERS_TOOL_RE.sub(_viewers_tool, text)
    text = YOUR_RE.sub(lambda m: "" if m.group("count") else "the ", text)  # "your two cats": two cats; "your cat": the cat
    text = VISITS_CORNERS_RE.sub("goes", text)
    text = JOINS_RE.sub("appears", text)
    text = STICKS_AROUND_RE.sub(lambda m: _STAY_FORMS[m.group(0).split()[0]], text)
    text = GETS_THE_RE.sub(_mood_or_thing, text)
    text = BESIDE_FRONTED_RE.sub(_placed_beside, text)
    text = BESIDE_AFTER_RE.sub(_placed_beside, text)
    return " ".join(text.split())


def handles_dropped(text: str) -> str:
    """``text`` (lower case) without @handles and e-mail addresses (and the "cc", "via" that introduce them)."""
    return HANDLE_RE.sub(" ", text)


# "on the fly", "hold your horses", "till the cows come home", "a little bird told me": a saying, no fly, horse, cow or
# bird in the clip; its own sentence goes whole, a clause of it with the comma before it. Each saying with the word
# that shows it may be there; those with a literal twin are read as sayings only in their frame (``_said_as_a_saying``)
_SAYINGS = (("fly", r"on the fly"), ("horses", r"hold (?:your|yer|the) horses"),
            ("cows", r"(?:un)?till? the cows come home"),
            ("pigs", r"when pigs (?:can )?fly"), ("cats and dogs", r"raining cats and dogs"),
            ("little bird", r"a little bird told (?:me|us)"),
            ("the cat", r"let the cat out of the bag|the cat(?:'s| has) got your tongue"),
            ("two birds", r"kill two birds with one stone"), ("horse's", r"straight from the horse's mouth"),
            ("bull in", r"like a bull in a china shop"))
_SAYING = "(?P<saying>" + "|".join(saying for _, saying in _SAYINGS) + ")"
HIDING_IDIOM_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?;] ))" + _SAYING + r"\s*[.!?;]+\s*")
HIDING_IDIOM_RE = re.compile(r"(?:,\s*)?\b" + _SAYING + r"\b(?:,(?=\s))?")


def _said_as_a_saying(match: re.Match) -> str:
    """The saying dropped where its frame makes it one: "on the fly" not right after a verb that lands or pounces
    on a fly ("the frog lands on the fly"); "hold your horses" ("the" once the listener's "your" is read) bidding
    the listener at its clause's start, never "two hands hold the horses"; "until the cows come home" set off by a
    comma or measuring a deed right before it ("bounces until ..."), never a wait or a place ("waits by the gate
    until ...")."""
    saying = match["saying"]
    word_before = re.search(r"[a-z']+$", match.string[:match.start()].rstrip())
    previous = word_before.group(0) if word_before and match.group(0)[0] != "," else ""
    # a verb told right before it: one the tables know, or by its present "-s" ("pounces"); "sketched on the fly" is
    # the manner of a deed already done
    a_verb_before = previous in VERB_KINDS or (previous.endswith("s") and noun_class(previous) is None
                                               and previous not in STOP_WORDS)
    if saying == "on the fly" and a_verb_before:
        return match.group(0)
    if saying.startswith("hold") and previous not in ("", "just", "now", "so", "and", "but", "please"):
        return match.group(0)
    if saying.endswith("come home") and previous and (VERB_KINDS.get(previous) == "rest" or not a_verb_before):
        return match.group(0)
    return ""


# "you had the first half", "the dog gets the second half", "it has had the whole clip": a span of the clip had is
# being there then; the span closes its clause, for "the first half of the road" or "the whole time in the world" is
# a share of a thing or a saying, never the clip's time
HAD_THE_HALF_RE = re.compile(r"\b(?P<subject>you|it|they|we|(?:the|a|an) [a-z]+)(?:'ve| have| has)? "
                             r"(?:had|has|have|got|gets|get) (?:the|your|its|their|our) "
                             r"(?P<span>(?:first|second) half|whole (?:clip|video|time))"
                             r"(?=\s*(?:[.,;:!?)]|$|(?:and|but|then|only|too|now)\b))")

# "the first half of the road", "the second half of the cake": halves of a thing, so a bare "the second half" after
# it is that thing's too
HALF_OF_A_THING_RE = re.compile(r"\bhalf of (?:the|a|an|your|its|their|our|my) (?!clip\b|video\b|film\b|footage\b)")


def _had_as_there(match: re.Match) -> str:
    subject, span = match["subject"], match["span"]
    be = "are" if subject in ("you", "they", "we") else "is"
    return f"{subject} {be} there " + ("the whole time" if span.startswith("whole") else f"in the {span}")


def _ran_off_said_plainly(match: re.Match) -> str:
    aux, verb, way = match["aux"], match["verb"], match["way"]
    if aux and verb == "done":
        aux = _RAN_OFF_PERFECT[aux]
    if way:
        going = f"{aux or ''} {_RAN_OFF_WAY_FORMS[verb]}".lstrip()
        return f"{going} {way.strip().removeprefix('off ')} and {_RAN_OFF_FORMS[verb]}"
    return f"{aux or ''} {_RAN_OFF_FORMS[verb]}".lstrip()


def looks_idiomatic(text: str) -> bool:
    """Whether ``text`` may hold an outing, a kept eye, a "main character" or a "where did it go" (most prompts hold
    none)."""
    return (" for a" in text or "tak" in text or " a runner" in text or " a bunk" in text or "ing act" in text
            or "took" in text or "character" in text or "star of" in text
            or "protagonist" in text
            or ("where" in text and (" go" in text or " went" in text)) or " eye" in text
            or any(tell in text for tell in _WATCH_KEPT_TELLS)
            or any(key in text for key, _ in _SAYINGS)
            or " half" in text  # " ha" of "had"/"has" is in " half" itself: no need to look for the verb
            or " whole " in text and (" ha" in text or " got" in text or " get" in text))


def idioms_in_plain_words(text: str) -> str:
    """``text`` with an outing said as its move, an eye kept on a thing as watching it, and the focus and the gone
    thing's question dropped."""
    if " eye" in text:
        text = KEEP_AN_EYE_RE.sub(lambda m: _WATCH_FORMS[m["keep"]], text)
    if any(tell in text for tell in _WATCH_KEPT_TELLS):
        text = WATCH_OVER_RE.sub(_watch_kept, text)
    if " for a" in text or "tak" in text or "took" in text:
        text = OUTING_RE.sub(lambda m: _OUTING_MOVES[m["move"]][_OUTING_FORMS[m["take"] or m["going"]]], text)
    if " a runner" in text or " a bunk" in text or "ing act" in text:
        text = RAN_OFF_RE.sub(_ran_off_said_plainly, text)
    if "character" in text or "star of" in text or "protagonist" in text:
        text = MAIN_CHARACTER_RE.sub("", text)
    if "where" in text and (" go" in text or " went" in text):
        text = GONE_WHERE_RE.sub("", text)
    if (" half" in text or " whole " in text) and HALF_OF_A_THING_RE.search(text) is None:
        text = HAD_THE_HALF_RE.sub(_had_as_there, text)
    if any(key in text for key, _ in _SAYINGS):
        text = HIDING_IDIOM_RE.sub(_said_as_a_saying, HIDING_IDIOM_SENTENCE_RE.sub("", text))
    return text
