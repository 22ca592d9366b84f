"""A counted group fenced with "nothing else" is all the clip holds: "the camera shows three dogs, and nothing else".

A voice tells its scene among its own world ("Penguins fed herring at nine; the sea lions sulked. The camera shows
three dogs, start to finish, and nothing else."). Its people, animals and props may act, be plural or be known to the
object tables, so nothing about them alone says they are not in the clip; the fence does. Where a sentence counts
things and closes them with "nothing else" (or "nothing more", "not a thing besides", "not another thing"), with the
sentences right before it that count the prompt's things too, a thing named only outside them is the speaker's
world, not the clip's, whatever it does there ("a boy throws a ball. The clip shows one ball and nothing else": the
fence leaves the boy out), unless a fenced thing moves toward, past or onto it ("A red ball sits still. Two cats walk
past it, and nothing else."), or it names by a pronoun ("A table stands there. Two cats sleep under it, and
nothing else."). "Nothing else moves", "nothing more happens" fence what goes on, not what is there. A
fence said as a sentence of its own ("Nothing else.") closes the counted sentences before it, and a sentence that
counts things right after a fence adds to them ("One car, nothing else. Two dogs watch."). A known thing outside
is left out only where the fence closes a clip being presented (a colon's label or a presenting verb before the
count, "The camera shows three dogs"): in a plain scene, "A dog sleeps on a rug. Two cats play nearby, nothing more.",
the fence closes only its own sentence's group. "Nothing more than a blur" compares, and fences nothing; a thing
named after the fence in a sentence pointing back at the group ("A dog watches them.") stays; a person told as one
known already who only watches the group, "the student sees nothing else", is its audience (`fenced_watchers.py`).
A fence whose sentence tells the group by a pronoun alone, "they remain, and nothing joins them", closes the counted
sentences before it. A count inside a compound ("a one-off ticket", "a plus-one") or whose next word is a preposition
("a plus one to my cousin's wedding") counts nothing, so its sentence stays outside.

A screen, a camera or the clip fences too: a sentence that counts what it shows ("Swimmers out, flags up. Four moving
cars on the monitor.", "Penguins fed herring. The camera shows three dogs.") presents the clip, and what other
sentences name before it is the speaker's world around the screen, kept only where it is linked the same ways; a
sentence with no screen ("a man walks a dog") keeps all it names, and what is told after the screen goes on with the clip.
A sentence before the screen that tells a thing of the story acting now ("A man sits on a sofa. The TV shows two
dogs.") is the room the camera films, screen and all, so its things are drawn with the screen's; a log's verbless
states ("Kids asleep."), a state told with "are" and the speaker's own doings ("We fed the goats.") are not, and nor
is anything before the clip itself ("A chef is slicing a lemon. The footage shows two cats."), which is no thing in a
room.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import Any

from .clip_presenters import introduced_as_the_clip, presented_from
from .fenced_watchers import fenced_watchers, watching_blanked
from .motions import Motion, remove_entity
from .object_classes import noun_class, singular
from .vocabulary import COUNT_WORDS, FENCE_WORDS, NUMBER_WORDS, STATE_VERBS, VERB_KINDS, WORD_RE
from .writer_frames import PRESENTING_VERB

ClauseReader = Any  # clause_reader's ClauseReader (it imports the modules that import this one)

# the fence words, or "nothing joins them"
# ... but not "and nothing else moves", "nothing more happens": a fence on what goes on, not on what is there; nor
# "nothing more than a blur", "nothing else but": a comparison, no fence
FENCE_RE = re.compile(r"\b" + FENCE_WORDS + r"\b(?! (?:than|but)\b)"
                      r"(?! (?:(?:is|was|will|really|much) )?(?:happens?|happened|happening|changes?|changed|changing"
                      r"|moves?|moved|moving|stirs?|stirred|stirring|matters?|occurs?|occurred|goes on|going on"
                      r"|goes wrong)\b)")
# "sleep under it", "roll into it", "sit on them": a fenced sentence naming a thing said before it
_PRONOUN_RE = re.compile(r"\b(?:it|its|itself|them|their|themselves)\b")
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:they|all of them|both of them)\b")
_MOVE_RELATIONS = frozenset(("past", "toward", "away", "around", "behind", "front"))
_SENTENCE_STOP = re.compile(r"[.;!?]+(?: |$)")
# a count word standing alone: "a one-off", "a two-seater", "a plus-one" count nothing
_COUNT_WORDS = tuple(word for word in NUMBER_WORDS if word.isalpha())
_COUNT_RE = re.compile(r"(?<!-)\b(?:" + "|".join(_COUNT_WORDS) + r"|\d+)\b(?!-)")
_COUNT_WORD_SET = frozenset(_COUNT_WORDS)
_COMPOUND_WORD_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# after a count, a preposition starts what its noun is not: "a plus one to my cousin's wedding" counts no cousin
_PREPOSITIONS = frozenset("to for at in on from by with into onto toward towards about".split())
# "the projector plays one cat": a screen or a player presents what it plays; "Kid, the clip is one ball": the clip, by
# any name, is what it holds
_PLAYS_RE = re.compile(r"\b(?:plays|played|is playing|screens|screened"
                       r"|(?:clip|video|footage|film|reel|tape|recording|movie)(?:'s)? (?:is|was|holds|has))\b")

# "Four moving cars on the monitor.", "The camera shows three dogs.", "Clip: one cat walking": a sentence whose
# things a screen, a camera or the clip shows; what other sentences name is around the screen, not on it
_SHOWN_RE = re.compile(r"\b(?:on|onto) (?:the|my|our|this|a|his|her|their) (?:[a-z]+ )?(?:monitor|screen|tv|television|display)\b"
                       r"|\b(?:the|this|my|our|your|his|her|their) (?:[a-z]+ )?(?:camera|monitor|screen|tv|television|display"
                       r"|clip|video|footage|feed) (?:now |also |just |only )?(?:shows|showed|is showing|was showing|displays"
                       r"|displayed|plays|played|is playing)\b"
                       r"|\b(?:clip|video|footage):")  # "Clip: one cat walking": the label of what the clip holds


def _sentences(lowered: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence, its stop included."""
    spans, start = [], 0
    for stop in _SENTENCE_STOP.finditer(lowered):
        spans.append((start, stop.end()))
        start = stop.end()
    if start < len(lowered):
        spans.append((start, len(lowered)))
    return spans


def _fenced_spans(lowered: str, fence: re.Match, heads: set[str]) -> tuple[list[tuple[int, int]], bool]:
    """What a fence closes: its own sentence from its counted things on, or, when the fence is all its sentence says
    ("Nothing else."), nothing of its own; with the runs of sentences right before and after it that count things of
    the prompt's kinds ("Two cats. One dog. Nothing else.", "Two cats sit. One dog lies beside them, and nothing
    else.", "One car, nothing else. Two dogs watch it."). Empty where the fence closes no counted things. And whether
    the fenced sentence presents the clip (a colon's label or a presenting verb before its count)."""
    sentences = _sentences(lowered)
    index = next(i for i, (start, end) in enumerate(sentences) if start <= fence.start() < end)
    start, end = sentences[index]
    spans, presented = [], False
    if count := _COUNT_RE.search(lowered, start, fence.start()):
        fenced_from = _presented_from(lowered, start, count.start())
        spans.append((fenced_from, end))
        presented = fenced_from > start
    elif WORD_RE.search(lowered, start, fence.start()) and not _points_back_only(lowered[start:fence.start()], heads):
        return [], False
    before = index
    while before and _counts_a_thing(lowered[slice(*sentences[before - 1])], heads):
        before -= 1
        spans.append(sentences[before])
        presented = presented or _presents(lowered, *sentences[before])
    after = index + 1  # "..., nothing else. Two dogs watch.": a count said after the fence is more of the group
    while after < len(sentences) and _counts_a_thing(lowered[slice(*sentences[after])], heads):
        spans.append(sentences[after])
        after += 1
    return spans, presented


def _points_back_only(lead: str, heads: set[str]) -> bool:
    """Whether the words before a fence tell the things counted before by a pronoun and name none ("From the start to
    the end they remain, and nothing joins them"): the fence closes the sentences before, as one said alone does."""
    return bool(_SUBJECT_PRONOUN_RE.search(lead)) and not any(singular(word) in heads for word in WORD_RE.findall(lead))


def _shown_spans(lowered: str, heads: set[str]) -> list[tuple[int, int]]:
    """The sentences that count things a screen, a camera or the clip shows ("Four moving cars on the monitor."),
    from where the clip is introduced ("the screen in the shop window plays a clip of one dog": the window is where
    the screen stands), or whole where what comes before films the room ("a man walks a dog, and the camera shows two
    birds above them" keeps the man); empty where none does."""
    spans = []
    for start, end in _sentences(lowered):
        sentence = lowered[start:end]
        offset = presented_from(sentence)
        if (offset is None and not _SHOWN_RE.search(sentence)) \
                or not (_counts_a_thing(sentence, heads) or (offset is not None and _one_thing_at(sentence[offset:], heads))):
            continue
        whole = offset is None or (_films_the_room(sentence[:offset]) and not introduced_as_the_clip(sentence))
        spans.append((start if whole else start + offset, end))
    return spans


# after the screen, the speaker's world: "Then we fed the goats", "Pass me the kettle", "Rinse and spit", "Call the
# florist", "Medical notes: none", "Back to the studio"; an opening time word ("Later a dog runs in") or a thing named
# with its article ("The dog barks") is the clip's
_TIME_OPENERS = r"(?:then|now|and|but|so|meanwhile|anyway|right|ok|okay)"
_NOT_AN_ORDER = (r"(?!(?:a|an|the|this|that|these|those|it|they|he|she|there|here|later|then|soon|next|suddenly|finally"
                 r"|afterwards|after|before|at|in|on|from|with|as|when|while|once|also|meanwhile|now|one|two|three"
                 r"|four|five|six|seven|eight|nine|ten|each|every|both|all)\b)")
_SPEAKERS_WORLD_RE = re.compile(
    rf"(?:{_TIME_OPENERS},? )?(?:(?:i|we|you|let's|please|i'll|we'll|you'll|i'm|we're|you're|i've|we've|you've"
    r"|i'd|we'd|you'd|my|our|your)\b"
    rf"|{_NOT_AN_ORDER}[a-z]+(?: and [a-z]+)?(?: (?:me|us|him|her|them|the|a|an|your|my|our|this|that|up|in|out"
    r"|off|down|when|if|for|to)\b|[.!]*$)"
    r"|[a-z' ]{1,30}: |back to\b)")


def _goes_on_with_clip(sentence: str, heads: set[str]) -> bool:
    """Whether a sentence after the screen's may tell more of its clip ("Later a dog runs in.", "A dog follows them."):
    all but the speaker's world, the speaker's or the listener's own doings ("Then we fed the goats."), an order to
    the listener ("Rinse and mind the tube.", "Call the florist.") or a form's heading ("Allergies: none"), unless it
    points back at the shown things or counts more of them ("Footage: one dog, blue; one car, orange.")."""
    return (not _SPEAKERS_WORLD_RE.match(sentence.strip()) or bool(_PRONOUN_RE.search(sentence))
            or _counts_a_thing(sentence, heads))


# "A man sits on a sofa.", "The two kids are playing": a sentence opening on a thing met as the story's (an article or
# a count, no speaker's "my") and a verb of the present; "Kids asleep", "the kids are asleep", "We fed the goats" are not
_SCENE_OPENING_RE = re.compile(r"(?:(?:a|an|the)(?: (?:" + COUNT_WORDS + r"))?|(?:" + COUNT_WORDS + r"|\d+))"
                               r" (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)"
                               r" (?P<progressive>(?:is|are) (?=[a-z]{2,}ing\b))?(?P<verb>[a-z]+)\b")
_PRESENT_VERBS = frozenset(word for word in (*VERB_KINDS, *STATE_VERBS) if not word.endswith("ed"))


def _films_the_room(sentence: str) -> bool:
    """Whether the sentence tells a thing of the story acting in the present ("A man sits on a sofa.", "Two kids are
    playing"): the room the camera films around a screen, never a log line ("Kids asleep.") or the speaker's own
    doings ("We fed the goats.")."""
    opening = _SCENE_OPENING_RE.match(sentence.strip())
    if opening is None or opening.group("progressive"):
        return opening is not None  # "two kids are playing": any verb in "-ing" after "is"/"are" acts now
    verb = opening.group("verb")
    if verb not in _PRESENT_VERBS:
        return False
    plural = opening.group("noun") != singular(opening.group("noun"))
    return verb.endswith("s") != plural  # "a man sits", "two kids sit"; never "two kids sits"


def _counts_a_thing(sentence: str, heads: set[str]) -> bool:
    """Whether a count word in the sentence counts a thing of one of the kinds named ("three sleepy cats"); a compound
    word is a count only as a whole, "two", "12", never "one-off"."""
    words = _COMPOUND_WORD_RE.findall(sentence)
    return any((word in _COUNT_WORD_SET or word.isdecimal())
               and any(singular(after) in heads for after in _before_a_preposition(words[i + 1:i + 4]))
               for i, word in enumerate(words))


def _one_thing_at(presented: str, heads: set[str]) -> bool:
    """Whether what a clip presents opens on one thing of the kinds named, by its article ("a cat walking left")."""
    words = _COMPOUND_WORD_RE.findall(presented)
    return bool(words) and words[0] in ("a", "an") and any(singular(after) in heads
                                                           for after in _before_a_preposition(words[1:4]))


def _before_a_preposition(words: list[str]) -> list[str]:
    """The words up to the first preposition, where a count's noun phrase ends."""
    return next((words[:i] for i, word in enumerate(words) if word in _PREPOSITIONS), words)


def _presents(lowered: str, start: int, end: int) -> bool:
    """Whether the sentence presents its counted things as the clip ("Top pick: three sleepy cats")."""
    count = _COUNT_RE.search(lowered, start, end)
    return count is not None and _presented_from(lowered, start, count.start()) > start


def _presented_from(lowered: str, start: int, count: int) -> int:
    """Where the fenced things start: after a colon's label ("Green flag: three cats") or a presenting verb's subject
    ("the clip on the menu board shows four cars", "the projector plays one cat", "Kid, the clip is one ball") before
    the count, else at START."""
    lead = lowered[start:count]
    cuts = [colon.end() for colon in re.finditer(r": ", lead)]
    cuts += [verb.end() for verb in PRESENTING_VERB.finditer(lead) if re.fullmatch(r"[a-z]+", verb.group(0))
             and not lead[verb.start() - 1:verb.start()].isalpha() and not lead[verb.end():verb.end() + 1].isalpha()]
    cuts += [verb.end() for verb in _PLAYS_RE.finditer(lead)]
    return start + max(cuts, default=0)


# "on screen", "off camera": "on"/"off" right before a bare noun, with no article between ("a one-off ticket" is a compound)
_STATE_IDIOM_RE = re.compile(r"(?<![\w-])(?:on|off) $")


def _said_at(noun: str, lowered: str) -> list[int]:
    """Where the prompt as written says the noun; where the reading repaired its spelling ("balll", "waters" read as
    "waiters"), where the written word it was read from is. A bare noun after "on" or "off" ("on screen from start to
    finish", "off camera") says how a thing is seen, and names no thing there."""
    head = singular(noun.split()[-1])
    words = [word for word in WORD_RE.finditer(lowered)
             if not _STATE_IDIOM_RE.search(lowered[max(0, word.start() - 6):word.start()])]
    said = [word.start() for word in words if singular(word.group(0)) == head]
    if said:
        return said
    close = set(get_close_matches(head, {singular(word.group(0)) for word in words}, n=1, cutoff=0.8))
    return [word.start() for word in words if singular(word.group(0)) in close]


def _linked(reader: ClauseReader, index: int, fenced: set[int]) -> bool:
    """Whether a fenced thing moves by the thing (past, toward, around it, from one of its sides), it by a fenced
    thing, or one follows the other ("Two cats walk past it": the ball named before is what they pass)."""
    entity = reader.entities[index]
    if (entity.companion and entity.companion[0] in fenced) or any(_moves_by(m, fenced) for m in entity.motions):
        return True
    return any((other.companion and other.companion[0] == index) or any(_moves_by(m, {index}) for m in other.motions)
               for i, other in enumerate(reader.entities) if i in fenced)


def _moves_by(motion: Motion, targets: set[int]) -> bool:
    """A move past, toward, away from, around, behind or in front of one of the targets, or from one of its sides to
    another; not a place "on" or "by" it, which may be where a framing noun was read ("the clip on the menu board
    shows four cars")."""
    return motion.target in targets and (motion.relation in _MOVE_RELATIONS
                                         or bool(motion.side_start or motion.side_end))


def _points_back_after(lowered: str, fence: re.Match, places: list[int]) -> bool:
    """Whether the thing is named after the fence in a sentence that points back at the fenced ones ("One car,
    nothing else. A dog watches it.")."""
    return any(place >= fence.end() and _PRONOUN_RE.search(lowered, start, end)
               for place in places for start, end in _sentences(lowered) if start <= place < end)


def drop_outside_fence(reader: ClauseReader, lowered: str) -> bool:
    """Take out what is named only outside the counted sentences a fence closes, with a note for each; whether any."""
    if len(reader.entities) < 2:
        return False
    heads = {singular(entity.noun.split()[-1]) for entity in reader.entities}
    fence = FENCE_RE.search(lowered)
    # a screen that shows counted things presents them as the clip, as a colon's label or a presenting verb does
    spans, presented = _fenced_spans(lowered, fence, heads) if fence else (_shown_spans(lowered, heads), True)
    if not spans:
        return False
    said = [_said_at(entity.noun, lowered) for entity in reader.entities]
    fenced = {i for i, places in enumerate(said)
              if any(start <= place < end for place in places for start, end in spans)}
    watchers = fenced_watchers(reader.entities, lowered, fenced) if fence else set()  # "the student sees nothing else"
    fenced -= watchers
    if not fenced or len(fenced) == len(reader.entities) or any(
            (m.side_start or m.side_end) and m.target is None for i in fenced for m in reader.entities[i].motions):
        return False  # "One dog walks from its left to its right": a side of a thing named before, not yet told which
    # "the master waits for the student to see it": the onlooker's "it" points nobody back at the fenced things
    pointing = watching_blanked(lowered, reader.entities, fenced) if fence else lowered
    outside = [i for i, places in enumerate(said) if i not in fenced and places and not _linked(reader, i, fenced)
               and (presented or noun_class(singular(reader.entities[i].noun.split()[-1])) is None)
               and not (fence and _points_back_after(pointing, fence, places))]
    outside = sorted({*outside, *watchers})
    if not fence:  # "Two cats on the screen. A dog follows them.": what is told after the screen may go on with its clip
        shown_from = min(start for start, _ in spans)
        # "A man sits on a sofa. The TV shows two dogs.": the room around the screen is filmed too, but a clip is no
        # thing in a room ("The nurse is fetching the towel. The video shows a cat."): nothing before it is filmed
        in_a_room = not introduced_as_the_clip(next(lowered[start:end] for start, end in _sentences(lowered)
                                                     if start <= shown_from < end))
        filmed = [(start, end) for start, end in _sentences(lowered)
                  if in_a_room and end <= shown_from and _films_the_room(lowered[start:end])]
        shown_to = max(end for _, end in spans)
        filmed += [(start, end) for start, end in _sentences(lowered)
                   if start >= shown_to and _goes_on_with_clip(lowered[start:end], heads)]
        outside = [i for i in outside if not any(start <= place < end for place in said[i] for start, end in filmed)
                   and all(place < shown_from or place >= shown_to for place in said[i])]
    if outside and any(_PRONOUN_RE.search(lowered, start, fence.start() if fence and start <= fence.start() < end else end)
                       for start, end in spans):
        # "A wooden table stands there. Two cats sleep under it, and nothing else.": what "it" names is fenced too
        first = min(start for start, _ in spans)
        named_before = [i for i in outside if any(place < first for place in said[i])]
        if named_before:
            outside.remove(max(named_before, key=lambda i: max(place for place in said[i] if place < first)))
    for index in reversed(outside):
        entity = remove_entity(reader.entities, index, reader.camera)
        reader.notes = [n for n in reader.notes if f"'{entity.noun}'" not in n]
        reader.notes.append(f"'{entity.noun}' is named outside the things the prompt closes with 'nothing else'; "
                            "not drawn" if fence else f"'{entity.noun}' is named outside what the screen shows; not drawn")
    return bool(outside)
