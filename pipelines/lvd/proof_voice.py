"""A mathematician's proof ("Let V be the clip.", "Lemma.", "Claim:", "Proof. By inspection.", "Q.E.D.") in plain words.

- Its labels ("Claim:", "Lemma 2.", "Proposition.", "Theorem.", "Corollary.") head what it states: the label
  goes and the statement stays; its close ("Q.E.D.", "QED", "∎", "□") says nothing of the clip.
- Once something is stated, what follows "Proof." only argues for it (the positions compared, "by inspection", a
  supposition refuted, "hence the claim"), up to the close or the next label: it goes. So does a conclusion after a
  labelled statement ("Therefore the cat passes the bird.", "Hence the dog passes it."), which says again what was
  stated and would read as a second move; and a supposition the proof refutes ("Suppose not; ...", "Suppose something
  else appears. ... Contradiction.", "..., which is absurd.").
- A letter it binds ("Let V be the clip, and let D be the dog.", "Let n denote the number of cats in the clip.", "Let
  A be a gray car and B a red cat.", "Let H be the first half of the clip and K the second half.") names what it is
  bound to (a proof without labels or close is told by such a "Let" alone): the definition goes, and each later use
  of the letter is said in its words ("V shows" is "the clip shows", a thing brought in once and then "the ..."); a
  number bound equal to a count ("n equals three") is that many of the things counted.

A "Let"/"Suppose" that binds no letter ("Let the bird stay still.", "Let the clip be given.") is left to the narrated
reader, which reads a problem statement's framing.
"""

from __future__ import annotations

import re
from collections import Counter

from .object_classes import noun_class
from .vocabulary import COLORS, NUMBER_WORDS, WORD_RE, looks_like_modifier

_SENTENCE_START = r"(?:^|(?<=[.!?;:] )|(?<=\n))"
# "Q.E.D.", "QED", "q. e. d.", "∎", a closing "□" (one before more words may be a checklist's box): the close, said as
# a sentence of its own ("... by inspection. Q.E.D.", "QED. Lemma 2. ...") or ending the text ("..., QED"); one the
# scene writes or reads ("A chalkboard reads QED.", "Q.E.D. is written on a sign.") is a thing's words, no close
_CLOSE_RE = re.compile(_SENTENCE_START + r"(?:q\. ?e\. ?d\b\.?|qed\b\.?)(?=\s*$|\s+(?-i:[^\sa-z]))"
                       r"|\b(?:q\. ?e\. ?d\b\.?|qed\b\.?)(?=\s*$)|∎|□(?=\s*$)", re.I)
# "Lemma 2", "Theorem II", "Proof (by inspection)": a label's number or aside names nothing of the clip
_LABEL_TAIL = r"\b(?: (?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4}))?(?: \([^()]{0,40}\))? ?[.:]"
_STATEMENTS = r"(?:claim|lemma|proposition|theorem|corollary)"
# a label heading a statement or its proof: "Lemma.", "Claim:", "Proof:", "Theorem 2." is no clip
_LABEL_RE = re.compile(_SENTENCE_START + rf"(?:{_STATEMENTS}|proof){_LABEL_TAIL}", re.I)
_STATEMENT_LABEL_RE = re.compile(_STATEMENTS + _LABEL_TAIL + " ?", re.I)
_PROOF_LABEL_RE = re.compile(r"proof\b(?:(?: \([^()]{0,40}\))? ?[.:]| (?=by\b)) ?", re.I)
_CONCLUSION_RE = re.compile(r"(?:therefore|hence|thus|whence|consequently|it follows that)\b", re.I)
_REFUTED_RE = re.compile(r"(?:suppose|assume) (?:not|otherwise|the contrary|to the contrary)\b", re.I)
_SUPPOSE_RE = re.compile(r"(?:suppose|assume)\b", re.I)
# "Contradiction.", "This is absurd.", "..., which is absurd.", "..., a contradiction.": what was supposed is refuted (a
# sentence that only says so, or ends so; "in contradiction, a cat runs right" or "an absurd purple cat" tells the scene)
_REFUTATION = r"(?:(?:a |this is (?:a )?|that is (?:a )?|which is (?:a )?|it is (?:a )?)?(?:contradiction|absurd(?:ity)?))"
_CONTRADICTION_RE = re.compile(rf"(?:^{_REFUTATION}|.*, {_REFUTATION})[.!]?$", re.I)
# the words of a conclusion that may say something new: a thing or a way it goes
_DIRECTION_WORDS = frozenset("left right up down upward upwards downward downwards leftward leftwards rightward rightwards "
                             "top bottom across toward towards away".split())
# the most characters letters said in their words may add: a hostile run of one letter must not grow the text unbounded
_MOST_GROWTH = 200
# "Let V be the clip", "let n denote the number of cats": a letter bound to what follows it
_BINDING_RE = re.compile(r"let (?P<letter>[a-z]) (?:be|denote|stand for|represent|name) (?P<rest>.+?)[.;]?$", re.I)
# ", and B a red cat", " and K the second half": a further letter bound in the same definition
_FURTHER_LETTER_RE = re.compile(r",? and (?:let )?(?P<letter>[a-z]) (?:be |denote )?(?=(?:the|a|an)\b)", re.I)
# "Let V be the clip." opening the prompt or a sentence: a letter bound, the mathematician's way
_BINDING_GATE_RE = re.compile(_SENTENCE_START + r"let [a-z] (?:be|denote)\b", re.I)
_NUMBERS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "the number of lively cats in the clip equals three": three lively cats in the clip
_COUNT_EQUALS_RE = re.compile(r"\bthe (?:number|count) of (?P<things>[a-z'-]+(?: [a-z'-]+){0,7}?) (?:equals|is|is equal to|=) "
                              rf"(?:exactly )?(?P<count>{_NUMBERS})\b", re.I)
_SENTENCES_RE = re.compile(r"(?<=[.!?])\s+")
# the word after a letter "A" ("A dog" is an article); a thing's words "a gray car" said again as "the gray car"
_NEXT_WORD_RE = re.compile(r" ([a-z]+)")
_INDEFINITE_LEAD_RE = re.compile(r"^(?:a|an|one) ")


def looks_like_proof(text: str) -> bool:
    """Whether ``text`` (as typed) closes like a proof or labels its statements or proof as one does."""
    return _CLOSE_RE.search(text) is not None or _LABEL_RE.search(text) is not None \
        or _BINDING_GATE_RE.search(text) is not None


def _bindings(sentence: str) -> dict[str, str] | None:
    """The letters a "Let ... be ..." sentence binds and the words each is bound to, or None where it binds none."""
    match = _BINDING_RE.match(sentence)
    if match is None:
        return None
    bound: dict[str, str] = {}
    letter, rest = match["letter"], match["rest"]
    while True:
        further = _FURTHER_LETTER_RE.search(rest)
        if further is None:
            bound[letter] = rest.strip()
            return bound
        bound[letter] = rest[:further.start()].strip()
        letter, rest = further["letter"], rest[further.end():]


def _thing_follows(text: str, end: int) -> bool:
    """Whether a thing's words follow ``end``: "A dog" is an article, "A and B" a letter."""
    word = _NEXT_WORD_RE.match(text, end)
    return word is not None and (noun_class(word[1]) is not None or word[1] in COLORS or looks_like_modifier(word[1]))


def _letters_said(sentence: str, bound: dict[str, str], used: set[str], uses: Counter[str]) -> str:
    """Each bound letter in ``sentence`` said in its words: a thing brought in ("a gray car") the first time, "the gray
    car" after; a lower-case "a" or "i" is never a letter here, nor an "A" opening a thing's words (nor any once the
    words said have grown the text by ``_MOST_GROWTH``, ``uses["grown"]`` counting)."""
    for letter, words in bound.items():
        if letter in "ai":
            continue

        def said(match: re.Match, letter: str = letter, words: str = words) -> str:
            if letter == "A" and _thing_follows(match.string, match.end()) or uses["grown"] + len(words) > _MOST_GROWTH:
                return match.group(0)
            uses["grown"] += len(words)
            told = words
            if letter in used:
                told = _INDEFINITE_LEAD_RE.sub("the ", words)
            used.add(letter)
            return told

        sentence = re.sub(rf"(?<![\w.'-]){letter}(?![\w'-])", said, sentence)
    return sentence


def _counts_said(sentence: str) -> str:
    """"the number of lively cats in the clip equals three": "there are three lively cats in the clip"."""
    return _COUNT_EQUALS_RE.sub(lambda m: f"there {'is' if m['count'].lower() == 'one' else 'are'} {m['count']} "
                                          f"{m['things']}", sentence)


def _names(words: str) -> set[str]:
    """The things (by class) and ways of going that ``words`` name."""
    named: set[str] = set()
    for word in WORD_RE.findall(words.lower()):
        if word in _DIRECTION_WORDS:
            named.add(word)
        elif (found := noun_class(word)) is not None:
            named.add(found[0])
    return named


def _says_again(conclusion: str, said: list[str]) -> bool:
    """Whether ``conclusion`` names no thing and no way of going that what was ``said`` has not named: "Hence the dog
    passes the ball" after the dog's run past it; "Thus the red car passes the blue car from left to right" after "the
    red car is faster" says something new."""
    return _names(conclusion) <= _names(" ".join(said))


def proof_in_plain_words(text: str) -> str:
    """``text`` (as typed) with its labels, close, proofs and restated conclusions gone and its letters said."""
    text = _CLOSE_RE.sub(" \u220e ", text)
    kept: list[str] = []
    bound: dict[str, str] = {}
    used: set[str] = set()
    uses: Counter[str] = Counter()
    stated = labelled = in_proof = False
    supposed_at: int | None = None
    for sentence in _SENTENCES_RE.split(text.replace("\u220e", "\u220e.")):
        sentence = sentence.strip()
        if sentence.startswith("\u220e"):
            in_proof = False
            continue
        statement = _STATEMENT_LABEL_RE.match(sentence)
        if statement is not None:
            sentence, labelled, in_proof = sentence[statement.end():], True, False
        proof = _PROOF_LABEL_RE.match(sentence)
        if proof is not None and statement is None:
            if stated:
                in_proof = True
                continue
            sentence = sentence[proof.end():]
        if in_proof or not sentence:
            continue
        binding = _bindings(sentence)
        if binding is not None:
            bound.update(binding)
            continue
        if labelled and _CONCLUSION_RE.match(sentence) \
                and _says_again(_letters_said(sentence, bound, set(used), Counter(uses)), kept):
            continue  # "Therefore the cat passes the bird.": the statement said again
        if _REFUTED_RE.match(sentence):
            continue  # "Suppose not; then some frame lacks one of them."
        supposes = _SUPPOSE_RE.match(sentence) is not None
        if _CONTRADICTION_RE.match(sentence) and (supposed_at is not None or supposes):
            if supposed_at is not None:
                del kept[supposed_at:]  # "Suppose something else appears; ... Contradiction.": refuted
            supposed_at = None
            continue
        if supposes:
            supposed_at = len(kept)
        kept.append(_counts_said(_letters_said(sentence, bound, used, uses)))
        stated = True
    return " ".join(kept)
