"""A scene told as a recollection, posed as a textbook problem or sold as ad copy, put into plain sentences.

A diary or an eyewitness tells the clip in the past tense from behind the camera ("Two summers ago I filmed four goats
...", "I remember the cat in my video: ...", "and I got it all on camera", "back in 2019", "with my phone"): the day of
the telling, the person filming, where they watched from ("from the roof I watched", unless the scene names the place
again), their camera and their footage are never in the scene, and "my footage opened without a single ball" says the
ball is not there at first. A problem statement frames the same scene ("Consider ...", "Let a ball be ...", "Suppose
that ...", "a system of two balls", "the only object present", "treat its motion as steady", "neglect friction"): the
framing names nothing, and a doubt raised about the case with its answer ("One might object that the bird would fly off;
here it stays.") is argument, no part of it. Ad copy sells it in fragments and hype ("Introducing:", "Meet the trio:
three cats", "steals the show", "like never before", "lifelike down to the last feather", "100% real"): the hype names
nothing, a heading, billed or opening the prompt, that the body tells again ("Introducing the vanishing bird! A flying
bird ...", "The vanishing bird! A flying bird ...") is the body's thing, "First half? Yes." answers when it is there,
and a fragment that only says which way ("Right to left.", "Right. To. Left.") said before its mover is named belongs to
that mover. Its fine print ("*Results may vary.", "Void where prohibited.", "Some restrictions apply.", "Professional
driver on a closed course. Do not attempt.") is the advertiser's, a sentence naming nothing in the clip however its
words read ("restrictions", "driver", "course"), and a footnote's marker ("... start to finish.*", "*Results ...") no
word at all. Any teller may close a clause on the occasion it is told of ("Rolled well this game.", "as scouts last
turn"): that occasion is no thing, and wonder aloud about a thing told ("..., though what it had to do with sheep I
never learned"): what that brings in is never shown.
"""

from __future__ import annotations

import re

from .noun_phrases import noun_class
from .object_classes import names_a_thing
from .vocabulary import COLORS, VERB_KINDS, is_describing, looks_like_modifier

_CLIP = r"(?:video|clip|footage|recording|film|tape|shot)"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_PARTS = r"(?:morning|afternoon|evening)"
_SEASONS = r"(?:spring|summer|autumn|fall|winter)"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_START = r"(?:^|(?<=[.;:!?\u2014\u2013] )|(?<=, ))"  # the start of a clause

# --- occasions ------------------------------------------------------------------------------------------------
# "rolled well this game.", "two birds as scouts this match,": a bare "this"/"last"/"next" phrase closing a clause that
# has its verb and object is when it was told (an occasion), no thing; one right after a preposition, a verb or "and"
# is a place or an object ("on this mat", "kicks this pinecone"), and the clip's own words are kept ("this half")
OCCASION_RE = re.compile(r"\b(?P<before>[a-z]+) (?:this|last|next) (?P<noun>[a-z]+)(?=\s*(?:[.,;!?]|$))")
_NOT_BEFORE_AN_OCCASION = frozenset("in on at to from into onto of by for with toward towards across through past over under "
                                    "near beside behind like about than around along during after before until till and or "
                                    "but nor is are was were be been being all the a an its their his her my your our".split())
_CLIP_WORDS = frozenset("frame clip video scene shot picture view screen image footage time way side half corner one spot "
                        "place direction moment point edge end start".split())


def _occasion_dropped(match: re.Match) -> str:
    before, noun = match["before"], match["noun"]
    if before in _NOT_BEFORE_AN_OCCASION or before in VERB_KINDS or before.endswith("ed") or noun in _CLIP_WORDS \
            or noun_class(noun) is not None:
        return match.group(0)
    return before


def occasions_dropped(text: str) -> str:
    """``text`` without the occasions it was told of ("this game", "last turn")."""
    return OCCASION_RE.sub(_occasion_dropped, text)


# --- recollections --------------------------------------------------------------------------------------------
# "yesterday", "last week", "this morning", "on sunday", "back in 2019", "at 7 am", "on my way home": when (or on
# the way to where) it was told or filmed, never a time of the clip (only read so when someone tells of filming it)
TOLD_WHEN_RE = re.compile(r",?\s*\b(?:from )?(?:yesterday(?: " + _DAY_PARTS +
                          r")?|earlier today|the other day|(?:(?:earlier|later) )?(?:last|this past|this) (?:week|weekend|month|"
                          r"year|"
                          + _SEASONS + "|" + _WEEKDAYS + r")|this " + _DAY_PARTS + r"|(?:on|one) " + _WEEKDAYS +
                          r"(?: " + _DAY_PARTS
                          + r")?|(?:(?:a|one|two|three|four|five|several|some|many|a few|a couple of) )?(?:days?|weeks?|months?|"
                            r"years?|"
                          r"(?:spring|summer|autumn|winter)s?) ago|a while (?:ago|back)|back in (?:\d{4}|the day|" + _MONTHS +
                          "|" + _SEASONS + r")"
                          r"|(?:at )?(?:around |about )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)|on (?:my|"
                          r"our) way (?:home|back|to [a-z]+))\b,?")
# "and I got it all on camera", "we recorded the whole thing", ", and filmed all of it": the filming, closing the tale
FILMED_IT_RE = re.compile(r"[,;]?\s*(?:\band )?(?:\b(?:i|we) )?(?:caught|got|filmed|recorded|captured|shot|taped)"
                          r" (?:it|this|that|them|everything|all of it|the whole thing|the whole scene)(?: all)?"
                          r"(?: (?:on|in|with) (?:video|camera|film|tape|my phone|my camera))?(?=\s*(?:[.;!?]|$))")
# "when I recorded the field it was empty": the place the tale is about, said as the subject
WHEN_FILMED_RE = re.compile(r"\bwhen (?:i|we) (?:filmed|recorded|shot|watched|checked|looked at) (?P<place>(?:the|a|an|"
                            r"my) [a-z]+),? "
                            r"(?:it|that) (?=(?:was|were|is|stayed|remained|looked)\b)")
# "I held my phone steady and filmed", "we set up the tripod and": the narrator's camera, never in the scene
CAMERA_IN_HAND_RE = re.compile(r"\b(?:i|we) (?:held|hold|pointed|point|aimed|aim|set up|propped|kept|raised|lifted|steadied|"
                               r"mounted)"
                               r" (?:up )?(?:my|our|the) (?:phone|camera|cam|tripod|drone|gopro|camcorder)(?: (?:steady|still|up|"
                               r"level|low|high))?"
                               r"(?:,? and (?:then )?(?:filmed|recorded|shot|captured|caught|watched|taped))?\b,?")
# "with my phone", "on my camera": what the narrator filmed with
MY_CAMERA_RE = re.compile(r",?\s*\b(?:with|on|using|through) (?:my|our) (?:phone|camera|cam|drone|gopro|camcorder|lens)\b")
# "I remember filming", "I once filmed", "my sister and I watched": the narrator (with whoever was there) and their
# filming, before what they saw
NARRATOR_RE = re.compile(r"\b(?:(?:my|our) [a-z]+ and (?:i|we)|(?:i|we) and (?:my|our) [a-z]+|me and (?:my|our) [a-z]+|i|"
                         r"we) (?:(?:still|clearly|also|once|then|later|just|recently|first) )?(?:(?:remember|"
                         r"recall)(?: (?:filming|shooting|"
                         r"recording|seeing|watching|spotting|taping))?|filmed|recorded|taped|watched|saw|spotted|captured|"
                         r"noticed|videoed"
                         r"|shot(?= (?:(?:a|some|this|the) )?(?:video|footage|clip)s? of\b| from\b))\b(?: (?:that|how)\b"
                         r"| (?:it|them|this|everything|the scene)(?= from\b))?")
# "from the surface I watched", "from our balcony, we saw": where the narrator watched from, never a place of the
# scene's things ("from the left I watched" keeps the side, which may be the start of what they saw)
WATCHED_FROM_RE = re.compile(r"(?:^|(?<=[.;:!?,] ))from (?:(?:up|down|high|far) )?(?:(?:on|in|at|above|below|inside) )?"
                             r"(?:the|a|an|my|our|this|that) (?:[a-z'-]+ )?(?P<place>[a-z'-]+),? (?=(?:i|we) "
                             r"(?:(?:still|clearly|also|once|then|later|just|first) )?(?:watched|saw|spotted|filmed"
                             r"|recorded|noticed|observed|videoed|taped)\b)")
_SIDE_WORDS = frozenset("left right top bottom side corner middle centre center edge start beginning end".split())


def watched_from_dropped(text: str) -> str:
    """TEXT (lower case) without where the narrator, "I" or "we", watched from ("from the surface I watched")."""
    return WATCHED_FROM_RE.sub(_watched_from, text)


def _watched_from(match: re.Match) -> str:
    """Where the narrator watched from goes, unless it is a side of the picture ("from the left I watched") or the
    scene names it again ("from the bridge I watched a boat sail under the bridge")."""
    if match["place"] in _SIDE_WORDS or re.search(rf"\b{re.escape(match['place'])}s?\b", match.string[match.end():]):
        return match.group(0)
    return ""
# "the clip I shot", "the video that we recorded": the narrator's recording is the clip
CLIP_I_SHOT_RE = re.compile(r"\b(?:the|this|a) " + _CLIP + r" (?:that |which )?(?:i|we) (?:shot|filmed|recorded|took|made|"
                                                           r"captured|got)\b")
# "my recording from the beach shows", "in my clip from the garden,": the narrator's recording is the clip
_FROM_PLACE = r"(?: from (?:the |this |that )?(?P<place>[a-z]+))?"
MY_FOOTAGE_SHOWS_RE = re.compile(r"\bmy " + _CLIP + _FROM_PLACE + r" (?:shows|showed|has|had|captured|caught)\b")
IN_MY_FOOTAGE_RE = re.compile(r",?\s*\bin my " + _CLIP + _FROM_PLACE + r"\b,?")
MY_FOOTAGE_RE = re.compile(r"\bmy " + _CLIP + _FROM_PLACE + r"\b")
# "the footage opened without a single ball": the ball is not there at first
STARTED_WITHOUT_RE = re.compile(r"\b(?:the|this) " + _CLIP + r" (?:started|starts|began|begins|opened|opens) (?:without|with no)"
                                r" (?:a single |a lone |any |an |a |the |one )?(?P<thing>[a-z]+)\b(?: at all| whatsoever)?")
# "had flown off by the second half", "had vanished": where it was by then, said in the past perfect
HAD_GONE_RE = re.compile(r"\bhad (?=(?:gone|left|vanished|disappeared|walked off|flown off|flown away|run off)\b)")

# --- problem statements -----------------------------------------------------------------------------------------
# "Consider a ball ...", "Assume that ...", "Suppose ...", "Let a dog walk ...": the framing of the problem
FRAMING_RE = re.compile(_START + r"(?:consider|suppose|assume|let us (?:say|assume|suppose|consider)|"
                                 r"(?:it is )?given)(?: that)?,?(?= )\s*"
                        r"|" + _START + r"let (?!(?:me|us|it be known)\b)(?=(?:a|an|the|one|two|three|four|five|six|each|both|it|"
                                        r"them)\b)")
# "be the only bodies in the system", "they are the sole objects in view": nothing but what is named
ONLY_OBJECT_RE = re.compile(r"(?:,? (?:so that|such that|and) )?(?:\b(?:it|they|this|that) )?\b(?:be|is|are|being|was|were|"
                            r"remains?|stays?) "
                            r"the (?:only|sole|single|lone) (?:objects?|things?|items?|bodies|body|ones?|entit(?:y|ies))"
                            r"(?: (?:present|there|in (?:the )?(?:scene|frame|view|shot|picture|clip|video|system)|"
                            r"(?:to be )?(?:seen|visible|shown)))*\b")
# "a system of two balls", "a system consisting of a cat and a dog": the things, named as a problem's system
SYSTEM_OF_RE = re.compile(r"\b(?:a|the) (?:closed |isolated |simple )?system (?:of|consisting of|made up of|comprising|"
                          r"containing) ")
# "three dogs are present and no other objects enter the frame": the denial a clause of its own, so it fences the count
AND_NO_OTHER_RE = re.compile(r",? and (?=no (?:other|further|additional|more) )")
# "100% real", "110 percent fun": how much of the praise, never a count ("the first 50% only" is a share of the clip)
PERCENT_PRAISE_RE = re.compile(r"(?<!first )(?<!last )(?<!final )(?<!opening )(?<!closing )"
                               r"\b\d+ ?(?:%|percent|per cent) (?=(?P<praise>[a-z]+)\b)(?! *[a-z]+ (?:of|through|into)\b)")
# "One might object that the bird would fly off; here it stays.", "It may be objected that ...": a doubt raised about
# the supposed case and its answer, a sentence of argument that adds nothing to the case
OBJECTION_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:one|someone|somebody|a critic|a sceptic|a skeptic|an objector|you|"
                          r"we) (?:might|may|could|"
                          r"would|will|can) (?:well )?(?:object|protest|complain|demur|raise the objection)|it (?:might|may|"
                          r"could|will) "
                          r"(?:well )?be objected)\b[^.!?]*[.!?]*\s*")
# "..., though what it had to do with sheep i never learned", "; why it mattered to the cows nobody knows", "..., but i
# never found out what it wanted with the horse": what the teller says no one knows about a thing told is the teller's
# wondering, and what it brings in is never said to be in the clip
_NOT_KNOWN = (r"(?:(?:i|we|you|he|she|they) (?:still |just )?(?:never|do not|did not|cannot|can not|could not|will never|"
              r"would never|may never|might never|don't|didn't|can't|couldn't|won't ever)(?: ever| really)? "
              r"|(?:nobody|no one|none of us) (?:ever |really )?"
              r"|(?:who|god|heaven|goodness) )(?:learned|learnt|know|knew|knows|found out|find out|understood|understand"
              r"|figured out|figure out|worked out|work out|say|tell|guess|guessed|explained|explain|remember|recall)")
# ... about a thing told already, by its pronoun, or about anyone: "why the cat sat there" tells of a cat
_WONDERED = (r"(?:what|why|how|where|whatever) (?:it|its|they|their|he|his|she|her|anyone|anybody|someone|people) "
             r"(?:[a-z']+ ){0,12}?")
UNKNOWN_TO_TELLER_RE = re.compile(rf"(?:[,;:] |(?<=[.!?] )|^)(?:(?:though|although|but|yet|and) )?(?:{_WONDERED}{_NOT_KNOWN}"
                                  rf"|{_NOT_KNOWN} {_WONDERED}[a-z']+)(?=\s*(?:[.;!?]|$))")
_UNKNOWING_WORDS = ("never", " not ", "n't ", "nobody", "no one", "none of us", "cannot", "who ", "god ", "heaven ", "goodness ")
_WONDERING_WORDS = frozenset(("what", "why", "how", "where", "whatever"))
# "and treat its gait as steady", "neglect friction": how to work the problem, not what is in it
TREAT_AS_RE = re.compile(r"[,;]?\s*(?:\band )?\btreat (?:its|their|the|each|all) [a-z]+(?: [a-z]+)? as [a-z]+(?: "
                         r"[a-z]+)?(?=\s*(?:[.;!?]|$))")
NEGLECT_RE = re.compile(r"[,;]?\s*(?:\band )?\b(?:neglect|ignore|disregard|neglecting|ignoring)(?: all)? (?:friction|"
                        r"air resistance|drag|air drag|"
                        r"rotation|spin|its size|their sizes?|gravity)(?: and (?:friction|air resistance|drag|rotation|spin|"
                        r"gravity))?\b"
                        r"|\bwithout (?:slipping|skidding)\b")

# --- ad copy ----------------------------------------------------------------------------------------------------
# "Introducing:", "Meet the squad: four cats", "Say hello to the pink bird": the billing before what is sold
BILLING_RE = re.compile(r"(?:^|(?<=[.;:!?\u2014\u2013] ))(?:introducing|presenting|announcing|behold|say hello to|meet)\b:?\s*"
                        r"(?:(?:the|our|this|your) (?:[a-z]+ )?(?:duo|trio|quartet|pair|twosome|threesome|foursome|squad|crew|"
                        r"gang|team|family|"
                        r"lineup|line-up|stars?|heroes?|cast)\s*[:\u2014\u2013]\s*)?")
# "Introducing the vanishing bird! A flying bird ...", "Meet the amazing cat: a lively cat ...": the billing's own heading,
# which the body then tells in full; its thing is the body's (dropped only where the body names it again)
BILLED_HEADING_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:introducing|presenting|announcing|behold|say hello to|meet)\b[:,]?\s*"
                               r"(?:the|our|this|your|a|an) (?P<words>(?:[a-z-]+ ){0,3}?)(?P<noun>[a-z]+)\s*[.!:]+\s*")
# "The vanishing bird! A flying bird ...", "Our amazing cat: a lively cat ...": the same heading opening the prompt unbilled
OPENING_HEADING_RE = re.compile(r"^(?:the|our|this) (?P<words>(?:[a-z-]+ ){0,3}?)(?P<noun>[a-z]+)\s*[!:]+\s*")
# "the dynamic duo: two goats", "the trio you have been waiting for: three cats": the group's nickname before the
# counted things it stands for
NICKNAME_RE = re.compile(r"\b(?:the|our|this|your|a) (?:[a-z]+ )?(?:duo|trio|quartet|twosome|threesome|foursome|squad|crew|gang|"
                         r"lineup|line-up)"
                         r"(?: (?:you|we|that|who)[a-z']*(?: [a-z']+){1,5}?)?\s*[:.!\u2014\u2013]\s*(?=(?:one|two|three|four|"
                         r"five|six|a|an|the)\b)")
# "steals the show", "takes centre stage", "makes its entrance": it comes on
ENTRANCE_RE = re.compile(r"\b(?:takes|took|taking|steals|stole|stealing) (?:the|centre|center) (?:stage|spotlight|show)\b"
                         r"|\bmakes? (?:its|his|her|their|an|a) (?:grand |big )?entrance\b")
# "like never before", "like you have never seen it": hype, never a thing
HYPE_RE = re.compile(r",?\s*\blike (?:never before|you have never seen (?:it|them)(?: before)?|nothing else)\b")
# "lifelike down to the claws", "bouncy down to the last seam", "real to the last feather": how far the praise
# goes, never a thing
_UTMOST = r"(?:very )?(?:last|smallest|finest|tiniest) "
DOWN_TO_RE = re.compile(r"\b([a-z]+) (?:down to (?:the|its|their|his|her|every|each) (?:" + _UTMOST +
                        r")?|to (?:the|its|their|every) " + _UTMOST
                        + r")[a-z]+\b(?=\s*(?:[.,;!?:]|$))")
# "the second half unveils a dog", "the first half keeps everyone waiting": what the half holds
HALF_DELIVERS_RE = re.compile(r"\b(?:the )?(first|second) half (?:delivers|brings|reveals|unveils|serves up|serves|offers|"
                              r"gives you|hands you)\b"
                              r"\s*[:\u2014\u2013]?\s*")
HALF_TEASES_RE = re.compile(r"\b(?:the )?(first|second) half keeps (?:you|us|everyone|viewers|the viewer) (?:guessing|waiting|"
                            r"wondering|hanging|"
                            r"in suspense)\b")
# "In the first half, yes. In the second half, no.", "First half? Nope.": the half it is there in, answered
HALF_ANSWER_RE = re.compile(r"\b(?:in |during |for )?(?:the )?(first|second) half\s*[?,:\u2014\u2013-]?\s*(?P<answer>yes|yep|"
                            r"yeah|no|nope|nah)\b"
                            r"(?=\s*(?:[.,;!?\u2014\u2013]|$))")
# ", no cat", ", nothing": a clause after a half's "no" that says what is not there itself ("no, not there anymore",
# "no, a dog takes its place" say the no's half, the answer kept)
_TELLS_NONE_RE = re.compile(r"\s*,\s*(?:no|none|nothing|nobody)\b")
# ", a dog", ", there's a bird": a clause after a half's "yes" bringing a thing in; the answer only leads it in where
# the thing is new ("yes, a dog." after "A dog walks" repeats the answer)
_TELLS_SOME_RE = re.compile(r"\s*,\s*(?:a|an|one|two|three|four|five|there)\b([^.!?;]{0,80})")
_WORD_RE = re.compile(r"[a-z]+")
# "*Results may vary.", "Void where prohibited.", "Some restrictions apply.", "Professional driver on a closed
# course.": an ad's fine print, a sentence of its own from a closed list of the advertiser's boilerplate, naming nothing
# in the clip
_FINE_PRINT = (r"(?:individual |actual |your )?results (?:may|will|can|might) (?:vary|differ)"
               r"|results (?:are )?not typical"
               r"|void where (?:prohibited|restricted|taxed)(?: by law)?|no purchase (?:is )?necessary"
               r"|(?:some |certain |other |additional )?(?:restrictions|exclusions|limitations|conditions|terms"
               r"|terms and conditions|t&cs|fees|charges) (?:may )?apply"
               r"|see (?:store|dealer|website|site|terms|label|packaging|official rules)(?: for (?:details|terms))?"
               r"|(?:offer|promotion|deal|sale) (?:ends|expires|valid|good)(?: [a-z0-9/ ]{1,30})?"
               r"|(?:prices|offer|specifications) (?:are )?subject to change|while (?:supplies|stocks?) lasts?"
               r"|not available (?:in all (?:areas|states|regions|markets)|everywhere)"
               r"|(?:batteries|accessories|parts) (?:not included|sold separately)"
               r"|professional drivers?(?: on (?:a )?closed course)?|closed course"
               r"|do not attempt(?: this)?(?: at home)?"
               r"|dramati[sz]ation|simulated (?:footage|images?|results)|not actual size"
               r"|(?:images?|pictures?|footage )?(?:is |are )?for illustration(?: purposes)? only")
FINE_PRINT_RE = re.compile(rf"(?:^|(?<=[.!?] ))[*\u2020\u2021]*(?:{_FINE_PRINT})[*\u2020\u2021]*"
                           r"(?=\s*(?:[.!?;]|$))[.!?;]*")
# "... start to finish.*", "*Results ...", "**terms": a footnote's marker, after a word or a sentence's end or before a
# footnote's first word (a bullet's "* " and a product's "5*" rating are no markers)
FOOTNOTE_MARK_RE = re.compile(r"(?<=[a-z.!?)])[*\u2020\u2021]+(?=\s|$)|(?:^|(?<=\s))[*\u2020\u2021]+(?=[a-z])")
_FINE_PRINT_WORDS = frozenset(("vary", "differ", "typical", "prohibited", "restricted", "necessary", "apply", "see",
                               "ends", "expires", "valid", "change", "last", "lasts", "available", "included",
                               "separately", "driver", "drivers", "course", "attempt", "dramatization",
                               "dramatisation", "simulated", "size", "illustration"))
# "That's the ad.", "This is the commercial.": the copy speaking of itself
SELF_REFERENCE_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?:that(?:'s| is)|this(?:'s| is)|here(?:'s| is)) (?:it|all|"
                               r"the (?:whole )?(?:ad|advert|"
                               r"commercial|spot|pitch|campaign|trailer|teaser|tagline|promo))\s*[.!]*")
# "And only then.", "Not before.": a fragment stressing the time just said
ONLY_THEN_RE = re.compile(_START + r"(?:only then|not before|and only then|not until then)\s*[.!]+")
# "Right. To. Left.", "Left... to... right.": one fragment said a word at a time
SPELLED_WAY_RE = re.compile(r"\b(left|right)\s*[.!\u2026]+\s*to\s*[.!\u2026]+\s*(right|left)\b")
# a way said without its mover: "Right to left.", "From right to left!", "Left to right — and never looking back."
_WAY_FRAGMENT_RE = re.compile(r"\b(?:left|right) to (?:the )?(?:right|left)\b")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*\s*")

_PLAIN_PRAISE = frozenset(("real", "pure", "natural", "fun", "wild", "free", "true", "genuine",
                           "authentic", "organic", "cute", "bold"))
_NARRATORS = frozenset(("i", "we", "my", "our"))
_FRAMING_WORDS = frozenset(("consider", "let", "assume", "suppose", "given"))
_OBJECTING_WORDS = frozenset(("object", "objected", "objection", "protest", "complain", "demur"))
_SOLE_WORDS = frozenset(("only", "sole", "single", "lone"))
_NEGLECT_WORDS = frozenset(("neglect", "ignore", "disregard", "neglecting", "ignoring", "without"))
_BILLING_WORDS = frozenset(("introducing", "presenting", "announcing", "behold", "hello", "meet"))
_NICKNAMES = frozenset(("duo", "trio", "quartet", "twosome", "threesome", "foursome", "squad", "crew", "gang", "lineup"))
_ENTRANCE_WORDS = frozenset(("stage", "spotlight", "show", "entrance"))
_SELF_WORDS = frozenset(("ad", "advert", "commercial", "spot", "pitch", "campaign", "trailer", "teaser", "tagline", "promo"))
_ANSWER_WORDS = frozenset(("yes", "yep", "yeah", "no", "nope", "nah"))
_HALF_VERBS = frozenset(("delivers", "brings", "reveals", "unveils", "serves", "offers", "gives", "hands", "keeps"))
# a sentence that opens on a way, the tell of a way said before its mover
_WAY_OPENS_RE = re.compile(r"(?:^|[.!?] )(?:from )?(?:the )?(?:left|right)\b")


def _answered_half(match: re.Match) -> str:
    """"In the second half, no.": only in the other half; where the clause after the answer says it itself ("then in
    the second half, nah, no cat", "first half, yeah, a dog" with no dog before), the answer only leads it in and is
    dropped."""
    there = match.group("answer").startswith("y")
    if _TELLS_NONE_RE.match(match.string, match.end()) if not there else _new_thing_told(match):
        return match.group(0)[:match.start("answer") - match.start()].rstrip(" ,?:\u2014\u2013-")
    half = match.group(1)
    return f"only in the {half if there else ('second' if half == 'first' else 'first')} half"


def _new_thing_told(match: re.Match) -> bool:
    """"first half, yeah, a dog": whether the clause after a half's "yes" brings in a thing not named before it."""
    clause = _TELLS_SOME_RE.match(match.string, match.end())
    thing = next((found for found in map(noun_class, _WORD_RE.findall(clause.group(1))) if found), None) \
        if clause else None
    if thing is None:
        return False
    return all(found is None or found[0] != thing[0]
               for found in map(noun_class, set(_WORD_RE.findall(match.string, 0, match.start()))))


def _way_before_mover(text: str) -> str:
    """"Right to left. Fast. The dog, on the move.": a way said as a fragment before anything is named goes after
    the first sentence that names something, where the reader looks for its mover."""
    sentences = _SENTENCE_RE.findall(text)
    ways: list[str] = []
    kept: list[str] = []
    for index, sentence in enumerate(sentences):
        if names_a_thing(sentence):
            return "".join(kept + [sentence.rstrip() + " "] + ways + sentences[index + 1:]) if ways else text
        (ways if _WAY_FRAGMENT_RE.search(sentence) else kept).append(sentence)
    return text


def _praising(word: str) -> bool:
    """A describing word ("realistic", "bouncy", "real"), never a verb or a thing."""
    describing = (looks_like_modifier(word) or is_describing(word) or word in _PLAIN_PRAISE
                  or (len(word) > 3 and word.endswith("y")))
    return describing and word not in VERB_KINDS and noun_class(word) is None


def _praised_only(match: re.Match) -> str:
    """The describing word before "down to the ..." kept, the detail praised dropped; a move down to a place is kept."""
    return match.group(1) if _praising(match.group(1)) else match.group(0)


def _footage(said: str):
    """The narrator's recording replaced by ``said``, unless "from the ..." names a thing to draw ("my clip from the dog's
    collar" is no place the clip was filmed)."""
    def replace(match: re.Match) -> str:
        place = match.group("place")
        found = noun_class(place) if place else None
        return match.group(0) if found is not None and found[1].mobility != "scenery" else said
    return replace


def _heading_restated(match: re.Match) -> str:
    """The billing's heading goes where the body names its thing again; one naming a thing of its own is kept."""
    noun = match["noun"]
    if noun_class(noun) is None or any((word in VERB_KINDS and not word.endswith("ing")) or word in COLORS
                                       for word in match["words"].split()):
        return match.group(0)  # "the dog chases a ball!" is a sentence, not a heading; "the red car:" says its colour
    return "" if re.search(rf"\b{noun}(?:e?s)?\b", match.string[match.end():]) else match.group(0)


def narrated_in_plain_words(text: str, words: set[str] | frozenset[str] | None = None) -> str:
    """``text`` (lower-cased) without the narrator, the problem's framing and the hype; other text comes back as it was.
    ``words``, the prompt's words if already split, only decides which patterns are worth running."""
    if words is None:
        words = set(re.findall(r"[a-z]+", text))
    said = text
    # each pattern runs only when a word it needs is there (most prompts need none of them)
    if not _NARRATORS.isdisjoint(words):
        text = TOLD_WHEN_RE.sub("", text)
        text = CLIP_I_SHOT_RE.sub("the clip", text)
        text = FILMED_IT_RE.sub("", text)
        text = CAMERA_IN_HAND_RE.sub("", text)
        if "my" in words or "our" in words:
            text = MY_CAMERA_RE.sub("", text)
        text = WHEN_FILMED_RE.sub(r"\g<place> ", text)
        if "my" in words:
            text = MY_FOOTAGE_SHOWS_RE.sub(_footage(""), text)
            text = IN_MY_FOOTAGE_RE.sub(_footage(""), text)
            text = MY_FOOTAGE_RE.sub(_footage("the clip"), text)
        if "from" in words:
            text = watched_from_dropped(text)
        text = NARRATOR_RE.sub("", text)
    if "without" in words or "with no" in text:
        text = STARTED_WITHOUT_RE.sub(r"at first there is no \g<thing>", text)
    if "had" in words:
        text = HAD_GONE_RE.sub("", text)
    if not _OBJECTING_WORDS.isdisjoint(words):
        text = OBJECTION_RE.sub("", text)
    if not _WONDERING_WORDS.isdisjoint(words) and any(word in text for word in _UNKNOWING_WORDS):
        text = UNKNOWN_TO_TELLER_RE.sub("", text)
    if not _FRAMING_WORDS.isdisjoint(words):
        text = FRAMING_RE.sub("", text)
    if not _SOLE_WORDS.isdisjoint(words):
        text = ONLY_OBJECT_RE.sub("", text)
    if "system" in words:
        text = SYSTEM_OF_RE.sub("", text)
    if "no other" in text or "no further" in text or "no additional" in text or "no more" in text:
        text = AND_NO_OTHER_RE.sub(", ", text)
    if "%" in text or "percent" in words or "cent" in words:
        text = PERCENT_PRAISE_RE.sub(lambda m: "" if _praising(m.group("praise")) else m.group(0), text)
    if "treat" in words:
        text = TREAT_AS_RE.sub("", text)
    if not _NEGLECT_WORDS.isdisjoint(words):
        text = NEGLECT_RE.sub("", text)
    if not _BILLING_WORDS.isdisjoint(words):
        text = BILLING_RE.sub("", BILLED_HEADING_RE.sub(_heading_restated, text))
    if text.startswith(("the ", "our ", "this ")) and ("!" in text or ":" in text):
        text = OPENING_HEADING_RE.sub(_heading_restated, text, count=1)
    if not _NICKNAMES.isdisjoint(words):
        text = NICKNAME_RE.sub("", text)
    if not _ENTRANCE_WORDS.isdisjoint(words):
        text = ENTRANCE_RE.sub("appears", text)
    if "never" in words or "nothing" in words:
        text = HYPE_RE.sub("", text)
    if "down" in words or "last" in words or "smallest" in words or "finest" in words or "tiniest" in words:
        text = DOWN_TO_RE.sub(_praised_only, text)
    if "half" in words and not _HALF_VERBS.isdisjoint(words):
        text = HALF_TEASES_RE.sub(r"the \1 half is empty", text)
        text = HALF_DELIVERS_RE.sub(r"in the \1 half: ", text)
    if "half" in words and not _ANSWER_WORDS.isdisjoint(words):
        text = HALF_ANSWER_RE.sub(_answered_half, text)
    if not _SELF_WORDS.isdisjoint(words):
        text = SELF_REFERENCE_RE.sub("", text)
    if "*" in text or "\u2020" in text or "\u2021" in text:
        text = FOOTNOTE_MARK_RE.sub("", text)
    if not _FINE_PRINT_WORDS.isdisjoint(words):
        text = FINE_PRINT_RE.sub("", text)
    if "then" in words or "before" in words:
        text = ONLY_THEN_RE.sub("", text)
    if "left" in words and "right" in words and _WAY_OPENS_RE.search(text):
        text = _way_before_mover(SPELLED_WAY_RE.sub(r"\1 to \2", text))
    if text == said:
        return text
    text = re.sub(r"(^|[.;:!?] )\s*[,;]\s*", r"\1", text)  # a clause emptied of its narrator or framing
    return " ".join(text.split())
