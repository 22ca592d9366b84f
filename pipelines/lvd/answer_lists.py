"""Yes/no answers in list- or table-like prompts: "visible: yes (first half), no (second half)",
"lamp | on: yes (first half), no (second half)", "Visible? No for the first half; yes for the second half".

The word-by-word pass has no use for "yes" and "no" and reads the halves as if each were said of being
seen, so such a row could come out the wrong way round. This puts each row into the one sentence the
pass reads well, before it runs: the half (or halves) the answers say the thing is there in.
"""

from __future__ import annotations

import re

_KEY = r"(?:visible|seen|shown|present|in view|on[- ]?screen|in frame|in shot|on|there)"
_YES = frozenset(("yes", "y", "true", "on", "shown", "visible"))
_HALF = r"(?:first|1st|opening|early|second|2nd|last|closing|final|later|late)"
_FIRST = frozenset(("first", "1st", "opening", "early"))


def _answer(i: int) -> str:
    return (rf"(?P<a{i}>yes|no|y|n|true|false|on|off)\b\s*[,;:]?\s*\(?\s*(?:for|in|during)?\s*(?:the\s+)?"
            rf"(?P<h{i}>{_HALF})\s+half\s*\)?")


ANSWERS_RE = re.compile(rf"\b{_KEY}\s*[:=?|]\s*{_answer(0)}(?:\s*(?:[,;/|]|\band\b|\bbut\b)\s*{_answer(1)})?")


def answers_as_windows(text: str) -> str:
    """Each "key: yes (first half), no (second half)" row as "visible only in the first half"."""
    if "yes" not in text and " no " not in f" {text} " and "true" not in text:
        return text

    def sentence(match: re.Match) -> str:
        seen: dict[bool, bool] = {}  # first half? -> there then?
        for i in (0, 1):
            if match.group(f"a{i}") is not None:
                seen[match.group(f"h{i}") in _FIRST] = match.group(f"a{i}") in _YES
        if len(seen) == 1:  # one half answered: the other is the opposite
            first, there = next(iter(seen.items()))
            seen[not first] = not there
        if seen[True] == seen[False]:
            return match.group(0)  # both or neither: no window to say
        return f"visible only in the {'first' if seen[True] else 'second'} half"

    return ANSWERS_RE.sub(sentence, text)
