"""A yes-or-no question and the short retort that answers it, told as the one statement they make together.

A speaker working a crowd asks and answers in turn: "Is there anything else in the clip? Oh no there isn't!" says that
nothing else is in the clip, "Is the car moving? No it isn't!" that the car is not moving, "Is there a cat? Not in the
first half there isn't!" that no cat is there in the first half, and "Is there one dog? Oh yes there is!" that there
is one. Read apart, the retort's "there isn't" or "it isn't" would deny a thing's presence on its own. A retort after
a statement rather than a question ("... and there's nothing else, oh no there isn't!", "A dog sits. Oh yes it
does!", "Oh yes, it's true!") only says that statement again and goes, where it agrees with it; one that contradicts
a statement is left to the reading. A question the tables cannot split into its subject and the rest is left as it is.
Singlish asks "got a bird or not?" and answers it at once: "Don't have." says there is no bird, "Have." that there is.
A question about "the" thing that a statement of the prompt tells ("Are the two birds flying? Yes they are! Two birds
fly ...") only leads up to that statement: it goes with its answer.
"""

from __future__ import annotations

import re

from .object_classes import kind_pattern, noun_class
from .rewrite_text import any_said_re, spaces_tidied

_AUXILIARY = r"(?:is|are|was|were|does|do|did|can|could|will|would|has|have)"
_WHO = r"(?:there|it|they|he|she|that)"
# "oh no there isn't!", "no, it is not.", "yes there is!", "oh yes it does!", "nope, they aren't.": a retort, its
# auxiliary said with its subject, a sentence or a clause of its own
RETORT_RE = re.compile(r"\b(?:oh,? )?(?P<answer>no|yes|nope|yep|yeah|nah),? " + _WHO
                       + r"(?:'s|'re| " + _AUXILIARY + r"(?:n't)?| cannot| won't)(?: not)?"
                       r"(?P<affirmed> (?:so|true|right))?"
                       r"(?P<end>\s*(?:[!.]+|$))")
# "not in the first half there isn't!", "oh no, not at the start it isn't!": a retort denying for a time only
TIMED_RETORT_RE = re.compile(r"\b(?:oh,? )?(?:no,? )?not "
                             r"(?P<when>(?:in|at|during|before|after|until) the [a-z]+(?: [a-z]+)?) "
                             + _WHO + r"(?:'s|'re| " + _AUXILIARY + r"(?:n't)?)(?: not)?(?P<end>\s*(?:[!.]+|$))")
_NEGATION_RE = re.compile(r"\b(?:no|not|nothing|none|never|nobody|nowhere|cannot)\b|n't\b")
_QUESTION_OPENERS_RE = re.compile(r"^(?:(?:and|so|but|well|now|then|oh|ooh|ok|okay),? )+")
EXISTENTIAL_RE = re.compile(r"^(?P<aux>is|are|was|were) there (?P<what>.+)$")
ASKED_RE = re.compile(r"^(?P<aux>" + _AUXILIARY + r") (?P<rest>.+)$")
_DETERMINERS = frozenset("the a an this that these those my your our his her their its one two three four".split())
_PRONOUNS = frozenset(("it", "they", "he", "she"))
_DO_FORMS = frozenset(("does", "do", "did"))


def _none_of(what: str) -> str:
    """"anything else in the clip" said as its denial, "nothing else in the clip"; "a cat" as "no cat"."""
    for said, denied in (("anything", "nothing"), ("anyone", "nobody"), ("anybody", "nobody"), ("any ", "no "),
                         ("a ", "no "), ("an ", "no "), ("one ", "no "), ("some ", "no ")):
        if what.startswith(said):
            return denied + what[len(said):]
    return "not " + what


def _subject_and_rest(rest: str) -> tuple[str, str] | None:
    """"the red car moving" split after its noun, "it moving" after its pronoun; None where no thing opens it."""
    words = rest.split()
    if words[0] in _PRONOUNS:
        return words[0], " ".join(words[1:])
    if words[0] not in _DETERMINERS:
        return None
    for at, word in enumerate(words[1:4], start=1):
        if noun_class(word.strip(",")) is not None:
            return " ".join(words[:at + 1]), " ".join(words[at + 1:])
    return None


def _answered(question: str, denied: bool, when: str) -> str | None:
    """The statement a question and its answer make, or None where the question is no yes-or-no one about a thing."""
    question = _QUESTION_OPENERS_RE.sub("", question.strip())
    if question.startswith("any"):  # "anything more in the clip?": "is there" left out
        question = "is there " + question
    if found := EXISTENTIAL_RE.match(question):
        what = _none_of(found["what"]) if denied else found["what"]
        return spaces_tidied(f"there {found['aux']} {what} {when}")
    if not (found := ASKED_RE.match(question)) or not (split := _subject_and_rest(found["rest"])):
        return None
    subject, rest = split
    if found["aux"] in _DO_FORMS and not denied:
        return spaces_tidied(f"{subject} {found['aux']} {rest} {when}")
    return spaces_tidied(f"{subject} {found['aux']} {'not ' if denied else ''}{rest} {when}")


def _asks_of_a_thing_told_elsewhere(question: str, elsewhere: str) -> bool:
    """"Are the two birds flying?" when the prompt tells its birds in a statement of its own: the question and its
    answer only lead up to that statement, and told as one more they would count the birds twice, or draw "the two
    dogs are not running" as running dogs."""
    question = _QUESTION_OPENERS_RE.sub("", question.strip())
    if EXISTENTIAL_RE.match(question) or not (found := ASKED_RE.match(question)):
        return False
    split = _subject_and_rest(found["rest"])
    if split is None or split[0] in _PRONOUNS:
        return False
    kind = kind_pattern(split[0].split()[-1].strip(","))
    return kind is not None and re.search(rf"\b{kind}", elsewhere) is not None


def _folded(text: str, retort: re.Match, denied: bool, when: str = "") -> tuple[int, str] | None:
    """Where the retort's question or statement starts and what replaces both, or None to leave them."""
    before = text[:retort.start()].rstrip()
    if before.endswith("?"):
        start = max(before.rfind(mark, 0, len(before) - 1) for mark in ".!?;:") + 1
        if _asks_of_a_thing_told_elsewhere(before[start:-1], text[:start] + " " + text[retort.end():]):
            return start, " "
        said = _answered(before[start:-1], denied, when)
        return None if said is None else (start, f" {said}.")
    if not before or before[-1] not in ".!,;":
        return None
    start = max(before.rfind(mark, 0, len(before) - 1) for mark in ".!?;:") + 1
    if when or not retort["affirmed"] and (_NEGATION_RE.search(before[start:]) is not None) != denied:
        return None
    return len(before) - 1, before[-1] if before[-1] != "," else "."


# what a retort needs before it: a question's mark, a crowd's "oh", or a yes or a no opening a clause
_GATE_RE = any_said_re(("? ", "oh ", ", no", ", yes", ". no", ". yes", "! no", "! yes", "not in the", "not at the"))


def might_answer_a_call(text: str) -> bool:
    """The cheap gate: a question, an "oh", or a clause opening on a yes or a no."""
    return _GATE_RE.search(text) is not None


def calls_and_responses_told(text: str) -> str:
    """``text`` (lower case) with each retort and the question it answers told as one statement, and each retort that
    only agrees with the statement before it dropped (see the module's docstring); Singlish's "got X or not? Don't
    have." is told first."""
    told = text
    if might_ask_got_or_not(text):
        text = got_or_not_told(text)
    for pattern in (TIMED_RETORT_RE, RETORT_RE):
        at = 0
        while found := pattern.search(text, at):
            when = found["when"] if pattern is TIMED_RETORT_RE else ""
            denied = bool(when) or _NEGATION_RE.search(found.group(0)) is not None
            folded = _folded(text, found, denied, when)
            if folded is None:
                at = found.end()
                continue
            start, said = folded
            text = text[:start] + said + " " + text[found.end():].lstrip()
            at = start + len(said)
    return text if text == told else spaces_tidied(text)


# Singlish asks "got X or not?" and answers it at once: "Don't have." / "No." says no X, "Have." / "Got." / "Must
# have." / "Confirm got." that X is there; the answer's own particles ("lah", "leh") may follow
GOT_OR_NOT_RE = re.compile(r"\bgot (?P<what>[a-z][a-z' -]{0,60}?) or not\? *(?P<answer>[a-z' ]{1,30}?) *[.!]+")
_NO_ANSWER_RE = re.compile(r"(?:don'?t|do not|never|no|not|nope|nah|none|nothing)(?: (?:have|got|one))?"
                           r"(?: (?:lah|leh|lor|sia|one|ah))?$")
_YES_ANSWER_RE = re.compile(r"(?:(?:yes|yah|ya|yeah|must|sure|confirm|of course|definitely),? )?(?:have|got|yes|yah)"
                            r"(?: (?:lah|leh|lor|sia|one|ah))?$")


def might_ask_got_or_not(text: str) -> bool:
    """The cheap gate: a Singlish "... or not?" question."""
    return " or not?" in text


def got_or_not_told(text: str) -> str:
    """``text`` (lower case) with each "got X or not? <answer>" told as the statement it makes: "got no X." or "got
    X."; an answer it cannot tell for a yes or a no leaves the question as it is."""
    def told(found: re.Match) -> str:
        answer = found["answer"].strip()
        if _NO_ANSWER_RE.match(answer):
            return f"got no {found['what']}."
        if _YES_ANSWER_RE.match(answer):
            return f"got {found['what']}."
        return found.group(0)
    return GOT_OR_NOT_RE.sub(told, text)
