"""A title the prompt's body restates, dropped before reading: the body's things are the things.

A video's title, a blog post's, a chapter's or a newspaper's headline ("Two Moving Cars Hold the Frame. In a clip
released this week, two moving cars stay ...", "Ball Rolls Past Stationary Dog\nThe dog stays still while a ball
...") summarises what the body then tells in full, so reading both draws every thing twice. A title is told by its
capitals: it leads the prompt (up to its first full stop, question mark, colon, dash or line break, perhaps quoted
or after a label in capitals, "WATCH: ...") or stands on a line of its own, and every word of it but the small ones
("the", "of", "past") is capitalised. It goes only when each thing it names is named again in the rest of the
prompt; a title that names a thing the body does not ("Two Dogs Run Left" alone, or before a body about a cat) is
the only statement of that thing and is read as a plain sentence. A body that only points back at the title's
things ("Three Dogs in the Park. The dogs walk ...") keeps the count and colour the title gave them ("the three dogs
walk ..."). Headings in capitals ("EXT. PARK - DAY", "CARS STOP") are not titles; their own readers take them.

A fragment restated works the same way in lower case: a sentence that is only a noun phrase naming one thing (a joke's
"Who's there? Three moving cars. Three moving cars who?", a teaser's "A lone cat.") that a later sentence opens on
word for word, perhaps after a "so" or a "yes", is that later sentence's thing, told before its facts; it goes, so
the thing is drawn once, and with it the question it answers ("Who's there?"), which names nothing. Sentences that
merely share a shape ("Two dogs. Two cats.", "A dog runs left. A cat runs right.") each stay.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import COLORS, NUMBER_WORDS, RESTATING_OPENER, VERB_KINDS, WORD_RE

# the words a title leaves in lower case: articles, short prepositions and conjunctions
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "and", "or", "nor", "but", "as", "from",
                          "with", "past", "into", "onto", "off", "up", "over", "via", "per", "so", "yet", "its", "vs"))
_SMALL = r"(?:" + "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)) + r")"
# "Two", "Second-Half", "Dog's": a capitalised word, its hyphened parts capitalised or not
_CAPITALISED = r"[A-Z][a-z']*(?:-[A-Za-z][a-z']*)*"
# what may stand before a title: a label in capitals ("WATCH:", "VIDEO:") and an opening quote
_BEFORE_TITLE = r"(?:[A-Z]+:\s+)?[\"\u201c\u2018']?"
# a prompt that may open on a title: a capitalised word, then (past any small words) another
TITLE_START_RE = re.compile(_BEFORE_TITLE + _CAPITALISED + r":? (?:" + _SMALL + r" )*" + _CAPITALISED + r"\b")


def _title(further_words: str) -> str:
    """A whole title: a capitalised word, then capitalised words, small words and numbers (``further_words`` of them);
    a comma, colon or dash may part it ("Four Cats, Nothing Else", "Chapter 3: The Lonely Bird")."""
    return (r"(?P<title>" + _CAPITALISED + r"(?:(?:[,:]|\s[-\u2013\u2014])? (?:" + _CAPITALISED + r"|" + _SMALL
            + r"|\d+))" + further_words + ")")


# three words or more before a full stop; on a line of its own two are enough ("Goat Meadow", a room's name)
_TITLE = _title("{2,11}")
_TITLE_ON_ITS_LINE = _title("{1,11}")
# the title that leads the prompt, up to its full stop, question mark, colon, dash or line break
LEADING_TITLE_RE = re.compile(r"\s*" + _BEFORE_TITLE + _TITLE + r"[\"\u201d\u2019']?\s*(?:[.!?:|]|\s[-\u2013\u2014]|\n)\s*")
# a title on a line of its own, anywhere in the prompt, with no full stop ("A Cat Sits Still." there is a sentence)
TITLE_LINE_RE = re.compile(r"(?m)^[ \t]*" + _TITLE_ON_ITS_LINE + r"[ \t]*:?[ \t]*\n")
_BODY_WORD_RE = re.compile(r"[A-Za-z]+")
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z])[a-z]+")
# "the" just before a word (searched in the few letters before it)
_BARE_THE_RE = re.compile(r"(?:^|(?<![A-Za-z]))[Tt]he $")
# "on Screen", "in Frame", "off Camera": the idiom for being in view or not, naming no thing
_IN_VIEW_RE = re.compile(r"\b(?:on|in|off) (?:screen|camera|frame|view|shot|film)\b")


def might_have_title(text: str) -> bool:
    """Cheap gate: the prompt opens on two capitalised words, or has a line break before which a title may stand."""
    return TITLE_START_RE.match(text) is not None or "\n" in text


def _class_of(word: str) -> str | None:
    """The thing class ``word`` names; a verb ("Bird Flies Left") names none."""
    word = word.lower()
    found = None if word in VERB_KINDS else noun_class(word)
    return found[0] if found else None


def _things_named(text: str) -> dict[str, list[str]]:
    """Each thing class ``text`` names, with the count and colour words said just before its first naming."""
    words = WORD_RE.findall(_IN_VIEW_RE.sub(" ", text.lower()))
    named: dict[str, list[str]] = {}
    for at, word in enumerate(words):
        thing = _class_of(word)
        if thing and thing not in named:
            before = at
            while before > max(0, at - 3) and words[before - 1] not in _SMALL_WORDS and not _class_of(words[before - 1]):
                before -= 1  # the words of its own noun phrase: "two moving", not the thing before it
            named[thing] = [w for w in words[before:at] if (w in NUMBER_WORDS and w != "one") or w in COLORS]
    return named


def _told_in_body(title: str, body: str) -> str | None:
    """``body`` as the prompt's whole statement when it names again each thing ``title`` names (at least one), with
    the title's count and colour put on a thing the body first names bare after "the"; None when it does not."""
    if not any(word not in _SMALL_WORDS for word in _LOWER_WORD_RE.findall(body)):
        return None  # "A Red Ball Rolls Left. The Ball Stops.": a prompt typed all in title case has no title
    in_title = _things_named(title)
    if not in_title or not set(in_title) <= set(_things_named(body)):
        return None
    for thing, said in in_title.items():
        if not said:
            continue
        first = next((m for m in _BODY_WORD_RE.finditer(body) if _class_of(m.group(0)) == thing), None)
        if first and _BARE_THE_RE.search(body, max(0, first.start() - 5), first.start()):
            body = f"{body[:first.start()]}{' '.join(said)} {body[first.start():]}"
    return body


def restated_titles_dropped(text: str) -> str:
    """``text`` without the titles its body restates (the leading one and any on lines of their own)."""
    leading = LEADING_TITLE_RE.match(text)
    if leading:
        text = _told_in_body(leading["title"], text[leading.end():]) or text
    if "\n" not in text:
        return text
    for line in TITLE_LINE_RE.finditer(text):
        told = _told_in_body(line["title"], text[:line.start()] + text[line.end():])
        if told is not None:
            return restated_titles_dropped(told)
    return text


# what opens a noun phrase that names things, besides a count
_ARTICLES = frozenset(("a", "an", "the"))
# a sentence of two to five words (a joke's "who" after them), perhaps answering a question of what is there, then,
# some sentences later, a sentence opening on them, perhaps after a filler ("so, ", "right, "); never after "then" or
# "and", which after a teaser's bare fragment may bring in a second one
_RESTATED_FRAGMENT_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:who|what)(?:'s| is) there\? )?"
                                   r"(?P<fragment>[a-z]+(?: (?!who\b)[a-z]+){1,4})(?: who)?[.!?]+ "
                                   r"(?=(?:[^.!?]*[.!?]+ )*?" + RESTATING_OPENER + r"?(?P=fragment)\b)")


def _is_noun_phrase(fragment: str) -> bool:
    """Whether ``fragment`` is a bare noun phrase: an article or count, then no verb but a participle ("three moving
    cars", "a rolling tyre"), and no thing named before its last word ("a dog chases a cat", "a dog runs" and a
    label's "Obs." are no noun phrases)."""
    first, *between, last = fragment.split(" ")
    if first not in _ARTICLES and first not in NUMBER_WORDS or last in VERB_KINDS:
        return False
    return not any(noun_class(word) or (word in VERB_KINDS and not word.endswith("ing")) for word in between)


def might_restate_fragment(text: str) -> bool:
    """Cheap gate: a short sentence stands before one that opens on its words (``text`` in lower case)."""
    return (". " in text or "? " in text or "! " in text) and _RESTATED_FRAGMENT_RE.search(text) is not None


def restated_fragments_dropped(text: str) -> str:
    """``text`` (in lower case) without the noun-phrase sentences a later sentence opens on again."""
    return _RESTATED_FRAGMENT_RE.sub(lambda m: "" if _is_noun_phrase(m["fragment"]) else m.group(0), text)
