"""A rental listing, a radio play's cue sheet and a sober incident statement put into the plain scene before reading.

A listing speaks of where the guest watches from ("Sunny holiday let: from the terrace you can watch ...",
"with nothing else in the view"): its heading, the terrace, the balcony and the view are the viewer's side,
never things, and what a listing or an offer "comes with" is what it includes. A cue sheet marks sounds and
pictures ("SFX: two engines humming.", "CUE: a single bark.", "VISUAL, FIRST HALF: a cat."): a sound cue names
what is heard, never what is drawn, and only the VISUAL lines (at the half they name) are the scene. A statement
speaks of "the recording" (the clip), of what is "visible at the start of the recording" (there, and staying unless
the statement says it goes), of how the recording "ends with" a thing somewhere (its place at the end), and of a
thing "not having moved" (still).
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing
from .rewrite_text import any_said_re

_STARTS_SENTENCE = r"(?:^|(?<=[.;:!?] ))"
# "sfx: two engines humming.", "cue: a single bark.", "sound: ...", "you hear a meow.": what is heard, up to the next
# sentence or cue label ("we hear, my dears, that ..." is hearsay, what we are told, and stays); a sight joined on after
# it, "we hear nothing, and see three cats", "you hear rain but see only a dog", is the picture, and stays; one opening
# on a pronoun ("and see it run") is taken whole with the sentence, as its pronoun may be the thing heard
_SIGHT_JOINED = (r",? (?:and|but|yet|while|as) (?:(?:we|you) )?(?:can |also |then |only )?"
                 r"(?:see|watch|spot|notice|glimpse|observe)\b")
SOUND_CUE_RE = re.compile(_STARTS_SENTENCE + r"(?:(?:sfx|cue|sound|audio|sound effects?)\s*:"
                          r"|(?:we|you) (?:can )?hear\b(?!(?:,[^,.;!?]*,)? that\b))"
                          r"(?:(?!" + _SIGHT_JOINED + r")[^.;!?])*(?:(?P<sight>" + _SIGHT_JOINED + r")"
                          r"(?P<pronoun>(?= (?:it|them|him|her)\b)[^.;!?]*[.;!?]?\s*)?|[.;!?]?\s*)")
# "visual:", "visual, first half:", "visuals (second half):": the picture's cue, at the half it names
VISUAL_CUE_RE = re.compile(_STARTS_SENTENCE + r"(?:visuals?)(?:,? \(?(?P<half>first|second) half\)?)?\s*:\s*")
# "sunny holiday let:", "charming seaside cottage for rent:": a listing's heading, up to its colon
LISTING_HEADING_RE = re.compile(r"^(?:[a-z-]+,? ){0,4}(?:let|rental|listing|cottage|apartment|flat|villa|chalet|estate|retreat|"
                                r"studio)"
                                r"(?: for (?:rent|sale))?\s*[:\u2014-]\s*")
# "from the terrace you can watch", "from our balcony, guests may see": where the guest watches from
VANTAGE_RE = re.compile(r"\bfrom (?:the|our|your|its|a|this) (?:[a-z]+ )?(?:terrace|balcony|veranda|verandah|patio|porch|deck|"
                        r"window|garden"
                        r"|living room|lounge|bedroom)\b,? (?:you|guests|visitors|one|we) (?:can|could|may|will|might) (?:watch|"
                        r"see|enjoy|admire|view)\s*")
# "with nothing else in the view": nothing else in the frame
IN_THE_VIEW_RE = re.compile(r"\bin the view\b")
# "this listing comes with four cars", "the offer came with two cats": what a listing, an offer, a package or the
# property let includes
COMES_WITH_RE = re.compile(r"\b(?:(?:the|this|that|our|my|your|their|its|each|every|a|an) (?:[a-z'-]+ ){0,2}?)?"
                           r"(?P<head>[a-z'-]+) (?P<verb>comes|come|came) with "
                           r"(?=(?:a|an|one|two|three|four|five|six|\d+|its|their)\b)")
# "the recording", "the whole recording": the clip
_OFFERS = frozenset("listing offer deal package bundle kit set pack box brochure catalogue catalog advert ad plan "
                    "subscription membership booking ticket rental let property house home flat apartment cottage "
                    "villa chalet cabin suite room lodge estate retreat".split())
RECORDING_RE = re.compile(r"\b(?:the|this) recording\b")
# "at the start of the clip, three cars are visible", "at first, a dog is visible": seen from the start, and staying
# unless the prompt says it goes
SEEN_AT_START_RE = re.compile(_STARTS_SENTENCE + r"(?:at the (?:start|beginning|outset)(?: of the clip)?|"
                                                 r"at first),? (?=[a-z ]+? (?:is|are) (?:visible|in view|there)\b)")
_GOING_WORDS_RE = re.compile(r"\b(?:no|not|never|gone|leaves?|left the|leaving|exits?|disappears?|vanish[a-z]*|absent|out of|"
                             r"until|then|later"
                             r"|half|end|ends)\b")
# "the second half of the clip brings a dog into view": the dog comes into view in the second half
BRINGS_INTO_VIEW_RE = re.compile(r"\bthe (?P<half>first|second) half(?: of the clip)? (?:brings?|"
                                 r"introduces?) (?P<thing>[a-z ]+?) into (?:view|the frame)\b")
# "the clip ends with the ball to the right of the car": where the ball is at the end
ENDS_WITH_RE = re.compile(r"\bthe clip (?:ends|finishes|closes) with (?P<thing>(?:the|a|an) [a-z]+) (?=(?:to|at|in|on|near|"
                          r"beside|next|above|below)\b)")
# "the car not having moved", "with the car not having moved": the car stays still
NOT_HAVING_MOVED_RE = re.compile(r",? (?:with )?(?P<thing>(?:the|a|an) [a-z]+) (?:not having|never having|having not) (?:moved|"
                                 r"budged|stirred)\b")
# "a car is stationary": it stays still
STATIONARY_RE = re.compile(r"\b(?P<verb>is|are) (?:stationary|motionless|unmoving)\b")
# "SFX:", "CUE:", "VISUAL, FIRST HALF:": a cue sheet's labels (read before a transcript takes them for speakers)
CUE_LABEL_RE = re.compile(_STARTS_SENTENCE +
                          r"(?:sfx|cue|sound|audio|visuals?)(?:,? \(?(?:first|second) half\)?)?\s*:", re.IGNORECASE)
_TELLS = ("hear", "recording", "at first", "at the start", "at the beginning", "at the outset", "terrace", "balcony",
          "veranda", "patio",
          "porch", "deck", "window", "garden", "lounge", "bedroom", "living room", "in the view", "brings",
          "bring ", "introduces",
          "ends with", "finishes with", "closes with", "having moved", "having not", "stationary", "motionless",
          "unmoving", "let:",
          "rental", "listing", "cottage", "apartment", "flat:", "villa", "chalet", "estate", "retreat", "studio:",
          "comes with", "come with", "came with")
_TELLS_RE = any_said_re(_TELLS)


def looks_like_listing_cue_or_statement(text: str) -> bool:
    """Whether ``text`` (lower case) may hold a listing's vantage, a cue sheet's labels or a statement's clip words."""
    return _TELLS_RE.search(text) is not None


def looks_like_cue_sheet(prompt: str) -> bool:
    """Whether ``prompt`` (any case) labels its lines as sounds and pictures."""
    return ":" in prompt and CUE_LABEL_RE.search(prompt) is not None


def cue_sheet_in_plain_words(prompt: str) -> str:
    """``prompt`` lower-cased, its VISUAL lines kept (at the half they name) and its sound cues dropped."""
    text = VISUAL_CUE_RE.sub(_visual_cue, prompt.lower())
    return SOUND_CUE_RE.sub("", text)


def _visual_cue(match: re.Match) -> str:
    return f"in the {match['half']} half, " if match["half"] else ""


def _included(match: re.Match) -> str:
    """What a listing, an offer or a package "comes with" is what it offers, told alone; anything else that comes
    with others arrives or stays with them ("a man comes with two dogs", "the cart comes with a horse")."""
    return "" if match["head"] in _OFFERS or match["head"].removesuffix("s") in _OFFERS else match.group(0)


def _seen_from_start(match: re.Match) -> str:
    """The start kept only where the statement also says the thing goes (or anything happens later)."""
    return match.group(0) if _GOING_WORDS_RE.search(match.string, match.end()) else ""


def _sight_kept(match: re.Match) -> str:
    """What is heard is no thing in the picture, so it goes; a sight joined on after it ("..., and see three cats")
    is the picture itself, so it stays as "we see ...", a sentence the readers of a sight know. One opening on a
    pronoun stays only where a thing is named before the cue for it to point at: in "You hear a dog bark, and see it
    run." the "it" is the dog heard, no thing of the picture."""
    if match["sight"] is None or (match["pronoun"] is not None and not names_a_thing(match.string[:match.start()])):
        return ""
    return "we " + match["sight"].split()[-1] + (match["pronoun"] or "")


def listing_cue_and_statement_in_plain_words(text: str) -> str:
    """``text`` (lower case) without the listing's vantage, the sound cues and the statement's clip words."""
    if "hear" in text:
        text = SOUND_CUE_RE.sub(_sight_kept, text)
    text = VANTAGE_RE.sub("", LISTING_HEADING_RE.sub("", text))
    if "in the view" in text:
        text = IN_THE_VIEW_RE.sub("in frame", text)
    if "recording" in text:
        text = RECORDING_RE.sub("the clip", text)
    if " with " in text and " c" in text:
        text = COMES_WITH_RE.sub(_included, text)
    if "at the start" in text or "at the beginning" in text or "at the outset" in text or "at first" in text:
        text = SEEN_AT_START_RE.sub(_seen_from_start, text)
    if " half" in text:
        text = BRINGS_INTO_VIEW_RE.sub(r"in the \g<half> half, \g<thing> comes into view", text)
    if " with " in text:
        text = ENDS_WITH_RE.sub(r"at the end, \g<thing> is ", text)
    if "having" in text:
        text = NOT_HAVING_MOVED_RE.sub(r", and \g<thing> stays still", text)
    if "stationary" in text or "motionless" in text or "unmoving" in text:
        text = STATIONARY_RE.sub(lambda m: "stays still" if m["verb"] == "is" else "stay still", text)
    return text
