"""A prompt in a formal, legal or academic register, put into plain sentences before reading.

"It is stipulated that the scene shall comprise one cat, hereinafter 'the animal', and no other object
whatsoever": the stipulation and "shall" are modality, the alias in quotes names the thing just said (never
a second thing), "thereof" and "in accordance with the brief" refer back to the text itself, "for the
duration of the recording" is a time, "commence ... conclude" are where a move starts and ends, and a
negated or restrictive mention ("no further object shall be depicted") adds nothing. "Shall not be
depicted in the first half" says when the thing is absent; "both shall remain in view" repeats that the
things already named are there. An older English's auxiliaries and pronouns ("the frame doth hold but one bird", "the
picture hath a cat", "thou dost see a ball") are today's: "doth hold" is "holds", never a thing named "doth hold".
Who agrees, asks or proclaims frames the clause ("the Party agrees that", "be it known that", "by the King's
command,", a gossip's "sources tell us that"), and a recital of who ordered the clip ("whereas the Party has
commissioned a clip,") names no thing: none of them is drawn, in any register.
"""

from __future__ import annotations

import re

from .vocabulary import SEEING_VERBS
from .word_guessing import third_person

_FORMAL_WORDS = frozenset(("shall", "aforementioned", "aforesaid", "hereinafter", "henceforth", "hereafter", "stipulated",
                           "thereof", "therein", "herein",
                           "whatsoever", "commence", "commences", "conclude", "concludes", "accordance", "duration", "upon",
                           "doth", "dost", "hath", "hast", "thou", "thee", "thy", "thine", "didst"))
_CLIP = r"(?:recording|video|clip|footage|film|sequence|scene|depiction|rendering|animation)"
_THINGS = r"(?:objects?|things?|items?|elements?|entit(?:y|ies)|subjects?|animals?|vehicles?|figures?|bodies|body)"
_SEEN = r"(?:depicted|shown|present|visible|included|featured|seen|rendered|portrayed|in view|in frame|in the frame|in shot)"
_MODAL = r"(?:shall|will|may|should|must|is to|are to|can)"

# "it is stipulated that", "it is required that": the frame of a clause, not a thing
STIPULATION_RE = re.compile(r"\bit is (?:hereby |therefore |also )?(?:stipulated|required|specified|intended|expected|understood|"
                            r"requested|mandated|"
                            r"proposed|desired|agreed|ordered|directed|provided|asked|demanded|wished|preferred|suggested|"
                            r"recommended|"
                            r"essential|necessary|important|desirable) that\b")
# "the Party agrees that", "we require that", "be it known that": the one who agrees, asks or proclaims frames the
# clause, whose things are the scene; the speaker is never one of them
_CLAIMING = (r"(?:agrees?|agreed|requires?|required|demands?|demanded|stipulates?|stipulated|declares?|declared|proclaims?"
             r"|proclaimed|decrees?|decreed|warrants?|warranted|confirms?|confirmed|certif(?:y|ies|ied)|affirms?|affirmed"
             r"|acknowledges?|acknowledged|undertakes?|undertook|requests?|requested|specif(?:y|ies|ied)|guarantees?"
             r"|guaranteed|ordains?|ordained|commands?|commanded)")
CLAIMED_RE = re.compile(r"(?:^|(?<=[.;:!?,] ))(?:(?:the|this|our|my|your|his|her|their) (?:[a-z'-]+ ){0,2}?[a-z'-]+|i|we) "
                        r"(?:hereby |also |further |therefore )?(?:(?:has|have|do|does|hereby) )?" + _CLAIMING + r" that\b"
                        r"|\b(?:be it|let it be) (?:hereby )?(?:known|declared|proclaimed|decreed|ordained|resolved) that\b")
# "Sources tell us, darling, that", "we hear, my dears, that": a bare plural at a sentence's head that says or swears
# what follows is the unnamed many a gossip cites, and what the speaker hears is hearsay
REPORTED_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:[a-z]+s (?:say|tell (?:me|us|you)|swear|claim|insist|whisper|report)"
                         r"|(?:i|we) (?:hear|heard|have heard|am told|are told|was told|were told))"
                         r"(?:, (?:[a-z]+ ){0,2}[a-z]+,)? that\b")
# "Whereas the Party has commissioned a clip,": who asked for the clip, a recital with no thing of the scene
COMMISSIONED_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?:whereas |as |since )?(?:the|this|our|my|your|his|her|their) [a-z'-]+ "
                             r"(?:has |have |had )?(?:commissioned|ordered|requested|asked for|paid for) (?:a|an|the|this) "
                             r"(?:[a-z]+ )?" + _CLIP + r"\s*(?:[,;]\s*|(?=[.!?]))")
# "By the King's command,", "by order of the court,": the authority a proclamation is made by, no thing of the scene
AUTHORITY_RE = re.compile(r"\bby (?:the |royal |his |her |their )?(?:[a-z]+'s )?(?:command|order|decree|leave|authority|will"
                          r"|grace)(?: of (?:the |our )?[a-z]+)?(?:,\s*|(?=\s*[.;:!?]))")
# ", and that no ...": the second stipulated clause joined on
AND_THAT_RE = re.compile(r"\b(and|but|while) that\b")
# "hereinafter 'the animal'", "(henceforth referred to as "the object")": a second name for the thing just named
ALIAS_RE = re.compile(r"\s*\((?:the |an? )?['\"][a-z]+(?: [a-z]+)?['\"]\)"
                      r"|,?\s*\(?\b(?:hereinafter|henceforth|hereafter)(?: (?:referred to as|called|termed|designated|known as|"
                      r"named))?"
                      r"\s*['\"]?(?:the |an? )?[a-z]+(?: [a-z]+)?['\"]?\)?(?=\s*[,.;:!?)]|\s*$)")
# "and the chronicler saw nothing else": the one who watches, writing of what was not there, is no thing of the scene
_WATCHER = r"(?:(?:the [a-z]+|i|we|you|he|she|they) " + SEEING_VERBS + r" )?"
# "no other thing appeared", "was seen beside them": the plain verbs of a denial, without a modal
_PLAINLY_SEEN = r"(?: (?:appeared|appears|came|comes|entered|enters|(?:was|were|is|are) (?:seen|there|present)))?"
_BESIDE_THEM = r"(?: (?:beside|besides|apart from) (?:them|it|these|those))?"
# "no other object whatsoever", "no further object shall be depicted": the scene holds only what was named
NO_OTHER_RE = re.compile(r"(?:,?\s*(?:and|with|but) (?:that )?)?\b" + _WATCHER +
                         r"no (?:other|further|additional|more|extra|other such) "
                         + _THINGS + r"(?: (?:of any kind|whatsoever|at all))?(?: " + _MODAL +
                         r"(?: (?:be|appear|feature|exist))?(?: "
                         + _SEEN + r")?)?" + _PLAINLY_SEEN + _BESIDE_THEM + r"(?: (?:whatsoever|at all))?")
# "nothing else shall be depicted", "nothing further that a viewer could count": no more things (what is said of
# the nothing, in its relative clause, names nothing either)
NOTHING_FURTHER_RE = re.compile(r"(?:,?\s*(?:and|with|but) (?:that )?)?\b" + _WATCHER +
                                r"nothing (?:else|further|more|additional)(?: "
                                + _MODAL + r"(?: (?:be|appear|feature|exist))?(?: " + _SEEN + r")?)?" +
                                _PLAINLY_SEEN + _BESIDE_THEM
                                + r"(?: (?:that|which) [^,.;:!?]*)?")
# "no object other than the dog shall appear": only the dog is there
ONLY_OTHER_THAN_RE = re.compile(r"\bno (?:other )?" + _THINGS +
                                r" (?:other than|except|save|but|apart from|besides) (?P<thing>(?:the|a|an) [a-z]+(?: [a-z]+)?)"
                                r" " + _MODAL + r"(?: (?:be|appear|feature|exist))?(?: " + _SEEN + r")?")
# "both being depicted realistically", "and that both shall remain in view": the two things named, said again
BOTH_SEEN_RE = re.compile(r"(?:,?\s*(?:and )?(?:that )?)?\b(?:both|all|each)(?: (?:of them|" + _THINGS +
                          r"))? (?:being|are|is|shall be|will be|"
                          r"to be|(?:shall |will )?(?:remain|remains|stay|stays|be)(?: being)?) " + _SEEN + r"\b")
# "shall not be depicted", "shall not appear": absent (the time said with it says when)
NOT_SEEN_RE = re.compile(r"\b" + _MODAL + r" not (?:be " + _SEEN + r"|appear|be there|feature|be present)\b")
SEEN_RE = re.compile(r"\b" + _MODAL + r" (?:be )?(?:depicted|shown|portrayed|rendered)\b(?! (?:for|throughout|during|in|until|"
                                      r"from|realistically))")
# "for the duration of the first half of the recording", "for the duration of the recording"
DURATION_RE = re.compile(r"\b(?:for|during|throughout) the (?:entire |whole |full )?duration of (?:the (?P<half>first|second|"
                         r"latter|final) half of )?the " + _CLIP + r"\b")
DURATION_HALF_RE = re.compile(r"\b(?:for|during|throughout) the (?:entire |whole |full )?duration of the (?P<half>first|second|"
                              r"latter|final) half\b")
# "in accordance with the brief", "as per the specification": a reference to the text, not a place
ACCORDANCE_RE = re.compile(r",?\s*\b(?:in accordance with|as per|pursuant to|consistent with|in keeping with) (?:the|this|"
                           r"its) [a-z]+(?: [a-z]+)?(?=\s*[,.;:!?]|\s*$)")
BACK_REFERENCE_RE = re.compile(r"(?<=\bthe) said\b|\s*\b(?:thereof|therein|hereof|herein|whatsoever|aforementioned|aforesaid)\b")
# "the recording shall depict four cats": what the picture holds
DEPICTS_RE = re.compile(r"\bthe " + _CLIP + r" " + _MODAL + r" (?:depict|comprise|contain|include|show|feature|present|"
                                                            r"consist of|portray|exhibit)\b")
# "shall not be visible prior thereto", after "the second half": before the time just named
PRIOR_RE = re.compile(r"\bprior (?:thereto|to (?:that|this|then|it))\b|\bprior\b(?=\s*[,.;!?]|\s*$)")
_LATE_TIME_RE = re.compile(r"\b(?:second|latter|final|last) half\b|\b(?:midpoint|halfway|half-way|midway)\b")
# "upon the commencement of the second half": at its start
UPON_MOMENT_RE = re.compile(r"\b(?:upon|on) (?=the (?:commencement|start|beginning|onset|conclusion|end|close|expiry) of\b)")
# "doth hold", "dost see": the older auxiliary of the verb after it ("doth not" is "does not")
ARCHAIC_DO_RE = re.compile(r"\b(?P<aux>doth|dost) (?P<verb>(?!not\b)[a-z]+)\b")
_PLAIN_WORDS = {"commencement": "start", "conclusion": "end", "shall": "will", "upon": "on", "commence": "start",
                "commences": "starts", "conclude": "end", "concludes": "ends",
                "traversing": "crossing", "traverse": "cross", "traverses": "crosses", "recording": "video",
                "demeanour": "manner",
                "demeanor": "manner", "doth": "does", "dost": "do", "hath": "has", "hast": "have", "thou": "you", "thee": "you",
                "thy": "your", "thine": "your", "didst": "did"}
PLAIN_WORD_RE = re.compile(r"\b(?:" + "|".join(_PLAIN_WORDS) + r")\b")
# "the car will start on the right of the scene": the frame's right ("of the scene" adds nothing)
OF_THE_SCENE_RE = re.compile(r"\b((?:left|right|top|bottom|upper|lower|middle|centre|center)(?: (?:side|edge|corner|half|"
                             r"part))?) of the (?:scene|frame|picture|shot)\b")


def drop_stipulations(text: str) -> str:
    """``text`` without "it is requested that", "the Party agrees that", "by the King's command," and their kin: the
    frame of a clause, which a plain prompt may use too."""
    for frame in (STIPULATION_RE, CLAIMED_RE, REPORTED_RE, COMMISSIONED_RE, AUTHORITY_RE):
        text = frame.sub("", text)
    return text


def looks_formal(words: set[str]) -> bool:
    """Whether the prompt's ``words`` hold a word of the formal register (most prompts have none, and skip the rewrite)."""
    return not words.isdisjoint(_FORMAL_WORDS)


def _duration(match: re.Match) -> str:
    half = match.group("half")
    return f"during the {half} half" if half else "the whole time"


def _prior(match: re.Match) -> str:
    """"prior thereto" after a late time: the first half; otherwise plain "before that"."""
    sentence = re.split(r"[.;!?]", match.string[:match.start()])[-1]
    return "in the first half" if _LATE_TIME_RE.search(sentence) else "before that"


def formal_in_plain_words(text: str) -> str:
    """``text`` with its legal or academic furniture taken out and its modal verbs made plain."""
    text = drop_stipulations(text)
    text = ALIAS_RE.sub("", text)
    text = ACCORDANCE_RE.sub("", text)
    text = DURATION_RE.sub(_duration, text)
    text = DURATION_HALF_RE.sub(_duration, text)
    text = ONLY_OTHER_THAN_RE.sub(lambda m: f"only {m.group('thing')} is there", text)
    text = NO_OTHER_RE.sub("", text)
    text = NOTHING_FURTHER_RE.sub("", text)
    text = BOTH_SEEN_RE.sub("", text)
    text = NOT_SEEN_RE.sub("is absent", text)
    text = SEEN_RE.sub("is shown", text)
    text = DEPICTS_RE.sub("the scene has", text)
    text = AND_THAT_RE.sub(r"\1", text)
    text = UPON_MOMENT_RE.sub("at ", text)
    text = PRIOR_RE.sub(_prior, text)
    text = BACK_REFERENCE_RE.sub("", text)
    text = ARCHAIC_DO_RE.sub(lambda m: third_person(m["verb"]) if m["aux"] == "doth" else m["verb"], text)
    text = PLAIN_WORD_RE.sub(lambda m: _PLAIN_WORDS[m.group(0)], text)
    text = OF_THE_SCENE_RE.sub(r"\1", text)
    return " ".join(text.split())
