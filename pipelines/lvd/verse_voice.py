"""A prompt written as rhymed verse, put into plain sentences before reading.

"Across the field from left to right / a dog walks on in morning light; / it starts at left, and by the end /
it's at the right, our loyal friend." is one scene: line breaks ("/") are not clause breaks; poetic inversion
("then up it spins / to upper right", "on to upper left it goes") puts the verb after the place; a couplet that
says the path again ("it starts at left ... by the end it's at the right") restates the move already told, not
a second one; an epithet for the thing named ("our loyal friend", "its journey kept", "its steps are plain") and
a negated prop ("around no bend") are never things in the scene; "and there it rests" after the last place only
says it stays there; a rhyme verb with a goal ("spins up to the upper right") is a move to that goal.
"""

from __future__ import annotations

import re

from .noun_phrases import noun_class

_PLACE = (r"(?:the )?(?:(?:upper|lower|top|bottom|far) ?)?(?:left|right|top|bottom|middle|centre|center)(?: side| edge| corner)?"
          r"(?: of (?:the )?(?:frame|screen|picture|shot))?")
_SUBJECT = r"(?:it|they|he|she)"
# " / ": a verse line break, inside a sentence as often as between two
LINE_BREAK_RE = re.compile(r"\s*/\s*")
# "then up it spins to", "and on it goes": the particle and its verb put back in prose order
PARTICLE_FIRST_RE = re.compile(r"\b(?P<lead>(?:then|and|so|now) )?(?P<particle>(?:(?:up|down|on|over|across|back|onward|upward|along) ){1,2})"
                               r"(?P<subject>" + _SUBJECT + r") (?P<verb>[a-z]+s)\b")
# "on up to upper left it goes": the goal before its verb
GOAL_FIRST_RE = re.compile(r"\b(?P<goal>(?:(?:on|up|down|over|across|back) ){0,2}to " + _PLACE + r") (?P<subject>" + _SUBJECT
                           + r") (?P<verb>[a-z]+s)\b")
# "spins up to the upper right", "wends its way to": a rhyme verb whose goal makes it a move
RHYME_MOVE_RE = re.compile(r"\b(?:spins|spun|twirls|whirls|wends(?: (?:its|their) way)?|makes (?:its|their) way)"
                           r"(?= (?:(?:up|down|over|across|back|on|about) )*(?:to|toward|towards|into) " + _PLACE + r")")
# "a dog walks on in morning light": "on" as "onward", keeping going (not walking on stage, into view)
KEEPS_GOING_RE = re.compile(r"\b(?P<verb>[a-z]+(?:s|ed)) on(?=\s*(?:[,.;:!?]|$)| (?:in|through|with|across|along|and|so|at|by|toward|towards|"
                            r"past|into|over|under|as|while|till|until|without|from|up|down|ahead|again|its way|their way)\b)")
# "and halts there at the end of its ride": the end of the move, not a second move (a ride)
END_OF_ITS_MOVE_RE = re.compile(r"\bat the end of (?:its|his|her|their) (?:ride|stride|run|walk|trip|journey|flight|glide|roll|way|path|"
                                r"route|trek|race|course|travels?)\b")
# "around no bend", "past no tree": a prop named only to be denied
DENIED_PROP_RE = re.compile(r"\b(?:around|round|past|by|near|with|through|over|under) no [a-z]+\b")
# "then with a burst to upper left", "with grace": how it moves; a thing it moves with is a known noun
MANNER_RE = re.compile(r"\bwith (?:an? |such |great |a (?:sudden|quick|great|gentle|little|single) )?(?P<word>[a-z]+)\b(?= *(?:[,.;:!?]|$| to\b| then\b| and\b))")
# "and there it rests", "and there stands fast": it stays at the place just reached
STAYS_THERE_RE = re.compile(r",? and there (?:" + _SUBJECT + r" )?(?:stands?|rests?|stays?|sits?|stops?|settles?|waits?|remains?|lies|"
                            r"dozes?|stalls?|halts?)(?: (?:fast|still|put|on|awhile|a while))?(?=\s*(?:[,.;!?]|$))")
_STARTS_AT_RE = re.compile(r"\b" + _SUBJECT + r" (?:starts|begins)(?: out)? (?:at|on|from) (?P<place>" + _PLACE + r")")
_ENDS_AT_RE = re.compile(r"\b(?:(?:and )?(?:by|at) the (?:end|close),? )?(?:" + _SUBJECT + r"(?: |(?='s)))?(?:ends(?: up)?|"
                         r"(?:'s|is|are|has|have)(?: (?:reached|got to|arrived at|come to))?|reached|gets to) (?:at |on |in )?(?P<place>" + _PLACE + r")")
_FROM_TO_RE = re.compile(r"\bfrom (?P<start>" + _PLACE + r") to (?P<end>" + _PLACE + r")")
_EPITHET_RE = re.compile(r"(?:(?:and )?(?:our|my|its|his|her|their) [a-z]+(?: [a-z]+){0,3}|(?:still )?in (?:the )?frame(?: [a-z]+){0,4})")
_CLAUSE_SPLIT_RE = re.compile(r"(\s*[,;:!?.]\s*)")
_SIDE_WORDS = frozenset("left right top bottom upper lower middle centre center side edge corner".split())


def looks_like_verse(text: str) -> bool:
    """Whether ``text`` (lower-cased) is written in lines joined by slashes."""
    return text.count(" / ") >= 2


def _bare(place: str) -> str:
    return " ".join(re.sub(r"\b(?:the|side|edge|corner|of|frame|screen|picture|shot)\b", " ", place).split())


def _drop_clauses(text: str) -> str:
    """Clauses that only restate a told path, or give an epithet for the thing named: taken out."""
    path = _FROM_TO_RE.search(text)
    told = (_bare(path.group("start")), _bare(path.group("end"))) if path else None
    parts = _CLAUSE_SPLIT_RE.split(text)
    kept: list[str] = []
    for index in range(0, len(parts), 2):
        clause = parts[index].strip()
        said_before = "".join(parts[:index])
        if said_before and (_restates(clause, told, said_before) or _is_epithet(clause)):
            if kept and index + 1 < len(parts) and parts[index + 1].strip() in ".;!?":
                kept[-1] = parts[index + 1]  # the clause ended its sentence: keep that end, not its comma
            continue
        kept.append(parts[index])
        if index + 1 < len(parts):
            kept.append(parts[index + 1])
    return "".join(kept)


def _restates(clause: str, told: tuple[str, str] | None, said_before: str) -> bool:
    """"it starts at left" / "by the end it is at the right" after "from left to right": the same move again."""
    if told is None or not _FROM_TO_RE.search(said_before):
        return False
    if " and " in clause:  # "it starts at right and ends at left": both halves said again
        return all(_restates(part, told, said_before) for part in clause.split(" and "))
    starts = _STARTS_AT_RE.fullmatch(clause)
    if starts:
        return _bare(starts.group("place")) == told[0]
    ends = _ENDS_AT_RE.fullmatch(re.sub(r"^(?:and|then) ", "", clause))
    return bool(ends) and _bare(ends.group("place")) == told[1]


def _is_epithet(clause: str) -> bool:
    """"our loyal friend", "its journey kept", "still in the frame": said of the thing named, never another."""
    if not _EPITHET_RE.fullmatch(clause):
        return False
    words = clause.split()
    return not any(noun_class(word) is not None for word in words[1:]) and _SIDE_WORDS.isdisjoint(words)


def verse_in_plain_words(text: str) -> str:
    """``text`` as prose: lines joined, inversions undone, restatements and epithets taken out."""
    text = LINE_BREAK_RE.sub(" ", text)
    text = PARTICLE_FIRST_RE.sub(lambda m: f"{m.group('lead') or ''}{m.group('subject')} {m.group('verb')} {m.group('particle').strip()}", text)
    text = GOAL_FIRST_RE.sub(lambda m: f"{m.group('subject')} {m.group('verb')} {m.group('goal')}", text)
    text = RHYME_MOVE_RE.sub("moves", text)
    text = KEEPS_GOING_RE.sub(r"\g<verb>", text)
    text = DENIED_PROP_RE.sub("", text)
    text = MANNER_RE.sub(lambda m: m.group(0) if noun_class(m.group("word")) is not None else "", text)
    text = END_OF_ITS_MOVE_RE.sub("at the end", text)
    text = STAYS_THERE_RE.sub("", text)
    text = _drop_clauses(text)
    return " ".join(text.split())
