"""A horoscope, a text adventure's output and a voice-assistant dialogue, put into the plain scene they tell.

- A horoscope ("Aries: your clip this week holds one moving car. The stars say nothing else will appear."): the
  sign and the stars or planets that speak are never things, "nothing else will appear" (or "shall enter", any
  modal) fences the scene and brings no one in, the week is no thing, "your clip" is the clip,
  things that "fill" it or "are yours" are in view, and "the second half carries it to the left" is a move then.
- A text adventure ("You are looking at a quiet scene. You see a ball. > WAIT Time passes. The ball has rolled
  away."): the player's command is a step to a later moment, the scene looked at names no thing unless it is a
  place, what "you see" is there, "it is the second half of the clip now" is a time, "you still see four cats"
  is the same four, and "nothing else here" fences the scene. "You see it all from directly above" is the view, and
  in "you see a ball roll from ..." the plain verb is the ball's ("rolls").
- A dialogue whose second speaker confirms the first ("User: make me a clip of a car. Assistant: Sure!
  Creating a clip where a car ..."): the confirmation says the request again, so only the confirming turn is
  read, without its "Sure! Creating", and nothing is drawn twice. A chat pasted with its role labels, a turn to a line
  ("System: ...\nUser: two birds, whole clip\nAssistant: Got it. Two flying birds from start to finish."), is one scene
  told twice wherever an answering turn names every thing the request names, agreeing first or not: that turn is read
  (the fuller wording), or the request where only it tells the sides, halves, times or route ("... it visits those
  corners in that order"); later turns follow in order ("also add a dog", "no, it should run right"), and a refusal
  ("I can't ...") leaves the request standing. The "System:" turn instructs the assistant and is never in the clip,
  though a view from above it asks for ("Top-down clips only.") is the picture's.
A span from the clip's first moment to its last ("from its opening to its close", "from the first frame to the
last", "from start to end") is the whole clip in any voice: "close" there is a time, never a thing.
"""

from __future__ import annotations

import re

from .clip_phrases import whole_spans_in_words
from .object_classes import noun_class, singular
from .vocabulary import AUXILIARY_VERBS, VERB_KINDS, says_a_view_from_above
from .word_guessing import third_person, third_person_form

# a labelled turn: "user:", "assistant:", "me:", "bot:" at the start or after a sentence's end
TURN_LABEL_RE = re.compile(r"(?:^|(?<=[.!?]) +)[a-z]+ ?:\s+")
# a turn that opens by agreeing to the request and then says what it makes
CONFIRMING_RE = re.compile(r"^(?:(?:sure(?: thing)?|okay|ok|got it|of course|certainly|absolutely|alright|all right|no problem|"
                           r"right away"
                           r"|will do|coming (?:right )?up|on it|done|happy to(?: help)?)\b[ !,.]*)+"
                           r"(?:(?:i am |i will |i'll |i'm )?(?:creating|making|generating|rendering|building|producing|"
                           r"preparing|"
                           r"here is|here's|this is)\b *)?")
# a chat pasted with its role labels, a turn to a line: "System: ...", "User: ...", "Assistant: ..."
ROLE_LABEL_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<role>system|user|assistant|human|ai|bot|chatbot|model)"
                           r"[ \t]*:[ \t]*")
_ASKING_ROLES = frozenset(("user", "human"))
# a side, a half or a time: where a route, a way or a time is told
_PLACE_WORDS_RE = re.compile(r"\b(?:left|right|half|first|second|later|halfway|midway|until|after|before|end|start|"
                             r"beginning)\b")
# an answer that declines: "I can't draw a dog, but ...", "Sorry, I cannot ..."
REFUSING_RE = re.compile(r"^(?:(?:sorry|unfortunately|i'm sorry|i am sorry)[ ,!.]*)*(?:i|we) (?:can't|cannot|can not|"
                         r"won't|am unable to|am not able to|do not|don't)\b")
# the user taking up what a refusal offers: "ok", "fine, go ahead", "yes please, do that"
ACCEPTING_RE = re.compile(r"^(?:ok(?:ay)?|sure|fine|yes|yeah|alright|all right|that works|go ahead|do that|sounds good|"
                          r"great|perfect)\b")
# a later request changing the thing: "now make it a cat that runs right", "change it to a dog instead"
CHANGE_RE = re.compile(r"^(?:(?:now|actually|instead|please|no)[ ,]+)*(?:make|change|turn) (?:it|that|them|the [a-z]+) "
                       r"(?:into |to )?(?P<new>(?:an?|one|two|three)(?: [a-z]+){1,3}?)(?: instead)?,? "
                       r"(?:that|which|who) (?P<rest>[a-z].*)$")
# a correction of the way: "no, it should run right", "actually it goes left"
CORRECTION_RE = re.compile(r"^(?:no|nope|actually|wait|sorry)\b[ ,!.]*(?P<rest>.*)$")
SIDE_RE = re.compile(r"\b(?:left|right)\b")
_MADE_CLIP_RE = re.compile(r"^(?:an? |the |your )?(?:short )?(?:clip|video)(?= (?:where|in which|with|of|seen|showing|that)\b)")

SIGN_RE = re.compile(r"^(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)\s*:\s*")
# "the stars say", "the planets agree that", "the stars promise"
STARS_SAY_RE = re.compile(r"\b(?:the )?(?:stars|planets|heavens|cards|moon|signs)(?: all)? (?:say|says|agree|agrees|promise|"
                          r"promises|predict"
                          r"|predicts|foresee|foresees|tell|tells|reveal|reveals|insist|insists|whisper|whispers|declare|"
                          r"declares)"
                          r"(?: (?:that|you|us))?,? ")
THIS_WEEK_RE = re.compile(r"\b(?:this|next|the coming) (?:week|month|year)(?:'s)?\b ?")
# "your clip is seen from straight above.": the view of all that follows
SEEN_FROM_ABOVE_RE = re.compile(r"\b(?:the|your) (?:whole )?(?:clip|video) is (?:seen|shot|filmed|viewed) from (?P<how>straight |"
                                r"directly )?above\.\s*")
YOUR_CLIP_RE = re.compile(r"\byour (?=(?:whole |entire )?(?:clip|video)\b)")
# "three cats fill the whole of the clip", "one cat fills the clip from start to end"
FILLS_CLIP_RE = re.compile(r"\b(?P<verb>fills|fill) (?:the whole of |all of )?the (?:whole |entire )?(?:clip|video)\b")
ARE_YOURS_RE = re.compile(r"\b(?P<verb>is|are) yours\b")
# "the second half carries it to the left side": it moves there then
HALF_CARRIES_RE = re.compile(r"\bthe (?P<half>first|second|opening|closing|latter) half (?:carries|takes|brings|sends|moves|"
                             r"drives|walks|rolls)"
                             r" (?P<who>it|them|the [a-z]+) ")

# "you are looking at an empty scene.": the look names no thing; "you are looking at an open sky" is the place
EMPTY_LOOK_RE = re.compile(r"\byou (?:are|were) (?:looking at|standing in|in) (?:an? |the )?(?:empty|quiet|still|calm|bare|"
                           r"silent|peaceful"
                           r"|plain|ordinary|simple)? ?(?:scene|place|room|spot|area|setting|view)\.\s*")
LOOKING_AT_RE = re.compile(r"\byou (?:are|were) looking at (?:an? |the )?")
# "> wait", "> look around", "> z": the player's command, then "time passes." A command opens on its verb, never on an
# article, a count or a pronoun: "> two cats sit on the sofa." is a quoted line telling the scene, no command
_NO_COMMAND_OPENS = (r"(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|this|these|those|that|it|they"
                     r"|he|she|there|no)\b")
COMMAND_RE = re.compile(r"(?:^|\s)>\s*(?!" + _NO_COMMAND_OPENS + r")[a-z]+"
                        r"(?: (?!(?:time|you|the|an?|it|there|later)\b)[a-z]+)?\s*(?=[a-z])")
TIME_PASSES_RE = re.compile(r"\b(?:some |a little |more )?time (?:passes|goes by|has passed)\.\s*")
# "it is the second half of the clip now.", "it is now the first half of the clip, and"
HALF_NOW_RE = re.compile(r"\bit is (?:now )?the (?P<half>first|second) half(?: of the (?:clip|video))?(?: now)?(?:\.|"
                         r",)\s*(?:and )?")
STILL_SEE_RE = re.compile(r"\byou (?:still|again) see (?:the (?:same )?)?(?P<count>a|an|one|two|three|four|five|six|"
                          r"\d+)? ?(?P<rest>[^.;!?]+)")
YOU_SEE_RE = re.compile(r"\byou (?:can )?(?:see|notice|spot)\b ?")
# "you see it all from directly above", "you take in everything from overhead": the view of the whole scene, no thing
SEE_IT_ALL_RE = re.compile(r"\byou (?:can )?(?:see|view|watch|take in|look at) (?:it all|everything|all of it|the whole (?:scene|"
                           r"room|place))"
                           r"(?: in)? from (?P<how>straight |directly |right )?(?P<where>above|overhead)\b")
# "you see a moving ball roll from ...": the plain verb after one thing seen is that thing's verb ("rolls"), said before
# the "you see" goes ("you watch a ball roll" keeps its watcher, whose seat other readers drop)
SEEN_DOING_RE = re.compile(r"\byou (?:can )?(?:still )?(?:see|notice|spot) (?P<thing>(?:a|an|one) [a-z]+(?: [a-z]+){0,2}) "
                           r"(?P<verb>[a-z]+)(?= (?:from|to|towards?|across|along|around|past|into|in|out|off|away|up|down|"
                           r"over)\b)")
NOTHING_HERE_RE = re.compile(r"\bthere is nothing else (?:here|around)\b")
# "a ball has rolled in" after the wait: it came in during the time that passed, not before it
HAS_COME_IN_RE = re.compile(r"\b(?:has|have) (?P<verb>[a-z]+) in(?= *[,.;!?]|$)")
THERE_HERE_RE = re.compile(r"\b(?P<what>there is no [a-z]+) here\b")

# "and nothing else appears", "nothing else will show up", "nothing else shall enter", "nothing more may come in": a
# fence on further things, with a modal or without, never an arrival of the ones named
NOTHING_ELSE_ARRIVES_RE = re.compile(
    r"\bnothing (?:else|more) (?:ever )?(?:appears|shows up|turns up|comes in|arrives|enters"
    r"|(?:will|shall|may|can|could|would|is to|is going to|is allowed to|gets to) (?:ever )?"
    r"(?:appear|show up|turn up|come in|come along|arrive|enter|join(?: them| it)?))\b")
_VOICE_WORDS = ("from ", "nothing else ", "nothing more ", ":", "you ", "> ", "time passes", "stars", "planets", "week")


def looks_like_horoscope_adventure_or_assistant(text: str) -> bool:
    return any(word in text for word in _VOICE_WORDS)


def _things_named(text: str) -> set[str]:
    return {singular(word) for word in re.findall(r"[a-z]+", text) if word not in AUXILIARY_VERBS and noun_class(word)}


def _role_turns(text: str) -> list[tuple[str, str]] | None:
    """Each turn of a chat pasted with its role labels, as (role, words); None unless one asks and another answers."""
    labels = list(ROLE_LABEL_RE.finditer(text))
    roles = {label["role"] for label in labels}
    if len(labels) < 2 or roles.isdisjoint(_ASKING_ROLES) or roles <= _ASKING_ROLES | {"system"} \
            or text[:labels[0].start()].strip():
        return None
    return [(label["role"], text[label.end():following.start() if following else len(text)].strip())
            for label, following in zip(labels, labels[1:] + [None])]


def restated_chat(text: str) -> str | None:
    """The scene of a chat pasted with its role labels whose answering turn says the request again, "User: two birds,
    whole clip\nAssistant: Got it. Two flying birds from start to finish.": read as a conversation, each request and
    its restatement told once, from that turn (the fuller wording), or from the request where only the request tells
    a side, a half or a time; later turns follow in order, an added thing added and a change or a "no, ..." correcting
    the scene before it. A refusal ("I can't ...") agrees to nothing: the request stands. A "System:" turn instructs
    the assistant and is never in the clip; a view from above it asks for is the picture's. None where no turn
    restates or declines the request, or where the user takes up what a refusal offers instead."""
    turns = _role_turns(text)
    if turns is None:
        return None
    views = " ".join(words for role, words in turns if role == "system")
    scene: list[str] = []  # what is told so far, in order
    pending: list[str] = []  # requests not yet answered
    asked: set[str] = set()  # things the requests not yet answered name
    asked_before: set[str] = set()  # things the answered requests name
    restated = refused = declined = False
    for role, said in ((role, said) for role, said in turns if role != "system"):
        if role in _ASKING_ROLES:
            if refused and ACCEPTING_RE.match(said):
                return None  # the user takes what the refusal offers: left to the other readers
            refused = False
            said = _corrected(scene, said) if restated else said
            if said:
                pending.append(said)
                asked |= _things_named(said)
            continue
        if REFUSING_RE.match(said):
            refused = declined = True
            continue
        confirmation = CONFIRMING_RE.match(said)
        said = said[confirmation.end():] if confirmation else said
        answered = _things_named(said)
        if asked_before | asked and asked_before | asked <= answered:
            request, scene = " ".join(scene + pending), []  # the answer says the whole scene so far again
        elif asked and asked <= answered:
            request = " ".join(pending)
        else:
            continue  # chatter or a question back: the requests stay as asked
        asked_before |= asked
        asked = set()
        if set(_PLACE_WORDS_RE.findall(request)) - set(_PLACE_WORDS_RE.findall(said)):
            views += f" {said}"
            said = request  # "... from the lower right corner to ...\nAssistant: Sure: it visits those corners."
        scene.append(said)
        pending, restated = [], True
    if not (restated or declined):
        return None
    told = " ".join(_sentence(words) for words in scene + pending)
    if says_a_view_from_above(views) and not says_a_view_from_above(told):
        told = f"seen from above, {told}"
    return _MADE_CLIP_RE.sub("a clip", told)


def _sentence(words: str) -> str:
    return words if words.endswith((".", "!", "?")) else f"{words}."


def _corrected(scene: list[str], said: str) -> str:
    """A later request read against the scene told so far: "now make it a cat that runs right" makes the scene that
    cat's, "no, it should run right" turns the way the scene told; anything else is a request of its own."""
    change = CHANGE_RE.match(said)
    if change:
        scene[:] = []
        return f"{change['new']} {change['rest'].strip()}"
    correction = CORRECTION_RE.match(said)
    if correction and not _things_named(correction["rest"]):
        side = SIDE_RE.search(correction["rest"])
        told = " ".join(scene)
        if side and SIDE_RE.search(told):
            scene[:] = [SIDE_RE.sub(side[0], told)]
            return ""
    return said


def _confirmed_turn(text: str) -> str:
    """The confirming turn alone when a later speaker restates the request; otherwise the text as it was."""
    labels = list(TURN_LABEL_RE.finditer(text))
    if len(labels) < 2:
        return text
    turns = [text[label.end():following.start() if following else len(text)].strip()
             for label, following in zip(labels, labels[1:] + [None])]
    for turn in reversed(turns[1:]):
        confirmation = CONFIRMING_RE.match(turn)
        if confirmation and confirmation.end():
            said = turn[confirmation.end():]
            return _MADE_CLIP_RE.sub("a clip", said)
    return text


def _horoscope_in_plain_words(text: str) -> str:
    text = SIGN_RE.sub("", text)
    if "stars" in text or "planets" in text or "heavens" in text or "cards" in text or "moon" in text or "signs" in text:
        text = STARS_SAY_RE.sub("", text)
    if "week" in text or "month" in text or "year" in text:
        text = THIS_WEEK_RE.sub("", text)
    if "above" in text:
        text = SEEN_FROM_ABOVE_RE.sub(lambda m: f"seen from {m['how'] or ''}above, ", text)
    if "your " in text:
        text = YOUR_CLIP_RE.sub("the ", text)
    if "fill" in text:
        text = FILLS_CLIP_RE.sub(
            lambda m: "is in view for the whole clip" if m["verb"] == "fills" else "are in view for the whole clip", text)
    if "yours" in text:
        text = ARE_YOURS_RE.sub(r"\g<verb> in view", text)
    if " half " in text:
        text = HALF_CARRIES_RE.sub(r"in the \g<half> half \g<who> moves ", text)
    return text


def _still_seen(match: re.Match) -> str:
    plural = match["count"] not in (None, "a", "an", "one")
    return f"the {match['rest'].strip()} {'are' if plural else 'is'} still there"


def _seen_doing(match: re.Match) -> str:
    verb = match["verb"]
    if VERB_KINDS.get(verb) is None or third_person_form(verb) or verb.endswith(("ing", "ed")):
        return match.group(0)
    return f"{match['thing']} {third_person(verb)}"


def _adventure_in_plain_words(text: str) -> str:
    if "you " in text:
        text = EMPTY_LOOK_RE.sub("", text)
        text = LOOKING_AT_RE.sub("", text)
        if " from " in text:
            text = SEE_IT_ALL_RE.sub(lambda m: f"seen from {m['how'] or ''}{m['where']}", text)
        text = SEEN_DOING_RE.sub(_seen_doing, text)
    if ">" in text:
        text = COMMAND_RE.sub(" ", text)
    if "time " in text:
        text = TIME_PASSES_RE.sub("later, ", text)
        text = HAS_COME_IN_RE.sub(r"\g<verb> in", text)
    if "it is " in text:
        text = HALF_NOW_RE.sub(r"in the \g<half> half, ", text)
    if "you " in text:
        text = STILL_SEE_RE.sub(_still_seen, text)
        text = YOU_SEE_RE.sub("", text)
    if " here" in text:
        text = THERE_HERE_RE.sub(r"\g<what>", NOTHING_HERE_RE.sub("nothing else is there", text))
    return text


def horoscope_adventure_and_assistant_in_plain_words(text: str) -> str:
    """The scene each of these voices tells, in the plain words the pass reads."""
    if ":" in text:
        text = restated_chat(text) or _confirmed_turn(text)
        text = SIGN_RE.sub("", text)
    text = whole_spans_in_words(text)
    if "nothing else " in text:
        text = NOTHING_ELSE_ARRIVES_RE.sub("nothing else is there", text)
    if "stars" in text or "planets" in text or "week" in text or "your " in text or "fill" in text or " half " in text:
        text = _horoscope_in_plain_words(text)
    if "you " in text or ">" in text or "time passes" in text or "it is " in text:
        text = _adventure_in_plain_words(text)
    return re.sub(r"\s{2,}", " ", text).strip()
