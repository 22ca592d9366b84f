"""The way people talk and type, put into the plain words the reader's tables hold.

Contractions ("it's gone", "isn't", "'tis", "both of 'em"), a thing's clipped "is" ("a dog's walking"), a spoken
opening that presents the thing ("so it's a white dog"), fillers ("starts, like, bottom left"), a hedge opening a
clause ("and I reckon nothing else showed up": the speaker's doubt, never a thing or a verb of the scene), the old
"unto" and "it came to pass" and a verse's number ("3:7 Behold, ..."), and an absence said over again ("there's no
dog, it's gone", "no cat. Gone.", "... and it never comes back"): each says nothing the plain form does not, so the
reader's tables need only the plain form. Each function is one pass of ``prompt_rewrites.READING_PASSES``, which says
where its order matters.
"""

from __future__ import annotations

import re

from .object_classes import noun_class

# "'tis gone", "'twas there": the old "it" clipped before "is" and "was"; "both of 'em": spoken "them" clipped; "cannot"
# is "can't" written whole, so "a boat cannot be seen" is never a "boat cannot"
CONTRACTION_RE = re.compile(r"\b(it|that|there|he|she|what|who|here)'s\b|n't\b|'re\b|'ll\b|'ve\b|\bcan't\b|\bwon't\b"
                            r"|\bcannot\b|(?<![a-z])'t(?=(?:is|was)\b)|(?<![a-z])'em\b")
_CONTRACTED = {"n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "can't": "can not", "cannot": "can not",
               "won't": "will not", "'t": "it ", "'em": "them"}
# "it's vanished", "it's just left": a verb of going or coming has no passive, so its "'s" is "has" ("it's left of" a side)
_HAS_PARTICIPLE_RE = re.compile(r" (?:just |already |now |since )?(?:vanished|disappeared|departed|arrived|flown|come|returned"
                                r"|reappeared|escaped|exited|left(?! (?:of|side|corner|edge|half|hand|-hand|upper|lower|top|"
                                r"bottom)\b))\b")


def _expand(match: re.Match) -> str:
    if match.group(1):
        return match.group(1) + (" has" if _HAS_PARTICIPLE_RE.match(match.string, match.end()) else " is")
    return _CONTRACTED[match.group(0)]


# "a dog's walking", "the dog's kind of hanging out", "a dog's in the corner": a thing's "is", not what it has
NOUN_IS_RE = re.compile(r"\b(?P<noun>[a-z]+)'s (?P<hedge>(?:kind|sort) of )?(?=(?:just |still |now |already )?(?:[a-z]+ing|in|on|"
                        r"at|there|here"
                        r"|gone|back|out|over|by|near|next)\b)")
# "so it's a white dog, and ...": a spoken opening's "it" points at nothing named yet; it presents the thing
OPENING_IT_IS_RE = re.compile(r"^(?P<lead>(?:(?:so|okay|ok|well|and|then|right|alright)[ ,]+)*)it is (?=(?:a|an|one|two|three|"
                              r"four|five|six|just|only)\b)")
# "there is no dog, and it does not come back", "it vanishes and never returns": said after its absence, the thing gone
# stays gone, no second one coming ("slips out and does not come back" is what tells the leaving, and stays)
NOT_BACK_RE = re.compile(r",? (?:and )?(?:(?:it|they|he|she) )?(?:does not|do not|did not|never|will not) (?:come|comes|"
                         r"came) back"
                         r"|,? (?:and )?(?:(?:it|they|he|she) )?(?:does not|do not|did not|will not) (?:return|reappear)|"
                         r",? (?:and )?(?:(?:it|they|he|she) )?"
                         r"never (?:returns?|returned|reappears?|reappeared)(?: (?:again|later|after that))?\b")
# "it was gone, and no dog walked there ever after", "no bird flew by again": a further presence denied after the
# going is the absence said again, never a thing of its own
NONE_AGAIN_RE = re.compile(r",? (?:and )?no [a-z]+ (?:[a-z]+ ){0,3}?(?:ever after|ever again|again|any ?more|thereafter"
                           r"|after that|from then on)\b")
ABSENCE_SAID_RE = re.compile(r"\b(?:no [a-z]+|gone|absent|disappear(?:s|ed)?|vanish(?:es|ed)?|leaves|left the (?:frame|scene|"
                             r"picture|view))\b")


def _not_back_after_absence(match: re.Match) -> str:
    sentence_start = max(match.string.rfind(stop, 0, match.start()) for stop in ".;!?")
    return "" if ABSENCE_SAID_RE.search(match.string, sentence_start + 1, match.start()) else match.group(0)


# "there is no dog, it is gone", "no cat. gone.": the absence said again, not the thing back
GONE_AGAIN_RE = re.compile(r"(?P<denial>\bno [a-z]+)(?:,? (?:it|they) (?:is|are|has|have) (?:gone|left|disappeared|vanished)"
                           r"|[,.;!] (?:(?:all|just|simply|long) )?(?:gone|disappeared|vanished))(?=\s*(?:[,.;!?]|$))")
# "starts, like, bottom left", "um, three kites", "and, uh, a bus": a spoken filler and the commas that set it off
# "oh my god, so it's ...", "omigod!", "oh my gosh,": an exclamation set off by its comma or "!", no god in the scene
FILLER_RE = re.compile(r"(?:, |^|(?<=[.?!;:] ))(?:like|you know|i mean|i guess|i think|i suppose|um+|uh+|erm|hmm+),|\b(?:um+|uh+|"
                       r"erm)\b|(?:(?<=, )|^|(?<=[.?!;:] ))(?:oh,? )?(?:my (?:god|gosh|goodness|lord)|omi?god|omg|"
                       r"(?:oh )?(?:god|gosh|geez|jeez))(?:[,!]+ ?|$)")
# "and I reckon nothing else showed up", "I think two cats sit", "we guess that no dog came": the speaker's hedge
# opening a clause, said before a clause's own start, so the clause is read as if said plainly ("I think of a dog" and
# "a dog, I think, runs" are no hedge before a clause; the comma's "I think," is a filler)
HEDGE_RE = re.compile(r"(?:^|(?<=[.;:!?,] )|(?<=\band )|(?<=\bbut )|(?<=\bso ))(?:i|we) (?:reckon|think|guess"
                      r"|suppose|believe|figure|bet|'d say|would say|dare say|daresay)(?: that)? "
                      r"(?=(?:nothing|none|no|not|there|it|they|the|a|an|one|two|three|four|five|six|this|that|these"
                      r"|those|everything|all|only|just|both|each|its|their)\b)")
_HEDGE_VERBS = ("reckon", "think", "guess", "suppose", "believe", "figure", "bet", "say")
# "from the right side unto the left side": the old "unto" is "to"; "and it came to pass that a dog ...": it happened
# that, no "it" coming or passing
UNTO_RE = re.compile(r"\bunto\b")
CAME_TO_PASS_RE = re.compile(r"\b(?:and )?it came to pass,? (?:that )?")
# "3:7 behold, two cars ...", "...; 4:3 but in the second half": a chapter and verse number opening a clause numbers the
# verse, no count and no clock, and the clause starts after it; a verse of one digit is never a clock's seconds, and a
# longer one is a verse where the prompt speaks the old register ("1:15 the cat leaves" is left to the readers of times)
VERSE_NUMBER_RE = re.compile(r"(?:^|(?<=[.;:,!?] ))[1-9]\d{0,2}:(?P<verse>[1-9]\d{0,2})(?![\d:]) *(?=[a-z])")
OLD_REGISTER_RE = re.compile(r"\b(?:behold|lo|verily|unto|thereof|therein|thereon|thereunto|selah|yea|hath|doth"
                             r"|thee|thou|thy|naught|abode|came to pass)\b")


def contractions_expanded(text: str) -> str:
    """"it's gone", "isn't", "we're", "cannot": each said whole ("it has gone" where a going verb follows)."""
    return CONTRACTION_RE.sub(_expand, text)


def noun_is_said(text: str) -> str:
    """"a dog's walking": the dog's "is", for a noun the tables know (a contraction would leave it alone)."""
    return NOUN_IS_RE.sub(lambda m: f"{m['noun']} is " if noun_class(m["noun"]) else m.group(0), text)


def opening_it_is_presenting(text: str) -> str:
    """"so it is a white dog": "so there is a white dog", the opening's "it" pointing at nothing named yet."""
    return OPENING_IT_IS_RE.sub(r"\g<lead>there is ", text)


def return_denied_after_absence_dropped(text: str) -> str:
    """"there is no dog, and it does not come back", "it was gone, and no dog walked there ever after": the denied
    return dropped where its sentence said the absence."""
    if "no " in text:
        text = NONE_AGAIN_RE.sub(_not_back_after_absence, text)
    return NOT_BACK_RE.sub(_not_back_after_absence, text)


def absence_said_again_dropped(text: str) -> str:
    """"there is no dog, it is gone": "there is no dog"."""
    return GONE_AGAIN_RE.sub(r"\g<denial>", text)


def might_have_filler(text: str) -> bool:
    """The cheap gate of ``fillers_dropped``: the letters a filler needs."""
    return "like" in text or "you know" in text or "i mean" in text or "i guess" in text or "i think" in text \
        or "i suppose" in text or "um" in text or "uh" in text or "erm" in text or "hmm" in text \
        or "god" in text or "gosh" in text or "omg" in text or "eez" in text


def hedges_dropped(text: str) -> str:
    """"and I reckon nothing else showed up": "and nothing else showed up", the clause as if said plainly."""
    if not any(verb in text for verb in _HEDGE_VERBS):
        return text
    return HEDGE_RE.sub("", text)


def fillers_dropped(text: str) -> str:
    return FILLER_RE.sub("", text)


def old_words_in_plain_words(text: str) -> str:
    """"unto" is "to"; "and it came to pass that" goes, and so does a verse's number opening its clause."""
    if ":" in text:
        old_register = OLD_REGISTER_RE.search(text) is not None
        text = VERSE_NUMBER_RE.sub(lambda m: "" if old_register or len(m["verse"]) == 1 else m.group(0), text)
    return CAME_TO_PASS_RE.sub("", UNTO_RE.sub("to", text))
