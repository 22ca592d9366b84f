"""Where a noun sits as the writer's frame: "My phone says: two cats", "the board lists four cars", "Tonight's plate:".

A prompt told in a voice wraps its scene in the speaker's own things: the record it is read from, the device that
shows it, the dish or the page it is served on. Such a noun may be one the object tables know (a book, a phone, a
plate), so knowing it says nothing; where it sits does. These are the places a writer's frame takes, read from the
sentence's shape rather than from lists of each voice's words:

- a heading: a short noun phrase that is a sentence or a colon's lead of its own ("Tonight's plate:", "Open your
  book.", "Lot seven, a fine painting:"), but never one thing named with "a" after the first sentence ("A cat sleeps.
  A dog."), which adds it to the scene unless it is praise ("A good boy!", "A real lady."), or a speaker's possessive
  and what they own ("Chef's tip, folks:", "Chef's kiss!"), whose owned word a reading may take for the speaker's
  move; never a clause, its noun followed by a verb of its own ('A parrot says: "hello".', "A cat naps: ..."), whose
  speaker or actor is in the scene, nor what a verb before it shows ("The TV shows a dog.");
- what is said, read, written in or followed ("say a few words about", "follow these directions", "here's our book:",
  "so it is written in the stars:", "the story is about"), unless a reader in the scene holds it ("a man reads a
  book") or it moves ("follow the ball");
- how the listener is bidden to say the words ("say it with a smile", "read it out with a grin"): the manner of
  their speaking, no thing in the clip;
- the writer's or reader's own ("my paper", "our map", "your phone"), unless it moves of itself or rolls ("my cat");
- the subject, known or owned, of a verb that presents or reports what its own clause holds ("the card shows two
  cats", "the readout lists four cars", "the policeman states ..."), never one of seeing or handing over; an
  instrument's registering, "the radar confirms two cars", "sensors register one cat", is such a report where its
  subject is no thing that moves of itself ("a dog detects a cat" is a scene), and so is handing the speaker or the
  listener what its clause holds, "the RNG gives us three birds" ("the waiter brings us two plates" may be a scene),
  and so is having readied it before the clip, "the chef has prepared a moving car" ("the chef prepares a salad" is a
  scene, and so is one who goes on to act, "the girl has chosen a kite and flies it");
- a bare plural that reports what its clause holds ("Sources say four dogs ...", "insiders tell me"), or that the
  speaker addresses, set off by commas ("Darlings, ...", "..., darlings, and nothing else", "Wake up, people!": an
  irregular plural too, and what the clause asks of them is no act of theirs);
- outside the group a prompt closes with "and nothing else" ("Entered in the book: two cars, and nothing else");
- the subject of an opening sentence that is only it and a verb moving nothing ("The vision clears. Two cats ..."):
  the speaker's aside, never a thing that moves of itself or rolls.

A position alone never takes a noun out: `scene_participants` drops it only when the reading also finds it doing
nothing (no move, count, colour, relation or listing of its own), so "my dog runs" and "a dog sits on my book" keep
theirs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .object_classes import head_pattern, head_template, word_pattern
from .vocabulary import CLIP_NOUNS, FENCE_WORDS, NUMBER_WORDS, SHOWING_VERBS, SHOWN_AS_SO, VERB_KINDS
from .word_guessing import IRREGULAR_PAST, third_person_form

HEADING = "heads the prompt as the writer's label"
SAID = "is what the speaker says, reads or follows"
OWN = "is the speaker's or the listener's own"
PRESENTER = "presents what the prompt tells"
OUTSIDE = "is outside the group the prompt closes with 'nothing else'"
ADDRESSED = "is the listeners the speaker addresses"
SAID_SO = "is how the listener is bidden to say the words"
ASIDE = "is the speaker's own aside, a sentence of its own that moves nothing in the scene"

_DETERMINER = r"(?:the|a|an|my|our|your|his|her|its|their|this|that|these|those|some|next|today's|tonight's)"
# A noun phrase ending in the head: "the next record", "a few short words", "tonight's plate"
_PHRASE = rf"(?:{_DETERMINER} |[a-z]+'s )?(?:a few |a couple of |few )?(?:[a-z'-]+ ){{0,2}}?HEAD(?:e?s)?\b"
# "say", "read out", "follow", "here's": verbs whose object is the speech, page or instructions themselves
_SAYING_WORDS = (r"say|says|said|saying|speak|speaks|read|reads|reading|recite|recites|tell|tells|told|write|writes|wrote"
                 r"|follow|follows|heed|heeds|obey|hear|hears|open|opens|check|checks|consult|raise|raises|propose|proposes"
                 r"|sing|sings|share|shares|enjoy|here's|here is|here are|this is|that's|into|written in|written on")
_SAYING = rf"(?:{_SAYING_WORDS}) (?:out |aloud |up )?"
SAYING_VERB = re.compile(_SAYING_WORDS)
# "say it with a smile", "sing it out with a grin", "read this with feeling": how the listener is bidden to say the
# words, no thing in the clip. A bidding opens its clause; anywhere else only a manner is how it is said ("he reads
# it with gusto"), and "reads it with a flashlight" keeps the flashlight; only verbs of speaking say it ("Open it with
# a key." keeps the key, so the frame's wider list of saying words is not used here)
_MANNER_HEADS = (r"(?:smile|grin|feeling|gusto|passion|emotion|conviction|heart|soul|love|pride|joy|flair|style"
                 r"|confidence|care|energy|enthusiasm|expression|attitude|sass|swagger|sincerity|warmth|voice|accent)")
_SPEAKING_WORDS = (r"say|says|said|speak|speaks|read|reads|recite|recites|tell|tells|sing|sings|shout|shouts"
                   r"|whisper|whispers|announce|announces")
_SAID_IT_WITH = (rf"(?:{_SPEAKING_WORDS}) "
                 r"(?:it|this|that|them|these|those)(?: (?:out|aloud|back|again|loud|softly|proudly))? "
                 r"with (?:a |an |your |some |real |great )?(?:[a-z'-]+ )?")
SAID_WITH = (r"(?:(?:^|(?<=[.;:!?,] )|(?<=\bjust )|(?<=\bnow )|(?<=\bplease ))" + _SAID_IT_WITH
             + r"HEAD(?:e?s)?\b|\b" + _SAID_IT_WITH + r"(?=" + _MANNER_HEADS + r"(?:e?s)?\b)HEAD(?:e?s)?\b)")
# "the story is about", "a few words about": the frame names its topic
_ABOUT = r"\bHEAD(?:e?s)? (?:is |are |was )?(?:all )?about\b"
# "the card shows", "the readout lists", "the policeman states", "the authors claim": a verb that presents, reports or
# claims what follows, never one of seeing or handing over ("a boy sees two dogs", "a waiter brings two plates" are
# scenes); "reads" only with "out" or a colon ("the student reads out", "the display reads:"), as "a boy reads two books"
# is a scene too
_PRESENTING = (r"(?:shows?|showed|shown|lists?|listed|says|said|reports?|reported|records|recorded|notes|noted|states"
               r"|stated|mentions|describes|described|tells|told|writes|wrote|announces|announced|presents|features"
               r"|displays|depicts|recommends|suggests|promises|predicts|logs|logged|testifies|claims?|claimed|argues?"
               r"|argued|asserts?|asserted|insists?|insisted|maintains?|contends?)")
PRESENTING_VERB = re.compile(rf"{_PRESENTING}|reads")
# "sensors register one cat", "the radar confirms two cars", "our instruments detect a bird": an instrument's or a
# source's verb of registering what its clause holds, a report when its subject is no thing that moves of itself ("a dog
# detects a cat" is a scene)
_REGISTERING = (r"(?:registers?|registered|confirms?|confirmed|detects?|detected|indicates?|indicated"
                r"|verif(?:y|ies|ied))")
REGISTERING_VERB = re.compile(_REGISTERING)
# "the RNG gives us three birds", "today's seed hands you two cars": a source handing the speaker or the listener what
# its clause holds, read as a report when its subject is no thing that moves of itself ("the waiter brings us two
# plates" may be a scene)
_HANDING = r"(?:gives?|gave|hands?|handed|deals?|dealt|serves?|served|brings?|brought|throws?|threw|sends?|sent)"
HANDED_TO_SPEAKER = rf"{_HANDING} (?:us|you|me)\b"
# ... of which these hold up what they present to be seen, as a person or an animal may in the scene itself
_SHOWING_VERB = re.compile(SHOWING_VERBS)
_SHOWN_AS_SO = re.compile(SHOWN_AS_SO)
# ... and whoever shows a clip to others ("my uncle showed the twins a movie", "the nurse shows the patients a
# film"), which only one there with them does, whether or not the tables know the word
_SHOWS_A_CLIP_TO = (rf"\bHEAD(?:e?s)? (?:[a-z]+ly )?{SHOWING_VERBS} {_DETERMINER} (?:[a-z'-]+ )?[a-z'-]+ "
                    rf"(?:a|an|the|this|that|some) (?:[a-z'-]+ )?(?:{'|'.join(CLIP_NOUNS)})\b")


def shows_a_clip_to_others(noun: str, lowered: str) -> bool:
    """Whether NOUN shows a clip to others in LOWERED: one in the scene, never the clip's frame."""
    return head_pattern(_SHOWS_A_CLIP_TO, noun.split()[-1]).search(lowered) is not None

# "the teacher shows a ball rolling", "a ranger holds up two pine cones": one that opens a sentence showing or holding
# up a thing is someone in the scene, whatever their work is called (one who points at a moving thing is left to the
# older rules: read as the subject of the move, it would take the thing's move);
# a picture, a screen or a tale that shows one only frames it ("the clip shows a ball", "the story shows a cat")
_HOLDS_UP_A_THING = (r"(?:^|[.!?;] )(?:the|a|an) HEAD (?:[a-z]+ly )?(?:(?:has|had) )?(?:shows|showed|shown|presents"
                     r"|presented|holds up|held up) (?:a|an|the|some|two|three|four|five|\d+)\b")
FRAMES_WHAT_IT_SHOWS = frozenset((
    "clip video film footage movie screen story picture photo photograph image frame scene tv television monitor "
    "slide slideshow book map diagram chart poster display animation drawing painting sign page screenshot camera "
    "recording reel tape documentary programme program show episode feed cartoon comic article report tale").split())


def holds_up_a_thing(noun: str, lowered: str) -> bool:
    """Whether NOUN, no picture or screen, opens a sentence of LOWERED showing or holding up a thing: the one who
    shows stands in the scene with it, so a noun the tables do not know is read as someone there."""
    head = noun.split()[-1]
    if head in FRAMES_WHAT_IT_SHOWS or head in CLIP_NOUNS:
        return False
    return head_pattern(_HOLDS_UP_A_THING, head).search(lowered) is not None


# "the tv shows a dog", "the screen plays two small cats": a verb of showing right before the noun's phrase
_SHOWN_BEFORE = re.compile(r"\b(?:shows|showed|displays|displayed|plays|played|features|depicts|presents) "
                           r"(?:(?:a|an|the|some|\d+|" + "|".join(NUMBER_WORDS) + r") )?(?:[a-z'-]+ ){0,2}$")
# ... followed by what it presents: a noun phrase or a colon ("the bird reported on the left of the dog" is the bird's)
_PRESENTED = (r"(?: (?:out|up|aloud|back|of))?(?: (?:me|us|you)(?= \S+ \S))?"
              r" (?:a|an|the|some|no|few|several|that|these|those|\d+|one|two|three|four|five|six)\b|:")
# ... by a noun said as one already known or owned: "a teacher shows" brings a teacher in, "the board shows" frames
# ("the paper in my hand says": a place phrase may stand between them)
# ("the tale i tell shows them": the speaker's own relative clause may stand between them, and what it shows may be
# the things told before it, named by a pronoun)
def _subject_presents(verbs: str) -> str:
    """The known or owned subject of one of ``verbs`` that reports its clause: one pattern for the presenting verbs
    alone and one with the registering verbs too, built from the same shape so the two never drift apart."""
    return (rf"\b(?:the|this|that|my|our|your|his|her|their|[a-z]+'s) (?:[a-z'-]+ ){{0,2}}?HEAD(?:e?s)? "
            r"(?:(?:in|on|at|from|by) (?:the|my|our|your|his|her|their) [a-z]+ )?"
            r"(?:(?:that |which )?(?:i|we) [a-z]+ )?(?:[a-z]+ly )?(?:also |now |just )?(?:(?:have|has|had) )?"
            rf"(?P<verb>{verbs}(?={_PRESENTED}|(?P<pointing> (?:them|it)\b))|reads(?= out| aloud|:))")


# "the chef has prepared a moving car", "the host has selected two cats": readied before the clip, what a perfect
# verb of readying holds is presented ("the chef prepares a salad" is a scene)
READYING_WORDS = r"(?:prepared|arranged|selected|chosen|picked out|put together|readied|laid on)"
_READYING_VERB_RE = re.compile(READYING_WORDS)
_READIED = rf"(?:(?<=\bhas )|(?<=\bhave )|(?<=\bhad )){READYING_WORDS}"
# ... unless its subject goes on to act: "the girl has chosen a kite and flies it", "..., then flies it", "... a kite.
# she flies it", "..., and she carries it", "..., then he kicks it" (", though it ..., when it arrives and stays" is the
# thing's); looked for within a bounded reach, so it stays linear however often a prompt repeats the readying
ACTS_AFTER_READYING = re.compile(r"[^.;:,!?]{0,120}?(?:, ?)?\b(?:and|then)(?: then| now)? (?!(?:a|an|the|it|its|they"
                                 r"|there|one|two|three|four|five|\d+)\b)[a-z]+s\b"
                                 r"|[^.;!?]{0,240}[.;!?] (?:he|she|they)\b"
                                 r"|[^.;!?]{0,240}?(?:,|\band\b|\bthen\b) (?:and |but |so |then |and then )?(?:now )?"
                                 r"(?:he|she) [a-z]+(?:s|ed)\b")
_SUBJECT_PRESENTS = _subject_presents(rf"(?:{_PRESENTING}|{_READIED})")
_SUBJECT_PRESENTS_OR_REGISTERS = _subject_presents(rf"(?:{_PRESENTING}|{_READIED}|{_REGISTERING}|{HANDED_TO_SPEAKER})")


def _bare_subject_reports(verbs: str) -> str:
    """A bare plural subject of "say", "tell me" or one of ``verbs``: built from one shape for the presenting verbs
    alone and for those with the registering verbs, as `_subject_presents` is."""
    return rf"(?:^|[.;:!?,] )HEAD(?:e?s) (?:also |now |just )?(?P<verb>say|tell (?:me|us|you)|{verbs})\b"


# "Sources say four dogs ...", "witnesses tell me": a bare plural that reports what its clause holds, as a sentence's
# or a clause's subject (the unnamed many a gossip or a report cites, never a thing the scene shows)
_BARE_SUBJECT_REPORTS = _bare_subject_reports(_PRESENTING)
_BARE_SUBJECT_REPORTS_OR_REGISTERS = _bare_subject_reports(rf"(?:{_PRESENTING}|{_REGISTERING})")
# "Darlings, ...", "..., darlings, and ...": a bare plural set off by commas at a sentence's start or a clause's end is
# the listeners the speaker addresses; one a list goes on after ("two boxes, crates, and a ball", "Crates, barrels and
# a cat") is a thing
_ADDRESSED = (r"(?:^|[.;:!?] )HEAD(?:e?s),(?! [a-z]+,? (?:and|or)\b)|, HEAD(?:e?s)(?=[.;:!?]|$|,(?! (?:and |or )?(?:an?|the|some|"
              r"\d+|"
              + "|".join(NUMBER_WORDS) + r")\b))"
              r"|(?:^|[.;:!?,] )(?:ye|you) (?:[a-z]+ )?HEAD(?:e?s)[,:!]")  # "Arr, ye dogs, look": called to, not shown
# "my paper", "our helicopter", "your phone": the speaker's or the listener's own
_OWNED = r"\b(?:my|our|your) (?:[a-z'-]+ ){0,2}?HEAD(?:e?s)?\b"
# "chef's tip", "the coach's advice": the word the noun owns
_POSSESSED = r"\bHEAD's ([a-z]+)\b"
# A sentence or a colon's lead: the noun is its last word, with at most five words before it
# ("On the board today:", "Lot seven, a fine painting:", "Open your book."), or its possessive and what it owns
# ("Chef's tip, folks:", "Chef's kiss!"), or its copula and two words that describe it
# ("The picture is grainy but honest:")
_HEADING = (r"(?:^|[.;:!?] )(?:[a-z'-]+,? ){0,5}?HEAD(?:(?:e?s|'s)?(?:(?:,? [a-z0-9'-]+){0,2}:|[.!])|'s [a-z'-]+[.!]"
            r"|(?:e?s)? (?:is|are|was|were) [a-z'-]+,? (?:but|and|yet|though) [a-z'-]+:)")
# "The vision clears.", "The mists part.": a prompt opening on a sentence of its subject and one verb alone
ASIDE_SENTENCE = r"^the HEAD(?:e?s)? (?P<verb>[a-z]+)[.;!]"
# "A dog: always there.", "A bird: visible throughout.": a colon whose tail tells the noun's own presence is a field
# of that thing, no label over what follows ("Our map: there are two cats." heads a scene); its lead names one thing
# with an article or a count ("Requirements: in the frame ..." is a label)
_PRESENCE_AFTER_COLON = re.compile(r"(?:always |still |ever |only |not )?(?:there|here|present|visible|absent|missing"
                                   r"|gone|in view|in shot|in frame|in the frame|in sight|on screen|on-screen)"
                                   r"(?=[.,;!?]|$| (?:throughout|all|the whole|the entire|at|in|from|for|until|till"
                                   r"|during|now|again|too|the)\b)")
# "The goal: in view at all times is a bird": the presence told is of a thing named after it, in the same sentence
_PRESENCE_OF_A_LATER_THING = re.compile(r"[^.;!?]*? (?:is|are) (?:a|an|the|one|two|three|four|five|\d+) ")
_THING_LEAD = re.compile(r"(?:[.;:!?] )?(?:a|an|the|one|two|three|four|five|\d+) ")
# "A cat sleeps on the sofa. A dog.", "...: an old horse.": a bare noun phrase with "a" after a sentence or a colon
# names one more thing of the scene, as a list does; a label heads the prompt or has no "a" ("Tonight's plate.")
_LATER_THING_NAMED = re.compile(r"[.;:!?] (?:and |also |plus )?(?:a|an|one|another) (?:[a-z'-]+ ){0,2}[a-z'-]+[.!]$")
# "A good boy!", "A real lady.", "A star!": praise of a thing told before, a heading of the writer's, never one more
_PRAISE_HEADS = frozenset(("star", "pro", "legend", "hero", "champ", "champion", "natural", "beauty", "gem", "treasure",
                           "sweetheart", "darling", "angel", "keeper", "winner", "charmer", "trooper", "sweetie",
                           "stunner", "marvel", "delight", "sport", "genius", "cutie", "showstopper"))
_PRAISED_PERSON = re.compile(r"\b(?:good|real|true|clever|brave|fine|proper|perfect|sweet|such a) (?:boy|girl|lady"
                             r"|gentleman|lad|lass|fellow|chap)[.!]$")


def _praise(heading: str) -> bool:
    """Whether a bare noun phrase is praise ("a good boy!", "a real lady.", "what a star!") rather than a thing."""
    return heading.rstrip(".!").rsplit(" ", 1)[-1] in _PRAISE_HEADS or _PRAISED_PERSON.search(heading) is not None


_CLOSING_GROUP = re.compile(r"\b(?:" + FENCE_WORDS + r"|that'?s all|that is all)\b")
_SENTENCE_STOP = re.compile(r"[.;:!?](?: |$)")
# Where what a verb presents ends: "the girl reads the paper as three birds fly past" presents only the paper
_CLAUSE_END = re.compile(r"[.;!?](?: |$)|,? \b(?:while|as|when|whilst|until|before|after|but|and then)\b")


class FramePosition(NamedTuple):
    role: str
    verb: str = ""  # the verb presenting or saying the noun: a move the reader gave the noun for it is the frame's
    speaker: str = ""  # the word before a verb of saying or reading: "a man reads a book" keeps a man's book
    shows: bool = False  # a colon's heading or what is said, whose things are shown on it: "Scribbled on my paper:"


def frame_position(noun: str, lowered: str, scene_heads: list[str], self_moving: bool = False) -> FramePosition | None:
    """The writer's frame NOUN sits in, if any; SCENE_HEADS are the last words of the nouns that take part. A
    SELF_MOVING noun (a person, an animal, a vehicle, a ball) is not made the speaker's frame by being theirs or by
    being followed: "my cat", "follow the ball"."""
    head = noun.split()[-1]
    holds_up = self_moving or shows_a_clip_to_others(noun, lowered) or holds_up_a_thing(noun, lowered)
    subject_presents, bare_subject_reports = ((_SUBJECT_PRESENTS, _BARE_SUBJECT_REPORTS) if self_moving
                                              else (_SUBJECT_PRESENTS_OR_REGISTERS, _BARE_SUBJECT_REPORTS_OR_REGISTERS))
    for presenting in head_pattern(subject_presents, head).finditer(lowered):
        if holds_up and _SHOWING_VERB.fullmatch(presenting.group("verb")) \
                and not _SHOWN_AS_SO.match(lowered, presenting.end()):
            continue  # "the girl shows two dogs running": one who shows things stands with them ("states" reports)
        if _READYING_VERB_RE.fullmatch(presenting["verb"]) and ACTS_AFTER_READYING.match(lowered, presenting.end()):
            continue
        presented = _CLAUSE_END.split(lowered[presenting.end():], 1)[0]  # "the board lists four cats."
        told_before = presenting["pointing"] and any(
            word_pattern(rf"\b{re.escape(other)}").search(lowered[:presenting.start()]) for other in scene_heads)
        if told_before or any(word_pattern(rf"\b{re.escape(other)}").search(presented) for other in scene_heads):
            return FramePosition(PRESENTER, presenting.group("verb"))
    for reporting in head_pattern(bare_subject_reports, head).finditer(lowered):
        reported = _CLAUSE_END.split(lowered[reporting.end():], 1)[0]
        if any(word_pattern(rf"\b{re.escape(other)}").search(reported) for other in scene_heads):
            return FramePosition(PRESENTER, reporting.group("verb"))
    if is_addressed(noun, lowered):
        return FramePosition(ADDRESSED)
    saying_the_noun = word_pattern(rf"(?:\b([a-z]+) )?\b(?P<verb>{_SAYING}){head_template(_PHRASE, head)}")
    if not self_moving and (said := saying_the_noun.search(lowered)):
        return FramePosition(SAID, said["verb"].split()[0], said.group(1) or "", shows=True)
    if not self_moving and "with" in lowered and head_pattern(SAID_WITH, head).search(lowered):
        return FramePosition(SAID_SO)
    heading = head_pattern(_HEADING, head).search(lowered)
    if heading and not _names_scene_things(heading.group(0), scene_heads) \
            and not _acts_before_colon(heading.group(0), head) and not _shown_by_a_verb(heading.group(0), head) \
            and not (_LATER_THING_NAMED.match(heading.group(0)) and not _praise(heading.group(0))) \
            and not _presence_after_colon(heading, lowered):
        return FramePosition(HEADING, possessed_word(head, heading.group(0)), shows=heading.group(0).endswith(":"))
    if not self_moving and head_pattern(ASIDE_SENTENCE, head).search(lowered):
        return FramePosition(ASIDE)
    if head_pattern(_ABOUT, head).search(lowered):
        return FramePosition(SAID)
    if not holds_up and is_owned(noun, lowered):
        return FramePosition(OWN)
    if _outside_closed_group(head, lowered, scene_heads):
        return FramePosition(OUTSIDE)
    return None


def possessed_word(noun: str, lowered: str) -> str:
    """The word said as the noun's own right after its possessive ("chef's tip:", "the coach's advice"), which a
    reading may take for the noun's move; "" when there is none."""
    owned = head_pattern(_POSSESSED, noun.split()[-1]).search(lowered)
    return owned.group(1) if owned else ""


def is_owned(noun: str, lowered: str) -> bool:
    """Whether the noun is said as the speaker's or the listener's own ("let your gaze rest on", "my paper")."""
    return head_pattern(_OWNED, noun.split()[-1]).search(lowered) is not None


def is_addressed(noun: str, lowered: str) -> bool:
    """Whether the noun is a bare plural the speaker calls to ("Wake up, people!", "Folks, ..."): what the clause it
    closes or opens asks is asked of the listeners, no move of a thing in the scene."""
    return head_pattern(_ADDRESSED, noun.split()[-1]).search(lowered) is not None


def _acts_before_colon(heading: str, head: str) -> bool:
    """Whether a colon's lead is a clause: its head followed by a verb of its own ('A parrot says: "hello".', "A dog
    sits: ..."). A label is a noun phrase; a thing that speaks or acts is in the scene, whatever follows the colon,
    but one that only saw or told what the colon brings on ("A boy saw it: ...") frames it."""
    after = word_pattern(rf"\b{re.escape(head)}(?P<plural>e?s)? (?P<verb>[a-z]+)(?: (?P<object>[a-z]+))?:").search(
        heading)
    if after is None or after["object"] in ("it", "this", "that", "them", "these", "those"):
        return False
    verb = after["verb"]  # after one thing an -s word is its verb; "the Misses Muffins:" is a name
    return verb in VERB_KINDS or verb in IRREGULAR_PAST or PRESENTING_VERB.fullmatch(verb) is not None \
        or SAYING_VERB.fullmatch(verb) is not None or (not after["plural"] and third_person_form(verb))


def _presence_after_colon(heading: re.Match, lowered: str) -> bool:
    """Whether a colon's lead is followed by the thing's own presence ("A dog: always there."): the colon gives that
    thing's field, so what leads it is the thing itself, no writer's label."""
    return heading.group(0).endswith(":") and _THING_LEAD.match(heading.group(0)) is not None \
        and _PRESENCE_AFTER_COLON.match(lowered, heading.end() + 1) is not None \
        and _PRESENCE_OF_A_LATER_THING.match(lowered, heading.end() + 1) is None


def _shown_by_a_verb(heading: str, head: str) -> bool:
    """Whether the noun is what a verb before it shows ("The TV shows a dog."): what a screen or a clip shows is the
    scene, never the writer's heading."""
    before = heading[:word_pattern(rf"\b{re.escape(head)}").search(heading).start()]
    return _SHOWN_BEFORE.search(before) is not None


def _names_scene_things(heading: str, scene_heads: list[str]) -> bool:
    """Whether the heading's sentence names a scene thing before the noun ("Two cats and a book.": a list)."""
    return any(word_pattern(rf"\b{re.escape(other)}").search(heading) for other in scene_heads)


def _outside_closed_group(head: str, lowered: str, scene_heads: list[str]) -> bool:
    """Whether the prompt closes a group with "nothing else" and the noun is said in no sentence of that group: the
    sentences from the first one naming a scene thing to the closing words."""
    closing = _CLOSING_GROUP.search(lowered)
    if closing is None:
        return False
    starts = [0] + [stop.end() for stop in _SENTENCE_STOP.finditer(lowered, 0, closing.start())]
    first_thing = min((m.start() for other in scene_heads
                       if (m := word_pattern(rf"\b{re.escape(other)}").search(lowered))),
                      default=None)
    if first_thing is None or first_thing > closing.start():
        return False
    group_start = max(start for start in starts if start <= first_thing)
    mention = word_pattern(rf"\b{re.escape(head)}(?:e?s)?\b").search(lowered)
    return mention is not None and (mention.start() < group_start or mention.start() > closing.end())
