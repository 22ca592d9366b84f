"""A dialogue told in quoted turns, put into the labelled turns the support chat reads as question and answer.

Two voices trade lines and only their quoted words tell the clip: 'Host: "Two cats!" Guest: "Anything else?"' or
'"Two cats," says the host, "and nothing else." "Really?" asks the guest. "Really."'. Where everything outside the
quotes is a speaker's tag ("Host:", "says the host", "the guest chimes in"), the speakers are outside the clip and
their tags are never things (a label may hold a title or two words, "Dr. Lee:", "Radio host:", and a tag end on how it
is said, "answers with a grin"); a tag after a quote is that quote's speaker, a tag before one (a label, or "the guest
asks," after a closed sentence) the next quote's, a quote broken by its own tag goes on as one turn, and an untagged
quote is the other voice's reply; a script's stage direction between turns ("(Beat.)", "Host (grinning):") says
nothing of the clip, and a person the tables know ("says the boy") speaks from outside it as any voice does.

The speakers are outside the clip only where their words tell it as a clip, in the frame's own terms: a side of the
frame, a half of the clip, its start or end, "the whole clip", "from start to finish", seen from above, a corner, "in
view". A story's people never talk so ('"Give me the ball," says the boy.'): they are in their own scene, and such a
prompt is left as it is. A tag is a verb of speaking from a closed list (no "smiles", "nods" or "reads"), after a quote
it closes with a comma, "!" or "?" ('"Hello, bird." The girl says.' is a sentence of its own), and its speaker is no
thing the tables draw other than a person nor a written thing ("says the sign"). A speaker the quotes name makes no
such dialogue, and a prompt with a sentence of its own outside its quotes ('A man waves. "Two cats," he says.') keeps
its quotes as said.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .frame_corner_names import TOP_DOWN_RE
from .object_classes import HANDED_CLASSES as _PEOPLE  # who speaks and is spoken to
from .object_classes import noun_class
from .route_clauses import HEIGHT, SIDE

# the straight and the curly double quotes
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"'})
_EDGE = r"[\s,.!?;:\u2014\u2013-]*"
# "the host", "her partner", "the first host", "the co-host": a speaker, one describing word before it at most (the
# fewest, so "says the host slowly" is the host's)
_ARTICLE = r"(?:(?:the|a|an|my|our|his|her|their|your) (?:[a-z]+ )??)?"
# "dummy:", "the interviewer:", "host (grinning):", "radio host:", "dr. lee:": a speaker's label before the quote it
# opens, a title or one describing word before it at most; "host 2:", "host b:": two voices of one role, told apart
# by the mark after it
_LABEL_RE = re.compile(rf"^{_EDGE}{_ARTICLE}(?P<who>(?:(?:dr|mr|mrs|ms|prof)\. )?(?:[a-z]+ )?[a-z]+(?:-[a-z]+)?"
                       rf"(?: (?:[0-9]|[a-z])\b)?)\s*:\s*$")
# "(beat)", "[the dummy winks]", "host (grinning):": a script's stage direction between turns says nothing of the clip
_DIRECTION_RE = re.compile(r"[(\[][^()\[\]\"]{0,80}[)\]]")
# a label naming a part of the clip, no speaker: "second half:", "left side:", "start:", "before:", "at 3 seconds:"
_CLIP_PART_LABEL_RE = re.compile(
    r"\b(?:half|side|start|end|ending|beginning|middle|corner|left|right|top|bottom|before|after|then|next|"
    r"finally|later|now|intro|outro|opening|close|closing|shot|scene|frame|clip|[0-9]+(?:s|sec|secs|seconds?)?|"
    r"seconds?|sec|secs|moment|minute|minutes)\b")
# the verbs of speaking a tag is made of, in their -s and past forms: '"two cats," goes the host' says it, never walks,
# and "the girl smiles", "the sign reads" tag nothing
_SPEECH_VERBS = frozenset((
    "says", "said", "asks", "asked", "answers", "answered", "replies", "replied", "adds", "added", "cries", "cried",
    "shouts", "shouted", "whispers", "whispered", "calls", "called", "goes", "went", "yells", "yelled", "exclaims",
    "exclaimed", "explains", "explained", "continues", "continued", "responds", "responded", "murmurs", "murmured",
    "mutters", "muttered", "announces", "announced", "declares", "declared", "insists", "insisted", "repeats",
    "repeated", "counters", "countered", "retorts", "retorted", "agrees", "agreed", "remarks", "remarked", "wonders",
    "wondered", "screams", "screamed", "hollers", "hollered", "squeaks", "squeaked", "quips", "quipped",
    "interrupts", "interrupted", "pipes up", "piped up", "chimes in", "chimed in", "cuts in", "cut in", "speaks up",
    "spoke up"))
# "says the dummy", "asks the host, grinning", "the guest pipes up", "he adds again": a speaker and a verb of speaking
_VERB = rf"(?P<verb>{'|'.join(sorted(_SPEECH_VERBS, key=len, reverse=True))})(?: (?:back|out|on|again))?"
# how a speaker says it, after the tag: "excitedly", ", grinning", "with a grin"
_MANNER = (r"(?:,? [a-z]+ly|, (?:grinning|smiling|laughing|winking|nodding|shrugging|sighing)"
           r"|,? with an? (?:grin|smile|laugh|wink|nod|shrug|sigh|chuckle|giggle|flourish))?")
_SAID_AFTER_RE = re.compile(rf"^{_EDGE}{_VERB} {_ARTICLE}(?P<who>[a-z]+(?:-[a-z]+)?){_MANNER}{_EDGE}$")
_SAID_BEFORE_RE = re.compile(rf"^{_EDGE}{_ARTICLE}(?P<who>[a-z]+(?:-[a-z]+)?) {_VERB}{_MANNER}"
                             rf"(?P<lead>{_EDGE})$")
# how a quote a tag follows ends: '"two cats," says the host', '"look!" cries the boy'; a full stop ends a sentence
_TAGGED_QUOTE_ENDS = (",", "!", "?", "\u2014", "\u2013", "-")
# the clip told in the frame's own terms: "the whole clip", "in the first half", "from start to finish", "in view",
# "from the left side of the frame", "the lower left corner", "from the left of the blue car to the right of the car"
# (its way across the frame), and a view from above in any of the words the corner names know ("seen from overhead")
_ABOUT_THE_CLIP_RE = re.compile(
    r"\b(?:(?:the|this|whole|in|of) (?:clip|video|frame|screen|shot|footage)"
    r"|(?:first|second|last|other) half|(?:start|beginning) to (?:finish|end)|(?:in|out of) view"
    rf"|{HEIGHT} {SIDE} corner"
    rf"|from the {SIDE}(?: side)? of the [a-z]+(?: [a-z]+){{0,2}} to the {SIDE})\b|{TOP_DOWN_RE.pattern}")
# a bare way across, "to the left", "from left to right", "leftwards", tells the clip only where it is a whole turn's
# word (it, then, from, yes, a verb) and past or across a thing at most ('Host: "To the left."', '"Leftwards, past the
# big rock."', '"It walks to the right."'), and only after a turn that shows a thing alone ('"A red ball!"', '"Picture
# a green bus."'); a place is no way ('"To the right of the lamp!"', '"Over there, to the right!"', '"On the shelf to
# the left."', '"To the right, by the window."'), and a story's people say ways too ('Boy: "Throw me the ball!"')
_WAY_ACROSS = (r"(?:(?:left|right)(?: side)? to (?:the )?(?:left|right)|(?:left|right)wards?"
               r"|(?:to|towards?) the (?:far )?(?:left|right))(?: (?:side|edge))?")
_WAY_TURN_RE = re.compile(r"(?:(?:yes|okay|ok|so|now|then|and|over|all the way|it|they|from the|from|[a-z]+s),? ){0,3}"
                          rf"{_WAY_ACROSS}(?:,? (?:past|across|along|through) (?:the |a |an )?[a-z]+(?: [a-z]+)?)?"
                          r"(?: of the (?:frame|screen|clip|video|shot))?[.!]*")
_THING_SHOWN_RE = re.compile(r"(?:(?:picture|imagine|see|look|now|okay|ok|so|here)\b,? )?(?:a|an|one|two|three) "
                             r"(?:[a-z]+ ){0,3}(?P<thing>[a-z]+)[.!,]?")
_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))
# the written things a prompt may quote, which show words and never speak them: "the sign reads", "says the banner"
_WRITTEN_THINGS = frozenset(("sign", "banner", "billboard", "poster", "placard", "plaque", "caption", "label",
                             "notice", "headline", "note", "letter", "card", "screen", "board", "sticker", "menu",
                             "page", "book", "message", "title", "slogan", "shirt", "t-shirt", "mug", "cover"))
# the label of a reply no tag names: a word the tables hold as no thing
_OTHER_VOICE = "voice"


class _Tag(NamedTuple):
    """The speakers the words between two quotes name: of the quote before them, of the one after; "" for neither."""

    of_quote_before: str
    of_quote_after: str


# the words between two quotes that are only marks (", ", ". "): they name no speaker, and they are no sentence
_MARKS_ONLY = _Tag("", "")


def looks_like_quoted_dialogue(text: str) -> bool:
    """A quoted span, each quote closed (a cheap test; the reading says whether they are turns)."""
    count = text.count('"') + text.count("\u201c") + text.count("\u201d")
    return count >= 2 and count % 2 == 0


def _speaker(outside: str, quote_before: str | None) -> _Tag | None:
    """The speakers the words ``outside`` two quotes tag, ``quote_before`` the quote before them (None at the start);
    None where the words are no tag at all (a sentence of the scene's own), so the prompt is no dialogue."""
    if "(" in outside or "[" in outside:
        outside = _DIRECTION_RE.sub(" ", outside)
    if not outside.strip(" ,.!?;:\u2014\u2013-"):
        return _MARKS_ONLY
    label = _LABEL_RE.match(outside)
    if label:
        return None if _CLIP_PART_LABEL_RE.search(label["who"]) else _Tag("", label["who"])
    tags_quote_before = quote_before is not None and (quote_before.rstrip().endswith(_TAGGED_QUOTE_ENDS)
                                                      or outside.lstrip().startswith(","))
    after = _SAID_AFTER_RE.match(outside)
    if after and tags_quote_before:
        return _Tag(after["who"], "")
    before = _SAID_BEFORE_RE.match(outside)
    if not before:
        return None
    # 'the guest asks: "..."' opening the prompt, or after a closed sentence, tags the next quote; '"two cats," the
    # host says, "..."' the one before
    leads_in = "," in before["lead"] or ":" in before["lead"]
    if leads_in and (quote_before is None or quote_before.rstrip().endswith((".", "!", "?"))):
        return _Tag("", before["who"])
    return _Tag(before["who"], "") if tags_quote_before else None


def _turns(text: str) -> list[tuple[str, str]] | None:
    """(speaker, words) for each quote of a dialogue, or None where a word outside the quotes is no speaker's tag."""
    parts = text.split('"')
    outsides, quotes = parts[0::2], parts[1::2]
    speakers: list[str] = [""] * len(quotes)
    goes_on = [False] * len(quotes)
    for index, outside in enumerate(outsides):
        tag = _speaker(outside, quotes[index - 1] if index else None)
        if tag is None:
            return None
        if tag.of_quote_before and index > 0:
            speakers[index - 1] = speakers[index - 1] or tag.of_quote_before
            # '"two cats," says the host, "and nothing else."': the same turn goes on after its tag
            if index < len(quotes):
                goes_on[index] = quotes[index - 1].rstrip().endswith(",") or outside.rstrip().endswith(",")
        if tag.of_quote_after and index < len(quotes):
            speakers[index] = tag.of_quote_after
    named = set(re.findall(r"[a-z]+", " ".join(quotes)))
    voices = {speaker for speaker in speakers if speaker}
    heads = {_head(voice) for voice in voices}
    if not voices or heads & named or any(_a_thing(head) for head in heads - _PRONOUNS):
        return None
    turns: list[tuple[str, str]] = []
    for index, words in enumerate(quotes):
        speaker = speakers[index] or (turns[-1][0] if goes_on[index] and turns else "")
        if not speaker:  # an untagged reply: the other voice's (the first named, opening the dialogue)
            last = turns[-1][0] if turns else ""
            speaker = next((voice for voice in sorted(voices) if voice != last), _OTHER_VOICE)
        words = words.strip()
        if turns and turns[-1][0] == speaker:
            turns[-1] = (speaker, f"{turns[-1][1]} {words}")
        else:
            turns.append((speaker, words))
    return turns


def _head(speaker: str) -> str:
    """The word naming who speaks: "host" of "radio host" and "host 2", "lee" of "dr. lee"."""
    words = speaker.replace(".", " ").split()
    return words[-2] if len(words) > 1 and len(words[-1]) == 1 else words[-1]


def _a_thing(head: str) -> bool:
    """Whether a speaker is a thing other than a person: a talking dog may be in its own clip, a sign shows words."""
    found = noun_class(head)
    return head in _WRITTEN_THINGS or (found is not None and found[1] not in _PEOPLE)


_DIGIT_LETTERS = str.maketrans("0123456789", "abcdefghij", " -.")


def _label(speaker: str) -> str:
    """The speaker as a label of one word of letters ("co-host" "cohost", "host 2" "hostc"): the readers after this pass
    take a label's digit for a count and a label naming a thing of the tables for that thing in the clip, so a person
    the tables know is labelled as a voice ("voicekid"), keeping the speaker outside the clip."""
    return ("voice" if noun_class(_head(speaker)) else "") + speaker.translate(_DIGIT_LETTERS)


def _ended(words: str) -> str:
    """A turn's words ending as a sentence, so turns joined one after another stay apart."""
    return words if words.endswith((".", "!", "?")) else words.rstrip(",;") + "."


def _way_after_a_thing_shown(turns: list[tuple[str, str]]) -> bool:
    """Whether a turn shows a thing alone, a noun with no verb ('"A red ball!"'), and a turn is a way across the frame
    ('"To the left."'): the clip told in turns, not a story's people placing a thing ('"To the right of the lamp!"')."""
    shown = (_THING_SHOWN_RE.fullmatch(words.strip()) for _, words in turns)
    return any(found and noun_class(found.group("thing")) for found in shown) and any(
        _WAY_TURN_RE.fullmatch(words.strip()) for _, words in turns)


def dialogue_in_labelled_turns(text: str) -> str:
    """``text`` (lower case) as "speaker: words" turns where it is a dialogue of quoted turns telling a clip; else
    ``text``."""
    turns = _turns(text.translate(_QUOTES))
    said = " ".join(words for _, words in turns or ())
    if not turns or not (_ABOUT_THE_CLIP_RE.search(said) or _way_after_a_thing_shown(turns)):
        return text
    if not any(noun_class(word) for _, words in turns for word in re.findall(r"[a-z]+", words)):
        return text
    if not any("?" in words for _, words in turns[:-1]):  # no question answered: the words alone, turn by turn
        return " ".join(_ended(words) for _, words in turns)
    return " ".join(f"{_label(speaker)}: {_ended(words)}" for speaker, words in turns)
