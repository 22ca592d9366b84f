"""A streamer's emotes closing a line, dropped before the reader lower-cases them into words it would draw.

A streamer reading chat aloud ends a line on an emote: "... stays to the end PogChamp", "chat it's on patrol KEKW",
"... nothing else on screen PogChamp PogChamp", "..., Sadge". An emote is a made-up word told by its capitals — one
with a capital inside it after a small letter ("PogChamp", "PepeHands", "monkaS"), one in capitals that the tables do
not know in a line typed in small letters ("KEKW", "LUL", "OMEGALUL"), or, in a prompt that already shows one of
those or speaks to "chat" ("ok chat", never "kids chat"), a capitalised word the tables do not know ("Kappa",
"Sadge", "Pog") but never a verb's named object ("chases Bella") — said where a clause ends: at the end of its
line, after what closes a clause, never after a word that waits for what follows ("an iPhone", "it's GONE", "to
Bob"), and never a whole line of capitals (a telegram, a shout: "SECOND HALF, BALL NONE.").
Lower-cased, such a word is an unknown noun after a place ("to the end pogchamp") that the reader would draw as a
thing; it is the streamer's reaction, an interjection, so it is dropped with the comma that set it off, the line's
closing mark kept. A word the tables know stays whatever its capitals ("... on the LEFT", "... NOTHING ELSE").
"""

from __future__ import annotations

import re

from .phrase_context import known_word
from .vocabulary import COPULA, DEFINITE, INDEFINITE, NUMBER_WORDS, SEEING_VERBS, VERB_KINDS

_CLOSING_MARKS = ".!?"
# words that wait for what follows, so a capitalised word after them is what they wait for: an article or a
# possessive ("an iPhone"), a preposition ("to Bob"), a copula ("it's GONE"), a conjunction, a naming verb ("named Rex")
_WAITING_WORDS = DEFINITE | INDEFINITE | COPULA | frozenset(NUMBER_WORDS) | frozenset(
    "it's that's he's she's they're we're i'm you're is isn't are aren't was wasn't am be "
    "of to from by with at on in into onto near beside behind past toward towards for about like as than via "
    "and or but nor then so named called dubbed titled says said say go goes went".split())
_SEEING_VERB_RE = re.compile(SEEING_VERBS)
_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")  # "PogChamp", "monkaS": a capital after a small letter
# "ok chat", "Chat, look", "thanks chat": the streamer speaks to chat, opening a clause or after a greeting; "two kids
# chat on a bench" is a verb after its subject, no stream
_CHAT_ADDRESSED_RE = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?:ok|okay|yo|hey|hi|hello|so|thanks|thank you|look|alright|well|oh|guys|ty)\s+)chat\b",
    re.IGNORECASE | re.MULTILINE)


def _camel(core: str) -> bool:
    return _INNER_CAPITAL_RE.search(core) is not None


def _capitals_unknown(core: str, line: str) -> bool:
    """"KEKW" in a line of small letters: capitals the tables do not know, in no shout or telegram of capitals."""
    if len(core) < 3 or not core.isupper() or known_word(core.lower()):
        return False
    upper = sum(1 for c in line if c.isupper())
    return sum(1 for c in line if c.islower()) > upper


def _titled_unknown(core: str) -> bool:
    return len(core) >= 3 and core[0].isupper() and core[1:].islower() and not known_word(core.lower())


def _split(token: str) -> tuple[str, str, str]:
    """A token as (what comes before its word, its word, the marks after it): ", PogChamp!" is (",", "PogChamp", "!")."""
    end = len(token)
    while end and not token[end - 1].isalnum():
        end -= 1
    start = 0
    while start < end and not token[start].isalnum():
        start += 1
    return token[:start], token[start:end], token[end:]


def _is_emote(core: str, line: str, streamed: bool, before: str) -> bool:
    """An emote closing the line; a titled word ("Sadge") only in a stream, never right after a verb it is the named
    object of ("a cat chases Bella")."""
    if not core.isalpha():
        return False
    if _camel(core) or _capitals_unknown(core, line):
        return True
    return streamed and _titled_unknown(core) and not _is_verb(_split(before)[1].lower())


def _is_verb(word: str) -> bool:
    return word in VERB_KINDS or _SEEING_VERB_RE.fullmatch(word) is not None


def _streamed(text: str) -> bool:
    """The prompt shows a stream's marks: "chat" spoken to, or an emote of unmistakable form ("PogChamp")."""
    return _CHAT_ADDRESSED_RE.search(text) is not None or any(
        _camel(core) and core.isalpha() for core in (_split(token)[1] for token in text.split()))


def _line_without_emotes(line: str, streamed: bool) -> str:
    tokens = line.split()
    closing = ""
    dropped = 0
    while len(tokens) - dropped > 1:
        lead, core, marks = _split(tokens[-1 - dropped])
        before = tokens[-2 - dropped]
        if lead or not _is_emote(core, line, streamed, before) or before[-1:] == ":" \
                or (before[-1:] in _CLOSING_MARKS and not _camel(core)) or _split(before)[1].lower() in _WAITING_WORDS:
            break
        if marks and not closing:
            closing = marks.strip(",;")
        dropped += 1
    if not dropped:
        return line
    kept = tokens[:len(tokens) - dropped]
    last = kept[-1].rstrip(",;")
    if closing and last[-1:] not in _CLOSING_MARKS:
        last += closing
    return " ".join([*kept[:-1], last])


def might_close_on_emote(text: str) -> bool:
    """A cheap gate: some line's last word holds a capital after its first letter, or starts with one after a word."""
    for line in text.split("\n"):
        words = line.split()
        if len(words) > 1:
            core = _split(words[-1])[1]
            if core[:1].isupper() or _camel(core):
                return True
    return False


def emotes_dropped(text: str) -> str:
    """``text`` with the emotes that close its lines dropped (see the module's docstring)."""
    streamed = _streamed(text)
    return "\n".join(_line_without_emotes(line, streamed) for line in text.split("\n"))
