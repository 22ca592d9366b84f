"""Festival blurbs, critics' reviews and babysitters' monitor texts put into the plain scene before reading.

A blurb speaks of the clip as a work ("a quietly affecting study of three cats", "in this playful short,
...", "four balls are the whole cast", "the film lets nothing else into the frame") and of its camera ("the
camera lingers on a dog ...", "the camera looks straight down as ..."): the film, the short, the study and
the cast are the clip itself, the camera a view, never things. A parent's text ("Kids are asleep. Meanwhile
on the baby monitor screen: ...") shows the clip on a monitor: the sleeping kids and the monitor are the
sender's side of the message, not the scene.
"""

from __future__ import annotations

import re

_WORK = r"(?:short|film|documentary|movie)"
# "a quietly affecting study of three cats", "a brisk festival short about four cars": the work is what it shows
WORK_ABOUT_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:a|an|this|the) (?:[a-z-]+,? ){0,4}?(?:" + _WORK +
                           r" (?:about|of|following)|(?:study|portrait) of) ")
# "in this playful short,", "in the film,": where the blurb is, not a place in the scene
# ("in the short grass" is a place, not the work)
IN_THE_WORK_RE = re.compile(r"\b(?:in|throughout|across) (?:this|the) (?:[a-z-]+ ){0,2}?" + _WORK
                            + r"(?=\s*[,;:]|\s+(?:a|an|the|one|two|three|four|five|six|there|nothing|no)\b),?\s*")
# "the short shows", "the film keeps", "this short keeps": what is in the clip, said as the work's doing
WORK_SHOWS_RE = re.compile(r"\b(?:the|this) (?:[a-z-]+ )?" + _WORK + r" (?:shows|keeps|holds|has|features|offers|gives us)\b\s*")
# "the film lets nothing else into the frame", "lets nothing else in": nothing else there
LETS_NOTHING_RE = re.compile(r"\b(?:the|this) " + _WORK + r" lets nothing else (?:in(?:to (?:the )?(?:frame|shot|picture))?)\b")
# "four balls are the whole cast", "carry the whole film": they are all there is
WHOLE_CAST_RE = re.compile(r"\b(?:are|is|make up|form|carry|carries) the (?:whole|entire|only|full) (?:cast|film|short|story)\b")
# "a top-down short:" the view the work is filmed from
VIEW_WORK_RE = re.compile(r"\b(top[- ]down|overhead|aerial|bird's[- ]eye) " + _WORK + r"\b")
# "the camera lingers on a dog standing still as ...": the dog, the camera only looking
CAMERA_LINGERS_RE = re.compile(r"\bthe camera (?:lingers|dwells|rests|stays|settles|holds) on (?=(?:a|an|one|two|three|four|"
                               r"five)\b(?! empty))")
# "the camera looks straight down (in this short) as a ball rolls": a view from above over the clause it frames
CAMERA_DOWN_RE = re.compile(r"\bthe camera (?:looks|gazes|peers|points) (?:straight |directly )?down(?:ward)?(?: (?:in|on|"
                            r"throughout) "
                            r"(?:this|the) [a-z]+)?,? (?:as|while|and|where|whilst) ")
# "from start to finish" said of what stays in view: the whole clip
START_TO_FINISH_RE = re.compile(r",? from (?:the )?(?:start|beginning|first frame) to (?:the )?(?:finish|end|last frame)\b")
# "Kids are asleep.", "Kids asleep at last.", "the baby is down.": the sender's evening, nothing in the scene
SENDER_NEWS_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:the )?(?:kids|children|baby|little ones|twins)(?: are| is)? (?:asleep|down|"
                            r"in bed|sleeping"
                            r"|settled)(?: at last| finally| now)?\s*[.;!,]\s*")
# "on the baby monitor screen meanwhile:", "meanwhile the monitor shows", "the monitor is showing": the screen shows the clip
# (said where a clause starts: "a cat sits on the monitor" keeps its monitor)
MONITOR_RE = re.compile(r"(?:(?:^|(?<=[.;:!?,] ))(?:meanwhile,? )?|\bmeanwhile,? )(?:(?:on|in) )?the (?:baby |"
                        r"video )?monitor(?: screen)?(?: (?:right now|now|meanwhile))?"
                        r"(?: (?:shows|showed|is showing|was showing|displays|has))?(?: meanwhile)?\s*[:,]?\s*")
_TELLS = frozenset("short film study documentary portrait movie camera monitor kids children baby cast".split())


def looks_like_screening(words: set[str]) -> bool:
    """Whether the prompt's ``words`` may hold a blurb's work, its camera or a babysitter's monitor (most hold none)."""
    return not words.isdisjoint(_TELLS)


def screening_in_plain_words(text: str) -> str:
    """``text`` (lower case) without the work, its camera and the monitor: the scene they show."""
    if "monitor" in text:
        text = MONITOR_RE.sub("", SENDER_NEWS_RE.sub("", text))
    if "camera" in text:
        text = CAMERA_DOWN_RE.sub("seen from straight above, ", CAMERA_LINGERS_RE.sub("", text))
    text = VIEW_WORK_RE.sub(r"\1 view", text)
    if "lets nothing" in text:
        text = LETS_NOTHING_RE.sub("nothing else", text)
    if "whole" in text or "entire" in text or "only" in text or "full" in text:
        text = WHOLE_CAST_RE.sub("and nothing else", text)
    text = WORK_ABOUT_RE.sub("", text)
    text = IN_THE_WORK_RE.sub("", WORK_SHOWS_RE.sub("", text))
    if "start" in text or "beginning" in text or "first frame" in text:
        text = START_TO_FINISH_RE.sub(" throughout", text)
    return " ".join(text.split())
