"""Similes, which compare with a thing and never put it in the scene, read at two points of the rewrite passes.

"A dog runs fast like a cat", "a ball rolls away and is gone, like a bird in the wind": "like a cat" says how the
dog runs, so no cat is drawn; the simile goes before the pass, with the place phrase that finishes its picture ("in
the wind"), and so does one fronted ("Like a bird, a plane flies ...") or after a participle ("a car shaped like a
ball drives left"). A "like" right after a noun, a pronoun or a modal is the verb ("two cats like a dog", "I would
like a green cat and a white bird") and is left alone. Where the simile's thing is the only thing the prompt names,
the bare predicate said before it is that thing's: "Gone, like a dog in the night!" is a dog that is gone. A set
comparison ("as the crow flies", "as the saying goes", a rumour, joke or myth told as such) names no thing either,
unless "that" brings on what it tells ("so the saying goes that a dog ...": the dog is the scene's).

"As if" or "as though" after a move tells what is not so and goes up to its clause's end ("look down from above, as
if floating", "rolls as though a dog chased it"); after a verb of seeming it says the scene itself ("it seems as if
two cats walk to the right") and stays.

Before the fillers read "like," (``manner_similes_dropped``), a simile after a verb or its object likens the move to
something outside the scene and goes up to its clause's end ("rolled through like they owned the place", "moved like
it had a score to settle:"); "like" after its subject, a helper or "to" is the verb ("cats like to nap", "I'd like a
car", "I didn't like it"), after a verb of seeming or asking it is no simile ("what would it look like if", "show like
a dog"), "a bird like that" after a bird is that bird, and "..., the way they all go" compares too.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS, WORD_RE

_PICTURE = r"(?: (?:in|at|on|of|from|through|across|under|after) (?:the |a |an )?[a-z]+)?"
# ", like a dog in the night", "fast like a cat": the comparison and the place that finishes its picture
SIMILE_RE = re.compile(r"(?P<before>(?<![a-z'])[a-z']+)(?P<comma>,?) like (?P<thing>(?:a|an|"
                       r"the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+))"
                       + _PICTURE + r"(?=\s*(?:[,.;!?]|$| and | but | then ))")
# "gone, like a dog in the night!": a bare predicate opening the sentence, then its simile
FRONTED_PREDICATE_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<said>(?:[a-z]+ ){0,2}[a-z]+), like (?P<thing>(?:a|an) (?:[a-z]+ ){0,2}?"
                                  r"(?P<noun>[a-z]+))" + _PICTURE + r"(?P<end>\s*(?:[.;!?]|$))")
# "Like a bird, a plane flies ...": the simile fronted before the clause it describes
FRONTED_SIMILE_RE = re.compile(r"(?:^|(?<=[.;!?] ))like (?:a|an|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+)" + _PICTURE + r", ")
# "a car shaped like a ball drives left", "a dog dressed like a cat": after a participle, before the subject's verb
PARTICIPLE_SIMILE_RE = re.compile(r"(?<=ed|ng) like (?:a|an|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+)(?= (?P<verb>[a-z]+)\b)")
# ", as if floating", "as though a dog chased it": a comparison with what is not so, up to its clause's end
AS_IF_RE = re.compile(r"(?P<before>(?<![a-z'])[a-z']+)?,? \bas (?:if|though)\b[^,.;:!?]*")
# "it seems as if ...", "it looks as though ...": after these the clause is the scene, not a comparison
_SEEMING = frozenset("look looks looked looking seem seems seemed seeming appear appears appeared appearing feel feels "
                     "felt feeling sound sounds sounded sounding is was".split())
# "as the crow flies" (in a straight line), "as the saying goes", "so the story goes", "so the old saying runs", "as
# the words of the song say", "so the signs of the season run": a set comparison or a voice's aside, its thing none
# (the verb is the head noun's, never the "of" phrase's); set off whole ("as the crow flies to the left" is a crow),
# or with the "that" that brings on what it tells ("so the saying goes that a dog ...": the dog is the scene's)
# the nouns of a saying, one list for the asides here and for the quoted sayings reported_clauses drops
SAYING_NOUNS = ("saying", "proverb", "adage", "maxim", "motto", "idiom", "byword", "aphorism")
_TELLING = (rf"(?:{'|'.join(SAYING_NOUNS)}|sayings|story|stories|legend|tale|song|rhyme|words|signs|rest"
            r"|rumou?r|rumou?rs|joke|jokes|myth|lore)")
_SET_COMPARISON_RE = re.compile(r"(?:[,:] )?\b(?:as|so) (?:the|a) (?:crow flies|(?:[a-z]+ )?" + _TELLING
                                + r"(?: of (?:the|a|an|this|that) (?:[a-z]+ )?[a-z]+)? (?:goes|go|runs|run|says|say|tells|tell"
                                r"|has it|have it))(?:(?=\s*(?:[,.;:!?]|$))[,:]? ?|,? that )")
# the verbs a set comparison's telling ends on, a cheap gate before its pattern
_TOLD_VERBS = (" go", " run", " say", " tell", " has it", " have it")
# words after which "like" is the verb of liking: its subject, a modal or auxiliary, "to", a negation ("i would like a
# green cat", "cats really like a ball")
_LIKING_BEFORE = frozenset("i you we they he she who would should could might may will shall can do does did to not never "
                           "really also just still all both".split())


def _likes(word: str) -> bool:
    """Whether "like" after ``word`` is the verb: "i'd like a dog", "cats don't like a bath"."""
    return word in _LIKING_BEFORE or word.endswith(("'d", "n't"))


def _unreal_comparison_dropped(match: re.Match) -> str:
    """The "as if" clause dropped unless a verb of seeming introduces it ("it seems as if two cats walk")."""
    before = match["before"] or ""
    return match.group(0) if before in _SEEMING else before


def looks_like_simile(text: str) -> bool:
    return "like a" in text or "like the" in text or "as if" in text or "as though" in text


def looks_like_set_comparison(text: str) -> bool:
    """Whether ``text`` may hold a set comparison: "as the crow flies", "as the saying goes", "so the story runs"."""
    return "crow flies" in text or (("as " in text or "so " in text) and any(verb in text for verb in _TOLD_VERBS))


def similes_dropped(text: str) -> str:
    """``text`` without the things its similes compare with, or, where such a thing is all it names, that thing
    as the subject of the bare predicate before its simile, and without its set comparisons ("as the crow flies")."""
    if looks_like_set_comparison(text):
        text = _SET_COMPARISON_RE.sub(lambda m: " " if m.group(0).startswith((",", ":")) and m.group(0).endswith(", ") else "",
                                      text)
    if "as if" in text or "as though" in text:
        text = AS_IF_RE.sub(_unreal_comparison_dropped, text)
    if not looks_like_simile(text):
        return text
    text = FRONTED_SIMILE_RE.sub(
        lambda m: "" if noun_class(m["noun"]) and _names_a_thing(m.string[m.end():]) else m.group(0), text)
    similes = [m for m in SIMILE_RE.finditer(text) if noun_class(m["noun"]) and not noun_class(m["before"])
               and (m["comma"] or not _likes(m["before"]))]
    if not similes:
        return text
    starts, ends = [0] + [m.end() for m in similes], [m.start("comma") for m in similes] + [len(text)]
    rest = "".join(text[start:end] for start, end in zip(starts, ends))
    if not _names_a_thing(rest):
        return FRONTED_PREDICATE_RE.sub(lambda m: f"{m['thing']} is {m['said']}{m['end']}"
                                        if noun_class(m["noun"]) else m.group(0), text)
    for match in reversed(similes):
        text = text[:match.start("comma")] + text[match.end():]
    return text


def _names_a_thing(words: str) -> bool:
    return any(noun_class(word) for word in WORD_RE.findall(words) if len(word) > 2)


# the words after which "like" is no simile: its subject, a helper, "to" or a relative pronoun (the verb "like"), a
# verb of seeming ("what would it look like if ..."), and a verb asking for or having what follows, where "like" is a
# filler ("could you show like a dog ...", "there is like two cats")
_LIKE_AS_VERB = frozenset("i you we they he she it would will might may could should can must shall do does did not to also "
                          "really who that which look looks looked looking seem seems seemed feel feels felt sound sounds "
                          "sounded show shows showed shown see make want need get have has had is are was were be".split())
# (tried from a word's first letter only: from each letter of a long run it was quadratic)
_LIKE_RE = re.compile(r"(?<![a-z'])(?P<before>[a-z']+),? (?:(?:just|exactly|much|a bit|a little|kind of|sort of) )?"
                      r"like (?=[a-z])[^,.;:!?]*")
# "a bird like that", "one cat like this", "two balls like those": the kind of things named before, so those things
_ONE_LIKE_THAT_RE = re.compile(r"\b(?:a|an|one|two|three|four|five|both|these|those|the) (?P<noun>[a-z]+) "
                               r"like (?:that|this|it|those|these|them)\b")
# "..., the way they all go": a comparison too
_THE_WAY_RE = re.compile(r",? the way (?:it|they|he|she|we|you|i|all|everything|everyone)\b[^,.;:!?]*")


def _manner_simile_dropped(match: re.Match) -> str:
    before = match["before"]
    if before in _LIKE_AS_VERB or before.endswith(("'d", "n't")) or noun_class(before) or _names_all(match):
        return match.group(0)
    return before


def _names_all(match: re.Match) -> bool:
    """Whether the simile names the only thing of the prompt ("Gone, like a dog in the night!"): then it is kept for
    ``similes_dropped``, which makes that thing the subject."""
    rest = match.string[:match.start()] + " " + match.string[match.end():]
    return any(noun_class(w) for w in WORD_RE.findall(match.group(0)) if len(w) > 2) and not any(
        noun_class(w) for w in WORD_RE.findall(rest) if len(w) > 2)


def _named_before(match: re.Match) -> str:
    noun = match["noun"]
    named = noun_class(noun) and re.search(rf"\b{re.escape(noun)}\b", match.string[:match.start()])
    return f"the {noun}" if named else match.group(0)


def manner_similes_dropped(text: str) -> str:
    """``text`` without its similes of manner, and "a bird like that" said as the bird named before."""
    # "shaped like a ball drives left": up to the subject's verb, not the clause's end
    if "ed like " in text or "ng like " in text:
        text = PARTICIPLE_SIMILE_RE.sub(lambda m: "" if noun_class(m["noun"]) and VERB_KINDS.get(m["verb"]) else m.group(0), text)
    text = _ONE_LIKE_THAT_RE.sub(_named_before, text)
    if "the way " in text:
        text = _THE_WAY_RE.sub("", text)
    return _LIKE_RE.sub(_manner_simile_dropped, text)
