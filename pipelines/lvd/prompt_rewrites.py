"""The prompt's surface put into the plain words the token pass reads, before it starts.

Quotes, accents, arrows, numbered route labels, contractions, picture-quality tags, "crosses the shot",
"slowing down", "moves on —", a sideways slip, ", after which" (a next step), spoken fillers ("starts, like,
bottom left"), a count said twice ("three kites? like, three kites", one group), "holds still", a told story's
closing "And at the end," (its last step), a spoken "a dog's walking" and opening "so it's a white dog", an absence said again
("there's no dog, it's gone"), "..., and parked (or landed) in the upper right" (its last stop), a
subject after its auxiliary ("only then does a dog run"), a move that goes "away", "without stopping" (no stop),
a still thing's relative clause inside a mover's ("from the left of a dog which does not move to ...", set off as
an aside), the stipulation around a plain clause ("it is asked that ... be shown"), everyday names of parts of
the clip and clauses about the light or weather: each is rewritten (or dropped) here so the reader's tables
need only one form of each; markdown notes, quizzes, another language's small words, shot-list notation and
second-language slips go first, through their own modules.
"""

from __future__ import annotations

import re
import unicodedata

from .broadcast_and_log_voices import broadcast_in_plain_words, log_in_plain_words, looks_like_broadcast, looks_like_log
from .bulletin_tour_and_recipe_voices import bulletin_tour_and_recipe_in_plain_words, looks_like_bulletin_tour_or_recipe
from .caption_voice import caption_in_plain_words, handles_dropped, idioms_in_plain_words, looks_idiomatic, looks_like_caption
from .chat_shorthand import looks_like_chat, plain_chat
from .clip_phrases import clip_phrases_in_words
from .code_switching import code_switching_in_english, looks_code_switched
from .commentary_voice import commentary_in_plain_words, looks_like_commentary
from .contrasts import contrasts_in_plain_words, measurements_dropped
from .filming_words import drop_film_craft, looks_like_film_craft
from .formal_register import drop_stipulations, formal_in_plain_words, looks_formal
from .instruction_voice import instructions_in_plain_words, looks_like_instructions
from .learner_phrasing import plain_learner_phrasing
from .lesson_dream_and_postcard_voices import (
    dream_in_plain_words,
    lesson_in_plain_words,
    looks_like_dream,
    looks_like_lesson,
    looks_like_postcard,
    postcard_in_plain_words,
)
from .letters_and_labels import label_in_plain_words, letter_in_plain_words, looks_like_label, looks_like_letter
from .listing_cue_and_statement_voices import (
    cue_sheet_in_plain_words,
    listing_cue_and_statement_in_plain_words,
    looks_like_cue_sheet,
    looks_like_listing_cue_or_statement,
)
from .markdown_notes import looks_like_markdown, notes_in_sentences
from .narrated_voices import narrated_in_plain_words
from .nominal_voice import looks_nominal, nominals_in_plain_words
from .object_classes import noun_class, singular
from .object_parts import parts_as_things
from .protocol_voice import looks_like_protocol, protocol_in_plain_words
from .quiz_voice import looks_like_quiz, quiz_in_plain_words
from .report_voice import looks_like_report, report_in_plain_words
from .restated_counts import drop_restated_counts
from .scene_commands import commands_in_plain_words, looks_like_commands
from .scenery import drop_setting_words, drop_viewer_place
from .screening_voices import looks_like_screening, screening_in_plain_words
from .screenplay_voice import looks_like_screenplay, screenplay_in_plain_words
from .self_corrections import corrections_undone, false_starts_dropped
from .shot_notes import plain_shot_notes
from .showcase_voices import looks_like_showcase, showcase_in_plain_words
from .spelling_repair import repaired_spelling
from .story_voices import story_voices_in_plain_words
from .ticket_learner_and_abstract_voices import looks_like_ticket_learner_or_abstract, ticket_learner_and_abstract_in_plain_words
from .transcript_voice import looks_like_transcript, transcript_in_plain_words
from .verse_voice import looks_like_verse, verse_in_plain_words, verse_lines_marked
from .vocabulary import COLORS, PLAIN_ADJECTIVES, STOP_WORDS, VERB_KINDS, looks_like_modifier

CONTRACTION_RE = re.compile(r"\b(it|that|there|he|she|what|who|here)'s\b|n't\b|'re\b|'ll\b|'ve\b|\bcan't\b|\bwon't\b")
_CONTRACTED = {"n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "can't": "can not", "won't": "will not"}


def _expand(match: re.Match) -> str:
    if match.group(1):
        return match.group(1) + " is"
    return _CONTRACTED[match.group(0)]


# "a dog's walking", "the dog's kind of hanging out", "a dog's in the corner": a thing's "is", not what it has
NOUN_IS_RE = re.compile(r"\b(?P<noun>[a-z]+)'s (?P<hedge>(?:kind|sort) of )?(?=(?:just |still |now |already )?(?:[a-z]+ing|in|on|at|there|here"
                        r"|gone|back|out|over|by|near|next)\b)")
# "so it's a white dog, and ...": a spoken opening's "it" points at nothing named yet; it presents the thing
OPENING_IT_IS_RE = re.compile(r"^(?P<lead>(?:(?:so|okay|ok|well|and|then|right|alright)[ ,]+)*)it is (?=(?:a|an|one|two|three|four|five|six|just|only)\b)")
# "there is no dog, it is gone": the absence said again, not the dog back
# "there is no dog, and it does not come back", "it vanishes and never returns": said after its absence, the thing gone
# stays gone, no second one coming ("slips out and does not come back" is what tells the leaving, and stays)
NOT_BACK_RE = re.compile(r",? (?:and )?(?:(?:it|they|he|she) )?(?:does not|do not|did not|never|will not) (?:come|comes|came) back"
                         r"|,? (?:and )?(?:(?:it|they|he|she) )?(?:does not|do not|did not|will not) (?:return|reappear)|,? (?:and )?(?:(?:it|they|he|she) )?"
                         r"never (?:returns?|returned|reappears?|reappeared)(?: (?:again|later|after that))?\b")
ABSENCE_SAID_RE = re.compile(r"\b(?:no [a-z]+|gone|absent|disappear(?:s|ed)?|vanish(?:es|ed)?|leaves|left the (?:frame|scene|picture|view))\b")


def _not_back_after_absence(match: re.Match) -> str:
    sentence_start = max(match.string.rfind(stop, 0, match.start()) for stop in ".;!?")
    return "" if ABSENCE_SAID_RE.search(match.string, sentence_start + 1, match.start()) else match.group(0)


GONE_AGAIN_RE = re.compile(r"(?P<denial>\bno [a-z]+),? (?:it|they) (?:is|are|has|have) (?:gone|left|disappeared|vanished)(?=\s*(?:[,.;!?]|$))")
# Picture-quality words ("a 4K clip", "in HD", "1080p"): style, never a count or an object.
RESOLUTION_RE = re.compile(r"\b(?:[2-8]k|\d{3,4}p|u?hd|hdr)\b")
EXTREME_SIDE_RE = re.compile(r"\b(?:far|extreme|very)[ -](?=(?:left|right|top|bottom|upper|lower)\b)")
# "enters from off-screen right", "comes in from out of frame on the left": from beyond that side
FROM_OFF_SCREEN_RE = re.compile(r"\bfrom (?:the )?(?:off[ -]?(?:screen|camera|frame)|out of (?:frame|shot|view))(?: to)?(?: on)?(?: the)? "
                                r"(?=(?:left|right)\b)")
_WORD_BREAKS = str.maketrans({c: " " for c in ",.;:!?()[]\"'-"})
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "`": "'"})
_ARROW_CHARS = "→⟶⇒⟹➔➜➝>»"
# "waypoint 1 lower-left, waypoint 2 ...", "stop #2: the top right": numbered labels of a listed route
ROUTE_LABEL_RE = re.compile(r"(?P<lead>[:,;]\s*)?\b(?:way ?points?|check ?points?|stops?|legs?|stages?|points?|steps?)\s*#?\s*"
                            r"(?:\d+|one|two|three|four|five|six)\b\s*[:.)=-]?")
# "at the bottom on the left", "to the top on the right side": one corner said in two parts
SPLIT_CORNER_RE = re.compile(r"\b(top|bottom|upper|lower) (?:on|at|to) the (left|right)(?:[ -]hand)?(?: side)?\b")
ARROW_RE = re.compile(r"\s*(?:→|⟶|⇒|⟹|➔|➜|➝|-+>|=+>|»)\s*")
# "crosses the shot", "crossed a road", "crosses behind a car": to cross something is to move across it, side to
# side (the frame, the road, the shot are where it moves, not things); "crosses over to": a move along that path.
CROSS_RE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bzebra )(?<!\bpedestrian )\bcross(es|ed|ing)?\b"
                      r"(?=(?P<object> (?:the|a|an|this|that|its|his|her|their|our) [a-z]| in front of| behind|"
                      r" (?:screen|frame|picture|shot|scene)\b)|"
                      r" (?:over|from|to|into|back|paths?)\b)")
EASING_DOWN_RE = re.compile(r"\b((?:slow|calm|settl|quiet|wind)(?:s|es|e|ing|ed)?) down\b(?! (?:to|toward|towards|into|the|a|an)\b)")
# "a bird along with a red car": a second object, not a path along the car
ALONG_WITH_RE = re.compile(r"\b(?:along|together) with\b(?= (?:an?|the|one|two|three|four|five|\d+)\b)")
# "ends up over on the left": "over" only leans toward the side named
OVER_ON_SIDE_RE = re.compile(r"\bover (?=(?:on|at) the (?:left|right|top|bottom|upper|lower|middle|centre|center)\b)")
# "Before turning right, a van drives up the left side.": the fronted move is the last leg, said where it happens
FRONTED_BEFORE_RE = re.compile(r"(^|[.;!?] )before ([a-z]+ing\b[^,.;!?]*), ([^.;!?]+)")
# "a goat comes into the video", "flies into the clip": it comes into view ("bring a goat into the video" asks for it)
INTO_THE_CLIP_RE = re.compile(r"\b([a-z]+) into (?:the )?(?:video|clip|footage|film|movie|screen)\b")
# "starts, like, bottom left", "um, three kites", "and, uh, a bus": a spoken filler and the commas that set it off
FILLER_RE = re.compile(r"(?:, |^|(?<=[.?!;:] ))(?:like|you know|i mean|i guess|i think|i suppose|um+|uh+|erm|hmm+),|\b(?:um+|uh+|erm)\b")
# "holds still", "holding its spot": a thing that stays where it is ("holds a ball" is another verb)
HOLDS_STILL_RE = re.compile(r"\bh(old|olds|olding|eld) (?:still|steady|(?:its|his|her|their) (?:spot|ground|place|position)|position)\b")
_STAY_FORMS = {"old": "stay", "olds": "stays", "olding": "staying", "eld": "stayed"}
# "Then it rolled up. And at the end, it rolled right.": after "then"-steps, the told story's last step, not a moment
LAST_STEP_RE = re.compile(r"(?<=[.;!?] )(?:and )?(?:at the (?:very )?end|in the end|at last),")
# "by the end it sat at the upper right": where it ends up after its moves, not a rest of its own
ENDS_RESTING_RE = re.compile(r"\b((?:by|at|in) the (?:end|close)|finally|at last),? (it|they|he|she) (?:sat|sits|rests|rested|lies|lay|"
                             r"stands|stood|settles|settled|stops|stopped|waits|waited|perches|perched|was|were|is|are) (?=(?:at|in|on) the )")
# "the road stays empty for the first half": a state of the place, not a verb waiting for the next thing named
STAYS_EMPTY_RE = re.compile(r"\b(?:(stays|remains|keeps)|stay|remain|keep) (?=(?:empty|bare|deserted|vacant|clear)\b)")
# "a goat stands next to a red truck throughout.": all the time, not a place through the truck
CLOSING_THROUGHOUT_RE = re.compile(r"\bthroughout(?=\s*(?:[.,;!?]|$))")
_MOVE_FORMS = {None: "move", "es": "moves", "ed": "moved", "ing": "moving"}
# "visible for the first half, after which it is absent", "whereupon it leaves": what comes next, a step of its own
AFTER_WHICH_RE = re.compile(r"(?:,? and)?,? (?:after which|whereupon|upon which|following which|after that)\b,?")
# "drove to the upper left, and parked in the upper right", ", then lands in the top left": a step of the told path,
# where it stops ("a car parked in the lower left" is where it stands)
PARKS_LAST_RE = re.compile(r"(?<=,) (and |then |and then |and finally |finally )(?:park|land)(s|ed)? "
                           r"(?=(?:in|at) the (?:upper|lower|top|bottom|far|left|right)\b)")
# "the cat strolls on — from the dog's right ...", "walks on.": it keeps going ("on" with nothing after it is no place)
GOES_ON_RE = re.compile(r"\b([a-z]+) on(?=\s*(?:[,.;:!?\u2014\u2013]|-|$))")
_GOING_ON_KINDS = frozenset(("move", "run", "drive", "roll", "fly", "swim", "glide"))
# "a bird slips from a cat's right to its left", "slipped past": a sideways slip is a move, not a fall
# "leaves by the right edge", "exits via the left side", "departs through the right-hand edge of the frame", "exits the
# frame on the left", "drives out through the right-hand side": a way out of the picture by a named side, said as the move
# that takes it there
EXIT_BY_SIDE_RE = re.compile(r"\b(?:leaves|leave|leaving|exits|exit|exiting|exited|departs|depart|departing|departed"
                             r"|(?P<going>[a-z]+) out)"
                             r"(?: (?:the|our) (?:frame|screen|picture|shot|view|scene))?"
                             r" (?:by|via|through|on|at|out of|out by|out on) (?:the |its )?(?P<side>left|right)(?:[- ]hand)?"
                             r"(?: (?:edge|side|border|margin))?(?: of (?:the )?(?:frame|screen|picture|shot|view|scene))?\b")
# "enters on the left and exits on the right": a leave after an entrance ends a crossing, read with the entrance
ENTERED_BEFORE_RE = re.compile(r"\b(?:enter|arriv|appear|[a-z]+s? in(?= from| on| at|,| and)|into (?:view|frame|shot|the (?:frame|shot|picture))"
                               r"|(?:set(?:s|ting)? (?:off|out)|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun) (?:from|on|at) "
                               r"(?:the )?(?:far )?(?:left|right)\b)")
SLIPS_ACROSS_RE = re.compile(r"(?<!without )\bslip(s|ped|ping)?\b(?= (?:(?:from|to) (?:the |a |an )?(?:[a-z]+'s )?(?:left|right)\b|past\b|across\b))")
_SLIP_FORMS = {None: "move", "s": "moves", "ped": "moved", "ping": "moving"}
# "does not appear in the second half", "never shows up in the first half": absent then ("does not appear until",
# "never appears again" say when it comes or that it left, and are read as they are)
NOT_SEEN_RE = re.compile(r"\b(?:(?P<aux>does|do|did) not|never) (?P<verb>appears?|appeared|show(?:s|ed)? up|turn(?:s|ed)? up"
                         r"|(?:comes?|came) into (?:view|the frame|the picture|shot)|become(?:s)? visible|became visible)\b"
                         r"(?! (?:again|any more|anymore|until|till|before)\b)")


def _absent(match: re.Match) -> str:
    aux, verb = match.group("aux"), match.group("verb").split()[0]
    if aux == "did" or verb.endswith("ed") or verb in ("came", "became"):
        return "was absent"
    if aux == "do" or (aux is None and not verb.endswith("s")):
        return "are absent"
    return "is absent"
# "three kites? like, three kites", "two dogs — yes, two dogs": a count and its thing said again with nothing done
# in between (only punctuation and words that confirm) name the same things once
_CONFIRMING = r"(?:(?:yes|yeah|yep|like|i mean|i said|exactly|precisely|again|so|ok|okay|right|just|only|that is|repeat|really)\s*[?!.,;:\u2013\u2014-]*\s*)*"
RESTATED_COUNT_RE = re.compile(r"\b(?P<said>(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+) (?P<thing>[a-z]+(?: [a-z]+){0,2}?))"
                               rf"(?:\s*[?!.,;:\u2013\u2014-]+\s*|\s+){_CONFIRMING}(?P=count) (?P=thing)\b")
# "three kites fly left. yes, three kites!": a count said again on its own, after what they do, adds nothing either
RESTATED_ALONE_RE = re.compile(rf"(?:(?<=[.?!;,:\u2013\u2014] )|(?<=[.?!;,:\u2013\u2014])){_CONFIRMING}(?P<said>(?:two|three|four|five|six"
                               r"|seven|eight|nine|ten|\d+) [a-z]+(?: [a-z]+){0,2}?)\s*(?:[.?!;,\u2013\u2014]+\s*|$)(?=$)")
_COUNT_WORD_RE = re.compile(r"\b(?:t(?:wo|hree|en)|f(?:our|ive)|s(?:ix|even)|eight|nine|\d+)\b")


# "only in the second half does a dog run right", "where do two cats go": the subject after the auxiliary, its verb bare
INVERTED_AUX_RE = re.compile(r"\b(?P<aux>does|do|did) (?P<said>(?:the|a|an|one|two|three|four|five|six|\d+)(?: [a-z]+){2,4})")


def _in_statement_order(match: re.Match) -> str:
    """"does a dog run right": "a dog runs right", the verb found after the subject's noun and given its ending."""
    words = match.group("said").split()
    for i in range(2, len(words)):
        verb, noun = words[i], words[i - 1]
        if verb in VERB_KINDS and noun_class(noun) is not None:
            if singular(noun) == noun:
                verb = next((form for form in (verb + "s", verb + "es", verb[:-1] + "ies") if form in VERB_KINDS), verb)
            return " ".join(words[:i] + [verb] + words[i + 1:])
    return match.group(0)


# "and then, without stopping, to the upper left": how it goes on, not a stop ("without a stop" the same)
NONSTOP_RE = re.compile(r",? without (?:ever )?(?:stopping|pausing|halting|resting|a (?:stop|pause|break|rest)|any (?:stop|pause|break))"
                        r"(?: (?:at all|in between|on the way))?(?=[,.;!?]| (?:to|and|then|until)\b)")
# "from the left of a dog which does not move to its right": a thing kept still, said inside the mover's clause, is set
# off as an aside, so the mover's places stay the mover's
STILL_REFERENCE_RE = re.compile(r"(?<=[a-z]) (?P<said>(?:which|that|who) (?:(?:does|do) not (?:move|stir|budge)|never (?:moves|stirs|budges)|"
                                r"is not moving|(?:stays|remains|keeps|sits|stands|waits|is|lies|rests) (?:perfectly |completely )?"
                                r"(?:still|put|motionless|stationary|at rest|in place|where it is|unmoving|parked)))\b(?! [a-z]+ing\b),?")
# "the clip starts without any dog", "a dog without a collar": what it is without is not in the scene
WITHOUT_RE = re.compile(r"\bwithout (?:any|a|an|one) (?P<said>[a-z]+(?: [a-z]+){0,2})")


def _without(match: re.Match) -> str:
    """"without any dog" when a dog is named elsewhere: its absence ("with no dog"), a time for the dog said later;
    "without a collar", never named as there: nothing to draw and nothing to say."""
    words = match.group("said").split()
    noun = next((i for i, word in enumerate(words) if noun_class(word) is not None or not (
        word in VERB_KINDS or word in COLORS or word in PLAIN_ADJECTIVES or word in STOP_WORDS or looks_like_modifier(word))), None)
    if noun is None:
        return match.group(0)
    rest = match.string[:match.start()] + match.string[match.end():]
    named = re.search(rf"\b{re.escape(singular(words[noun]))}(?:s|es)?\b", rest)
    kept = " ".join(words[noun + 1:])
    return ("with no " + " ".join(words[:noun + 1]) if named else "") + (" " + kept if kept else "")


# "a car drives away", "runs away to the left": it sets off and goes, as "drives off" says ("away from the dog",
# "away into the distance", "away toward the camera" keep what they go from or to; "goes away" is read as leaving;
# "neither moves away" says it stays)
AWAY_RE = re.compile(r"(?<!\bneither )(?<!\bnot )(?<!\bnever )(?<!\bnor )(?<!\bnothing )"
                     r"\b(?!(?:go|goes|going|gone|went)\b)(?P<verb>[a-z]+) away\b(?! (?:from|into|in the distance)\b)"
                     r"(?! (?:toward|towards) (?!the (?:left|right)\b))")
_SETTING_OFF_KINDS = frozenset(("move", "run", "drive", "roll", "swim", "fly", "glide"))


def _cross_as_move(match: re.Match) -> str:
    return _MOVE_FORMS[match.group(1)] + (" across" if match.group("object") else "")


def _out_by_a_side(match: re.Match) -> str:
    """The way out by a side as a move out of the frame, unless it ends a crossing read with its entrance or the
    verb before "out" is no move ("stands out on the left")."""
    if ENTERED_BEFORE_RE.search(match.string, 0, match.start()) or (
            match["going"] and VERB_KINDS.get(match["going"]) not in _SETTING_OFF_KINDS):
        return match.group(0)
    return f"moves out of the frame to the {match['side']}"


def rewritten_for_reading(prompt: str) -> str:
    """``prompt`` lower-cased and rewritten; one space between words."""
    if looks_like_letter(prompt):
        prompt = letter_in_plain_words(prompt)  # "Hi Sam,\n...\nThanks,\nPriya": the request, without who writes and to whom
    if looks_like_label(prompt):
        prompt = label_in_plain_words(prompt)  # "Untitled (Two Balls), 2025. Digital video, 8 s. ...": the description
    if looks_like_markdown(prompt):
        prompt = notes_in_sentences(prompt)  # "## car\n- enters on the left": "the car enters on the left."
    if looks_like_cue_sheet(prompt):
        prompt = cue_sheet_in_plain_words(prompt)  # "SFX: a bark. VISUAL: a dog.": the picture's lines, not the sounds
    if "?" in prompt and looks_like_quiz(prompt):
        prompt = quiz_in_plain_words(prompt.translate(_APOSTROPHES))  # "Q: What rolls? A: A ball.": "a ball rolls."
    elif looks_like_transcript(prompt):
        prompt = transcript_in_plain_words(prompt.translate(_APOSTROPHES))  # "ANIMATOR: ...? DIRECTOR: ...": what they agree on
    text = prompt.lower().translate(_APOSTROPHES)
    if looks_like_broadcast(text):
        text = broadcast_in_plain_words(text)  # "Traffic desk here, we've got two cars ...": the cars, without the desk
    if looks_like_log(text):
        text = log_in_plain_words(text)  # "Lab log, 3 March. Obs. 1 (start): cat at R (right)": "at the start, cat at right"
    if looks_like_lesson(text):
        text = lesson_in_plain_words(text)  # "Pupils, your exercise: animate a dog ...": "show a dog ..."
    if looks_like_dream(text):
        text = dream_in_plain_words(text)  # "Last night I dreamt of a cat ... in the first half of the dream": the clip
    if looks_like_postcard(text):
        text = postcard_in_plain_words(text)  # "Greetings from our trip! Today we watched a car drive ...": "a car drives ..."
    verse = ("/" in text or "\n" in text) and looks_like_verse(text)
    if verse:
        text = verse_lines_marked(text)  # "a car that stands / to the left": a line's end read before the lines are joined
    if "@" in text:
        text = handles_dropped(text)  # "@mia_k": a person tagged, never a thing
    if not text.isascii():  # "café", "naïve": the letters without their accents, one word as written
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    if looks_code_switched(text):
        text = code_switching_in_english(text)  # "Alors, a ball et a dog, c'est tout": "a ball and a dog"
    text = corrections_undone(false_starts_dropped(repaired_spelling(text)))  # "teh rihgt", "two cars, no wait, three": the words meant
    if "not " in text or "rather" in text or "instead" in text or "opposed" in text:
        text = contrasts_in_plain_words(text)  # "not three dogs but two", "rolls right, not left": what is meant
    if any(d in text for d in "0123456789"):
        text = measurements_dropped(text)  # "a 10 cm ball", "a car 4 m long": sizes, no counts
    # each rewrite runs only when its tell-tale character is there (most prompts need none of them)
    if "from off" in text or "from the off" in text or "from out of" in text:
        text = FROM_OFF_SCREEN_RE.sub("from the ", text)  # before the voices, which read "screen" as the picture
    if looks_like_bulletin_tour_or_recipe(text):
        text = bulletin_tour_and_recipe_in_plain_words(text)  # "Ingredients: ... Method: ...", "the outlook for the end", "your left"
    if looks_like_ticket_learner_or_abstract(text):
        text = ticket_learner_and_abstract_in_plain_words(text)  # "2. Count the cars.", "the stimulus was ...", "four lively cat"
    if looks_like_showcase(text):
        text = showcase_in_plain_words(text)  # "keep your eyes on ..., ladies and gentlemen", "the mechanism makes X walk", "the level"
    words = set(text.translate(_WORD_BREAKS).split())
    if looks_formal(words):
        text = formal_in_plain_words(text)  # "it is stipulated that the scene shall comprise ...": the plain clauses
    elif "it is " in text and " that" in text:
        text = drop_stipulations(text)  # "it is asked that a pink bird ... be shown": the clause, without its frame
    if looks_nominal(words):
        text = nominals_in_plain_words(text)  # "the flight of a bird is traced from ...": "a bird flies from ..."
    if looks_like_instructions(words, text):
        text = instructions_in_plain_words(text, words)  # "Step 2: place a ball ...", "Could you show me ...?": what is there
    if " of " in text:
        text = parts_as_things(text)  # "on the bonnet of a red car": on the car
    if looks_like_commentary(text):
        text = commentary_in_plain_words(text)  # "here comes a dog, folks!": the dog, without the audience
    if looks_like_screenplay(text):
        text = screenplay_in_plain_words(text)  # "EXT. PARK - DAY. A DOG ... FADE OUT.": the dog, without the script's furniture
    if looks_like_report(text):
        text = report_in_plain_words(text)  # "Reports confirm ...; our camera captured ...": what is seen, when
    if looks_like_screening(words):
        text = screening_in_plain_words(text)  # "a quiet study of three cats", "on the baby monitor:": the scene they show
    if looks_like_listing_cue_or_statement(text):
        text = listing_cue_and_statement_in_plain_words(text)  # "SFX: a bark. VISUAL: a dog.", "from the terrace you can watch": the scene
    text = narrated_in_plain_words(text, words)  # "yesterday I filmed ...", "consider a ball ...", "introducing: ...": the scene alone
    text = story_voices_in_plain_words(text, words)  # "cat x2", "a doggy", "ran and ran", "and then ... the end"
    verse = verse or looks_like_verse(text)  # asked before the fences go, since they take their lines' breaks with them
    text = drop_restated_counts(text)  # "no fourth, just those three": no object more, the count said again
    if verse:
        text = verse_in_plain_words(text)  # "then up it spins / to upper right": the lines as prose, inversions undone
    text = plain_learner_phrasing(plain_shot_notes(text))  # "L → R", "btm rt": side letters and arrows first
    text = drop_viewer_place(text)  # "you are sitting on a bench watching ...": the bench is where the viewer is
    words = set(text.translate(_WORD_BREAKS).split())
    if looks_like_caption(words, text):
        text = caption_in_plain_words(text)  # "POV: your two cats ... #lively": the cats, without the viewer and tags
    if looks_like_commands(words):
        text = commands_in_plain_words(text)  # "spawn three cats", "roll the ball from ...": what happens
    if looks_like_chat(words, text):
        text = plain_chat(text)  # "can u make a vid w/ 2 dogs walkin pls": the plain words
    if looks_like_protocol(words, text):
        text = protocol_in_plain_words(text)  # "Trial 6. Specimens: ...": the things and times, without the record's parts
    if looks_like_film_craft(words):
        text = drop_film_craft(text)  # "shallow depth of field, 35mm": how it is filmed, nothing in the scene
    if "hd" in text or any(d in text for d in "0123456789"):
        text = RESOLUTION_RE.sub(" ", text)
    if any(c in text for c in _ARROW_CHARS):
        text = ARROW_RE.sub(" to ", text)  # "bottom right → top left": a path written with arrows
    if "point" in text or "stop" in text or "leg" in text or "stage" in text or "step" in text:
        text = ROUTE_LABEL_RE.sub(lambda m: m.group("lead") or ", ", text)  # the numbers count places, not objects
    if " the left" in text or " the right" in text:
        text = SPLIT_CORNER_RE.sub(r"\1 \2", text)
    if "far" in text or "extreme" in text or "very " in text:
        text = EXTREME_SIDE_RE.sub("", text)  # "from the far left": the left, as far as a layout can say
    if "'s " in text:
        text = NOUN_IS_RE.sub(lambda m: f"{m['noun']} is " if noun_class(m["noun"]) else m.group(0), text)
    if "'" in text:
        text = CONTRACTION_RE.sub(_expand, text)  # "it's gone", "isn't", "we're": the words they stand for
    if "it is " in text:
        text = OPENING_IT_IS_RE.sub(r"\g<lead>there is ", text)
    if "back" in text or "return" in text or "reappear" in text:
        text = NOT_BACK_RE.sub(_not_back_after_absence, text)
    if "no " in text and ("gone" in text or "left" in text or "disappeared" in text or "vanished" in text):
        text = GONE_AGAIN_RE.sub(r"\g<denial>", text)
    if looks_idiomatic(text):
        text = idioms_in_plain_words(text)  # "out for a walk", "he is the main character", "where did it go"
    if " which " in text or " that " in text or " who " in text:
        text = STILL_REFERENCE_RE.sub(r", \g<said>,", text)
    if "without " in text:
        text = WITHOUT_RE.sub(_without, NONSTOP_RE.sub("", text))
    if " away" in text:
        text = AWAY_RE.sub(lambda m: f"{m['verb']} off" if VERB_KINDS.get(m["verb"]) in _SETTING_OFF_KINDS else m.group(0), text)
    if "do " in text or "does " in text or "did " in text:
        text = INVERTED_AUX_RE.sub(_in_statement_order, text)
    if " not " in text or "never " in text:
        text = NOT_SEEN_RE.sub(_absent, text)  # "does not appear in the second half": absent in it
    if " down" in text:
        text = EASING_DOWN_RE.sub(r"\1", text)  # "slowing down as it goes": how fast, not which way
    if " with " in text:
        text = ALONG_WITH_RE.sub("and", text)
    if "before " in text:
        text = FRONTED_BEFORE_RE.sub(r"\1\3 before \2", text)
    if "over " in text:
        text = OVER_ON_SIDE_RE.sub("", text)
    if "into " in text:
        text = INTO_THE_CLIP_RE.sub(lambda m: f"{m.group(1)} into view" if VERB_KINDS.get(m.group(1)) else m.group(0), text)
    if "like" in text or "you know" in text or "i mean" in text or "i guess" in text or "i think" in text or "i suppose" in text or "um" in text or "uh" in text or "er" in text or "hmm" in text:
        text = FILLER_RE.sub("", text)
    counts = _COUNT_WORD_RE.findall(text)
    if len(counts) > len(set(counts)):  # a count said twice
        text = RESTATED_COUNT_RE.sub(r"\g<said>", text)
        text = RESTATED_ALONE_RE.sub(lambda m: "" if re.search(rf"\b{m.group('said')}\b", text[:m.start()]) else m.group(0), text)
    if "then " in text and "end," in text:
        text = LAST_STEP_RE.sub(lambda m: "finally," if "then " in text[:m.start()] else m.group(0), text)
    if "hold" in text or "held" in text:
        text = HOLDS_STILL_RE.sub(lambda m: _STAY_FORMS[m.group(1)] + " still", text)
    if " the end" in text or " the close" in text or "finally" in text or "at last" in text:
        text = ENDS_RESTING_RE.sub(lambda m: f"{m.group(1)} {m.group(2)} {'are' if m.group(2) == 'they' else 'is'} ", text)
    if "empty" in text or "bare" in text or "deserted" in text or "vacant" in text or "clear" in text:
        text = STAYS_EMPTY_RE.sub(lambda m: "is " if m.group(1) else "are ", text)
    if "throughout" in text:
        text = CLOSING_THROUGHOUT_RE.sub("the whole time", text)
    if "after which" in text or "whereupon" in text or "upon which" in text or "following which" in text or ", after that" in text:
        text = AFTER_WHICH_RE.sub("; then", text)
    if "park" in text or "land" in text:
        text = PARKS_LAST_RE.sub(lambda m: f" {m.group(1)}stop{'s' if m.group(2) == 's' else 'ped'} ", text)
    if " on" in text and GOES_ON_RE.search(text):
        text = GOES_ON_RE.sub(lambda m: m.group(1) if VERB_KINDS.get(m.group(1)) in _GOING_ON_KINDS else m.group(0), text)
    if ("leav" in text or "exit" in text or "depart" in text or " out " in text) and (" left" in text or " right" in text):
        text = EXIT_BY_SIDE_RE.sub(_out_by_a_side, text)
    if "slip" in text:
        text = SLIPS_ACROSS_RE.sub(lambda m: _SLIP_FORMS[m.group(1)], text)
    if "cross" in text:
        text = CROSS_RE.sub(_cross_as_move, text)
    return " ".join(drop_setting_words(clip_phrases_in_words(text)).split())
