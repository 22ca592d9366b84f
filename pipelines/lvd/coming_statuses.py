"""A status of coming in, the speaker's news that the clip is on its way, dropped before reading.

A status opening or closing the prompt, a sentence or a heading of its own made of a verb of coming in or going with
no subject, with a time that is no part of the clip or, opening it, a lead like "now" ("Arriving soon!", "Now
appearing:", "Emerging shortly.", "Entering any minute now!", a trailer's "Coming soon.", a parcel's closing "Arriving
today!"), is the clip itself on its way: no thing named after it comes in late. An opening heading of going over its
thing, "Now departing: the red bus.", and a closing going after a thing named before it, "A train waits on the left.
Departing on time.", are that thing's going, told. One saying a part of the clip ("Arriving in the second half: a
dog.", "Arriving next: a dog.") is the arrival told, and stays; so does a bare one ("Entering: a red car.", "A dog.
Emerging!", "Appearing now!"): the thing named with it comes in then.

It is the one owner of such statuses, so both `scene_asides` (a status around a told scene, or heading its one
sentence) and the trailer's voice (its "Coming soon." sign-off) call it; it reads only its verb's kind and whether
the rest of the prompt names a thing, none of the ties to the scene the other asides weigh.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing
from .rewrite_text import spaces_tidied
from .vocabulary import VERB_KINDS

# a time still to come that no part of the clip names: "soon", "shortly", "any minute now", "in a jiffy"
_STILL_TO_COME = (r"(?:soon|shortly|momentarily|very soon|real soon|any (?:minute|moment|second|day)(?: now)?"
                  r"|in a (?:moment|minute|bit|sec|second|jiffy))")
# "Arriving soon!", "Now appearing:", "Entering now!": a verb of coming in, its -ing form with no subject, with such a
# time or "now", as the prompt's first sentence or heading; a bare "Entering: a red car." is the car coming in, and
# "Arriving next:" says when: the second half
_STATUS_TIME = r"(?:" + _STILL_TO_COME + r"|now|right now)"
OPENING_STATUS_RE = re.compile(r"^(?=(?:now|soon|almost|nearly|just) |[a-z]+ing " + _STATUS_TIME + r"\s*[.!:])"
                               r"(?:(?:now|soon|almost|nearly|just) )?(?P<verb>[a-z]+ing)"
                               r"(?: " + _STATUS_TIME + r")?\s*[.!:]+\s+(?=\S)")
# "... Arriving soon!", "... Coming shortly.": closing the prompt, only with a time still to come; a bare "Emerging!" or
# "Appearing now!" after "A dog." is the dog coming in, there and then
# (a parcel's voice says the day too: "... Arriving today!"); "on time" and "at dusk" or "at dawn" say how or in what
# light, which the clip itself can show
_DAY_TO_COME = (r"(?:today|tomorrow(?: morning| afternoon| evening| night)?|tonight|later today"
                r"|this (?:week|weekend|evening|afternoon|morning)|next week|at (?:noon|midnight))")
CLOSING_STATUS_RE = re.compile(r"(?<=[.!?])\s+(?P<verb>[a-z]+ing) (?:" + _STILL_TO_COME + "|" + _DAY_TO_COME
                               + r")\s*[.!]+\s*$")


def _coming_status(match: re.Match) -> str:
    """The status goes where its verb is one of coming in (or the trailer's "Coming soon.") and the rest of the prompt
    names the thing that comes; a going is dropped only opening the prompt, since closing it ("A train waits on the
    left. Departing soon.") it tells of a thing named before it leaving."""
    kind = VERB_KINDS.get(match["verb"])
    if kind not in ("appear", "disappear") and match["verb"] != "coming":
        return match.group(0)
    if kind == "disappear" and (match.group(0).rstrip().endswith(":") or match.start() > 0):
        return match.group(0)  # "Now departing: the red bus.": a heading over the thing that goes, the going told
    rest = match.string[:match.start()] + " " + match.string[match.end():]
    return "" if names_a_thing(rest) else match.group(0)


def coming_status_dropped(text: str) -> str:
    """``text`` without a status of coming in opening or closing it ("Arriving soon! Three cats ...", "... Coming
    soon."): the news that the clip is on its way, which would bring the first thing named after it in late. This is
    the one owner of such statuses, the trailer's sign-off among them."""
    dropped = CLOSING_STATUS_RE.sub(_coming_status, OPENING_STATUS_RE.sub(_coming_status, text, count=1), count=1)
    return text if dropped == text else spaces_tidied(dropped)
