"""A translator's footnotes, a librarian's catalogue card and an envoy's report home, put into the scene they tell.

- A gloss talks about wording, not about the clip: "Lit. 'two cats, full of life'" quotes the source and names no
  thing, nor does one in brackets after the phrase it explains, '"Vola via!" (gloss: "it flies away!")', whose "it"
  is the phrase's. A rendering, "rendered here as 'two lively cats'", is the wording that stands, so it is the text
  where nothing else names its thing ("...; rendered here as 'two lively cats'. The clip shows them ..."), and adds
  nothing where the text goes on to name it ("the word is rendered as 'flying bird'. The clip holds one flying
  bird"); "rendered here as: a cat runs ..." is followed by the text itself.
- A catalogue card's title and shelf headings ("Title: Rebound.", "Shelved under: physics; demonstrations.") name
  the work, and its "Summary:" label introduces the scene.
- An envoy speaks of a whole people in general, "Earthlings keep creatures called dogs", "the Earthlings call this
  'lively'": a statement about a kind in general names no thing in the clip. "The specimens", "a round specimen"
  are the things observed, named again.
"""

from __future__ import annotations

import re

from .object_classes import singular
from .rewrite_text import CLAUSE_START, spaces_tidied

# "lit. 'a dog on foot'", "that lit. means 'balls that do not rest'", "literally 'the cat is there'": the source's
# wording quoted
LITERAL_GLOSS_RE = re.compile(r"(?:,? (?:(?:that|which|though|but|or) )?)?\b(?:lit\.|literally)(?: (?:means?|meaning|reads?|"
                              r"says?))? '[^']*'[;,]?")
# '"vola via!" (gloss: "it flies away!")', "'se va' (i.e. 'it leaves')", '"rennt" (meaning "it runs")': a gloss in
# brackets right after the quoted phrase it explains; its "it" is the phrase's, no thing of the clip. A bracket after
# the scene's own words ("a cat walks left (translation: ..., and a ball rolls ...)") may tell the scene: it stays
BRACKETED_GLOSS_RE = re.compile(r"(?P<quote>[\"'\u201d\u2019])\s*\((?:(?:gloss|glossed|literally|translation|translated"
                                r"|meaning|means|english|in english|that is)\b|lit\.|trans\.|i\.e\.|ie,)[^()]*\)")
# a sentence that renders one wording as another: "... rendered here as 'two lively cats'", "'moving balls' renders a
# phrase", "the word for the creature is translated as 'bird'"
RENDERING_RE = re.compile(r"\b(?:render(?:s|ed|ing)?|translat(?:es|ed|ing|ion)|the (?:word|phrase|term|expression) for)\b")
# a quotation, never a possessive's or a contraction's apostrophe ("the dog's left to the dog's right")
QUOTE_RE = re.compile(r"(?<![a-z])'(?P<words>[^']+)'(?![a-z])")
RENDERED_AS_QUOTE_RE = re.compile(r"\b(?:rendered|translated|given)(?: here)? as '(?P<words>[^']+)'(?![a-z])")
# "rendered here as: a cat runs ...": the text itself follows
RENDERED_AS_TEXT_RE = re.compile(r"\b(?:rendered|translated|given)(?: here)? as: ")
NOTE_LABEL_RE = re.compile(CLAUSE_START + r"(?:translator's |translation |tr\. )?note: ")
_SENTENCE_RE = re.compile(r"(?:[^.;:!?]|:(?! ))+(?:[.;:!?]|$)")

# a catalogue card's fields that name the work: its title and where it is shelved
CARD_FIELD_RE = re.compile(CLAUSE_START + r"(?:title|shelved (?:under|in|with)|shelf ?mark|call number|subject headings?|"
                           r"classification|catalogued (?:as|under)):[^.!?]*[.!?]?\s*")
SUMMARY_LABEL_RE = re.compile(CLAUSE_START + r"summary: ")

# a whole people spoken of in general, as the subject of its clause: "earthlings keep ...", "the earthlings call ..."
_PEOPLES = r"(?:earthlings|humans|earth ?folk|the natives|the locals)"
_CONTRAST = r", (?:yet|but|though|although|while|whereas|and yet) "
PEOPLE_IN_GENERAL_RE = re.compile(CLAUSE_START + r"(?:the )?" + _PEOPLES + r"(?:, [a-z]+,)? (?!who\b|that\b)(?:(?!" + _CONTRAST
                                  + r")[^.;!?])*(?:" + _CONTRAST + r"|[.;!?]\s*|$)")
# "it moved constantly; the earthlings call this 'lively'": such a clause after a semicolon or comma-and
PEOPLE_CLAUSE_RE = re.compile(r"(?:; |, and )(?:the )?" + _PEOPLES + r" (?:call|say|name|would|are said)[^.;!?]*")
# "the specimens", "a round specimen": the things observed, named again
APPOSED_SPECIMEN_RE = re.compile(r", (?:a|an|one) (?:[a-z]+ )?(?:specimen|creature|organism|life ?form),")
THE_SPECIMENS_RE = re.compile(r"\bthe (?:specimens|organisms|life ?forms)\b")
THE_SPECIMEN_RE = re.compile(r"\bthe (?:specimen|organism|life ?form)\b")


def looks_like_gloss_card_or_envoy(text: str) -> bool:
    """Whether ``text`` (lower case) may hold a gloss, a catalogue card's fields or an envoy's talk of a people."""
    return (("'" in text or "(" in text) and ("lit" in text or "render" in text or "translat" in text or "gloss" in text
                                             or "trans." in text or "(i.e." in text or "(meaning" in text
                                             or "english" in text or "(ie," in text)) or ":" in text and (
        "title" in text or "shelved" in text) or any(word in text for word in ("earthling", "humans", "specimen", "natives",
                                                                              "locals", "organism", "life form", "lifeform"))


# a thing named anew, not pointed back to ("the birds" is the rendering's birds)
_NEW_MENTION = r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several) "


def _head_named_elsewhere(words: str, rest: str) -> bool:
    head = singular(words.split()[-1].strip(",."))
    return re.search(_NEW_MENTION + r"(?:[a-z]+ ){0,2}" + re.escape(head) + r"(?:s|es)?\b", rest) is not None


def _renderings_read(text: str) -> str:
    sentences = _SENTENCE_RE.findall(text)
    kept = []
    for index, sentence in enumerate(sentences):
        if not (RENDERING_RE.search(sentence) and QUOTE_RE.search(sentence)) or RENDERED_AS_TEXT_RE.search(sentence):
            kept.append(sentence)
            continue
        quoted = RENDERED_AS_QUOTE_RE.search(sentence) or QUOTE_RE.search(sentence)
        rest = " ".join(sentences[:index] + sentences[index + 1:])
        if not _head_named_elsewhere(quoted.group("words"), QUOTE_RE.sub("", rest)):
            kept.append(" " + quoted.group("words") + ".")
    return "".join(kept)


def gloss_card_and_envoy_in_plain_words(text: str) -> str:
    """``text`` (lower case) with glosses, a card's work fields and talk of a people in general dropped."""
    if "(" in text:
        text = BRACKETED_GLOSS_RE.sub(r"\g<quote>", text)
    if "'" in text:
        text = LITERAL_GLOSS_RE.sub("", text)
        text = re.sub(r"(^|[.;!?] )\s*[;,.]\s*", r"\1", text)
        text = NOTE_LABEL_RE.sub("", text)
        if RENDERING_RE.search(text):
            text = _renderings_read(text)
        text = RENDERED_AS_TEXT_RE.sub("", text)
    if ":" in text and len(CARD_FIELD_RE.findall(text)) + len(SUMMARY_LABEL_RE.findall(text)) >= 2:
        text = SUMMARY_LABEL_RE.sub("", CARD_FIELD_RE.sub("", text))
    text = PEOPLE_CLAUSE_RE.sub("", PEOPLE_IN_GENERAL_RE.sub("", text))
    text = APPOSED_SPECIMEN_RE.sub(",", text)
    text = THE_SPECIMEN_RE.sub("it", THE_SPECIMENS_RE.sub("they", text))
    return spaces_tidied(text)
