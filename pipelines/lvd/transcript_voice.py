"""A transcript of two people talking the shot through: "ANIMATOR: which side does the dog start? DIRECTOR: the
right. ANIMATOR: and it walks to the left? DIRECTOR: yes, all the way to the left."

The speakers' labels (any ALL-CAPS name before a colon, said at least twice, but never a part of the clip heading what
it shows, "FIRST HALF:") are never things in the scene,
and a question with its answer makes one statement:
- "yes" makes the question a statement ("is the cat there at first? yes": the cat is there at first);
- "no, on the right" corrects it ("ball starts on the left? no, on the right": it starts on the right), and a
  "no" that corrects nothing in it denies it ("is the cat there from the start? no": the cat is not there ...);
- "which way does it go? it just rolls": an answer that is a whole clause tells the move alone, with its way or none;
- the answer fills a question's gap: "which side does the dog start? the right" (the dog starts on the right),
  "where's the cat at the start? left of the bird", "and at the end? right of the bird", "how long does the
  ball stay? the first half";
- a question the answer says again or that only asks for it ("how many cats? one cat", "nothing else? nothing
  else", "bird status? ...", "ball track, overhead view? ..." keeping the view) goes, the answer saying it all, and
  so does a turn that only asks to follow a thing the next turn tells ("track the cat.");
- a radio answer's "affirmative" and "negative" are its yes and no, a "no" whose reply denies the thing itself
  ("negative, no dog.") says it all, and a speaker's label said in a turn ("flight, confirm ...", "..., flight,
  then none") is an address, never a thing.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .route_clauses import corner_pattern
from .self_corrections import corrections_undone
from .word_guessing import third_person

# "FIRST HALF:", "START:", "THE END:": a part of the clip heading what it shows, said in capitals, never a speaker
_CLIP_TIME_LABEL = (r"(?:THE )?(?:(?:FIRST|SECOND|OPENING|CLOSING|LATTER|LATER|LAST|FINAL) (?:HALF|PART)"
                    r"|START|BEGINNING|END|MIDDLE|MIDPOINT|HALFWAY|FINISH):")
# a label is one or two capital words, opening what it heads: "HALF:" in "FIRST HALF:" or "CLIP:" in "FIRST HALF OF
# CLIP:" is no label of its own
SPEAKER_RE = re.compile(r"(?:^|(?<=[\s.?!,;]))(?<![A-Z'-] )(?!" + _CLIP_TIME_LABEL
                        + r")[A-Z][A-Z'-]*(?: [A-Z][A-Z'-]+)?:\s*")
# not "right to left"
_YES_RE = re.compile(r"^(?:(?:yes|yeah|yep|yup|sure|indeed|affirmative)\b[,.!]?|(?:right|correct|exactly)[,.!])\s*")
_PLACE_LEAD_RE = re.compile(r"^(?:on|in|at|from|to|toward|towards|into|onto|over|(?:left|right) of)\b")
_NO_RE = re.compile(r"^(?:no|nope|nah|negative)\b[,.!:;]?\s*")
# "no dog.", "none.", "nothing in the first half": a reply that denies the thing itself
_DENIAL_RE = re.compile(r"^(?:no [a-z]+|none|nothing|not (?:a|one|any))\b")
_STATUS_WORDS = r"(?:status|path|track|position|location|whereabouts|route|update|report|count)"
# "bird status", "dog's path", "ball track": a question that only asks about a thing, which the answer tells
_STATUS_ASK_RE = re.compile(r"^(?:and |so )?(?:the )?[a-z]+(?:'s)? " + _STATUS_WORDS + r"$")
# "track the cat.", "overhead view, follow the ball.": a turn that only asks to follow a thing
_FOLLOW_RE = re.compile(r"^(?:track|follow|watch|find|spot|locate) (?:the )?(?P<noun>[a-z]+)$")
# "no cat in the frame": "no" as the thing's determiner, a statement, not an answer that denies the question
_NO_THING_RE = re.compile(r"^no (?:[a-z-]+ )?(?P<noun>[a-z]+)\b")
_AUXILIARY_RE = re.compile(r"^(?:and |so |but )?(?P<aux>is|are|was|were|does|do|did|will|can|should)\s+(?P<rest>.+)$")
# a gap the answer fills: "which side does the dog start", "where's the cat at the start", "and at the end"
_WHICH_SIDE_RE = re.compile(r"^(?:and |so )?(?:which|what) side (?:does|do|did|will|"
                            r"should) (?P<subject>.+?) (?P<verb>[a-z]+)(?: on| from)?$")
_IN_PLACE_GAP_RE = re.compile(r"\b(?:which|what) side\b")
_WHERE_RE = re.compile(r"^(?:and |so )?where(?:'s| is| does| do| should| will)? (?P<subject>.+?)(?P<start> (?:at the (?:start|"
                       r"beginning)|start|begin"
                       r"|first|at first)| (?:at the end|end|finish|end up)(?P<end>))?$")
_AT_END_RE = re.compile(r"^(?:and |so )?(?:at|by|in) the end$")
_NEXT_RE = re.compile(r"^(?:and |so )?(?:then|after that|next)(?: where)?$")
_HOW_LONG_RE = re.compile(r"^(?:and |so )?how long (?:does|do|will|should) (?P<subject>.+?) (?P<verb>stay|last|remain|appear|"
                          r"show)$")
_HOW_MANY_THINGS_RE = re.compile(r"^(?:and |so )?how many (?P<rest>.+)$")
_BARE_COUNT_RE = re.compile(r"^(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?=\s*(?:[,.;!?]|$))")
_ASKING_ONLY_RE = re.compile(r"^(?:and |so )?(?:how many\b|what(?:'s| is) the (?:count|number)\b)")
# "keep it out for the first half", "leave the cat off screen": the director's way to say it is not there
KEPT_OUT_RE = re.compile(r"\b(?:keep|leave|hold) (?P<thing>it|them|the [a-z]+) (?:out|off|away|hidden|off[ -]screen|"
                         r"out of (?:view|frame|shot))\b")
# "tell me the moving ball's route.", "describe the path of the dog": a question put as a request, which the next turn's
# places answer
ROUTE_REQUEST_RE = re.compile(r"(?:^|(?<=[.;!?,] ))(?:(?:so|now|then|please),? )?(?:tell me|show me|describe|give me|"
                              r"name)(?: about)? "
                              r"(?P<asked>(?:the |its )?(?:[a-z]+ ){0,2}?[a-z]+'s (?:route|path|course|track)|the (?:route|path|"
                              r"course) "
                              r"of (?:the |a |an )?(?:[a-z]+ ){0,2}?[a-z]+)\s*[.?!]?$")
_WHICH_WAY_RE = re.compile(r"^(?:and |so )?(?:which|what|in which|in what) (?:way|direction)\b")
_CLAUSE_RE = re.compile(r"^(?:it|they|he|she|the|a|an)\b")  # an answer that says a whole clause of its own
# "it just rolls", "they run on": an answer whose subject is the thing asked about, said as a pronoun ("it is a top-down
# view" and "it's sunny" name no thing); every question-and-answer voice reads its answers' pronoun by this one pattern
ANSWER_PRONOUN_RE = re.compile(r"^(?:it|they|he|she)\b(?!'s| is| was| are| were)")
_CORNER_START_RE = re.compile(rf"^{corner_pattern(article=False, noun='none')}\b")
_CORNER_FIRST_RE = re.compile(rf"{corner_pattern(noun='none')}\b")  # "the lower left corner, then ...": a bare route


# "Step A:", "Part B:": an instruction's letter, not a speaker's name
_STEP_LETTER_RE = re.compile(r"\b(?:[Ss]tep|STEP|[Pp]hase|[Ss]tage|[Pp]art) [A-Z]:")


def looks_like_transcript(text: str) -> bool:
    return ":" in text and len(SPEAKER_RE.findall(_STEP_LETTER_RE.sub("", text))) >= 2


def _turns(text: str) -> list[str]:
    return [turn.strip() for turn in SPEAKER_RE.split(text) if turn.strip()]


def _told_of_one(verb: str) -> str:
    """An answer's verb as said of one subject; an answer may already say it so ("it walks")."""
    return verb if verb.endswith("s") else third_person(verb)


def _subject_split(words: str) -> tuple[str, str] | None:
    """``words`` cut after its first thing named ("the cat there from the start": "the cat", "there ...")."""
    for word in re.finditer(r"[a-z]+", words):
        if noun_class(word.group(0)) or word.group(0) in ("it", "they"):
            return words[:word.end()], words[word.end():].strip()
    return None


def _stated(question: str, negated: bool = False) -> str:
    """A yes-or-no question as the statement it asks about, or its denial."""
    asked = _AUXILIARY_RE.match(question)
    split = _subject_split(asked.group("rest")) if asked else None
    if split is None:
        return f"not {question}" if negated else question
    return f"{split[0]} {asked.group('aux')}{' not' if negated else ''} {split[1]}"


def _names_no_thing(answer: str) -> bool:
    said = _NO_THING_RE.match(answer)
    return said is not None and (noun_class(said["noun"]) is not None or noun_class(said.group(0).split()[1]) is not None)


def _place_corrected(question: str, reply: str) -> str | None:
    """"does the ball roll from the right of the dog?" answered "no, from the left of the dog to ...": the question
    with its place put right, said as a statement; None when the reply is no place the question also says."""
    lead = _PLACE_LEAD_RE.match(reply)
    if lead is None:
        return None
    said = re.search(rf"\b{re.escape(lead.group(0))}\b", question)
    if said is None:
        return None
    place, mark, rest = (re.split(r"([.;!?])", reply, maxsplit=1) + ["", ""])[:3]
    return f"{_stated(question[:said.start()].rstrip())} {place.strip()}{mark}{rest}"


def _count_on_things(things: str, answer: str) -> str | None:
    """"how many flying birds does it hold? three, and nothing else": a bare count answers for the things asked about
    (``things``, the words after "how many"), so it is put on them ("three flying birds, and nothing else"); None where
    the answer is no bare count or the words name no thing."""
    count = _BARE_COUNT_RE.match(answer)
    words = things.split()
    head = next((i for i, word in enumerate(words) if noun_class(word)), None)
    if count is None or head is None:
        return None
    return f"{count['count']} {' '.join(words[:head + 1])}{answer[count.end('count'):]}"


def answered(question: str, answer: str) -> str:
    """The question and its answer as one statement."""
    question = question.rstrip("?").strip()
    first = re.split(r"[.;!?]", answer, maxsplit=1)[0]
    if _YES_RE.match(answer):
        return f"{_stated(question)}. {_YES_RE.sub('', answer)}"
    if _NO_RE.match(answer) and not _names_no_thing(answer):
        reply = _NO_RE.sub("", answer)
        if _DENIAL_RE.match(reply):
            return reply
        placed = _place_corrected(question, reply)
        if placed is not None:
            return placed
        corrected = corrections_undone(f"{question}, no, {reply}")
        if ", no, " not in corrected:
            return corrected
        return f"{_stated(question, negated=True)}; {reply}"
    if _ASKING_ONLY_RE.match(question) or first.startswith(question) or question in first:
        asked = _HOW_MANY_THINGS_RE.match(question)  # an answer that names its things stays as it is
        return (_count_on_things(asked["rest"], answer) if asked else None) or answer
    gap = _WHICH_SIDE_RE.match(question)
    if gap:
        return f"{gap.group('subject')} {_told_of_one(gap.group('verb'))} on {answer}"
    if _IN_PLACE_GAP_RE.search(question):
        place, _, rest = answer.partition(",")
        return _IN_PLACE_GAP_RE.sub(place.strip(), question, count=1) + (f",{rest}" if rest else "")
    gap = _WHERE_RE.match(question)
    if gap:
        # the "start" group holds both times, so the end is asked first: "where does the dog end?" is no start
        verb = "ends" if gap.group("end") is not None else "starts" if gap.group("start") else "is"
        subject, split = gap.group("subject"), _subject_split(gap.group("subject"))
        if verb == "is" and split and re.fullmatch(r"[a-z]+", split[1]):  # "where does the ball roll": the ball rolls ...
            subject, verb = split[0], _told_of_one(split[1])
        lead = " at the" if _CORNER_START_RE.match(answer) else ""
        return f"{subject} {verb}{lead} {answer}"
    if _AT_END_RE.match(question):
        lead = " at the" if _CORNER_START_RE.match(answer) else ""
        return f"and it ends{lead} {answer}"
    if _NEXT_RE.match(question):
        lead = " the" if _CORNER_START_RE.match(answer) else ""
        return f"then it goes to{lead} {answer}"
    gap = _HOW_LONG_RE.match(question)
    if gap:
        return f"{gap.group('subject')} is there for {answer}"  # "how long does the ball stay? the first half"
    if _PLACE_LEAD_RE.match(answer):  # "and it ends? on the right": where it ends
        return f"{question} {answer}"
    if _WHICH_WAY_RE.match(question) and _CLAUSE_RE.match(answer):
        # "which way does it go? it just rolls": the answer tells the move, with a way or none; its "it" the thing asked
        asked = [word for word in re.findall(r"[a-z]+", question) if noun_class(word)]
        return re.sub(r"^(?:it|they|he|she)\b", f"the {asked[0]}", answer, count=1) if asked else answer
    return f"{question}. {answer}"


def _not_there(match: re.Match) -> str:
    thing = match.group("thing")
    return f"{thing} {'are' if thing == 'them' else 'is'} absent".replace("them are", "they are")


def _without_addresses(turn: str, speakers: set[str]) -> str:
    """``turn`` without the speakers' labels said in it as an address ("flight, confirm ...", "... then, flight.")."""
    for name in speakers:
        if name in turn:
            turn = re.sub(rf"(?:^|(?<=[.;!?] )){re.escape(name)}, |,? {re.escape(name)}(?=[,.;:!?]|$)", "", turn)
    return turn


def _followed_only(turn: str, told: str) -> str | None:
    """A turn that only asks to follow a thing the next turn tells, as what is left of it ("overhead view."), or None."""
    parts = turn.rstrip(".! ").split(", ")
    follows = [part for part in parts if (follow := _FOLLOW_RE.match(part)) and noun_class(follow["noun"])
               and re.search(rf"\b{re.escape(follow['noun'])}", told)]
    if not follows:
        return None
    kept = [part for part in parts if part not in follows]
    return ", ".join(kept) + "." if kept else ""


def _told_in(asked: str, answer: str) -> bool:
    """Whether the thing ``asked`` about ("bird status", "the ball's path") is named in ``answer``."""
    thing = re.match(r"(?:and |so )?(?:the )?(?P<noun>[a-z]+)", asked)
    return bool(thing and noun_class(thing["noun"]) and re.search(rf"\b{re.escape(thing['noun'])}", answer))


# "a flying bird.": a thing named alone, as an answer's last sentence after the places it went
_THING_ALONE_RE = re.compile(r"(?:^|(?<=[.;!] ))(?P<thing>(?:a|an|one|the) (?:[a-z-]+ )?[a-z]+)\.?$")


def _thing_first(answer: str) -> str:
    """An answer that tells a thing's places before naming it ("from the left ... to the right side. a flying bird."),
    with the thing first, so the places are its own."""
    alone = _THING_ALONE_RE.search(answer)
    places = answer[:alone.start()].strip() if alone else ""
    if not alone or not places or not noun_class(alone["thing"].split()[-1]) \
            or any(noun_class(word) for word in re.findall(r"[a-z]+", places)):
        return answer
    return f"{alone['thing']}, {places}"


def transcript_in_plain_words(text: str) -> str:
    """``text``'s turns without their speakers, each question merged with its answer (lower case)."""
    speakers = {label.strip(" :\t\n").lower() for label in SPEAKER_RE.findall(text)}
    turns = [_without_addresses(KEPT_OUT_RE.sub(_not_there, turn.lower()), speakers) for turn in _turns(text)]
    said: list[str] = []
    index = 0
    while index < len(turns):
        turn = turns[index]
        followed = _followed_only(turn, turns[index + 1]) if index + 1 < len(turns) else None
        if followed is not None:
            said.append(followed)
            index += 1
            continue
        request = ROUTE_REQUEST_RE.search(turn) if index + 1 < len(turns) else None
        if request and _CORNER_FIRST_RE.match(turns[index + 1]):
            said.append(turn[:request.start()].rstrip(" ,") + "." if request.start() else "")
            said.append(f"{request['asked']}: {turns[index + 1]}")  # "the ball's route: the lower left corner, then ..."
            index += 2
            continue
        question, mark, after = turn.rpartition("?")
        if mark and not after.strip() and index + 1 < len(turns):
            earlier = re.split(r"(?<=[.!;])\s+", question)
            if len(earlier) > 1:  # "it rolls right. where does it end?": the question is the last sentence
                said.append(" ".join(earlier[:-1]))
                question = earlier[-1]
            asking_about = [part for part in question.split(", ") if _STATUS_ASK_RE.match(part)
                            and _told_in(part, turns[index + 1])]
            if asking_about:  # "ball track, overhead view?": the view is said, the track is what the answer tells
                kept = [part for part in question.split(", ") if part not in asking_about]
                said.append(", ".join(kept) + "." if kept else "")
                said.append(_thing_first(turns[index + 1]))
                index += 2
                continue
            lead, _, asked = question.rpartition(", ")  # "top-down shot, where's the car?"
            if lead and (_WHERE_RE.match(asked) or _ASKING_ONLY_RE.match(asked) or _WHICH_SIDE_RE.match(asked)):
                said.append(lead + ".")
                question = asked
            said.append(answered(question, turns[index + 1]))
            index += 2
            continue
        said.append(turn)
        index += 1
    return " ".join(part if part.rstrip().endswith((".", "!", ";")) else part.rstrip() + "." for part in said if part)
