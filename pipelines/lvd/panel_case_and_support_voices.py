"""A support chat, a comic's panel script and a detective's case notes, put into the plain scene they tell.

- A support chat ("Agent: Happy to help! Anything else? Customer: No, just two cats."): the labels are speakers,
  never things; an agent's turn that only agrees ("Got it, left to right.", "Perfect, noted.") says nothing new,
  and a question is read with its answer: a wh-question ("Which way does the car go?", "And the bird?") is answered
  by the reply alone, its "it" the thing asked about, and a bare time or way completes "When does the bird show
  up?" or "Which way should the dog walk?"; "And the second half?" times the reply; "Anything else?"
  answered "no" is "nothing else"; a listener asked to make something ("Can you make it show two balls?") asks, the
  "Absolutely!" after it agrees. A chat whose confirming turn says the whole request again is left to the
  assistant's reader, which reads that turn alone. A group chat's log opens each line on a name ("maya: ...\njules:
  ...", one friend's messages one after another too): the names are speakers, and an "ok" run straight into a
  clause ("ok the clip is ...", "ok look at that car") only leads into it. A bare "which way?" asks after the move
  told just before it: a bare way answered ("right to left") is that move's way, never a second move, the answer's
  "it" is the thing it told of, and "no idea" says nothing.
- Case notes compare as they tell ("rolled through like they owned the place"; similes.py reads those). "Not a
  whisker of it" only stresses the "not" before it, and "the second half brought a ball into the frame" says the
  ball came in then.
- A panel script times a panel by a bare half ("PANEL 2: Second half. A cat leaps in."): a sentence that is only a half,
  or asks only a half ("second half?? gone."), times the sentence after it; "Empty frame." is the frame being empty, and a
  caption's bare "Gone!" ("And just like that... gone.") says the going of what was there (after a sound of speed,
  "Zoom. Gone.", how fast it went by, as "whoosh, gone"). Things that "came into the frame and
  stayed in it from beginning to end" stayed in it all along: they were there from the start.
- Notes on a route: a bare place said "first" ("Lower left corner first, then ...") is where the thing starts, a verb
  the tables do not know "around" a place ("sniffs around the lower right corner") is there, and "no wasted moves" (a
  participle and a noun, neither a thing) denies nothing of the scene; an aside where "alibis fall apart" breaks
  something up and drops nothing.
"""

from __future__ import annotations

import re

from .horoscope_adventure_and_assistant_voices import CONFIRMING_RE, restated_chat
from .object_classes import noun_class, singular
from .route_clauses import corner_pattern
from .transcript_voice import ANSWER_PRONOUN_RE, answered
from .vocabulary import COLORS, VERB_KINDS
from .word_guessing import third_person

# "customer: ", "agent: " opening a turn: at the start or after a sentence's end
# (also right after a turn the addresses emptied, "agent: customer: ...", and last, "... customer:" once "thanks!" went)
_LABEL_RE = re.compile(r"(?:^|(?<=[.!?]) +|(?<=: )|(?<=\n))(?P<label>[a-z]+) ?:(?: +|$)")
# an agreeing opening: "got it,", "sure thing!", "yes!", "perfect.", "great, noted.", "understood, left to right!"
_AGREEING = (r"(?:yes|yeah|yep|sure(?: thing)?|okay|ok|got it|of course|certainly|absolutely|alright|all right|no problem|"
             r"right away"
             r"|will do|on it|done|happy to help|glad to help|perfect|great|noted|understood|sounds good|excellent"
             r"|wonderful|lovely|cool|thanks|thank you)")
_AGREEING_RE = re.compile(rf"^{_AGREEING}\b")
# "ok the clip is just one car", "ok so there's a bird": an opening word run straight into a clause, with no comma or
# stop after it, only leads into that clause, which stays
_AGREEING_LEAD_RE = re.compile(r"^(?:(?:ok|okay|alright|so|yeah|yes|yep|well) )+(?=(?:the|a|an|this|that|it|it's|its|there"
                               r"|there's|they|one|two|three|four|both|just|only)\b)")
_BARE_LEAD_RE = re.compile(r"^(?:(?:ok|okay|alright|so|yeah|yes|yep|well) )+(?=[a-z])")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
_WH_RE = re.compile(r"^(?:and |so |ok,? |okay,? )?(?:what|which|how|where|when|who)\b")
# "and the bird?", "what about the car?": a question naming only what it asks about
_ELLIPTICAL_RE = re.compile(r"^(?:and|so|what about|how about) (?P<asked>(?:in |for |during )?(?:the|a|an) [a-z -]+)$")
_TIME_RE = re.compile(r"^(?:in |for |during )?the (?:first|second|other|last) half$|^(?:at |by )?the (?:start|beginning|end)$")
_ELSE_RE = re.compile(r"\b(?:anything|something|nothing) else\b")
_NO_RE = re.compile(r"^(?:no|nope|nah)\b[,.!]?\s*")
# "can you make it show two balls?", "could you please create a clip of ...?": the listener asked to make the clip
_REQUEST_RE = re.compile(r"^(?:so |and )?(?:can|could|would|will) you (?:please |just )?(?:make|show|create|give|render|draw"
                         r"|generate|build|produce|animate)\b")
# "when does the bird show up?", "which way should the dog walk?": a question the answer's bare time or way completes
_HOW_OR_WHEN_RE = re.compile(r"^(?:and |so )?(?:when|which way|what way|which direction|in which direction|how) (?:does|do|did|"
                             r"will|should"
                             r"|would|can) (?P<subject>.+?) (?P<verb>[a-z]+(?: (?:up|in|out|off|around|along))?)$")
# "seen from above, which way does a ball roll?": a view set off before the question, said before its answer
_VIEW_LEAD_RE = re.compile(r"^(?P<view>(?:(?:seen|viewed|filmed|shot|looking down) )?from (?:above|overhead|the top)|"
                           r"overhead|top-down|from a top-down view),\s*")
# "where does a dog walk?", "which way does a moving ball roll?": a question a bare route of corners answers
_ROUTE_ASKED_RE = re.compile(r"^(?:and |so )?(?:where|which way|what way|which direction|in which direction) "
                             r"(?:does|do|did|will|should|would|can) (?P<subject>.+?) (?P<verb>[a-z]+)$")
_ROUTE_CORNER = corner_pattern(noun="required")
_BARE_ROUTE_RE = re.compile(rf"^{_ROUTE_CORNER}(?:,? (?:then |and then |and |to |then to )?{_ROUTE_CORNER}){{1,3}}"
                            r"[.!]?$")
_CORNER_IN_ROUTE_RE = re.compile(_ROUTE_CORNER)
# "can a bird pass a car that stays still?", "one walking dog, start to finish?": a question asking whether the clip
# holds what it says, answered by a statement that names its things anew
_YES_NO_ASK_RE = re.compile(r"^(?:can|could|does|do|did|is|are|was|were|will|would|has|have)\b|^(?:a|an|one|two|three|"
                            r"four|five)\b")
_ARTICLE_OR_COUNT_RE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b")
# "which way?", "what direction??", "and in which direction": a question after the way of the move told before it
_BARE_WAY_ASK_RE = re.compile(r"^(?:and |so |ok,? )?(?:which|what|in which|in what) (?:way|direction)$")
# "right to left", "from the left to the right", "leftward": a way said alone
_BARE_WAY_RE = re.compile(r"^(?:from (?:the )?)?(?:left|right|top|bottom)(?:wards?)? (?:to|toward|towards) (?:the )?(?:left|"
                          r"right|top|bottom)\b"
                          r"|^(?:left|right|up|down)wards?\b|^to the (?:left|right)\b")
# "no idea, it just runs", "not sure.": not knowing says nothing of the scene ("idea" is no thing in it)
_HEDGE_RE = re.compile(r"^(?:no idea|not sure|dunno|idk|who knows|no clue|i (?:do not|don't|dont) know)\b[,.!]*\s*")


def _labels(text: str) -> list[re.Match]:
    return list(_LABEL_RE.finditer(text))


def looks_like_support_chat(text: str) -> bool:
    """Two speakers taking turns, one answering the other's question or agreeing to what the other said."""
    labels = _labels(text)
    names = [label["label"] for label in labels]
    if any(noun_class(name) for name in names):
        return False
    if len(names) > len(set(names)) and all(label.start() == 0 or text[label.start() - 1] == "\n" for label in labels):
        return True  # "ruth: ...\nruth: ...": a chat log, every line opened by a speaker who speaks again
    if len(set(names)) < 2 or any(a == b for a, b in zip(names, names[1:])):
        return False
    return "?" in text[:labels[-1].start()] or any(_AGREEING_RE.match(turn) for turn in _turns(text, labels)[1:])


def _turns(text: str, labels: list[re.Match]) -> list[str]:
    """The words of each turn, from its label (``_labels(text)``) to the next."""
    return [text[label.end():following.start() if following else len(text)].strip()
            for label, following in zip(labels, labels[1:] + [None])]


def _things_named(text: str) -> set[str]:
    return {singular(word) for word in re.findall(r"[a-z]+", text) if noun_class(word)}


def _restates_request(turns: list[str]) -> bool:
    """Whether a later turn agrees and then says again every thing the others name (the assistant's confirmation)."""
    for index, turn in enumerate(turns[1:], start=1):
        confirmation = CONFIRMING_RE.match(turn)
        if not confirmation or not confirmation.end():
            continue
        said, asked = _things_named(turn[confirmation.end():]), _things_named(" ".join(turns[:index]))
        if said and asked <= said:
            return True
    return False


def _leads_into_a_thing(sentence: str) -> bool:
    """"ok look at that car": an opening word with no comma or stop after it, run into a clause that names a thing."""
    lead = _BARE_LEAD_RE.match(sentence)
    return lead is not None and bool(_things_named(sentence[lead.end():]))


def _without_agreement(turn: str) -> str:
    """``turn`` without its agreeing sentences: they say again what was asked, or nothing."""
    kept = [(_BARE_LEAD_RE if _leads_into_a_thing(sentence.strip()) else _AGREEING_LEAD_RE).sub("", sentence.strip())
            for sentence in _SENTENCE_RE.findall(turn)
            if not (_AGREEING_RE.match(sentence.strip()) and not _AGREEING_LEAD_RE.match(sentence.strip())
                    and not _leads_into_a_thing(sentence.strip()) and not sentence.rstrip().endswith("?"))]
    return " ".join(sentence for sentence in kept if sentence)


def _thing_asked(question: str) -> str | None:
    """The thing a question asks about, with its determiner ("the dog")."""
    for match in re.finditer(r"\b(?:the|a|an|this|that) (?P<words>[a-z-]+(?: [a-z]+)?)", question):
        words = match["words"].split()
        for count in range(1, len(words) + 1):
            if noun_class(words[count - 1]):
                return " ".join(["the", *words[:count]])
    return None


def _route_answered(asked: str, answer: str) -> str | None:
    """"where does a dog walk? lower right corner, then upper right corner, ...": the thing asked after goes from
    the answer's first corner to the next, in order; None where the answer is no bare route or the question no such
    question."""
    gap = _ROUTE_ASKED_RE.match(asked)
    if gap is None or not _BARE_ROUTE_RE.match(answer):
        return None
    corners = [corner.removeprefix("the ") for corner in _CORNER_IN_ROUTE_RE.findall(answer)]
    legs = f"from the {corners[0]} to the {corners[1]}" + "".join(f", then to the {c}" for c in corners[2:])
    verb, _, particle = gap["verb"].partition(" ")
    return f"{gap['subject']} {' '.join(filter(None, (third_person(verb), particle)))} {legs}."


def _told_anew(asked: str, answer: str) -> bool:
    """Whether a yes-or-no ``asked`` is answered by a statement naming every thing it asks after with its own "a" or
    count and no colour it leaves out: the answer tells the scene, the question only asked it."""
    opening = _YES_NO_ASK_RE.match(asked)
    things = _things_named(asked[opening.end():]) if opening else set()  # "can a bird ...": no can in it
    if not things or not things <= _things_named(answer):
        return False
    if not _ARTICLE_OR_COUNT_RE.match(answer) or _NO_RE.match(answer):
        return False
    return all(word in answer.split() for word in re.findall(r"[a-z]+", asked) if word in COLORS)


def _reply_to(question: str, answer: str) -> str:
    """One statement for ``question`` and its ``answer``."""
    asked = question.rstrip("?! ").strip()
    view = _VIEW_LEAD_RE.match(asked)
    if view and (told := _route_answered(asked[view.end():], answer)):
        return f"{view['view']}. {told}"  # "seen from above, which way does a ball roll? A, then B": the view first
    if told := _route_answered(asked, answer):
        return told
    if _told_anew(asked, answer):
        return answer
    if _ELSE_RE.search(asked):  # "anything else? no, just two cats": nothing else, and what the rest says
        if _NO_RE.match(answer):
            return "nothing else. " + _NO_RE.sub("", answer)
        return answer
    elliptical = _ELLIPTICAL_RE.match(asked)
    if elliptical and _TIME_RE.match(elliptical["asked"]):  # "and the second half? no car at all": then
        when = elliptical["asked"]
        return f"{when if when.startswith(('in ', 'at ', 'by ')) else 'in ' + when.removeprefix('for ')}, {answer}"
    if elliptical or _WH_RE.match(asked):
        thing = _thing_asked(asked)
        if thing and ANSWER_PRONOUN_RE.match(answer):
            return ANSWER_PRONOUN_RE.sub(thing, answer, count=1)
        gap = _HOW_OR_WHEN_RE.match(asked)
        if thing and gap and not any(noun_class(word) for word in re.findall(r"[a-z]+", answer)):
            # "only in the second half": the bird shows up then (after "does" or "should" the verb is its base form)
            verb, _, particle = gap["verb"].partition(" ")
            return f"{gap['subject']} {' '.join(filter(None, (third_person(verb), particle)))} {answer}"
        if elliptical or not re.match(r"^(?:and |so )?(?:which|what) side|^(?:and |so )?where\b|^(?:and |so )?how long\b", asked):
            return answer
    return answered(question, answer)


def _way_told(question: str, answer: str, said: list[str]) -> bool:
    """Read a bare "which way?" with its ``answer`` into ``said``: it asks after the move told last, so a bare way
    ("right to left") is that move's way, never a second move, and the answer's "it" is the thing that move told of."""
    if not _BARE_WAY_ASK_RE.match(question.rstrip("?! ")) or not said or not _things_named(said[-1]):
        return False
    if ANSWER_PRONOUN_RE.match(answer):
        thing = next(word for word in re.findall(r"[a-z]+", said[-1]) if noun_class(word))  # the subject, not its room
        said.append(ANSWER_PRONOUN_RE.sub(f"the {thing if answer.startswith('they') else singular(thing)}", answer, count=1))
        return True
    if _things_named(answer) or any(VERB_KINDS.get(word) for word in re.findall(r"[a-z]+", answer)) \
            or not _BARE_WAY_RE.match(answer):
        return False
    said[-1] = f"{said[-1].rstrip('.!; ')} {answer}"
    return True


# a poster's or report's section on how the clip was watched, "Method: watch.", answers no question
_METHOD_LABELS = frozenset(("method", "methods", "procedure", "materials"))


def support_chat_in_plain_words(text: str) -> str:
    """``text``'s turns without their labels, agreements dropped and each question read with its answer."""
    labels = _labels(text)
    turns = _turns(text, labels)
    if _restates_request(turns) or restated_chat(text) is not None:
        return text
    turns = [turn for label, turn in zip(labels, turns)
             if label["label"] not in _METHOD_LABELS or _things_named(turn)]
    lead = text[:labels[0].start()].strip()
    said: list[str] = [lead] if lead else []
    index = 0
    while index < len(turns):
        turn = _without_agreement(turns[index])
        sentences = [sentence.strip() for sentence in _SENTENCE_RE.findall(turn)]
        if sentences and sentences[-1].endswith("?") and index + 1 < len(turns):
            said.extend(sentences[:-1])
            question = sentences[-1]
            if _REQUEST_RE.match(question):  # asked to make it: the request stands, the reply only agrees
                said.append(question)
                index += 1
                continue
            reply = [sentence.strip() for sentence in _SENTENCE_RE.findall(turns[index + 1])]
            asks_back = len(reply) > 1 and reply[-1].endswith("?") and index + 2 < len(turns)
            answer = " ".join(reply[:-1] if asks_back else reply)
            if _WH_RE.match(question) or _ELLIPTICAL_RE.match(question.rstrip("?! ")) or _ELSE_RE.search(question):
                answer = _HEDGE_RE.sub("", _without_agreement(answer))
            if not (answer and _way_told(question, answer, said)):
                said.append(_reply_to(question, answer) if answer else question)
            if asks_back:  # "sure! anything else?": the reply asks in turn, and the next turn answers that
                turns[index + 1] = reply[-1]
                index += 1
            else:
                index += 2
            continue
        if turn:
            said.append(turn)
        index += 1
    return " ".join(part if part.endswith((".", "!", "?", ";")) else part + "." for part in said if part)


# "..., not a whisker of it", "not a trace of them": a part or trace named only to stress the "not"
_NOT_A_BIT_RE = re.compile(r",? ?\bnot (?:a|an|one) (?:single )?[a-z]+ of (?:it|them)\b")
# "the second half brought a moving ball into the frame": the ball came in then
_HALF_BROUGHT_RE = re.compile(r"\bthe (?P<half>first|second|opening|closing|final|last) half (?:brought|brings|delivered|"
                              r"delivers|gave"
                              r"|gives|sent|sends)(?: (?:us|me))? (?P<thing>(?:a|an|one|two|three|four|five) [a-z -]+?)"
                              r"(?: (?P<into>into (?:the frame|view|the picture|the shot|the scene|frame)|in))?(?=[,.;!?]|$|"
                              r" and\b)")
# "in the second half. a cat leaps in.", "first half. nothing in the frame.": a sentence that is only a half
# ("second half?? gone.", "and in the second half? no cat.", "in the second half; no car.": a bare half asked, or set
# off by a semicolon before a bare denial of a thing, is timed by the answer after it too, unless that answer is a bare
# "yes" or "no" of its own, "In the second half? No, ...", which the question's readers take as a reply; a "no" before
# a thing's noun, "no cat", is the answer's absence, before any other word, "no change", a reply; a bare "not a red
# car." answering it is "no red car"; "; not yet flying", "; not moving" deny a state, never the thing)
_BARE_HALF_RE = re.compile(r"(?:^|(?<=[.!?:] ))(?:(?:and|but|so|then),? )?(?:in |for |during )?(?:the )?"
                           r"(?:(?P<half>first|second) half\. (?=[a-z])"
                           r"|(?P<asked>first|second) half(?:\?+ |; (?=no [a-z]|none\b|not (?:a|an|one) ))"
                           r"(?:(?P<not_one>not (?:a|an|one) )(?=(?:[a-z]+ ){0,2}(?P<named>[a-z]+)[.!]))?"
                           r"(?=no (?P<denied>[a-z]+)|(?!(?:no|yes|nope|yeah|yep)\b)[a-z]))")
# "empty frame.", "an empty panel!": the frame is empty
_EMPTY_FRAME_RE = re.compile(r"(?:^|(?<=[.!?:] ))(?:an? )?(?:empty|blank|bare) (?:frame|panel|shot|screen|picture|scene|view|"
                             r"image|sky)(?=[.!,;])")


def _bare_half_timed(match: re.Match) -> str:
    """The bare half said as the time of what follows, unless the answer is a "no" before a word that names no thing
    of the prompt ("In the second half? No difference."): that is a reply to the question."""
    denied = match["denied"] or match["named"]
    told_before = denied and re.search(rf"\b{denied}\b", match.string[:match.start()])
    if denied and not told_before and (match["not_one"] or noun_class(denied) is None):
        return match.group(0)  # "not a cat." of a cat never told is no cat to time
    return f"in the {match['half'] or match['asked']} half, {'no ' if match['not_one'] else ''}"


# "gone!", "and... gone.", "and. gone, ...": a bare "gone" says the going of what was there; after a sound of speed
# ("zoom. gone.", "whoosh! gone!") that follows a move ("a fox runs from the left ... vroom. gone.") it is the sound's
# own, how fast it went by, as "whoosh, gone" is; after a still thing ("a cat sits on the right. whoosh! gone.") it is
# still the thing's going
_SPEED_SOUNDS = ("zoom", "whoosh", "swoosh", "vroom", "whizz", "whiz", "zip", "zing")
_BARE_GONE_RE = re.compile(r"(?:^|(?<=[.!?:] ))(?:and(?:\.+ ?| ))?(?:just )?(?:gone|vanished)(?=[.!,;]|$)")
_AFTER_SPEED_RE = re.compile(r"(?:^|(?<=[.!?:] ))(?P<before>[^.!?]*)[.!?]+ (?:" + "|".join(_SPEED_SOUNDS)
                             + r")(?: (?:" + "|".join(_SPEED_SOUNDS) + r"))?[.!]+ $")
# the kinds of verb that give a thing no move: a sound of speed after them is no going-by
_UNMOVING_KINDS = frozenset(("rest", "appear", "disappear", "break"))


def _bare_gone(match: re.Match) -> str:
    """"it is gone", unless a sound of speed stands right before it after a sentence that gives a thing a move."""
    speed = _AFTER_SPEED_RE.search(match.string[:match.start()][-400:])
    if speed and any(VERB_KINDS.get(word, "rest") not in _UNMOVING_KINDS for word in re.findall(r"[a-z]+", speed["before"])):
        return match.group(0)
    return "it is gone"


# "came into the frame and stayed in it the whole time": in view from start to end, so there from the start
_CAME_IN_FOR_GOOD_RE = re.compile(r"\b[a-z]+ into (?:the frame|view|the shot|the picture|frame) and (?P<stayed>stayed|stays|stay|"
                                  r"remained"
                                  r"|remains|remain)(?: (?:in it|in there|there|in the frame|in view|put))?"
                                  r"(?= (?:the whole time|the whole clip|throughout|from (?:the )?(?:start|"
                                  r"beginning) to (?:the )?(?:end|finish))\b)")
_PLACE = rf"(?:{corner_pattern(article=False, noun='required')}|(?:left|right) side)"
# "lower left corner first, then the lower right corner, ...": a bare place said first is where the thing starts
_PLACE_FIRST_RE = re.compile(rf"(?:^|(?<=[.;:!] ))(?:the )?(?P<place>{_PLACE})(?: of the frame)? (?:first|at first|to start"
                             r"|to begin with)(?=, then\b)")
# "sniffs around the lower right corner", "noses about the left side": a verb the tables do not know, about a place
_ABOUT_A_PLACE_RE = re.compile(rf"\b(?P<verb>[a-z]+) (?:around|about) (?=the {_PLACE}\b)")
# "three stops, no wasted moves": a participle before a noun, neither a thing, denies nothing of the scene ("no need
# to fade it" has no participle and no noun, and is left to the order it denies)
_NO_SUCH_RE = re.compile(r",? \bno (?P<participle>[a-z]+ed) (?!(?:to|for|of|in|on|at|by|with)\b)(?P<noun>[a-z]+)\b")


# "I've seen alibis fall apart slower": falling apart is breaking up, never a drop
_FALLS_APART_RE = re.compile(r"\b(?P<verb>fall|falls|fell|falling|fallen) apart\b")
_CRUMBLE_FORMS = {"fall": "crumble", "falls": "crumbles", "fell": "crumbled", "falling": "crumbling", "fallen": "crumbled"}

# "where's the cat? not there!", "where are the dogs? nowhere.": a thing asked after and answered absent is not there then
_WHERE_ABSENT_RE = re.compile(r"(?:^|(?<=[.!?:;,] ))where(?:'s| is| (?P<are>are)) (?:the |that |those |my |"
                              r"our )?(?P<thing>[a-z]+(?: [a-z]+)?)\?+ "
                              r"(?:(?:it is |it's |they are |they're )?(?:not there|not here|nowhere(?: to be seen)?|gone|absent|"
                              r"missing)"
                              r"|none|nothing)(?=[.!;]|$)")

# "the first half is empty of cars", "the frame stays free of dogs", "was void of any bird": none of them there
_EMPTY_OF_RE = re.compile(r"\b(?:is|are|was|were|stays|remains) (?:completely |entirely |totally )?(?:empty|free|devoid|"
                          r"void|bare|clear) of (?:any |all )?(?=[a-z])")


def panel_and_case_notes_in_plain_words(text: str) -> str:
    """``text`` with a panel's bare half said as the time of what follows, its bare frame and going as sentences, a stressing "not
    a whisker of it" gone, a thing asked after and answered absent or a place "empty of" it not there, and a half that brings a
    thing said as its arrival."""
    if "not " in text:
        text = _NOT_A_BIT_RE.sub("", text)
    if "where" in text:
        text = _WHERE_ABSENT_RE.sub(lambda m: f"there {'are' if m['are'] else 'is'} no {m['thing']}", text)
    if " half " in text:
        text = _HALF_BROUGHT_RE.sub(lambda m: f"in the {m['half']} half {m['thing']} came {m['into'] or 'into view'}", text)
    if "empty" in text or "blank" in text or "bare" in text:
        text = _EMPTY_FRAME_RE.sub("the frame is empty", text)
    if " of " in text:
        text = _EMPTY_OF_RE.sub("has no ", text)
    if "half." in text or "half?" in text or "half;" in text:
        text = _BARE_HALF_RE.sub(_bare_half_timed, text)
    if " into " in text and " and " in text:
        text = _CAME_IN_FOR_GOOD_RE.sub(r"\g<stayed> in the frame", text)
    if " first, then " in text:
        text = _PLACE_FIRST_RE.sub(r"it starts in the \g<place>", text)
    if " around the " in text or " about the " in text:
        text = _ABOUT_A_PLACE_RE.sub(lambda m: m.group(0) if VERB_KINDS.get(m["verb"]) else f"{m['verb']} in ", text)
    if "no " in text:
        text = _NO_SUCH_RE.sub(lambda m: m.group(0) if noun_class(m["participle"]) or noun_class(m["noun"]) else "", text)
    if "gone" in text or "vanished" in text:
        text = _BARE_GONE_RE.sub(_bare_gone, text)
    if " apart" in text:
        text = _FALLS_APART_RE.sub(lambda m: _CRUMBLE_FORMS[m["verb"]], text)
    return text
