"""A dictionary entry, put into the scene its usage example tells.

An entry opens on its headword and part of speech ("pass, v.", "turn up, phr. v.", "frisky, adj.") and goes on to its
sense numbers and definitions ("1. To go by."), which define words and show nothing; only its usage example, in quotes
and often after a label ("Usage:", "Example:", "As in:", "e.g."), is a scene, so the example alone is the text: "pass,
v. 1. To go by. 'The car stays still while a dog walks ...'" is "The car stays still while a dog walks ...". Read
before any voice takes the quotes for words someone says or the labels for speakers. An entry with no example in
quotes keeps what follows its usage label, or stays as it is where it has none.
"""

from __future__ import annotations

import re

# the parts of speech a dictionary abbreviates, longest first so "phr. v." is never read as "phr."; always in small
# letters, so a compass point or a title after a comma ("Overhead view, N. is up", "Night street, Det. Harris") is none
_PART_OF_SPEECH = (r"(?:phr(?:asal)?\.? v(?:b|erb)?|v\. phr|n\. phr|interj|prep|pron|conj|abbr|adj|adv|det|vt|vi|vb|v|n)"
                   r"\.")
# what opens an entry's body right after its part of speech: a sense number ("1.", "2)"), a usage example in quotes,
# a usage label, or a definition in a sentence of its own ("To go by.") - never a scene's words going on in small
# letters ("top view, n. is up.", "street scene, det. harris says ...")
_ENTRY_BODY = (r"(?:\d{1,2}[.)]|['\"\u2018\u201c]|(?i:usage|examples?|ex\.|as in|e\.g\.)|[A-Z]|$)")
# "pass, v. 1.", "turn up, phr. v. 'A ...", "Roll past, phr. v. 2. ": a headword of up to three words, a comma, its part
# of speech and the entry's body
ENTRY_HEAD_RE = re.compile(rf"\s*[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){{0,2}}, {_PART_OF_SPEECH}(?:\s+|$)"
                           rf"(?={_ENTRY_BODY})")
# "Usage:", "Example:", "As in:", "e.g.": a label over the usage example
USAGE_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;]))(?:usage|example|examples|ex\.|as in|e\.g\.|eg)(?::|\.|,)?\s+",
                            re.IGNORECASE)
# the quote marks that may open and close an example, each with the marks that close it
_CLOSERS = {"'": "'", '"': '"', "\u2018": "\u2019'", "\u201c": "\u201d\""}
_QUOTE_MARK_RE = re.compile("['\"\u2018\u2019\u201c\u201d]")


def looks_like_dictionary_entry(text: str) -> bool:
    return "," in text and ENTRY_HEAD_RE.match(text) is not None


def _opens(text: str, at: int) -> bool:
    """The quote mark at ``at`` opens a quotation: no letter or digit before it, and words right after it."""
    return text[at] in _CLOSERS and (at == 0 or not text[at - 1].isalnum()) and text[at + 1:at + 2].strip() != ""


def _closes(text: str, at: int, opener: str) -> bool:
    """The quote mark at ``at`` closes one ``opener`` opened: no letter or digit after it (an apostrophe's has one,
    "the clip's end")."""
    return text[at] in _CLOSERS[opener] and not text[at + 1:at + 2].isalnum()


def quoted_examples(text: str) -> list[str]:
    """The quotations in ``text``, in order, in one pass over its quote marks; an apostrophe inside ("the clip's
    start") is no end, and a quotation left open runs to the end of the text."""
    examples: list[str] = []
    opener, start = "", 0
    for mark in _QUOTE_MARK_RE.finditer(text):
        at = mark.start()
        if opener and _closes(text, at, opener):
            examples.append(text[start:at])
            opener = ""
        elif not opener and _opens(text, at):
            opener, start = text[at], at + 1
    if opener:
        examples.append(text[start:])
    return [example.strip() for example in examples if example.strip()]


def dictionary_entry_in_plain_words(text: str) -> str:
    """``text``, an entry, as its usage examples (joined as sentences); with none in quotes, what follows the last
    usage label; with neither, ``text`` unchanged."""
    head = ENTRY_HEAD_RE.match(text)
    if head is None:
        return text
    examples = quoted_examples(text[head.end():])
    if not examples:
        labels = list(USAGE_LABEL_RE.finditer(text, head.end()))
        return text[labels[-1].end():].strip() if labels else text
    return " ".join(example if example.endswith((".", "!", "?")) else example + "." for example in examples)
