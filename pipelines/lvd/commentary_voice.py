"""A prompt told as live commentary, put into plain sentences before reading.

"And here come three cars, folks, what a sight! That's three, not another one in sight!" speaks to an audience: the
people addressed ("ladies and gentlemen", "members of the jury", "folks", a ringmaster's "children of all ages", "my
friends", a slam poet's "crowd" and "y'all", one listener's "baby" or "man", a title or endearment for one listener, "my
lady", "good sir", "your honour", "my boy", or for them all, "my lovelies", "my darlings", "good buddy") and the cries
("what a sight!", "look at them go!", "y'all hear me?", a caller's "eyes down,") are never things in the
scene, and "give it up for X" or "put your hands together for X" brings X on; "here comes X", "up goes X", "in comes X"
bring X on (X moves; said after a time, X appears then); and "that's four", "just the pair of them",
"a lone dog, all by itself" say again how many there are, adding nothing. A commentator describes what
the viewer already sees, so "comes in from the left side of the screen" is where the move starts (unless
its sentence goes on to a way out, "came in from the right and it's leaving on the left", one crossing).
"""

from __future__ import annotations

import re

from .object_classes import HANDED_CLASSES, noun_class
from .rewrite_text import any_said_re
from .vocabulary import COUNT_WORDS, EXIT_VERBS

# English's words of address for one listener, set off bare ("bird's-eye, baby, ...", "overhead, man,"): never a thing
_ONE_ADDRESSED = r"baby|honey|darling|sweetheart|man|brother|sister|pal|buddy|dude|daddy-o"
# A title or endearment for the one listener, set off bare or after "my", "good" or "dear" ("four cats, my lady, ...",
# "good sir,", "your honour,", "my dear,"): never a thing; a boy or a friend is one only after such a word ("my boy,")
_TITLED = (r"(?:(?:my|good|dear|my dear|my good) )?"
           r"(?:lady|lord|liege|sir|sire|madam|madame|ma'am|milady|milord|mistress)"
           r"|your (?:honou?r|majesty|highness|grace|excellency|lordship|ladyship|worship)"
           r"|(?:my|my dear|my good|dear) (?:boy|girl|lad|lass|son|child|friend|love|man|woman|fellow)|my dear")
# what every one of those spellings holds ("milady" its "lady", "sire" its "sir", "my dear" its "my "): the cheap test
# before the title pattern, which tries every letter
_TITLE_NEEDS = ("lady", "lord", "liege", "sir", "madam", "ma'am", "mistress", "your ", "my ", "dear ")
# An endearment for the listeners, after "my", "dear", "good" or "old" ("four birds, my lovelies!", "just one, my
# darlings,", "good people,", "my ducks,"): the plurals that name no thing may go bare ("lovelies,")
_FOND_WORDS = ("lovel(?:y|ies)|darlings?|dears|loves?|sweet(?:s|ie|ies)?|sweethearts|poppets?|petals?|treasures?"
               "|angels?|beaut(?:y|ies)|bab(?:y|ies)|honeys|buddy|chum|mate|people|hearts?|(?:little )?ones")
# A pet or a farm animal is the listeners only as a vocative: set off with no count, move or place of its own after
# it ("my chickens, three of them, peck", "my ducks, swimming left", "my lambs, behind the barn" are the speaker's own
# animals, in the clip)
_FOND_ANIMALS = "pets?|chicks?|chickens?|ducks?|duckies|lambs?"
_ANIMALS_OWN_TELLING = (rf"\s*[,;:/\u2014\u2013]\s*(?:(?:the )?(?:{COUNT_WORDS}|\d+|all|both|each)\b|[a-z]+ of them\b"
                        r"|(?!(?:no|some|any|every)thing)[a-z]+ing\b"
                        r"|(?:in|on|at|by|under|near|behind|beside|inside|across|around|along|over|through)"
                        r" (?:the|a|an|their|its|our|my)\b(?! (?:clip|frame|video|picture|scene|screen|shot)\b))")
_FONDLY_ADDRESSED = (rf"(?:my|my dear|my little|dear|good|old|my good|my old) (?:{_FOND_WORDS})"
                     rf"|(?:my|my dear|my little) (?:{_FOND_ANIMALS})(?!{_ANIMALS_OWN_TELLING})"
                     r"|lovelies|darlings|sweeties")
_FOND_SPELLINGS = ("lovelies", "darlings", "sweeties", "my dears", "my lov", "my sweet", "my pet", "my poppet",
                   "my chick", "my duck", "my lamb", "my petal", "my treasure", "my angel", "my beaut", "my bab",
                   "my honey", "good people", "good buddy", "old buddy", "old chum", "old mate", "little ones",
                   "dear hearts")
# The audience spoken to, set off by punctuation: never anyone in the scene
_AUDIENCE = (_TITLED + "|" + _FONDLY_ADDRESSED
             + r"|(?:(?:children|kids|boys and girls|folks|people|friends) of all ages)|"
             r"ladies and gentlemen|ladies and gents|boys and girls|folks|everyone|everybody|viewers|(?:my )?friends|"
             r"sports fans|fans|people|listeners|y'?all|you guys|guys|(?:the )?crowd|"
             # a game show's listeners at home: "folks at home,", "viewers at home!"
             r"(?:(?:our|the) )?(?:audience at home|folks at home|viewers at home)|"
             r"(?:my )?fellow (?P<peers>[a-z]+s)|"  # "My fellow citizens,", "fellow travellers,": the speaker's peers
             + _ONE_ADDRESSED)
# The body the audience sits as, "ladies and gentlemen of the jury", "members of the committee", "citizens of the
# court": a gathering of listeners, never a thing of the scene
_GATHERING = (r"(?:jury|court|committee|board|panel|council|tribunal|senate|assembly|house|congregation|academy|club"
              r"|press|audience|public|parliament|bench|class)")
_GATHERED = (rf"(?:{_AUDIENCE})(?: of the {_GATHERING})?"
             rf"|(?:(?:dear |esteemed |honou?red |fellow )?(?:members|citizens)) of the {_GATHERING}")
# a verse line break ("/") sets a word off as a comma does: "lively cat, crowd / and then ..."
_BREAK = r"[,.!?;:/\u2014\u2013]"
AUDIENCE_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:and |oh |well |now )?(?:" + _GATHERED + r")\s*"
                         r"(?=" + _BREAK + r"|$)")
# The people a game show has in the studio, spoken to: bare or "our", opening a sentence ("Studio audience, make some
# noise!", "Contestants: ...") or set off after a cry ("Give it up, studio audience!", "The big reveal, studio
# audience:"). Said with "the", after "and", or closing a sentence with a full stop they are people in the scene: "a
# host, two podiums, and the contestants.", "a comedian on stage, the studio audience."
_IN_THE_STUDIO = r"(?:(?:our|my) )?(?:studio audience|contestants)"
STUDIO_ADDRESSED_RE = re.compile(r"(?:^|(?<=[.!?;:/\u2014\u2013]))\s*(?:oh |well |now )?" + _IN_THE_STUDIO
                                 + r"\s*(?=[,:!?])|(?<=,)\s*" + _IN_THE_STUDIO + r"\s*(?=[:!?])")
# "what a sight!", "look at them go!", "would you look at that", a caller's "eyes down," (before a comma: "Eyes down:"
# heads what follows, a label): a cry at the viewer, nothing in the scene
CRY_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:and |oh |well |just |now )*(?:what an? [a-z' ]+?|(?:would you |"
                                            r"just )?look at "
                    r"(?:this|that|them|him|her|it)(?: go| move| run| fly)?(?: [a-z]+)?|unbelievable|incredible|amazing|wow|"
                    r"how about that|here we go|here (?:they|it|he|she) comes?|there (?:they|it|he|she) goes?|"
                    r"you have to see (?:this|it to believe it)|can you believe (?:it|this|that)|look at (?:it|them) all|"
                    r"(?:do |can )?(?:y'?all|you) hear me"
                    r"|(?:eyes (?:down|up|front|peeled|open)|listen up|heads up)(?=,))"
                    r"\s*(?=" + _BREAK + r"|$)")
# "give it up for X!", "put your hands together for X", "let's hear it for X": the applause asked for brings X on, and a
# bare "Give it up!" is a cry (its "it up" is no thing going up)
APPLAUSE_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:and |so |now |ok |okay )*(?:let'?s |please )?(?:give it up|"
                                                 r"put your hands together"
                         r"|make some noise|hear it|a (?:big )?(?:hand|round of applause))(?: (?:for|to) (?=[a-z])|\s*(?=" +
                         _BREAK + r"|$))")
_COUNT = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a single|a lone|the pair|the two|the three|the four|the five|"
          r"both)")
# a game-show host's "the big reveal" and "it's time for the big reveal:", "and the big reveal is...": the clip shown
# next is what is revealed, no thing; its colon, comma or trailing-off dots stay to set the clip's words off
REVEAL_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:(?:and|so|now|okay|ok),? )*"
                       r"(?:(?:it's|it is) time for |here (?:is|comes) |here's |get ready for |on to |for )?"
                       r"the (?:big |grand |final |great )?(?:reveal|unveiling)"
                       r"(?: is)?\s*(?=" + _BREAK + r"|$)")
# "that's four", "that is three, no more, no less", "not another one in sight": a count said again
RESTATED_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:and )?(?:that(?:'s| is| makes) " + _COUNT + r"(?: of them)?|"
                         r"(?:just |only )?(?:the )?" + _COUNT +
                         r" of them(?: out there| here| there| now| today| in (?:view|sight))*|no more,? no less|"
                         r"(?:and )?(?:not|nothing|no) (?:another|else|other|one else)[a-z ]*? in (?:sight|(?:the )?(?:picture|"
                         r"frame|shot|view))|"
                         r"all (?:by|on) (?:itself|himself|herself|themselves|its own|their own))\s*(?=" + _BREAK + r"|$)")
# "a single bird out there alone", "a lone dog": the one thing already named, said again
LONE_RE = re.compile(r"(?:^|(?<=" + _BREAK + r"))\s*(?:and )?(?:just )?(?:a single|a lone|one lone|the lone|"
                                             r"the only) (?P<noun>[a-z]+)"
                     r"(?: [a-z]+){0,4}?\s*(?=" + _BREAK + r"|$)")
# "and here comes one dog", "up goes a bird", "in comes the cat": the thing brought on
BROUGHT_ON_RE = re.compile(r"\b(?:now )?(?:here|there|in|up|out|on|along|down|off|away|over) (?P<verb>comes|come|goes|go|flies|"
                           r"fly|runs|run|rolls|roll) (?=(?:a|an|the|one|"
                           r"two|three|four|five|six|\d+|our|my|that|this|some)\b)")
# "the goat" before the clause ends: a thing said alone, its verb put after it
# (tried from a word's first letter only: from each letter of a long run it was quadratic)
_SHORT_THING_RE = re.compile(r"(?<![a-z])[a-z]+(?: [a-z]+){1,3}(?=\s*(?:[,.!?;:]|$))")
_SAID_WHEN_RE = re.compile(r"\b(?:in the (?:second|last|latter|first) half|halfway|midway|later|then|after)\b")
# "comes in from the left side of the screen": where the move starts, seen already
IN_FROM_RE = re.compile(r"\b(?:in|on) (?=from (?:the )?(?:left|right|top|bottom|upper|lower)\b)")
# "comes in from the right and is leaving on the left": an entrance with a way out later in its sentence is one crossing,
# read with that way out, so the entrance is kept
LEAVING_LATER_RE = re.compile(r"\b(?:left (?:on|by|through|via)|" + "|".join(sorted(EXIT_VERBS - {"left"})) + r")\b")
_TELLS = ("ladies and gentlemen", "ladies and gents", "folks", "here comes", "here come", "up goes", "in comes", "what a ",
          "friends", "viewers", "fans", "boys and girls", "look at this", "look at that", "everyone", "everybody", "listeners",
          "y'all", "crowd", "of all ages", "eyes down", "eyes up", "eyes front", "eyes peeled", "listen up", "heads up",
          "give it up", "hands together", "hear it for", "some noise", "big hand", "of applause", "members of the",
          "citizens of the", "fellow ",
          *(f"{word}," for word in _ONE_ADDRESSED.split("|")), *_FOND_SPELLINGS)
# the gate for a title or endearment: built from `_TITLED` itself, set off by punctuation as the rule needs it
_TITLED_SET_OFF_RE = re.compile(rf"\b(?:{_TITLED})(?=[,.;:!?])")
_TELLS_RE = any_said_re(_TELLS)


def looks_like_commentary(text: str) -> bool:
    """Whether ``text`` (lower-cased) speaks to an audience the way a commentator does; a studio audience or the
    contestants only when spoken to, a reveal only as the host's "the big reveal", never "in front of an audience"."""
    return _TELLS_RE.search(text) is not None or (
        any(need in text for need in _TITLE_NEEDS) and _TITLED_SET_OFF_RE.search(text) is not None) or (
        ("audience" in text or "contestants" in text) and STUDIO_ADDRESSED_RE.search(text) is not None) or (
        ("reveal" in text or "unveiling" in text) and REVEAL_RE.search(text) is not None)


def _brought_on(text: str) -> str:
    """"here comes X": X comes on; after a said time ("in the second half, here comes a cat") X appears then;
    "away goes the goat,": the goat goes."""
    said, last = [], 0
    for match in BROUGHT_ON_RE.finditer(text):
        said.append(text[last:match.start()])
        last = match.end()
        clause = re.split(r"[,.!?;:]", text[match.end():], maxsplit=1)[0]
        if _SAID_WHEN_RE.search(text[max(0, match.start() - 40):match.start()]) or _SAID_WHEN_RE.search(clause):
            said.append("there appears ")
        elif not match.group("verb").startswith("com") and (thing := _SHORT_THING_RE.match(text, match.end())):
            said.append(f"{thing.group(0)} {match.group('verb')}")
            last = thing.end()
    return "".join(said) + text[last:]


def _start_unless_leaving_later(match: re.Match) -> str:
    """"in from the left" is where the move starts, unless the sentence goes on to a way out (a crossing)."""
    rest = re.split(r"[.!?;]", match.string[match.end():], maxsplit=1)[0]
    return match.group(0) if LEAVING_LATER_RE.search(rest) else ""


def _drop_lone_restatement(text: str) -> str:
    """"a lone dog, all by itself" after "one dog walking": the same dog again, not a second one."""
    def replace(match: re.Match) -> str:
        noun = match.group("noun")
        return "" if re.search(r"\b" + re.escape(noun) + r"s?\b", text[:match.start()]) else match.group(0)
    return LONE_RE.sub(replace, text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s*(?:[,:\u2014\u2013]\s*)+(?=[.!?;]|$)", "", text)  # a comma left before the clause's end
    text = re.sub(r"([,.!?;:\u2014\u2013])(?:\s*[,\u2014\u2013:])+", r"\1", text)  # "cats, , just": one mark
    text = re.sub(r"(^|[.!?;]\s*)[,:/\u2014\u2013]\s*", r"\1", text)  # a mark left at the start of a sentence
    text = re.sub(r"/\s*[,.!?;:]+", "/", text)  # "two birds / y'all hear me? two birds": a mark left at a line's start
    text = re.sub(r"(?:^|(?<=[.!?;]))\s*(?:and|so|oh|now)?\s*[.!?;]", "", text)  # a sentence left empty
    return " ".join(text.split())


def audience_dropped(text: str) -> str:
    """``text`` without the listeners addressed; "Fellow cats, two of them, sit still." names its cats: only people,
    or words the tables do not know ("citizens"), are the speaker's peers."""
    def unless_things(match: re.Match) -> str:
        peers = match["peers"] and noun_class(match["peers"])
        return match.group(0) if peers and peers[1] not in HANDED_CLASSES else ""
    if "audience" in text or "contestants" in text:
        text = STUDIO_ADDRESSED_RE.sub("", text)
    return AUDIENCE_RE.sub(unless_things, text)


def commentary_in_plain_words(text: str) -> str:
    """``text`` without the audience, the cries and the counts said again; things brought on said plainly."""
    said = text
    text = REVEAL_RE.sub("", APPLAUSE_RE.sub("", CRY_RE.sub("", audience_dropped(text))))
    if text == said and not BROUGHT_ON_RE.search(text):
        return said  # "two friends walk in": no one is spoken to, so nothing here is commentary
    text = RESTATED_RE.sub("", text)
    text = _drop_lone_restatement(text)
    text = _brought_on(text)
    text = IN_FROM_RE.sub(_start_unless_leaving_later, text)
    return _tidy(text)
