"""A commit pasted with its diff, put into the text the change leaves: the clip as the file now tells it.

A unified diff ("diff --git a/clip.txt b/clip.txt", "index 4c1e0a2..9b7d3f5 100644", "--- a/clip.txt", "+++ b/clip.txt",
"@@ -1 +1,2 @@", then "-", "+" and " " lines) tells a file before and after a change. The lines a hunk adds ("+") and
keeps (" ") are the file as it now reads, the clip it describes; the lines it takes out ("-") are what it no longer says
(a placeholder, a vaguer wording, a way turned round), and the "\\ No newline at end of file" marker is git's. Around
the hunks, the commit's header ("commit 8d41c7e", "Author: ...", "Date: ..."), its message and subject ("Subject:
[PATCH] clip: ...", "Give the car its colour"), the file headers and the hash and mode of "index" lines are the
repository's: its hashes, modes, timestamps and line numbers are never counts, and its author never a thing. So the
prompt is read as the new file's text alone, a line each; a diff whose hunks leave no text (a file emptied) is read by
its message.
"""

from __future__ import annotations

import re

# "@@ -1 +1,2 @@", "@@ -12,3 +12,4 @@ def clip():": a hunk's header, the diff's sure sign
_HUNK_HEADER_RE = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.MULTILINE)
# the lines around the hunks that are git's: a file's header, its index, a rename, a mode, a binary note
_FILE_HEADER_RE = re.compile(r"(?:diff --git |diff -|index [0-9a-f]|--- |\+\+\+ |(?:new|deleted) file mode |"
                             r"(?:old|new) mode |similarity index |rename (?:from|to) |binary files )", re.IGNORECASE)
_MESSAGE_HEADER_RE = re.compile(r"^(?:commit [0-9a-f]{4,}\b|(?:author|date|commit(?:ter)?|merge|from|subject|"
                                r"signed-off-by|co-authored-by|reviewed-by):)", re.IGNORECASE)
_PATCH_TAG_RE = re.compile(r"^\[patch[^\]\n]{0,20}\][ \t]*", re.IGNORECASE)


def looks_like_diff(prompt: str) -> bool:
    """Whether the prompt holds a hunk header ("@@ -1 +1,2 @@"); most prompts hold no "@@" at all."""
    return "@@ -" in prompt and _HUNK_HEADER_RE.search(prompt) is not None


def diff_as_new_text(prompt: str) -> str:
    """The text the diff's hunks leave, a line each: their added and kept lines, never the removed ones, the headers
    or the message; where the hunks leave nothing, the commit message's lines without git's headers."""
    kept: list[str] = []
    message: list[str] = []
    in_hunk = False
    for line in prompt.splitlines():
        if _HUNK_HEADER_RE.match(line):
            in_hunk = True
            continue
        if _FILE_HEADER_RE.match(line) and (not in_hunk or not line.startswith(("-", "+"))
                                            or line.startswith(("--- a/", "+++ b/", "--- /dev/", "+++ /dev/"))):
            in_hunk = False
            continue
        if in_hunk:
            if line.startswith(("+", " ")):
                kept.append(line[1:].strip())
            elif line.startswith(("-", "\\")):
                continue
            elif line.strip():  # a line no hunk writes: the hunks are over
                in_hunk = False
            continue
        stripped = line.strip()
        if stripped and stripped != "---" and not _MESSAGE_HEADER_RE.match(stripped):
            message.append(_PATCH_TAG_RE.sub("", stripped))
    lines = [line for line in kept if line]
    return "\n".join(lines if lines else message)
