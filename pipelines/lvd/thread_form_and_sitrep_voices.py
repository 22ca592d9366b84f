"""A numbered social-media thread, a form's tick boxes and a military situation report, put into the plain scene they
tell before any other pass reads their marks as words.

- A thread ("1/ a cat runs from the left side 2/ to the right side (2/2)"): the post numbers ("1/", "2/", "1/3",
  "(2/2)") are no counts and no things; a post opening on a way on ("to", "over to", "all the way", "...") carries on
  the sentence the post before it left open, and any other post opens a sentence of its own ("... of the dog 2/ dog
  stays still" is two).
- A form's tick boxes ("[ ] Yes [x] No", "Direction: [ ] Left to right [x] Right to left", "☐ ... ☑ ..."): the
  ticked option is what the form says, and an option left unticked is not said at all; a box opening a line or a list
  item ("- [ ] draw a ball", "☐ a cat sits") marks a task in a to-do list, said whether ticked or not.
- A situation report ("SITREP AS OF 071430Z. LINE ALPHA: ... BREAK. NSTR. OVER."): its date-time group ("071430Z",
  "071430ZDEC26") is no count of a thing, and the report's heading and its bare procedure words ("BREAK", "NSTR",
  "OVER", "OUT", "HOW COPY") say nothing of the clip.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing_drawn
from .rewrite_text import CLAUSE_START, any_said_re, spaces_tidied
from .vocabulary import DEGREE_WORDS, VERB_KINDS, is_describing
from .word_guessing import third_person_form

# ---- thread
# a post's number standing as a word of its own: "1/", "2/", "1/3", "(2/2)", "2/n"
POST_MARKER_RE = re.compile(r"(?:^|(?<=\s))\(?(?P<post>\d{1,2})/(?P<of>\d{1,2}|n)?\)?(?=\s|$)")
# a post that carries the sentence before it on: a leading ellipsis, or a way on from where the last post stopped
_CARRIED_ON_RE = re.compile(r"(?:\.{2,}|…)\s*|(?=(?:to|over|into|onto|toward|towards|across|through|past|until|till"
                            r"|all the way)\b)", re.IGNORECASE)
_TRAILING_ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…)$")


def _post_markers(text: str) -> list[re.Match]:
    """The thread's post numbers in ``text``: counted up from 1 by steps of one (a closing "(2/2)" may repeat the post
    it closes), opening the text, or opening a sentence and each told out of a total ("(1/2)"); none where the numbers
    are no such run."""
    markers = list(POST_MARKER_RE.finditer(text))
    if len(markers) < 2 or markers[0]["post"] != "1":
        return []
    posts = [int(marker["post"]) for marker in markers]
    if posts[-1] < 2 or any(later not in (earlier, earlier + 1) for earlier, later in zip(posts, posts[1:])):
        return []
    before = text[:markers[0].start()].rstrip()
    if not before:  # the thread opens the text
        return markers
    # else its first post opens a sentence, and each is told out of a total: a fraction in a clause ("covers 1/2 of
    # the frame ... and 2/2 by the end") is no post
    opens_sentence = before.endswith((".", "!", "?", ":"))
    return markers if opens_sentence and all(marker["of"] for marker in markers) else []


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


# ---- tick boxes
_TICKED = "xX✓✔✗✘"
# "[x] ", "[ ] ", "☐", "☑" and the option after it, up to the next box or the end of its sentence; a box stands apart
# from a word before it, so an index ("path[x]") or an empty list ("[]") is none
# a box may be round too, "( ) Yes (x) No", a form's radio buttons; an option runs up to the next box of either shape
_ROUND_BOX = rf"(?<![\w)\]])\((?P<round>[ {_TICKED}])\)(?=[ \t])"
TICK_OPTION_RE = re.compile(rf"(?:(?<![\w\]])\[(?P<mark>[ {_TICKED}])\]|{_ROUND_BOX}|(?P<glyph>[☐☑☒✅]))[ \t]*"
                            rf"(?P<option>(?:(?!\([ {_TICKED}]\))[^\[\]☐☑☒✅.!?;\n])*)")
_BOX_SAID_RE = any_said_re(("[x]", "[X]", "[ ]", "[✓]", "[✔]", "[✗]", "[✘]", "☐", "☑", "☒", "✅", "(x) ", "(X) ", "( ) ",
                            "(✓) ", "(✔) ", "(x)\t", "( )\t"))
# "Damage: ." once no option was ticked: the label alone
_EMPTY_LABEL_RE = re.compile(r":\s*([.!?;]|$)")
# a sentence left with nothing in it once its words went: "cars. [ ] A truck.", "SITREP. . LINE ..."
_EMPTY_SENTENCE_RE = re.compile(r"([.!?;:])(?:\s+\.(?!\.))+")  # never an ellipsis, "a cat... runs"


def _tidied(text: str) -> str:
    """``text`` with no sentence left empty by the words taken out, and its spacing tidied."""
    return spaces_tidied(_EMPTY_SENTENCE_RE.sub(r"\1", text))


def looks_like_tick_boxes(text: str) -> bool:
    return _BOX_SAID_RE.search(text) is not None


def _ticked(option: re.Match) -> bool:
    return option["glyph"] in ("☑", "☒", "✅") if option["glyph"] else (option["mark"] or option["round"]) != " "


# a box opening a line or a list item ("- [ ] draw a ball", "☐ a cat sits", "2. [x] a tree"): in a to-do list or a
# checklist the box marks a task, done or not yet, never an option turned down
_ITEM_BOX_RE = re.compile(rf"(?P<bullet>[ \t]*(?:[-*+•][ \t]+|\d{{1,2}}[.)][ \t]+)?)"
                          rf"(?:\[[ {_TICKED}]\]|\([ {_TICKED}]\)(?=[ \t])|[☐☑☒✅])[ \t]*")


# an item's last words, before the line break: closed by a stop unless the line ends on one or on a mark leading on
_ITEM_END_RE = re.compile(r"(?<=[^\s.!?;:,(\[{…-])(?=[ \t]*(?:\n|$))")


# the words joining an item's describing words: "red and blue", "big, shiny"
_DESCRIBING_JOINERS = frozenset(("and", "or", "&", "both")) | DEGREE_WORDS
_ITEM_WORD_RE = re.compile(r"[a-z&][a-z'-]*")
_FIRST_WORD_RE = re.compile(r"[a-z]+")


def _only_describes(item: str) -> bool:
    """``item`` (lower case) is describing words alone ("red", "red and blue", "very big"): words of the thing in the
    item next to it, never a sentence of its own."""
    words = _ITEM_WORD_RE.findall(item)
    return any(is_describing(word) for word in words) and all(
        is_describing(word) or word in _DESCRIBING_JOINERS for word in words)


def _subjectless_move(item: str) -> bool:
    """``item`` (lower case) opens on a move told of a thing and names none ("rolls from left to right", "bouncing
    left to right"): the move of the thing the item before names."""
    first = _FIRST_WORD_RE.match(item.lstrip(" \t-*"))
    return (first is not None and first[0] in VERB_KINDS and (third_person_form(first[0]) or first[0].endswith("ing"))
            and not names_a_thing_drawn(item))


def _joins_the_next(item: str, following: str | None) -> bool:
    """An item left open, run on into the one after it: it only describes, or the next only describes or only moves
    ("[x] a ball\n[x] red\n[x] rolls ...": "a ball red rolls ..."); the last item closes."""
    return following is not None and (_only_describes(item) or _only_describes(following)
                                      or _subjectless_move(following))


def _under_an_item(line: str) -> bool:
    """``line`` is indented under the item before it and opens on no box: more words of that item ("[ ] make the
    clip\n    two cats\n    nothing else")."""
    return line[:1] in (" ", "\t") and bool(line.strip()) and _ITEM_BOX_RE.match(line) is None


def _list_items_unboxed(text: str) -> str:
    """``text`` with the box taken off each line that opens on its only box, the line's item said whether ticked or
    not, each item (with the indented lines under it) a sentence of its own, so the next item, a chore done or still
    to do ("[x] tax return"), never runs on as words of this one; boxes sharing a line ("[ ] Yes [x] No"), or lines
    of them under a question ("Any cat?\n[ ] Yes\n[x] No") or naming no thing ("Direction:\n[ ] Left to right\n[x]
    Right to left"), are a field's options and stay."""
    lines = text.splitlines(keepends=True)
    asked = False  # the lines of boxes stand under a question
    run: list[tuple[int, re.Match, int]] = []  # one list's items: each one's box line, its box and its last line

    def run_unboxed() -> None:
        items = ["".join(lines[number:last + 1])[item_box.end():] for number, item_box, last in run]
        if not asked and any(names_a_thing_drawn(item.lower()) for item in items):
            for at, (number, item_box, last) in enumerate(run):
                lines[number] = item_box["bullet"] + lines[number][item_box.end():]
                following = items[at + 1].lower() if at + 1 < len(items) else None
                if not _joins_the_next(items[at].lower(), following):
                    lines[last] = _ITEM_END_RE.sub(".", lines[last], count=1)
        run.clear()

    number = 0
    while number < len(lines):
        line = lines[number]
        item_box = _ITEM_BOX_RE.match(line)
        if item_box is not None and TICK_OPTION_RE.search(line, item_box.end()) is None:
            last = number
            while last + 1 < len(lines) and _under_an_item(lines[last + 1]):
                last += 1
            run.append((number, item_box, last))
            number = last + 1
            continue
        run_unboxed()
        if item_box is None:
            asked = line.rstrip().endswith("?")
        number += 1
    run_unboxed()
    return "".join(lines)


def _answer_closed(row: list[str], answering: bool, after: str) -> str:
    """A row's ticked options, with a sentence's end where they answer a question and their line ends ("Any dog?\n[ ]
    Yes\n[x] No\nSpeed: ...": "Any dog? No. Speed: ..."), so the answer is never read on into the next line."""
    said = ", ".join(row)
    return said + "." if said and answering and after.lstrip(" \t").startswith("\n") else said


def tick_boxes_read(text: str) -> str:
    """``text`` with each row of tick boxes said as its ticked options, joined by commas, and no unticked one; a box
    opening a list's item marks a task and goes, the item said. A question's options, a line each under it, are one
    row answering it on its line ("Any dog?\n[ ] Yes\n[x] No": "Any dog? No")."""
    text = _list_items_unboxed(text)
    if not looks_like_tick_boxes(text):
        return text
    said: list[str] = []
    row: list[str] = []
    answering = False  # the row answers the question said right before it
    last_end = 0
    for option in TICK_OPTION_RE.finditer(text):
        between = text[last_end:option.start()]
        if option.start() != last_end and (between.strip() or not last_end):
            # a new row: the last one said, then the words between
            said.append(_answer_closed(row, answering, between))
            answering = between.rstrip().endswith("?")
            said.append(between.rstrip() + " " if answering else between)
            row = []
        if _ticked(option) and option["option"].strip():
            row.append(option["option"].strip())
        last_end = option.end()
    said += [_answer_closed(row, answering, text[last_end:]), text[last_end:]]
    read = _tidied(_EMPTY_LABEL_RE.sub(r"\1", " ".join(said)))
    return read.lstrip(" .;") or read  # an unticked option opening the text leaves no mark before the rest


# ---- situation report
# "071430Z", "071430ZDEC26", "071430Z DEC 26", with "AS OF" or "DTG" before it: when the report was sent
DATE_TIME_GROUP_RE = re.compile(r"(?:\b(?:as of|dtg|at)\s+)?\b\d{6}[a-z]"
                                r"(?:\s?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\s?\d{2}(?:\d{2})?)?)?\b",
                                re.IGNORECASE)
# "SITREP.", "SITREP AS OF ...:": the report's heading, once its date-time group is gone
SITREP_HEADING_RE = re.compile(r"(?:^|(?<=[.!?;] ))sitrep(?:[:.,]\s*|\s*$)", re.IGNORECASE)
# "LINE ALPHA:", "LINE 3:": a report's numbered line, a label over what it reports
LINE_LABEL_RE = re.compile(r"\bline (?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike"
                           r"|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|x-ray|yankee|zulu"
                           r"|[1-9]):\s*", re.IGNORECASE)
# "BREAK.", "NSTR.", "OVER.", "OUT.", "HOW COPY?", "OVER AND OUT.": procedure words said as sentences of their own
PROCEDURE_WORD_RE = re.compile(rf"{CLAUSE_START}(?:break|nstr|over|out|over and out|how copy|roger|wilco)"
                               r"\s*(?:[.!?;]+|$)\s*", re.IGNORECASE)


def looks_like_sitrep(text: str) -> bool:
    return DATE_TIME_GROUP_RE.search(text) is not None or "sitrep" in text.lower()


def sitrep_in_plain_words(text: str) -> str:
    """``text`` without the report's date-time groups, its heading and its bare procedure words."""
    text = _tidied(DATE_TIME_GROUP_RE.sub("", text))
    text = LINE_LABEL_RE.sub("", SITREP_HEADING_RE.sub("", text))
    return _tidied(PROCEDURE_WORD_RE.sub("", text)).lstrip(" .,;:")


def looks_like_thread_form_or_sitrep(text: str) -> bool:
    return looks_like_thread(text) or looks_like_tick_boxes(text) or looks_like_sitrep(text)


def thread_form_and_sitrep_in_plain_words(text: str) -> str:
    """``text`` with a thread's posts joined, a form's tick boxes said as the options ticked, and a report's date-time
    groups, heading and procedure words gone."""
    if looks_like_thread(text):
        text = thread_posts_joined(text)
    if looks_like_tick_boxes(text):
        text = tick_boxes_read(text)
    return sitrep_in_plain_words(text) if looks_like_sitrep(text) else text
