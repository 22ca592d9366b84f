"""A prompt written as rhymed verse, put into plain sentences before reading.

"Across the field from left to right / a dog walks on in morning light; / it starts at left, and by the end / it's at the right,
our loyal friend." is one scene: line breaks ("/") are not clause breaks; poetic inversion ("then up it spins / to upper right",
"on to upper left it goes") puts the verb after the place; a couplet that says the path again ("it starts at left ... by the end
it's at the right") restates the move already told, not a second one; an epithet for the thing named ("our loyal friend", "its
journey kept", "its steps are plain") and a negated prop ("around no bend") are never things in the scene; "and there it rests"
after the last place only says it stays there; a rhyme verb with a goal ("spins up to the upper right") is a move to that goal.
Lines may also be broken by new lines; a colour before "the thing" ("Blue is the car, and yellow the cat", "Purple the car that
waits") or left at a line's end for the next line's thing is that thing's; a mover after its verb ("past it goes a car"), a path
before its mover ("from the right of a car to its left a dog walks"), "the lower left is where a ball begins" and a half before
its verb ("a cat the first half shows") are put in prose order; "the pair moves" is the counted things again.
"""

from __future__ import annotations

import re

from .noun_phrases import noun_class
from .vocabulary import COLORS, VERB_KINDS

_PLACE = (r"(?:the )?(?:(?:upper|lower|top|bottom|far) ?)?(?:left|right|top|bottom|middle|centre|center)(?: side| edge| corner)?"
          r"(?: of (?:the )?(?:frame|screen|picture|shot))?")
_SUBJECT = r"(?:it|they|he|she)"
# " / " or a new line: a verse line break, inside a sentence as often as between two
LINE_BREAK_RE = re.compile(r"\s*(?:/|\n)\s*")
_COLOUR = r"(?:" + "|".join(sorted(COLORS)) + r")"
# "Blue is the car, and yellow the cat", "Purple the car that waits": the colour put before its thing
COLOUR_FIRST_RE = re.compile(r"(?:^|(?<=[,;.] )|(?<=\band ))(?P<colour>" + _COLOUR + r") (?:is |are )?the (?P<noun>[a-z]+)\b")
# "and near it, blue, / a car": a colour left at a line's end for the thing that opens the next
COLOUR_BEFORE_BREAK_RE = re.compile(r"(?<=, )(?P<colour>" + _COLOUR + r"),\s*(?:/|\n)\s*(?P<det>a|an|the) (?P<noun>[a-z]+)\b")
# "a car that stands / to the left": a stance ending its line is standing still, not standing somewhere
STANDS_AT_LINE_END_RE = re.compile(r"\b(?P<said>(?:that|which|who) (?:stands|sits|waits|rests|stays))(?=\s*(?:/|\n|[,;.]))")
# "a lively cat the first half shows", "the second half, no cat": a half said before its verb, or opening a line
HALF_BEFORE_VERB_RE = re.compile(r"\b(?P<span>the (?:first|second|opening|closing|last|final) half) (?P<verb>shows|appears|stays|"
                                 r"remains|is seen)\b")
HALF_OPENING_RE = re.compile(r"(?:^|(?<=[,;.] ))(?P<span>the (?:first|second|opening|closing|last|final) half),")
# "and past it goes a car": the mover after its verb
MOVER_AFTER_VERB_RE = re.compile(r"\b(?P<by>past|by|beside|behind|around) (?P<what>it|them|the [a-z]+) (?P<verb>[a-z]+s) "
                                 r"(?P<subject>(?:a|an|the|one|two) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+))\b")
# "from the right of a car to the left of the car a dog walks": the path before its mover
PATH_BEFORE_MOVER_RE = re.compile(r"(?:^|(?<=[,;.] ))(?P<path>from [a-z ]+? to (?:the )?[a-z ]+?) (?P<subject>(?:a|an|the|"
                                  r"one) (?:[a-z]+ )?"
                                  r"(?P<noun>[a-z]+)) (?P<verb>[a-z]+s)\b")
# "the lower left is where a ball begins": the place after the start
PLACE_IS_WHERE_RE = re.compile(r"\b(?P<place>" + _PLACE + r") is where (?P<subject>(?:a|an|the|one) [a-z]+) (?P<verb>begins|"
                                                          r"starts|ends|stops)\b")
# "the pair moves on", "the two fly": the counted things said again as a group
GROUP_AGAIN_RE = re.compile(r"\bthe (?:pair|two|duo|trio|three|four|quartet|lot) (?P<verb>[a-z]+s)\b")
# "then up it spins to", "and on it goes": the particle and its verb put back in prose order
PARTICLE_FIRST_RE = re.compile(r"\b(?P<lead>(?:then|and|so|now) )?(?P<particle>(?:(?:up|down|on|over|across|back|onward|upward|"
                               r"along) ){1,2})"
                               r"(?P<subject>" + _SUBJECT + r") (?P<verb>[a-z]+s)\b")
# "on up to upper left it goes": the goal before its verb
GOAL_FIRST_RE = re.compile(r"\b(?P<goal>(?:(?:on|up|down|over|across|back) ){0,2}to " + _PLACE + r") (?P<subject>" + _SUBJECT
                           + r") (?P<verb>[a-z]+s)\b")
# "spins up to the upper right", "wends its way to": a rhyme verb whose goal makes it a move
RHYME_MOVE_RE = re.compile(r"\b(?:spins|spun|twirls|whirls|wends(?: (?:its|their) way)?|makes (?:its|their) way)"
                           r"(?= (?:(?:up|down|over|across|back|on|about) )*(?:to|toward|towards|into) " + _PLACE + r")")
# "a dog walks on in morning light": "on" as "onward", keeping going (not walking on stage, into view)
KEEPS_GOING_RE = re.compile(r"\b(?P<verb>[a-z]+(?:s|ed)) on(?=\s*(?:[,.;:!?]|$)| (?:in|through|with|across|along|and|so|at|by|"
                            r"toward|towards|"
                            r"past|into|over|under|as|while|till|until|without|from|up|down|ahead|again|its way|their way)\b)")
# "and halts there at the end of its ride": the end of the move, not a second move (a ride)
END_OF_ITS_MOVE_RE = re.compile(r"\bat the end of (?:its|his|her|their) (?:ride|stride|run|walk|trip|journey|flight|glide|roll|"
                                r"way|path|"
                                r"route|trek|race|course|travels?)\b")
# "around no bend", "past no tree": a prop named only to be denied (a thing seen at another time is kept: its absence)
DENIED_PROP_RE = re.compile(r"\b(?:around|round|past|by|near|with|through|over|under) no (?P<noun>[a-z]+)\b")
# "..., as a walking dog will do", "as any cat would do": a verse's simile likens the thing to one of a kind, naming
# no thing of the scene
SIMILE_RE = re.compile(r",? as (?:a|an|any) (?:[a-z-]+ ){0,2}[a-z]+ (?:will|would|does|can|might|should|must) do\b")
# "then with a burst to upper left", "with grace": how it moves; a thing it moves with is a known noun
MANNER_RE = re.compile(r"\bwith (?:an? |such |great |a (?:sudden|quick|great|gentle|little|"
                       r"single) )?(?P<word>[a-z]+)\b(?= *(?:[,.;:!?]|$| to\b| then\b| and\b))")
# "and there it rests", "and there stands fast": it stays at the place just reached
STAYS_THERE_RE = re.compile(r",? and there (?:" + _SUBJECT +
                            r" )?(?:stands?|rests?|stays?|sits?|stops?|settles?|waits?|remains?|lies|"
                            r"dozes?|stalls?|halts?)(?: (?:fast|still|put|on|awhile|a while))?(?=\s*(?:[,.;!?]|$))")
_STARTS_AT_RE = re.compile(r"\b" + _SUBJECT + r" (?:starts|begins)(?: out)? (?:at|on|from) (?P<place>" + _PLACE + r")")
_ENDS_AT_RE = re.compile(r"\b(?:(?:and )?(?:by|at) the (?:end|close),? )?(?:" + _SUBJECT + r"(?: |(?='s)))?(?:ends(?: up)?|"
                         r"(?:'s|is|are|has|have)(?: (?:reached|got to|arrived at|come to))?|reached|gets to) (?:at |on |"
                         r"in )?(?P<place>" + _PLACE + r")")
_FROM_TO_RE = re.compile(r"\bfrom (?P<start>" + _PLACE + r") to (?P<end>" + _PLACE + r")")
_EPITHET_RE = re.compile(r"(?:(?:and )?(?:our|my|its|his|her|their) [a-z]+(?: [a-z]+){0,3}|"
                         r"(?:still )?in (?:the )?frame(?: [a-z]+){0,4})")
# free verse's lines: one going on a path ("to its close"), one opening with a subject or with a time, and a bare place
# goes on "to" a place or a time ("to the right of the car", "to its close", "until the clip ends"); "into a box",
# "to a box on the right", "towards the tree" are a goal, a thing the mover's own line reads with it
_GOES_ON = (r"(?:until|till)\b|to (?:the |its |their )?(?:very )?(?:(?:far|upper|lower|top|bottom|other) ?)?(?:left|right|top|"
            r"bottom|middle|centre|center|end|close|finish|side|edge|corner|last)\b")
_PATH_GOES_ON_RE = re.compile(_GOES_ON)
# "from the opening of the clip\nto its close": a line opening "from" and the next going on "to" are one path
PATH_ACROSS_BREAK_RE = re.compile(r"^(?P<from>[ \t]*from [^/\n,;.]{1,80}?)[ \t]*\n\s*(?=" + _GOES_ON + ")",
                                  re.MULTILINE)

_SUBJECT_OPENING_RE = re.compile(r"(?:the|a|an|it|they|he|she|this|that|one|two|three|four) (?!(?:[a-z]+ )?half\b)")
_SENTENCE_END_RE = re.compile(r"[.;!?]")
_AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|does|do|did|has|have|had)\b")
_TIME_OPENING_RE = re.compile(r"(?:in|during|for|by|at) the (?:first|second|opening|closing|last|final) half\b"
                              r"|(?:at|by) the (?:start|end|beginning|close)\b")
_BARE_PLACE_RE = re.compile(_PLACE)
_TO_PLACE_RE = re.compile(r"(?:and )?(?:[a-z]+ ){0,2}?to " + _PLACE + r"$")
_CLAUSE_SPLIT_RE = re.compile(r"(\s*[,;:!?.]\s*)")
_SIDE_WORDS = frozenset("left right top bottom upper lower middle centre center side edge corner".split())


def path_lines_joined(text: str) -> str:
    """``text`` (lower-cased) with a line opening "from" joined to the next where it goes on "to" ("from the opening
    of the clip\nto its close"): one phrase, before any reader of a whole-clip span or a route reads the lines."""
    return PATH_ACROSS_BREAK_RE.sub(r"\g<from> ", text)


def looks_like_verse(text: str) -> bool:
    """Whether ``text`` (lower-cased) is written in lines: joined by slashes (two, or one between longer
    lines), or broken by new lines none of which opens as a list or a label would."""
    if " / " in text:
        lines = text.split(" / ")
        return len(lines) > 2 or all(len(line.split()) >= 3 for line in lines)
    if "\n" not in text:
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 2 and not any(re.match(r"[-*#\d>|]|[a-z ]{1,20}:", line) for line in lines)


def _if_thing(match: re.Match, said: str) -> str:
    return said if noun_class(match.group("noun")) is not None else match.group(0)


def _plural_verb(verb: str) -> str:
    """"moves" said of a group: "move"."""
    for bare in (verb[:-1], verb[:-2], verb[:-3] + "y"):
        if bare in VERB_KINDS:
            return bare
    return verb


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
        if said_before and (_restates(clause, told, said_before) or _is_epithet(clause) or _colours_again(clause, said_before)):
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


def _colours_again(clause: str, said_before: str) -> bool:
    """"purple dog, yellow car, ..., purple and yellow": colours with no thing, each said before, are a refrain."""
    words = [word for word in clause.split() if word != "and"]
    return bool(words) and all(word in COLORS and re.search(rf"\b{word}\b", said_before) for word in words)


def _is_epithet(clause: str) -> bool:
    """"our loyal friend", "its journey kept", "still in the frame": said of the thing named, never another."""
    if not _EPITHET_RE.fullmatch(clause):
        return False
    words = clause.split()
    return not any(noun_class(word) is not None for word in words[1:]) and _SIDE_WORDS.isdisjoint(words)


def _denied_prop(match: re.Match) -> str:
    """"around no bend": gone; "with no dog in view" when a dog comes later: the dog's absence, kept."""
    rest = match.string[:match.start()] + match.string[match.end():]
    named_elsewhere = noun_class(match["noun"]) is not None and re.search(rf"\b{re.escape(match['noun'])}\b", rest)
    return match.group(0) if named_elsewhere else ""


def _has_a_verb(line: str) -> bool:
    """Whether ``line`` says what something does: a verb the tables know, not a participle naming a kind ("flying")."""
    return any(word in VERB_KINDS and not word.endswith("ing") for word in re.findall(r"[a-z]+", line))


def _words_of(line: str) -> list[str]:
    """A line's words, less an opening "and" or article ("a sleepy fox" and "sleepy fox" name the same thing, "and it
    rolls left" and "it rolls left" say the same move)."""
    words = re.findall(r"[a-z0-9']+", line)
    words = words[1:] if words[:1] == ["and"] else words
    return words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words


def _refrains_dropped(lines: list[str]) -> list[str]:
    """A line said again, whole or as the opening of the line beside it ("one moving car / one moving car alone in the
    frame", "a lively cat in the first half / lively cat,", "it rolls left / it rolls left"), is the poet's refrain: the
    same thing said again, kept once in its longer form."""
    kept: list[str] = []
    for line in lines:
        words = _words_of(line)
        if kept and words:
            before = _words_of(kept[-1])
            if words[:len(before)] == before:
                kept[-1] = line  # the line before opens this one: this one says it all
                continue
            if before[:len(words)] == words:
                continue  # this line opens the one before: said already
        kept.append(line)
    return kept


def _opens_a_clause(line: str, opens_with_a_time: bool, times_lead: bool) -> bool:
    """Whether ``line`` is a clause of its own: a subject and its verb ("the dog stays still", "it does not stir"), or,
    in a poem whose times lead their lines (its first line is one), a half or an end of the clip ("in the second
    half"); where times trail ("no bird / in the first half"), a time line ends the phrase before it."""
    if opens_with_a_time:
        return times_lead
    return _SUBJECT_OPENING_RE.match(line) is not None and (_has_a_verb(line) or _AUXILIARY_RE.search(line) is not None)


def _from_bare_place(lines: list[str]) -> list[str]:
    """A poem's opening line that is only a place ("right side of the frame"), with a later line going "to" another
    place ("to the left side"), is where the move starts."""
    if len(lines) > 2 and _BARE_PLACE_RE.fullmatch(lines[0].strip()) and any(
            _TO_PLACE_RE.match(line) for line in lines[2:]):
        bare = lines[0].strip()
        return ["from " + (bare if bare.startswith("the ") else "the " + bare), *lines[1:]]
    return lines


def _lines_joined(text: str) -> str:
    """Lines as one text: a line break goes on the sentence ("then up it spins / to upper right"), but between two
    lines that each do without a verb ("three flying birds / in the frame at the start / in the frame at the end") it
    parts two phrases, as a comma does; a line going on a path the line before opened ("from the right of the dog /
    to the left of the dog") goes on its phrase, and a line that is a clause of its own ("the dog stays still", "in the
    second half") opens a new sentence after one that has its subject ("a car / from the right of the bird / ..."),
    never after a fronted path waiting for its mover ("from right to left / a car drives on")."""
    lines = _from_bare_place(_refrains_dropped(LINE_BREAK_RE.split(text)))
    times_lead = _TIME_OPENING_RE.match(lines[0]) is not None
    pieces = [lines[0]]
    # the joined text's last sentence so far, less its opening spaces, carried on piece by piece (never re-split)
    sentence = _SENTENCE_END_RE.split(lines[0])[-1].lstrip()
    for before, line in zip(lines, lines[1:]):
        ended = before.rstrip().endswith((",", ";", ":", ".", "!", "?"))
        opens_with_a_time = _TIME_OPENING_RE.match(line) is not None
        if not ended and _opens_a_clause(line, opens_with_a_time, times_lead) and (
                opens_with_a_time or _SUBJECT_OPENING_RE.match(sentence)):
            piece = ". " + line
        else:
            parted = (not _has_a_verb(before) and not _has_a_verb(line) and not ended
                      and not (before.startswith("from ") and _PATH_GOES_ON_RE.match(line)))
            piece = (", " if parted else " ") + line
        pieces.append(piece)
        parts = _SENTENCE_END_RE.split(piece)
        if len(parts) > 1:
            sentence = parts[-1].lstrip()
        else:
            sentence = sentence + piece if sentence else piece.lstrip()
    return "".join(pieces)


def verse_lines_marked(text: str) -> str:
    """``text`` with what a line's end says read while the ends are there ("a car that stands /": stands still;
    "near it, blue, / a car": a blue car), and new lines written as " / ", so that no later rewrite loses them."""
    text = STANDS_AT_LINE_END_RE.sub(r"\g<said> still", text)
    text = COLOUR_BEFORE_BREAK_RE.sub(
        lambda m: _if_thing(m, f"{'a' if m['det'] == 'an' else m['det']} {m['colour']} {m['noun']}"), text)
    return LINE_BREAK_RE.sub(" / ", text)


def verse_in_plain_words(text: str) -> str:
    """``text`` as prose: lines joined, inversions undone, restatements and epithets taken out."""
    text = _lines_joined(text)
    text = COLOUR_FIRST_RE.sub(lambda m: _if_thing(m, f"the {m['colour']} {m['noun']}"), text)
    text = HALF_BEFORE_VERB_RE.sub(r"\g<verb> in \g<span>", text)
    text = HALF_OPENING_RE.sub(r"in \g<span>,", text)
    text = MOVER_AFTER_VERB_RE.sub(lambda m: _if_thing(m, f"{m['subject']} {m['verb']} {m['by']} {m['what']}"), text)
    text = PATH_BEFORE_MOVER_RE.sub(lambda m: _if_thing(m, f"{m['subject']} {m['verb']} {m['path']}"), text)
    text = PLACE_IS_WHERE_RE.sub(r"\g<subject> \g<verb> at \g<place>", text)
    text = GROUP_AGAIN_RE.sub(lambda m: f"they {_plural_verb(m['verb'])}", text)
    text = PARTICLE_FIRST_RE.sub(lambda m: f"{m.group('lead') or ''}{m.group('subject')} {m.group('verb')} "
                                           f"{m.group('particle').strip()}", text)
    text = GOAL_FIRST_RE.sub(lambda m: f"{m.group('subject')} {m.group('verb')} {m.group('goal')}", text)
    text = RHYME_MOVE_RE.sub("moves", text)
    text = KEEPS_GOING_RE.sub(r"\g<verb>", text)
    text = DENIED_PROP_RE.sub(_denied_prop, text)
    text = MANNER_RE.sub(lambda m: m.group(0) if noun_class(m.group("word")) is not None else "", text)
    text = SIMILE_RE.sub("", text)
    text = END_OF_ITS_MOVE_RE.sub("at the end", text)
    text = STAYS_THERE_RE.sub("", text)
    text = _drop_clauses(text)
    return " ".join(text.split())
