"""A support chat, a comic's panel script and a detective's case notes, put into the plain scene they tell.

- A support chat ("Agent: Happy to help! Anything else? Customer: No, just two cats."): the labels are speakers,
  never things; an agent's turn that only agrees ("Got it, left to right.", "Perfect, noted.") says nothing new,
  and a question is read with its answer: a wh-question ("Which way does the car go?", "And the bird?") is answered
  by the reply alone, its "it" the thing asked about; "And the second half?" times the reply; "Anything else?"
  answered "no" is "nothing else"; a listener asked to make something ("Can you make it show two balls?") asks, the
  "Absolutely!" after it agrees. A chat whose confirming turn says the whole request again is left to the
  assistant's reader, which reads that turn alone.
"""

from __future__ import annotations

import re

from .horoscope_adventure_and_assistant_voices import CONFIRMING_RE
from .object_classes import noun_class
from .transcript_voice import answered

# "customer: ", "agent: " opening a turn: at the start or after a sentence's end
_LABEL_RE = re.compile(r"(?:^|(?<=[.!?]) +)(?P<label>[a-z]+) ?: +")
# an agreeing opening: "got it,", "sure thing!", "perfect.", "great, noted.", "understood, left to right!"
_AGREEING = (r"(?:sure(?: thing)?|okay|ok|got it|of course|certainly|absolutely|alright|all right|no problem|right away"
             r"|will do|on it|done|happy to help|glad to help|perfect|great|noted|understood|sounds good|excellent"
             r"|wonderful|lovely|cool|thanks|thank you)")
_AGREEING_RE = re.compile(rf"^{_AGREEING}\b")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
_WH_RE = re.compile(r"^(?:and |so |ok,? |okay,? )?(?:what|which|how|where|when|who)\b")
# "and the bird?", "what about the car?": a question naming only what it asks about
_ELLIPTICAL_RE = re.compile(r"^(?:and|so|what about|how about) (?P<asked>(?:in |for |during )?(?:the|a|an) [a-z -]+)$")
_TIME_RE = re.compile(r"^(?:in |for |during )?the (?:first|second|other|last) half$|^(?:at |by )?the (?:start|beginning|end)$")
_ELSE_RE = re.compile(r"\b(?:anything|something|nothing) else\b")
_NO_RE = re.compile(r"^(?:no|nope|nah)\b[,.!]?\s*")
# "can you make it show two balls?", "could you please create a clip of ...?": the listener asked to make the clip
_REQUEST_RE = re.compile(r"^(?:so |and )?(?:can|could|would|will) you (?:please |just )?(?:make|show|create|give|render|draw"
                         r"|generate|build|produce|animate)\b")
_PRONOUN_RE = re.compile(r"^(?:it|they)\b(?!'s| is| was| are| were)")  # "it is a top-down view" names no thing


def _labels(text: str) -> list[re.Match]:
    return list(_LABEL_RE.finditer(text))


def looks_like_support_chat(text: str) -> bool:
    """Two speakers taking turns, one answering the other's question or agreeing to what the other said."""
    labels = _labels(text)
    names = [label["label"] for label in labels]
    if len(set(names)) < 2 or any(a == b for a, b in zip(names, names[1:])) or any(noun_class(name) for name in names):
        return False
    return "?" in text[:labels[-1].start()] or any(_AGREEING_RE.match(turn) for turn in _turns(text)[1:])


def _turns(text: str) -> list[str]:
    labels = _labels(text)
    return [text[label.end():following.start() if following else len(text)].strip()
            for label, following in zip(labels, labels[1:] + [None])]


def _restates_request(turns: list[str]) -> bool:
    """Whether a later turn agrees and then says again every thing the others name (the assistant's confirmation)."""
    for index, turn in enumerate(turns[1:], start=1):
        confirmation = CONFIRMING_RE.match(turn)
        if not confirmation or not confirmation.end():
            continue
        said = {noun_class(word) for word in re.findall(r"[a-z]+", turn[confirmation.end():])} - {None}
        asked = {noun_class(word) for other in turns[:index] for word in re.findall(r"[a-z]+", other)} - {None}
        if said and asked <= said:
            return True
    return False


def _without_agreement(turn: str) -> str:
    """``turn`` without its agreeing sentences: they say again what was asked, or nothing."""
    kept = [sentence.strip() for sentence in _SENTENCE_RE.findall(turn)
            if not (_AGREEING_RE.match(sentence.strip()) and not sentence.rstrip().endswith("?"))]
    return " ".join(sentence for sentence in kept if sentence)


def _thing_asked(question: str) -> str | None:
    """The thing a question asks about, with its determiner ("the dog")."""
    for match in re.finditer(r"\b(?:the|a|an|this|that) (?P<words>[a-z-]+(?: [a-z]+)?)", question):
        words = match["words"].split()
        for count in range(1, len(words) + 1):
            if noun_class(words[count - 1]):
                return " ".join(["the", *words[:count]])
    return None


def _reply_to(question: str, answer: str) -> str:
    """One statement for ``question`` and its ``answer``."""
    asked = question.rstrip("?! ").strip()
    if _ELSE_RE.search(asked):  # "anything else? no, just two cats": nothing else, and what the rest says
        if _NO_RE.match(answer):
            return "nothing else. " + _NO_RE.sub("", answer)
        return answer
    elliptical = _ELLIPTICAL_RE.match(asked)
    if elliptical and _TIME_RE.match(elliptical["asked"]):  # "and the second half? no car at all": then
        when = elliptical["asked"]
        return f"{when if when.startswith(('in ', 'at ', 'by ')) else 'in ' + when.removeprefix('for ')}, {answer}"
    if elliptical or _WH_RE.match(asked):
        thing = _thing_asked(asked)
        if thing and _PRONOUN_RE.match(answer):
            return _PRONOUN_RE.sub(thing, answer, count=1)
        if elliptical or not re.match(r"^(?:and |so )?(?:which|what) side|^(?:and |so )?where\b|^(?:and |so )?how long\b", asked):
            return answer
    return answered(question, answer)


def support_chat_in_plain_words(text: str) -> str:
    """``text``'s turns without their labels, agreements dropped and each question read with its answer."""
    turns = _turns(text)
    if _restates_request(turns):
        return text
    lead = text[:_labels(text)[0].start()].strip()
    said: list[str] = [lead] if lead else []
    index = 0
    while index < len(turns):
        turn = _without_agreement(turns[index])
        sentences = [sentence.strip() for sentence in _SENTENCE_RE.findall(turn)]
        if sentences and sentences[-1].endswith("?") and index + 1 < len(turns):
            said.extend(sentences[:-1])
            question = sentences[-1]
            if _REQUEST_RE.match(question):  # asked to make it: the request stands, the reply only agrees
                said.append(question)
                index += 1
                continue
            reply = [sentence.strip() for sentence in _SENTENCE_RE.findall(turns[index + 1])]
            asks_back = len(reply) > 1 and reply[-1].endswith("?") and index + 2 < len(turns)
            answer = " ".join(reply[:-1] if asks_back else reply)
            if _WH_RE.match(question) or _ELLIPTICAL_RE.match(question.rstrip("?! ")) or _ELSE_RE.search(question):
                answer = _without_agreement(answer)
            said.append(_reply_to(question, answer) if answer else question)
            if asks_back:  # "sure! anything else?": the reply asks in turn, and the next turn answers that
                turns[index + 1] = reply[-1]
                index += 1
            else:
                index += 2
            continue
        if turn:
            said.append(turn)
        index += 1
    return " ".join(part if part.endswith((".", "!", "?", ";")) else part + "." for part in said if part)
