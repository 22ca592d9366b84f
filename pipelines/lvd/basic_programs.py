"""A BASIC program with numbered lines put into the words it prints and remarks.

A programmer writes the clip as an old home computer's BASIC: '10 REM WHAT THE CLIP SHOWS', '20 PRINT "TWO MOVING
CARS"', '30 LET A$ = "BLUE CAT"', '40 PRINT "A "; A$; " SIDE BY SIDE"', '50 DATA "LOWER LEFT CORNER", ...', '60 END',
then "RUN". The line numbers are the program's, never counts; the keywords, the variables and the machine running it
are never in the video. What a line remarks (REM, or "'") and what it prints (PRINT, or "?") is the clip: a string
kept in a variable is said where it is printed (';' joins the pieces, ',' a space), a string kept and never printed,
and DATA's words, where they stand; control and screen statements in code's shape ("END", "GOTO 10", "FOR I = 1 TO
3", "COLOR 4", "CLS") say nothing, and an IF says what its THEN does. Each printed or remarked line is a sentence of
its own, unless the line after it goes on with it ("A DOG WALKS FROM THE LOWER LEFT CORNER" / "TO THE UPPER LEFT
CORNER" / "THEN TO ..."), or a print ends on ';' and the next print goes on the same output line. A line typed all in
capitals, as such machines print, is read in lower case. Only a text with two numbered statement lines in rising
order, one of them a remark, a print, DATA or a kept value of code's shape (or one numbered line printing a string), is
read so: a numbered list in prose, "1 dog runs", "1 For the first half, no cat.", "1 Let a bird fly" / "2 Print a
second bird", keeps its own reading, and a line of prose inside a program ("Print of a cat ...", "If possible, ...",
"Read the sign, ...") is said whole. No value and no output grows past the prompt's own limit.
"""

from __future__ import annotations

import re

from ..core.limits import Limits

# no value, nor the program's whole output, grows past what a prompt may hold ('A$ = A$ + A$' on each of twenty lines
# would double a word into millions of characters)
_MAX_CHARS = Limits.max_prompt_chars
# "10 PRINT ...", "20 REM ...", "30 A$ = ...": a numbered line, its statement a keyword or an assignment
_KEYWORDS = ("REM", "PRINT", "LET", "DATA", "READ", "RESTORE", "END", "STOP", "RUN", "GOTO", "GOSUB", "RETURN",
             "INPUT", "IF", "FOR", "NEXT", "DIM", "CLS", "HOME", "COLOR", "COLOUR", "SCREEN", "LOCATE", "BEEP",
             "SOUND", "PLOT", "POKE", "WAIT", "SLEEP", "RANDOMIZE", "ON", "WIDTH", "CLEAR", "PAUSE")
_NUMBERED_RE = re.compile(r"^[ \t]*(?P<number>\d{1,5})[ \t]+(?P<body>(?:(?:" + "|".join(_KEYWORDS)
                          + r")\b|[?']|[A-Z][A-Z0-9_]{0,15}\$?[ \t]*=)[^\n]*)$", re.I | re.M)
# the statements only a program writes, one of which among its numbered lines makes a text a program: a remark, a
# print of code's shape, DATA, a string kept ("1 Let a bird fly" / "2 Print a second bird above it" is a numbered
# list of prose)
_PROGRAM_STATEMENT_RE = re.compile(r"(?:REM\b|'|(?:PRINT\b|\?)(?=[ \t]*(?P<print>$|[\"(;,:]|[-+.\d]|[A-Z]\w*\$|"
                                   r"[A-Z]\w?[ \t]*(?:[;,:+]|$)))|DATA[ \t]+(?:[\"\d,]|[^a-z\n]*$)|(?:LET[ \t]+)?"
                                   r"[A-Z][A-Z0-9_]{0,15}\$[ \t]*=|LET[ \t]+[A-Z][A-Z0-9_]{0,15}[ \t]*=)", re.I)
# "RUN", "LIST", "OK", "READY.", "]RUN": what is typed to the machine or its answer, on a line of its own
_SHELL_RE = re.compile(r"^[ \t]*[\]>]?(?:RUN|LIST|NEW|OK|READY|BREAK)\.?[ \t]*$", re.I)
# 'LET A$ = "BLUE " + B$', 'N = 3': a variable given a value
_ASSIGN_RE = re.compile(r"^(?:LET[ \t]+)?(?P<name>[A-Z][A-Z0-9_]{0,15}\$?)[ \t]*=[ \t]*(?P<value>.*)$", re.I)
# a string (a closing quote may be left off at the line's end), or anything up to the next quote
_PIECE_RE = re.compile(r'"[^"]*"?|[^"]+')
# "IF A$ = "CAT" THEN PRINT ...": an IF of code's shape, its condition a comparison or a variable ("If a blue ball
# rolls in then ..." is prose, said whole)
_IF_RE = re.compile(r"^IF\b(?P<condition>[^\n]*?)\bTHEN[ \t]+(?P<then>.+)$", re.I)
# "END", "GOTO 10", "FOR I = 1 TO 3", "COLOR 4", "CLS": control and screen statements in code's own shape, saying
# nothing ("For the first half, no cat" on a numbered line is prose, and said)
_SAYS_NOTHING_RE = re.compile(r"(?:END|STOP|RUN|RETURN|CLS|HOME|BEEP|CLEAR|RANDOMIZE|NEXT(?:[ \t]+\w+)?|"
                              r"(?:GOTO|GOSUB|RESTORE|WAIT|SLEEP|PAUSE)(?:[ \t]+\d+)?|"
                              r"(?:COLOR|COLOUR|SCREEN|LOCATE|SOUND|PLOT|POKE|WIDTH)[ \t]+[\d, \t]+|"
                              r"FOR[ \t]+\w+[ \t]*=.*|DIM[ \t]+\w+\$?\(.*|INPUT[ \t].*|"
                              r"READ[ \t]+\w+\$?(?:[ \t]*,[ \t]*\w+\$?)*|"  # READ's variables ("Read the sign, ..." is prose)
                              r"ON[ \t].*\bGO(?:TO|SUB)\b.*)[ \t]*$", re.I)
# "TO THE UPPER LEFT CORNER", "THEN TO ...", "AND THEN ...": a line that goes on with the one before it
_GOES_ON_RE = re.compile(r"(?P<joined>and then|then|and|or|but)\b|(?:to|from|into|onto|toward|towards|until|till|"
                         r"across|past|through|via|along|over|of)\b", re.I)
_DECORATION = " \t*=#-_~+|"  # "** THE SCENE **", "=== CLIP ===": a remark's frame


def _split_outside_quotes(text: str, separators: str) -> list[tuple[str, str]]:
    """``text`` cut at each of ``separators`` outside a string: the pieces, each with the separator after it."""
    pieces, start, quoted = [], 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in separators and not quoted:
            pieces.append((text[start:index], char))
            start = index + 1
    pieces.append((text[start:], ""))
    return pieces


def _value(expression: str, variables: dict[str, str]) -> str:
    """What an expression prints: its strings, the values of its variables, its numbers ('"A " + B$' is their join; a
    function call, "TAB(5)", prints nothing said)."""
    said = []
    for piece in _PIECE_RE.findall(expression):
        if piece.startswith('"'):
            said.append(piece.strip('"'))
            continue
        for word in re.findall(r"[A-Z][A-Z0-9_]*\$?(?:\([^)]*\))?|\d+(?:\.\d+)?", piece, re.I):
            if word.upper() in variables:
                said.append(variables[word.upper()])
            elif word[0].isdigit():
                said.append(word)
            if sum(map(len, said)) > _MAX_CHARS:
                return _joined(said)[:_MAX_CHARS]
    return _joined(said)[:_MAX_CHARS]


def _joined(pieces: list[str]) -> str:
    """Printed pieces side by side, a space put between two that would run two words together."""
    text = ""
    for piece in pieces:
        if text and piece and text[-1].isalnum() and piece[0].isalnum():
            text += " "
        text += piece
    return text


def _printed(arguments: str, variables: dict[str, str]) -> tuple[str, bool]:
    """What a PRINT's arguments print, and whether its output line goes on (a ';' or ',' left at its end)."""
    pieces = _split_outside_quotes(arguments, ";,")
    said: list[str] = []
    for piece, separator in pieces:
        if sum(map(len, said)) <= _MAX_CHARS:  # a print of the same long string over and over says it up to the cap
            said.append(_value(piece, variables) + (" " if separator == "," else ""))
    goes_on = bool(pieces) and not pieces[-1][0].strip() and len(pieces) > 1
    return " ".join(_joined(said)[:_MAX_CHARS].split()), goes_on


class _Program:
    """The lines the program remarks and prints, read statement by statement."""

    def __init__(self, statements: list[str]):
        self.said: list[tuple[str, str]] = []  # each line said, with the variable it keeps ("" for a remark or print)
        self.open = -1  # the line a print left open (';' at its end), else -1
        self.variables: dict[str, str] = {}
        self.printed: set[str] = set()
        self.size = 0  # the characters said so far, never past _MAX_CHARS
        for statement in statements:
            self.read(statement)

    @property
    def lines(self) -> list[str]:
        """The lines said, a string kept in a variable only where nothing prints it."""
        return [line for line, kept in self.said if line and kept not in self.printed]

    def say(self, text: str, goes_on: bool = False) -> None:
        text = text.strip()[:max(0, _MAX_CHARS - self.size)]
        self.size += len(text)
        if self.open >= 0:
            self.said[self.open] = (_joined([self.said[self.open][0], text]), "")
        elif text:
            self.said.append((text, ""))
        self.open = (self.open if self.open >= 0 else len(self.said) - 1) if goes_on and self.said else -1

    def read(self, statement: str) -> None:
        keyword = re.match(r"[A-Z]+|[?']", statement, re.I)
        head = keyword.group(0).upper() if keyword else ""
        rest = statement[len(head):].strip()
        if head in ("REM", "'"):
            self.say(rest.strip(_DECORATION))
        elif head in ("PRINT", "?") and _PROGRAM_STATEMENT_RE.match(statement) is None:
            self.say(statement)  # "Print of a cat hangs on the wall": a line of prose
        elif head in ("PRINT", "?"):
            for name in re.findall(r"[A-Z][A-Z0-9_]*\$?", re.sub(r'"[^"]*"?', " ", rest), re.I):
                self.printed.add(name.upper())
            self.say(*_printed(rest, self.variables))
        elif head == "DATA":
            items = [item.strip().strip('"').strip() for item, _ in _split_outside_quotes(rest, ",")]
            self.say(", ".join(item for item in items if item and not re.fullmatch(r"[-+.\d]+", item)))
        elif head == "IF":
            then = _IF_RE.match(statement)
            if then is None or not re.search(r"[=<>$]", then["condition"]):
                self.say(statement)  # "If possible, show a cat ...": a line of prose
            elif not then["then"].strip().isdigit():
                self.read(then["then"].strip())
        elif _SAYS_NOTHING_RE.match(statement):
            return
        elif assignment := _ASSIGN_RE.match(statement):
            name, value = assignment["name"].upper(), _value(assignment["value"], self.variables)
            self.variables[name] = value
            if name.endswith("$") and value and self.size < _MAX_CHARS:
                value = value[:_MAX_CHARS - self.size]
                self.size += len(value)
                self.said.append((value, name))  # said here only should nothing print it
        else:
            self.say(statement)


def _statements(body: str) -> list[str]:
    """A numbered line's statements: cut at ':' outside strings, a remark running to the line's end."""
    statements: list[str] = []
    for piece, _ in _split_outside_quotes(body, ":"):
        if statements and re.match(r"(?:REM\b|')", statements[-1], re.I):
            statements[-1] += ":" + piece
        else:
            statements.append(piece.strip())
    return [statement for statement in statements if statement]


def looks_like_basic(text: str) -> bool:
    """Whether ``text`` holds a BASIC program: two numbered statement lines in rising order, or one numbered line
    printing a string."""
    if "\n" not in text and not text.lstrip()[:1].isdigit():
        return False  # one line not opening on a line number: no program, asked cheaply
    lines = list(_NUMBERED_RE.finditer(text))
    numbers = [int(match["number"]) for match in lines]
    if any(a >= b for a, b in zip(numbers, numbers[1:])):
        return False
    if len(lines) == 1:
        return re.match(r"(?:PRINT|\?)[ \t]*\"", lines[0]["body"], re.I) is not None
    return len(lines) >= 2 and any(_PROGRAM_STATEMENT_RE.match(match["body"]) for match in lines)


def _sentences(lines: list[str]) -> str:
    """The program's lines as prose: a line goes on into the next where the next opens on a word that continues it,
    else ends as a sentence."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        goes_on = _GOES_ON_RE.match(line)
        if text[-1] in ".!?;:,":
            text += " " + line
        elif goes_on and goes_on["joined"]:
            text += ", " + line
        elif goes_on:
            text += " " + line
        else:
            text += ". " + line
    return text + ("." if text and text[-1] not in ".!?" else "")


def basic_in_plain_words(text: str) -> str:
    """``text`` with a BASIC program said as what it remarks and prints; any other text comes back as it is."""
    if not looks_like_basic(text):
        return text
    statements: list[str] = []
    for line in text.split("\n"):
        numbered = _NUMBERED_RE.match(line)
        if numbered:
            statements.extend(_statements(numbered["body"]))
        elif _SHELL_RE.match(line) is None and line.strip():  # prose around the program is said as it is
            statements.append("REM " + re.sub(r"^[ \t]*\d{1,5}[ \t]+", "", line).strip())
    lines = [line if re.search(r"[a-z]", line) else line.lower() for line in _Program(statements).lines]
    return _sentences(lines)[:_MAX_CHARS]
