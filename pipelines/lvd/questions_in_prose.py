"""A single question answered in the run of a prompt that is no quiz, said as the statement the pair makes.

The quiz reading (`quiz_voice`) takes a prompt made of questions and answers; a prose prompt may still ask and answer
once, and the word-by-word pass would read the question as a clause of its own. So each such pair is rewritten where
it stands:
- a thing asked by name alone and answered by its verb ("the car? drives to the left.") is the thing doing it;
- which thing has a colour, answered by the thing ("which animal is gray? the dog."), is that thing's colour;
- a mover asked for with its way and answered by the thing alone ("which animal runs left? a dog."), or who or what
  does an act ("who barks? a dog!"), is that thing doing it;
- what a part of the clip brings, answered by a thing ("what's coming in the second half? a dog ..."), is that thing
  then, and a part of the clip asked after alone, answered at once ("a car in the first half, and in the second half?
  gone!"), is the clause that part opens;
- one question alone after a statement, on where its thing ends or starts, answered by a place ("A fox runs across
  the field. Where does it end? On the left.") says where that move ends or starts: ", ending on the left", never a
  second move after it; a question opening its sentence on where a named thing ends ("where does the ball end up? on
  the left side") says that it ends there;
- a thing asked for and answered, then brought in again by "a" at the next sentence's opening ("what is in the field?
  a horse. a horse and a cow graze", "... a horse grazes too": "too" adds a deed there), is the one thing, said
  with "the" there, unless its "too" adds one more ("a man sits beside him too", "a pig too");
- whether a thing is there or doing something, answered yes by a sentence naming a thing of its kind anew ("is that
  a ball rolling? yep, a moving ball, from the right ..."), is that sentence alone, told once, keeping the colour,
  size and place only the question said, and its way where the answer tells no deed of its own ("is that a red ball?
  yep, a ball rolls" is one red ball; "is that a dog running left? yes, a dog near the fence" one dog running left);
  an answer telling one more of the kind ("... a dog runs in too", "a new dog") or its own move to another side
  leaves the question's thing as a thing of its own;
- whether a thing is there, answered by its absence ("any horse yet? none in the first half.", "was there a horse at
  first? there was not.", "was a horse present in the first half of the clip? no."), or where it is, answered
  "nowhere" ("where was the horse in the second half? nowhere."), is that absence ("there is no horse in the first
  half."), so a thing of its kind arriving later, or "it" opening the next sentence, is the one asked after, never a
  second drawn for the question; answered by a count ("was a bird present? no, two."), it is that count ("there are
  two birds").
The words for things and moves are the quiz's own.
"""

from __future__ import annotations

import re

from .object_classes import brought_in, kind_pattern, noun_class, singular, word_pattern
from .quiz_voice import (
    COUNT_OR_DETERMINER,
    ONE_MORE_OF_A_KIND,
    PLACE_LEAD_RE,
    SIDE_WORDS,
    WAY_WORD_RE,
    WHICH_COLOUR_ASKED,
    nouns_in,
    tells_own_move,
    topic_told,
    verb_said_of,
)
from .tokens import plural
from .vocabulary import (
    AUXILIARY_VERBS,
    CLIP_NOUNS,
    COLORS,
    COUNT_WORDS,
    FRAME_PLACE_WORDS,
    MOVING_KINDS,
    RESTATING_OPENER,
    SIGHTING_SPAN,
    SIZE_FACTORS,
    VERB_KINDS,
)
from .word_guessing import third_person, third_person_form

# ". where does it end? on the left.": the end or start of the move just told, asked and answered (tried from a
# sentence's start or its full stop only, where it is found anyway: from each letter of a long sentence it was quadratic)
END_ASKED_RE = re.compile(r"(?:(?<![^.!?])|(?=\.))(?P<told>[^.!?]*)\. (?:and |so )?where (?:does|do|did|will) "
                          r"(?P<subject>it|they|he|she|the [a-z]+) "
                          r"(?P<verb>end up|end|finish|stop|wind up|come to rest|start|begin|set off)\? "
                          rf"(?P<place>(?:(?:on|at|in|to|near|toward|towards|from|over) "
                          rf")?[a-z -]*?\b{SIDE_WORDS}\b[a-z -]*?)(?=[.!]|$)")


# "where does the moving ball end up? on the left side, having rolled in from the right": a question opening its
# sentence on where a named thing ends, answered by the place, is the statement that it ends there
END_ASKED_FIRST_RE = re.compile(rf"(?:^|(?<=[.!?] ))where (?P<aux>does|do) (?P<subject>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ "
                                rf"){{0,2}}?"
                                r"[a-z]+(?: (?:in|of) (?:this|the) (?:video|clip|footage|film|shot))?) "
                                r"(?P<verb>end up|end|finish|stop|wind up|come to rest)\? "
                                rf"(?P<place>(?:on|at|in|near) [a-z -]*?\b{SIDE_WORDS}\b[a-z -]*?)(?=[.!,;]|$)")


def _end_asked_first(match: re.Match) -> str:
    first, _, rest = match["verb"].partition(" ")
    verb = " ".join(filter(None, (third_person(first), rest))) if match["aux"] == "does" else match["verb"]
    return f"{match['subject']} {verb} {match['place'].strip()}"


# "the ball? stays still.", "and the car? drives from the left of it.": a thing asked after by name alone, answered by
# a sentence whose subject is left out, its verb after one subject; the question and its answer are one statement
TOPIC_ASKED_RE = re.compile(rf"(?:^|(?<=[.!?;] ))(?:(?:and|so|now|then|okay|ok),? )?(?:[a-z]+, )?"
                            rf"(?P<topic>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+))\? "
                            r"(?P<verb>[a-z]+)\b")


def _topic_answered(match: re.Match) -> str:
    """The topic and its answer joined where the topic names a thing and the answer opens on its verb ("the car?
    drives ..."); an answer naming a thing of its own ("the ball? a red one.") is left as it is."""
    told = topic_told(match["topic"], match["verb"])
    return match.group(0) if told is None else match.group(0)[:match.start("topic") - match.start()] + told


# "who walks from the right to the left? a walking dog!", "what's rolling along? a ball.", "guess who crawls ...? it's
# a turtle!": a question on who or what does the act it tells, answered by a thing alone, says that the thing does it
DOER_ASKED_RE = re.compile(
    r"(?:^|(?<=[.!?;] ))(?:(?:and|so|now|then|okay|ok),? )?(?:guess )?"
    r"(?:who|what)(?:'s|(?P<who_plural>'re)| (?P<verb>[a-z]+))"
    r"(?P<rest>(?: [^.!?;]*?)?)\? (?:it's |that's |it is )?"
    rf"(?P<answer>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+))(?=[.!]|$|, (?:which|that|who) )")
_BEING = frozenset(("is", "are", "was", "were"))
# "who's walking?", "what's on the left?": being that tells an act or a place ("who's there?" asks who it is)
_PLACE_OR_DOING_RE = re.compile(r"^ (?:[a-z]+ing|on|in|at|from|to|near|by|beside|under|over|still)\b")


def _doer_answered(match: re.Match) -> str:
    """The answer said doing what the question asked who did; a question whose verb helps another before a subject
    ("what did the cat chase?", "what is the dog chasing?") asks for an object and is left as it is."""
    verb = match["verb"] or ("are" if match["who_plural"] else "is")
    if noun_class(match["noun"]) is None or (noun_class(verb) and verb not in VERB_KINDS):
        return match.group(0)
    if verb in _BEING:
        if not _PLACE_OR_DOING_RE.match(match["rest"]):
            return match.group(0)
    elif verb in AUXILIARY_VERBS or not (third_person_form(verb) or verb in VERB_KINDS):
        return match.group(0)
    return f"{match['answer']} {verb}{match['rest']}"


# the parts of the clip a question asks after ("in the second half?", "by the end?"), and the words that order them
_CLIP_PARTS = ("half", "start", "end", "beginning", "finish", "middle", "close")
_CLIP_ORDERS = ("first", "second", "opening", "closing", "final", "last", "latter", "very")


def _clip_time(orders: tuple[str, ...] = (), parts: tuple[str, ...] = ()) -> str:
    """A part of the clip led by its preposition, "in the second half", "by the end of the video", with the ``orders``
    and ``parts`` one question also asks after."""
    return (r"(?:in|during|for|at|by|near|toward|towards) (?:the )?(?:(?:" + "|".join(_CLIP_ORDERS + orders) + r") )?"
            r"(?:" + "|".join(_CLIP_PARTS + parts) + r")(?: of the (?:clip|video|film|footage))?")


# "what's coming in the second half, friends? a dog, ...", "what awaits us at the end? two cars.", "what do we get in
# the first half? a ball": a question on what a part of the clip brings, answered by a thing, is that thing then
TIME_BRINGS_RE = re.compile(
    r"(?:^|(?<=[.!?;] ))(?:(?:and|so|now|then|okay|ok),? )?what(?:'s| is| will be| comes| do we (?:get|see|have)"
    r"| awaits(?: us)?| have we got| (?:is|will be) in store)(?: (?:coming(?: up)?|next|in store|on the way|up|waiting"
    r"|arriving|showing up|turning up))? (?P<time>" + _clip_time(parts=("midpoint",)) + r")(?:, [a-z]+)?\? "
    rf"(?=(?:{COUNT_OR_DETERMINER}) )")

# "a ball in the first half, and in the second half? gone!", "..., and by the end? nothing": a part of the clip asked
# after alone in the clause a comma opens, answered at once, opens the answer's clause
TIME_ASKED_RE = re.compile(
    r", (?P<time>(?:(?:and|but|so|then|and then),? )?" + _clip_time(orders=("other",)) + r")\? (?=[a-z])")


# "which animal is gray? the dog.", "what animal is brown? the horse.", "which one was red? the ball, rolling left": a
# question on which thing has a colour ("what's red?" too), answered by the thing, is the statement that it has it
WHICH_COLOUR_RE = re.compile(r"(?:^|(?<=[.!?;:] ))" + WHICH_COLOUR_ASKED + r"\? (?:(?:it's|it is|that's|that is) )?"
                             r"(?P<answer>(?:the|a|an) [a-z]+(?: [a-z]+)?)(?=[.!;,]|$)")


def _colour_answered(text: str, match: re.Match) -> str:
    """``text`` with the answered question said as the thing's colour. The answer names a thing the prompt may bring in
    only after it ("which animal is gray? the dog. a dog and a cat run"): then the colour goes on that thing, which the
    answer only points at, so the thing is never drawn twice."""
    answer, colour = match["answer"], match["colour"]
    noun = answer.rsplit(" ", 1)[-1]
    if not noun_class(noun):
        return text
    kind = kind_pattern(noun)
    later = brought_in(kind, text, match.end())
    if later and not word_pattern(rf"\b{kind}").search(text[:match.start()]):
        at = later.end("article") + 1
        text = f"{text[:at]}{colour} {text[at:]}"
        return text[:match.start()] + text[match.end():].lstrip(".!;, ")
    return f"{text[:match.start()]}{answer} is {colour}{text[match.end():]}"


# "which animal runs left? a dog.", "what is rolling to the right? the red ball": a mover asked for by its verb and
# way, answered by the thing alone, is that thing going that way; read whole, the way stays in a question whose mover
# is named only after it, and a bare side there is lost. Tried only from a sentence's start
MOVER_ASKED_RE = re.compile(rf"(?:^|(?<=[.!?;] ))(?:(?:and|so|now|then|okay|ok),? )?(?:which [a-z]+|what|who)"
                            r"(?: (?P<aux>is|are|was|were))? (?P<verb>[a-z]+)(?P<way>(?: [a-z-]+){1,12}?)\? "
                            rf"(?P<answer>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ ){{0,2}}?[a-z]+)(?=\s*(?:[.!]|$))")


def _mover_answered(match: re.Match) -> str:
    """The answer doing what the question asks, where its verb is a move with a way said after it and the answer is
    a thing with no move of its own; else left as it is."""
    verb, answer = match["verb"], match["answer"]
    if VERB_KINDS.get(verb) not in MOVING_KINDS or not WAY_WORD_RE.search(match["way"]) or not nouns_in(answer) \
            or tells_own_move(answer):
        return match.group(0)
    if match["aux"]:
        nouns = nouns_in(answer)
        plural = singular(nouns[-1]) != nouns[-1] and not answer.startswith(("one ", "a ", "an "))
        aux = ("were" if plural else "was") if match["aux"] in ("was", "were") else ("are" if plural else "is")
        return f"{answer} {aux} {verb}{match['way']}"
    return f"{answer} {verb_said_of(verb, answer)}{match['way']}"


# "any horse yet? none in the first half.", "is there a dog so far? not in the first half.", "any sign of a cat? nope,
# not yet.", "was there a car at first? there wasn't.", "is a dog visible in the first half of the clip? no.": whether
# a thing is there, asked and answered by its absence, is that absence; a part of the clip said in the answer, else in
# the question, says when. An answer that grants the thing ("any horse? one, on the left.") is no absence and is left
# as it is
# "in the clip", "in this video", "in the scene": the whole clip, where a thing asked after is or is not
_IN_THE_CLIP = rf"in (?:the|this) (?:{'|'.join(CLIP_NOUNS)}|scene|picture|frame|shot)"
# "is there a dog", "any dogs", "was a dog"; or the thing alone asked after in the clip, "(a) dog in the clip?"
_WHETHER_THERE = (r"(?:(?:is|was) there (?:a|an|any)|(?:are|were) there(?: any)?"
                  r"|any (?:sign|trace|glimpse) of (?:a |an |the |any )?|any|(?:is|was|are|were) (?:an?|any)\b"
                  rf"|(?:an? )?(?=(?:[a-z-]+ )?[a-z]+ {_IN_THE_CLIP}\?))")
# when it is not there: "until the second half" whole, before the bare "until" a sighting's span allows
_WHEN_ABSENT = (r"(?:(?:until|till) (?:about |around )?(?:the )?(?:(?:second|later|latter) half|middle|midpoint)"
                rf"|(?:until|till) halfway|{SIGHTING_SPAN}|so far)")
# "is there a dog in the clip? no": the clip, the scene or the picture asked of is where it is not
_WHILE_ASKED = (rf"(?: (?:{_WHEN_ABSENT}(?: of (?:the|this) (?:{'|'.join(CLIP_NOUNS)}))?|at all|here|there|around"
                rf"|present|visible|in (?:sight|view)|{_IN_THE_CLIP}))")
# where such a question may open: a sentence or a line, after a filler ("so where was the cat?")
_QUESTION_OPENS = r"(?:^|(?<=[.!?;] )|(?<=\n))(?:(?:and|so|now|okay|ok|well),? )?"
# the answer ends with its clause, a part of the clip said or not; "not one, there are two cats" and "no, two." put a
# count right, no absence
_ANSWER_CLOSES = (rf"(?P<answered>{_WHILE_ASKED}?)(?=\s*(?:[.!;,]|$))"
                  rf"(?!,\s*(?:there (?:is|are|was|were)|{COUNT_WORDS}|\d+)\b)")
THERE_ASKED_ABSENT_RE = re.compile(
    rf"{_QUESTION_OPENS}{_WHETHER_THERE} ?"
    r"(?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
    rf"(?P<asked>{_WHILE_ASKED}{{0,2}})\? "
    r"(?P<refusal>(?:no|nope|nah)(?:,|\.|!)? )?(?P<none>(?:none|not one|not a single one|nothing|not|no"
    r"|there (?:is|was|are|were)(?:n't| not| none)(?: (?:one|any))?)\b)?"
    + _ANSWER_CLOSES
    # "... ? no. it rolls in later": the next sentence's pronoun is the thing asked after, arriving
    + r"(?:(?P<stop>[.!;] +)(?P<pronoun>it)\b(?! ?(?:is|was|are|were|'s|'re)\b))?")
# "was a bird present in the first half? no, two.": a count answering a question whether one is there puts the count
# right, "there are two birds", never an absence
COUNT_CORRECTED_RE = re.compile(
    rf"{_QUESTION_OPENS}{_WHETHER_THERE} ?"
    r"(?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
    rf"{_WHILE_ASKED}{{0,2}}\? (?:no|nope|nah),? (?P<count>{COUNT_WORDS}|\d+)(?=\s*(?:[.!;]|$))")
# "where was the cat in the second half? nowhere.", "where's the dog? nowhere to be seen yet.": where a thing is,
# answered that it is nowhere, is the same absence; a place answered ("on the left") or "nowhere near the box" is not
WHERE_ASKED_NOWHERE_RE = re.compile(
    rf"{_QUESTION_OPENS}where(?:'s| (?:is|was|are|were)) "
    r"(?:the|a|an|that|this|our|my|your) (?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
    rf"(?P<asked>{_WHILE_ASKED}{{0,2}})\? (?P<refusal>)(?P<none>nowhere)(?: to be (?:seen|found))?"
    + _ANSWER_CLOSES)


# the words one of those questions cannot do without, a cheap test before the pattern
_PRESENCE_ASKED_WORDS = ("there", "any", "present", "visible", "around", "in sight", "in view", "in the frame",
                         "in the shot", "here", "? n")


def _absence_answered(match: re.Match) -> str:
    """The absence the answer gives, said of the thing asked after; a noun naming no thing is left as it is."""
    if noun_class(match["noun"]) is None or not (match["refusal"] or match["none"]):
        return match.group(0)
    span = _span_in(match["answered"]) or _span_in(match["asked"])
    one = singular(match["noun"]) == match["noun"]
    absence = f"there {'is' if one else 'are'} no {match['thing']}{span}"
    pronoun = match.groupdict().get("pronoun")
    if not pronoun:
        return absence
    # "it rolls in" is "a ball rolls in": the one asked after, arriving
    arriving = f"{'an' if match['thing'][0] in 'aeiou' else 'a'} {match['thing']}" if one else pronoun
    return f"{absence}{match['stop']}{arriving}"


def _count_corrected(match: re.Match) -> str:
    """The count the answer gives, said of the thing asked after; a noun naming no thing is left as it is."""
    if noun_class(match["noun"]) is None:
        return match.group(0)
    one = match["count"] in ("one", "1")
    thing = singular(match["noun"]) if one else plural(singular(match["noun"]))
    return f"there {'is' if one else 'are'} {match['count']} {match['thing'][:-len(match['noun'])]}{thing}"


def _span_in(words: str) -> str:
    """The part of the clip said in ``words`` (" in the first half", " until the second half", " yet"), where one is;
    "so far" is "yet"."""
    found = re.search(rf" {_WHEN_ABSENT}\b", words)
    return "" if found is None else " yet" if found.group(0) == " so far" else found.group(0)


# "is that a ball rolling? yep, a moving ball, ...", "could it be a bird? yes! a bird flies ...": a question whether a
# thing is there, answered yes by a sentence naming a thing anew; tried from a sentence's start only
CONFIRMED_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?:(?:and|so|now|wait|okay|ok|hey),? )?"
                          r"(?:is|was|are|were|could|might|can) (?:that|this|it|those|these|there)(?: be| really)? "
                          r"(?P<asked>[^.!?;]{1,80})\? "
                          r"(?:yes|yep|yup|yeah|yea|aye|indeed|sure|sure is|it is|it sure is|that it is|you bet"
                          r"|absolutely|definitely|certainly|of course|correct)"
                          rf"(?:[,.!:]+| sir| indeed)* (?P<answer>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ ){{0,2}}[a-z]+)")
# "too", "also", "as well": a deed added to a thing already named ("a horse grazes too", "a dog also barks"), but one
# more of its kind where the thing says nothing but that it is there ("a pig too, on the right"), is set by the first
# ("a man sits beside him too") or comes in ("a dog runs in from the right too")
_TOO_RE = re.compile(r"\b(?:too|also|as well)\b")
_BY_THE_FIRST_RE = re.compile(r"\b(?:beside|with|next to|behind|near|by|after|alongside|following|joining|joins)"
                              r" (?:him|her|it|them|the first(?: one)?)\b")


def too_adds_one_more(sentence: str, kind: str) -> bool:
    """Whether ``sentence``, naming a thing of ``kind`` (a pattern) said before, adds one more by its "too" or
    "also" (see _TOO_RE); the one reading of those words for a yes-answer and for an answer named again."""
    if not _TOO_RE.search(sentence):
        return False
    return bool(re.search(rf"\b{kind},? (?:too|as well)\b", sentence) or _BY_THE_FIRST_RE.search(sentence)
                or _COMES_IN_RE.search(sentence))


def _one_more_told(clause: str, kind: str) -> bool:
    """Whether the answer's ``clause`` tells one more of ``kind`` (a pattern): a one-more word right before the kind
    ("another dog", "a new dog", "one more dog", "another one"), or a "too" that adds one; "a dog with a new collar",
    "a dog, further to the left" are the one dog."""
    return bool(re.search(rf"\b{ONE_MORE_OF_A_KIND} (?:[a-z-]+ ){{0,2}}?(?:{kind}|ones?\b)", clause)
                or too_adds_one_more(clause, kind))


def _tells_a_deed(clause: str, said: str) -> bool:
    """Whether the answer's ``clause`` says a verb of its own after the thing ``said`` ("a dog runs right", "a dog
    barks"), not only details ("a dog near the fence", "a dog with a red collar", "a dog, a small one")."""
    words = re.findall(r"[a-z]+", clause.partition(said)[2])
    return any(word in VERB_KINDS and (k == 0 or not re.fullmatch(COUNT_OR_DETERMINER, words[k - 1]))
               for k, word in enumerate(words))


# what a question may say after its thing and the answer take over: how it moves ("rolling"), where it is ("on the
# left", "in the top right corner"), that it is seen ("up there", "i see")
_ASKED_AFTER_RE = re.compile(r"(?: (?P<act>[a-z]+ing))?"
                             r"(?P<way> (?:to|towards?|from) the (?:left|right)| (?:left|right)(?:wards?)?(?! ?(?:there|"
                             r"here)\b))?"
                             r"(?P<place> (?:on|at|in|near|by) (?:the )?(?:far |upper |lower |top |bottom )?"
                             r"(?:left|right|top|bottom|middle|centre|center)(?: (?:left|right))?"
                             r"(?: (?:side|corner|edge|half))?(?: of the (?:frame|screen|picture|scene|clip))?)?"
                             r"(?: (?:up|over|down|out|right)? ?(?:there|here)| i see| you see| we see)?")
# where the answer's own clause ends: "yes, a cat, and another cat walks ..." confirms "a cat" alone
_CLAUSE_END_RE = re.compile(r"[.!?;]|, (?:and|then|while|but)\b")
_PLACE_WORD_RE = re.compile(rf"\b(?:{FRAME_PLACE_WORDS}|above|below)\b")


def _confirmed(match: re.Match) -> str:
    """The answer alone where it names anew a kind the question asked after, with what only the question said of it
    (its colour, size, place) carried over where the answer has none of its own: the question and its "yes" say that
    thing once, so it is never drawn twice; the question's way ("running left") is carried where the answer tells no
    deed of its own. Left as it is where the answer tells one more of the kind ("another dog", a "too" that adds one),
    a move to a side the question did not ask, or the question says more than a thing, its look, move and place."""
    asked = match["asked"]
    asked_nouns = nouns_in(asked)
    if not asked_nouns:
        return match.group(0)
    head = asked_nouns[0]
    kind = noun_class(head)[0]
    answer = match["answer"]
    said = next((noun for noun in nouns_in(answer) if noun_class(noun)[0] == kind), None)
    clause = answer + _CLAUSE_END_RE.split(match.string[match.end():], maxsplit=1)[0]
    if said is None or _one_more_told(clause, kind_pattern(said)):
        return match.group(0)
    head_at = re.search(rf"\b{head}\b", asked)
    after = _ASKED_AFTER_RE.fullmatch(asked[head_at.end():])
    if after is None:
        return match.group(0)
    answer_words = set(answer.split())
    carried = [word for word in asked[:head_at.start()].split()
               if not re.fullmatch(COUNT_OR_DETERMINER, word) and word not in answer_words
               and not (word in COLORS and answer_words & COLORS)
               and not (word in SIZE_FACTORS and answer_words & SIZE_FACTORS.keys())]
    told_of_it = after["place"] if after["place"] and not _PLACE_WORD_RE.search(clause) else ""
    if after["way"]:
        if _tells_a_deed(clause, said):
            if not _same_side(after["way"], clause):  # "... running left? yes, a dog runs right.": two told
                return match.group(0)
        elif VERB_KINDS.get(after["act"] or "") in MOVING_KINDS:  # "is that a dog running left? yes, a dog near
            told_of_it = f" {after['act']}{after['way']}{told_of_it}"  # the fence.": the way is the question's
    said_at = re.search(rf"\b{said}\b", answer)
    return (answer[:said_at.start()] + "".join(f"{word} " for word in carried) + said + told_of_it
            + answer[said_at.end():])


def _same_side(way: str, clause: str) -> bool:
    """Whether the answer's ``clause`` moves its thing to the side the question's ``way`` names, and to no other."""
    return set(re.findall(r"\b(left|right)", clause)) == set(re.findall(r"\b(left|right)", way))


def topics_asked_answered(text: str) -> str:
    """``text`` (lower case) with each thing asked after by name and answered with its subject left out said as one
    statement: "the car? drives from the left." is "the car drives from the left."; "which one is red? the ball." is
    "the ball is red"; "which animal runs left? a dog." is "a dog runs left"; "who barks? a dog." is "a dog barks".
    A thing asked after and answered yes, "is that a dog? yes, a dog.", is said once, the answer alone; and an answer
    named again by "a" opening the next sentence, "who barks? a dog. a dog runs left.", is that one thing, "the dog"."""
    if any(word in text for word in _PRESENCE_ASKED_WORDS):
        text = THERE_ASKED_ABSENT_RE.sub(_absence_answered, COUNT_CORRECTED_RE.sub(_count_corrected, text))
    if "nowhere" in text:
        text = WHERE_ASKED_NOWHERE_RE.sub(_absence_answered, text)
    if "? " in text:
        text = CONFIRMED_RE.sub(_confirmed, text)
    if "what" in text:
        text = TIME_BRINGS_RE.sub(lambda m: f"{m['time']}, ", text)
    if any(f"{part}? " in text for part in _CLIP_PARTS):
        text = TIME_ASKED_RE.sub(lambda m: f", {m['time']}, ", text)
    if "which" in text or "what" in text or "who" in text:
        for match in reversed(list(WHICH_COLOUR_RE.finditer(text))):
            text = _colour_answered(text, match)
        text = MOVER_ASKED_RE.sub(_mover_answered, text)
    if "who" in text or "what" in text:
        for match in reversed(list(DOER_ASKED_RE.finditer(text))):
            said = _doer_answered(match)
            if said != match.group(0):
                rest = _answer_named_again(text[match.end():], match["answer"], match["rest"])
                text = text[:match.start()] + said + rest
    return TOPIC_ASKED_RE.sub(_topic_answered, text)


# the gap between an answer and the next sentence's opening: "a horse. a horse and a cow graze", "a ball! then a ball"
_NEXT_SENTENCE_OPENING_RE = re.compile(r"[.!]+\s+(?:(?:then|and),? |" + RESTATING_OPENER + ")?")
# "a car, then another, drives left", "a swan and another glide": the thing named again with more of its kind counted
# by a bare "another" in its sentence is that count, the answer among them, so it keeps its "a"; "a swan and another
# swan" is the answer and one more; "new", "further" or "extra" alone name some other thing ("walks to a new spot")
_ONE_MORE_SAID_ALONE = r"(?:another|others?|one more|(?:a|the) (?:second|third|fourth)(?! (?:later|after|or|before)\b))"
_MORE_OF_IT = r"[^.!?]*?\b" + _ONE_MORE_SAID_ALONE + r"\b(?! (?:[a-z-]+ ){{0,2}}?(?:{kind})\b)"
# the next sentence bringing its thing in from elsewhere: "a dog runs in from the right", "a dog enters", "arrives"
_COMES_IN_RE = re.compile(r"\b(?:in from|into (?:view|sight|the (?:frame|scene|shot|picture))|(?:enter|arrive|appear"
                          r"|emerge)(?:s|d)?\b|(?:comes?|came|walks?|runs?|flies|rolls?|drives?) in\b)")
# a place, never a way: "on the left", "in the top right corner", not "walks to the right"
_SIDE_RE = re.compile(r"\b(?:on|at|in) the (?:far )?(?:(?:upper|lower|top|bottom) )?"
                      r"(left|right|top|bottom|middle|centre|center)\b")


def _answer_named_again(rest: str, answer: str, asked: str = "") -> str:
    """``rest``, the text after an answered question, with the answer's one thing brought in again by "a" at the next
    sentence's opening said with "the": "what is in the field? a horse. a horse and a cow graze" is one horse, as it
    is for a colour asked; "another horse", "a second horse" or a count is more of them, and stays, and so does one
    the next sentence brings in ("runs in from the right") or puts on a side the question (``asked``) did not name."""
    article, _, noun = answer.partition(" ")
    if article not in ("a", "an") or noun_class(noun.rsplit(" ", 1)[-1]) is None:
        return rest
    kind = kind_pattern(noun.rsplit(" ", 1)[-1])
    later = brought_in(kind, rest)
    if later is None or later["article"] not in ("a", "an") \
            or not _NEXT_SENTENCE_OPENING_RE.fullmatch(rest, 0, later.start("article")) \
            or re.match(_MORE_OF_IT.format(kind=kind), rest[later.end():]):
        return rest
    sentence = re.split(r"[.!?]", rest[later.end():], maxsplit=1)[0]
    if too_adds_one_more(rest[later.start():later.end()] + sentence, kind):  # "a man. a man sits beside him too."
        return rest
    sides_asked = set(_SIDE_RE.findall(asked))
    if _COMES_IN_RE.search(sentence) or (sides_asked and not set(_SIDE_RE.findall(sentence)) <= sides_asked):
        return rest
    return rest[:later.start("article")] + "the" + rest[later.end("article"):]


def end_asked_answered(text: str) -> str:
    """``text`` (lower case) with a question on where the move just told ends or starts, and its answer, said as that
    move's end or start (a question naming a thing the sentence before does not name is left as it is); a question
    on where a thing ends, asked before its move is told, and its answer, said as where it ends."""
    def said(match: re.Match) -> str:
        subject = match["subject"]
        if subject.startswith("the ") and not word_pattern(rf"\b{re.escape(subject[4:])}").search(match["told"]):
            return match.group(0)
        place = match["place"].strip()
        if not PLACE_LEAD_RE.match(place):
            place = f"on {place}" if place.startswith("the ") else f"on the {place}"
        starting = match["verb"] in ("start", "begin", "set off")
        return f"{match['told']}, {'starting' if starting else 'ending'} {place}"
    return END_ASKED_FIRST_RE.sub(_end_asked_first, END_ASKED_RE.sub(said, text))
