"""A dialogue told in quoted turns, put into the labelled turns the support chat reads as question and answer.

Two voices trade lines and only their quoted words tell the clip: 'Host: "Two cats!" Guest: "Anything else?"' or
'"Two cats," says the host, "and nothing else." "Really?" asks the guest. "Really."'. Where everything outside the
quotes is a speaker's tag ("Host:", "says the host", "the guest chimes in"), the speakers are outside the clip and
their tags are never things; a tag after a quote is that quote's speaker, a tag before one (a label, or "the guest
asks," after a closed sentence) the next quote's, a quote broken by its own tag goes on as one turn, and an untagged
quote is the other voice's reply; a script's stage direction between turns ("(Beat.)", "Host (grinning):") says
nothing of the clip, and a person the tables know ("says the boy") speaks from outside it as any voice does. A speaker
the quotes name, or a thing other than a person (a talking dog may be in its own clip), makes no such dialogue, and a
prompt with a sentence of its own outside its quotes ('A man waves. "Two cats," he says.') keeps its quotes as said.
"""

from __future__ import annotations

import re

from .object_classes import OBJECT_CLASSES, noun_class
from .vocabulary import VERB_KINDS

# the straight and the curly double quotes
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"'})
_EDGE = r"[\s,.!?;:\u2014\u2013-]*"
# "the host", "her partner", "the first host", "the co-host": a speaker, one describing word before it at most
_ARTICLE = r"(?:(?:the|a|an|my|our|his|her|their|your) (?:[a-z]+ )?)?"
# "dummy:", "the interviewer:", "host (grinning):": a speaker's label before the quote it opens
# "host 2:", "host b:": two voices of one role, told apart by the mark after it
_LABEL_RE = re.compile(rf"^{_EDGE}{_ARTICLE}(?P<who>[a-z]+(?:-[a-z]+)?(?: (?:[0-9]|[a-z])\b)?)\s*:\s*$")
# "(beat)", "[the dummy winks]", "host (grinning):": a script's stage direction between turns says nothing of the clip
_DIRECTION_RE = re.compile(r"[(\[][^()\[\]\"]{0,80}[)\]]")
# "says the dummy", "asks the host, grinning", "the guest pipes up", "he adds": a speaker and a verb in -s or -ed
_VERB = r"(?P<verb>said|went|[a-z]+(?:s|ed))(?: (?:up|in|back|out|on|again))?"
# the speech verbs that are also moves: '"two cats," goes the host' says it, never walks
_SAYING_MOVES = frozenset(("goes", "went"))
_SAID_AFTER_RE = re.compile(rf"^{_EDGE}{_VERB} {_ARTICLE}(?P<who>[a-z]+(?:-[a-z]+)?)(?:, [a-z]+ly)?{_EDGE}$")
_SAID_BEFORE_RE = re.compile(rf"^{_EDGE}{_ARTICLE}(?P<who>[a-z]+(?:-[a-z]+)?) {_VERB}(?:, [a-z]+ly)?"
                             rf"(?P<lead>{_EDGE})$")
_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))
_PEOPLE = (OBJECT_CLASSES["person"], OBJECT_CLASSES["child"])
# the label of a reply no tag names: a word the tables hold as no thing
_OTHER_VOICE = "voice"


def looks_like_quoted_dialogue(text: str) -> bool:
    """A quoted span, each quote closed (a cheap test; the reading says whether they are turns)."""
    count = text.count('"') + text.count("\u201c") + text.count("\u201d")
    return count >= 2 and count % 2 == 0


def _speaker(outside: str, closed_before: str | None) -> tuple[str | None, str | None]:
    """(speaker of the quote before, speaker of the quote after) for the words between two quotes, ``closed_before``
    the quote before them (None at the start); ("", "") where they are only marks, (None, None) where no tag."""
    if "(" in outside or "[" in outside:
        outside = _DIRECTION_RE.sub(" ", outside)
    if not outside.strip(" ,.!?;:\u2014\u2013-"):
        return "", ""
    label = _LABEL_RE.match(outside)
    if label:
        return "", label["who"]
    after = _SAID_AFTER_RE.match(outside)
    if after and _says(after["verb"]):
        return after["who"], ""
    before = _SAID_BEFORE_RE.match(outside)
    if before and _says(before["verb"]):
        # '"two cats," the host says, "..."' tags the quote before; 'the guest asks: "..."' opening the prompt, or
        # after a closed sentence, tags the next; "a man waves." opening the prompt is a sentence, no tag
        leads_in = "," in before["lead"] or ":" in before["lead"]
        if closed_before is None:
            return ("", before["who"]) if leads_in else (None, None)
        opens_next = leads_in and closed_before.rstrip().endswith((".", "!", "?"))
        return ("", before["who"]) if opens_next else (before["who"], "")
    return None, None


def _says(verb: str) -> bool:
    """A verb of saying, read by its form: no verb of the scene's moves ("runs", "flies") tags a quote."""
    return verb in _SAYING_MOVES or (verb not in VERB_KINDS and not noun_class(verb))


def _turns(text: str) -> list[tuple[str, str]] | None:
    """(speaker, words) for each quote of a dialogue, or None where a word outside the quotes is no speaker's tag."""
    parts = text.split('"')
    outsides, quotes = parts[0::2], parts[1::2]
    speakers: list[str] = [""] * len(quotes)
    goes_on = [False] * len(quotes)
    for index, outside in enumerate(outsides):
        before, after = _speaker(outside, quotes[index - 1] if index else None)
        if before is None:
            return None
        if before and index > 0:
            speakers[index - 1] = speakers[index - 1] or before
            # '"two cats," says the host, "and nothing else."': the same turn goes on after its tag
            if index < len(quotes):
                goes_on[index] = quotes[index - 1].rstrip().endswith(",") or outside.rstrip().endswith(",")
        if after and index < len(quotes):
            speakers[index] = after
    named = set(re.findall(r"[a-z]+", " ".join(quotes)))
    voices = {speaker for speaker in speakers if speaker}
    if not voices or voices & named or any(_a_thing(voice) for voice in voices - _PRONOUNS):
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


def _a_thing(speaker: str) -> bool:
    """Whether a speaker is a thing the tables draw other than a person: a talking dog may be in its own clip."""
    found = noun_class(speaker.split()[0])
    return found is not None and found[1] not in _PEOPLE


_DIGIT_LETTERS = str.maketrans("0123456789", "abcdefghij", " -")


def _label(speaker: str) -> str:
    """The speaker as one word of letters, as the support chat reads a label, "co-host" "cohost", "host 2" "hostc";
    a person the tables know is labelled as a voice ("voicekid"), since a label naming a thing is no speaker's."""
    return ("voice" if noun_class(speaker) else "") + speaker.translate(_DIGIT_LETTERS)


def dialogue_in_labelled_turns(text: str) -> str:
    """``text`` (lower case) as "speaker: words" turns where it is a dialogue of quoted turns; else ``text``."""
    turns = _turns(text.translate(_QUOTES))
    if not turns or not any(noun_class(word) for _, words in turns for word in re.findall(r"[a-z]+", words)):
        return text
    if not any("?" in words for _, words in turns[:-1]):  # no question answered: the words alone, turn by turn
        return " ".join(words if words.endswith((".", "!", "?")) else words.rstrip(",;") + "." for _, words in turns)
    return " ".join(f"{_label(speaker)}: {words if words.endswith(('.', '!', '?')) else words.rstrip(',;') + '.'}"
                    for speaker, words in turns)
