"""A court's cross-examination transcript, put into the plain question-and-answer lines the quiz reader reads.

A transcript's "Q." and "A." lines are counsel's questions and the witness's answers; what the witness testifies to is
the clip. Everything else on the record is the court's, never a thing and never the clip: the heading of who examines
("BY MS. ABERNATHY:"), another speaker's line ("MR. KOWALSKI: Objection. Leading.", "THE COURT: Overruled."; the
witness's own, "THE WITNESS: ...", is an answer), counsel's closing ("Nothing further, Your Honor.", "No further
questions.") and the address "Your Honor". A line of several sentences is one turn, so its sentences are joined into
one ("A. Gray. A gray dog." the answer "gray, a gray dog"); the clip said where the question is asked ("In the clip,
what do you see?", "Looking at the clip, shot from above: where ...") only frames it, and a topic named before a
question about "it" ("The walking dog. Which side does it start on?") is what the question asks about. A question
counsel states and the witness confirms ("The clip is seen from above, correct?" "Correct.", "So, left to right."
"Yes.") is that statement, and a confirmation that only says the question again adds nothing; a place or way it states
that the witness corrects ("The dog runs left to right?" "Right to left.") is the corrected one ("right" alone, "Right.",
is a yes). A question on the witness's certainty ("Are you certain it was a cat?") states what they are to be sure of,
which the answer may say more fully; a "when" answer's "it" and a bidding's bare description ("Describe the car."
"Blue, ...") are the thing asked about; a line around the turns is said as it is. A plain quiz's "Q:"/"A:" lines with no
mark of the court (a period after "Q", a heading, a speaker, "Your Honor") are the quiz reader's.
"""

from __future__ import annotations

import re

from .quiz_voice import nouns_in, topic_told

# "Q. ...", "A. ...", "Q: ...": the examination's turns, a line each
_TURN_RE = re.compile(r"^[ \t]*(?P<label>Q|A)[.:][ \t]+", re.MULTILINE)
_TITLE = r"(?:MR|MS|MRS|MX|DR|MISS)\.?"
# "BY MS. ABERNATHY:", "BY MR. DE LA CRUZ:": who examines, a heading of the record
_EXAMINER_OPENS = rf"^[ \t]*BY {_TITLE} [A-Z]"
_EXAMINER_RE = re.compile(rf"{_EXAMINER_OPENS}[A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){{0,2}}:[ \t]*$")
# another speaker on the record: counsel by title and name, the court and its officers
_COUNSEL = rf"{_TITLE} [A-Z][A-Z'-]*"
_OFFICER = r"THE (?:COURT|CLERK|BAILIFF|REPORTER|WITNESS)"
# counsel's name of up to three words ("MR. KOWALSKI", "MR. DE LA CRUZ"), or an officer of the court
_SPEAKER = rf"{_COUNSEL}(?: [A-Z][A-Z'-]*){{0,2}}|{_OFFICER}"
_SPEAKER_RE = re.compile(rf"^[ \t]*(?P<who>{_SPEAKER}):[ \t]*")
# counsel's closing and the address to the bench
_CLOSING_RE = re.compile(r"(?:\b(?:nothing further|no further questions|pass the witness)\b(?:,? your hono(?:u)?r)?"
                         r"|,? your hono(?:u)?r\b)[.!]?", re.IGNORECASE)
# "In the clip,", "Looking at the clip,", "Now, in the video:": the clip said where the question is asked
_CLIP_FRAME_RE = re.compile(r"^(?:(?:and|so|now|okay),? )?(?:(?:looking at|turning to|in|on|watching) the "
                            r"(?:clip|video|footage|recording))[,:;] *", re.IGNORECASE)
# "shot from above:": a view said before the question, set off by a colon
_VIEW_COLON_RE = re.compile(r"^(?P<view>(?:(?:seen|viewed|filmed|shot) )?from (?:above|overhead)):[ \t]*",
                            re.IGNORECASE)
# ", correct?", ", right?", ", is that right?", ", isn't it?": a question counsel states, asking only to confirm it
_TAG_RE = re.compile(r", (?:correct|right|is that (?:right|correct|so)|isn't (?:it|that so)|true)\?$", re.IGNORECASE)
# "Correct.", "Yes.", "That's right.", "Yes, sir.": a confirmation, and what it goes on to say
_CONFIRM_RE = re.compile(r"^(?:yes|yeah|correct|that's (?:right|correct|so)|that is (?:right|correct|so)|right(?=[.,!]|$)|true|"
                         r"exactly)(?:,? (?:sir|ma'am))?\b[.,!]? *", re.IGNORECASE)
_QUESTION_OPENING_RE = re.compile(r"^(?:and |so |then |now )?(?:what|which|who|whom|whose|where|when|how|why|is|are|was|"
                                  r"were|does|do|did|can|could|would|will|has|have|had|anything|any)\b", re.IGNORECASE)
_LEAD_RE = re.compile(r"^(?:so|and|now|okay)\b,? *", re.IGNORECASE)
# "The walking dog. Which side ... does it start on?": a bare topic, then a question about "it"
_TOPIC_RE = re.compile(r"^(?P<topic>(?:the|a|an) [a-z]+(?: [a-z]+){0,4}?)(?: (?:in|on) the (?:clip|video|footage))?[.,] +"
                       r"(?P<question>(?:where|which|what|when|how|does|did|is|was)\b[^.]*\bit\b[^.]*\?)$", re.IGNORECASE)
# "Would you describe the bird's flight?", "Can you tell the jury what you saw?": a bidding to testify, which the answer
# alone fulfils
_BIDDING_RE = re.compile(r"^(?:and |so |now )?(?:(?:would|could|can|will) you (?:please )?)?(?:describe|tell (?:us|the "
                         r"(?:court|jury))(?: about)?|explain)\b(?: (?P<thing>(?:the|a|an) [a-z]+(?: [a-z]+)?)(?:'s? [a-z]+)?"
                         r"[.?]?$)?", re.IGNORECASE)
# "No doubt in your mind?", "You're certain?": a question on the witness's own certainty, never the clip
_WITNESS_OWN_RE = re.compile(r"\byour (?:mind|memory|recollection|testimony)\b|\byou(?:'re| are)? (?:sure|certain|"
                             r"positive)\b(?:,? (?:that )?)?", re.IGNORECASE)
# "The dog runs left to right?" answered "Right to left.": where the statement puts its thing, which the answer corrects
_PLACE_SAID_RE = re.compile(r"\b(?P<lead>(?:(?:from|on|at|in|to|toward|towards) )?(?:the )?(?:far )?)(?:left|right|top|"
                            r"bottom|middle|centre|center|upper|lower)\b", re.IGNORECASE)
_PLACE_ANSWER_RE = re.compile(r"^(?P<lead>(?:(?:from|on|at|in|to|toward|towards) )?(?:the )?)(?:far )?(?:left|right|top|"
                              r"bottom|middle|centre|center|upper|lower)\b", re.IGNORECASE)
# the thing a question asks about: "When does the cat appear?", "How long is the ball there?"
_SUBJECT_RE = re.compile(r"\b(?:the|a|an|this|that) (?:[a-z-]+ ){0,2}?[a-z]+\b", re.IGNORECASE)
# "A galloping horse, ...", "Two dogs ...": an answer that names its thing
_NAMED_RE = re.compile(r"^(?:the|a|an|one|two|three|four|five|some|this|that)\b", re.IGNORECASE)
# "Absolutely.", "I'm sure.": the witness's certainty, no part of what they say
_SURE_RE = re.compile(r"^(?:(?:i'm|i am) )?(?:absolutely|positive|certain|sure|definitely)\b[.,!]? *", re.IGNORECASE)
_CONTRACTED_RE = re.compile(r"^(?:it|they|he|she)(?P<be>'s|'re)?", re.IGNORECASE)
# the court's record: the examiner's heading begun, a speaker's line (as the speaker reader reads one), the address
# to the bench
_COURT_MARK_RE = re.compile(rf"{_EXAMINER_OPENS}|^[ \t]*(?:{_SPEAKER}):|\b(?i:your hono(?:u)?r)\b", re.MULTILINE)
_PRONOUN_RE = re.compile(r"^(?:it|they|he|she)\b", re.IGNORECASE)
# "When does it show up?" answered "It's there from the start ...": the answer a whole clause on the thing asked about
_WHEN_RE = re.compile(r"^(?:and |so )?(?:when|how long)\b", re.IGNORECASE)
_CLAUSE_ANSWER_RE = re.compile(r"^(?:it|they|he|she)(?:'s|'re| is| are| was| were| [a-z]+s)\b", re.IGNORECASE)
# "And there's a ball?" answered "A ball rolls from ...": a question whether a thing is there, answered by what it does
_THERE_ASKED_RE = re.compile(r"^(?:and |so )?(?:there(?:'s| is| was| were| are)|(?:is|was|are|were) there)\b",
                             re.IGNORECASE)
_DENIAL_RE = re.compile(r"^(?:no|nope|not|nothing|none)\b", re.IGNORECASE)


def looks_like_court_transcript(prompt: str) -> bool:
    """Whether the prompt holds at least two "Q." turns and one "A." turn, each opening its line, and a mark of the
    court's record: a "Q." or "A." with its period, the examiner's heading, another speaker's line or "Your Honor". A
    plain quiz's "Q:" and "A:" lines are the quiz reader's."""
    if "Q" not in prompt or "\n" not in prompt:
        return False
    turns = list(_TURN_RE.finditer(prompt))
    labels = [m["label"] for m in turns]
    if labels.count("Q") < 2 or "A" not in labels:
        return False
    return any(m.group().rstrip().endswith(".") for m in turns) or bool(_COURT_MARK_RE.search(prompt))


def _question_said(question: str) -> str:
    """The question without the clip that frames it, its view set off by a comma, and its topic put in for "it"."""
    question = _CLIP_FRAME_RE.sub("", question)
    question = _VIEW_COLON_RE.sub(lambda m: m["view"] + ", ", question)
    topic = _TOPIC_RE.match(question)
    if topic:
        question = re.sub(r"\bit\b", topic["topic"].lower(), topic["question"], count=1)
    return _capitalised(question)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def court_transcript_as_quiz(prompt: str) -> str:
    """The examination's turns alone, a "Q." or "A." line each, as the quiz reader reads them."""
    turns: list[list[str]] = []
    for line in prompt.splitlines():
        if _EXAMINER_RE.match(line):
            continue
        speaker = _SPEAKER_RE.match(line)
        if speaker:
            if speaker["who"] == "THE WITNESS":
                turns.append(["A", line[speaker.end():]])
            continue
        turn = _TURN_RE.match(line)
        if turn:
            turns.append([turn["label"], line[turn.end():]])
        elif not line.strip():
            continue
        elif turns and not (turns[-1][1].rstrip().endswith((".", "?", "!")) and line.strip()[:1].isupper()):
            turns[-1][1] += " " + line.strip()  # a turn carried on to the next line
        else:
            turns.append(["P", line.strip()])  # a line of its own around the turns, said as it is
    said: list[str] = []
    index = 0
    while index < len(turns):
        label, text = turns[index]
        text = _CLOSING_RE.sub("", text).strip(" ,")
        answer = turns[index + 1][1].strip() if index + 1 < len(turns) and turns[index + 1][0] == "A" else None
        if label == "P":
            said.append(text)
        if label == "A" and text:
            said.append("A. " + _fullest(text))
        if label != "Q" or not text:
            index += 1
            continue
        told = _told(text, answer)
        if told is None:
            said.append("Q. " + _question_said(text))
            index += 1
            continue
        said.extend(told)
        index += 2 if answer is not None else 1
    return "\n".join(said)


def _fullest(answer: str) -> str:
    """An answer of several sentences where one says all the others do, "Gray. A gray dog.", as that one alone."""
    sentences = [part.strip() for part in re.findall(r"[^.!?]+[.!?]*", answer) if part.strip(" .!?")]
    if len(sentences) < 2:
        return answer
    fullest = max(sentences, key=lambda sentence: len(_words(sentence)))
    if all(set(_words(sentence)) <= set(_words(fullest)) for sentence in sentences):
        return fullest
    return answer


def _told(question: str, answer: str | None) -> list[str] | None:
    """What a question and its answer tell as statements, or None where the quiz reader is to read the pair: the answer
    alone where it says it all, the question where counsel states it and the witness confirms it or says it again."""
    own = _WITNESS_OWN_RE.search(question)
    if own:
        return _sure_of(question[own.end():].strip(" ?.,"), answer)
    bidding = _BIDDING_RE.match(question)
    if answer is not None and bidding and bidding["thing"]:
        return [_described(bidding["thing"].lower(), answer)]
    if answer is not None and _WHEN_RE.match(question) and _CLAUSE_ANSWER_RE.match(answer):
        subject = _subject(question)  # "When does the cat appear?" "It appears ...": the cat appears ...
        return [_pronoun_put(subject, answer) if subject else _capitalised(answer)]
    if answer is not None and (bidding or (_THERE_ASKED_RE.match(question) and not _CONFIRM_RE.match(answer)
                                   and not _DENIAL_RE.match(answer) and len(_words(answer)) > 3)):
        return [_capitalised(answer)]
    stated, tagged = _TAG_RE.subn(".", question)
    declarative = bool(tagged) or not _QUESTION_OPENING_RE.match(_LEAD_RE.sub("", question))
    statement = [_capitalised(_LEAD_RE.sub("", stated).rstrip("?.")) + "."]
    if answer is None:
        return statement if not question.endswith("?") else None
    confirmed = _CONFIRM_RE.match(answer)
    denied = _DENIAL_RE.match(answer)
    corrected = None if confirmed else _corrected(statement[0][:-1], answer[denied.end():] if denied else answer)
    if declarative and corrected:
        return [corrected + "."]
    if not declarative or not (confirmed or set(_words(answer)) <= set(_words(question))):
        return None
    rest = answer[confirmed.end():].strip(" .") if confirmed else ""
    if rest and not set(_words(rest)) <= set(_words(stated)):
        statement.append(_capitalised(rest) + ".")
    return statement


def _subject(question: str) -> str | None:
    """The thing a question asks about, "the cat" of "When does the cat appear?", or None where it names none."""
    nouns = nouns_in(question.lower())
    if not nouns:
        return None
    named = re.search(rf"\b(?:the|a|an|this|that) (?:[a-z-]+ ){{0,2}}?{re.escape(nouns[0])}\b", question.lower())
    return named.group() if named else None


def _pronoun_put(subject: str, answer: str) -> str:
    """The answer's opening "it" (or "it's") said as the thing asked about: "It's there ..." "The ball is there ..."."""
    pronoun = _CONTRACTED_RE.match(answer)
    if pronoun is None:
        return _capitalised(answer)
    be = {"'s": " is", "'re": " are"}.get((pronoun["be"] or "").lower(), "")
    return _capitalised(subject + be + answer[pronoun.end():])


def _described(thing: str, answer: str) -> str:
    """A bidding to describe a thing answered: "It rolls ..." is the thing rolling, "Rolls ..." the same, "Brown and
    small" the thing's own description, and an answer naming the thing or another ("A galloping horse, ...") alone."""
    if _PRONOUN_RE.match(answer):
        return _pronoun_put(thing, answer)
    if set(nouns_in(answer.lower())) & set(nouns_in(thing)) or _NAMED_RE.match(answer):
        return _capitalised(answer)
    said = answer[:1].lower() + answer[1:]
    return _capitalised(topic_told(thing, said) or f"{thing} is {said}")


def _sure_of(stated: str, answer: str | None) -> list[str]:
    """A question on the witness's certainty: what it asks them to be sure of ("Are you certain it was a cat?") is a
    statement, which the answer may say more fully ("Yes, a black cat on the left.") or correct; asked alone ("No doubt
    in your mind?") it says only what the answer adds after its yes."""
    about = stated if nouns_in(stated.lower()) or _PLACE_SAID_RE.search(stated) else ""
    if answer is None:
        return [_capitalised(about) + "."] if about else []
    denied, confirmed = _DENIAL_RE.match(answer), _CONFIRM_RE.match(answer)
    rest = answer[(denied or confirmed).end():] if denied or confirmed else answer
    rest = _SURE_RE.sub("", rest.strip(" ,")).strip(" ,.!")
    if denied or not about:
        corrected = _corrected(about, rest) if about else None
        return [corrected + "."] if corrected else [_capitalised(rest) + "."] if nouns_in(rest.lower()) else []
    if not rest or set(_words(rest)) <= set(_words(about)):
        return [_capitalised(about) + "."]
    if set(nouns_in(rest.lower())) & set(nouns_in(about.lower())):
        return [_capitalised(rest) + "."]  # the answer says the thing again, more fully
    return [_capitalised(about) + ".", _capitalised(rest) + "."]


def _corrected(stated: str, answer: str) -> str | None:
    """A statement whose place or way the answer corrects: "The dog runs left to right?" "Right to left." the dog
    running right to left; None where the answer names no place, or a thing."""
    place, said = _PLACE_ANSWER_RE.match(answer.strip()), _PLACE_SAID_RE.search(stated)
    if place is None or said is None or nouns_in(answer.lower()):
        return None
    answer = answer.strip(" .!")
    return _capitalised(stated[:said.start()] + ("" if place["lead"] else said["lead"]) + answer[:1].lower() + answer[1:])
