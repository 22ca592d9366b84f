"""A prompt pasted as a table, told again as the fields or the sentences the spec and prose readers handle.

Users paste rows from a sheet: comma-, tab- or semicolon-separated, or a markdown pipe table, a header line naming
the columns first ("subject,count,on screen", "| who | from | to |"). Each row's cells are joined to their columns'
names and read as a spec's fields ("subject: cat; from: left side; to: right side"), one thing a row; a two-column
sheet whose rows open on a field's name ("field,value" over "subject,moving car" and "start,lower left corner") is
one field a row; a row opening on a half of the clip ("first half,no" under "segment,bird visible?") says what is
seen then; a row opening on a field of its own under a sheet of things ("anything else?,no", "notes,...") is that
field. The sheet, its columns and its author are never things; a sheet the spec reader cannot read whole is left
to the prose reader as it was pasted. A pipe table pasted on one line, its line breaks lost ("| symptom | remedy | --
| rolls wrong way | a ball from ... |"), is its header, its rule and its rows again; one the spec reader cannot read
goes to the prose reader as one "column: cell." sentence a cell, since its pipes alone no longer part its rows.
"""

from __future__ import annotations

import csv
import re

from .object_classes import noun_class
from .spec_prompts import (
    is_aside_key,
    is_field_key,
    is_place_key,
    is_seen_key,
    is_thing_key,
    looks_like_spec,
    spec_in_plain_words,
)
from .toml_config import toml_in_plain_words
from .vocabulary import VERB_KINDS

# the cell separators a pasted sheet uses, the rarer in prose first
_DELIMITERS = "\t|;,"
# "| --- | :---: |": a markdown table's rule under its header
_RULE_RE = re.compile(r"^[\s|:+-]*-[\s|:+-]*$")
# a header's cell is a column's short name, never a sentence
_MOST_WORDS_OF_A_COLUMN = 4
_HALF_RE = re.compile(r"^(?:the |in the )?(first|second) half(?: of the clip)?$")
# the columns a sheet lists the clip's parts under ("half", "segment", "clip half")
_TIME_COLUMN_RE = re.compile(r"\b(?:half|halves|segment|part|timing|time|when|period|phase)\b")
# "on" and "y" are a yes only alone or before a stop: "on the left side" is a place, the thing seen there
_YES_RE = re.compile(r"^(?:(?:yes|true|visible|present|shown)\b|(?:y|on)(?=\s*(?:[,:;-]|$)))[\s:,;-]*(.*)$")
# a cell that says only where its column's thing is: "on the left side", "in the upper right corner"
_PLACE_CELL_RE = re.compile(r"(?:on|in|at|near|along|across|beside|behind|under|over|above|below) (?:the|its) ")
# "--", ":---:": a rule's cell, between a one-line table's header and its rows
_RULE_CELL_RE = re.compile(r"^:?-{2,}:?$")
_NO_RE = re.compile(r"^(?:no|n|false|none|absent|hidden|gone|off|not visible|not present)\b[\s:,;.-]*(.*)$")


def _cells(line: str, delimiter: str) -> list[str]:
    if delimiter == "|":
        line = line.strip().strip("|")
    row = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    return [cell.strip() for cell in row]


def _delimiter(header: str) -> str | None:
    return next((d for d in _DELIMITERS if d in header), None)


def _is_header(cells: list[str]) -> bool:
    """Short column names, never a sentence's words."""
    if len(cells) < 2 or any(":" in cell or "=" in cell or cell.endswith(".") for cell in cells):
        return False
    return all(cell and len(cell.split()) <= _MOST_WORDS_OF_A_COLUMN for cell in cells)


def _a_column_known(columns: list[str]) -> bool:
    """Whether a column is a field a spec knows ("subject", "count", "from") or the clip's part ("half")."""
    return any(is_field_key(column.rstrip("?")) or _TIME_COLUMN_RE.search(column.lower()) for column in columns)


def _fields_by_row(rows: list[list[str]]) -> bool:
    """"field,value" over "subject,moving car" and "start,lower left corner": most rows open on a field's name."""
    return sum(is_field_key(row[0].rstrip("?:")) for row in rows) * 2 > len(rows)


def _thing_named(column: str) -> str | None:
    """"bird visible?", "cat on screen?": the thing a yes-or-no column asks about."""
    return next((word for word in re.findall(r"[a-z]+", column.lower()) if noun_class(word)), None)


def _half_sentence(half: str, columns: list[str], cells: list[str]) -> str:
    """"first half" and "no" under "bird visible?": "In the first half, no bird."; a "yes:" cell says its own words."""
    said = []
    for column, cell in zip(columns, cells):
        thing, text = _thing_named(column), cell.strip().rstrip(".")
        yes, no = _YES_RE.match(text.lower()), _NO_RE.match(text.lower())
        if yes and thing:
            said.append(text[len(text) - len(yes.group(1)):] if yes.group(1) else f"a {thing} is there")
        elif no and thing and not no.group(1):
            said.append(f"no {thing}")
        elif thing and _PLACE_CELL_RE.match(text.lower()):
            said.append(f"a {thing} is {text}")  # "on the left side" under "bird visible?": where the bird is seen
        elif text:
            said.append(text)
    return f"In the {half} half, " + ", ".join(said) + "." if said else ""


def _table(prompt: str) -> tuple[list[str], list[list[str]], list[str]] | None:
    """The header's columns, the rows of cells and the lines that are no row ("note: nothing else appears")."""
    lines = [line.strip() for line in prompt.strip().splitlines() if line.strip()]
    delimiter = _delimiter(lines[0]) if len(lines) >= 2 else None
    if delimiter is None:
        return None
    columns = _cells(lines[0], delimiter)
    if not _is_header(columns):
        return None
    rows, loose = [], []
    for line in lines[1:]:
        if delimiter == "|" and _RULE_RE.match(line):
            continue
        cells = _cells(line, delimiter) if delimiter in line else [line]
        while len(cells) > len(columns) and not cells[-1]:
            cells.pop()  # "anything else?,no,": an empty cell at the end
        if len(cells) < 2:
            loose.append(line.strip("()"))
        elif len(cells) > len(columns):  # a comma inside the last cell
            rows.append([*cells[:len(columns) - 1], ", ".join(cells[len(columns) - 1:])])
        else:
            rows.append(cells)
    if not rows or not (_a_column_known(columns) or len(columns) == 2 and _fields_by_row(rows)):
        return None
    return columns, rows, loose


def _thing_first(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A record's fields with the one naming its thing first, so a route or a count said in an earlier column is that
    thing's ("path,who" over "upper left corner then ...,kite")."""
    named = [field for field in fields if is_thing_key(field[0])]
    return named + [field for field in fields if field not in named] if len(named) == 1 else fields


def _noun(text: str) -> str | None:
    """The last word of ``text`` that names a thing ("a lively cat" -> "cat")."""
    return next((word for word in reversed(re.findall(r"[a-z]+", text.lower())) if noun_class(word)), None)


def _fields_of(columns: list[str], rows: list[list[str]]) -> list[str | None]:
    """Each column as the field a spec knows: "where it starts" its "starts", "object name" its "object", a column
    whose every cell names a thing ("creature") the thing's, one whose every cell opens on a verb ("does what") its
    action; None for a column no spec field says ("id", "#", "size"), whose cells are left out."""
    fields = []
    for column in columns:
        name = column.rstrip("?:").strip()
        known = [word for word in re.findall(r"[a-z]+", name.lower()) if is_field_key(word)]
        fields.append(name if is_field_key(name) else known[0] if known else None)
    if not any(field and is_thing_key(field) for field in fields):
        for at, field in enumerate(fields):
            if field is None and all(len(row) > at and _noun(row[at]) for row in rows):
                fields[at] = "object"
                break
    for at, field in enumerate(fields):
        if field is None and all(len(row) > at and (row[at].lower().split() or [""])[0] in VERB_KINDS for row in rows):
            fields[at] = "action"
    return fields


def _rows_read_as_records(fields: list[str | None], rows: list[list[str]]) -> bool:
    """Whether each row is one thing of its own the spec reader can keep apart: no two rows of one kind (two dogs'
    rows, "duck,2" over "duck,1"), no cell but the thing's naming a thing no row is ("sleeps on the sofa"), and no
    row whose thing another row's cell names as a place ("left of the cat") going places of its own; prose reads
    those whole."""
    thing_at = [at for at, field in enumerate(fields) if field and is_thing_key(field)]
    if len(thing_at) != 1:
        return False
    kinds = [noun_class(_noun(row[thing_at[0]]) or "") for row in rows if len(row) > thing_at[0]]
    if not all(kinds) or len({kind[0] for kind in kinds}) < len(kinds):
        return False
    row_kinds = {kind[0] for kind in kinds}
    named = {noun_class(word)[0] for row in rows for at, (field, cell) in enumerate(zip(fields, row))
             if field and at != thing_at[0] and not is_aside_key(field)
             for word in re.findall(r"[a-z]+", cell.lower()) if noun_class(word)}
    going = {kind[0] for kind, row in zip(kinds, rows)
             if any(field and is_place_key(field) and cell for field, cell in zip(fields, row))}
    return named <= row_kinds and not named & going


def _record(fields: list[str | None], row: list[str]) -> str:
    """A row as one thing's spec fields; a "visible in" cell named for the row's thing ("bird visible in"), so it is
    said of that thing, never of every thing in the sheet."""
    said = [(field, cell) for field, cell in zip(fields, row) if field and cell]
    noun = next((_noun(cell) for field, cell in said if is_thing_key(field)), None)
    said = [(f"{noun} {field}" if noun and is_seen_key(field) else field, cell) for field, cell in said]
    return "; ".join(f"{field}: {cell}" for field, cell in _thing_first(said))


def _told(columns: list[str], rows: list[list[str]], loose: list[str]) -> tuple[str, bool] | None:
    """The sheet as spec fields, one line a row (True), or as sentences when its rows are the clip's halves (False);
    None when its rows are no records the spec reader keeps apart."""
    halves = [_HALF_RE.match(row[0].lower()) for row in rows]
    if all(halves):
        told = [_half_sentence(half.group(1), columns[1:], row[1:]) for half, row in zip(halves, rows)]
        return " ".join([*filter(None, told), *loose]), False
    if len(columns) == 2 and _fields_by_row(rows):
        lines = [f"{key}: {value}" for key, value in _thing_first([(row[0].rstrip("?:"), row[1]) for row in rows])]
        return "\n".join([*lines, *loose]), True
    lines, records = [], []
    for row in rows:
        if is_field_key(row[0].rstrip("?:")) and not noun_class(row[0].split()[-1]) or row[0].endswith("?"):
            lines.append(f"{row[0].rstrip('?:')}: {', '.join(filter(None, row[1:]))}")  # "anything else?,no"
        else:
            records.append(row)
    fields = _fields_of(columns, records)
    if not _rows_read_as_records(fields, records):
        return None
    return "\n".join([*map(lambda row: _record(fields, row), records), *lines, *loose]), True


def _one_line_table(prompt: str) -> tuple[list[str], list[list[str]]] | None:
    """A pipe table whose line breaks were lost: its header's cells up to a rule's, then rows of as many cells."""
    cells = [cell.strip() for cell in prompt.strip().strip("|").split("|")]
    rule = [at for at, cell in enumerate(cells) if _RULE_CELL_RE.match(cell)]
    if not rule or rule != list(range(rule[0], rule[-1] + 1)):
        return None
    columns, rest = cells[:rule[0]], cells[rule[-1] + 1:]
    if not _is_header(columns) or not rest or len(rest) % len(columns):
        return None
    return columns, [rest[at:at + len(columns)] for at in range(0, len(rest), len(columns))]


def pasted_in_plain_words(prompt: str) -> tuple[str, list[str]]:
    """The plain sentences a pasted table or spec says, and notes on the fields it could not read; any other prompt as
    it stands."""
    toml = toml_in_plain_words(prompt)  # '[bird]\ncolour = "white"': its tables and keys as a spec's things
    if toml is not None:
        return toml, []
    one_line = _one_line_table(prompt) if "\n" not in prompt and prompt.lstrip()[:1] == "|" else None
    if one_line is not None:
        columns, rows = one_line
        lines = [f"| {' | '.join(cells)} |" for cells in (columns, ["---"] * len(columns), *rows)]
        read, notes = pasted_in_plain_words("\n".join(lines))
        if read != "\n".join(lines):
            return read, notes
        return " ".join(f"{column}: {cell.rstrip('.;')}." for row in rows for column, cell in zip(columns, row)
                        if cell), []
    table = _table(prompt) if "\n" in prompt.strip() else None
    told = _told(*table) if table is not None else None
    if told is not None:
        told, as_fields = told
        if not as_fields:
            return told, []
        if looks_like_spec(told):
            read, notes = spec_in_plain_words(told)
            if read != told and not notes:
                return read, notes
    return spec_in_plain_words(prompt) if looks_like_spec(prompt) else (prompt, [])
