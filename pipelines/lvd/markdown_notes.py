"""Notes typed in markdown put into the sentences the token pass reads.

A prompt written as markdown notes lists its content line by line: bullets ("- three of them", "* rolls to the upper right", "1.
starts lower left"), often under a "#" heading that names what the notes are about ("## cats", "### the red car"), with **bold**,
_italic_ and `code` marks around words. Read as one run of words, the lines merge into one clause and the heading is one more
thing. Here the marks go and each line becomes a sentence of its own. A heading that names a thing is the notes' subject: a line
without one is said of it ("- enters on the left" under "## car": "the car enters on the left", "- red": "the car is red"), "three
of them" counts it, and "a moving car" said after it has been named is the same car again. Any other heading ("## overhead", "##
scene") is a sentence of its own. A subtitler's gloss writes its notes in dashed chunks on one line, the topic first: chunks that
start it at one place, move it and finish it at another ("car — start left — drive — finish right") are one route, and a half said
with "none" is the topic absent then. Notes typed as LaTeX source are the same notes: "\\section*{Ball}" a heading,
"\\item" a bullet, "\\emph{no}" the word itself, a "%" comment a line of its own, and an environment's "\\begin{itemize}"
and "\\end{itemize}" no words at all. Notes typed as HTML or XML-like markup are the same notes again: a "<title>" or
"<h2>" a heading, an "<li>" a bullet, a "<p>", a "<div>", a "<br>" or any other block a line of its own, an "<em>" or a
"<b>" a space around the words inside it, and a comment "<!-- mover: cat -->" a line of its own; a "<" in prose,
"a < b", is no tag. Speech markup around the words, an engine's "<speak>", "<break time="300ms"/>",
"<emphasis>no cat</emphasis>", "<prosody rate="slow">" or an "<?xml ...?>" declaration, says only how the words are
voiced: its tags go before anything else reads the prompt, and the words they wrap stay where they stood. A Gherkin
feature file is such notes too: each step ("Given a cat on the left", "Then it runs right", "And nothing else") a
sentence without its keyword, and its titles ("Feature: cat run", "Scenario: a cat runs right") the test's name,
dropped where the steps name what they name; a title's thing no step names is said, and its view from above
("Scenario: seen from above") is the picture's.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, noun_class
from .vocabulary import COLORS, NUMBER_WORDS, PLAIN_ADJECTIVES, VERB_KINDS, looks_like_modifier, says_a_view_from_above
from .word_guessing import third_person

BULLET_RE = re.compile(r"^\s*(?:[-*+~\u2022\u25aa\u25e6]|\d{1,2}[.)])\s+")
HEADING_RE = re.compile(r"^\s*#{1,6}\s*")
# **bold**, __bold__, ~~struck~~, `code`, *italic*, _italic_: the words without their marks
EMPHASIS_RE = re.compile(r"(\*\*|__|~~|`)(?P<a>.+?)\1|(?<![\w*])\*(?=\S)(?P<b>[^*\n]+?)(?<=\S)\*(?![\w*])"
                         r"|(?<![\w_])_(?=\S)(?P<c>[^_\n]+?)(?<=\S)_(?![\w_])")
# A line that starts with how the subject is ("not there ...", "absent for ...", "gone after ..."): it needs "is"
_STATE_OPENERS = frozenset(("not", "absent", "missing", "gone", "hidden", "there", "visible", "present", "nowhere",
                            "still", "out", "off", "only", "invisible", "away", "back", "in", "on", "at"))
# Verbs of where and when a thing is that the motion tables do not hold ("- starts on the right", "- ends upper left")
_PLACING_VERBS = frozenset("starts begins ends finishes stays remains stops waits sits rests leaves exits enters settles "
                           "arrives pauses halts returns reappears appears disappears vanishes comes goes shows pops turns "
                           "heads moves".split())
_ARTICLES = frozenset(("a", "an", "the", "one"))
_OF_THEM_RE = re.compile(r"^(?P<count>\w+) of them\b")
_LINE_END = ".!?;:,"
# LaTeX source: its commands that say how notes are laid out, each a markdown mark or a line break
LATEX_RE = re.compile(r"\\(?:begin|end|item|(?:sub)*section|paragraph|emph|textbf|textit|underline)(?![a-z])")
_LATEX_HEADING_RE = re.compile(r"\\(?:(?:sub)*section|paragraph)\*?\{(?P<heading>[^{}\n]*)\}")
_LATEX_MARK_RE = re.compile(r"\\(?:emph|textbf|textit|underline)\{(?P<words>[^{}\n]*)\}")
_LATEX_ENVIRONMENT_RE = re.compile(r"\\(?:begin|end)\{[a-z*]*\}")
_LATEX_ITEM_RE = re.compile(r"\\item(?![a-z])(?:\[[^\]\n]{0,40}\])?")
# a comment ("% only then") is a line of its own; "\\%" is a per cent sign, "\\\\" a line break
_LATEX_LINE_RE = re.compile(r"(?<!\\)%|\\\\")
# HTML or XML-like markup: a tag is its name right after "<" (or "</"), its attributes each with its "=" value, and ">"
# ("<and a dog runs>" is words); a comment "<!-- ... -->"
_TAG = (r"<(?P<closing>/?)(?P<name>[a-z][a-z0-9:-]{0,20})"
        r"(?:\s+[a-z:-]{1,20}=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+)){0,8}\s*/?>")
MARKUP_TAG_RE = re.compile(_TAG, re.IGNORECASE)
MARKUP_COMMENT_RE = re.compile(r"<!--(?P<words>[^<>]*?)-->")
# a closing tag, a comment or a tag that only breaks a line ("cats<br>sit", "<li>a dog") tells markup from a "<" said
# in prose; a lone "<b>" or "<a>" may be a label the prose names ("from <A> to <B>")
_MARKUP_SIGN_RE = re.compile(r"</[a-z][a-z0-9:-]{0,20}\s*>|<!--|<(?:br|hr|p|li|div|ul|ol|h[1-6])(?:\s[^<>]{0,200})?/?>",
                             re.IGNORECASE)
# tags around words inside a line: the words only
_INLINE_TAGS = frozenset("em strong b i u s span a mark code small big sup sub del ins q cite abbr font tt kbd var "
                         "strike dfn time data".split())
_HEADING_TAGS = frozenset("title h1 h2 h3 h4 h5 h6 caption legend summary figcaption".split())


# the tags of speech markup (SSML) say how words are voiced, never where a line starts: "<break/>" is a pause inside a
# sentence; an XML declaration "<?xml version="1.0"?>" says nothing at all
_SPEECH_TAGS = frozenset("speak break emphasis prosody say-as sub voice audio phoneme lang mark".split())
_XML_DECLARATION_RE = re.compile(r"<\?[^<>]{0,200}\?>")
_SPACE_BEFORE_STOP_RE = re.compile(r"(?<![ \t])[ \t]++(?=[.,;:!?])")


def _is_speech_tag(match: re.Match) -> bool:
    name = match["name"].lower()
    return name in _SPEECH_TAGS or name.startswith("amazon:")


def looks_like_markup(prompt: str) -> bool:
    """Whether the prompt holds a speech-markup tag or an XML declaration (most prompts have no "<" at all)."""
    return "<" in prompt and (_XML_DECLARATION_RE.search(prompt) is not None
                              or any(_is_speech_tag(match) for match in MARKUP_TAG_RE.finditer(prompt)))


def markup_tags_dropped(prompt: str) -> str:
    """``prompt`` without its speech tags and XML declaration, each a space, and no space left before the stop a
    closing tag stood at ("<emphasis>no ball</emphasis>.": "no ball."); a page's own tags stay for the notes reader."""
    prompt = _XML_DECLARATION_RE.sub(" ", prompt)
    prompt = MARKUP_TAG_RE.sub(lambda match: " " if _is_speech_tag(match) else match[0], prompt)
    return _SPACE_BEFORE_STOP_RE.sub("", prompt)


def looks_like_markdown(prompt: str) -> bool:
    """Whether the prompt has a markdown heading or bullet line, emphasis marks or LaTeX's layout commands (most prompts
    have none)."""
    if "\\" in prompt and LATEX_RE.search(prompt):
        return True
    if "<" in prompt and _MARKUP_SIGN_RE.search(prompt):
        return True
    if "\n" in prompt and any(HEADING_RE.match(line) or BULLET_RE.match(line) for line in prompt.splitlines()):
        return True
    return ("**" in prompt or "__" in prompt or "`" in prompt) and EMPHASIS_RE.search(prompt) is not None


class _Topic:
    """The thing a heading names, and whether the notes have named it yet."""

    def __init__(self, heading: str):
        words = heading.lower().split()
        self.noun = words[-1] if words and noun_class(words[-1]) is not None else None
        self.counted = bool(self.noun) and len(words) <= 3 and (words[0] in NUMBER_WORDS or words[0] in _ARTICLES)
        self.bare = bool(self.noun) and len(words) <= 2 and not self.counted
        self.named = self.counted
        self.plural = bool(self.noun) and is_plural(self.noun)

    def subject(self) -> str:
        if self.named:
            return "they" if self.plural else "it"
        self.named = True
        return f"the {self.noun}"

    def said_of(self, line: str) -> str:
        """``line`` with the topic as its subject where it has none."""
        words = line.lower().split()
        if not words:
            return line
        count = _OF_THEM_RE.match(line.lower())
        if count and count.group("count") in NUMBER_WORDS:
            self.named = True
            return f"{count.group('count')} {self.noun}{'' if self.plural else 's'}{line[count.end():]}"
        first = words[0].strip(",")
        if first in NUMBER_WORDS and first not in _ARTICLES and _names(words[1:4], self.noun):
            self.named = True  # "three flying birds only" under "Birds": the line counts the heading's things
            return line
        if first in _ARTICLES and len(words) > 1 and _names(words[1:4], self.noun):
            if self.named:  # "a moving car" after the car was named: that car again
                return "the" + line[len(words[0]):]
            self.named = True
            return line
        if first in _STATE_OPENERS or (first in VERB_KINDS and first.endswith("ing")) or (first in COLORS and len(words) == 1):
            subject = self.subject()
            return f"{subject} {'are' if self.plural else 'is'} {line}"
        if first in _PLACING_VERBS or first in VERB_KINDS:
            return f"{self.subject()} {line}"
        return line


def _names(words: list[str], noun: str | None) -> bool:
    return noun is not None and any(noun_class(word.strip(",;:")) is not None
                                    and noun_class(word.strip(",;:"))[0] == noun_class(noun)[0] for word in words)


def notes_in_sentences(prompt: str) -> str:
    """``prompt`` with its markdown marks dropped, each line a sentence, and a heading's thing the subject of its lines."""
    if "\\" in prompt:
        prompt = latex_as_markdown(prompt)
    if "<" in prompt and _MARKUP_SIGN_RE.search(prompt):
        prompt = markup_as_markdown(prompt)
    prompt = EMPHASIS_RE.sub(lambda m: m.group("a") or m.group("b") or m.group("c"), prompt)
    sentences: list[str] = []
    topic, topic_at = _Topic(""), 0
    for raw in prompt.splitlines():
        heading = HEADING_RE.match(raw)
        line = (raw[heading.end():] if heading else BULLET_RE.sub("", raw, count=1)).strip().strip("#").strip()
        if not line:
            continue
        if heading:
            _name_if_unsaid(topic, sentences, topic_at)
            topic, topic_at = _Topic(line), len(sentences)
            if topic.bare:
                continue  # "## car": what the lines below are about, named when they speak of it
            if line.lower() in VERB_KINDS:
                continue  # "## Pass", "<title>Run</title>": a one-verb title names the notes, no act of their things
        elif topic.noun:
            line = topic.said_of(line)
        sentences.append(line if line[-1] in _LINE_END else line + ".")
    _name_if_unsaid(topic, sentences, topic_at)
    return " ".join(sentences)


def latex_as_markdown(prompt: str) -> str:
    """LaTeX source as the markdown notes it lays out: sections headings, items bullets, comments lines of their own."""
    prompt = _LATEX_HEADING_RE.sub(lambda m: f"\n## {m['heading']}\n", prompt)
    prompt = _LATEX_MARK_RE.sub(lambda m: m["words"], prompt)
    prompt = _LATEX_ENVIRONMENT_RE.sub("\n", prompt)
    prompt = _LATEX_ITEM_RE.sub("\n- ", prompt)
    return _LATEX_LINE_RE.sub("\n", prompt)


def markup_as_markdown(prompt: str) -> str:
    """HTML or XML-like markup as the markdown notes it lays out: headings headings, list items bullets, blocks and
    comments lines of their own, and inline tags a space around the words inside them."""
    prompt = MARKUP_COMMENT_RE.sub(lambda m: f"\n{m['words'].strip()}\n", prompt)
    return _SPACE_BEFORE_STOP_RE.sub("", MARKUP_TAG_RE.sub(_tag_as_layout, prompt))


def _tag_as_layout(match: re.Match) -> str:
    name = match["name"].lower()
    if name in _INLINE_TAGS:
        return " "  # a space, as the tag may stand where one was left out: "a <b>red</b>ball"
    if name in _HEADING_TAGS:
        return "\n" if match["closing"] else "\n## "
    if name == "li" and not match["closing"]:
        return "\n- "
    return "\n"


def _name_if_unsaid(topic: _Topic, sentences: list[str], at: int) -> None:
    """A heading's thing that no line spoke of is still in the notes: named where its heading was."""
    if topic.noun and not topic.named:
        sentences.insert(at, f"{topic.noun}.")


# A gloss's chunks ("car — start left side — drive — finish right side"): a topic, then what happens to it, in order
GLOSS_DASH_RE = re.compile(r"\s+[\u2014\u2013]\s+")
_GLOSS_PLACE = (r"(?:on |at |from |to |in )?(?:the )?(?P<place>(?:top|bottom|upper|lower) (?:left|right)|left|right|top|bottom)"
                r"(?: side| edge| corner)?")
GLOSS_START_RE = re.compile(r"(?:start|starts|starting|begin|begins)\s+" + _GLOSS_PLACE)
GLOSS_FINISH_RE = re.compile(r"(?:finish|finishes|finishing|end|ends|ending|stop|stops)\s+" + _GLOSS_PLACE)
# "first half, none", "second half: nothing": the topic not there for that half
GLOSS_NONE_RE = re.compile(r"(?<=half),? (?:none|nothing|empty)(?=\s+[\u2014\u2013]|[.;!]|$)")
_GLOSS_LABEL_RE = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?")


def _known_third_person(verb: str) -> str:
    """The verb told of one thing where the tables know that form as the same move; else as said ("slid" has none)."""
    said = third_person(verb)
    return said if VERB_KINDS.get(said) == VERB_KINDS[verb] else verb


def _gloss_route(sentence: str) -> str:
    """A gloss sentence whose chunks start the topic at one place, move it, and finish it at another: that route
    as one clause, the topic's describing chunks before its noun and any other chunk a sentence of its own."""
    label = _GLOSS_LABEL_RE.match(sentence).group(0)
    chunks = [chunk.strip(" ,") for chunk in GLOSS_DASH_RE.split(sentence[len(label):])]
    topic = _Topic(chunks[0])
    starts = [m for m in map(GLOSS_START_RE.fullmatch, chunks[1:]) if m]
    finishes = [m for m in map(GLOSS_FINISH_RE.fullmatch, chunks[1:]) if m]
    moves = [c for c in chunks[1:] if c in VERB_KINDS and " " not in c and not c.endswith("ing")]
    if topic.noun is None or not (starts and finishes and moves):
        return sentence
    describing = [c for c in chunks[1:] if " " not in c and c not in VERB_KINDS
                  and (c in COLORS or c in PLAIN_ADJECTIVES or looks_like_modifier(c))]
    named = describing + chunks[0].split()
    article = "" if named[0] in NUMBER_WORDS or named[0] in _ARTICLES else "the "
    verb = moves[0] if topic.plural else _known_third_person(moves[0])
    said = {starts[0].group(0), finishes[0].group(0), moves[0], chunks[0], *describing}
    others = [c for c in chunks[1:] if c not in said]
    return label + ". ".join([f"{article}{' '.join(named)} {verb} from the {starts[0]['place']} to the "
                              f"{finishes[0]['place']}"] + others)


def looks_like_gloss(text: str) -> bool:
    """Whether ``text`` (lower case) may hold a gloss in dashed chunks (most prompts hold no dash with spaces)."""
    return ("\u2014" in text or "\u2013" in text) and GLOSS_DASH_RE.search(text) is not None


def gloss_in_sentences(text: str) -> str:
    """``text`` (lower case) with a gloss's route chunks said as one clause and "half, none" as the topic not there."""
    if "half" in text:
        text = GLOSS_NONE_RE.sub(", not there", text)
    if "start" not in text and "begin" not in text:
        return text
    sentences = re.split(r"(?<=[.!?;])\s+", text)
    return " ".join(_gloss_route(s.rstrip(".!?;")) + s[len(s.rstrip(".!?;")):] for s in sentences)


# A Gherkin feature file: titled blocks ("Feature: ...", "Scenario: ...") over steps, one a line, each opening on its
# keyword ("Given", "When", "Then", "And", "But"), the keyword capitalised as the runner needs it
FEATURE_TITLE_RE = re.compile(r"^[ \t]*(?:Feature|Scenario(?: Outline| Template)?|Background|Rule|Examples?)[ \t]*:"
                              r"[ \t]*(?P<title>[^\n]*)$", re.MULTILINE)
# what tells a feature file: a feature or a scenario ("Background:" or "Example:" alone may label prose)
_FEATURE_OR_SCENARIO_RE = re.compile(r"^[ \t]*(?:Feature|Scenario(?: Outline| Template)?)[ \t]*:", re.MULTILINE)
FEATURE_STEP_RE = re.compile(r"^[ \t]*(?:Given|When|Then|And|But|\*)[ \t]+(?P<step>\S[^\n]*)$", re.MULTILINE)
# a title's parts, each naming its own things: "a cat and a horse", "dog beside car", "moving ball, then none"
_TITLE_PARTS_RE = re.compile(r",|;| (?:and|with|beside|by|near|next to|past|then) ")
_OPENING_STEP_RE = re.compile(r"^[ \t]*(?:Given|When|Then)[ \t]+\S", re.MULTILINE)


def looks_like_feature_file(prompt: str) -> bool:
    """Whether the prompt is a feature file: a titled block and a step line opening on "Given", "When" or "Then"."""
    return "\n" in prompt and ":" in prompt and _FEATURE_OR_SCENARIO_RE.search(prompt) is not None \
        and _OPENING_STEP_RE.search(prompt) is not None


def _things_named(words: str) -> set[str]:
    """The things ``words`` name; a word the verb tables know is its verb ("moving car leaves", "bird flies past")."""
    return {found[0] for word in re.findall(r"[a-z]+", words.lower())
            if word not in VERB_KINDS and word not in _PLACING_VERBS and (found := noun_class(word))}


def feature_file_in_sentences(prompt: str) -> str:
    """``prompt`` with each step a sentence of its own without its keyword, and the titles, which name the test and
    not the clip, dropped where the steps name what they name: a title naming a thing no step names is a sentence, and
    a title's view from above the picture's ("Scenario: seen from above")."""
    steps = [step["step"].strip() for step in FEATURE_STEP_RE.finditer(prompt)]
    told = " ".join(steps)
    said_by_steps, seen_from_above = _things_named(told), says_a_view_from_above(told.lower())
    sentences: list[str] = []
    added: list[str] = []  # "Scenario: a cat and a horse" over steps telling the horse: the cat, said after them
    for line in prompt.splitlines():
        title, step = FEATURE_TITLE_RE.match(line), FEATURE_STEP_RE.match(line)
        said = (title["title"] if title else step["step"] if step else line).strip()
        if title and says_a_view_from_above(said.lower()) and not seen_from_above:
            sentences.append("Seen from above.")
            seen_from_above = True
        if title and said_by_steps:
            added += [f"{part.strip()}." for part in _TITLE_PARTS_RE.split(said) if _things_named(part) - said_by_steps]
        elif said and (not title or _things_named(said)):  # "Scenario: a red kite" over "Then it flies left"
            sentences.append(said if said[-1] in _LINE_END else said + ".")
    return " ".join(sentences + added)
