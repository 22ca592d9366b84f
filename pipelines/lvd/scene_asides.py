"""The speaker's asides around a told scene, dropped before reading: an opening tease or call, a parting word, a
cheer, a forecast, a writer's note on the prompt's purpose (a status of coming in is `coming_statuses`', called here).

Most are a sentence of its own before or after the sentences that tell the scene, so only a prompt of more than one
sentence can hold them; a writer's note (", tests timing.") is a clause closing the scene's own sentence, and a status
may head it ("Arriving soon: a dog runs"), so those two, and a closing bid to go along, are looked for in a prompt of
one sentence too. They live apart from the address and the call's frame (`addresses_and_closings`) because each is
told apart by where it sits, first or last, and by what the rest of the prompt tells.

- An opening question or denial on "the" thing or "it" before the next sentence brings that thing in ("Did the cat
  do it? A lively cat runs ...", "The dog won't look at the camera. A dog walks ...", "Which way's that ball going?
  From the left side to the right side, a ball ...", "Where's the ball, kids? There it is! One ball ...", its crowd and
  the cry pointing at the thing with it) teases what is coming: it is
  told once, by the sentence that brings it in; one with a place, time, count or colour, or on another thing, stays,
  and so does a denial of a move ("The ball does not move.") or one the next sentence points back at ("... stops next
  to it"): each tells a still thing of its own.
- A parting word in a last sentence of its own after the scene is told ("Stay together out there.", "Step by step, you
  arrive.", "Good fortune follows the curious.", "May the road rise to meet you."): a motto, a blessing or a farewell,
  naming no thing, no pronoun for one, no place, time, count, colour, speed, view or setting, and nothing the clip
  holds; any of those keeps it ("Then it stops.", "Slowly.", "In a park."), and so does a sentence opening on a
  determined noun, "The bell rings.", which tells of a thing the tables may not know, and a verb the planner reads as
  a move, a stop, an arrival or an exit told with no subject ("Rolls.", "Exits.", "Comes to a halt."), or any -s verb
  on a determined thing, a stage direction with its subject left out ("Licks the bowl."). Such a verb
  is a motto's only when an idea or the listener does it ("Luck follows the brave.", "Together we rise.") or the
  listener is bid do it ("Stay close out there.").
- A narrator's remark on the story's suspense, a sentence of its own anywhere ("The mystery deepens!", "The plot
  thickens.", "The tension mounts!"): its subject, one of a closed list of a story's suspense, only grows stronger
  and names no thing; any other subject ("The pile grows.") is a thing that grows, and stays.
- A bid closing the prompt that the listener go along with what was told, its verb bare, in a sentence or a clause of
  its own ("..., bounce with it all.", "Just roll with it, folks!"): "it" is the whole scene, and nothing bounces;
  after a thing is picked up or held, "Run with it, boy!" is a carry.
- A cheer closing the prompt in a sentence of its own, a verb of doing a thing well on a bare "it" ("Smash it.", "Nail
  it!", "Go crush it, team."): the maker is wished luck with the clip, and no thing is smashed.
- A writer's note closing the prompt on what it is for, its subject the prompt ("..., tests timing.", "; this checks
  the order of stops.", "Which probes counting."), names no thing; one whose object is a thing or a place
  ("..., tests the soup", "..., tests the water"), or the doer's own ("..., checks his pulse"), stays.
- A forecast closing the prompt of how the show will go down ("It'll be a riot.", "This is going to be a real hoot,
  folks!"): "it" is the whole scene, and what it is called, a word the tables do not know, no thing; a plain "It is
  going to be a chick." after a thing "it" can be is what that thing becomes, kept when the planner could draw it.
- A remark closing the prompt on the place or the work the scene is told in, a clause or a sentence of its own, after
  the scene is held whole in view ("..., nothing else, and the studio is buzzing!", "... start to finish, so the
  canvas stays tidy."): its subject, "the" or "this" with a noun the tables do not know said nowhere else, is only
  said to be or stay some way, no place, time, colour, size or move, so it is no thing of the clip; with no such
  fence ("A dog walks to the right, and the owner stays seated."), a posture only a body takes ("Two dogs in view the
  whole time, and the owner stays seated."), a known thing ("the dog stays calm") or a tie to
  the scene ("the zorblax stays still") it is kept.
- A call opening the prompt in a sentence of its own, said over and over to the crowd ("Hurry, hurry!", "Come in, come
  in!", "Run, run, run!", after the crowd's name, "Ladies and gentlemen, hurry, hurry!") or around the name of a thing
  the prompt tells again after it ("Roll, ball, roll!", "Go, little dog, go!", its pet name, "Run, doggy, run!"),
  cheers the scene on when the rest tells a move of its own for the thing called: it adds no move, and the thing
  called is the one told after it. A call that names a place, a count or a colour ("Left, left!", "Two
  cats, two cats!"), or a thing told nowhere else, stays, and so does one whose verb is the only move told ("Run,
  run! A dog on the right.", "Roll, ball, roll! A cat watches the ball.").
- A notice closing the prompt of what comes after the clip, a clause or a sentence of its own ("...; reception to
  follow.", ", more to come!", "Refreshments follow.", "; to follow."): its subject is an event of a closed list, or
  there is none, so nothing follows anything; any other subject, known to the tables or not ("; the dog to follow.",
  "a police officer follows", "his friends follow"), is a thing that follows, and stays.
- A name or blessing said after an "it" clause for a thing already there goes by `after_clause_names.py`.
- A cry of wonder at how a thing told moves ("My, how it runs!") and a credit given to a thing for a move told ("Credit
  to him, lovely little run.") go by `admiring_remarks.py`.
"""

from __future__ import annotations

import re

from .admiring_remarks import CREDIT_GATE, NO_MOVE_KINDS, credits_dropped, wonder_cries_dropped
from .after_clause_names import names_after_clauses_dropped
from .coming_statuses import coming_status_dropped
from .commentary_voice import audience_dropped
from .companions import PREPOSITIONS
from .object_classes import HANDED_CLASSES, brought_in, kind_pattern, names_a_thing, noun_class, singular
from .rewrite_text import spaces_tidied
from .scene_words import SCENE_WORDS
from .story_voices import PET_FORMS
from .vocabulary import (
    CAMERA_WORDS,
    CLIP_NOUNS,
    COLORS,
    DEFINITE,
    EXIT_VERBS,
    FRAME_WORDS,
    HEIGHT_WORDS,
    INDEFINITE,
    MATERIAL_WORDS,
    NEGATED_WORDS,
    NUMBER_WORDS,
    PRONOUNS,
    SEQUENCE_WORDS,
    SIZE_FACTORS,
    SPEED_WORDS,
    STOP_WORDS,
    VERB_KINDS,
    looks_like_modifier,
)
from .word_guessing import fallback_object_word, third_person_form

# the last sentence after at least one before it; "?" too, so "Who knows where luck leads?" is one
PARTING_SENTENCE_RE = re.compile(r"(?<=[.!?] )(?P<said>[^.!?;:]+)[.!?]+\s*$")
# words that tie a sentence to the scene, so it is no parting word: a place or side, a time, a quantifier for a thing
# told, a negation, being there or gone ("Second half? Gone."); the verbs, pronouns, counts and views are the tables'
_SCENE_TIES = frozenset(
    "left right top bottom upper lower corner middle centre center side edge across along toward towards away back off "
    "around above overhead below aerial up down into onto over under behind beside near past through inside outside "
    "start end half first second last beginning finish moment time whole halfway midpoint meanwhile now again until "
    "till before after while when once throughout both each either neither none nothing nobody no never else only all "
    "every everything something anything other same here gone present visible invisible empty still its their theirs "
    "ones another".split())
# a sentence opening on a determined noun, "The bell rings.", tells of a thing, known or not, never a motto; "your"
# speaks to the listener ("Your road awaits.")
_THING_OPENINGS = (DEFINITE | INDEFINITE) - {"your"}


def ties_to_the_scene(word: str) -> bool:
    """Whether ``word`` ties a sentence to the clip: a place, time, pronoun, count, colour, speed, view or setting."""
    return (word in NEGATED_WORDS or word in _SCENE_TIES or word in PRONOUNS or word in NUMBER_WORDS or word in COLORS
            or word in SPEED_WORDS or word in HEIGHT_WORDS or word in SCENE_WORDS or word in CAMERA_WORDS
            or word in FRAME_WORDS or word in CLIP_NOUNS or word in SEQUENCE_WORDS)


_LISTENER = frozenset(("you", "we", "i"))


def _verb_of_the_scene(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a verb the planner reads (a move, a stop, an arrival, an exit, a fade) told of the
    clip: with no subject, the terse voice's "Rolls.", "Comes to a halt.", or after a word of the scene's. Not where
    the listener does it ("you arrive"), a word naming no thing does ("Luck follows the brave."), the listener is bid
    do it ("Stay together out there.": an opening bare form with words after it) or it is a noun ("step by step")."""
    verb = words[index]
    if verb not in VERB_KINDS and verb not in EXIT_VERBS:
        return False
    before = [word for word in words[:index] if not looks_like_modifier(word)]  # "Slowly rolls."
    if not before:
        return len(words) == 1 or (f"{verb}s" not in VERB_KINDS and f"{verb}es" not in VERB_KINDS)
    subject = before[-1]
    return subject in STOP_WORDS and subject not in _LISTENER and subject not in PREPOSITIONS


def _elided_subject_acts(words: list[str]) -> bool:
    """A stage direction with its subject left out, "Licks the bowl.", "Chops the onion.": an opening -s verb on a
    determined thing tells what the scene's subject does next, never a motto (a motto names its own subject)."""
    return len(words) > 1 and words[0].endswith("s") and words[1] in _THING_OPENINGS


def _parting_word(match: re.Match) -> str:
    """The last sentence dropped where it is a parting word: the scene told before it, and nothing in it tied to the
    scene (see the module's docstring)."""
    words = re.findall(r"[a-z]+", match["said"])
    if (not words or words[0] in _THING_OPENINGS or names_a_thing(match["said"]) or _elided_subject_acts(words)
            or any(ties_to_the_scene(word) or _verb_of_the_scene(words, index) for index, word in enumerate(words))):
        return match.group(0)
    return "" if names_a_thing(match.string[:match.start()]) else match.group(0)


# The words that may lead a bid or a cheer to the listener ("now", "just", "really,") and whom it calls on after
# a comma ("team", "folks", "boy")
_BID_LEAD_RE = re.compile(r"(?:now|so|go|just|and|then|let's|[a-z]+ly),?")
_CALLED_ON = r"(?:,? (?:team|folks|everyone|all|mate|friends|guys)|, [a-z]+(?: [a-z]+)?)?"

# "smash it.", "nail it!", "go ace it, team.", "absolutely smash it, crew!": a cheer to the maker, the last sentence
# after the scene is told; whom it calls on, after a comma, is the listener
CHEER_RE = re.compile(rf"(?<=[.!?] )(?:{_BID_LEAD_RE.pattern} )*"
                      r"(?:smash|nail|crush|ace|rock|own|slay|kill|knock) it(?: out of the park| dead| again)?"
                      rf"{_CALLED_ON}[.!]*\s*$")

# "..., bounce with it all.", "Just roll with it, folks!", "so vibe along with it": a bid closing the prompt that the
# listener go along with what was told, its verb bare (no subject of its own), on a bare "it": the whole told scene,
# never a move of a thing in it ("a dog grabs a ball and runs with it"); its leading words are walked back from the
# verb (_bid_start), so a long run of them is read once
GO_ALONG_RE = re.compile(rf"(?<= )(?P<verb>[a-z]+) (?:along )?with it(?: all)?{_CALLED_ON}[.!]*\s*$")
# a thing picked up or held before: "it" may be what is carried ("a dog grabs a ball. run with it, boy!")
_SOMETHING_HELD_RE = re.compile(
    r"\b(?:pick(?:s|ed|ing)? up|grab(?:s|bed|bing)?|catch(?:es|ing)?|caught|hold(?:s|ing)?|held|carr(?:y|ies|ied|ying)"
    r"|snatch(?:es|ed|ing)?|lift(?:s|ed|ing)?|fetch(?:es|ed|ing)?|take(?:s|n)?|took|taking)\b")


def _bid_start(text: str, verb_at: int) -> int | None:
    """Where a bid whose verb starts at ``verb_at`` starts: the comma or semicolon before its leading words, or the
    space after a sentence's end; None when a word that leads no bid comes first (its verb then has a subject)."""
    start, space = None, verb_at - 1
    while space > 0:
        before = text[space - 1]
        if before in ".!?":
            return space
        if before in ",;":
            start = space - 1
        word_at = text.rfind(" ", 0, space - 1) + 1
        if not _BID_LEAD_RE.fullmatch(text[word_at:space]):
            return start
        space = word_at - 1
    return start


def go_along_bid_dropped(text: str) -> str:
    """``text`` without a closing bid to go along with what it told ("..., bounce with it all."), when its verb is bare,
    a thing was told before it and none was picked up or held that "it" could be."""
    found = GO_ALONG_RE.search(text)
    if not found:
        return text
    start = _bid_start(text, found.start())
    verb, before = found["verb"], text[:start or 0]
    if start is None or third_person_form(verb) or noun_class(verb) or not names_a_thing(before) \
            or _SOMETHING_HELD_RE.search(before):
        return text
    return before + ("." if text[start] in ",;" else "")


# "The mystery deepens!", "The plot thickens.", "Oh, the tension mounts!", "The stakes get higher!": the narrator's
# remark on the story's suspense, a sentence of its own whose subject only grows stronger. Its verbs fit any growing
# thing ("the pile grows", "the wave builds"), and the planner draws nouns its tables do not know, so the remark is told
# by its subject, on the closed list _SUSPENSE_SUBJECTS
SUSPENSE_RE = re.compile(r"(?:^|(?<=[.!?] ))(?P<said>(?:(?:and|oh|yes|now|so|well),? )*(?:the |our |this |my )?"
                         r"(?:[a-z'-]+ )?(?P<subject>[a-z'-]+) (?:(?:only|just|further|still) )?"
                         r"(?:deepens|thickens|mounts|builds|intensifies|heightens|grows|rises|(?:gets?|grows?) higher"
                         r"|(?:is|are) (?:deepening|thickening|mounting|building|growing|rising))"
                         r"(?: (?:further|still|ever|deeper|stronger|thicker|higher|by the (?:minute|second|moment)))*)"
                         r"\s*[.!]+(?:\s+|$)")
_SUSPENSE_GATE = ("deepen", "thicken", "mount", "build", "intensif", "heighten", "grow", "rise", "higher")
_SUSPENSE_SUBJECTS = frozenset(
    "plot plots mystery mysteries tension tensions suspense drama intrigue excitement stakes anticipation riddle "
    "puzzle thrill thrills dread anxiety".split())


def _suspense_remark(match: re.Match) -> str:
    """The remark goes where its subject is a story's suspense; a thing that grows, "the crowd grows", "the pile
    grows", is drawn, and a remark tied to the scene ("the tension on the left") stays to be read."""
    # the words up to the subject may name or place a thing ("the dog's tension"); the verb and its adverbs are the
    # closed list of SUSPENSE_RE ("get higher" is no height)
    subject_said = match.string[match.start("said"):match.start("subject")]
    if (match["subject"] not in _SUSPENSE_SUBJECTS or names_a_thing(subject_said)
            or any(ties_to_the_scene(word) for word in re.findall(r"[a-z]+", subject_said))):
        return match.group(0)
    return ""


# "It's going to be a blast.", "This one will be a real treat, folks!", "That'll be one for the books.": the
# speaker's forecast of how the whole told scene will go down, closing the prompt in a sentence of its own
FORECAST_RE = re.compile(r"(?<=[.!?] )(?P<lead>(?:(?:oh|trust me|believe me|and|so),? )*)"
                         r"(?P<subject>it|(?:this|that)(?: one)?)(?:'s| is|'ll| will)? "
                         r"(?:(?:going to|gonna|sure to|bound to) )?be "
                         r"(?P<measure>a|an|such a|one|quite a|one hell of a) "
                         r"(?:[a-z-]+ )?(?P<noun>[a-z]+)(?: for the books)?"
                         rf"(?P<called>{_CALLED_ON})[.!]*\s*$")


def _forecast(match: re.Match) -> str:
    """The forecast goes where what it calls the show names no thing the tables know and a thing was told before; a
    plain "it is going to be a chick" after a thing "it" can be ("a hen sits on an egg") tells that thing's change,
    when the planner could draw what it becomes."""
    noun, before = match["noun"], match.string[:match.start()]
    if noun_class(noun) or ties_to_the_scene(noun) or not names_a_thing(before):
        return match.group(0)
    plain = not (match["lead"] or match["called"]) and match["subject"] == "it" and match["measure"] in ("a", "an")
    last_sentence = re.split(r"[.!?] ", before.rstrip())[-1]
    if plain and fallback_object_word(noun) and any(
            noun_class(word) and singular(word) == word for word in re.findall(r"[a-z]+", last_sentence)):
        return match.group(0)
    return ""


# "..., and the studio is buzzing!", "..., so the canvas stays tidy.", "The crowd is going wild.": a remark on the
# place or the work closing the prompt, its subject only said to be or stay some way
_STATE_VERBS = (r"(?:(?:is|are|'s|will be) (?:going|getting|staying|looking|feeling|turning|becoming|growing) "
                r"|(?:is|are|'s|stays?|remains?|keeps?|goes|go|gets?|looks?|feels?|seems?|sounds?|turns?"
                r"|will (?:be|stay|look|get|go|keep|remain)) )")
PLACE_REMARK_RE = re.compile(r"(?:(?P<mark>[,;]) (?:and |so |so that |which means )?|(?<=[.!?]) (?:and |so )?)"
                             r"(?P<subject>(?:this|that|the|our|my|your) (?:[a-z-]+ )?(?P<noun>[a-z-]+)) "
                             + _STATE_VERBS + r"(?P<state>(?:[a-z-]+ ){0,2}[a-z-]+)[.!]*\s*$")


# "in view the whole time, nothing else", "on screen from start to finish", "Five dogs, start to finish": the scene
# told whole and held in view, so a thing first named after it in a closing remark would break what was just said; a
# bare duration on a move ("rolls to the right the whole time") says how long it goes on and fences nothing
_DURATION = (r"(?:(?:the|its) whole (?:time|clip|video)|(?:from )?start to finish|beginning to end|throughout"
             r"|all the time|the entire (?:time|clip|video))")
_SCENE_HELD_RE = re.compile(r"\b(?:nothing else|nothing more|no other)\b"
                            r"|\b(?:in view|on screen|in frame|on camera|visible),? " + _DURATION + r"\b"
                            r"|, " + _DURATION + r"(?=[,;.!?]|$)")


# a posture only a body takes, "the owner stays seated": its subject is one in the clip, never the place or the work
# ("sitting", "lying" and the like are verbs the tables know, checked beside these)
_POSTURES = frozenset("seated kneeling crouched crouching asleep".split())


def _place_remark(match: re.Match) -> str:
    """Dropped only after a scene held whole in view: there a remark's unknown noun said only to be some way can be
    the place or the work and nothing in it, while elsewhere "the owner stays seated" is a person of the clip. A noun
    the tables know, one told before, or a state that is a place, time, colour, size, material or move of the
    scene's keeps the remark a thing, and so does a posture only a body takes, "stays seated"."""
    noun, before = match["noun"], match.string[:match.start()]
    described = match["subject"].split()[1:] + match["state"].split()
    if (noun_class(noun) or noun in SCENE_WORDS or re.search(rf"\b{re.escape(noun)}\b", before)
            or not names_a_thing(before) or not _SCENE_HELD_RE.search(before)
            or any(ties_to_the_scene(word) or word in _POSTURES or word in VERB_KINDS or word in EXIT_VERBS
                   or word in SIZE_FACTORS or word in MATERIAL_WORDS or noun_class(word) for word in described)):
        return match.group(0)
    return "." if match["mark"] else ""


# "..., tests timing.", "; this checks counting.", "Which probes the model's sense of order.": the writer's note on
# what the prompt is for, closing it after the scene, its subject the prompt itself (left out, "this" or "which")
_PURPOSE_VERBS = ("tests", "checks", "probes", "measures", "exercises", "examines", "gauges", "assesses", "evaluates",
                  "targets")
PURPOSE_RE = re.compile(r"(?:[,;]|(?<=[.!?])) "
                        r"(?:(?:and|which|this|that|it|so|all of (?:this|that)|(?:this|the) prompt) )*"
                        r"(?:" + "|".join(_PURPOSE_VERBS) + r") (?:(?P<article>the|a|an|our|your|its|for) )?"
                        r"(?P<owner>[a-z]+'s )?(?P<what>[a-z-]+(?: [a-z-]+){0,3})[.!]*\s*$")


def _purpose(match: re.Match) -> str:
    """The note goes where what it tests names no thing, the scene was told before it and no thing does the testing.
    A thing the planner could draw, said with its article and last ("tests the soup"), is what the scene's doer tests;
    a skill ("tests timing"), a part of someone ("the model's sense") or a phrase ("the order of stops") is none; a
    place ("tests the water") is the scene's, and so is the doer's own thing ("checks his pulse")."""
    before, what = match.string[:match.start()], match["what"]
    if what.split(" ", 1)[0] in ("his", "her", "their"):
        return match.group(0)
    drawable = match["article"] and not match["owner"] and fallback_object_word(what) == what.rsplit(" ", 1)[-1]
    if any(noun_class(word) or word in SCENE_WORDS for word in what.split()) or drawable or not names_a_thing(before):
        return match.group(0)
    return "." if match.group(0)[0] in ",;" else ""  # the scene's sentence still ends where the note began


# what follows the clip as an event, never a thing that could follow another: "reception", "more", "details", "news"
NOTICE_HEADS = frozenset((
    "reception", "receptions", "refreshments", "drinks", "snacks", "food", "lunch", "dinner", "supper", "breakfast",
    "dessert", "more", "details", "detail", "updates", "update", "news", "party", "parties", "ceremony", "ceremonies",
    "speech", "speeches", "toast", "toasts", "q&a", "questions", "discussion", "results", "credits", "announcement",
    "announcements", "info", "information", "photos", "pictures", "episode", "episodes", "sequel", "part", "chapter",
    "show", "awards", "concert", "music", "dancing", "celebration", "celebrations", "festivities", "feast", "banquet",
    "service", "talk", "talks", "interview", "interviews", "highlights", "coverage", "analysis", "recap", "tea"))
# "...; reception to follow.", ", more to come!", ". Refreshments follow.", "; to follow.": a notice of what comes
# after the clip, closing the prompt; its subject, a few words before the verb or none, goes to ``_after_the_clip``
FOLLOWING_NOTICE_RE = re.compile(r"(?:[,;]|(?<=[.!?])) (?:(?:and|with|then) )?(?P<what>(?:(?!to )[a-z&]+ ){0,4})"
                                 r"(?P<verb>to follow|to come|to be announced|follows?)[.!]*\s*$")


def _after_the_clip(match: re.Match) -> str:
    """The notice goes where it has no subject and an infinitive ("; to follow.", ", more to come") or its subject is
    an event ("reception", "more news", "a short speech"), never a thing that follows ("a police officer follows",
    "hounds to follow", "the cat watches, then follows"), and the scene was told before it; a clause's notice leaves
    its sentence ending where the notice began."""
    words = (match["what"] or "").split()
    if not words and not match["verb"].startswith("to "):
        return match.group(0)  # a bare "follows" goes on the clause's own subject: a thing that moves after another
    if words and (words[-1] not in NOTICE_HEADS or any(noun_class(word) or word in PRONOUNS for word in words[:-1])):
        return match.group(0)
    if not names_a_thing(match.string[:match.start()]):
        return match.group(0)
    return "." if match.group(0)[0] in ",;" else ""


# "hurry, hurry!", "step up, step up!", "run, run, run!", "roll, ball, roll!": a call said again after a comma, with
# at most the name of the one called between; tried only at the start of the prompt, each word and the repeats bounded
OPENING_CALL_RE = re.compile(r"(?P<call>[a-z]{1,20}(?: [a-z]{1,20})?)(?:, (?P<called>[a-z]+(?: [a-z]+){0,2}))?"
                             r"(?:,? (?P=call)){1,8}"
                             r"\s*[.!]+\s+")
# "Ladies and gentlemen, hurry, hurry!", "Folks, step up, step up!": the crowd a barker's calls are made to goes with
# them
CROWD_ADDRESS_RE = re.compile(r"(?:ladies and gentlemen|boys and girls|(?:dear |my )?(?:folks|friends|everyone"
                              r"|everybody|people|kids|children|y'all))[,!]\s+")
# the particles a call to the crowd may carry ("step up", "come in", "hurry along"): no place of the scene
_CALL_PARTICLES = frozenset(("up", "in", "on", "along", "round", "around", "over", "out"))


def _call_cheers(call: str, called: str | None) -> bool:
    """Whether an opening call's own words may cheer the scene on: they name no place, count or colour (a verb the
    tables also know as a noun, "fly", is the call's verb), and the one it calls, if any, is a thing the tables know."""
    words = call.split()
    if any(ties_to_the_scene(word) and not (index and word in _CALL_PARTICLES) for index, word in enumerate(words)):
        return False
    if any(noun_class(word) and word not in VERB_KINDS for word in words):
        return False
    if called is None or called.split() == words:
        return True
    named = called.split()
    pet_or_kind = PET_FORMS.get(named[-1], named[-1])
    return kind_pattern(pet_or_kind) is not None and not any(ties_to_the_scene(word) for word in named)


def _moves_of_its_own(rest: str, called: list[str]) -> bool:
    """Whether the rest of the prompt tells a move of its own (a call's verb is otherwise the scene's only move,
    "Run, run! A dog on the right.") and first names the thing called, if any ("Roll, ball, roll! A cat watches the
    ball." keeps the ball's roll)."""
    words = re.findall(r"[a-z]+", rest)
    if not any(VERB_KINDS.get(word) not in NO_MOVE_KINDS for word in words if word in VERB_KINDS):
        return False
    if not called:
        return names_a_thing(rest)
    first_named = next((word for word in words if noun_class(word) and word not in VERB_KINDS), None)
    return first_named is not None and all(
        re.fullmatch(kind_pattern(name), first_named) is not None for name in called)


def opening_calls_dropped(text: str) -> str:
    """``text`` without the calls opening it that cheer the scene on (see the module's docstring): the run of calls
    is found first, then the rest is read once."""
    address = CROWD_ADDRESS_RE.match(text)
    start = opened = address.end() if address else 0
    called: list[str] = []
    while (found := OPENING_CALL_RE.match(text, start)) and _call_cheers(found["call"], found["called"]):
        if found["called"] and found["called"].split() != found["call"].split():
            name = found["called"].split()[-1]
            called.append(PET_FORMS.get(name, name))  # "Run, doggy, run!" calls the dog told after it
        start = found.end()
    if start == opened or not _moves_of_its_own(text[start:], called):
        return text
    return text[start:]


def scene_asides_dropped(text: str) -> str:
    """``text`` without the speaker's asides to the listener (see the module's docstring): a bid to go along, a
    writer's note, a status of coming in and a notice of what follows are looked for first, since each can sit inside
    the scene's one sentence; the tease, the calls, the cheer, the forecast, the parting word and the suspense remark
    only a sentence before or after another can be, so past those four a text of one sentence is the scene."""
    if " with it" in text[-40:]:
        text = go_along_bid_dropped(text)
    if any(verb in text[-60:] for verb in _PURPOSE_VERBS):
        text = PURPOSE_RE.sub(_purpose, text)
    if "ing" in text:
        text = coming_status_dropped(text)
    if remark := PLACE_REMARK_RE.search(text, max(0, len(text) - 90)):  # the closing words only: the pattern ends on $
        text = text[:remark.start()] + _place_remark(remark) + text[remark.end():]
    if "follow" in text[-30:] or "to come" in text[-30:] or "announced" in text[-30:]:
        text = FOLLOWING_NOTICE_RE.sub(_after_the_clip, text)
    text = wonder_cries_dropped(text)
    text = names_after_clauses_dropped(text)
    if any(praise in text for praise in CREDIT_GATE):
        text = credits_dropped(text)
    if ". " not in text and "! " not in text and "? " not in text:
        return text
    text = opening_calls_dropped(opening_tease_dropped(text))
    if " it" in text[-40:]:
        text = CHEER_RE.sub("", text)
    if " be " in text[-60:]:
        text = FORECAST_RE.sub(_forecast, text)
    parted = PARTING_SENTENCE_RE.sub(_parting_word, text)
    if any(verb in parted for verb in _SUSPENSE_GATE):
        parted = SUSPENSE_RE.sub(_suspense_remark, parted)
    return text if parted == text else spaces_tidied(parted)


# "Did the cat do it? A lively cat runs ...", "The dog won't look at the camera. A walking dog walks ...", "Did it move
# by itself? A ball rolls ...": the prompt's opening question or denial on "the" thing or "it", before the next
# sentence brings that thing in, teases what is coming and tells nothing of it
# ("Where's the ball? There it is! One ball ...": the cry pointing at it goes with the question)
TEASER_RE = re.compile(r"^(?P<said>[^.!?;:]+)(?P<end>[.!?]+)\s+"
                       r"(?P<cry>(?:(?:oh|look),? )?(?:there|here) (?:it|they|he|she)(?:'s| is| are| comes| come)"
                       r"[.!]+\s+)?"
                       r"(?=(?P<next>[^.!?;]*))")
_DENIAL_RE = re.compile(r"\b(?:not|never|won't|wouldn't|can't|cannot|doesn't|didn't|isn't|wasn't|don't|no longer"
                        r"|refuses? to"
                        r"|refused to)\b")
# what ties a teaser to the scene, so it is kept: a place, a time, a count, a colour, a speed
_TEASER_TIES = (_SCENE_TIES - NEGATED_WORDS - {"never", "no", "its", "their", "still", "now", "again"}) \
    | set(NUMBER_WORDS) | set(COLORS) | set(SPEED_WORDS)


# "... and stops next to it.", "runs past them": the next sentence points back at a thing besides its own, the first one
_POINTS_BACK_RE = re.compile(r"\b(?:to|past|beside|behind|near|towards?|at|by|around|over|from|under|with|of"
                             r"|passes|reaches|meets|joins) (?:it|them)\b")
# kinds of verb a denial of which states how a thing keeps still ("the ball does not move."), a fact of the scene;
# "the car won't stop" denies a rest, which the mover brought in next bears out
_STILL_DENIED_KINDS = frozenset(VERB_KINDS.values()) - {"appear", "disappear", "pan", "zoom", "dolly", "rest"}


def _opening_tease_or_kept(match: re.Match) -> str:
    """The opening sentence, kept unless it teases the thing the next sentence brings in. A denial of a move ("The
    ball does not move.") states a still thing, and a next sentence pointing back at it ("stops next to it") shows it
    is a thing of its own: both are kept."""
    said = audience_dropped(match["said"])  # "where's the ball, boys and girls?": the crowd asked is no thing
    question = match["end"].startswith("?")
    if question and (closing := _ASKED_ROUND_RE.search(said)) and (
            not closing["who"] or (noun_class(closing["who"]) or (None, None))[1] in HANDED_CLASSES):
        said = said[:closing.start()]  # "where's the cat, kids?", "where's the ball off to?"; "..., dogs?" asks dogs
    words = re.findall(r"[a-z]+", said)
    if match["cry"] and not question:
        return match.group(0)
    if not (question or _DENIAL_RE.search(said)) or any(word in _TEASER_TIES for word in words):
        return match.group(0)
    if _POINTS_BACK_RE.search(match["next"]) or not question and any(
            VERB_KINDS.get(word) in _STILL_DENIED_KINDS for word in words):
        return match.group(0)
    nouns = [word for word in words if noun_class(word) and word not in CAMERA_WORDS and word not in FRAME_WORDS
             and word not in CLIP_NOUNS]
    if len(nouns) > 1:
        return match.group(0)
    if nouns:
        if not re.search(rf"\b(?:the|that|this) {re.escape(nouns[0])}\b", said):
            return match.group(0)
        kind = kind_pattern(nouns[0])
    elif re.search(r"\b(?:it|they)\b", said):
        kind = r"[a-z]+"
    else:
        return match.group(0)
    brought = brought_in(kind, match["next"], lead_words=3) or _brought_in_after_its_way(kind, match["next"])
    return "" if brought and noun_class(brought["noun"]) else match.group(0)


# a question's close: "where's the cat, kids?" asks the crowd set off after it, "where's the ball off to?", "what is the
# dog up to?" ask where it goes or what it does, no place. The commentary's AUDIENCE_RE has gone first, for its crowds
# of many words ("boys and girls", "my friends"); this takes one person word it does not list ("kids", "children")
_ASKED_ROUND_RE = re.compile(r"(?:, (?:my |you )?(?P<who>[a-z]+)| (?:off|up) to)$")


def _brought_in_after_its_way(kind: str, told: str) -> re.Match | None:
    """The thing brought in after a fronted view or path that names no other thing ("From the right side of the frame
    to the left side, a moving ball, ...", "Seen from above, a ball rolls ..."): the path is the thing's."""
    brought = brought_in(kind, told)
    return brought if brought and not names_a_thing(told[:brought.start()].replace("screen", "")) else None


def opening_tease_dropped(text: str) -> str:
    """``text`` (lower case) without an opening question or denial teasing the thing the next sentence brings in: the
    tease names the thing before the scene does, and read as its own sentence it would be a second thing."""
    if "?" not in text and "n't" not in text and "not " not in text and "never" not in text and "refuse" not in text:
        return text
    return TEASER_RE.sub(_opening_tease_or_kept, text, count=1)
