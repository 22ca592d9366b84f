"""An e-mail thread with quoted replies and a command line with a manual's notes, put into the one scene they tell.

- A thread's messages agree on one clip. Its headers ("On Mon, Ana wrote:", "Subject:", "From:", "Sent:") are the
  mail's, never drawn. A quoted block ("> ..." lines, the earlier message) is told before the reply to it, and dropped
  where the reply names every thing, place and half it names, since the reply then says the scene again ("> two dogs?" /
  "Yes: two dogs, start to finish."); a subject line is such a block. A reply's agreement, "Yes,", "Correct.",
  "Confirmed,", "It can be done:", adds nothing, so "Yes, and the dog stays still." completes the quoted request with
  its dog.
  A reply naming a thing that says no ("No, the dog stays ..."), replaces the request ("make it a cat", "...
  instead", "rather") or tells the quote's every thing again with a place of its own ("> a dog runs left" / "Done: a
  dog runs right.") is the scene, and the quoted request it answers is dropped.
- A command line, '$ render --scene "a cat" --view top-down --stops "lower left corner" "upper left corner"', renders
  one clip: the program, the shell and the flags are never in it. The scene argument (or a bare one before any flag) is
  what the clip holds, and the flags say of it what prose would: "--whole-clip" from start to finish, "--exclusive"
  nothing else, "--absent first-half" absent then, "--enter-at second-half" appearing then, "--view top-down" seen from
  above, "--stops A B C" and "--route 'A, B, C'" a route in that order, "--from left --to right" and "--direction
  right-to-left" a way across, "--hold dog" the dog still; a setting no table knows ("--seed 7", "--fps 24") adds
  nothing. The manual's sections under it ("NOTES", "EXAMPLES") restate or complete the same scene: their headings
  and a later example invocation are dropped, "--exclusive: nothing else." is its explanation, and "Draws two cats"
  (the program left out) is what the clip shows.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import COLORS, WORD_RE

# "On Mon, Ana wrote:", "On Tue, you wrote:", "Ana wrote:", "On 3 May 2025, at 10:02, Ben Li wrote:": a sender line
_SENDER_LINE_RE = re.compile(r"^[ \t]*(?:on [^\n]{1,60}?,[ \t]*)?[^\n,:]{1,40}? wrote:[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
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
# a reply's "Yes, and ...": the agreement goes on to add to the quoted request, never to re-tell it
_AGREEMENT_GOES_ON_RE = re.compile(_AGREEMENT_RE.pattern + r"(?<=and |lso |lus )", re.IGNORECASE)
# a reply's refusal, opening its line: "No,", "Nope.", "Not quite:", "Actually,", "Negative -"
_REFUSAL_RE = re.compile(
    r"^(?:no|nope|nah|negative|not quite|not really|not exactly|not so|actually|on second thought)"
    r"(?:[.,:;!]+| -+| —)[ \t]*(?:but |rather |instead )?", re.IGNORECASE)
# a reply replacing the request: "make it a cat", "a cat instead", "rather, a cat", "a cat rather than the dog"
_REPLACEMENT_RE = re.compile(r"\bmake (?:it|that|this)\b|\binstead\b|(?:^|[.,;:!?] *)rather\b|\brather than\b",
                             re.IGNORECASE)
_LINE_END_MARK_RE = re.compile(r"[.!?;:]\s*$")
# a reply of a few words put right: "three.", "blue!", "the left one.", "to the right."
_BARE_CORRECTION_RE = re.compile(r"[a-z]+(?: [a-z]+){0,3}[.!]*\s*", re.IGNORECASE)
# a reply swapping the quote's thing alone: "make it a puppy", "a cat instead", "rather, a cat."
_NOUN_SWAP_RE = re.compile(
    r"(?:make (?:it|that|this|them|those) (?P<made>(?:(?:a|an|one) )?[a-z]+)"
    r"|(?:rather,? )?(?:(?:a|an|one) )?(?P<instead>[a-z]+),? instead"
    r"|rather,? (?P<rather>(?:(?:a|an|one) )?[a-z]+))[.!]*\s*", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:a|an|one) ", re.IGNORECASE)


def looks_like_mail_thread(text: str) -> bool:
    """A sender line ("On Mon, Ana wrote:"), a subject line with a quoted "> " line under it, or a reply under a
    quoted block the text opens on."""
    if ">" in text and "\n" in text and _reply_under_a_quote(text.splitlines()):
        return True
    if ":" not in text:
        return False
    if "wrote:" in text.lower() and _SENDER_LINE_RE.search(text):
        return True
    if ">" not in text or "\n" not in text:
        return False
    lines = text.splitlines()
    return (any(_SUBJECT_LINE_RE.match(line) for line in lines)
            and any(_QUOTED_LINE_RE.match(line) and line.strip() != ">" for line in lines))


def _reply_under_a_quote(lines: list[str]) -> bool:
    """A text opening on a quoted block ("> two cats sit on the sofa.") with a reply under it ("No, three."): a
    thread with its sender line left off. The block says a scene (a thing named), never a bare command ("> wait")."""
    said = [line for line in lines if line.strip()]
    quoted = [bool(_QUOTED_LINE_RE.match(line)) for line in said]
    if not quoted or not quoted[0] or all(quoted):
        return False
    block = " ".join(line for line, is_quoted in zip(said, quoted[:quoted.index(False)]) if is_quoted)
    return bool(_things(block))


_PLACE_WORDS = frozenset("left right upper lower top bottom corner middle centre center".split())
_HALF_RE = re.compile(r"\b(?:first|second|last|latter|other) half\b")


def _things_in(words: list[str]) -> set[str]:
    return {known[0] for word in words if (known := noun_class(word))}


def _things(text: str) -> set[str]:
    """The things a message names, each by its class."""
    return _things_in(WORD_RE.findall(text.lower()))


def _told(text: str) -> set[str]:
    """The things, places and halves a message tells: a reply telling them all says the quoted message again."""
    text = text.lower()
    words = WORD_RE.findall(text)
    return _things_in(words) | set(_HALF_RE.findall(text)) | _PLACE_WORDS.intersection(words)


def _reply_answers_instead(reply_lines: list[str], quoted: str) -> bool:
    """A reply naming a thing that says no ("No, the dog stays ..."), replaces the request ("make it a cat", "...
    instead") or tells the quote's every thing again with a place of its own ("> a dog runs left" / "Done: a dog runs
    right.") is the scene in the quoted request's place; "Yes, and ..." adds to the request instead."""
    reply = " ".join(reply_lines)
    reply_things = _things(reply)
    if not reply_things:
        return False  # "No, three.", "No. It rolls ...": the reply needs the quote's thing
    if any(_REFUSAL_RE.match(line) or _REPLACEMENT_RE.search(line) for line in reply_lines):
        return True
    quoted_things = _things(quoted)
    goes_on = any(_AGREEMENT_GOES_ON_RE.match(line) for line in reply_lines)
    return bool(quoted_things) and quoted_things <= reply_things and not goes_on and bool(_told(reply) - reply_things)


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
            reply.append(line.strip())
    if reply and quoted_blocks:
        _swap_quoted_thing(reply, quoted_blocks)
    told_in_reply = _told(" ".join(reply))
    kept = [line for block in quoted_blocks
            if not _told(" ".join(block)) <= told_in_reply and not _reply_answers_instead(reply, " ".join(block))
            for line in block]
    refusal = _REFUSAL_RE.match(reply[0]) if kept and reply else None
    correction = reply[0][refusal.end():] if refusal else ""
    if refusal and not _things(reply[0]) and _BARE_CORRECTION_RE.fullmatch(correction):
        # "> two cats sit on the sofa." / "No, three.": the count, colour or side put right in the quoted sentence
        kept[-1] = _corrected(kept[-1], correction)
        reply.pop(0)
    reply = [_REFUSAL_RE.sub("", _AGREEMENT_RE.sub("", line, count=1), count=1) for line in reply]
    sentences = [_sentence(line) for line in kept + reply]
    return "\n".join(sentence for sentence in sentences if sentence) or text


def _swap_quoted_thing(reply: list[str], quoted_blocks: list[list[str]]) -> None:
    """ "> a dog runs left" / "make it a puppy": a reply swapping the thing alone puts its thing in the quote's first
    thing's place, the quote's way and place kept; the reply line is then said."""
    swap = _NOUN_SWAP_RE.fullmatch(reply[0].strip())
    if not swap:
        return
    new = _ARTICLE_RE.sub("", swap["made"] or swap["instead"] or swap["rather"])
    if not noun_class(new.lower()):
        return
    for block in reversed(quoted_blocks):
        for at, line in enumerate(block):
            old = next((word for word in WORD_RE.finditer(line.lower()) if noun_class(word[0])), None)
            if old:
                block[at] = f"{line[:old.start()]}{new}{line[old.end():]}"
                reply.pop(0)
                return


def _corrected(quoted: str, correction: str) -> str:
    """ "> a blue car ..." / "No, red.": a colour put right replaces the quote's last colour; a count or side put
    right is said after the quote's "no", as prose correcting itself."""
    words = WORD_RE.findall(correction.lower())
    if len(words) == 1 and words[0] in COLORS:
        last = None
        for last in (word for word in WORD_RE.finditer(quoted.lower()) if word[0] in COLORS):
            pass
        if last:
            return f"{quoted[:last.start()]}{words[0]}{quoted[last.end():]}"
    return f"{quoted.rstrip(' .!?;:')}, no, {correction}"


# "$ render --scene "a cat" --whole-clip": a shell prompt, the program, then its arguments with at least one flag
_COMMAND_LINE_RE = re.compile(r"^[ \t]*\$ [a-z][\w.-]*(?P<args>(?: [^\n]*)? --[a-z][^\n]*)$",
                              re.IGNORECASE | re.MULTILINE)
_ARGUMENT_RE = re.compile(r'"(?P<double>[^"\n]*)"|\'(?P<single>[^\'\n]*)\'|(?P<bare>[^\s"\']+)')
# "NOTES", "EXAMPLES", "SEE ALSO": a manual's section heading, a line of capitals alone
_SECTION_HEADING_RE = re.compile(r"^[ \t]*[A-Z]{3,}(?: [A-Z]{2,})?[ \t]*$")
# "--exclusive: nothing else.", "--nothing-else means no other object is drawn": the flag explained, its words kept
_FLAG_EXPLAINED_RE = re.compile(r"--[a-z][a-z-]*(?:=\S+)?(?::| means| sets| makes| is)? ?", re.IGNORECASE)
# "Draws one lively cat, ...": the manual's verb with the program left out, what the clip shows
_PROGRAM_VERB_RE = re.compile(r"^(?:draws|renders|shows|produces|outputs|generates|creates|makes|animates|depicts) ",
                              re.IGNORECASE)
_SCENE_FLAGS = frozenset(("scene", "prompt", "subject", "object", "objects", "text", "describe", "description"))
_VIEW_FLAGS = frozenset(("view", "camera", "angle", "viewpoint", "perspective"))
_FROM_ABOVE_VALUES = frozenset(("top-down", "topdown", "top", "from-above", "above", "overhead", "birds-eye",
                                "bird's-eye", "aerial", "map", "plan"))
_ROUTE_FLAGS = frozenset(("stops", "route", "path", "waypoints", "via", "visit", "corners"))
_FENCE_FLAGS = frozenset(("exclusive", "nothing-else", "only", "solo", "alone", "no-others", "no-extras"))
_WHOLE_CLIP_FLAGS = frozenset(("whole-clip", "keep-all", "from-start", "to-end", "full-clip", "always", "throughout",
                               "whole-time", "persist", "keep"))
_STILL_FLAGS = frozenset(("hold", "static", "still", "fixed", "freeze", "pin", "anchor"))
_ABSENT_FLAGS = frozenset(("absent", "hidden", "hide", "exit-at", "leave-at", "gone", "exit", "remove-at"))
_PRESENT_FLAGS = frozenset(("present", "visible", "show", "shown", "in-view"))
_ARRIVAL_FLAGS = frozenset(("enter-at", "appear", "appear-at", "arrive", "arrive-at", "enter", "spawn-at"))
_WHOLE_VALUES = frozenset(("full", "whole", "all", "clip", "whole-clip", "entire"))
_ROUTE_SPLIT_RE = re.compile(r"\s*(?:,|;|->|=>|>|\bthen\b)\s*")


def looks_like_command_line(text: str) -> bool:
    """A shell prompt's command with a flag: "$ render --scene "two cats" --whole-clip"."""
    return "$ " in text and "--" in text and _COMMAND_LINE_RE.search(text) is not None


def _arguments(args: str) -> list[tuple[str, list[str]]]:
    """The command's flags in order, each with the values after it ("" heads the values before any flag)."""
    flags: list[tuple[str, list[str]]] = [("", [])]
    for match in _ARGUMENT_RE.finditer(args):
        bare = match["bare"]
        if bare is not None and bare.startswith("--") and len(bare) > 2:
            name, _, value = bare[2:].lower().partition("=")
            flags.append((name, [value] if value else []))
        else:
            flags[-1][1].append(next(group for group in (match["double"], match["single"], bare) if group is not None))
    return flags


def _moment(value: str) -> str:
    """A flag's moment, "second-half", "start", "mid", said as the clip's part: "in the second half"."""
    words = value.lower().replace("-", " ").replace("_", " ").strip()
    if words.endswith("half"):
        return f"in the {words}"
    if words in ("start", "beginning", "begin", "opening"):
        return "at the start"
    if words in ("mid", "middle", "midpoint", "halfway"):
        return "at the midpoint"
    if words in ("end", "finish", "close"):
        return "the end"
    return words


def _place(stop: str) -> str:
    words = stop.strip().lower().replace("-", " ").replace("_", " ")
    return words if words.startswith("the ") else f"the {words}"


def _route(stops: list[str]) -> str:
    """--stops "A" "B" "C" or --route "A, B, C": from the first stop to the next, then to each after it."""
    places = [_place(stop) for value in stops for stop in _ROUTE_SPLIT_RE.split(value) if stop.strip()]
    if len(places) < 2:
        return f"to {places[0]}" if places else ""
    return f"from {places[0]} to {places[1]}" + "".join(f", then to {place}" for place in places[2:])


def _way(value: str) -> str:
    """--direction right-to-left / leftward / left: the way across."""
    words = value.lower().replace("-", " ").replace("_", " ").strip()
    if " to " in words:
        return f"from {words}"
    side = words.removesuffix("ward").removesuffix("wards")
    return f"to the {side}" if side in ("left", "right") else ""


def _command_said(args: str) -> list[str]:
    """The invocation as sentences: the view, the scene with what its flags say of it, and the things held still."""
    scene: list[str] = []
    said: list[str] = []
    after: list[str] = []
    view = ""
    fenced = whole_clip = False
    way_from = way_to = ""
    for name, values in _arguments(args):
        value = " ".join(values).strip()
        if name in _SCENE_FLAGS or not name:
            scene.extend(values)
        elif name in _VIEW_FLAGS:
            view = "Seen from above." if value.lower() in _FROM_ABOVE_VALUES else view
        elif name in _ROUTE_FLAGS:
            said.append(_route(values))
        elif name == "from":
            way_from = _place(value)
        elif name == "to":
            way_to = _place(value)
        elif name in ("direction", "way", "heading"):
            said.append(_way(value))
        elif name in _FENCE_FLAGS:
            fenced = True
        elif name in _WHOLE_CLIP_FLAGS or name == "duration" and value.lower() in _WHOLE_VALUES:
            whole_clip = True
        elif name in _STILL_FLAGS and value:
            after.append(f"The {value} stays still.")
        elif name in _ABSENT_FLAGS and value:
            said.append(f"absent {_moment(value)}")
        elif name in _PRESENT_FLAGS and value:
            said.append(f"in view {_moment(value)}")
        elif name in _ARRIVAL_FLAGS and value:
            said.append(f"appearing {_moment(value)}")
        elif name == "until" and value:
            said.append(f"until {_moment(value)}")
    if way_from or way_to:
        said.append(" ".join(part for part in (way_from and f"from {way_from}", way_to and f"to {way_to}") if part))
    if whole_clip:
        said.append("from start to finish")
    if fenced:
        said.append("and nothing else")
    told = " and ".join(part.strip().rstrip(".") for part in scene if part.strip())
    sentence = ", ".join(part for part in [told, *said] if part)
    lines = [view, sentence[:1].upper() + sentence[1:] + "." if sentence else "", *after]
    return [line for line in lines if line]


def command_line_in_plain_words(text: str) -> str:
    """The command and its manual's notes as one scene: the command's sentences, then the notes' own lines, the section
    headings and any later invocation (an example of the same command) left out."""
    lines: list[str] = []
    command_told = False
    for line in text.splitlines():
        command = _COMMAND_LINE_RE.fullmatch(line)
        if command:
            if not command_told:
                lines.extend(_command_said(command["args"]))
            command_told = True
            continue
        if _SECTION_HEADING_RE.match(line) or not line.strip():
            continue
        note = _FLAG_EXPLAINED_RE.sub("", line.strip()).strip()
        note = _PROGRAM_VERB_RE.sub("The clip shows ", note, count=1)
        if note:
            lines.append(_sentence(note[:1].upper() + note[1:]))
    return "\n".join(lines) or text


def looks_like_mail_or_command_line(text: str) -> bool:
    return looks_like_mail_thread(text) or looks_like_command_line(text)


def mail_or_command_line_in_plain_words(text: str) -> str:
    """The thread's one scene, then a command it holds ("> $ render ..." quoted) read as the command it is."""
    if looks_like_mail_thread(text):
        text = mail_thread_in_plain_words(text)
    return command_line_in_plain_words(text) if looks_like_command_line(text) else text
