"""What was done with the clip, said of the clip and dropped before reading: "the video entered into evidence shows".

A voice that talks about a clip says where it went before anyone watched it: entered into evidence, sent in, uploaded,
handed over, played to the court. Those verbs are the clip's, set between its noun and the verb that presents its
things, and a reader that took "entered" for an entrance would bring the things it shows in late ("three cars enter").
So a clip's noun, a participle of handling and whatever follows it up to the presenting verb are read as the clip's
noun alone. Verbs of filming ("the footage shot at the beach shows") say where the scene is, and are kept.
"""

from __future__ import annotations

import re

from .rewrite_text import any_said_re
from .vocabulary import CLIP_NOUNS
from .writer_frames import PRESENTING_VERB

_CLIP = r"(?:(?:the|this|that|our|my|your|their) |[a-z]+'s )(?:[a-z'-]+ ){0,2}?(?:" + "|".join(CLIP_NOUNS) + ")"
_HANDLING_VERBS = ("entered", "submitted", "sent", "uploaded", "posted", "filed", "admitted", "lodged", "handed",
                   "played", "screened", "forwarded", "attached", "exhibited", "produced", "tendered", "received",
                   "shared", "emailed", "delivered", "passed", "given")
_HANDLED = "(?:" + "|".join(_HANDLING_VERBS) + ")"
# the pattern needs one of its handling verbs; most prompts name a clip and none of them, so this scan goes first
_HANDLING_SAID_RE = any_said_re(_HANDLING_VERBS)
# the presenting verbs, and those of holding that a clip's things are in ("the tape contains")
_PRESENTING = rf"(?:{PRESENTING_VERB.pattern}|featured|depicted|contains|contained|holds|held)"
# "the video entered into evidence shows", "the clip, sent in by a viewer, features", "the tape that was played to
# the court shows": the clip, then what was done with it, then the verb that presents its things
HANDLED_CLIP_RE = re.compile(rf"\b(?P<clip>{_CLIP}),? (?:(?:that|which) )?(?:(?:was|were|has been|had been|is|now) )?"
                             rf"{_HANDLED}\b[^.;:!?]*?,? (?={_PRESENTING}\b)")


def handling_dropped(text: str) -> str:
    """TEXT with what was done with the clip left out between its noun and its presenting verb."""
    if _HANDLING_SAID_RE.search(text) is None or not any(noun in text for noun in CLIP_NOUNS):
        return text
    return HANDLED_CLIP_RE.sub(r"\g<clip> ", text)
