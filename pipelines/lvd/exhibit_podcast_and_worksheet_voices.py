"""A court's exhibit notes, a podcast's show notes and an activity worksheet, put into the plain scene they tell.

- A court ("Let the record show that ...", "Exhibit E: the first half of the footage shows ...", "The witness
  confirms nothing else appears."): the record, the exhibit and the witness only frame what the footage shows, and
  "the full length of the footage" is the whole clip, never a change between its halves.
- Show notes ("Timestamps: opening - a cat on the left side; halfway - mid-frame; close - the right side. Thanks
  for listening!"), with or without its heading: the labelled list is the clip's three moments, so a bare place is
  where the thing named first is then, and "the same dog" or "still that one dog" at a later moment is that thing
  again, never a second one; the sponsor ("This episode is sponsored by ...") is never in the clip.
- A worksheet ("Can you find the three moving cars? ... Answer: three cars. Tick the box!"): what the reader is
  told to tick, write or draw is a mark on the sheet, never a thing in the video, unless a child dictates a thing of
  the scene to whoever writes it down, "Write a pink cat, and a dog by it.", which is in the scene; what a question or
  an imperative asks about is the scene's thing, and a question with its answer names one group, counted by the
  answer. A question answered "No" denies what it asked.
"""

from __future__ import annotations

import re

from .clip_phrases import MOMENT_OF_PART_NAME
from .object_classes import noun_class, singular
from .rewrite_text import any_said_re, spaces_tidied
from .vocabulary import FRAME_PLACE_WORDS, NUMBER_WORDS

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|both|a single|a|an)"
# "the three moving cars", "the flying bird", "the walking dogs": a counted or bare noun phrase of up to two modifiers
_ASKED = rf"the (?P<count>{_COUNT} )?(?P<mods>(?:[a-z-]+ ){{0,2}}?)(?P<noun>[a-z]+)"

# ---- court
RECORD_FRAME_RE = re.compile(r"\blet the record (?:show|reflect|state|note)(?: that)?,? |\bfor the record,? ")
EXHIBIT_LABEL_RE = re.compile(r"(?:^|(?<=[.!;] ))exhibit [a-z0-9]{1,3}(?::|,(?= filmed| shot| seen| viewed| recorded))? ")
WITNESS_RE = re.compile(r"\bthe witness(?:es)? (?:confirms?|states?|agrees?|testif(?:ies|y)|swears?|adds?)(?: that)?,? ")
# "the first half of the footage shows a moving ball": that half's scene
HALF_SHOWS_RE = re.compile(r"\bthe (?P<half>first|second|opening|closing) half(?: of the (?:footage|recording|tape|clip|video))? "
                           r"(?:shows|has|contains|holds)(?: us)? ")
# "appear for the full length of the footage": there the whole clip, never an entrance
FOOTAGE_LENGTH_RE = re.compile(r"\b(?:(?P<verb>appears?|shows? up) )?(?:for |throughout )?the (?:full|whole|entire) (?:length|"
                               r"run|running time) "
                               r"of the (?:footage|recording|tape|clip|video)\b")
OF_THE_FOOTAGE_RE = re.compile(r"(?<=half) of the (?:footage|recording|tape)\b")

# ---- show notes
SIGN_OFF_RE = re.compile(r"\b(?:thanks?(?: you)? (?:for|so much for) (?:listening|tuning in)|see you next (?:time|week|episode)"
                         r"|(?:do not|don't) forget to (?:subscribe|like|follow))\b[.!]?")
# "This episode is sponsored by a sock company.": the sponsor is never in the clip
SPONSOR_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:this|today's) (?:episode|show|clip) is (?:sponsored|brought to you|"
                        r"supported) by [^.!?]*[.!?]?")
# "timestamps, top-down view: opening - ...; halfway - ...; close - ...": the view before the list is kept
TIMESTAMPS_RE = re.compile(r"\b(?:timestamps?|time codes?|chapters?)(?:, (?P<view>[^:;.]{1,40}?))?: (?=[a-z-]+ [-–—] )")
_MOMENTS = {"opening": "at the start", "start": "at the start", "beginning": "at the start", "intro": "at the start",
            "halfway": "at the midpoint", "middle": "at the midpoint", "midpoint": "at the midpoint", "midway": "at the midpoint",
            "close": "at the end", "end": "at the end", "ending": "at the end", "finish": "at the end", "outro": "at the end",
            "closing": "at the end", **MOMENT_OF_PART_NAME}
MOMENT_ITEM_RE = re.compile(r"(?:^|(?<=[;:.!] ))(?P<label>" + "|".join(_MOMENTS) + r") [-–—] (?P<said>[^;.!?]+)")
PLACE_WORDS = rf"(?:{FRAME_PLACE_WORDS}|side|mid-frame|midframe|edge)"
BARE_PLACE_RE = re.compile(rf"^(?:(?P<prep>in|on|at|near|by|to) )?(?:the )?(?:[a-z-]+ ){{0,3}}?{PLACE_WORDS}"
                           r"(?: [a-z-]+){0,2}(?: of the (?:frame|screen|picture))?$")
# "the same walking dog", "still that one walking dog", "that dog again": the thing named before
SAME_THING_RE = re.compile(r"^(?:still )?(?:the same|that same|that one|that|those|these|those same|"
                           r"the very same) (?:[a-z-]+ ){0,2}?"
                           r"(?P<noun>[a-z]+)(?: again| still)?$")
# "a lively cat on the left side", "the bird on the left of the ball": a thing and its place, with no verb between
THING_AT_PLACE_RE = re.compile(r"^(?P<thing>(?:a|an|one|two|three|four|the) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)) "
                               r"(?P<place>(?:in|on|at|near|beside|by|next to|to the (?:left|right)) .+)$")

# "lively cat, left side of the frame": a thing and its place listed bare, as a log lists them
THING_THEN_PLACE_RE = re.compile(rf"^(?P<article>(?:a|an|one|the) )?(?P<thing>(?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+)), (?:the )?"
                                 rf"(?P<place>(?:[a-z-]+ )?{PLACE_WORDS}(?: [a-z-]+){{0,2}}"
                                 r"(?: of the (?:frame|screen|picture))?)$")

# ---- worksheet
# "Tick the box!", "Write four and tick the box!", "Underline your answer.": marks the reader makes on the sheet
READER_MARK_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:now |then |please |just )?(?:tick|write|fill in|underline)\b[^.!?:]*(?:[.!?]|"
                            r"$)")
# "Circle the right half!", "Colour in the answer.": a mark too, unless what is circled is a thing of the scene
CIRCLED_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:now |then |please |just )?(?:circle|colou?r in|shade(?: in)?) (?:the |your |one |"
                        r"a )?"
                        r"(?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)[.!]")
# "Write a pink cat, and a dog by it.", "now write down the two red balls.": a child's dictation, what is written
# being a thing of the scene, so the thing stays and only the verb goes ("write four" or "write your name" is a mark)
DICTATED_THING_RE = re.compile(r"^(?:now |then |please |just )?write(?: (?:down|in|about))? "
                               rf"(?=(?:{_COUNT}|some|the) (?P<words>[a-z-]+(?: [a-z-]+){{0,2}}))")
# "write the name of a cat", "write the word dog": what is written only names the thing, a mark
_WRITTEN_WORDS = frozenset(("name", "names", "word", "words", "number", "numbers", "letter", "letters", "label",
                            "title", "caption", "of"))
AND_MARK_RE = re.compile(r",? and (?:then )?(?:tick|write|fill in)\b[^.!?;:]*")
# "Write the number: three.": the answer, said on the sheet
WRITE_ANSWER_RE = re.compile(r"\bwrite (?:down )?(?:the|your) (?:answer|number|count|total)(?: here)?: ")
# "draw a line showing where the moving ball goes:": the thing whose route the line traces
DRAW_ROUTE_RE = re.compile(rf"\bdraw (?:a line|an arrow|a path) (?:showing|to show) where {_ASKED} "
                           r"(?:goes|moves|walks|flies|rolls|drives|runs|travels|go|move)(?: to)?(?P<mark>[:.])")
WHERE_GOES_RE = re.compile(rf"\bwhere (?:does|do) {_ASKED} (?:go|move|walk|fly|roll|drive|run|travel)\?")
# "can you find the flying bird in the first half? no, there is no bird there.": a question answered no
DENIED_QUESTION_RE = re.compile(rf"\b(?:can you (?:find|spot|see)|is|are) {_ASKED} (?P<where>in the (?:first|"
                                rf"second) half)\? no\b[,.!]? "
                                r"(?:(?:there (?:is|are) no (?P=noun)s? there|it is not there|not there)[.,!]? )?")
# "can you spot the moving balls?", "seen from above, can you find the ball?", "Count the cats.": a question or an
# imperative opening its sentence or clause ("two dogs find the ball." is the scene's own verb)
_SENTENCE_OPENING = r"(?:^|(?<=[.!?:,] ))"
FIND_QUESTION_RE = re.compile(rf"(?:\bcan you (?:find|spot|see|count|follow)|{_SENTENCE_OPENING}(?:count|find|spot))"
                              rf"(?: and (?:circle|colou?r in|count|tick|mark))? {_ASKED}"
                              r"(?: (?:are there|can you (?:find|count|see|spot)|are in the (?:clip|video|picture)))?[?.]")
HOW_MANY_RE = re.compile(r"\bhow many (?P<mods>(?:[a-z-]+ ){0,2}?)(?P<noun>[a-z]+)"
                         r"(?: (?:are there|can you (?:find|count|see|spot)|are in the (?:clip|video|picture)))?\?")
# the answer's count: "answer: three cars.", "there are four, ...", "there is only one, and ...", "just one!", "two."
ANSWER_COUNT_RE = re.compile(rf"(?:answer: (?P<a>{_COUNT})(?: (?:[a-z-]+ ){{0,2}}?[a-z]+s?)?(?=[,.!]|$)"
                             rf"|there (?:is|are) (?:only |just )?(?P<b>{_COUNT})(?: of them)?(?=[,.!]|$)"
                             rf"|(?:just |only )?(?P<c>{_COUNT})(?=[.!]|$))[,.!]? ?(?:and )?")
ROUTE_LIST_RE = re.compile(r"\s*(?:lower|upper|top|bottom|left|right|centre|center|middle)\b")
# "where does the bird go? From the lower right corner to ...": an answer opening on where from or to is its route
ROUTE_ANSWER_RE = re.compile(r"\s*(?:from|to) (?:the )?(?:very )?(?:lower|upper|top|bottom|left|right|centre|center|middle)\b")
SPACES_RE = re.compile(r"\s*")
# "... Answer: three cars.": an answer given sentences after its question still counts the question's things
LATER_ANSWER_RE = re.compile(rf"\banswer: (?P<count>{_COUNT})(?: (?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+))?[.!]")
LOOK_IN_RE = re.compile(r"\blook (?:in|at) (?=the (?:first|second) half\b)")
STOPS_RUN_RE = re.compile(r"\s*\.(?:\s*[.,])+")  # ". ." or "., " left where a sentence was dropped
_NUMBER_OF = {"a": 1, "an": 1, "a single": 1, **NUMBER_WORDS}
_WORD_OF = {value: word for word, value in NUMBER_WORDS.items() if value <= 12
            and word not in ("both", "single", "another", "dozen")}

_COURT_WORDS = ("record", "exhibit", "witness", "footage")
_SHOW_WORDS = ("for listening", "tuning in", "timestamp", "time code", "chapter", "see you next", "forget to", "sponsor",
               "brought to you",
               " - ", " – ", " — ")
_SHEET_WORDS = ("tick", "write", "draw a", "draw an", "?", "count ", "find ", "spot ")
_VOICE_WORDS = _COURT_WORDS + _SHOW_WORDS + _SHEET_WORDS
_VOICE_WORDS_RE = any_said_re(_VOICE_WORDS)


def looks_like_exhibit_podcast_or_worksheet(text: str) -> bool:
    return _VOICE_WORDS_RE.search(text) is not None


def _whole_length(match: re.Match) -> str:
    verb = match["verb"]
    if verb is None:
        return "the whole clip"
    return f"{'is' if verb in ('appears', 'shows up') else 'are'} there for the whole clip"


def _court_in_plain_words(text: str) -> str:
    # each pattern only where its own words are: most prompts that pass the gate say "recording" and nothing else here
    if "the record" in text:
        text = RECORD_FRAME_RE.sub("", text)
    if "exhibit " in text:
        text = EXHIBIT_LABEL_RE.sub("", text)
    if "witness" in text:
        text = WITNESS_RE.sub("", text)
    if "half " in text:
        text = HALF_SHOWS_RE.sub(r"in the \g<half> half, there is ", text)
    if " of the " in text:
        text = FOOTAGE_LENGTH_RE.sub(_whole_length, text)
        text = OF_THE_FOOTAGE_RE.sub("", text)
    return text


def _moment(match: re.Match, named: list[str]) -> str:
    return moment_clause(_MOMENTS[match["label"]], match["said"], named)


def moment_clause(when: str, said: str, named: list[str]) -> str:
    """What a list says under one of the clip's moments ("at the end") as a clause: a bare place or "the same dog" is
    the thing named first (kept in ``named``), then."""
    said = said.strip()
    same = SAME_THING_RE.match(said)
    if named and same and singular(same["noun"]) == named[0]:
        return f"{when}, {'it is' if singular(same['noun']) == same['noun'] else 'they are'} still there"
    place = BARE_PLACE_RE.match(said)
    # "the cat on the right" names a thing at its place, never a bare place for the thing named first
    if named and place and not any(noun_class(word) for word in said.split()):
        return f"{when}, it is {said if place['prep'] else 'at ' + said}"
    listed = THING_THEN_PLACE_RE.match(said)
    if listed and noun_class(listed["noun"]):
        said = f"{listed['article'] or 'a '}{listed['thing']} on the {listed['place']}"
    thing = THING_AT_PLACE_RE.match(said)
    if thing and noun_class(thing["noun"]):
        named.append(singular(thing["noun"]))
        verb = "are" if thing["thing"].split()[0] in ("two", "three", "four") else "is"
        return f"{when}, {thing['thing']} {verb} {thing['place']}"
    words = said.split()
    if words and noun_class(words[-1]):
        named.append(singular(words[-1]))
    return f"{when}, {said}"


def _show_notes_in_plain_words(text: str) -> str:
    if "listening" in text or "tuning in" in text or "see you" in text or "forget to" in text:
        text = SIGN_OFF_RE.sub("", text)
    if "sponsor" in text or "brought to you" in text or "supported by" in text:
        text = SPONSOR_RE.sub("", text)
    stamps = TIMESTAMPS_RE.search(text) if "time" in text or "chapter" in text else None
    if stamps is not None:
        text = text[:stamps.start()] + (f"{stamps['view']}: " if stamps["view"] else "") + text[stamps.end():]
    elif sum(text.count(dash) for dash in (" - ", " – ", " — ")) < 2 or len(MOMENT_ITEM_RE.findall(text)) < 2:
        return text  # one "end - " alone is no list of the clip's moments
    named: list[str] = []
    return MOMENT_ITEM_RE.sub(lambda m: _moment(m, named), text)


def _thing_asked(match: re.Match, count: str | None, how_many: bool = False) -> str | None:
    """The asked-about noun phrase as a statement that the thing is there, counted by ``count`` where one is known;
    None for a plural no one counts ("Count the cars.", "how many sheep?"), which the later passes read as it stands."""
    noun, mods = match["noun"], match["mods"] or ""
    count = count or (None if how_many else (match["count"] or "").strip()) or None
    if count is None:
        return f"there is a {mods}{noun}" if singular(noun) == noun and not how_many else None
    number = _NUMBER_OF.get(count, 1)
    if number == 1:
        return f"there is one {mods}{singular(noun)}"
    # "how many sheep?" names its things as a plural already; "can you find the bird? there are three" does not
    plural = noun if singular(noun) != noun or how_many else noun + "s"
    return f"there are {_WORD_OF.get(number, count)} {mods}{plural}"


def _after_statement(text: str, at: int) -> str:
    """"can you find the ball? lower right corner at the start, ...", "where does the bird go? from the lower right
    corner to ...": places with no subject are the thing's route."""
    return ":" if ROUTE_LIST_RE.match(text, at) or ROUTE_ANSWER_RE.match(text, at) else "."


def _route_owner(match: re.Match, mark: str) -> str:
    """"draw a line showing where the ball goes:" as the ball being there; an uncounted plural is left as it is."""
    statement = _thing_asked(match, None)
    return match.group(0) if statement is None else statement + mark


def _next_question(text: str, start: int) -> re.Match | None:
    """The first question or counting imperative from ``start`` on that asks about a thing the tables know."""
    patterns = [FIND_QUESTION_RE] if "can you" in text or "count " in text or "find " in text or "spot " in text else []
    if "how many" in text:
        patterns.append(HOW_MANY_RE)
    found = [match for pattern in patterns for match in pattern.finditer(text, start) if noun_class(match["noun"])]
    return min(found, key=lambda match: match.start(), default=None)


def _questions_answered(text: str) -> str:
    """Each "can you find the cars? answer" pair as one statement, the answer's count winning over the question's."""
    out, done = [], 0
    while (match := _next_question(text, done)) is not None:
        after = SPACES_RE.match(text, match.end()).end()
        answer = ANSWER_COUNT_RE.match(text, after)
        count = next((answer[g] for g in "abc" if answer[g]), None) if answer else None
        later = LATER_ANSWER_RE.search(text, after) if answer is None else None
        if later and (later["noun"] is None or singular(later["noun"]) == singular(match["noun"])):
            count, text = later["count"], text[:later.start()] + text[later.end():]
        statement = _thing_asked(match, count, how_many=match.re is HOW_MANY_RE)
        if statement is None:
            out.append(text[done:match.end()])
            done = match.end()
            continue
        out.append(text[done:match.start()])
        done = answer.end() if answer else after
        out.append(statement + _after_statement(text, done) + " ")
    out.append(text[done:])
    return "".join(out)


def _mark_unless_dictated(match: re.Match) -> str:
    """A reader's mark goes; a thing of the scene told to the one writing it down is said without the telling."""
    sentence = match.group(0)
    dictated = DICTATED_THING_RE.match(sentence)
    if dictated is None:
        return ""
    words = dictated["words"].split()
    head = next((at for at, word in enumerate(words) if noun_class(word)), None)
    if head is None or any(word in _WRITTEN_WORDS for word in words[:head]):
        return ""
    after_head = sentence[dictated.start("words") + len(" ".join(words[:head + 1])):]
    if after_head.startswith(("'s", "\u2019s", " for ")):
        return ""  # "write a cat's name", "write a car for each one you find": the thing is only what the mark is about
    return sentence[dictated.end():]


def _denied(match: re.Match) -> str:
    """A question answered "no" as its denial: "is the car in the second half? no!" says the car is not there then."""
    noun, mods = match["noun"], match["mods"] or ""
    thing = f"a {mods}{noun} is" if singular(noun) == noun else f"{mods}{noun} are"
    return f"{thing} not {match['where']}. "


def _worksheet_in_plain_words(text: str) -> str:
    if "write" in text or "tick" in text or "fill in" in text or "underline" in text:
        text = WRITE_ANSWER_RE.sub("answer: ", text)
        text = AND_MARK_RE.sub("", text)
        text = READER_MARK_RE.sub(_mark_unless_dictated, text)
    if "circle" in text or "colo" in text or "shade" in text:
        text = CIRCLED_RE.sub(lambda m: m.group(0) if noun_class(m["noun"]) else "", text)
    if "draw a" in text or "draw an" in text:
        text = DRAW_ROUTE_RE.sub(lambda m: _route_owner(m, m["mark"]), text)
    if "where " in text:
        text = WHERE_GOES_RE.sub(lambda m: _route_owner(m, _after_statement(m.string, m.end())), text)
    if "? no" in text:
        text = DENIED_QUESTION_RE.sub(_denied, text)
    if "?" in text or "count " in text or "find " in text or "spot " in text:
        text = _questions_answered(text)
        text = LOOK_IN_RE.sub("it is in ", text)
    return text


def exhibit_podcast_and_worksheet_in_plain_words(text: str) -> str:
    """The scene each of these voices tells, in the plain words the later passes read."""
    told = text
    if any(word in text for word in _COURT_WORDS):
        text = _court_in_plain_words(text)
    if any(word in text for word in _SHOW_WORDS):
        text = _show_notes_in_plain_words(text)
    if any(word in text for word in _SHEET_WORDS):
        text = _worksheet_in_plain_words(text)
    if text == told:
        return text
    return spaces_tidied(STOPS_RUN_RE.sub(".", text))
