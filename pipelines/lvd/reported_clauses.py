"""A scene told inside a reported or required clause: "the curator says that a dog walks ...", "so that a car can drive".

A verb that reports, agrees to or demands what its that-clause holds ("the artist insists that", "the guide tells us
that", "I testified that", "I put it to you that", "the invention requires that") or passes on hearsay ("the story goes
that", "rumour has it that") has the voice for its subject: the one speaking, never a thing of the clip, and the clause
is the clip's own statement. Left in, the speaker would be read as the clause's first noun and take the clause's move.
Inside such a clause English may keep the mandative subjunctive's bare verb ("requires that a bird fly from ...") or a
modal ("so that a car can drive"); both tell what happens, said here in the plain present so that neither verb is read
as half of a name ("bird fly") or as a thing ("a can"). The bare verb is read only after a reporting verb or "so"/"in
order" ("the cat that the dogs chase" is no subjunctive); the modal in any that-clause, relative ones too ("a ball that
a cat can reach"), where "can" would otherwise be drawn. A plain "a dog can run" with no "that" is left as the reading
already takes it.

Only a definite, owned or bare speaker is dropped ("the guide", "our witness", "witness", "I"): "a boy says that ..."
brings a boy in, and is left to the reading; so is a frame told to a thing of the scene ("tells the dog that").
A saying with its "that" left out ("the Word says the cat ... is gone", "the prophet told us two birds fly") is
the same report where what follows opens on a thing and holds a verb of its own, and the speaker is the voice's
world (a legend, a report, a story) or the clause tells of the clip; a thing of the scene that speaks ("the parrot
says the cat is coming") stays.
A saying the speaker quotes ("the saying goes that curiosity killed the cat.", "as the old proverb has it, ...",
"..., as the saying goes.") is no report of the clip: it goes whole, and the scene is what follows it.
A note's "Noted that ..." is the same report with its writer left out, and
the clauses after the first, ", that it ..., and that it ...", are its further statements.
"""

from __future__ import annotations

import re

from .object_classes import HANDED_CLASSES, names_a_thing, noun_class, singular
from .rewrite_text import any_said_re
from .self_corrections import frames_a_notice
from .similes import SAYING_NOUNS
from .vocabulary import CLIP_NOUNS, FRAME_WORDS, VERB_KINDS
from .word_guessing import IRREGULAR_PAST, third_person

# Verbs whose that-clause is what is reported, agreed to or asked for, in the forms a speaker uses them
_REPORTING = (r"says?|said|tells?|told|reports?|reported|claims?|claimed|insists?|insisted|requires?|required|demands?"
              r"|demanded|asks?|asked|agrees?|agreed|maintains?|maintained|contends?|contended|states?|stated|explains?"
              r"|explained|swears?|swore|testif(?:y|ies|ied)|argues?|argued|asserts?|asserted|confirms?|confirmed"
              r"|specifies|specified|stipulates?|stipulated|expects?|expected|notes?|noted|adds?|added|promises?|promised"
              r"|assures?|assured|submits?|submitted|recalls?|recalled|would say|can confirm"
              # an advocate's "I put it to you that", "she puts it to the court that": said to the hearer after it
              r"|puts? it to"
              # hearsay: "the story goes that", "the tale runs that", "rumour has it that"
              r"|goes|went|runs|ran|has it|had it")
# The speaker: a pronoun, or a definite or owned noun of up to three words, or a bare noun opening its sentence
_SPEAKER = (r"(?:i|we|you|he|she|they|(?:the|this|that|our|my|your|his|her|their) (?:[a-z'-]+ ){0,2}?[a-z'-]+"
            r"|(?<![a-z] )[a-z'-]+)")
# Whom it is said to: "tells us", "told the officer"
_HEARER = r"(?: (?:us|me|you|him|her|them|(?:the|this|our|my|your) (?P<hearer>[a-z'-]+)))?"
# Where a speaker's clause may open: a sentence, a colon's lead, after a comma ("In this gallery, the artist says")
_CLAUSE_OPEN = r"(?:^|(?<=[.;:!?,] )|(?<=, and )|(?<=, but ))"
# What follows "that" when it opens a clause, never a demonstrative's noun ("the cat recalls that day" is no report)
_CLAUSE_STARTS = r"(?=(?:a|an|the|it|they|he|she|we|i|there|its|their|this|one|two|three|four|five|no|from|at|in|on)\b)"
REPORTED_FRAME_RE = re.compile(rf"{_CLAUSE_OPEN}{_SPEAKER}(?: (?:also|now|firmly|clearly))? (?:{_REPORTING}){_HEARER},? that,? "
                               + _CLAUSE_STARTS)
# "Noted that ...", "Reported that ...": a note's report with its writer left out, opening its sentence
NOTED_FRAME_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:noted|reported|observed|recorded|confirmed|agreed|claimed|alleged),? that,? "
                            + _CLAUSE_STARTS)
# ", that it was driven to B, and that it ended at C": the same report's next clauses, each one more statement (a
# relative clause is never set off by a comma with "that")
NEXT_REPORTED_RE = re.compile(r"(?<=, )(?P<joint>(?:and |then |and then )?)that (?=(?:it|they|he|she|the|a|an)\b)")
# Inside a that-clause, after a place it may open on ("that from the lower left corner"): its subject, a determiner
# and up to two words before the noun, then a bare verb and where it goes; only a that-clause after a reporting or
# mandating verb, "it is essential", or "so"/"in order" is one ("the ball that the sheep push" is a relative clause)
_MANDATING = r"suggests?|suggested|recommends?|recommended|proposes?|proposed|requests?|requested|urges?|urged"
_REPORTED_THAT = (rf"\b(?:(?:{_REPORTING}|{_MANDATING}){_HEARER},? |it is (?:hereby |therefore |also )?(?!the |a |an )[a-z]+ "
                  r"|so |in order )that,? ")
_CLAUSE_SUBJECT = (_REPORTED_THAT + r"(?:(?:from|at|on|in) the (?:[a-z]+ ){0,2}[a-z]+,? )?"
                   r"(?P<subject>(?:a|an|the) (?:[a-z'-]+ ){0,2}?(?P<noun>[a-z'-]+)) ")
SUBJUNCTIVE_RE = re.compile(rf"{_CLAUSE_SUBJECT}(?P<verb>[a-z]+)(?= (?:from|to|across|through|along|past|around|over)\b)")
# "so that a car can drive", "a ball that a cat can reach": the modal after any that-clause's subject, never "a can"
# after a determiner
MODAL_CAN_RE = re.compile(r"\bthat,? (?P<subject>(?:a|an|the) (?:[a-z'-]+ ){0,2}?(?P<noun>[a-z'-]+)) can (?P<verb>[a-z]+)\b")


# "the Word says the cat ... is gone", "the prophet told us two birds fly": the same report with its "that" left out,
# read only by a verb of saying ("tells" and "told" with their hearer) and where what follows opens on a thing and holds
# a verb of its own (checked in ``_report_without_that``), so "the card says the name" or "the sign read the park" stay
_SAYING_VERBS = ("says", "said", "declares", "declared", "proclaims", "proclaimed", "teaches", "taught", "promises",
                 "promised", "swears", "swore", "insists", "insisted", "claims", "claimed")
_TELLING_VERBS = ("tells", "told")
ZERO_THAT_FRAME_RE = re.compile(
    rf"{_CLAUSE_OPEN}(?P<speaker>{_SPEAKER})(?: (?:also|now|firmly|clearly))? (?:{'|'.join(_SAYING_VERBS)}"
    rf"|(?:{'|'.join(_TELLING_VERBS)}) (?:us|me|you)),? (?=(?:a|an|the|two|three|four|five|one|no|there)\b)")
_REPORTED_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|stays?|remains?)\b")
# what makes a clause the clip's own, whoever says it: its halves, its frame ("the horse is gone in the second half")
_ABOUT_THE_CLIP = frozenset(("half", "halfway", *CLIP_NOUNS, *FRAME_WORDS))


# "the saying goes that curiosity killed the cat.", "as the old proverb has it, every dog has its day:", "there is an
# old saying: ...", "my favourite saying is that ...", "you know what they say: ...", "..., as the saying goes.": a
# saying the speaker quotes tells no part of the clip, and its clause goes whole, up to its sentence's end or the colon
# that turns to the scene ("...: a dog walks to the right"), or to a "but" that turns back to it ("..., but this cat
# walks left"); a story or rumour that "goes that" is read as a report. Only a that, colon or comma after "goes",
# "runs" or "there is a saying" brings on a quotation: "a saying on the mug", "a motto painted on the wall" are things
_SAYING_ADJECTIVES = "old|ancient|famous|wise|common|well-worn|age-old|familiar|true|good|favou?rite"
_SAYING_NAMED = (r"(?:(?:the|an?|that|this|our|my|your|his|her|their) (?:[a-z]+'s )?|[a-z]+'s )"
                 rf"(?:(?:{_SAYING_ADJECTIVES}) )*(?:[a-z]+ )?(?:{'|'.join(SAYING_NOUNS)})")
_SAYING_TOLD = (r"(?:[^.;:!?,]|,(?! (?:but|yet|though|however|and yet)\b))*")
QUOTED_SAYING_RE = re.compile(
    r"(?:^|(?<=[.;:!?] ))(?:(?:so|well|and|but|now|oh|as|like),? )*"
    rf"(?:{_SAYING_NAMED} (?:says|said|has it|had it|tells us|told us|holds|reminds us)(?: that)?[,:]?"
    rf"|(?:{_SAYING_NAMED} (?:goes|went|runs|ran)(?: (?:like this|something like))?"
    rf"|there(?:'s| is| was) {_SAYING_NAMED}"
    rf"|to quote {_SAYING_NAMED}|you know what they say|(?:as|like) they say)(?: that,?|[,:])"
    rf"|{_SAYING_NAMED} (?:is|was)(?= that|:)"
    r"(?: that)?:?) "
    + _SAYING_TOLD + r"(?:[.;:!?]+ *|, (?=but|yet|though|however|and yet)|$)")
SAYING_AFTER_RE = re.compile(rf"(?:^|(?<=[.;:!?] ))[^.;:!?,]*, (?:as|like|or so) "
                             rf"(?:{_SAYING_NAMED} (?:goes|runs|has it|says)|they say)(?=[.;!?]|$)[.;!?]* *")


def _quotes_a_saying(text: str) -> bool:
    """A cheap gate: whether ``text`` names a saying or "they say" before the patterns are tried."""
    return any(noun in text for noun in SAYING_NOUNS) or "they say" in text


# a side, a part of the frame or of the clip: what a scene tells and a saying does not ("so the saying goes that a dog
# runs to the right" frames the scene itself, and only its frame goes, as a report's)
_PLACES_IN_THE_FRAME = frozenset(("left", "right", "corner", "top", "bottom", "middle"))
_TOLD_OF_THE_CLIP_RE = re.compile(rf"\b(?:{'|'.join(sorted(_ABOUT_THE_CLIP | _PLACES_IN_THE_FRAME))})\b")


def _saying_dropped_unless_it_tells_the_clip(match: re.Match) -> str:
    """The quoted saying goes, unless it tells a side or part of the frame or clip: then it is the scene, kept."""
    return match.group(0) if _TOLD_OF_THE_CLIP_RE.search(match.group(0)) else ""


def quoted_sayings_dropped(text: str) -> str:
    """``text`` (lower case) without the sayings its speaker quotes, where the rest of it tells a thing of the scene:
    a saying that is the whole prompt, or one telling where things go, frames the scene it tells."""
    if not _quotes_a_saying(text):
        return text
    unquoted = _saying_dropped_unless_it_tells_the_clip
    rest = SAYING_AFTER_RE.sub(unquoted, QUOTED_SAYING_RE.sub(unquoted, text))
    return rest if names_a_thing(rest) else text


_SAYING_WORD_RE = any_said_re(f" {verb} " for verb in (*_SAYING_VERBS, *_TELLING_VERBS))


def _saying_without_that(text: str) -> bool:
    return _SAYING_WORD_RE.search(text) is not None


def might_report(text: str) -> bool:
    """Whether ``text`` may hold a that-clause, or a saying whose "that" is left out (most prompts hold neither)."""
    return "that" in text or _saying_without_that(text) or _quotes_a_saying(text)


def _report_without_that(match: re.Match) -> str:
    """The speaker's frame dropped where what follows is a clause about a thing of the tables (a verb of its own
    before the sentence ends), and the speaker is the voice's world, a legend, a report, a story, a word the tables do
    not know, or the clause tells of the clip ("in the second half"). A thing of the scene that speaks, "the girl says
    the dog is hers", "the parrot says the cat is coming", stays in the clip; so does "the weather report says the rain
    stops", whose clause names no thing to draw."""
    clause = re.match(r"[^.;!?]*", match.string[match.end():]).group(0)
    words = re.findall(r"[a-z]+", clause)
    has_verb = _REPORTED_VERB_RE.search(clause) is not None or any(
        VERB_KINDS.get(word) and word.endswith("s") and noun_class(word) is None for word in words[1:])
    names_a_thing = any(noun_class(word) for word in words)
    if frames_a_notice(match["speaker"]):
        return match.group(0)  # "the previous caption claimed there were three cats": a notice, read as one later
    speaker = match["speaker"].split()[-1]
    speaker_in_scene = noun_class(singular(speaker)) is not None
    if not has_verb or not names_a_thing or (speaker_in_scene and not _ABOUT_THE_CLIP.intersection(words)):
        return match.group(0)
    return ""


def _said_to_a_listener(match: re.Match) -> str:
    """The speaker's frame dropped when it is told to a listener, a person or a word the tables do not know ("tells the
    officer"); told to a thing of the scene ("the boy tells the dog that ...") the dog is in the clip, and it stays."""
    hearer = match["hearer"]
    found = noun_class(singular(hearer)) if hearer else None
    return match.group(0) if found is not None and found[1] not in HANDED_CLASSES else ""


def _one_thing_moves(noun: str, verb: str) -> bool:
    """A known thing, one of it, and a bare verb of moving: "a bird fly", never "cats walk", "a bird flies" or the past
    of hearsay, "a ball rolled", "a bird flew"."""
    return verb in VERB_KINDS and not verb.endswith(("s", "ed", "ing")) \
        and IRREGULAR_PAST.get(verb, verb) == verb and noun_class(noun) is not None and singular(noun) == noun


def _subjunctive_said_plainly(match: re.Match) -> str:
    if not _one_thing_moves(match["noun"], match["verb"]):
        return match.group(0)
    return match.group(0)[:match.start("verb") - match.start()] + third_person(match["verb"])


def _modal_said_plainly(match: re.Match) -> str:
    if not _one_thing_moves(match["noun"], match["verb"]):
        return match.group(0)
    return match.group(0)[:match.end("subject") - match.start()] + " " + third_person(match["verb"])


def reported_clauses_told(text: str) -> str:
    """``text`` (lower case) with the speakers of its reported clauses dropped and their bare or modal verbs plain."""
    text = quoted_sayings_dropped(text)  # before the reports: "the saying goes that ..." is no report of the clip
    text = MODAL_CAN_RE.sub(_modal_said_plainly, text)  # first, so that "a car can drive" is no subject "a car can"
    text = SUBJUNCTIVE_RE.sub(_subjunctive_said_plainly, text)  # while the clause still opens on its "that"
    dropped = NOTED_FRAME_RE.sub("", REPORTED_FRAME_RE.sub(_said_to_a_listener, text))
    if _saying_without_that(dropped):
        dropped = ZERO_THAT_FRAME_RE.sub(_report_without_that, dropped)
    return NEXT_REPORTED_RE.sub(r"\g<joint>", dropped) if dropped != text else dropped
