"""A numbered social-media thread, a form's tick boxes and a military situation report, put into the plain scene they
tell before any other pass reads their marks as words.

- A thread ("1/ a cat runs from the left side 2/ to the right side (2/2)"): the post numbers ("1/", "2/", "1/3",
  "(2/2)") are no counts and no things; a post opening on a way on ("to", "over to", "all the way", "...") carries on
  the sentence the post before it left open, and any other post opens a sentence of its own ("... of the dog 2/ dog
  stays still" is two).
"""

from __future__ import annotations

import re

# ---- thread
# a post's number standing as a word of its own: "1/", "2/", "1/3", "(2/2)", "2/n"
POST_MARKER_RE = re.compile(r"(?:^|(?<=\s))\(?(?P<post>\d{1,2})/(?P<of>\d{1,2}|n)?\)?(?=\s|$)")
# a post that carries the sentence before it on: a leading ellipsis, or a way on from where the last post stopped
_CARRIED_ON_RE = re.compile(r"(?:\.{2,}|…)\s*|(?=(?:to|over|into|onto|toward|towards|across|through|past|until|till"
                            r"|all the way)\b)", re.IGNORECASE)
_TRAILING_ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…)$")


def _post_markers(text: str) -> list[re.Match]:
    """The thread's post numbers in ``text``: counted up from 1 by steps of one (a closing "(2/2)" may repeat the post
    it closes), opening the text or each told out of a total ("(1/2)"); none where the numbers are no such run."""
    markers = list(POST_MARKER_RE.finditer(text))
    if len(markers) < 2 or markers[0]["post"] != "1":
        return []
    posts = [int(marker["post"]) for marker in markers]
    if posts[-1] < 2 or any(later not in (earlier, earlier + 1) for earlier, later in zip(posts, posts[1:])):
        return []
    opens_text = not text[:markers[0].start()].strip()
    return markers if opens_text or all(marker["of"] for marker in markers) else []


def looks_like_thread(text: str) -> bool:
    return "/" in text and bool(_post_markers(text))


def thread_posts_joined(text: str) -> str:
    """``text`` without its post numbers, each post joined to the one before it: carried on where it opens on a way
    on, else as a sentence of its own."""
    markers = _post_markers(text)
    if not markers:
        return text
    bounds = [0, *(edge for marker in markers for edge in (marker.start(), marker.end())), len(text)]
    posts = [text[start:end].strip() for start, end in zip(bounds[::2], bounds[1::2])]
    joined = ""
    for post in filter(None, posts):
        carried = _CARRIED_ON_RE.match(post)
        told = post[carried.end():] if carried else post
        left_open = not joined.endswith((".", "!", "?", ";", ":")) or _TRAILING_ELLIPSIS_RE.search(joined)
        if not joined:
            joined = told
        elif carried and left_open:
            joined = f"{_TRAILING_ELLIPSIS_RE.sub('', joined)} {told}"
        else:
            joined = f"{joined}{'' if joined.endswith(('.', '!', '?', ';', ':', '…')) else '.'} {post}"
    return joined


def looks_like_thread_form_or_sitrep(text: str) -> bool:
    return looks_like_thread(text)


def thread_form_and_sitrep_in_plain_words(text: str) -> str:
    """``text`` with a thread's posts joined."""
    return thread_posts_joined(text) if looks_like_thread(text) else text
