"""Self-corrections undone: "two cars, no wait, make it three cars", "the first half, I mean the second half",
"from the right of a bird — sorry, from the left of it — to ...", "upper left — no, upper right first —",
"a red — sorry, blue — ball", "three dogs, no, two, napping".

A correction word ("no wait", "sorry", "I mean", "actually, scratch that", "hmm, no", "reverse that", ...)
withdraws what was just said and puts what follows in its place:
- when what follows starts a thing anew ("make it three cars", "a cat that is seen ..."), the earlier phrase
  naming that thing is dropped from its count or article to the correction's end;
- when it breaks into a noun phrase right after a colour or a count ("a red, I mean blue, ball", "a red, rather a
  green, car"), the colour or count said next takes that word's place and the phrase goes on;
- when it names a thing anew from its count or article right after a noun phrase ("two tame tabby... no, two lively
  cats", "a big dog, sorry, a small cat"), the new phrase takes the broken one's place, whatever that one named;
- otherwise the sides, corners, halves, colours and counts it names replace the same kind of words said last
  before it, and the correction itself goes ("from the left of a cat — no, from the right of it — to ..." = from the right
  of a cat to ...); "three balls is better" says no more than "three balls".
A weak sign ("wait", "actually") after a half told whole, before the other half opening a clause of its own ("the
first half's empty... wait, second half, there's a cat!"), takes nothing back: the clip goes on, the sign is surprise.
A question naming a thing answered "no" (or "nay", "nope") with another ("Is that a cat? No, two dogs ...", "Is this a dog I
see? Nay, three dogs ...") is withdrawn whole: the answer's things are the scene's.
A false start ("there's a— hang on, let me say it properly, there are three cats", "it's— okay, I'll start over:
two birds") is a clause broken off at a dash glued to its last word and given up for a restart: everything from
the broken clause's start to the restart goes.
A correction notice withdraws an earlier text, not a phrase: a sentence saying an earlier version, description or
caption got something wrong ("An earlier version of this description misstated how many cars are shown", "this
caption previously said there were two cats", "an earlier post called the dog a cat") names the things only to say
what it miscounted, so it goes where every thing it names is named anew after it ("... The clip shows two moving
cars"); one whose thing is only pointed back to ("... misstated when the bird appears. It appears ...") stays, the
thing's one naming. A post or a label is also a thing in a scene, so a notice is known by its own frame ("an
earlier", "this caption", "Correction:") or its verb of saying wrong ("misstated"), never by its nouns alone.
An ellipsis right after a time ("and in the second half... it vanishes!") is a comma's pause, no sentence end, so the
time stays with the clause after it; this is read after the corrections, which take an ellipsis elsewhere as a word
broken off ("a red... a blue ball").
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .route_clauses import corner_pattern
from .vocabulary import COLORS, COUNT_WORDS, STOP_WORDS, VERB_KINDS

_CORRECTION_WORDS = (r"(?:no wait|wait,? no|no|nope|nay|sorry|actually|hmm+|wait|i mean|i meant|(?:scratch|strike|reverse|forget|"
                     r"undo|cancel) that"
                     r"|correction|oops|rather|or rather|make (?:it|that)|change (?:it|that) to|let me rephrase)")
# "in the second half... it vanishes": an ellipsis right after a time pauses the sentence, the time still the next
# clause's; anywhere else it may end a sentence ("corner... lower right corner") or break a word off ("a red... a blue")
_TIMED_PAUSE_RE = re.compile(r"(?P<time>\b(?:(?:in|for|during|by|at|near|toward|towards) the "
                             r"(?:(?:first|second|third|last|final|next|other|opening|closing) )?"
                             r"(?:half|third|quarter|part|stretch|moment|end|start|beginning|middle|finish)|then|later|"
                             r"after that|soon|suddenly|finally|at last|in the end))"
                             r"\s*(?:\.{3,}|\u2026)\s+(?=[a-z])")
# "starts top... no, bottom-left", "in the lower right, no, the lower left corner": a place taken back by "no," and
# said again; only the place said last stands
_PLACE = r"(?:top|upper|bottom|lower|left|right)"
PLACE_TAKEN_BACK_RE = re.compile(rf"\b(?:the )?{_PLACE}\b[a-z -]{{0,24}}?(?:\.\.\.|\u2026|,|\u2014|"
                                 rf" -) ?no,? (?=(?:the )?{_PLACE}\b)")
_CORRECTION_SIGNS_RE = re.compile(r"\b" + _CORRECTION_WORDS + r"\b")
# the correction words and the punctuation around them, ending where what is meant instead begins
# an ellipsis is read from its first dot and whole (a longer run of dots is never tried again one dot shorter,
# nor from each of its dots: that was quadratic on a prompt of dots)
CORRECTION_RE = re.compile(r"\s*(?:,|;|\?|\u2014|\u2013|--| - |(?<!\.)\.{3,}+|\u2026)\s*(?P<words>" + _CORRECTION_WORDS +
                           r"(?:[\s,\u2014\u2013]+"
                           + _CORRECTION_WORDS + r")*)\s*(?:[,\u2014\u2013:]\s*|\s+(?=[a-z0-9]))")
_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a (?:pair|couple|trio|quartet|handful)(?: of)?)"
_COLOUR_WORDS = "(?:" + "|".join(sorted(COLORS)) + ")"
_KEY_RE = re.compile(rf"\b(?P<corner>{corner_pattern(article=False, noun='none')})\b"
                     r"|\b(?P<half>(?:first|second|last) half)\b"
                     rf"|\b(?P<side>left|right)\b|\b(?P<colour>{_COLOUR_WORDS})\b|\b(?P<count>{_NUMBERS})\b")
# kinds of word that are corrected only when the correction names that kind again ("from the left of two cars, no, from
# the right": the side, not the count)
_NAMED_ONLY_AGAIN = frozenset(("colour", "count"))
# a colour or a count said on its own as the correction, and the one said in place of the word the phrase broke off after
# ("a blue one": the colour said with the pronoun that stands for the thing it corrects)
_BARE_WORD_RE = re.compile(rf"(?:(?:make it|just|only) )?(?:(?:an?|the) )?(?:{_COLOUR_WORDS}|{_NUMBERS})(?: ones?)?")
_ONES_RE = re.compile(r"(?<=[a-z]) ones?$")  # "a blue one": the pronoun after the corrected word
_WORD_INSTEAD_RE = re.compile(rf"(?:an? )?(?P<word>{_COLOUR_WORDS}|{_NUMBERS})\b\s*(?:(?:,|\u2014|\u2013|--| - )\s*)?")
# (tried from a word's start only: from each digit of a long number it was quadratic)
_STARTS_THING_RE = re.compile(r"(?<![a-z\d])(?:just |only )?"
                              r"(?P<det>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) [a-z]")
_PHRASE_END_RE = re.compile(r"\s*(?:[,;:.!?]|\u2014|\u2013|--| - |$)")
_BETTER_RE = re.compile(r"^(?P<said>[^,.;!?\u2014\u2013]*?) (?:is|are|would be|works) better\b")
_WITHDRAWING_RE = re.compile(r"\b(?:scratch|strike|reverse|forget|undo|cancel) that\b|\bsorry,? no\b|\bno,? sorry\b")
_WEAK_SIGNS = frozenset(("no", "nay", "nope", "rather", "hmm", "actually", "wait"))
# "the first half's empty... wait, second half, there's a cat!": a half told whole (its own verb said after it) and
# then, after a weak sign, the other half opening a clause of its own is the clip going on, the sign surprise; "the
# first half, I mean the second half" and "the first half is empty... actually, the second half" still correct
# (searched in the last clause before the sign only, so it stays linear however many halves a long prompt tells)
_HALF_TOLD_RE = re.compile(r"\b(?:first|second|last) half(?:'s| is| was| stays| remains| has)\b")
_HALF_OPENS_CLAUSE_RE = re.compile(r"(?:(?:in|by|for|during) )?(?:the )?(?:first|second|last) half,? "
                                   rf"(?:there|here|a|an|the|it|some|\d+|{COUNT_WORDS})\b")
# an apology set off by dashes on both sides that takes nothing back is a pause in the sentence
_HESITATION_RE = re.compile(r"\s*(?:\u2014|\u2013|--| - )\s*[a-z ]+?\s*(?:\u2014|\u2013)\s*")
_APOLOGIES = frozenset(("sorry", "oops", "hmm"))
# what a bare "no" must be followed by to correct: a place or a count said again ("no, from the left of it"), or a
# colour or count on its own, in a phrase or closing the sentence ("yellow, no, green, car", "two cats nap, no, three.")
# (matched at a phrase's start, so never tried after a space or inside a word: from each word of "on on on ..." it
# was quadratic)
_MEANT_INSTEAD_RE = re.compile(r"(?<![a-z' ])(?:(?:just|only|the|from|to|in|on|at|its|of|make it|[a-z]+'s) )*"
                               r"(?:(?:upper|lower|top|bottom)[ -])?"
                               r"(?:left|right|first half|second half|last half|(?:one|two|three|four|five|six|seven|eight|nine|"
                               r"ten|\d+) [a-z]+)\b"
                               rf"|(?:{_COLOUR_WORDS}|{_NUMBERS})\s*(?:,|\u2014|\u2013|--| - |[.!;]|$)")
# a restart needs a word that gives up what was said ("hang on", "wait", "I'll start over"); "okay", "um" only pad it
_RESTART_CUE = (r"(?:(?:(?:no|sorry),? )?(?:wait|hang on|hold on)|let me (?:say|put|start|try|do|phrase) (?:it|that|this|again|"
                r"over)"
                r"(?: (?:again|over|properly|right|better|correctly|this time))*|i(?:'ll| will) (?:start|say it|try|put it|begin)"
                r"(?: (?:over|again|properly|right|better|correctly|this time))*|(?:let me )?start(?:ing)? (?:over|again))")
_RESTART_PAD = r"(?:okay|ok|um+|uh+|er+m?|so|well)"
FALSE_START_RE = re.compile(r"[^.;:!?,\u2014\u2013]*[a-z](?:\u2014|\u2013|--)\s*(?:" + _RESTART_PAD + r"[\s,:.]*)*" + _RESTART_CUE
                            + r"[\s,:.]*(?:(?:" + _RESTART_PAD + "|" + _RESTART_CUE + r")[\s,:.]*)*")
_COUNTS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"


def _keys(text: str) -> list[re.Match]:
    return list(_KEY_RE.finditer(text))


def _kind(match: re.Match) -> str:
    return match.lastgroup or ""


def _named_class(words: list[str]) -> str | None:
    """The class of the first of ``words`` that names a thing ("moving cars": car)."""
    for word in words:
        found = noun_class(word)
        if found:
            return found[0]
    return None


def _restart(before: str, after: str) -> str | None:
    """``before`` + ``after`` when ``after`` names anew a thing ``before`` named: the earlier naming dropped."""
    said = _STARTS_THING_RE.match(after)
    if not said:
        return None
    meant = _named_class(re.findall(r"[a-z]+", after[said.start("det"):])[1:4])
    if meant is None:
        return None
    earlier = None
    for phrase in re.finditer(rf"\b{_COUNTS} (?P<words>(?:[a-z]+\b ?){{1,3}})", before):
        if _named_class(phrase.group("words").split()) == meant:
            earlier = phrase
    if earlier is None:
        return None
    after = _BETTER_RE.sub(r"\g<said>", after, count=1)
    return before[:earlier.start()] + after


def _answered_instead(before: str, after: str) -> str | None:
    """``before`` without its last sentence, a question naming a thing, when the "no" answering it names another thing
    ("is that a cat? no, two dogs ...": the dogs, and no cat), else None."""
    said = _STARTS_THING_RE.match(after)
    if not said or _named_class(re.findall(r"[a-z]+", after[said.start("det"):])[1:4]) is None:
        return None
    asked_from = max(before.rfind(mark) for mark in ".;:!?") + 1
    if _named_class(re.findall(r"[a-z]+", before[asked_from:])) is None:
        return None
    return (before[:asked_from] + " " + after).lstrip()


def _withdrawn(before: str, after: str) -> str | None:
    """``before`` + ``after`` with what ``before`` said of its last thing withdrawn ("a bird visible ... — reverse
    that — hidden ...": a bird hidden ...)."""
    last = None
    for word in re.finditer(r"[a-z]+", before):
        if noun_class(word.group(0)):
            last = word
    return None if last is None else before[:last.end()] + " " + after


def _word_instead(before: str, after: str) -> str | None:
    """"a red — sorry, blue — ball", "a white, I mean black, cat": a noun phrase broken off after its colour or count
    goes on with the one said instead."""
    said = _keys(before)
    if not said or said[-1].end() != len(before.rstrip()) or _kind(said[-1]) not in _NAMED_ONLY_AGAIN:
        return None
    meant = _WORD_INSTEAD_RE.match(after)
    if meant is None or _kind(_keys(meant.group("word"))[0]) != _kind(said[-1]):
        return None
    return before[:said[-1].start()] + meant.group("word") + " " + after[meant.end():]


def _phrase_said_anew(before: str, after: str) -> str | None:
    """"two tame tabby... no, two lively cats", "a big dog... sorry, a small cat sits": a correction that names a thing
    anew from its count or article takes the place of the noun phrase it broke in after, whatever that one named."""
    said = _STARTS_THING_RE.match(after)
    if not said or _named_class(re.findall(r"[a-z]+", after[said.start("det"):])[1:4]) is None:
        return None
    phrase = re.search(rf"(?:^|(?<=[ ,;:]))(?:{_COUNTS})(?: [a-z]+){{1,3}}$", before.rstrip(" .\u2026"))
    if phrase is None or any(word in VERB_KINDS or word in STOP_WORDS for word in phrase.group(0).split()[1:]):
        return None  # "two dogs run left, no, ...", "a brown dog and — sorry — a pink bird": no phrase broken off
    return before[:phrase.start()] + after


_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|its|his|her|their|this|that)\s+(?:[a-z-]+\s+){0,2}$")


def _things_it_may_be_said_of(rest: str, kinds: set[str]) -> int:
    """How many things named in ``rest`` a colour or count said again may be of. A count is never of a thing told by
    "the" ("two cats sit on the sofa, no, three": the cats, never the sofa); a verb right after a thing ("flies") is
    its verb, no thing."""
    things, named = [], None
    for word in re.finditer(r"[a-z]+", rest):
        if noun_class(word.group(0)) and not (named is not None and named.end() + 1 == word.start()
                                              and word.group(0) in VERB_KINDS):
            things.append(word)  # "a green kite flies up, no, yellow": "flies" right after the kite is its verb
            named = word
        else:
            named = None
    if kinds == {"count"}:
        things = [word for word in things
                  if not _DEFINITE_BEFORE_RE.search(rest[max(0, word.start() - 40):word.start()])]
    return len(things)


def _replace_keys(before: str, after: str) -> str | None:
    """``before`` with its last sides, corners, halves, colours or counts replaced by those said in ``after`` up to its
    phrase's end."""
    end = _PHRASE_END_RE.search(after)
    meant, rest = after[:end.start()], after[end.start():]
    bare = _BARE_WORD_RE.fullmatch(meant.strip()) is not None
    new = _keys(_ONES_RE.sub("", meant.strip()) if bare else meant)
    if any(_kind(m) in _NAMED_ONLY_AGAIN for m in new) and not bare:
        return None  # "a brown dog and — sorry — a pink bird": a colour or a count corrects only when said on its own
    kinds = {_kind(m) for m in new}
    # a colour or a count said alone takes back the last of its own kind ("a red ball rolls left, no, blue": the red,
    # not the side said after it); sides, corners and halves replace the last places said, whatever their kinds
    alone = kinds <= _NAMED_ONLY_AGAIN
    old = [m for m in _keys(before) if _kind(m) in kinds or (not alone and _kind(m) not in _NAMED_ONLY_AGAIN)]
    if not new or len(old) < len(new):
        return None
    old = old[-len(new):]
    if kinds & _NAMED_ONLY_AGAIN and _things_it_may_be_said_of(before[old[-1].end():], kinds) > 1:
        return None  # "an orange cat beside a car that's — sorry — purple": the colour is the car's, the cat's stays
    if [_kind(m) for m in old] != [_kind(m) for m in new]:
        return None
    for was, now in zip(reversed(old), reversed(new)):
        before = before[:was.start()] + now.group(0) + before[was.end():]
    if re.match(r"\s*(?:\u2014|\u2013|--| - )", rest):  # the dash that closed the correction: a comma, or none before a path
        rest = rest.lstrip(" \u2014\u2013-")
        rest = (" " if re.match(r"(?:to|over|and|into|toward|towards|across|up|down)\b", rest) else ", ") + rest
    return before + rest


# a notice that an earlier text got the scene wrong: an earlier text as its subject and a verb of saying it wrong
# ("misstated"), or, framed as a notice ("an earlier version", "this description", a "Correction:" label; "post",
# "label" and "entry" are things in a scene too), a verb of getting it wrong or of saying it then ("previously stated")
_EARLIER_TEXTS = (r"(?:version|description|caption|article|report|story|post|edition|entry|listing|summary|item"
                  r"|account|write-?up|text|headline|blurb|synopsis|transcript|label|draft|subtitle|tweet)")
_EARLIER_TEXT_RE = re.compile(r"\b" + _EARLIER_TEXTS + r"\b")
# "first", "original" and "initial" also name things of the scene in order ("the first post", "the original mill")
_ORDINAL_FRAMES = frozenset(("first", "original", "initial"))
_NOTICE_FRAME_RE = re.compile(r"\b(?P<earlier>earlier|previous|prior|original|first|initial|older) (?:[a-z'-]+ )?"
                              + _EARLIER_TEXTS + r"\b|\bthis " + _EARLIER_TEXTS + r"\b|^\W*(?:correction|erratum"
                              r"|errata|clarification|update|editor'?s note|we regret the error)\b")
# saying it wrong, which only a text (or a teller) does: a notice even without a frame ("A description misstated ...")
_SAID_WRONG_RE = re.compile(r"\bmis(?:stated|reported|counted|described|quoted|represented)\b"
                            r"|\b(?:listed|stated|reported|said) (?:the |an? )?"
                            r"(?:wrong|incorrect|mistaken|inaccurate)\b")
# getting it wrong, which a person in a scene does too ("wrongly picks up a ball"): a notice only inside its frame
_GOT_WRONG_RE = re.compile(r"\b(?:mis(?:identified|named|labell?ed)|(?:incorrectly|erroneously|wrongly|mistakenly"
                           r"|inaccurately) [a-z]+|(?:gave|had|got|used) (?:the |an? )?(?:wrong|incorrect|mistaken"
                           r"|inaccurate)|was (?:wrong|incorrect|mistaken|inaccurate|in error)"
                           r"|(?:got|had) (?:[a-z']+ ){1,5}(?:wrong|incorrect))\b")
# what an earlier text said then, wrong only because a notice says it was: "said there were two cats", "previously
# stated two dogs", "called the dog a cat"
_SAID_THEN_RE = re.compile(r"\b(?P<when>(?:previously|originally|earlier|formerly) )?(?:said|stated|reported|listed"
                           r"|described|claimed|showed|counted|called|named)\b")
# the wrong name in "called the dog a cat": named only to be taken back, so it need not be named anew
_WRONG_NAME_RE = re.compile(r"\b(?:called|named|labell?ed|identified) (?:the|a|an) [a-z]+ (?:as )?(?:an?|the) "
                            r"(?P<wrong>[a-z]+)\b")
# a notice ends with its sentence or at a semicolon: "... misstated how many horses appear; the clip shows two horses"
_NOTICE_SENTENCE_RE = re.compile(r"[^.!?;]+[.!?;]*\s*")


def frames_a_notice(phrase: str) -> bool:
    """Whether ``phrase`` names an earlier text in a notice's frame ("the previous caption", "an older version"): what
    it claimed is the text corrected, never the clip's own report."""
    return any(frame["earlier"] not in _ORDINAL_FRAMES for frame in _NOTICE_FRAME_RE.finditer(phrase)
               if frame["earlier"])


def _named_anew(noun: str, rest: str) -> bool:
    stem = re.escape(noun[:-1] if noun.endswith("s") else noun)
    return re.search(r"\b(?:" + _COUNTS + r") (?:[a-z]+ ){0,2}" + stem + r"(?:s|es)?\b", rest) is not None


def _is_correction_notice(sentence: str) -> bool:
    """Whether ``sentence`` says an earlier text got the scene wrong. An earlier text must come before the claim, and
    unless the claim is of saying it wrong ("misstated") a notice's frame too ("an earlier caption", "Correction:"):
    a mail carrier who "wrongly picks up" something beside "the post" tells of a scene, not of a text."""
    claim = _SAID_WRONG_RE.search(sentence)
    frames = list(_NOTICE_FRAME_RE.finditer(sentence))
    if claim is None and frames:
        claim = _GOT_WRONG_RE.search(sentence, frames[0].start())
        said_then = _SAID_THEN_RE.search(sentence, frames[0].start())
        # "the first post, which we called home" is a place in the scene: an ordinal frame is a notice's only with
        # a saying told as before ("originally listed")
        then_told = said_then is not None and (said_then["when"] or "").strip() in ("previously", "originally")
        frames = [frame for frame in frames if then_told or frame["earlier"] not in _ORDINAL_FRAMES]
        if claim is None and said_then is not None and frames and (said_then["when"] or any(
                frame["earlier"] and frame.end() <= said_then.start() for frame in frames)):
            claim = said_then  # an earlier text's saying is itself the thing corrected
    return claim is not None and _EARLIER_TEXT_RE.search(sentence, 0, claim.start()) is not None


def correction_notices_dropped(text: str) -> str:
    """``text`` (lower case) without each correction notice (a sentence saying an earlier text got the scene wrong)
    whose things are all named anew after it: the notice names them only to say what was miscounted, and read as a
    scene it would draw them twice. A thing the notice alone names stays, as the scene's one naming of it."""
    if not ("mis" in text or "wrong" in text or "incorrect" in text or "error" in text or "mistaken" in text
            or "inaccura" in text or "said" in text or "stated" in text or "called" in text or "reported" in text
            or "listed" in text or "counted" in text or "claimed" in text):
        return text
    sentences = _NOTICE_SENTENCE_RE.findall(text)
    kept = []
    for index, sentence in enumerate(sentences):
        if _is_correction_notice(sentence):
            taken_back = {match["wrong"] for match in _WRONG_NAME_RE.finditer(sentence)}
            rest = "".join(sentences[index + 1:])
            if all(_named_anew(word, rest) for word in re.findall(r"[a-z]+", sentence)
                   if noun_class(word) and word not in taken_back):
                continue
        kept.append(sentence)
    return "".join(kept)


def places_taken_back(text: str) -> str:
    """``text`` (lower case) without each place taken back by "no," right before the place said in its stead ("starts
    top... no, bottom-left": starts bottom-left); a pass of its own, before the route pass names the corners."""
    return PLACE_TAKEN_BACK_RE.sub("", text) if " no" in text else text


def _half_told_last(before: str) -> bool:
    """Whether the clause just before a weak sign tells a half whole ("... first half's empty")."""
    last_clause = before[max(before.rfind(stop) for stop in ".;!?") + 1:]
    return _HALF_TOLD_RE.search(last_clause) is not None


def corrections_undone(text: str) -> str:
    """``text`` (lower case) with each withdrawn phrase replaced by the one said in its place (a place taken back is
    read before, by places_taken_back)."""
    text = correction_notices_dropped(text)
    if not ("," in text or ";" in text or "-" in text or "\u2014" in text or "\u2013" in text):
        return text  # a correction is set off by a comma, semicolon or dash (most prompts without one skip the search)
    if not _CORRECTION_SIGNS_RE.search(text):
        return text
    position = 0
    while True:
        match = CORRECTION_RE.search(text, position)
        if match is None:
            return text
        before, after = text[:match.start()], text[match.end():]
        words = match.group("words")
        answered = match.group(0).lstrip().startswith("?")  # "is this a cat? no, two dogs": the question's thing withdrawn
        thing_anew = (answered or match.group(0).rstrip().endswith(",")) and _STARTS_THING_RE.match(after)
        if words in _WEAK_SIGNS and (not (_MEANT_INSTEAD_RE.match(after) or _word_instead(before, after) or thing_anew)
                                     or (_HALF_OPENS_CLAUSE_RE.match(after) and _half_told_last(before))):
            position = match.end()  # "good, no car in the second half", "rather slowly": not a correction
            continue
        undone = (_answered_instead(before, after) if answered else None) or _restart(before, after) \
            or _word_instead(before, after) or _replace_keys(before, after) or _phrase_said_anew(before, after)
        if undone is None and _WITHDRAWING_RE.search(words):
            undone = _withdrawn(before, after)
        if undone is None and _HESITATION_RE.fullmatch(match.group(0)) and words in _APOLOGIES:
            text, position = before + " " + after, len(before) + 1  # "a car that's — sorry — purple": a pause, nothing withdrawn
            continue
        if undone is None:
            position = match.end()
            continue
        text = undone
        position = 0


def false_starts_dropped(text: str) -> str:
    """``text`` (lower case) without the clauses broken off at a dash and given up for a restart."""
    if "\u2014" not in text and "\u2013" not in text and "--" not in text:
        return text
    return FALSE_START_RE.sub(lambda m: "" if m.start() == 0 or text[m.start() - 1] in " ,.;:!?" else m.group(0), text)


def timed_pauses_joined(text: str) -> str:
    """``text`` (lower case) with an ellipsis right after a time read as a comma, so the time stays with its clause."""
    return _TIMED_PAUSE_RE.sub(r"\g<time>, ", text) if "..." in text or "\u2026" in text else text
