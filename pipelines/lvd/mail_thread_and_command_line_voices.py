"""An e-mail thread with quoted replies and a command line with a manual's notes, put into the one scene they tell.

- A thread's messages agree on one clip. Its headers ("On Mon, Ana wrote:", "Subject:", "From:", "Sent:") are the mail's,
  never drawn. A quoted block ("> ..." lines, the earlier message) is told before the reply to it, and dropped where
  the reply names every thing, place and half it names, since the reply then says the scene again ("> two dogs?" / "Yes: two dogs,
  start to finish."); a subject line is such a block. A reply's agreement, "Yes,", "Correct.", "Confirmed,", "It can
  be done:", adds nothing, so "Yes, and the dog stays still." completes the quoted request with its dog.
"""

from __future__ import annotations

import re

from .object_classes import noun_class

# "On Mon, Ana wrote:", "On Tue, you wrote:", "Ana wrote:", "On 3 May 2025, at 10:02, Ben Li wrote:": a sender line
_SENDER_LINE_RE = re.compile(r"^[ \t]*(?:on [^\n]{1,60}?,[ \t]*)?[^\n,:]{1,40}? wrote:[ \t]*$", re.IGNORECASE | re.MULTILINE)
# "Subject: ...", "Re: ...", "Fwd: ...": a message's title, a quoted block of its own
_SUBJECT_LINE_RE = re.compile(r"^[ \t]*(?:subject|re|fwd?|aw):[ \t]*", re.IGNORECASE)
# "From: ...", "To: ...", "Sent: ...", "Date: ...", "Cc: ...": the envelope, never the clip
_ENVELOPE_LINE_RE = re.compile(r"^[ \t]*(?:from|to|cc|bcc|sent|date|reply-to):[ \t]", re.IGNORECASE)
_QUOTED_LINE_RE = re.compile(r"^[ \t]*>[ >\t]*")
# a reply's agreement, opening its line: "Yes:", "Yes, and", "Correct.", "Confirmed,", "It can be done:", "Will do -"
_AGREEMENT_RE = re.compile(
    r"^(?:(?:oh )?(?:yes|yep|yeah|yup|sure|correct|confirmed|exactly|indeed|agreed|absolutely|of course|certainly|"
    r"right you are|that's right|that is right|that's correct|that is correct|sounds good|can do|will do|no problem|"
    r"it can be done|that can be done|done)(?: indeed)?)(?:[.,:;!]+| -+| —)[ \t]*(?:and |also |plus )?",
    re.IGNORECASE)
_LINE_END_MARK_RE = re.compile(r"[.!?;:]\s*$")


def looks_like_mail_thread(text: str) -> bool:
    """A sender line ("On Mon, Ana wrote:"), or a subject line with a quoted "> " line under it."""
    if "wrote:" in text.lower() and _SENDER_LINE_RE.search(text):
        return True
    lines = text.splitlines()
    return (any(_SUBJECT_LINE_RE.match(line) for line in lines)
            and any(_QUOTED_LINE_RE.match(line) and line.strip() != ">" for line in lines))


_PLACE_WORDS = frozenset("left right upper lower top bottom corner middle centre center".split())
_HALF_RE = re.compile(r"\b(?:first|second|last|latter|other) half\b")


def _told(text: str) -> set[str]:
    """The things, places and halves a message tells: a reply telling them all says the quoted message again."""
    text = text.lower()
    told = set(_HALF_RE.findall(text))
    for word in re.findall(r"[a-z]+", text):
        known = noun_class(word)
        if known:
            told.add(known[0])
        elif word in _PLACE_WORDS:
            told.add(word)
    return told


def _sentence(line: str) -> str:
    line = line.strip()
    if not line:
        return ""
    return line if _LINE_END_MARK_RE.search(line) else line + "."


def mail_thread_in_plain_words(text: str) -> str:
    """The thread as one scene: the earlier messages' quoted blocks the reply does not say again, then the reply."""
    quoted_blocks: list[list[str]] = []
    reply: list[str] = []
    in_quote = False
    for line in text.splitlines():
        if _SENDER_LINE_RE.fullmatch(line) or _ENVELOPE_LINE_RE.match(line):
            in_quote = False
            continue
        subject = _SUBJECT_LINE_RE.match(line)
        quoted = _QUOTED_LINE_RE.match(line)
        if subject or quoted:
            body = line[(subject or quoted).end():].strip()
            if quoted and in_quote and quoted_blocks:
                quoted_blocks[-1].append(body)
            else:
                quoted_blocks.append([body])
            in_quote = bool(quoted)
            continue
        in_quote = False
        if line.strip():
            reply.append(_AGREEMENT_RE.sub("", line.strip(), count=1))
    told_in_reply = _told(" ".join(reply))
    kept = [line for block in quoted_blocks if not _told(" ".join(block)) <= told_in_reply for line in block]
    sentences = [_sentence(line) for line in kept + reply]
    return "\n".join(sentence for sentence in sentences if sentence) or text
