"""A sign-language gloss transcript put into the plain sentences the token pass reads.

An interpreter's gloss writes signs as capitalised words in the signer's order: the topic first and what is said of
it after, so a noun comes before its describing words and its count ("CAT LIVELY, TWO" is two lively cats), a
question the signer answers at once is part of the statement ("HOW-MANY? TWO.", "FIRST HALF? NOT-YET.", "OTHER
THING? NOTHING." is nothing else), verbs stand bare ("DRIVE", "RUN, RUN"), a point at a place is written with the
place after it ("IX-loc(lower left corner)", "IX-loc-right") and a bare point ("IX-loc THERE") or a classifier
("CL:VEHICLE", "CL:BENT-V") stands for the thing already named. Read as words, the gloss names its nouns twice and
its places as no path. Here it becomes English: the count and describing words before the noun, the noun named
with "a" once and "the" after, verbs in agreement with it, and the points a thing goes through one route, "a
moving car drives from the lower left corner to the lower right corner, then to the upper right corner".

A transcript often gives the same scene twice, once in gloss and once restated in plain words ("English: ...",
"[interp: ...]", "Translation: ..."). The two are one scene, so the restatement goes and the gloss, which tells
it all, is read; a gloss that names no thing is the part that goes instead.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, noun_class
from .tokens import plural
from .vocabulary import COLORS, MATERIAL_WORDS, MOVING_KINDS, NUMBER_WORDS, PLAIN_ADJECTIVES, SIZE_FACTORS, VERB_KINDS

# a point at a place, "IX-loc(lower left corner)", "IX(left of BALL)", "IX-loc-right"; a bare point, "IX-loc THERE"
_PLACE_POINT_RE = re.compile(r"\bIX(?:-[a-z]+)*\((?P<place>[^()]{1,60})\)"
                             r"|\bIX(?:-[a-z]+)*-(?P<side>left|right|top|bottom)\b")
_BARE_POINT_RE = re.compile(r"\bIX(?:-[a-z0-9]+)*(?: (?:THERE|THOSE|HERE|THAT|THIS|UP-THERE|OVER-THERE))?\b")
# "CL:VEHICLE", "CL:BENT-V", "CL:1(upright)": a classifier stands for the thing named
_CLASSIFIER_RE = re.compile(r"\bCL:[A-Za-z0-9-]+(?:\([^()]{0,40}\))?")
# a possessive point, "POSS-1" (my), "POSS-3" (his/her): whose the thing is, nothing drawn
_POSSESSIVE_RE = re.compile(r"\bPOSS(?:-[A-Za-z0-9]+)?\b")
# the marks that tell a gloss from a prompt in capitals (a telegram, a heading): a point, a classifier, or a question
# the signer answers at once ("FIRST HALF? NOT-YET"); a hyphened word is none, shouted prose has them ("LEFT-TO-RIGHT")
_GLOSS_MARK_RE = re.compile(r"\bIX\b|\bIX-|\bCL:[A-Z]|[A-Z]\? [A-Z]")
# the same scene again in plain words: "English: ...", "[interp: ...]", "(translation: ...)"
_RESTATING_LABEL = (r"(?:english|in english|in plain english|plain english|translation|translated|interp|interpretation"
                    r"|interpreter|voiced|voice-over)")
# an unbracketed restatement runs on to the end, or to the gloss's own label when it comes first ("English: ... ASL:")
_GLOSS_LABEL = r"\b(?:asl|bsl|auslan|lsf|gloss|signed|signing|signs?)(?: gloss)?\s*:"
RESTATEMENT_RE = re.compile(r"\[" + _RESTATING_LABEL + r"\b[^\[\]]*\]|\(" + _RESTATING_LABEL + r":[^()]*\)|\b"
                            + _RESTATING_LABEL + r": (?:(?!" + _GLOSS_LABEL + r")[^\[])*", re.IGNORECASE)
_GLOSS_LABEL_RE = re.compile(_GLOSS_LABEL, re.IGNORECASE)
# a question the signer answers at once: "HOW-MANY? TWO", "OTHER THING? NOTHING", "FIRST HALF? NOT-YET"
_ASKED_COUNT_RE = re.compile(r"\bHOW-MANY\?? ?")
_NOTHING_ELSE_RE = re.compile(r"\b(?:OTHER(?: THINGS?)?|ELSE|ANYTHING(?: ELSE)?)\?? (?:NOTHING|NONE)\b")
_ANSWERED_RE = re.compile(r"([A-Z])\? (?=[A-Z])")
# an article: a gloss never signs one, while prose shouted in capitals ("A BLACK-AND-WHITE CAT") always has them
_ARTICLE_RE = re.compile(r"\b(?:A|AN|THE)\b")
# three capitalised signs in a row, which a prompt in prose seldom holds
_SIGNS_RE = re.compile(r"\b[A-Z]{2,}[ ,.?!-]+[A-Z]{2,}[ ,.?!-]+[A-Z]{2,}\b")
_MARK_WORD_RE = re.compile(r"\bIX(?:-[a-z0-9]+)*(?:\([^()]{0,60}\))?|\([^()]*\)")
_SENTENCE_RE = re.compile(r"[^.!?;]+")
_WORD_RE = re.compile(r"@\d+|[A-Za-z]+(?:-[A-Za-z]+)*|,")
# the signs of a route that are no move of their own
_ROUTE_SIGNS = frozenset(("start", "starts", "begin", "arrive", "arrives", "then", "to", "from", "end", "finish",
                          "stay", "reach", "via", "and", "next", "after"))
_PREPOSITIONS = frozenset(("at", "to", "from", "on", "in", "of", "by", "near", "beside", "toward", "towards", "into",
                           "onto", "past", "across", "through", "via", "then"))
_NONE_WORDS = frozenset(("none", "nothing", "zero"))
_STATE_WORDS = frozenset(("gone", "there", "absent", "not", "still", "here", "visible", "missing"))


def looks_like_sign_gloss(prompt: str) -> bool:
    """Whether ``prompt`` (as typed) is a gloss: mostly capitalised words, with a point, a classifier or a question
    answered at once ("FIRST HALF? NOT-YET"), or restated in plain words after it. Prose typed in capitals has hyphened
    words ("HIGH-QUALITY") and Roman numerals ("CHAPTER IX") too, so a gloss must also be free of articles, which
    sign languages do not sign and English prose can hardly do without."""
    if not ("IX" in prompt or "CL:" in prompt or "-" in prompt or ":" in prompt or "[" in prompt) or \
            _SIGNS_RE.search(prompt) is None:
        return False
    restatement = RESTATEMENT_RE.search(prompt)
    gloss = _GLOSS_LABEL_RE.sub(" ", RESTATEMENT_RE.sub(" ", prompt))
    if _ARTICLE_RE.search(gloss):
        return False
    words = re.findall(r"[A-Za-z]{2,}", _CLASSIFIER_RE.sub(" ", _MARK_WORD_RE.sub(" ", gloss)))
    capitals = sum(word.isupper() for word in words)
    return capitals >= 3 and capitals >= 0.8 * len(words) and (
        restatement is not None or _GLOSS_MARK_RE.search(gloss) is not None)


class _Reading:
    """The gloss's words as they become English: its places, and the nouns named so far."""

    def __init__(self) -> None:
        self.places: list[str] = []
        self.landmarks: dict[int, list[str]] = {}
        self.named: set[str] = set()
        self.topic: str | None = None
        self.topic_plural = False

    def point_kept_as_marker(self, match: re.Match) -> str:
        """A point's place kept aside and an ``@n`` marker for it, so the words read between points stay signs.
        A thing named inside the point ("IX(left of BOX)") is kept too: once read, a later "BOX" is that same box."""
        if match["side"]:
            words = match["side"]
        else:
            landmarks = [word.lower() for word in re.findall(r"\b[A-Z]+\b", match["place"]) if noun_class(word.lower())]
            self.landmarks[len(self.places)] = landmarks
            words = re.sub(r"\b([A-Z]+)\b", lambda m: "the " + m.group(1).lower() if m.group(1).lower() in landmarks
                           else m.group(1).lower(), match["place"].strip())
        self.places.append(words if words.split()[0] in ("the", "a", "an") else "the " + words)
        return f" @{len(self.places) - 1} "

    def points_read(self, words: list[str]) -> None:
        """The things named inside the points of words just read now count as named."""
        for word in words:
            if word.startswith("@"):
                self.named.update(self.landmarks.get(int(word[1:]), ()))

    def noun_phrase(self, noun: str, describing: list[str], count: str | None) -> str:
        many = count is not None and NUMBER_WORDS[count] > 1 or is_plural(noun)
        said = plural(noun) if many and not is_plural(noun) else noun
        # a plural signed with no count ("BIRDS FLY") is some number of them, as plain "birds fly" is: no "a"
        article = count or ("the" if noun in self.named else "" if many else "a")
        self.named.add(noun)
        self.topic, self.topic_plural = noun, many
        return " ".join(word for word in (article, *describing, said) if word)

    def verb(self, word: str) -> str:
        """The sign as a verb agreeing with the topic; a sign already inflected ("DRIVES") is left as signed."""
        if self.topic_plural or _already_agrees(word):
            return word
        kind = VERB_KINDS.get(word)
        return next((form for form in (word + "s", word + "es", word[:-1] + "ies")
                     if kind is not None and VERB_KINDS.get(form) == kind), word + "s")


def _already_agrees(word: str) -> bool:
    """Whether ``word`` is a known verb's third-person form ("drives", "flies", "watches")."""
    kind = VERB_KINDS.get(word)
    return kind is not None and word.endswith("s") and any(
        VERB_KINDS.get(base) == kind for base in (word[:-1], word[:-2], word[:-3] + "y") if base)


def _describes(word: str) -> bool:
    """A sign that says what the thing is like, which the gloss puts after the noun and before its count ("CAT BIG
    TWO"); a size or material sign that also names a thing ("BABY", "GLASS") is left a noun, and a sign that is also
    a preposition ("NEAR") stays where it was signed."""
    return word not in _PREPOSITIONS and (
        word in COLORS or word in PLAIN_ADJECTIVES or (word.endswith(("ing", "ed")) and word in VERB_KINDS)
        or (word in SIZE_FACTORS or word in MATERIAL_WORDS) and noun_class(word) is None)


def _is_noun(word: str, reading: _Reading) -> bool:
    """A sign naming a thing: never a verb said of the topic ("BIRD ... FLY")."""
    return noun_class(word) is not None and not (word in VERB_KINDS and reading.topic is not None)


def _sentence_in_english(words: list[str], reading: _Reading) -> list[str]:
    """One gloss sentence's words (lower case) in English order: the noun's describing words and count before it,
    bare verbs agreeing with it, and a sentence opening on a verb said of the topic."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if _is_noun(word, reading):
            describing = []
            while out and _describes(out[-1]):
                describing.insert(0, out.pop())
            count = None
            if out and out[-1] in NUMBER_WORDS:
                count = out.pop()
            index += 1
            while index < len(words) and (_describes(words[index]) or words[index] == "," and index + 1 < len(words)
                                          and (_describes(words[index + 1]) or words[index + 1] in NUMBER_WORDS)):
                if words[index] != ",":
                    describing.append(words[index])
                index += 1
            if count is None and index < len(words) and words[index] in NUMBER_WORDS:
                count, index = words[index], index + 1
            if count is None and index < len(words) and words[index] in _NONE_WORDS:
                out.append(f"no {' '.join(describing + [word])}")  # "CAR NONE": no car (then)
                index += 1
                continue
            out.append(reading.noun_phrase(word, describing, count))
            if index < len(words) and words[index] in _STATE_WORDS:
                out.append("are" if reading.topic_plural else "is")
            continue
        if word in VERB_KINDS and not _describes(word):
            if not out and reading.topic:
                out.append("they" if reading.topic_plural else "it")
            out.append(word if out and out[-1] in ("both", "all", "they") else reading.verb(word))
        else:
            out.append(word)
        index += 1
    return out


def _moves(words: list[str]) -> list[str]:
    """The signs of moving said after a thing is named, never a describing word nor a sign of the route. (The first
    thing's place is found once: a prompt of many signs stays linear.)"""
    first_thing = next((i for i, word in enumerate(words) if noun_class(word)), len(words))
    return [word for word in words[first_thing + 1:] if word in VERB_KINDS and word not in _ROUTE_SIGNS
            and not _describes(word)]


def _one_route(sentences: list[list[str]]) -> bool:
    """Whether the pointed sentences move one thing through their points: a move signed and one thing named."""
    words = [word for sentence in sentences for word in sentence]
    moves = _moves(words)
    return bool(moves) and len({noun_class(word)[0] for word in words if noun_class(word) and word not in moves}) <= 1


def _route(sentences: list[list[str]], reading: _Reading) -> list[str]:
    """The sentences from a thing's first point to its last as one move through those points."""
    words = [word for sentence in sentences for word in sentence]
    first = next(i for i, word in enumerate(words) if word.startswith("@"))
    moves = _moves(words)
    head = _sentence_in_english([word for word in words[:first] if word not in moves and word not in _ROUTE_SIGNS],
                                reading)
    while head and head[-1] == ",":
        head.pop()
    if not any(noun_class(word) for phrase in head for word in phrase.split()):
        head.append("they" if reading.topic_plural else "it")
    verb = reading.verb(moves[0]) if moves else reading.verb("move")
    points = [reading.places[int(word[1:])] for word in words if word.startswith("@")]
    said = f"from {points[0]} to {points[1]}" + "".join(f", then to {point}" for point in points[2:])
    return head + [verb, said]


def _place_said(place: str, before: str | None, after: str | None) -> str:
    """A point at a place outside a route. After a move ("RUN IX-dir-right") it is where the move goes, as a signer
    points the way, or where it sets off when "TO" another point follows; otherwise it is where the thing is, "at the
    left", unless a preposition leads it."""
    if before in _PREPOSITIONS:
        return place
    if VERB_KINDS.get(before or "") in MOVING_KINDS:
        return ("from " if after == "to" else "to ") + place
    return "at " + place


def sign_gloss_in_sentences(prompt: str) -> str:
    """``prompt`` (as typed) with its gloss put into English and a plain restatement of it dropped: read as words the
    gloss names its nouns twice and its places as no path, and the restatement would draw its scene a second time.
    The points are kept aside as ``@n`` markers first, so that the signs between them are read as signs."""
    restatements = [match.group(0) for match in RESTATEMENT_RE.finditer(prompt)]
    gloss = _GLOSS_LABEL_RE.sub(" ", RESTATEMENT_RE.sub(" ", prompt))
    if not any(noun_class(word.lower()) for word in re.findall(r"[A-Z]{2,}", gloss)):
        return " ".join(re.sub(r"^[\[(]?[^:]*: ?|[\])]$", "", said) for said in restatements) or prompt
    gloss = _NOTHING_ELSE_RE.sub("NOTHING ELSE", _ASKED_COUNT_RE.sub("", gloss))
    gloss = _ANSWERED_RE.sub(r"\1, ", _CLASSIFIER_RE.sub(" ", _POSSESSIVE_RE.sub(" ", gloss)))
    reading = _Reading()
    gloss = _BARE_POINT_RE.sub(" ", _PLACE_POINT_RE.sub(reading.point_kept_as_marker, gloss))
    sentences = [[word.lower().replace("-", " ") for word in _WORD_RE.findall(sentence)]
                 for sentence in _SENTENCE_RE.findall(gloss)]
    sentences = [words for words in sentences if any(word != "," for word in words)]
    pointed = [i for i, words in enumerate(sentences) if any(word.startswith("@") for word in words)]
    said: list[list[str]] = []
    index = 0
    while index < len(sentences):
        if len(reading.places) >= 2 and pointed and index == pointed[0] and _one_route(
                sentences[index:pointed[-1] + 1]):
            said.append(_route(sentences[index:pointed[-1] + 1], reading))
            for words in sentences[index:pointed[-1] + 1]:
                reading.points_read(words)
            index = pointed[-1] + 1
            continue
        english = _sentence_in_english(sentences[index], reading)
        if said and len(english) == 1 and english[0].startswith("@"):
            # a point signed alone after a sentence ("DOG SLEEP NEAR TREE. IX-loc-left.") places that sentence's thing
            said[-1].append(_place_said(reading.places[int(english[0][1:])], said[-1][-1], None))
            index += 1
            continue
        said.append([_place_said(reading.places[int(word[1:])], english[i - 1] if i else None,
                                 english[i + 1] if i + 1 < len(english) else None) if word.startswith("@")
                     else word for i, word in enumerate(english)])
        reading.points_read(sentences[index])
        index += 1
    text = ". ".join(" ".join(words) for words in said) + "."
    text = re.sub(r",(?:\s*,)+", ",", re.sub(r"(^|\. ),\s*", r"\1", text))
    return re.sub(r"\s+([,.])", r"\1", re.sub(r",\s*\.", ".", text))
