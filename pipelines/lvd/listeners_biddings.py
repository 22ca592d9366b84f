"""A sentence of its own bidding the listeners do something with their own things ("Pull your blankets tight.", "Hold
your cups steady, kids!", "Turn the page!") is an aside to them, no move and no thing of the scene: dropped only where
the scene is told elsewhere and never moves, names in kind or points back at what the bidding names. Split from
`addresses_and_closings`, which reads the rest of what a speaker wraps a scene in.

A lesson closing the prompt after a colon or a dash, the listener bid do a thing that is no move of the scene's
("...: treasure what you have while you have it.", "... - hug the ones you love while they're still here."), is a bid
to the listener too: the speaker's moral drawn from the scene, its "it" whatever the listener holds dear, never a thing
of the clip. One naming a thing, a place, a count or a colour, or bidding the listener watch ("...: watch it go
left."), stays.

A sentence of its own bidding the listeners greet a thing told before it ("Wave to the bird, kids!", "Say hello to the
cat!", "Give the dog a big wave!", "Shall we wave to them?") is their act too: its "to the bird" is no goal of a move.
"""

from __future__ import annotations

import re
from collections import Counter

from .object_classes import names_a_thing, noun_class, singular
from .scene_asides import ties_to_the_scene
from .vocabulary import EXIT_VERBS, NUMBER_WORDS, STOP_WORDS, VERB_KINDS

# "...: treasure what you have while you have it.", "... - hug the ones you love.": a bid to the listener closing the
# prompt after a colon or a dash
LESSON_RE = re.compile(r"(?:: | [-\u2013\u2014] )(?P<verb>[a-z]+) (?P<said>[^.!?;:]*)[.!?]*\s*$")
# the words a lesson may hold though each may tie a sentence to the scene: its "it" is what the listener holds dear,
# "the ones you love" whom the listener holds dear
_LESSON_WORDS = frozenset(("it", "them", "ones", "those", "while", "when", "still", "every", "all", "each", "now",
                           "before", "after"))
# how long a lesson bids the listener hold on, a time of the listener's and no place or thing of the clip: "while you
# still can", "while they're still here", "as long as you have it"
_WHILE_IT_LASTS_RE = re.compile(r"\b(?:while|as long as) (?:you|they|we)(?:'re| are)?(?: still)? "
                                r"(?:can|here|around|(?:have|own|hold|'ve got|got) (?:it|them))\b")
_LISTENER_WORDS = frozenset(("you", "your", "yours"))
# a bid to watch is the scene's own: "...: watch it go left."
_SEEING_VERBS = frozenset(("watch", "see", "look", "follow", "spot", "notice", "track", "keep", "count", "find"))
# the endings of a verb that is no bare bid ("rests", "waiting", "asked"); a bare one may end in "ss" ("bless", "kiss")
_NOT_BARE_RE = re.compile(r"(?:[^s]s|ed|ing)$")

# "pull your blankets tight.", "hold your cups steady, kids!", "tuck your feet in.": a sentence of its own bidding
# the listeners do something with their own things, an aside to them and no move of the scene
# ("turn the page!", "flip the card:": a handling verb on a reading or playing prop the scene never names or points
# back at, the listener's book or deck, is one too)
LISTENERS_OWN_BIDDING_RE = re.compile(r"(?:^|(?<=[.!?] ))(?P<verb>[a-z]+) (?P<owner>your|the) "
                                      r"(?P<owned>(?:[a-z-]+ ){0,2}?[a-z-]+)(?:, [a-z]+(?: [a-z]+)?)?"
                                      r"(?:[.!:]+\s*|\s*$)")
# the least a bidding on "the" thing needs: a sentence of a verb, "the" and at most three words ("turn the page!"),
# with the same call after it and the same ending as LISTENERS_OWN_BIDDING_RE ("turn the page, dear reader!")
BARE_BIDDING_ON_THE_RE = re.compile(r"(?:^|[.!?] )[a-z]+ the (?:[a-z-]+ ){0,2}[a-z-]+(?:, [a-z]+(?: [a-z]+)?)?"
                                    r"(?:[.!:]|\s*$)")
# words that open a sentence on "your" without bidding anything: "all your dogs sit", "both your cats nap"
_OPENS_WITHOUT_BIDDING = frozenset(("all", "both", "each", "either", "neither", "half", "and", "but", "so", "then",
                                    "now"))
# the scene referring back to a thing told before it: "set your cup down. a cat knocks it to the left."
_REFERS_BACK_RE = re.compile(r"\b(?:it|its|them)\b")
# the things a reader or player handles while telling ("turn the page!", "flip the card:", "close the folder:"): a
# small closed table, so a thing the tables miss ("throw the stick!") is never taken for one. A book or notebook is
# left out: it is as often a thing of the scene that the next sentence comes out of with no "it" ("Open the book. A
# moth flies out.")
_READING_PROPS = frozenset(("page", "pages", "card", "cards", "sheet", "sheets", "folder", "chapter", "booklet",
                            "leaflet", "flap", "deck"))
_PROP_HANDLING_VERBS = frozenset(("turn", "flip", "close", "open", "shut", "fold", "lift", "read", "shuffle"))
# "it" or "them" after a word that is no joining word: an object pointing back ("a dog chases it", "to the right of it")
_OBJECT_PRONOUN_RE = re.compile(r"\b(?!(?:and|then|but|so|as|while|when|until|now)\b)[a-z]+ (?:it|them)\b")


def _word_kinds(words: str) -> Counter:
    return Counter(found[0] for word in re.findall(r"[a-z]+", words) if (found := noun_class(word)))


def listeners_asides_dropped(text: str) -> str:
    """``text`` without its asides bidding the listeners do something with their own things. Such an aside is dropped
    only where the scene is elsewhere: a bidding whose things move ("watch your ball roll."), that the rest names in
    kind ("roll your ball. the ball rolls left.") or refers back to ("set your cup down. a cat knocks it.") is the
    scene's own. The rest's kinds are counted once for the whole text, so each aside costs its own length only."""
    whole_kinds = _word_kinds(text)
    last_pronoun = max((found.start() for found in _REFERS_BACK_RE.finditer(text)), default=-1)
    told = Counter(re.findall(r"[a-z]+", text))
    last_object_pronoun = max((found.end() for found in _OBJECT_PRONOUN_RE.finditer(text)), default=-1)

    def kept_or_dropped(match: re.Match) -> str:
        verb, owned = match["verb"], match["owned"].split()
        if (verb in STOP_WORDS or verb in _OPENS_WITHOUT_BIDDING or verb in NUMBER_WORDS or noun_class(verb)
                or verb.endswith(("ing", "ed"))):
            return match.group(0)
        if any(word in VERB_KINDS or word in EXIT_VERBS for word in owned):
            return match.group(0)
        if match["owner"] == "the":
            listeners_own = _bids_on_the_listeners_own(match, verb, owned[-1], told, last_object_pronoun)
            return "" if listeners_own else match.group(0)
        if last_pronoun >= match.end():
            return match.group(0)
        own_kinds = _word_kinds(match.group(0))
        told_elsewhere = whole_kinds - own_kinds
        return "" if told_elsewhere and not told_elsewhere.keys() & own_kinds.keys() else match.group(0)

    return LISTENERS_OWN_BIDDING_RE.sub(kept_or_dropped, text)


def _bids_on_the_listeners_own(match: re.Match, verb: str, head: str, told: Counter, last_object_pronoun: int) -> bool:
    """Whether "turn the page!" bids the listener handle a prop of their own outside the scene: a handling verb on a
    reading or playing prop from the closed table above named only there, nothing after it pointing back at it ("a
    cat sits on it"), the first pronoun after it at a thing named in between (one said as many for "them"), and a scene told
    besides; a word of the clip's places, times or parts ("check the end:") is the scene's."""
    if verb not in _PROP_HANDLING_VERBS or head not in _READING_PROPS or told[head] != 1:
        return False
    if last_object_pronoun >= match.end() or any(map(ties_to_the_scene, match["owned"].split()[:-1])):
        return False
    text = match.string
    before, after = text[:match.start()], text[match.end():]
    pronoun = _REFERS_BACK_RE.search(after)
    if pronoun is None:
        return names_a_thing(after) or names_a_thing(before)
    between = after[:pronoun.start()]
    if pronoun.group(0) == "them":  # "shuffle the deck: a cat watches them": only things said as many take "them"
        return any((word in NUMBER_WORDS and word != "one") or (noun_class(word) and singular(word) != word)
                   for word in re.findall(r"[a-z]+", between))
    return names_a_thing(between)


def might_close_on_a_lesson(text: str) -> bool:
    """Whether ``text`` may close on a lesson to the listener: "you" after its last colon or dash."""
    last_mark = max(text.rfind(": "), text.rfind(" - "), text.rfind(" \u2013 "), text.rfind(" \u2014 "))
    return last_mark >= 0 and "you" in text[last_mark:]


def _bids_no_scene_move(verb: str) -> bool:
    """A bare verb no scene moves or looks by ("treasure", "love"): the listener bid do a thing outside the clip."""
    return not (verb in STOP_WORDS or verb in VERB_KINDS or verb in EXIT_VERBS or verb in _SEEING_VERBS
                or noun_class(verb) or _NOT_BARE_RE.search(verb))


def _lesson(match: re.Match) -> str:
    """The lesson dropped where it bids the listener do a thing no scene moves by, after a scene told before it, and
    nothing in it ties to the scene: its "it" is then whatever the listener holds dear."""
    said = _WHILE_IT_LASTS_RE.sub(" ", match["said"])
    words = re.findall(r"[a-z]+", match["said"])
    bids_the_listener = bool(_LISTENER_WORDS & set(words)) and _bids_no_scene_move(match["verb"])
    tied_to_the_scene = names_a_thing(said) or any(ties_to_the_scene(word) and word not in _LESSON_WORDS
                                                   for word in re.findall(r"[a-z]+", said))
    after_a_scene = names_a_thing(match.string[:match.start()])
    return "." if bids_the_listener and after_a_scene and not tied_to_the_scene else match.group(0)


def closing_lesson_dropped(text: str) -> str:
    """``text`` without a lesson to the listener closing it (see the module's docstring)."""
    return LESSON_RE.sub(_lesson, text)


# "Wave to the bird, kids!", "Shall we wave to them?", "Say hello to the cat!", "Give the dog a big wave!", "Blow the
# car a kiss.": a sentence of its own bidding the listeners greet a thing, after the thing is told, is their act
GREETING_BID_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:now|so|and|come on|go on|ok|okay),? )?"
                             r"(?:(?:let's|let us|shall we|can you|will you|everybody|everyone|all together),? )?"
                             r"(?:(?:wave|say (?:hello|hi|goodbye|bye|good ?night)|shout (?:hello|hi)"
                             r"|blow (?:a )?kiss(?:es)?|cheer|clap)(?: (?:hello|hi|goodbye|bye))? (?:to|at|for) "
                             r"(?P<greeted>(?:the |that |this )?[a-z]+)"
                             r"|(?:give|blow) (?P<given>(?:the |that |this )?[a-z]+) a (?:big |little )?"
                             r"(?:wave|cheer|clap|kiss|hello))"
                             r"(?:,? [a-z]+(?: and [a-z]+)?)?(?:[.!?]+\s*|\s*$)")
_GREETING_GATE = ("wave", "hello", "say hi", "goodbye", "bye", "kiss", "cheer", "clap")


def might_bid_a_greeting(text: str) -> bool:
    """The cheap gate: a word of greeting."""
    return any(word in text for word in _GREETING_GATE)


def greetings_bid_dropped(text: str) -> str:
    """``text`` without the listeners bid greet a thing told before the bidding: its "to the bird" is no goal."""
    def dropped(match: re.Match) -> str:
        greeted = (match["greeted"] or match["given"]).split()[-1]
        kind = noun_class(greeted)
        told = re.search(rf"\b{re.escape(kind[0])}", text[:match.start()]) if kind else None
        return "" if told or greeted in ("it", "them", "him", "her") and names_a_thing(text[:match.start()]) \
            else match.group(0)
    return GREETING_BID_RE.sub(dropped, text)
