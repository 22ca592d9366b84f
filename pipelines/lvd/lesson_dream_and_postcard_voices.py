"""A teacher's animation exercise, a dream-journal entry and a holiday postcard, put into plain sentences before reading.

A teacher sets the clip as an exercise ("Today, class, you will animate ...", "Pupils, your exercise:",
"Remember: ...", "Extra credit if ..."): the teacher, the class, the pupils and the exercise are never things,
"animate X", "draw X" or "sketch X" is "show X", a reminder says again what the scene holds, and "extra credit if X" says X.

A dream journal tells the clip as a dream ("Last night I dreamt of ...", "in the first half of the dream",
"I woke up before ..."): the dreamer and the waking are not in the video and the dream is the clip, so its
halves are the clip's halves.

A postcard or travel-blog aside tells it as a sight of the trip ("Greetings from our holiday! Today we saw
...", "Wish you were here"): the writer, the reader and the holiday are no things, "our view" and "the picture"
are the frame, and "we watched a car drive" is the car driving.
"""

from __future__ import annotations

import re

from .narrated_voices import watched_from_dropped
from .object_classes import noun_class, singular
from .vocabulary import VERB_KINDS

_STARTS_SENTENCE = r"(?:^|(?<=[.;:!?] )|(?<=\n))"
_LEARNERS = r"(?:class|pupils|students|kids|children|everyone|everybody)"
_EXERCISE = (r"(?:(?:class |animation |drawing |art |today's |this week's |your |the )*(?:exercise|assignment|task|homework|"
             r"project))")

# "Today, class,", "Pupils,", "Students, your exercise:", "Class exercise, top-down view:", "Animation exercise for
# the class:": who is taught and the exercise itself, before what it asks for
ADDRESS_RE = re.compile(_STARTS_SENTENCE + r"(?:(?:today|this week|now|okay|ok|right|alright|so)[ ,]+)?(?:" +
                        _LEARNERS + r"\s*[,:!]\s*)"
                        r"|\b(?:(?:this|that|here) is |here's )?" + _EXERCISE + r"(?: (?:for|of) (?:the |today's |our )?(?:" +
                        _LEARNERS + r"|today|this week))?\s*[:\u2014-]\s*"
                        r"|" + _STARTS_SENTENCE + _EXERCISE + r"(?: (?:for|of) (?:the |today's |our )?(?:" + _LEARNERS +
                        r"|today|this week))?,\s*")
# "for today's exercise", "as your homework": the exercise said after what it asks for
FOR_THE_EXERCISE_RE = re.compile(r",?\s*\b(?:for|as|in) (?:today's |this week's |your |the |our )?(?:class )?(?:exercise|"
                                 r"assignment|homework|task)\b,?")
# "you will animate", "your task is to draw", "animate": the pupils' drawing is the clip showing it
ANIMATE_RE = re.compile(r"\b(?:(?:you|we) (?:will|are going to|are to|must|should|need to|have to) |your (?:job|task|"
                        r"exercise) is to )?"
                        r"(?:animate|draw|sketch)\b")
# "... to the left. Remember: start it on the right side.": where it starts, said again of the move before it
REMINDED_START_RE = re.compile(r"\s*[.;!]\s*(?:and )?(?:remember|note|careful|reminder)\s*[:,!\u2014-]\s*(?:start it|it starts|"
                               r"it should start|"
                               r"it must start|make it start) (?=(?:on|at|from|in) (?:the )?(?:left|right|top|bottom|upper|"
                               r"lower)\b)")
REMEMBER_RE = re.compile(_STARTS_SENTENCE + r"(?:and )?(?:remember|note|careful|reminder|important)\s*[:,!\u2014-]\s*")
EXTRA_CREDIT_RE = re.compile(r"\b(?:(?:you get |you will get |there is )?(?:extra|bonus) (?:credit|points?|marks?)|"
                             r"bonus)(?: (?:if|when|for|where))?\s*[:,]?\s*")
# "show nothing else but the four cars", "nothing else than the ball": nothing else, the named things said again
NOTHING_BUT_RE = re.compile(r"\b(?:(?:show|include|put in|add|draw|animate) )?nothing (?:else )?(?:but|than|except|apart from|"
                            r"besides|other than) "
                            r"(?P<what>(?:the |those |these )?(?:an? |one |two |three |four |five |"
                            r"six )?(?:[a-z]+ )?(?P<noun>[a-z]+))(?=\s*(?:[.;,!]|$))")
_LESSON_TELLS = ("class ", "class,", "class:", "pupil", "student", "exercise", "extra credit", "remember:",
                 "homework", "assignment", "animate")

# "Dream journal.", "Last night I dreamt of", "I had a dream that", "in my dream": the dreamer and their night
DREAMT_RE = re.compile(r"\b(?:dream (?:journal|diary|log|entry)\s*[.:,\u2014-]?\s*)"
                       r"|\b(?:(?:last night|the other night|once|yesterday),? )?(?:i|we) (?:(?:once|again|also) )?"
                       r"(?:dreamt|dreamed|had a dream|had this dream|saw in a dream)(?: (?:last night|again))?(?: (?:of|about|"
                       r"that))?(?: (?:last night|again))?\b,?\s*"
                       r"|,?\s*\blast night\b(?!'s),?")
# "in the dream", "in my dream", "throughout the dream": the whole clip ("of the dream" after a half: that half)
_A_DREAM = r"(?:the|my|that|last night's|(?:my|our) [a-z]+'s) dream\b"
IN_THE_DREAM_RE = re.compile(r"\b(?:(?:in|within|during|throughout|for the rest of|all through) " +
                             _A_DREAM + r",?|of " + _A_DREAM + r")")
THE_DREAM_RE = re.compile(r"\b(?:the|my|that|this) (?P<whole>(?:whole|entire|same|rest of the) )?dream\b")
# "I woke up still counting three.", "then I woke up": the dreamer's waking, nothing in the clip
WOKE_RE = re.compile(_STARTS_SENTENCE + r"(?:and |then |but )?(?:i|we) (?:woke|awoke|wake)(?: up)?\b[^.;!?]*[.;!?]?\s*")
WOKE_CLAUSE_RE = re.compile(r"[,;]?\s*\b(?:and |then |until |before |when |till )*(?:i|we) (?:woke|awoke|"
                            r"wake)(?: up)?\b[^.;!?,]*")

# "Greetings from our holiday!", "Postcard from our trip:", "Wish you were here!", "Love, Mum": the writer and reader
GREETINGS_RE = re.compile(r"\b(?:greetings|hello|hi|(?:a )?postcard|love|news|a quick note) (?:from|on) (?:(?:our|my|"
                          r"the) )?[a-z]+(?: [a-z]+)?\s*[!.:,\u2014-]\s*"
                          r"|\bwish (?:you|u) (?:were|was) here\b\s*[!.]*")
# "we watched a car drive", "we saw a cat walk": the thing doing it, the verb with its ending
WE_WATCHED_RE = re.compile(r"\b(?:today |yesterday |this morning |then )?(?:we|i) (?:saw|watched|spotted|noticed|met|caught)"
                           r"(?: (?:how|as))? (?P<said>(?:a|an|one|the)(?: [a-z]+){1,4})")
# "from the left of our view to the right", "in our view": the frame
OUR_VIEW_RE = re.compile(r" of (?:our|my|the) (?:view|viewpoint|field of view)\b|\b(?:our|my) (?:view|viewpoint|field of view)\b")
PICTURE_RE = re.compile(r"\b(?P<lead>in|into|out of) the (?:picture|photo|snapshot)\b")
HONESTLY_RE = re.compile(r"\b(?:honestly|truly|really|seriously|literally),?\s*(?=nothing|no |not )")
_POSTCARD_TELLS = ("greetings from", "postcard", "wish you were", "our trip", "our holiday", "our travels", "our view",
                   "we saw", "we watched",
                   "we spotted")

# "both birds keep flying" after "two birds": the two already named, not two more
BOTH_NAMED_RE = re.compile(r"\bboth (?P<noun>[a-z]+)\b")
# "one ball only": the count said again, as "only one ball" says it
COUNT_ONLY_RE = re.compile(r"\b(?P<said>(?:one|two|three|four|five|six) (?:[a-z]+ ){0,2}?[a-z]+) only\b")
# "it does not come back" after it went: it stays gone, not a second one coming
NOT_BACK_RE = re.compile(r"\b(?:does not|do not|did not|will not|never) (?:come|comes|came) back\b")
# "by the second half there was no bird left": absent in that half
NONE_LEFT_RE = re.compile(r"\bby the (?P<half>first|second|last) half\b(?P<said>[^.;]*?\bno [a-z]+) left\b")


def looks_like_lesson(text: str) -> bool:
    return any(tell in text for tell in _LESSON_TELLS)


def looks_like_dream(text: str) -> bool:
    return "dream" in text


def looks_like_postcard(text: str) -> bool:
    return any(tell in text for tell in _POSTCARD_TELLS)


def _both_named(match: re.Match) -> str:
    """"both birds" as "the birds" when two birds were named before it; otherwise its own two."""
    noun = match["noun"]
    found = noun_class(noun)
    if found is None or not re.search(rf"\btwo (?:[a-z]+ ){{0,2}}(?:{re.escape(found[0])}(?:e?s)?|{re.escape(noun)})\b",
                                      match.string[:match.start()]):
        return match.group(0)
    return "the " + noun


def _watched_doing(match: re.Match) -> str:
    """The thing seen, doing what it was seen doing: a bare verb after a single thing gets its ending."""
    words = match["said"].split()
    noun = next((i for i in range(1, len(words)) if noun_class(words[i]) is not None), None)
    if noun is None:
        return match.group(0)
    verb = words[noun + 1] if noun + 1 < len(words) else ""
    if verb in VERB_KINDS and singular(words[noun]) == words[noun]:
        words[noun + 1] = next((form for form in (verb + "s", verb + "es", verb[:-1] + "ies") if form in VERB_KINDS), verb)
    return " ".join(words)


def _nothing_but_named(match: re.Match) -> str:
    """"nothing else but the four cars" after four cars were named: nothing else; a first mention is the only thing."""
    found = noun_class(match["noun"])
    if found is None:
        return match.group(0)
    if not re.search(rf"\b{re.escape(found[0])}", match.string[:match.start()]):
        return "only " + match["what"]
    return "nothing else"


def _said_again(text: str) -> str:
    """Words each voice uses to say again what it said before, read as saying it again."""
    if " only" in text:
        text = COUNT_ONLY_RE.sub(r"only \g<said>", text)
    if " back" in text:
        text = NOT_BACK_RE.sub("does not return", text)
    if "both " in text:
        text = BOTH_NAMED_RE.sub(_both_named, text)
    if "no " in text and " left" in text:
        text = NONE_LEFT_RE.sub(r"in the \g<half> half\g<said>", text)
    return text


def lesson_in_plain_words(text: str) -> str:
    """The exercise as the scene it asks for, without the class, the reminders and the extra credit."""
    text = ADDRESS_RE.sub("", text)
    text = FOR_THE_EXERCISE_RE.sub("", text)
    if "start" in text:
        text = REMINDED_START_RE.sub(", starting ", text)
    text = REMEMBER_RE.sub("", EXTRA_CREDIT_RE.sub("", text))
    if "nothing " in text:
        text = NOTHING_BUT_RE.sub(_nothing_but_named, text)
    text = ANIMATE_RE.sub("show", text)
    return _said_again(text)


def dream_in_plain_words(text: str) -> str:
    """The dream as the clip, without the dreamer, the night and the waking."""
    text = WOKE_CLAUSE_RE.sub("", WOKE_RE.sub("", DREAMT_RE.sub("", text)))
    text = IN_THE_DREAM_RE.sub(lambda m: "" if m.group(0).startswith("of") else " ", text)
    text = THE_DREAM_RE.sub(r"the \g<whole>clip", text)
    return _said_again(text)


def postcard_in_plain_words(text: str) -> str:
    """The sight of the trip as the clip, without the greetings, the writer and the reader."""
    text = GREETINGS_RE.sub("", text)
    if "from " in text:
        text = watched_from_dropped(text)  # "from the boat we watched a whale swim": the boat is the writer's
    text = WE_WATCHED_RE.sub(_watched_doing, text)
    text = OUR_VIEW_RE.sub(lambda m: "" if m.group(0).startswith(" of") else "the frame", text)
    text = PICTURE_RE.sub(r"\g<lead> the frame", HONESTLY_RE.sub("", text))
    return _said_again(text)
