"""A GraphQL query and its variables, put into the plain scene they ask for before any other pass reads their marks.

A query typed as GraphQL ("query Clip($subject: String!) { clip { ... } }", its variables after it as a JSON object,
often under a "# variables" comment) draws nothing of its own in the video: its operation, its fields, its aliases'
names, its types, its variables' names and its argument names are the query's; what it asks for is the clip. So the
query is read as the spec it is, its variables put in where they are used (a default, "$car: String = \"car\"", where
the JSON gives none):

- each field's arguments are one record of the thing it asks about ("subjects(kind: $kind, count: $count)" the kind and
  its count), an input object's fields its own ("object(input: $bird)" with {"color": "orange"}), a field or alias
  named for a thing ("bird: object(...)", "ball(color: $ball)") or a variable so named ("route(input: $dog)") naming
  it, records of one thing told together and those naming none said of the clip ("clip(view: FROM_ABOVE)");
- an enum value is its words ("RIGHT_TO_LEFT" right to left, "LOWER_LEFT_CORNER", "FROM_ABOVE"), a side "of" nothing
  ("RIGHT_OF") the side of the record's reference, a list of corners its route, "from: START, to: END" the whole clip
  and a half's name as where a thing is from or until ("from: SECOND") the half it is there in;
- a field for a half of the clip ("firstHalf { present(...) }", "secondHalf: presence(...)") says whether its thing is
  there then by the words its comment and the fields inside it say ("# false: no car", "absent(...)", "# => true");
- a selected field with no arguments is only asked for ("{ kind color }"), unless a comment after it on its line says
  its value ("start  # left of the dog", "others  # => nothing else", "corners  # lower right corner -> ...");
- the "#" comments standing on their own lines, or after a field they do not give a value, are the writer's prose
  ("# the cat stays still"), a label before them ("# variables: ...", "# camera: ...") the query's; a comment after a
  variable says its thing's ("$reference: String = \"cat\"  # stays still").

The records are told by the spec reader (spec_prompts), which knows what "mover", "reference", "waypoints" or
"firstHalf" mean, and the prose follows them.
"""

from __future__ import annotations

import json
import re

from .object_classes import noun_class
from .pasted_structures import parsed_structure
from .spec_prompts import is_aside_key, is_field_key, is_thing_key, spec_in_plain_words

# the operation's head, on a line of its own after any prose or comments: "query Clip(", "query {", "subscription Feed"
# or its shorthand, a bare selection set opening on a field, its "{" on a line of its own ("{\n  clip(view: FROM_ABOVE) {";
# "{cat {black}} sits on the left" is prose)
_OPERATION_RE = re.compile(r"^[ \t]*(?:(?:query|subscription|mutation)(?:[ \t]+[A-Za-z_]\w{0,80})?[ \t]*[({]"
                           r"|\{[ \t]*\n[ \t]*[A-Za-z_]\w{0,80}[ \t]*[({])", re.MULTILINE)
_TOKEN_RE = re.compile(r'(?P<comment>#[^\n]*)|(?P<string>"(?:[^"\\\n]|\\.)*")|(?P<spread>\.\.\.)'
                       r"|(?P<punct>[{}()\[\]:=!$@,|&])|(?P<name>[A-Za-z_]\w*)|(?P<number>-?\d+(?:\.\d+)?)"
                       r"|(?P<newline>\n)|(?P<other>[^\s])")
_ENUM_RE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# "# variables", "# Variables (side by side)", "# variables: the dog stays still", "camera: from above": a label
_LABEL_RE = re.compile(r"^(?:query )?variables?\b[ \t]*(?:[:(\u2014\u2013-][ \t]*)?", re.I)
_ARROW_LEAD_RE = re.compile(r"^(?:=>|->|\u2192|returns\b|:)[ \t]*")
_HALF_KEY_RE = re.compile(r"^(?P<half>first|second)_?half$")
_HALF_VALUE_RE = re.compile(r"^(?:the )?(?P<half>first|second)(?: half)?$")
_TIME_VALUES = frozenset(("start", "end", "beginning", "finish", "begin", "start of clip", "end of clip"))
_FROM_HALF_KEYS = frozenset(("from", "since", "after", "starting", "starts", "appears", "appears_in", "enters"))
_UNTIL_HALF_KEYS = frozenset(("until", "till", "to", "before", "ends", "leaves", "disappears", "gone_after"))
# the words that say a half holds no such thing: "# false: no car", "absent(...)", "# [] no bird", "# GONE"
_ABSENT_WORDS = frozenset("no not none nothing false absent gone missing hidden empty null nobody off vanished "
                          "vanishes disappears disappeared leaves left invisible".split())
_ROUTE_SPLIT_RE = re.compile(r"\s*(?:->|=>|\u2192|>|,|;|\bthen\b|\bto\b)\s*")
_PLACE_RE = re.compile(r"^(?:the )?(?:(?:upper|lower|top|bottom)[ -](?:left|right)(?: corner)?|(?:left|right|top|bottom)"
                       r"(?: side| edge)?(?: of the frame)?)$")
_CODE_LINE_RE = re.compile(r"(?:fragment|query|mutation|subscription)\s+[A-Za-z_]\w*\s+on\b|fragment\b")
_MOST_TOKENS = 4000  # a query a person types; past this the prompt is read as it stands


class _Field:
    def __init__(self, alias: str, name: str, line: int):
        self.alias, self.name, self.line = alias, name, line
        self.args: list[tuple[str, object]] = []
        self.children: list[_Field] = []
        self.comment = ""


class _Variable:
    def __init__(self, name: str, line: int):
        self.name, self.line, self.default, self.comment = name, line, None, ""


class _Ref:
    """"$subject" in an argument: the variable's value, put in once the variables are known."""

    def __init__(self, name: str):
        self.name = name


class _Parser:
    def __init__(self, tokens: list[tuple[str, str, int]]):
        self.tokens, self.at = tokens, 0
        self.fields: list[_Field] = []
        self.variables: list[_Variable] = []

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "", -1)

    def take(self, value: str | None = None) -> tuple[str, str, int]:
        token = self.peek()
        if value is not None and token[1] != value:
            raise ValueError(value)
        self.at += 1
        return token

    def operation(self) -> list[_Field]:
        if self.peek()[1] == "{":  # the shorthand: a query with no name and no variables
            return self.selection_set()
        self.take()  # query
        if self.peek()[0] == "name":
            self.take()
        if self.peek()[1] == "(":
            self.variable_definitions()
        self.directives()
        return self.selection_set()

    def variable_definitions(self) -> None:
        self.take("(")
        while self.peek()[1] not in (")", ""):
            if self.peek()[1] == ",":
                self.take()
                continue
            self.take("$")
            kind, name, line = self.take()
            variable = _Variable(name, line)
            self.take(":")
            self.type_()
            if self.peek()[1] == "=":
                self.take()
                variable.default = self.value()
            self.directives()
            self.variables.append(variable)
        self.take(")")

    def type_(self) -> None:
        if self.peek()[1] == "[":
            self.take()
            self.type_()
            self.take("]")
        else:
            self.take()
        if self.peek()[1] == "!":
            self.take()

    def directives(self) -> None:
        while self.peek()[1] == "@":
            self.take()
            self.take()
            if self.peek()[1] == "(":
                self.arguments()

    def selection_set(self) -> list[_Field]:
        self.take("{")
        fields: list[_Field] = []
        while self.peek()[1] not in ("}", ""):
            kind, word, line = self.take()
            if kind == "spread":  # "... on Clip { ... }", "...Fragment": read what it selects
                if self.peek()[1] == "on":
                    self.take()
                    self.take()
                if self.peek()[1] == "{":
                    fields.extend(self.selection_set())
                elif self.peek()[0] == "name":
                    self.take()
                continue
            if kind != "name":
                continue
            alias = ""
            if self.peek()[1] == ":":
                self.take()
                alias, word = word, self.take()[1]
            field = _Field(alias, word, line)
            self.fields.append(field)
            if self.peek()[1] == "(":
                field.args = self.arguments()
            self.directives()
            if self.peek()[1] == "{":
                field.children = self.selection_set()
            fields.append(field)
        self.take("}")
        return fields

    def arguments(self) -> list[tuple[str, object]]:
        self.take("(")
        args: list[tuple[str, object]] = []
        while self.peek()[1] not in (")", ""):
            if self.peek()[1] == ",":
                self.take()
                continue
            name = self.take()[1]
            self.take(":")
            args.append((name, self.value()))
        self.take(")")
        return args

    def value(self):
        kind, word, line = self.take()
        if word == "$":
            return _Ref(self.take()[1])
        if kind == "string":
            return json.loads(word) if "\\" in word else word[1:-1]
        if word == "[":
            items = []
            while self.peek()[1] not in ("]", ""):
                if self.peek()[1] == ",":
                    self.take()
                    continue
                items.append(self.value())
            self.take("]")
            return items
        if word == "{":
            record: dict = {}
            while self.peek()[1] not in ("}", ""):
                if self.peek()[1] == ",":
                    self.take()
                    continue
                key = self.take()[1].strip('"')
                self.take(":")
                record[key] = self.value()
            self.take("}")
            return record
        if word in ("true", "false"):
            return word == "true"
        if word == "null":
            return None
        return word


def looks_like_graphql(prompt: str) -> bool:
    """Whether the prompt holds a GraphQL operation: a line opening on "query", "mutation" or "subscription", its name
    and a bracket, or on a bare "{" and a field with its bracket (most prompts have none)."""
    return "{" in prompt and "}" in prompt and _OPERATION_RE.search(prompt) is not None


def _words(value):
    """An enum or a capitals value in words ("RIGHT_TO_LEFT" right to left, "GREEN" green); anything else as it is."""
    if isinstance(value, str):
        text = value.strip()
        if _ENUM_RE.fullmatch(text):
            return text.lower().replace("_", " ")
        return text
    if isinstance(value, list):
        return [_words(item) for item in value]
    if isinstance(value, dict):
        return {key: _words(item) for key, item in value.items()}
    return value


def _key(name: str) -> str:
    return "_".join(_CAMEL_RE.sub(" ", name).lower().replace("-", " ").split())


def _thing_word(name: str) -> str | None:
    """A field's, alias's or variable's name that names a thing ("bird", "balls", "dog"), else None."""
    found = noun_class(_key(name))
    return name.lower() if found is not None and found[1].mobility != "scenery" else None


def _names_a_thing(value) -> bool:
    """"lively cats", "moving car": a short value whose last word names a thing."""
    words = value.lower().split() if isinstance(value, str) else []
    return 0 < len(words) <= 3 and _thing_word(words[-1]) is not None


def _names_thing(record: dict) -> bool:
    return any(is_thing_key(key) or _thing_word(key) for key in record)


def _thing_of(record: dict) -> str:
    for key, value in record.items():
        if is_thing_key(key) and isinstance(value, str) and _key(key) not in ("reference", "ref", "landmark", "anchor"):
            return value.lower()
    return next((key.lower() for key in record if _thing_word(key)), "")


def _said(comment: str) -> str:
    """A comment's words without its arrow or label ("=> true, until the end", "variables: ..."): its prose."""
    text = comment.lstrip("#").strip()
    label = _LABEL_RE.match(text)
    if label:  # "variables (side by side)": the words in its brackets
        text = text[label.end():].removesuffix(")") if "(" in label.group(0) else text[label.end():]
    return _ARROW_LEAD_RE.sub("", text).strip()


def _absent(text: str) -> bool:
    words = re.findall(r"[a-z]+|\[\]", text.lower())
    return any(word in _ABSENT_WORDS or word == "[]" for word in words)


def _route(value) -> list[str] | None:
    """The places a value lists in order ("lower right corner -> upper right corner", ["LOWER_LEFT", ...]), where
    every part names a corner or a side of the frame; else None."""
    parts = value if isinstance(value, list) else _ROUTE_SPLIT_RE.split(value) if isinstance(value, str) else []
    places = [str(part).strip().lower().replace("_", " ") for part in parts if str(part).strip()]
    if len(places) < 2 or not all(_PLACE_RE.match(place) for place in places):
        return None
    return [place if "corner" in place or "side" in place or not re.search(r"(?:upper|lower|top|bottom)[ -]", place)
            else place + " corner" for place in places]


class _Reading:
    def __init__(self, values: dict):
        self.values = values
        self.records: list[dict] = []
        self.prose: list[str] = []
        self.used: set[int] = set()  # the lines whose comment a field or a variable took

    def resolved(self, value):
        if isinstance(value, _Ref):
            return _words(self.values.get(value.name))
        if isinstance(value, list):
            return [self.resolved(item) for item in value]
        if isinstance(value, dict):
            return {key: self.resolved(item) for key, item in value.items()}
        return _words(value)

    def record(self, field: _Field) -> dict:
        """The field's arguments as one record of its thing."""
        record: dict = {}
        for name, raw in field.args:
            value = self.resolved(raw)
            if value is None or value == "":
                continue
            if isinstance(value, dict):
                if isinstance(raw, _Ref) and not _names_thing(value) and _thing_word(raw.name):
                    record.setdefault("kind", raw.name)  # "route(input: $dog)" with {"corners": [...]}: the dog's
                record.update(value)
            elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
                record["objects"] = value  # "objects(in: $objects)" with [{"kind": "bird", ...}, ...]: its things
            else:
                record[name] = value
        for name, value in list(record.items()):
            if not is_field_key(name) and _route(value) is not None:
                record["path"] = _route(value)  # "corners", "legs": the places it goes by, in order
                del record[name]
        if not _names_thing(record):  # "things(what: $what)" with "lively cats": the argument naming a thing is its kind
            # never a field's own value: "cat(color: ORANGE)" is an orange cat, no orange
            named_by = next((key for key, value in record.items() if _names_a_thing(value) and not is_field_key(key)),
                            None)
            if named_by is not None:
                record = {("kind" if key == named_by else key): value for key, value in record.items()}
        if not _names_thing(record):
            named = _thing_word(field.alias) if field.alias else None
            named = named or _thing_word(field.name)
            if named:
                record = {"kind": named, **record}
        return record

    def half_of(self, field: _Field, record: dict) -> str | None:
        said = _HALF_KEY_RE.match(_key(field.alias or field.name))
        if said:
            return said["half"]
        for key in ("half", "in", "during"):
            value = record.get(key)
            if isinstance(value, str) and _HALF_VALUE_RE.match(value.lower()):
                del record[key]
                return _HALF_VALUE_RE.match(value.lower())["half"]
        return None

    def read(self, fields: list[_Field], owner: dict) -> None:
        for field in fields:
            record = self.record(field)
            half = self.half_of(field, record)
            if half is not None:
                self.read_half(field, half, record, owner)
                continue
            if not field.args and not field.children:
                if field.comment:  # "start  # left of the dog": the value it is asked for
                    self.used.add(field.line)
                    self.leaf(_key(field.name), _said(field.comment), owner)
                continue
            if field.comment:  # "crossing(...)  # across the frame": the writer's prose
                self.prose.append(_said(field.comment))
            self.times(record)
            # "clip(note: "the cat stays still")", "description: ...": a sentence naming a thing, where no field holds it
            self.prose += [value for key, value in record.items() if isinstance(value, str) and len(value.split()) > 2
                           and (not is_field_key(key) or is_aside_key(key))
                           and any(_thing_word(w) for w in value.lower().split())]
            target = record if _names_thing(record) else owner
            if target is not record:
                owner.update(record)
            else:
                self.records.append(record)
            self.read(field.children, target)

    def leaf(self, key: str, text: str, owner: dict) -> None:
        if not text:
            return
        route = _route(text)
        if route is not None:
            owner["path"] = route
        elif _HALF_KEY_RE.match(key):
            owner[key] = "absent" if _absent(text) else "present"
        elif is_field_key(key):
            owner[key] = text
        else:
            self.prose.append(text)

    def read_half(self, field: _Field, half: str, record: dict, owner: dict) -> None:
        """A half's field: whether its thing is there then, by its comment and the fields inside it."""
        told = [field.comment, field.name if field.alias else ""]
        inner: list[_Field] = list(field.children)
        while inner:
            child = inner.pop()
            told += [child.name, child.comment]
            self.used.add(child.line)
            inner.extend(child.children)
            record = {**self.record(child), **record}
        self.used.add(field.line)
        if not any(told):
            return
        text = " ".join(_said(t) for t in told if t)
        target = record if _names_thing(record) else owner
        if target is record:
            self.records.append(record)
        target[f"{half}_half"] = "absent" if _absent(text) else "present"

    @staticmethod
    def times(record: dict) -> None:
        """"from: START, to: END" is the whole clip; "from: SECOND", "until: FIRST" the half it is there in."""
        for key in list(record):
            value = record[key]
            if not isinstance(value, str):
                continue
            word = value.lower().replace("_", " ")
            half = _HALF_VALUE_RE.match(word)
            if word in _TIME_VALUES and _key(key) in _FROM_HALF_KEYS | _UNTIL_HALF_KEYS:
                del record[key]
            elif half and _key(key) in _FROM_HALF_KEYS:
                del record[key]
                record.update({"first_half": "absent", "second_half": "present"} if half["half"] == "second" else {})
            elif half and _key(key) in _UNTIL_HALF_KEYS:
                del record[key]
                record.update({"first_half": "present", "second_half": "absent"} if half["half"] == "first" else {})
            elif word.endswith(" of") and isinstance(record.get("reference"), str):
                record[key] = f"{word} the {record['reference']}"  # "RIGHT_OF": of the record's reference


def _tokens(text: str) -> list[tuple[str, str, int]]:
    tokens, line = [], 0
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        if kind == "newline":
            line += 1
        else:
            tokens.append((kind, match.group(0), line))
    return tokens


def _after_operation(text: str, used: int) -> str:
    """What follows the operation's last token: the rest of its line (a comment there is the operation's) and the lines
    after it ("} then a dog runs" keeps "then a dog runs")."""
    end = 0
    for match in _TOKEN_RE.finditer(text):
        if used <= 0:
            break
        if match.lastgroup not in ("comment", "newline"):
            used -= 1
            end = match.end()
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    lines = text[line_end + 1:] if line_end >= 0 else ""
    if not rest.strip() or rest.strip().startswith("#"):
        return lines
    return rest.strip() + ("\n" + lines if lines else "")


def _variables(text: str) -> tuple[dict, str]:
    """The JSON object of variables written after or before the query, or in a comment ("# {"count": "four"}"), and
    the text left around it."""
    found: dict = {}
    uncommented = "\n".join(line.lstrip()[1:] if line.lstrip().startswith("#") and "{" in line else line
                            for line in text.splitlines())
    depth, start, spans = 0, 0, []
    for position, char in enumerate(uncommented):
        if char == "{":
            if depth == 0:
                start = position
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                parsed = parsed_structure(uncommented[start:position + 1])
                if isinstance(parsed, dict):
                    inner = parsed.get("variables")
                    found.update(inner if isinstance(inner, dict) else parsed)
                    spans.append((start, position + 1))
    left = text
    for start, end in reversed(spans):
        left = left[:start] + "\n" + left[end:]
    return found, left


def _around(text: str) -> list[str]:
    """The prose outside the query and its variables: comment lines said, other lines as they are."""
    said = []
    for line in text.splitlines():
        stripped = line.strip()
        if not re.search(r"[A-Za-z]", stripped) or stripped.startswith("```") \
                or not stripped.startswith("#") and (re.search(r"[{}()$]", stripped) or _CODE_LINE_RE.match(stripped)):
            continue  # a fragment's or a second operation's code, no prose
        said.append(_said(stripped))
    return [s for s in said if s]


def graphql_in_plain_words(prompt: str) -> str:
    """The scene a GraphQL query and its variables ask for, in plain sentences; a prompt it cannot read as it stands."""
    operation = _OPERATION_RE.search(prompt)
    if operation is None:
        return prompt
    tokens = _tokens(prompt[operation.start():])
    if len(tokens) > _MOST_TOKENS:
        return prompt
    code = [token for token in tokens if token[0] != "comment"]
    parser = _Parser(code)
    try:
        selection = parser.operation()
    except (ValueError, IndexError, RecursionError):
        return prompt
    end_line = code[parser.at - 1][2] if parser.at else 0
    after = _after_operation(prompt[operation.start():], parser.at)
    before = prompt[:operation.start()]
    values, before = _variables(before)
    told_after, after = _variables(after)
    values.update(told_after)
    for variable in parser.variables:
        if variable.name not in values and variable.default is not None:
            values[variable.name] = variable.default if not isinstance(variable.default, _Ref) else None
    reading = _Reading(values)
    comments = {line: word for kind, word, line in tokens if kind == "comment" and line <= end_line}
    coded_lines = {line for kind, word, line in code[:parser.at]}
    for field in parser.fields:
        if field.line in comments and not field.comment and field.line in coded_lines:
            field.comment = comments[field.line]
            comments[field.line] = ""  # the outermost field opened on the line takes it
    scene: dict = {}
    reading.read(selection, scene)
    for variable in parser.variables:  # "$reference: String = "cat"  # stays still": said of the cat
        note = _said(comments.get(variable.line, "")) if variable.line in coded_lines else ""
        thing = reading.resolved(_Ref(variable.name))
        if note:
            reading.used.add(variable.line)
            named = isinstance(thing, str) and any(_thing_word(w) for w in note.lower().split())
            reading.prose.append(note if named or not isinstance(thing, str) else f"the {thing} {note}")
    told = _told(reading.records, scene)
    own_lines = [_said(word) for line, word in sorted(comments.items())
                 if word and line not in reading.used and not word.lstrip("# ").startswith("{")]
    prose = [*_around(before), *own_lines, *reading.prose, *_around(after)]
    sentences = [told] if told else []
    sentences += [p if p[-1:] in ".!?" else p + "." for p in prose if p]
    return " ".join(sentences) if sentences else prompt


def _told(records: list[dict], scene: dict) -> str:
    """The records told by the spec reader: one thing's records as one, what names no thing said of them all."""
    things: dict[str, dict] = {}
    for record in records:
        merged = things.setdefault(_thing_of(record) or str(len(things)), {})
        for key, value in record.items():
            if key not in merged or merged[key] in ("", None, [], {}):
                merged[key] = value
    if not things:
        return ""
    spec = {**next(iter(things.values())), **scene} if len(things) == 1 else {"objects": list(things.values()), **scene}
    text = json.dumps(spec)
    told, _notes = spec_in_plain_words(text)
    return "" if told == text else told
