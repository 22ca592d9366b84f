"""A prompt written as a quiz or FAQ: "Q: What rolls? A: A ball. Q: Where from? A: The left." or bare questions
answered in turn ("How many dogs? Two. Anything else? No.").

No answer means anything without its question, and the word-by-word pass reads a question as a clause of its
own, so each pair is said here as the statement it makes:
- a thing asked for ("what's shown? a dog and a car", "the first thing? a cat") is named;
- a thing asked by name alone and answered by its verb ("the car? drives to the left.", "and the ball? stays
  still.") is one statement, the thing doing what the answer says;
- a count ("how many cars? three", "how many? four") is put on the things it counts, where they were named;
- a colour ("what colour is the ball? yellow", "the dog's colour? green", "its colour?", "and the cat? orange", "which
  animal is gray? the dog") is put on the thing it colours, where it was named;
- a thing an answer only named ("... the dog.") that a sentence of prose then brings in ("a gray dog and a white cat
  sit") is that same thing, told once, where the prose tells it, unless the prose tells of another ("a brown dog",
  "a second dog");
- a mover ("what rolls? a ball", "what runs left? a dog", its way each pair's own) makes the clause that its places
  fill, unless the answer tells the move in a clause of its own ("what moved? from the left, a cat walked to the
  right"), which is said as it is: "where from? the left", "where does it end? on the right of the dog", "which
  way? from ... to ...", "its stops? lower right first, then ..."; an answer naming no way ("which way? it just
  rolls") leaves the move without one;
- a thing passed or kept still ("past what? a car that stays put", "what stays still? a dog") stays still;
- halves answered yes or no ("is there a car in the first half? no. in the second? yes") say when it is seen;
- how the shot is taken ("which view? overhead", "how is it filmed? from above") is the camera's;
- "anything else? no" and "what else? nothing" add nothing;
- what stands by a thing the question names ("what sat beside the red box? a blue ball") is the answer's thing there,
  the pronoun answering what a thing did ("what did the cat do? it ran ...") that thing, a gone said with the
  pronoun ("it had left") a no, the way asked after a move told with no side ("a bird flew across. which way? ...")
  that move's way, and a view said before a question ("from overhead, where did it go?") the camera's; one end asked
  and the whole route told ("where to? from the left to the right") is that route; a stage
  direction's brackets are no part of the question after them.
A pair none of these fits is said as a transcript's question and answer are. A single such pair in a prompt that is no
quiz is read by `questions_in_prose`, with this module's words for things and moves.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .satnav_projection_and_dispatch_voices import PRONOUN_LEFT_RE
from .transcript_voice import ANSWER_PRONOUN_RE, answered
from .vocabulary import COLORS, MOVING_KINDS, NUMBER_WORDS, VERB_KINDS
from .word_guessing import third_person, third_person_form

QA_LABEL_RE = re.compile(r"(?:^|(?<=[\s.?!]))(?:Q|A|Question|Answer)\s*[:.]\s+")
_SENTENCE_RE = re.compile(r"[^.?!]+[.?!]*")
_QUESTION_OPENING_RE = re.compile(r"^(?:and |so |then )?(?:what|which|who|where|when|how|is|are|does|do|any|anything|its|their|"
                                  r"the)\b")
_LEAD_RE = re.compile(r"^(?:and|so|then|okay|ok|now|also)\b,?\s*")
# "second half? gone.", "and at the end? nowhere.": an answer that the thing is not there is a "no"
_NEGATIVE_RE = re.compile(r"^(?:no|nothing|none|nope|not a thing|not there|gone|vanished|absent|nowhere)\b")
_YES_RE = re.compile(r"^(?:yes|yeah|yep|sure)\b[,.!]?\s*")
_COUNT_RE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b")
_HOW_MANY_RE = re.compile(r"^(?:how many|(?:what is )?the (?:number|count) of|(?:number|count) of)\b(?P<rest>.*)$")
_COLOUR_WORD = r"colou?r"
_COLOUR_QUESTION_RE = re.compile(rf"^(?:what {_COLOUR_WORD} (?:is|are|was|were) (?P<a>.+)|(?:what is )?the {_COLOUR_WORD} of "
                                 rf"(?P<d>.+)|(?P<b>.+?) (?:is|are|was|were) what {_COLOUR_WORD}"
                                 rf"|(?P<c>.+?)(?:'s?)? {_COLOUR_WORD}|(?P<its>its|their) {_COLOUR_WORD}|"
                                 rf"(?:what )?{_COLOUR_WORD})$")
# "what flies across?" after a colour answered asks a thing of its own; "and the cat?" asks the cat's colour
_ASKING_WORD_RE = re.compile(r"^(?:what|which|who|whom|where|when|how|why)\b")
_HALF_RE = re.compile(r"\b(?P<half>first|second|1st|2nd|opening|last|closing|final) half\b")
# "is the cat there at the start? no": a moment answered yes or no says which half it is seen in
_MOMENT_RE = re.compile(r"\b(?:at (?:the )?(?P<early>start|beginning|outset|first)|at the (?:end|close)|by the end|later on|"
                        r"later)\b")
_WHICH_HALF_RE = re.compile(r"^(?:which half|when)\b")
_AFTER_RE = re.compile(r"^(?:after that|afterwards|later|and later|what about after)$")
_VIEW_RE = re.compile(r"\b(?:view|camera|angle|filmed|shot|seen|viewpoint|perspective|vantage)\b")
_ELSE_RE = re.compile(r"\b(?:else|other|besides|further)\b")
_STILL_SAID_RE = re.compile(r"\b(?:stays?|remains?|keeps?|stands?|sits?|waits?|rests?) (?:still|put|in place|where it is|"
                            r"motionless)\b"
                            r"|\b(?:does not|doesn't|never) move\b|\bstationary\b|\bparked\b")
_STILL_ASKED_RE = re.compile(r"^(?:what|which [a-z]+|who) (?:stays?|remains?|keeps?|stands?|sits?|is) (?:still|put|in place|"
                             r"stationary|"
                             r"motionless|where it is)$|^what (?:does not|doesn't) move$")
_PASSED_RE = re.compile(r"^(?:past|by|around|beside) (?:what|which [a-z]+|whom)$|^what (?:does|do|did) (?:it|they|the [a-z]+) "
                        r"(?:pass|[a-z]+ (?:past|by))$")
# "what runs left? a dog.": the way asked with the verb is the mover's, each pair's its own
_MOVER_RE = re.compile(r"^(?:what|which [a-z]+|who)(?: (?:is|are))? (?P<verb>[a-z]+)(?P<way> .*)?$")
# "the dog", "a gray dog": an answer that only names one thing
_BARE_THING_RE = re.compile(r"^(?:a|an|the|one) (?P<said>(?:[a-z-]+ ){0,2}?)(?P<noun>[a-z]+)$")
# "which animal is gray", "which ones were red", "what's red", "which one's blue": which thing has a colour (a pattern
# fragment: the quiz reads the question alone, `questions_in_prose` with its answer after it)
WHICH_COLOUR_ASKED = (r"(?:(?:which|what)(?: [a-z]+)?(?: one)? (?:is|was|are|were) |(?:which|what)(?: one)?'s )"
                      r"(?P<colour>" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")")
_WHICH_COLOUR_RE = re.compile(rf"^{WHICH_COLOUR_ASKED}$")
_DOING_RE = re.compile(r"^what (?P<aux>is|are) (?P<subject>it|they|the [a-z]+) doing\b")
# "what did the dog do? it walked ...": the answer's pronoun is the thing asked about
_DID_RE = re.compile(r"^what (?:did|does|do|was|were|is|are) "
                     r"(?P<subject>(?:the|a|an|that|this) (?:[a-z]+ ){0,2}?[a-z]+)"
                     r" (?:do|doing)$")
SIDE_WORDS = r"(?:left|right|top|bottom|middle|centre|center|corner|side|edge)"
# "what was next to the green cat? a gray bird": the thing asked for stands where "what" does; "what was on the
# left?" asks for a side of the frame, no thing's
_RELATION_ASKED_RE = re.compile(r"^(?:what|who|which [a-z]+) (?P<rest>(?:is|was|are|were|stood|stands|sat|sits|lay|lies"
                                r"|waited|waits|stayed|stays) (?:right )?(?:next to|beside|near|by|behind|in front of"
                                r"|alongside|close to|opposite|with|on|under|above|below|to the (?:left|right) of"
                                rf"|left of|right of) (?!(?:the )?(?:far |upper |lower )?{SIDE_WORDS}\b).+)$")
# "seen from above, where did the dog go?": the view said before the question is the camera's
_FRONTED_VIEW_RE = re.compile(r"^(?P<view>(?:(?:seen|viewed|filmed|shot|looking down) )?from (?:above|overhead|the side"
                              r"|below|the top)"
                              r"|(?:seen|viewed|filmed|shot) (?:from )?(?:overhead|top-down|top down)"
                              r"|(?:in )?(?:a |the )?(?:top-down|overhead|side|aerial) (?:view|shot))"
                              r", (?P<question>.+)$")
_FROM_RE = re.compile(r"^(?:where from|from where|where does (?P<s1>.+?) (?:start|begin|come from|set off|enter|come in)"
                      r"|(?:which|what) side(?: of the (?:frame|screen|picture))? (?:does|do|did) (?P<s3>.+?) "
                      r"(?:start|begin|enter)(?: on| from| at)?"
                      r"|where (?:is|are) (?P<s2>.+?) at (?:the|first) ?(?:start|beginning)?|start|begin|starting point"
                      r"|where (?:first|at first|initially|at the start)|(?:at )?first)$")
_TO_RE = re.compile(r"^(?:where to|to where|where does (?P<s1>.+?) (?:end|finish|stop|end up|go to)|end|finish|finishing point|"
                    r"end point"
                    r"|(?:where )?(?:finally|last|at the end|in the end))$")
_NEXT_RE = re.compile(r"^(?:next|then|and then|then where|after that|where next|where does (?P<s1>.+?) (?P<verb>[a-z]+) (?:next|"
                      r"first|then"
                      r"|after that))$")
_PATH_RE = re.compile(r"^(?:(?:which|what) (?:way|direction)(?: (?:does|do|did) (?P<s3>.+?) [a-z]+)?|from where to where|"
                      r"in which direction"
                      r"|where (?:does|do|did) (?P<s1>.+?) go"
                      r"|(?:its|their|(?P<s2>the [a-z]+)'s?) (?:(?:two|three|four) )?(?:path|route|way|direction|stops|course|"
                      r"journey))$")
# "from the left side to the right side": an answer telling the whole route, whichever end was asked
_SIDE = r"(?:the |its )?(?:far |very )?(?:left|right|top|bottom|upper|lower|middle|centre|center)\b"
_WHOLE_ROUTE_RE = re.compile(rf"^from {_SIDE}.*? to {_SIDE}")
PLACE_LEAD_RE = re.compile(r"^(?:on|at|in|from|to|toward|towards|into)\s+")
_STOP_RE = re.compile(r"\s*(?:,\s*(?:and )?(?:then )?|\bthen\b|\band\b)\s*")
_ORDER_WORD_RE = re.compile(r"\s*\b(?:first|last|finally|next|at the end|to start)\b\s*")


# a word that says where or which way a thing goes; an answer to "which way?" with none of them says no way
WAY_WORD_RE = re.compile(r"\b(?:left|right|top|bottom|middle|centre|center|corner|side|edge|up|down|upwards?|downwards?|"
                         r"leftwards?"
                         r"|rightwards?|north|south|east|west|toward|towards|away|back|forth|around|round|into|onto|out|off"
                         r"|over|under|past|through|behind|front|clockwise|anticlockwise|counterclockwise|from|to|across"
                         r"|closer|farther|nearer|further)\b")

_SIDE_TOLD_RE = re.compile(rf"\b{SIDE_WORDS}\b")
# "the left, then the middle", "from the left to the right": more than one place, so the answer is a path
_STOPS_LISTED_RE = re.compile(r",|\b(?:then|from|and|before|after|via|through)\b")
# what opens a thing's name: its article, owner or count
COUNT_OR_DETERMINER = "|".join(("the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those",
                                *(word for word in NUMBER_WORDS if word.isalpha())))
_TOPIC_RE = re.compile(rf"(?:[a-z]+, )?(?P<topic>(?:{COUNT_OR_DETERMINER}) (?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+))")


def topic_told(asked: str, answer: str) -> str | None:
    """"the car" asked, "drives to the left" answered: "the car drives to the left"; None where the question is more
    than a thing's name or the answer does not open on a verb of its own."""
    topic, verb = _TOPIC_RE.fullmatch(asked), answer.split(" ", 1)[0]
    if topic is None or noun_class(topic["noun"]) is None or (noun_class(verb) and verb not in VERB_KINDS) \
            or not (third_person_form(verb) or verb in VERB_KINDS):
        return None
    return f"{topic['topic']} {answer}"


# "it was gone", "they had vanished", "it wasn't there": the thing's going said with its pronoun, with no way or
# place after it ("it had gone to the left" is a move); read with the satnav's PRONOUN_LEFT_RE where an answer
# tells the thing went
PRONOUN_GONE_RE = re.compile(r"\b(?P<who>it|they|he|she) (?:(?:was|is|were|are|had|has|have)(?: already)? "
                             r"(?:gone|vanished|disappeared|absent|nowhere|not there|no longer there)"
                             r"|(?:wasn't|isn't|weren't|aren't|was not|is not|were not|are not) there"
                             r"|vanished|disappeared)\b"
                             r"(?! (?:to|into|towards?|over|across|through|up|down|back|from|off)\b)")


def looks_like_quiz(prompt: str) -> bool:
    """Whether ``prompt`` is questions answered in turn: "Q:"/"A:" labels, or at least two bare questions
    each followed by its short answer, the first opening the prompt."""
    if "?" not in prompt:
        return False
    labels = QA_LABEL_RE.findall(prompt)
    if len(labels) >= 2:
        return any(label.startswith("Q") for label in labels) and any(label.startswith("A") for label in labels)
    pairs = _pairs(prompt.lower())
    return len(pairs) >= 2 and pairs[0][0] == 0 and all(_QUESTION_OPENING_RE.match(_LEAD_RE.sub("", q)) or len(q.split()) <= 3
                                                          for _, q, a in pairs) and all(len(a.split()) <= 16 for _, _, a in pairs)


def _pairs(text: str) -> list[tuple[int, str, str]]:
    """(index of the question's sentence, question, answer) for each question that an answer follows."""
    sentences = [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip(" .?!")]
    pairs = []
    for index, sentence in enumerate(sentences):
        if sentence.endswith("?") and index + 1 < len(sentences) and not sentences[index + 1].endswith("?"):
            pairs.append((index, sentence.rstrip("?").strip(), sentences[index + 1].rstrip(".!").strip()))
    return pairs


def tells_own_move(answer: str) -> bool:
    """An answer with a moving verb of its own after its thing ("from the left, a cat walked to ..."), not a name
    ("a walking dog", "a ball")."""
    words = re.findall(r"[a-z]+", answer)
    named = next((k for k, word in enumerate(words) if noun_class(word) is not None), len(words))
    return any(VERB_KINDS.get(word) in MOVING_KINDS and not word.endswith("ing") for word in words[named + 1:])


def nouns_in(phrase: str) -> list[str]:
    return [word for word in re.findall(r"[a-z]+", phrase) if noun_class(word) is not None]


def _the(place: str) -> str:
    place = PLACE_LEAD_RE.sub("", place.strip())
    return place if place.startswith(("the ", "a ", "an ")) else f"the {place}"


# "a second dog", "another dog", "the other dog", "one more dog": words that tell of one more thing of a kind already
# named ("too" and "also" are read apart, by questions_in_prose.too_adds_one_more)
ONE_MORE_OF_A_KIND = r"(?:another|second|third|fourth|others?|further|new|different|one more|extra|additional)"
ONE_MORE_OF_A_KIND_RE = re.compile(rf"\b{ONE_MORE_OF_A_KIND}\b")


def _told_alike(answered: list[str], prose: list[str]) -> bool:
    """Whether the prose's words before a noun can tell of the thing an answer named with its own: no further one
    ("a second dog") and no colour other than the answer's ("a brown dog" after "which one is gray? the dog")."""
    prose_colours = {word for word in prose if word in COLORS}
    answered_colours = {word for word in answered if word in COLORS}
    further_one = ONE_MORE_OF_A_KIND_RE.search(" ".join(prose)) is not None
    return not further_one and (not prose_colours or prose_colours == answered_colours)


class _Quiz:
    """What the answers have said so far, and the statements they make."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.last_thing: str | None = None
        self.last_kind: str | None = None
        self.mover: dict | None = None
        self.halves: dict[str, dict] = {}

    # things -----------------------------------------------------------------------------------------------
    def named_again_in_prose(self, sentence: str) -> None:
        """A sentence of prose among the pairs: a thing it brings in ("a gray dog and a white cat sit") that an answer
        only named before ("which animal is gray? the dog.") is that same thing, told once, with the answer's colour;
        one of another colour or told as a further one ("a brown dog", "a second dog") is a thing of its own."""
        for index, statement in enumerate(self.said):
            answered = _BARE_THING_RE.match(statement)
            if answered is None or noun_class(answered["noun"]) is None:
                continue
            said = answered["said"].split()
            mentions = re.finditer(rf"\b(?:a|an|one) (?P<said>(?:[a-z-]+ ){{0,2}}?){re.escape(answered['noun'])}\b",
                                   sentence)
            mention = next((found for found in mentions if _told_alike(said, found["said"].split())), None)
            if mention is None:
                continue
            colours = [word for word in said if word in COLORS]
            if colours and not any(word in COLORS for word in mention["said"].split()):
                at = mention.start("said")
                sentence = f"{sentence[:at]}{' '.join(colours)} {sentence[at:]}"
            self.said[index] = ""
        self.name(sentence)

    def name(self, answer: str) -> None:
        nouns = nouns_in(answer)
        if nouns:
            self.last_thing = nouns[-1]
        self.said.append(answer)

    def still(self, answer: str) -> None:
        """A thing kept still, said before the mover's clause, which may name it as "the ball"."""
        if self.mover is None:
            self.name(answer)
            return
        at = self.mover["slot"]
        self.said.insert(at, answer)
        for record in (self.mover, *self.halves.values()):  # statements held for later filling move down one
            if record["slot"] >= at:
                record["slot"] += 1

    def subject_of(self, phrase: str | None) -> str | None:
        """The thing ``phrase`` names, or the one last named for "it", "its" or nothing."""
        if phrase is None or phrase.strip() in ("it", "they", "its", "their"):
            return self.last_thing
        nouns = nouns_in(phrase)
        return nouns[-1] if nouns else self.last_thing

    def count(self, rest: str, answer: str) -> None:
        """"how many (cars)? three": the count put on the things where they were named."""
        number = _COUNT_RE.search(answer)
        thing = self.subject_of(rest)
        if number is None or thing is None:
            self.said.append(answer)
            return
        plural = thing if singular(thing) != thing else thing + "s"
        bare = re.compile(rf"(?<!{number.group(0)} )\b{re.escape(plural)}\b")
        single = re.compile(rf"\b(?:a|an|the|one) (?P<said>(?:[a-z]+ )?){re.escape(singular(thing))}\b")
        for index, statement in enumerate(self.said):
            if bare.search(statement) and not _COUNT_RE.search(statement):  # "cars, moving": "three cars, moving"
                self.said[index] = bare.sub(f"{number.group(0)} {plural}", statement, count=1)
                return
            if number.group(0) not in ("one", "1") and single.search(statement):  # "a red car": "two red cars"
                self.said[index] = single.sub(lambda m: f"{number.group(0)} {m['said']}{plural}", statement, count=1)
                return
        self.said.append(answer if nouns_in(answer) else f"{number.group(0)} {plural}")
        self.last_thing = thing

    def colour(self, thing: str | None, answer: str) -> None:
        """"what colour is the ball? yellow": the colour put on the ball where it was named."""
        colour = next((word for word in re.findall(r"[a-z]+", answer) if word in COLORS), None)
        if colour is None or thing is None:
            self.said.append(answer)
            return
        self.last_thing = thing
        # "two balls": "two red balls"
        mention = re.compile(rf"\b(a|an|the|one|two|three|four|five|six|\d+) ({re.escape(thing)})\b")
        for index, statement in enumerate(self.said):
            if mention.search(statement):
                self.said[index] = mention.sub(lambda m: f"{'a' if m.group(1) == 'an' else m.group(1)} {colour} {m.group(2)}",
                                               statement, count=1)
                return
        self.said.append(f"a {colour} {thing}")

    # halves -----------------------------------------------------------------------------------------------
    def half(self, thing: str | None, half: str, there: bool, answer: str) -> None:
        """Whether ``thing`` is seen in ``half``, said as the half it alone is seen in."""
        if thing is None:
            self.said.append(answer)
            return
        self.last_thing = thing
        record = self.halves.get(thing)
        if record is None:
            record = self.halves[thing] = {"said": f"a {thing}", "first": None, "slot": len(self.said)}
            self.said.append("")
        # one half answered: the other is the opposite
        record["first"] = there if half in ("first", "1st", "opening") else not there
        described = re.sub(r"\bone\b", thing, re.split(r"[.;]", answer)[0]).strip(" ,")
        if there and thing in nouns_in(described) and described.startswith(("a ", "an ", "the ")):
            record["said"] = described  # "yes, a moving car": the car as the answer describes it
        first = record["first"]
        self.said[record["slot"]] = f"{record['said']}, visible only in the {'first' if first else 'second'} half"

    # the mover --------------------------------------------------------------------------------------------
    def move(self, subject: str, verb: str) -> None:
        self.mover = {"subject": subject, "verb": verb, "start": None, "stops": [], "path": "", "slot": len(self.said)}
        self.last_thing = (nouns_in(subject) or [self.last_thing])[-1]
        self.said.append("")
        self._render()

    def _ensure_mover(self, phrase: str | None, verb: str | None = None) -> dict:
        if self.mover is None:
            thing = self.subject_of(phrase)
            if self._mover_taken_from_last_told(thing, verb):
                return self.mover
            self.move(f"the {thing}" if thing else "it", verb or "moves")
        elif verb and self.mover["verb"] == "moves":
            self.mover["verb"] = verb
        return self.mover

    def _mover_taken_from_last_told(self, thing: str | None, verb: str | None) -> bool:
        """"a flying bird went across. in which direction? from the right ...": the move told just before, with no
        side of its own, is the one whose way the answer gives; it becomes the mover, said where it was told."""
        told = self.said[-1] if self.said else ""
        if verb or thing is None or thing not in nouns_in(told) or not tells_own_move(told):
            return False
        if _SIDE_TOLD_RE.search(told):
            return False
        self.mover = {"subject": told, "verb": "", "start": None, "stops": [], "path": "", "slot": len(self.said) - 1}
        self.last_thing = thing
        return True

    def place(self, phrase: str | None, answer: str, at_start: bool = False, verb: str | None = None) -> None:
        """A place the mover starts at, or (in the order asked) goes to next."""
        mover = self._ensure_mover(phrase, verb)
        places = [_the(place) for place in _STOP_RE.split(_ORDER_WORD_RE.sub(" ", answer)) if place.strip()]
        if at_start and places:
            mover["start"] = places[0]
            places = places[1:]
        mover["stops"].extend(places)
        self._render()

    def path(self, phrase: str | None, answer: str) -> None:
        """A whole path ("from the left of the car to its right") or its stops in order ("lower right, then ..."); an
        answer naming no way ("it just rolls", "no idea") leaves the move without one, its verb the answer's if it has one."""
        mover = self._ensure_mover(phrase)
        if not WAY_WORD_RE.search(answer):
            told = ANSWER_PRONOUN_RE.match(answer)
            if told and any(VERB_KINDS.get(word) for word in re.findall(r"[a-z]+", answer[told.end():])):
                mover["verb"] = answer[told.end():].strip(" .!")
                self._render()
            return
        if answer.startswith("from ") or " to " in answer:
            mover["path"] = " " + answer
            self._render()
            return
        self.place(phrase, answer, at_start=mover["start"] is None)

    def _render(self) -> None:
        mover = self.mover
        said = f"{mover['subject']} {mover['verb']}{mover['path']}"
        said += f" from {mover['start']}" if mover["start"] else ""
        said += "".join((" to " if index == 0 else ", then to ") + stop for index, stop in enumerate(mover["stops"]))
        self.said[mover["slot"]] = said


def verb_said_of(verb: str, subject: str) -> str:
    """"rolls" for "a ball", "roll" kept for "balls"."""
    nouns = nouns_in(subject)
    plural = bool(nouns) and singular(nouns[-1]) != nouns[-1] and not subject.startswith(("one ", "a ", "an "))
    if plural and verb.endswith("s") and verb[:-1] in VERB_KINDS:
        return verb[:-1]
    if plural and verb.endswith("ies") and verb[:-3] + "y" in VERB_KINDS:
        return verb[:-3] + "y"
    return verb


def quiz_in_plain_words(prompt: str) -> str:
    """``prompt``'s questions and answers as the statements they make (lower case)."""
    text = QA_LABEL_RE.sub("", prompt).lower()
    text = re.sub(r"\b(what|where|who|that|it|there)'s\b", r"\1 is", text)
    # "(whereupon the clip was played.) q. how many ...": a stage direction's brackets are no part of the question
    sentences = [s.strip(" ()[]") for s in _SENTENCE_RE.findall(text) if s.strip(" .?!()[]")]
    quiz = _Quiz()
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        if not sentence.endswith("?") or index + 1 >= len(sentences) or sentences[index + 1].endswith("?"):
            if not sentence.endswith("?"):
                quiz.named_again_in_prose(sentence.rstrip(".!"))
            index += 1
            continue
        _say(quiz, sentence.rstrip("?").strip(), sentences[index + 1].rstrip(".!").strip())
        index += 2
    return " ".join(s.rstrip(",") + "." for s in quiz.said if s)


def _gone_said_with_pronoun(answer: str) -> bool:
    """"it was gone.", "they had left": the thing's going, a "no"; "it was left of the box" gives a side, no going."""
    return bool(PRONOUN_GONE_RE.match(answer) or PRONOUN_LEFT_RE.match(answer))


def _say(quiz: _Quiz, question: str, answer: str) -> None:
    """One question and its answer, said as what they tell."""
    asked = _LEAD_RE.sub("", question) or question  # "and the cat": "the cat"; "then" alone is the question
    fronted = _FRONTED_VIEW_RE.match(asked)
    if fronted:
        view = fronted["view"]
        said_as_a_view = view.startswith(("seen", "viewed", "filmed", "shot", "looking")) \
            or view.endswith(("view", "shot"))
        quiz.said.append(view if said_as_a_view else f"seen {view}")
        asked = question = fronted["question"]
    if (told := topic_told(asked, answer)) is not None:  # "the car? drives to the left.": one statement
        quiz.name(told)
        return
    kind, quiz.last_kind = quiz.last_kind, None
    negative = bool(_NEGATIVE_RE.match(answer) or _gone_said_with_pronoun(answer))
    if _ELSE_RE.search(asked) and "half" not in asked:
        if not negative:
            quiz.name(answer)
        return
    yes_or_no = bool(_YES_RE.match(answer)) or negative
    half = _HALF_RE.search(asked) or (_HALF_RE.search(answer) if _WHICH_HALF_RE.match(asked) or _AFTER_RE.match(asked) else None)
    moment = _MOMENT_RE.search(asked) if yes_or_no and not half else None
    if half or moment:
        nouns = nouns_in(asked) or ([] if yes_or_no else nouns_in(answer))
        thing = nouns[-1] if nouns else quiz.last_thing
        there = not (negative or " no " in f" {answer} ")
        said = half.group("half") if half else "first" if moment.group("early") else "second"
        quiz.half(thing and singular(thing), said, there, _YES_RE.sub("", answer))
        return
    how_many = _HOW_MANY_RE.match(asked)
    if how_many:
        quiz.count(how_many.group("rest"), answer)
        return
    colour = _COLOUR_QUESTION_RE.match(asked)
    if colour or (kind == "colour" and len(asked.split()) <= 3 and nouns_in(asked) and not _ASKING_WORD_RE.match(asked)):
        quiz.last_kind = "colour"
        phrase = (colour.group("a") or colour.group("b") or colour.group("c") or colour.group("d")) if colour else asked
        quiz.colour(quiz.subject_of(phrase), answer)
        return
    which_colour = _WHICH_COLOUR_RE.match(asked)
    if which_colour and _BARE_THING_RE.match(answer) and nouns_in(answer):
        quiz.colour(nouns_in(answer)[-1], which_colour["colour"])
        return
    if _VIEW_RE.search(asked) or asked in ("view", "camera"):
        quiz.said.append(f"seen {answer}" if "from " in answer else answer if "view" in answer else f"{answer} view")
        return
    if _STILL_ASKED_RE.match(asked) or _PASSED_RE.match(asked):
        still = re.sub(r",? (?:which|that|who) "
                       r"(?=(?:stays?|remains?|keeps?|stands?|sits?|waits?|rests?|is|does|doesn't|never)\b)", " ", answer)
        quiz.still(still if _STILL_SAID_RE.search(still) else f"{still} stays still")
        return
    if yes_or_no and not nouns_in(answer):
        quiz.said.append(answered(question, answer).rstrip("."))  # "is it rolling? yes": no place, no thing
        return
    start, end, onward, path = _FROM_RE.match(asked), _TO_RE.match(asked), _NEXT_RE.match(asked), _PATH_RE.match(asked)
    if (start or end) and _WHOLE_ROUTE_RE.match(answer):
        asked_end = start or end  # "where to? from the left to the right": one end asked, the whole route told
        quiz.path(asked_end["s1"] or asked_end.groupdict().get("s2"), answer)  # only _FROM_RE has an "s2"
        return
    if start:
        quiz.place(start.group("s1") or start.group("s2") or start.group("s3"), answer, at_start=True)
        return
    if end or onward:
        found = end or onward
        verb = onward.group("verb") if onward and onward.group("verb") else None
        subject = found.group("s1")
        first_of_all = bool(onward) and asked.endswith(" first") and quiz.mover is None  # no start told: "first" is it
        quiz.place(subject, answer, at_start=first_of_all, verb=verb and third_person(verb))
        return
    if path and path["s1"] and not _STOPS_LISTED_RE.search(answer):
        quiz.place(path["s1"], answer)  # "where did the dog go? to the right": one place is where it went, its goal
        return
    if path:
        quiz.path(path.group("s1") or path.group("s2") or path.group("s3"), answer)
        return
    did = _DID_RE.match(asked)
    pronoun = ANSWER_PRONOUN_RE.match(answer) or re.match(r"^(?:it|they|he|she)\b", answer)
    if did and pronoun:
        quiz.name(f"{did['subject']}{answer[pronoun.end():]}")
        return
    relation = _RELATION_ASKED_RE.match(asked)
    if relation and nouns_in(answer) and re.match(r"^(?:a|an|the|one|two|three|four|five|some)\b", answer) \
            and "," not in answer and not tells_own_move(answer):
        quiz.name(f"{answer} {relation['rest']}")
        return
    doing = _DOING_RE.match(asked)
    if doing and not nouns_in(answer):
        quiz.said.append(f"{doing.group('subject')} {doing.group('aux')} {answer}")
        return
    mover = _MOVER_RE.match(asked)
    if mover and VERB_KINDS.get(mover.group("verb")) in MOVING_KINDS and nouns_in(answer):
        if tells_own_move(answer):
            quiz.said.append(answer.rstrip("."))
            return
        subject = re.split(r",", answer)[0].strip()
        verb = mover.group("verb")
        way = mover["way"] if mover["way"] and WAY_WORD_RE.search(mover["way"]) else ""
        if verb.endswith("ing"):
            quiz.name(f"{subject}, {verb}{way}")
            return
        quiz.move(subject, verb_said_of(verb, subject) + way)
        return
    asks_for_a_thing = asked.startswith(("what", "which", "who", "the ")) or len(asked.split()) <= 2  # "object? a car"
    if nouns_in(answer) and not _YES_RE.match(answer) and not negative and asks_for_a_thing:
        quiz.name(answer)
        return
    quiz.said.append(answered(question, answer).rstrip("."))
