"""A scene marked up as an SVG file's shapes put into the sentences the notes reader reads.

Someone who draws a scene as SVG writes each thing as one shape whose id or class names it ('<rect id="car"/>',
'<ellipse class="cat lively"/>'), its colour in a fill or a class ('fill="purple"', 'class="red"'), how it moves in
attributes or an "<animateMotion>" inside it ('data-from="left side of the frame" data-to="right side of the frame"',
'data-direction="right-to-left"', 'data-path="lower left corner, lower right corner, upper right corner"', a
'<polyline id="car-route" points="lower left corner, ...">' beside it), that it stays put ('class="still"',
'data-motion="none"', 'data-state="stays still"'), and when it is seen ('visibility="hidden"' with a '<set
attributeName="visibility" to="visible" begin="second-half"/>', 'data-appears="second half"', 'data-visible="first
half"', a group '<g id="first-half">' around it); comments, a "<title>" and a "<desc>" say the rest in words. Read as
a page, its tags go and only the comments are left, so every thing the shapes alone name is lost. Here each shape is
said as a sentence of its own where it stands ("a purple cat.", "the car moves from the left of the ball to the right
of the ball.") and each comment inside it is said of it ("walks from the right ..." the dog's, "hidden in the first
half" the cat's); a shape the words already name is that thing again, said only where its attributes add something
the words do not, and shapes of one thing side by side that no words name are counted ("<rect class="car"/>" twice:
"two cars."). The file, its elements and attributes are never things; a group named for a half says when what is
inside it is seen. Only the span from "<svg" to "</svg>" is read so; the prose around it, and the words a "<text>"
shows, are kept as written.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, noun_class
from .vocabulary import COLORS, NUMBER_WORDS, VERB_KINDS

# The file's own tag: its markup is a drawing of the scene
SVG_RE = re.compile(r"<svg(?=[\s/>])", re.IGNORECASE)
# the file's end tag, and a shape drawn with attributes: a real file, not a tag only named in a sentence
_SVG_END_RE = re.compile(r"</svg\s*>", re.IGNORECASE)
_ELEMENT_RE = re.compile(r"<[a-z][a-z0-9:-]{0,30}\s+[a-z:-]{1,40}\s*=\s*[\"']", re.IGNORECASE)
# one token of the file: a comment, a tag with its attributes, or the words between tags
_TOKEN_RE = re.compile(r"<!--(?P<comment>[^<>]*?)-->"
                       r"|<(?P<closing>/?)(?P<name>[a-z][a-z0-9:-]{0,30})(?P<attrs>(?:\s+[a-z:-]{1,40}\s*=\s*"
                       r"(?:\"[^\"<>]*\"|'[^'<>]*'))*)\s*(?P<empty>/?)>"
                       r"|(?P<text>[^<]+)|(?P<other><)", re.IGNORECASE)
_ATTR_RE = re.compile(r"(?P<key>[a-z:-]{1,40})\s*=\s*(?:\"(?P<a>[^\"<>]*)\"|'(?P<b>[^'<>]*)')", re.IGNORECASE)
_WORD_SPLIT_RE = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
# tags whose words are said: a title, a description and the text drawn in the picture
_WORDED_TAGS = frozenset(("title", "desc", "text", "tspan"))
# tags that say something of the shape they sit in, never a thing
_ANIMATION_TAGS = frozenset(("animatemotion", "animate", "animatetransform", "set", "mpath"))
# the words a route's id ends on ("car-route"): the path a thing takes, never a thing
_ROUTE_WORDS = frozenset(("route", "path", "trail", "track", "trajectory", "motion", "line"))
_STILL_VALUES = frozenset(("still", "stays still", "static", "none", "stationary", "stopped", "parked", "idle"))
_HALF_RE = re.compile(r"\b(?P<half>first|second) half\b")
_SHOWN_VALUES = frozenset(("visible", "inline", "block", "inherit", "initial", "1"))
_HIDDEN_VALUES = frozenset(("hidden", "none", "collapse", "0"))
_LABEL_RE = re.compile(r"^(?P<noun>[a-z]+):\s+", re.IGNORECASE)
_ARTICLES = frozenset(("a", "an", "the", "one", "no", "nothing", "both", "each", "its", "it", "they"))
_PLACE_OPENERS = frozenset(("from", "left", "right"))
_STATE_OPENERS = frozenset(("hidden", "visible", "shown", "absent", "not", "in", "gone", "there", "present", "only"))
_SIDE_RE = re.compile(r"^(?:the )?(?P<words>.+)$")


def looks_like_svg(prompt: str) -> bool:
    """Whether the prompt holds an SVG file (most prompts have no "<" at all): its tag, then its end tag or a shape
    drawn with attributes; "an <svg> logo of a cat" only names the format and is read as the sentence it is."""
    if "<" not in prompt:
        return False
    opening = SVG_RE.search(prompt)
    return opening is not None and (_SVG_END_RE.search(prompt, opening.end()) is not None
                                    or _ELEMENT_RE.search(prompt, opening.end()) is not None)


def _words(value: str) -> list[str]:
    return [word for word in _WORD_SPLIT_RE.split(value.strip()) if word]


class _Shape:
    """One drawn thing: its noun, its describing words, colour, and what its attributes say it does."""

    def __init__(self, attrs: dict[str, str]):
        self.noun = ""
        self.describing: list[str] = []
        self.colour = ""
        self.says: list[str] = []  # clauses said of it: "moves from the left to the right", "stays still"
        self.owner = ""  # the thing whose route this shape draws ("car-route")
        self.shown = None  # the half it is seen in, "first"/"second", with whether it is there from the start
        self.hidden_at_first = False
        for key in ("id", "class"):
            self._read_name(attrs.get(key, ""))
        for key in ("fill", "stroke", "color"):
            if attrs.get(key, "").lower() in COLORS and not self.colour:
                self.colour = attrs[key].lower()
        self.hidden_at_first = (attrs.get("visibility", "").lower() in _HIDDEN_VALUES
                                or attrs.get("display", "").lower() == "none"
                                or attrs.get("opacity", "") in ("0", "0.0"))
        self.read_motion(attrs)

    def _read_name(self, value: str) -> None:
        words = [word.lower() for word in _words(value)]
        nouns = [word for word in words if noun_class(word) is not None]
        if words and words[-1] in _ROUTE_WORDS and nouns:
            self.owner = self.owner or nouns[0]
            return
        if nouns and not self.noun:
            self.noun = nouns[-1]
        for word in words:
            if word in nouns or word in NUMBER_WORDS:
                continue
            if word in COLORS:
                self.colour = self.colour or word
            elif word in ("still", "stays", "static", "stationary") and "stays still" not in self.says:
                self.says.append("stays still")
            elif word.isalpha() and word not in self.describing and len(self.describing) < 3:
                self.describing.append(word)

    def read_motion(self, attrs: dict[str, str]) -> None:
        """What ``attrs`` (this shape's, or an animation's inside it) say it does."""
        start, end = attrs.get("data-from", ""), attrs.get("data-to", "")
        if start and end and attrs.get("attributename") is None:
            self.says.append(f"moves from the {_place(start)} to the {_place(end)}")
        direction = attrs.get("data-direction", "").lower()
        if " to " in " ".join(_words(direction)):
            start, _, end = " ".join(_words(direction)).partition(" to ")
            self.says.append(f"moves from the {_place(start)} to the {_place(end)}")
        route = attrs.get("data-path", "") or attrs.get("points", "") or attrs.get("data-route", "")
        stops = [_place(stop) for stop in route.split(",") if stop.strip() and not re.search(r"\d", stop)]
        if len(stops) >= 2:
            then = "".join(f", then to the {stop}" for stop in stops[2:])
            self.says.append(f"moves from the {stops[0]} to the {stops[1]}{then}")
        for key in ("data-motion", "data-state"):
            if " ".join(_words(attrs.get(key, "").lower())) in _STILL_VALUES and "stays still" not in self.says:
                self.says.append("stays still")
        for key, said in (("data-appears", "appears in the {} half and stays to the end"),
                          ("data-visible", "is there in the {} half only")):
            half = _HALF_RE.search(" ".join(_words(attrs.get(key, "").lower())))
            if half:
                self.says.append(said.format(half["half"]))
        self._read_set(attrs)

    def _read_set(self, attrs: dict[str, str]) -> None:
        """'<set attributeName="visibility" to="visible" begin="second-half"/>': seen, or gone, from that half on."""
        if attrs.get("attributename", "").lower() not in ("visibility", "display", "opacity"):
            return
        half = _HALF_RE.search(" ".join(_words(attrs.get("begin", "").lower())))
        value = attrs.get("to", "").lower()
        if half is None or half["half"] != "second":
            return
        if value in _SHOWN_VALUES:
            self.says.append("is not there in the first half and appears in the second half")
        elif value in _HIDDEN_VALUES:
            self.says.append("is there in the first half and gone in the second half")

    def sentence(self, named: bool, count: int = 1) -> str:
        """The shape said as a sentence: "a purple cat.", "the car moves ..."; ``named`` where words named it."""
        if self.hidden_at_first and not named and not any("appears" in said for said in self.says):
            self.says.append("is not there at first")
        describing = " ".join(filter(None, (*self.describing, self.colour)))
        noun = self.noun if count == 1 or is_plural(self.noun) else self.noun + "s"
        if named:
            subject = f"the {self.colour} {noun}" if self.colour else f"the {noun}"
        else:
            number = "a" if count == 1 else NUMBER_WORDS_BY_VALUE.get(count, str(count))
            subject = f"{number} {describing} {noun}" if describing else f"{number} {noun}"
        if count > 1:
            return f"{subject}." if not self.says else f"{subject} {' and '.join(_plural(s) for s in self.says)}."
        if not self.says:
            return f"{subject}."
        return f"{subject} {' and '.join(self.says)}."


NUMBER_WORDS_BY_VALUE = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _plural(clause: str) -> str:
    verb, _, rest = clause.partition(" ")
    verb = {"is": "are", "stays": "stay", "moves": "move", "appears": "appear"}.get(verb, verb)
    return f"{verb} {rest}".strip()


def _place(value: str) -> str:
    """'left side of the frame', 'right-of-the-ball', 'the left': the place, without an article of its own."""
    words = " ".join(_words(value.lower()))
    return _SIDE_RE.match(words)["words"] if words else words


def _attrs(text: str) -> dict[str, str]:
    return {m["key"].lower(): (m["a"] if m["a"] is not None else m["b"]) for m in _ATTR_RE.finditer(text or "")}


class _Reader:
    """Walks the file's tokens, keeping the open elements, and says each in turn."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []  # (what, text): "words" said in words, "shape" said of a shape
        self.stack: list[tuple[str, _Shape | None, str]] = []  # (tag, shape, half) of each open element
        self.shapes: list[tuple[_Shape, str]] = []

    def half(self) -> str:
        return next((half for _, _, half in reversed(self.stack) if half), "")

    def shape(self) -> _Shape | None:
        return next((shape for _, shape, _ in reversed(self.stack) if shape is not None), None)

    def words(self, text: str) -> None:
        text = " ".join(text.split())
        if text:
            shape = self.shape()
            self.lines.append(("words", _said_of(text, shape), self.half(), shape))

    def open(self, name: str, attrs: dict[str, str], empty: bool) -> None:
        if name in _ANIMATION_TAGS:
            if self.shape() is not None:
                self.shape().read_motion(attrs)
            return
        half = ""
        shape = None
        if name not in ("svg", "title", "desc", "defs", "style", "metadata"):
            shape = _Shape(attrs)
            group_half = _HALF_RE.search(" ".join(_words(attrs.get("id", "").lower())))
            if group_half:
                half, shape = group_half["half"], None
            elif shape.owner:
                owner = next((s for s, _ in reversed(self.shapes) if s.noun == shape.owner), None)
                if owner is not None:
                    owner.says.extend(shape.says)
                shape = None
            elif not shape.noun or (name == "g" and not shape.says):
                shape = None
        if shape is not None:
            self.shapes.append((shape, self.half() or half))
            self.lines.append(("shape", "", self.half() or half, shape))
        if not empty:
            self.stack.append((name, shape, half))

    def close(self, name: str) -> None:
        for at in range(len(self.stack) - 1, -1, -1):
            if self.stack[at][0] == name:
                del self.stack[at:]
                return


def _said_of(text: str, shape: _Shape | None) -> str:
    """A comment is said of the shape it sits in where it opens on no thing of its own: "walks from the right of the
    cat ...": "the dog walks from the right of the cat ...", "hidden in the first half": "the cat is hidden ...";
    one that opens on a thing's noun and a colon is said of that thing: "car: stays still": "the car stays still"."""
    label = _LABEL_RE.match(text)
    if label and noun_class(label["noun"].lower()) is not None:
        return f"the {label['noun']} {text[label.end():]}"
    if label and label["noun"].lower() in _ROUTE_WORDS:
        text = "from " + text[label.end():] if shape is not None else text[label.end():]
    first = text.split()[0].lower().strip(".,;:!?")
    if shape is None or first in _ARTICLES or first in NUMBER_WORDS:
        return text
    if first in _PLACE_OPENERS:
        return f"the {shape.noun} moves {text}" if first == "from" else f"the {shape.noun} moves from the {text}"
    if first in _STATE_OPENERS:
        return f"the {shape.noun} is {text}"
    if first in VERB_KINDS:
        return f"the {shape.noun} {text}"
    return text


def svg_in_sentences(prompt: str) -> str:
    """``prompt`` with each SVG file in it (from "<svg" to "</svg>", or to the end where it is not closed) said as
    sentences; the words around the files stay as they are written, and name things the files' shapes need not say
    again."""
    spans = []
    at = 0
    for opening in SVG_RE.finditer(prompt):
        if opening.start() < at:
            continue
        end = _SVG_END_RE.search(prompt, opening.end())
        at = end.end() if end is not None else len(prompt)
        spans.append((opening.start(), at))
    outside = " ".join(prompt[start:end] for start, end in zip((0, *(e for _, e in spans)),
                                                               (*(s for s, _ in spans), len(prompt))))
    parts = []
    at = 0
    for start, end in spans:
        parts.append(prompt[at:start].strip())
        parts.append(_file_in_sentences(prompt[start:end], outside))
        at = end
    parts.append(prompt[at:].strip())
    return " ".join(part for part in parts if part)


def _file_in_sentences(markup: str, around: str) -> str:
    """One SVG file as sentences: its words (comments, title, description, text) where they stand, and each shape
    the words (its own, or ``around`` it) do not already say as a sentence of its own."""
    reader = _Reader()
    worded = ""
    for token in _TOKEN_RE.finditer(markup):
        if token["comment"] is not None:
            reader.words(token["comment"])
        elif token["name"]:
            name = token["name"].lower()
            if token["closing"]:
                reader.close(name)
                worded = ""
            else:
                reader.open(name, _attrs(token["attrs"]), bool(token["empty"]))
                worded = name if name in _WORDED_TAGS else ""
        elif token["text"] and worded:
            reader.words(token["text"])
    said = " ".join((*(text for what, text, _, _ in reader.lines if what == "words"), around)).lower()
    said_nouns = {noun_class(word.strip(".,;:!?"))[0] for word in said.split() if noun_class(word.strip(".,;:!?"))}
    sentences: list[str] = []
    lines = reader.lines
    at = 0
    while at < len(lines):
        what, text, half, shape = lines[at]
        prefix = f"{half} half: " if half else ""
        if what == "words":
            sentences.append(prefix + (text if text[-1] in ".!?;" else text + "."))
            at += 1
            continue
        count = 1
        while (at + count < len(lines) and lines[at + count][0] == "shape" and _same(lines[at + count][3], shape)
               and lines[at + count][2] == half):
            count += 1
        at += count
        named = noun_class(shape.noun)[0] in said_nouns
        colour_said = not shape.colour or shape.colour in said.split() or any(
            shape.colour in word for word in said.split())
        if named and not shape.says and colour_said and not half:
            continue
        sentences.append(prefix + shape.sentence(named, count))
    return " ".join(sentences)


def _same(one: _Shape, other: _Shape) -> bool:
    return (one.noun, one.colour, one.describing, one.says) == (other.noun, other.colour, other.describing, other.says)
