"""A press conference's questions and answers, put into the plain statements its spokesperson makes.

A briefing's turns ("Q (Evening Courier): What's in the clip? A: A black car ...", "Q: Just to clarify, how many? A:
...") are reporters asking and a spokesperson answering; the reporters, their papers and the podium are never in the
video, and what the spokesperson confirms is the clip. Unlike a quiz's short answers, a spokesperson answers in whole
statements, so each answer is read for itself:
- a sentence naming no thing and no part of the clip ("Yes.", "It is.", "I can.", "Confirmed.", "Next question.",
  "I'll leave it there.", "That's all we know.", "Thank you, everyone.") is the room's talk, never the clip;
- a "yes," or "no," before a statement ("No, the ball stays still.") only answers the question;
- a statement about "it" ("It stays still.") or one with no thing ("Not in the first half of the clip.") is about the
  thing the question asks after ("Does the car move at all?", "When does the cat show up?");
- a view said in a question ("Seen from above, where does the car go?") is the camera's;
- a question answered by no statement of its own ("Is the dog there in the second half? No.") is the quiz reader's.
A prompt is a briefing where a "Q" label names a reporter's paper ("Q (Tribune):") or a "Q:" and "A:" come with the
room's own words ("Next question.", "I won't speculate", "Just to clarify,").
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .quiz_voice import quiz_in_plain_words

# "Q (Evening Courier):", "Q:", "A:": a turn's label, at the start or after a sentence's end
_TURN_RE = re.compile(r"(?:^|(?<=[\s.?!]))(?P<label>Q|A)(?:[ \t]?\((?P<outlet>[A-Z][^()\n]{0,40})\))?[ \t]?:[ \t]+")
_OUTLET_RE = re.compile(r"(?:^|(?<=[\s.?!]))Q[ \t]?\([A-Z][^()\n]{0,40}\)[ \t]?:[ \t]")
# the room's own words: the spokesperson closing a turn, a reporter's lead-in
_ROOM_WORDS_RE = re.compile(r"\b(?:next question|i won't speculate|i will not speculate|i'll leave it there|no comment|"
                            r"moving on|that's all (?:i have|we know|i can say)|thank you,? (?:all|everyone)|"
                            r"just to clarify|follow[- ]up|can you confirm)\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[^.?!;]+[.?!;]*")
# what a sentence says of the clip beside its things: a side, a half, a moment, a stillness, a view
_CLIP_WORD_RE = re.compile(r"\b(?:left|right|top|bottom|upper|lower|corner|middle|centre|center|half|start|end|finish|"
                           r"beginning|throughout|whole|entire|still|above|overhead)\b", re.IGNORECASE)
# "Yes, ...", "No, ...": the answer to the question before the statement
_YES_NO_RE = re.compile(r"^(?:yes|no|yeah|nope|correct|right)\b,[ \t]*", re.IGNORECASE)
# "It is.", "They do.", "I can.", "We did not.": a yes or a no said with the question's own verb
_CONFIRMATION_RE = re.compile(r"^(?:it|they|he|she|i|we|that|this)(?:'s| (?:is|are|was|were|does|do|did|can|could|will|"
                              r"has|have|had))(?: not|n't)?[ \t]*[.!;]*$", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"^(?:it|they)\b(?=[ \t]+[a-z])", re.IGNORECASE)
# "Not in the first half of the clip.": a statement whose thing the question names
_NOT_IN_RE = re.compile(r"^not\b(?=[ \t]+(?:in|at|during|until|before|after)\b)", re.IGNORECASE)
# "Seen from above, where ...", "What's the cat's route, viewed from above?": the view a question is asked in
_VIEW_RE = re.compile(r"\b(?:(?:seen|viewed|filmed|shot|looking down) )?from (?:above|overhead)\b|\boverhead\b|"
                      r"\btop[- ]down\b", re.IGNORECASE)


def looks_like_press_conference(prompt: str) -> bool:
    """Whether ``prompt`` is a briefing's turns: a "Q" and an "A" label, and a reporter's paper named in a "Q" label or
    the room's own words."""
    if "A" not in prompt or "Q" not in prompt:
        return False
    labels = [m["label"] for m in _TURN_RE.finditer(prompt)]
    if "Q" not in labels or "A" not in labels:
        return False
    return bool(_OUTLET_RE.search(prompt) or _ROOM_WORDS_RE.search(prompt))


def _topic(question: str) -> str | None:
    """The thing a question asks after: its first word naming a thing drawn."""
    return next((word for word in re.findall(r"[a-z]+", question.lower()) if noun_class(word) is not None), None)


def _names_a_thing(sentence: str) -> bool:
    return any(noun_class(word) is not None for word in re.findall(r"[a-z]+", sentence.lower()))


def _statements(answer: str, topic: str | None) -> list[str]:
    """The answer's sentences that say the clip, each about a thing."""
    said = []
    for sentence in _SENTENCE_RE.findall(answer):
        sentence = _YES_NO_RE.sub("", sentence.strip()).strip()
        if _CONFIRMATION_RE.match(sentence):
            continue  # "It is.", "They do.", "I can.": the question's yes
        if topic is not None:  # "It flies off.": the thing asked after
            sentence = _PRONOUN_RE.sub(f"the {topic}", sentence, count=1)
            sentence = _NOT_IN_RE.sub(f"there is no {topic}", sentence, count=1)
        if not _names_a_thing(sentence) and not _CLIP_WORD_RE.search(sentence):
            continue  # "Next question.", "That's all we know.": the room's talk
        said.append(sentence.rstrip(".;!? ") + ".")
    return said if any(_names_a_thing(sentence) for sentence in said) else []


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
    for index, turn in enumerate(turns):
        end = turns[index + 1].start() if index + 1 < len(turns) else len(prompt)
        text = prompt[turn.end():end].strip()
        if turn["label"] == "Q":
            question = text
            viewed = viewed or bool(_VIEW_RE.search(text))
            continue
        statements = _statements(text, _topic(question or ""))
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
