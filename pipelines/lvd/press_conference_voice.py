"""A press conference's questions and answers, put into the plain statements its spokesperson makes.

A briefing's turns ("Q (Evening Courier): What's in the clip? A: A black car ...", "Q: Just to clarify, how many? A:
...") are reporters asking and a spokesperson answering; the reporters, their papers and the podium are never in the
video, and what the spokesperson confirms is the clip. Unlike a quiz's short answers, a spokesperson answers in whole
statements, so each answer is read for itself:
- a sentence naming no thing and no part of the clip ("Yes.", "It is.", "I can.", "Confirmed.", "Next question.",
  "I'll leave it there.", "That's all we know.", "Thank you, everyone.") is the room's talk, never the clip;
- a "yes," or "no," before a statement ("No, the ball stays still.") only answers the question; after a yes, what a
  yes-or-no question said stands too ("Does a dog chase a cat? Yes, the dog is black."), unless the answer brings the
  thing in anew ("Yes. A walking dog walks ...");
- a statement about "it" ("It stays still.") or one with no thing ("Not in the first half of the clip.") is about the
  thing the question asks after, colours and all ("Does the red car move at all?", "When does the cat show up?");
- a one- or two-word answer to a what-question ("What colour is the bus? Yellow.") is the quiz's;
- a view said in a question ("Seen from above, where does the car go?") is the camera's;
- a question answered by no statement of its own ("Is the dog there in the second half? No.") is the quiz reader's.
A prompt is a briefing where a "Q" label names a reporter's paper ("Q (Tribune):") or a "Q:" and "A:" come with the
room's own words, a whole sentence ("Next question.", "Moving on.") or a sentence's lead-in ("I won't speculate",
"Just to clarify,"), never words inside a statement ("Moving on to the next shot, a dog sits.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .object_classes import names_a_thing, noun_class
from .quiz_voice import quiz_in_plain_words
from .vocabulary import COLORS, WORD_RE

# "Q (Evening Courier):", "Q:", "A:": a turn's label, at the start or after a sentence's end
_TURN_RE = re.compile(r"(?:^|(?<=[\s.?!]))(?P<label>Q|A)(?:[ \t]?\((?P<outlet>[A-Z][^()\n]{0,40})\))?[ \t]?:[ \t]+")
_OUTLET_RE = re.compile(r"(?:^|(?<=[\s.?!]))Q[ \t]?\([A-Z][^()\n]{0,40}\)[ \t]?:[ \t]")
# the room's own words, each a whole sentence ("Next question.", "Moving on.", "Can you confirm that?") or a sentence's
# lead-in ("Just to clarify, how many?", "I won't speculate on ..."); never "moving on" inside a statement
_ROOM_SENTENCE_RE = re.compile(r"^(?:next question|moving on|no comment|i'll leave it there|i will leave it there|"
                               r"that's all (?:i have|we know|i can say)|thank you,? (?:all|everyone)|"
                               r"can you confirm(?: that| this| it)?|follow[- ]up)[ \t]*[.?!]*$", re.IGNORECASE)
_ROOM_LEAD_RE = re.compile(r"^(?:just to clarify|follow[- ]up|i won't speculate|i will not speculate)\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.?!]+[.?!]*")
# what a sentence says of the clip beside its things: a side, a half, a moment, a stillness, a view
_CLIP_WORD_RE = re.compile(r"\b(?:left|right|top|bottom|upper|lower|corner|middle|centre|center|half|start|end|finish|"
                           r"beginning|throughout|whole|entire|still|above|overhead)\b", re.IGNORECASE)
# "Yes, ...", "No, ...": the answer to the question before the statement
_YES_NO_RE = re.compile(r"^(?:yes|no|yeah|nope|correct|right)\b,[ \t]*", re.IGNORECASE)
_YES_RE = re.compile(r"^(?:yes|yeah|yep|correct|confirmed|indeed|i can|we can)\b", re.IGNORECASE)
# "It is, on the left.", "it does, and then it stops": a yes said with the question's verb, before more of the answer
_CONFIRMED_LEAD_RE = re.compile(r"^(?:it|they|he|she)(?:'s| (?:is|are|was|were|does|do|did|can|could|will|has|have|had)),"
                                r"[ \t]*(?:and[ \t]+)?(?:then[ \t]+)?", re.IGNORECASE)
_AND_RE = re.compile(r"^and[ \t]+(?:then[ \t]+)?", re.IGNORECASE)
# "Does the car ...?", "Can you confirm two cats ...?": a question a yes confirms as said
_YES_NO_QUESTION_RE = re.compile(r"^(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b", re.IGNORECASE)
_CONFIRM_LEAD_RE = re.compile(r"^(?:can|could) you (?:confirm|tell us|say)(?: that| whether| if)?[ \t]+", re.IGNORECASE)
# "On the left side.": where the thing asked after is
_PLACE_LEAD_RE = re.compile(r"^(?:on|in|at|near|next to|beside|by)\b", re.IGNORECASE)
_WH_RE = re.compile(r"^(?:what|which|how)\b", re.IGNORECASE)
_INDEFINITE = frozenset("a an one two three four five six seven eight nine ten some several".split())
# "It is.", "They do.", "I can.", "We did not.": a yes or a no said with the question's own verb
_CONFIRMATION_RE = re.compile(r"^(?:it|they|he|she|i|we|that|this)(?:'s| (?:is|are|was|were|does|do|did|can|could|will|"
                              r"has|have|had))(?: not|n't)?[ \t]*[.!;]*$", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"^(?:it|they)\b(?=[ \t]+[a-z])", re.IGNORECASE)
# "Not in the first half of the clip.": a statement whose thing the question names
_NOT_IN_RE = re.compile(r"^not\b(?=[ \t]+(?:in|at|during|until|before|after)\b)", re.IGNORECASE)
# "Seen from above, where ...", "What's the cat's route, viewed from above?": the view a question is asked in
_VIEW_RE = re.compile(r"\b(?:(?:seen|viewed|filmed|shot|looking down) )?from (?:above|overhead)\b|\boverhead\b|"
                      r"\btop[- ]down\b", re.IGNORECASE)


def _turn_texts(prompt: str, turns: list[re.Match]) -> Iterator[tuple[re.Match, str]]:
    """Each turn's label match and the words it heads, up to the next label."""
    for index, turn in enumerate(turns):
        end = turns[index + 1].start() if index + 1 < len(turns) else len(prompt)
        yield turn, prompt[turn.end():end]


def looks_like_press_conference(prompt: str) -> bool:
    """Whether ``prompt`` is a briefing's turns: a "Q" and an "A" label, and a reporter's paper named in a "Q" label or
    the room's own words."""
    if "A" not in prompt or "Q" not in prompt:
        return False
    turns = list(_TURN_RE.finditer(prompt))
    labels = [m["label"] for m in turns]
    if "Q" not in labels or "A" not in labels:
        return False
    if _OUTLET_RE.search(prompt):
        return True
    for _, text in _turn_texts(prompt, turns):
        for sentence in _SENTENCE_RE.findall(text):
            sentence = sentence.strip()
            if _ROOM_SENTENCE_RE.match(sentence) or _ROOM_LEAD_RE.match(sentence):
                return True
    return False


def _topic(question: str) -> str | None:
    """The thing a question asks after, with the colours said before it ("the red car"): its first word naming a thing
    drawn, never a verb before its subject ("Can you ...")."""
    words = WORD_RE.findall(_CONFIRM_LEAD_RE.sub("", question.lower()))
    for index, word in enumerate(words):
        if noun_class(word) is None or index + 1 < len(words) and words[index + 1] in ("you", "we", "i", "it", "they"):
            continue
        start = index
        while start > 0 and index - start < 2 and words[start - 1] in COLORS:
            start -= 1
        return " ".join(words[start:index + 1])
    return None


def _introduces(statements: list[str], question: str) -> bool:
    """Whether the answer brings in anew ("A walking dog walks ...") a thing the question names."""
    asked = {noun_class(word)[0] for word in WORD_RE.findall(question.lower()) if noun_class(word) is not None}
    for statement in statements:
        words = WORD_RE.findall(statement.lower())
        for index, word in enumerate(words):
            named = noun_class(word)
            if named is not None and named[0] in asked and any(w in _INDEFINITE for w in words[max(0, index - 3):index]) \
                    and "the" not in words[max(0, index - 3):index]:
                return True
    return False


def _as_confirmed(question: str) -> str:
    """What a yes to ``question`` says ("Does a dog chase a cat?" -> "a dog does chase a cat.")."""
    confirmed = _CONFIRM_LEAD_RE.sub("", question)
    if confirmed != question:
        return confirmed.rstrip(" ?") + "."
    return quiz_in_plain_words(f"Q: {question} A: Yes.")


def _statements(answer: str, question: str) -> tuple[list[str], bool]:
    """The answer's sentences that say the clip, each about a thing, and whether it opens on a yes."""
    topic = _topic(question)
    said = []
    confirmed = False
    for number, sentence in enumerate(_SENTENCE_RE.findall(answer)):
        sentence = sentence.strip()
        if number == 0:
            confirmed = bool(_YES_RE.match(sentence) or _CONFIRMATION_RE.match(sentence)
                             or _CONFIRMED_LEAD_RE.match(sentence))
        sentence = _YES_NO_RE.sub("", sentence).strip()
        sentence = _AND_RE.sub("", _CONFIRMED_LEAD_RE.sub("", sentence)).strip()  # "It is, on the left."
        if _CONFIRMATION_RE.match(sentence) or _ROOM_SENTENCE_RE.match(sentence):
            continue  # "It is.", "They do.", "I can.": the question's yes; "Next question.": the room's
        if topic is not None:  # "It flies off.": the thing asked after
            sentence = _PRONOUN_RE.sub(f"the {topic}", sentence, count=1)
            sentence = _NOT_IN_RE.sub(f"there is no {topic}", sentence, count=1)
            if _PLACE_LEAD_RE.match(sentence):
                sentence = f"the {topic} is {sentence}"  # "On the left side.": where it is
        if not names_a_thing(sentence.lower()) and not _CLIP_WORD_RE.search(sentence):
            if number == 0 and _WH_RE.match(question) and len(sentence.split()) <= 2 and not _YES_RE.match(sentence):
                said.append(quiz_in_plain_words(f"Q: {question} A: {sentence}"))  # "What colour? Yellow."
            continue  # "Next question.", "That's all we know.": the room's talk
        said.append(sentence.rstrip(".;!? ") + ".")
    if not any(names_a_thing(sentence.lower()) for sentence in said):
        return [], confirmed
    return said, confirmed


def press_conference_in_plain_words(prompt: str) -> str:
    """The statements the spokesperson makes, after the view any question is asked in."""
    turns = list(_TURN_RE.finditer(prompt))
    said: list[str] = []
    viewed = False
    question = None
    lead = prompt[:turns[0].start()].strip() if turns else ""
    if lead:
        said.append(lead)
    unanswered: list[str] = []  # questions answered by no statement, read by the quiz reader together
    for turn, text in _turn_texts(prompt, turns):
        text = text.strip()
        if turn["label"] == "Q":
            question = text
            viewed = viewed or bool(_VIEW_RE.search(text))
            continue
        statements, confirmed = _statements(text, question or "")
        if statements and confirmed and question and _YES_NO_QUESTION_RE.match(question) \
                and not _introduces(statements, question):
            statements.insert(0, _as_confirmed(question))  # "Does a dog chase a cat? Yes, the dog is black."
        if statements:
            if unanswered:
                said.append(quiz_in_plain_words(" ".join(unanswered)))
                unanswered = []
            said.extend(statements)
        elif question is not None:
            unanswered.append(f"Q: {question} A: {text}")  # "Is it there later? No.": the quiz's
        question = None
    if unanswered:
        said.append(quiz_in_plain_words(" ".join(unanswered)))
    text = " ".join(s for s in said if s)
    if viewed and not _VIEW_RE.search(text):
        text = f"Seen from above, {text[:1].lower()}{text[1:]}" if text else text
    return text
