"""A weather forecaster's bulletin, a tour guide's talk and a recipe, put into plain sentences.

A recipe lists its things under "Ingredients:" and says what they do under "Method:": an ingredient is
the thing the method names again ("Ingredients: one lively cat. Method: ... add the cat ..." is one cat,
added then), so the listed phrase takes the place of the method's first naming of it; cooking verbs are
the thing's comings and stays ("fold in the ball" adds it, "leave it in until the end" keeps it, "park
the car" keeps it still), "keep the first half free of any cat" and "the first half goes without any dog"
are absences, and "Serves one clip" or "garnish with nothing else" name no thing. A dish "served" to the
diners with no way or object of its own is shown, never thrown ("it is not served in the first half" is not
there then, "served quickly" says nothing, "a cake is served." is the cake in view, though a ball or a
shuttlecock served in sport is thrown), and one "served with" a thing is along with it. A bulletin's time
headings are the clip's times ("the outlook for the second half is no bird" is no bird then, an outlook
"unchanged" says nothing new), "clearing" is the thing going, "from the first half right through the
second" is the whole clip, "arriving there by the end" is where its move ends anyway, and a place "in
the first half" before a move elsewhere is where it starts, not a time it is seen. A guide's "if you look
to your left you'll see X" sets X on the left, "follow it with your eyes as it flies" is its flight, and
"this stretch is seen from straight above" says only how the clip is seen.
"""

from __future__ import annotations

import bisect
import re

from .object_classes import noun_class, singular
from .rewrite_text import any_said_re, spaces_tidied

_RECIPE_TELLS = ("ingredient", "method:", "serves ", "served", "garnish", "park ", " free of", " clear of", " empty of",
                 "without", " in until",
                 " in till", " in for the rest", "fold", "stir", "toss", "sprinkle", "spoon", "whisk", "mix in")
_BULLETIN_TELLS = ("outlook", "forecast", "clearing", "arriving there", "first half")
_TOUR_TELLS = ("your left", "your right", " as it ", " as they ", " seen from", " viewed from",
               " shown from", " filmed from", " shot from")
_TELLS = _RECIPE_TELLS + _BULLETIN_TELLS + _TOUR_TELLS

# ---------------------------------------------------------------------------------------------- a recipe
# "ingredients: one lively cat. method: ...": the list, up to the sentence's end, and the method's heading
INGREDIENTS_RE = re.compile(r"\bingredients?\s*:\s*(?P<items>[^.;:!?]*?)\s*[.;]\s*"
                            r"(?:(?:method|directions|instructions|preparation|steps)\s*:\s*)?")
METHOD_HEADING_RE = re.compile(r"\b(?:method|directions|instructions|preparation)\s*:\s*")
_ITEM_SPLIT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# "serves one clip", and in a recipe "serves four.": its yield, no thing in the clip (a served ball is "serves a ball")
_YIELD = r"\bserves (?:one|two|three|four|five|six|\d+)"
_SERVED = r"(?:clips?|videos?|shots?|scenes?|viewers?|people|persons?|portions?)"
SERVES_RE = re.compile(_YIELD + r" " + _SERVED + r"(?:\s*[.!;]|\s*$)")
SERVES_IN_RECIPE_RE = re.compile(_YIELD + r"(?: " + _SERVED + r")?(?:\s*[.!;]|\s*$)")
# "a cat that stays still, served with a bird flying ...": a dish and what comes with it, along with it ("served with
# nothing else" closes the dish)
SERVED_WITH_RE = re.compile(r"\bserved (?=with (?:an?|the|one|two|three|four|five|\d+) )")
# "it is not served in the first half", "the bird is served late", "; served quickly.", "Served top-down.": a dish set
# before the diners is shown, never thrown, so the word goes; a serve with a way or an object is a throw ("the ball is
# served to the left", "a player served the ball", "served hard over the net")
SERVED_DISH_RE = re.compile(r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bbeen )|(?<=\bnot )"
                            r"|(?<=[.;:,!?] )|^)served\b(?P<rest>[^.;:,!?]{0,80})")
_SERVE_GOES_RE = re.compile(r"^ (?:me|us|you|him|her|them|it|a|an|the|one|two|three|four|five|\d+|up|as|by)\b"
                            r"|\b(?:to|toward|towards|into|onto|across|over|from|at|left|right|leftward|rightward|along"
                            r"|past|through|off|out|away|back|forward|high|hard|net|court)\b")
# "the tennis ball is served quickly", "a shuttlecock, served ...": what a sport serves is thrown however the serve is
# told, so a waiter's dish is read only where no such thing is named in the sentence that serves it
SPORT_SERVED_RE = re.compile(r"\b(?:(?:[a-z]+-?)?balls?|shuttlecocks?|shuttles?|birdies?|pucks?|tennis|badminton"
                             r"|volleyball|squash|ping-?pong|rackets?|racquets?|players?)\b")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
# "a tennis ball lies on the court. it is served quickly.": a serve told of a pronoun serves the sentence before's thing
_PRONOUN_FIRST_RE = re.compile(r"\s*(?:it|they|he|she)\b")
# "garnish with nothing else", "garnish with nothing": no further thing
GARNISH_RE = re.compile(r"\bgarnish(?:ed)? with nothing(?: else| more)?\b")
# "fold in the ball", "then stir in a cat", "toss the dog in for the second half": told to the cook, it is added
# ("a cat stirs in the basket", "tosses the ball in the air" are the thing's own doings)
_CLAUSE = r"(?:^|(?<=[.;:!?,] )|(?<=\bthen )|(?<=\band ))"
_MIX_IN = r"(?:fold|stir|mix|toss|sprinkle|spoon|whisk)"
_THING = r"(?:it|them|(?:the|a|an|one|two|three|four|five) (?:[a-z]+ ){0,2}?[a-z]+)"
_TIME_OR_END = (r"(?=\s*(?:[,.;!?]|$)| (?:and|then|during|for|at|after|halfway|later|in the (?:first|second|opening|closing|last|"
                r"final) half)\b)")
MIX_IN_RE = re.compile(_CLAUSE + _MIX_IN + r" in (?P<thing>" + _THING + r")" + _TIME_OR_END
                       + r"|" + _CLAUSE + _MIX_IN + r" (?P<thing2>" + _THING + r") in" + _TIME_OR_END)
# "leave it in until the end", "keep the cat in for the rest of the clip": it stays
LEFT_IN_RE = re.compile(r"\b(?:leave|keep|let) (?P<thing>it|them|the [a-z]+) (?:in|stay in|sit in)(?= (?:until|till|to the end|"
                        r"for the rest)\b)")
# "park the car and keep it still", "park the car;": it stands where it is ("park the car in the corner" places it)
PARK_RE = re.compile(_CLAUSE + r"park (?P<thing>it|them|(?:the|a|an|one)(?: [a-z]+){1,2}?)"
                     r"(?=\s*(?:[.;,!?]|$)| (?:and|then|while|as)\b)")
_SPAN = r"the (?:first|second|opening|closing|last|final) half(?: of the (?:clip|video))?"
# "keep the first half of the clip free of any cat": no cat then
FREE_OF_RE = re.compile(r"\bkeep (?P<span>" + _SPAN + r") (?:free of|clear of|empty of|without) (?:any |all |a |"
                                                      r"an )?(?P<thing>[a-z]+)")
# "the first half of the clip goes without any dog": no dog then
GOES_WITHOUT_RE = re.compile(r"\b(?P<span>" + _SPAN + r") (?:goes|passes|runs|stays|is|remains) (?:without|free of|clear of|"
                                                      r"empty of) "
                             r"(?:any |a |an )?(?P<thing>[a-z]+)")

# ------------------------------------------------------------------------------------------ a bulletin
# "from the first half right through the second half", "from the first half through the second": the whole clip
WHOLE_RUN_RE = re.compile(r"\bfrom the (?:first|opening) half (?:right |all the way |straight )?(?:through|into|until|till|"
                          r"to)(?: to)? "
                          r"(?:the end of )?the (?:second|closing|last|final)(?: half)?\b")
_WHEN = (r"(?P<when>the (?:end|start|beginning|close|middle|midpoint|first half|second half|opening half|closing half|"
         r"rest)(?: of the (?:clip|video))?)")
# "the outlook for the second half is no bird", "outlook for the end of the clip: the cat on the right": what is there then
OUTLOOK_RE = re.compile(r"\b(?:the )?(?:outlook|forecast) for " + _WHEN + r"\s*(?::|\bis\b)\s*")
# "the outlook for the end is unchanged", "with no change in the outlook": nothing new said
UNCHANGED_RE = re.compile(r"[,;]?\s*(?:(?:and |with )?(?:the )?(?:outlook|forecast)(?: for (?:the )?[a-z]+(?: of the (?:clip|"
                          r"video))?)? "
                          r"(?:is|stays|remains) (?:unchanged|the same|steady)|,? with no change (?:in|to) the (?:outlook|"
                          r"forecast)"
                          r"(?: for (?:the )?[a-z]+(?: of the (?:clip|video))?)?)(?=\s*(?:[.;,!]|$))")
# "then clearing:", ", clearing by the second half": the thing is gone (after a comma or "then", never "a clearing")
CLEARING_RE = re.compile(r"(?:\bthen |(?<=, )|(?<=; ))clearing\b(?= *(?:by|in|during|for|after|later|[,:;.!]|$))")
# ", arriving there by the end": its move ends where it was headed, at the clip's end
ARRIVING_THERE_RE = re.compile(r",? arriving there (?:by|at) the (?:end|close)(?: of the (?:clip|video))?")
# "on the left of the frame in the first half, moving to the right ...": where it starts, not when it is seen
_PLACE = (r"(?P<place>\b(?:on|at|in) the (?:far )?(?:left|right|top|bottom|upper|lower)(?: (?:left|right))?(?: (?:side|corner|"
          r"edge))?"
          r"(?: of the (?:frame|screen|picture|view|clip))?)")
PLACE_IN_FIRST_HALF_RE = re.compile(_PLACE + r" (?:in|during|for) the first half\b(?=[^.;]*\bto the (?:far )?"
                                    r"(?:left|right|top|bottom|upper|lower)\b)")
_GOING_WORDS = re.compile(r"\b(?:no [a-z]+|gone|absent|disappear[a-z]*|vanish[a-z]*|leaves|leaving|exits?|clearing|"
                          r"out of (?:view|the frame))\b")

# ------------------------------------------------------------------------------------------- a tour guide
# "if you look to your left you'll see a bird": the bird on the left
LOOK_TO_SIDE_RE = re.compile(r"\b(?:if you look|look|looking) (?:to|on|at|over to) your (?P<side>left|right)\b,?\s*"
                             r"(?:(?:everyone|everybody|folks|friends),?\s*)?(?:and\s+)?"
                             r"(?:(?:you'll|you will|you can|you'd|you) see|there's|there is|there are)\s+")
# "follow it with your eyes as it flies", "track them as they walk": what it does
FOLLOW_AS_RE = re.compile(r"\b(?:follow|track|watch) (?:it|them|the [a-z]+)(?: with your eyes)? as (?=(?:it|they) )")
# "this stretch is seen from straight above": how the clip is seen (a thing seen from above keeps its name)
THIS_SEEN_FROM_RE = re.compile(r"(?:^|(?<=[.;!?] ))this (?P<what>(?:[a-z]+ ){0,4}?)is (?P<how>seen|viewed|shown|filmed|"
                               r"shot) from\b")
_TELLS_RE = any_said_re(_TELLS)


def looks_like_bulletin_tour_or_recipe(text: str) -> bool:
    """Whether ``text`` (lower-case) has a bulletin's, a guide's or a recipe's words."""
    return _TELLS_RE.search(text) is not None


def _ingredient_phrases(items: str) -> list[tuple[str, str]]:
    """"one lively cat, added late": [("one lively cat", "cat"), ("added late", "")] (the noun a thing's phrase ends in)."""
    listed = []
    for item in _ITEM_SPLIT_RE.split(items):
        words = item.split()
        noun = words[-1] if words and len(words) <= 5 and noun_class(words[-1]) else ""
        listed.append((item.strip(), singular(noun) if noun else ""))
    return listed


def _ingredients_used(match: re.Match) -> str:
    """The list opening the method, as a sentence; a listed thing the method keeps out for a while ("free of
    any cat", "no bird for the first half") is said where the method adds it instead, since the list names
    that thing, not one more there all along."""
    method = match.string[match.end():]
    kept = []
    for phrase, noun in _ingredient_phrases(match.group("items")):
        kept_out = noun and re.search(rf"\b(?:no|any|(?:without|free of)(?: any| a| an)?) {noun}(?:s|es)?\b", method)
        said = re.search(rf"(?<!\bno )(?<!\bany )\bthe ((?:[a-z]+ )?){noun}(?:s|es)?\b", method) if kept_out else None
        if said is None:
            kept.append(phrase)
            continue
        method = method[: said.start()] + phrase + method[said.end():]
    opening = ", ".join(item for item in kept if item)
    return (opening + ". " if opening else "") + method


def _no_thing_then(match: re.Match) -> str:
    return f"no {match.group('thing')} in {match.group('span')}"


def _shown_not_thrown(text: str):
    """The ``SERVED_DISH_RE`` replacement for ``text``: a dish's "served" goes ("is served in the second half" is there
    then), and one told nothing more ("a cake is served.") is in view, since "a cake is." names no thing; a serve with a
    way or an object, or in a sentence of sport, stays a throw. The text's sentence ends are found once, so each serve
    looks back to its own sentence's start (``bisect``) and each sentence is searched for sport once."""
    ends = [0] + [end.end() for end in _SENTENCE_END_RE.finditer(text)]
    sport_in: dict[tuple[int, int], bool] = {}

    def served_in_sport(at: int) -> bool:
        """Whether the sentence holding ``at`` names a thing served in sport (``SPORT_SERVED_RE``), or, where that
        sentence opens on a pronoun, the sentence before it does: a ball in another sentence ("a cake is served in the
        second half. a dog chases a ball.") makes no dish a throw."""
        opening = bisect.bisect_right(ends, at) - 1
        start = ends[opening - 1] if opening > 0 and _PRONOUN_FIRST_RE.match(text, ends[opening]) else ends[opening]
        end = ends[opening + 1] if opening + 1 < len(ends) else len(text)
        if (start, end) not in sport_in:
            sport_in[start, end] = SPORT_SERVED_RE.search(text, start, end) is not None
        return sport_in[start, end]

    def shown(match: re.Match) -> str:
        if _SERVE_GOES_RE.search(match["rest"]) or served_in_sport(match.start()):
            return match.group(0)
        return match["rest"].lstrip() or "in view"

    return shown


def _recipe_in_plain_words(text: str) -> str:
    recipe = "ingredient" in text or "method:" in text
    if recipe:
        found = INGREDIENTS_RE.search(text)
        if found:
            text = text[: found.start()] + _ingredients_used(found)
        text = METHOD_HEADING_RE.sub("", text)
    if "serves " in text:
        text = (SERVES_IN_RECIPE_RE if recipe else SERVES_RE).sub("", text)
    if "served" in text:
        text = SERVED_WITH_RE.sub("along ", text)
        text = SERVED_DISH_RE.sub(_shown_not_thrown(text), text)
    if "garnish" in text:
        text = GARNISH_RE.sub("nothing else", text)
    if any(verb in text for verb in ("fold", "stir", "mix", "toss", "sprinkle", "spoon", "whisk")):
        text = MIX_IN_RE.sub(lambda m: "add " + (m.group("thing") or m.group("thing2")), text)
    if " in until" in text or " in till" in text or " in to the end" in text or " in for the rest" in text:
        text = LEFT_IN_RE.sub(lambda m: m.group("thing") + (" stay" if m.group("thing") == "them" else " stays"), text)
    if "park " in text:
        text = PARK_RE.sub(lambda m: m.group("thing").replace("them", "they") + (" are parked"
                                                                                 if m.group("thing") == "them" else " is parked"),
                           text)
    if "half" in text and ("without" in text or " of " in text):
        text = GOES_WITHOUT_RE.sub(_no_thing_then, FREE_OF_RE.sub(_no_thing_then, text))
    return text


def _at(match: re.Match) -> str:
    when = match.group("when")
    return ("in " if "half" in when or "rest" in when else "at ") + when + ", "


def _bulletin_in_plain_words(text: str) -> str:
    if "first half" in text:
        text = WHOLE_RUN_RE.sub("for the whole clip", text)
        if not _GOING_WORDS.search(text):
            text = PLACE_IN_FIRST_HALF_RE.sub(r"\g<place> at first", text)
    if "outlook" in text or "forecast" in text:
        text = OUTLOOK_RE.sub(_at, UNCHANGED_RE.sub("", text))
    if "clearing" in text:
        text = CLEARING_RE.sub("then gone", text)
    if "arriving there" in text:
        text = ARRIVING_THERE_RE.sub("", text)
    return text


def _seen_from(match: re.Match) -> str:
    if any(noun_class(word) for word in match.group("what").split()):
        return match.group(0)  # "this cat is seen from above": the cat is there
    return f"{match.group('how')} from"


def _tour_in_plain_words(text: str) -> str:
    if "your left" in text or "your right" in text:
        text = LOOK_TO_SIDE_RE.sub(lambda m: f"on the {m.group('side')}, ", text)
    if " as it " in text or " as they " in text:
        text = FOLLOW_AS_RE.sub("", text)
    if "this " in text and " from" in text:
        text = THIS_SEEN_FROM_RE.sub(_seen_from, text)
    return text


def bulletin_tour_and_recipe_in_plain_words(text: str) -> str:
    """``text`` (lower-case) with a recipe's list and method, a bulletin's times and a guide's address put plainly."""
    plain = _tour_in_plain_words(_bulletin_in_plain_words(_recipe_in_plain_words(text)))
    if plain == text:
        return text
    return spaces_tidied(plain)
