"""A title the prompt's body restates, dropped before reading: the body's things are the things.

A video's title, a blog post's, a chapter's or a newspaper's headline ("Two Moving Cars Hold the Frame. In a clip
released this week, two moving cars stay ...", "Ball Rolls Past Stationary Dog\nThe dog stays still while a ball
...") summarises what the body then tells in full, so reading both draws every thing twice. A title is told by its
capitals: it leads the prompt (up to its first full stop, colon, dash or line break) or stands on a line of its own,
and every word of it but the small ones ("the", "of", "past") is capitalised. It goes only when each thing it names
is named again in the rest of the prompt; a title that names a thing the body does not ("Two Dogs Run Left" alone,
or before a body about a cat) is the only statement of that thing and is read as a plain sentence. Headings in
capitals ("EXT. PARK - DAY", "CARS STOP") are not titles; their own readers take them.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular

# the words a title leaves in lower case: articles, short prepositions and conjunctions
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "and", "or", "nor", "but", "as", "from",
                          "with", "past", "into", "onto", "off", "up", "over", "via", "per", "so", "yet", "its", "vs"))
_SMALL = r"(?:" + "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)) + r")"
# "Two", "Second-Half", "Dog's": a capitalised word, its hyphened parts capitalised or not
_CAPITALISED = r"[A-Z][a-z']*(?:-[A-Za-z][a-z']*)*"
# a prompt that may open on a title: a capitalised word, then (past any small words) another
TITLE_START_RE = re.compile(_CAPITALISED + r" (?:" + _SMALL + r" )*" + _CAPITALISED + r"\b")
# a whole title: capitalised words, small words and numbers, three words or more, before its end; a comma, colon or
# dash may part it ("Four Cats, Nothing Else", "Chapter 3: The Lonely Bird")
_TITLE = (r"(?P<title>" + _CAPITALISED + r"(?:(?:[,:]|\s[-\u2013\u2014])? (?:" + _CAPITALISED + r"|" + _SMALL
          + r"|\d+)){2,11})")
# the title that leads the prompt, up to its full stop, colon, dash or line break
LEADING_TITLE_RE = re.compile(r"\s*" + _TITLE + r"\s*(?:[.!:|]|\s[-\u2013\u2014]|\n)\s*")
# a title on a line of its own, anywhere in the prompt
TITLE_LINE_RE = re.compile(r"(?m)^[ \t]*" + _TITLE + r"[ \t]*[.!:]?[ \t]*\n")
_WORD_RE = re.compile(r"[a-z]+")
# "on Screen", "in Frame", "off Camera": the idiom for being in view or not, naming no thing
_IN_VIEW_RE = re.compile(r"\b(?:on|in|off) (?:screen|camera|frame|view|shot|film)\b")


def might_have_title(text: str) -> bool:
    """Cheap gate: the prompt opens on two capitalised words, or has a line break before which a title may stand."""
    return TITLE_START_RE.match(text) is not None or "\n" in text


def _things_named(text: str) -> set[str]:
    words = _WORD_RE.findall(_IN_VIEW_RE.sub(" ", text.lower()))
    return {found[0] for found in map(noun_class, map(singular, words)) if found}


def _restated(title: str, body: str) -> bool:
    """Whether ``title`` names at least one thing and ``body`` names each of them again."""
    named = _things_named(title)
    return bool(named) and named <= _things_named(body)


def restated_titles_dropped(text: str) -> str:
    """``text`` without the titles its body restates (the leading one and any on lines of their own)."""
    leading = LEADING_TITLE_RE.match(text)
    if leading and _restated(leading["title"], text[leading.end():]):
        text = text[leading.end():]
    if "\n" not in text:
        return text
    return TITLE_LINE_RE.sub(lambda m: m.group(0) if not _restated(m["title"], text[:m.start()] + text[m.end():]) else "", text)
