"""A Mermaid diagram's source, put into the plain scene its labels and notes tell before any other pass reads its marks.

A diagram typed as Mermaid ("flowchart TD", "graph TD", "sequenceDiagram", one statement a line) draws nothing of its
own in the video: its header, its node ids, its participants' short names, its arrows, its subgraphs' ids and its
styling are the diagram's; its labels ("A[walking dog, left side of frame]"), its arrows' labels ("-->|rolls|"), its
notes ("Note over Ball: the ball stays still"), its messages ("L->>R: moving car crosses") and its "%%" comments are
the prose that tells the clip. So each statement is told as a sentence:

- a flowchart's chain of nodes is its labels in the arrows' order, "A[cat, left side] --> B[cat, right side]" the cat
  at the left side, then at the right side; an arrow whose ends only name a place or a time of the clip and whose
  label says who moves ("A([left side of the frame]) -->|lively cat runs| B([right side ...])") is that move from the
  one to the other; a line with no arrow ("---", "-.-", "~~~", "<-->") only sets its ends side by side, and a node
  told once is not told again; a subgraph's label is the time or place its nodes are told in ("subgraph FH [first
  half of the clip] A[no car] end" is no car in the first half of the clip), and an arrow between two subgraphs, or
  between nodes only naming times, tells nothing new;
- a sequence diagram's participants are named by their aliases ("participant LL as lower left corner"), a message is
  its text from the one to the other ("LL->>LR: cat runs" the cat running from the lower left corner to the lower
  right corner, and the next message from there goes on: "then to the upper right corner"), and a note is its text,
  said of its participant where that names a time of the clip ("Note over F: no dog", F the first half) or both
  things it spans ("Note over C,D: side by side", C a black car, D a brown dog).
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing_drawn

# the header a Mermaid diagram opens with, in a "```mermaid" fence or after its "%%" lines or not; only flowcharts and
# sequence diagrams are read
_HEADER_RE = re.compile(r"\A\s*(?:```[ \t]*mermaid[ \t]*\n\s*)?(?:%%[^\n]{0,300}\n\s*){0,5}"
                        r"(?:(?P<flow>flowchart|graph)(?:[ \t]+(?:TD|TB|BT|LR|RL))?|(?P<seq>sequenceDiagram))"
                        r"[ \t]*;?[ \t]*\n")
# a statement that only styles or lays out the diagram
_STYLING_RE = re.compile(r"^(?:classDef|class|style|linkStyle|click|direction|autonumber|activate|deactivate|rect|box|"
                         r"accTitle|accDescr|title)\b")
# a node: its id and, where it is defined, its shape around its label ("A[...]", "B([...])", "C{...}", "D((...))")
_NODE_ID = r"(?P<id>[A-Za-z_]\w{0,40}(?:-[A-Za-z_]\w{0,20}){0,4})"
_NODE_RE = re.compile(r"[ \t]*" + _NODE_ID + r"(?:[ \t]*(?:\(\[|\[\[|\[\(|\(\(\(|\(\(|\{\{|\[/|\[\\|\[|\(|\{|>)"
                      r"[ \t]*\"?(?P<label>[^\n\"\[\](){}|]{0,300})\"?[ \t]*"
                      r"(?:\]\)|\]\]|\)\]|\)\)\)|\)\)|\}\}|/\]|\\\]|\]|\)|\}))?")
# an arrow or a line between nodes, with its label written inside it ("-- rolls -->") or after it ("-->|rolls|")
_LINK_RE = re.compile(r"[ \t]*(?:(?:--|==|-\.)[ \t]+(?P<inner>[^\n|>-][^\n|>]{0,200}?)[ \t]+"
                      r"(?P<inner_op>-->|==>|\.->|---|===|-\.-)"
                      r"|(?P<op><?(?:-\.+-|-{2,}|={2,}|~{3,})(?:>|[ox](?=[ \t|]))?))"
                      r"(?:[ \t]*\|(?P<label>[^|\n]{0,200})\|)?")
_AND_RE = re.compile(r"[ \t]*&")
_SUBGRAPH_RE = re.compile(r"^subgraph[ \t]+(?P<id>[\w-]{1,40})?[ \t]*(?:\[\"?(?P<label>[^\]\"\n]{1,200})\"?\])?"
                          r"(?P<rest>[^\n]*)$")
_PARTICIPANT_RE = re.compile(r"^(?:participant|actor)[ \t]+(?P<id>[^\n]{1,60}?)"
                             r"(?:[ \t]+as[ \t]+(?P<label>[^\n]{1,200}))?$")
_NOTE_RE = re.compile(r"^note[ \t]+(?:over|left of|right of)[ \t]+(?P<who>[^:\n]{1,120}):[ \t]*(?P<text>[^\n]*)$", re.I)
_MESSAGE_RE = re.compile(r"^(?P<a>[^\n:<>-]{1,60}?)[ \t]*(?:<<-{1,2}>>|-{1,2}(?:>>|>|x|\)))[+-]?[ \t]*"
                         r"(?P<b>[^\n:]{1,60}?)[ \t]*:[ \t]*(?P<text>[^\n]*)$")
# a block's opening: its words are prose ("loop whole clip"); a "rect" or "box" only colours its part of the diagram
_BLOCK_RE = re.compile(r"^(?:loop|alt|else|opt|par|and|critical|break)\b[ \t]*(?P<text>[^\n]*)$")
# a label naming a time of the clip and no thing: where a subgraph's or a note's words are set
_TIME_RE = re.compile(r"\b(?:half|start|starts|beginning|begins|end|ends|finish|middle|whole|throughout|first|second|"
                      r"last|then|later|earlier|before|after)\b", re.I)
# "walking dog, left side of frame", "cat, lower right corner": a node's thing and the place of the frame it is at
_THING_AND_PLACE_RE = re.compile(r"(?P<thing>[^,\n]{1,80}), (?:the )?(?P<place>(?:far )?(?:left|right|upper|lower|top|"
                                 r"bottom|middle|centre|center)\b[^,\n]{0,60}\b(?:side|corner|edge|part)\b"
                                 r"[^,\n]{0,30})$", re.I)
# "ball in the lower left corner": a node's thing and where it is
_AT_PLACE_RE = re.compile(r"(?P<thing>[^,\n]{1,80}?) (?P<place>(?:at|in|on|near|by) the [^,\n]{1,80})$", re.I)
_PREPOSITION_RE = re.compile(r"^(?:at|in|on|near|by) ", re.I)
_BREAK_RE = re.compile(r"<br[ \t]*/?>", re.I)
_UNDIRECTED = ("---", "===", "-.-", "~~~")


def looks_like_mermaid(text: str) -> bool:
    """Whether ``text`` opens on a Mermaid flowchart's or sequence diagram's header line."""
    return ("graph" in text or "flowchart" in text or "sequenceDiagram" in text) and _HEADER_RE.match(text) is not None


def _words(label: str) -> str:
    return " ".join(_BREAK_RE.sub(", ", label).replace("#quot;", "").split()).strip(" ,;")


def _node_label(label: str) -> str:
    """A node's label in words, a thing and its place set apart by a comma put at that place: "walking dog, left side
    of frame" is the walking dog at the left side of the frame, and "cat, lower right corner" the cat at that corner."""
    label = _words(label)
    found = _THING_AND_PLACE_RE.match(label)
    if found is None or not names_a_thing_drawn(found["thing"].lower()) or names_a_thing_drawn(found["place"].lower()):
        return label
    return f"{found['thing']} at the {found['place']}"


def _where_next(before: str, after: str) -> str | None:
    """The next node's label in a chain, its thing left out where the node before names the same one at another place:
    "flying bird at the left side" then "flying bird at the right side" is the same bird, then at the right side (None
    where the two name no thing at a place, or not the same)."""
    first, then = _AT_PLACE_RE.match(before), _AT_PLACE_RE.match(after)
    if first is None or then is None or first["thing"].lower() != then["thing"].lower():
        return None
    return then["place"]


def _sentence(words: str) -> str:
    words = words.strip(" ,;")
    return "" if not words else words if words[-1] in ".!?" else words + "."


def _names_a_time(label: str) -> bool:
    return not names_a_thing_drawn(label.lower()) and _TIME_RE.search(label) is not None


# ---- flowcharts
def _statement(line: str) -> list | None:
    """A flowchart statement's node groups and links, [[ids...], (op, label), [ids...], ...], and the labels of the
    nodes it defines; None where the line is no statement (a line of prose)."""
    position, parts, labels = 0, [], {}
    while True:
        group = []
        while True:
            node = _NODE_RE.match(line, position)
            if node is None:
                return None
            group.append(node["id"])
            if node["label"] is not None and node["label"].strip():
                labels[node["id"]] = _node_label(node["label"])
            position = node.end()
            joined = _AND_RE.match(line, position)
            if joined is None:
                break
            position = joined.end()
        parts.append(group)
        link = _LINK_RE.match(line, position)
        if link is None:
            break
        op = link["op"] or link["inner_op"]
        parts.append((op, _words(link["label"] or link["inner"] or "")))
        position = link.end()
    if line[position:].strip(" \t;"):
        return None
    return [parts, labels]


def _flowchart_told(lines: list[str]) -> str:
    """A flowchart's statements told in order: each chain of arrows one running sentence, a chain going on from the
    node the last one ended at continuing it, each node's label said once."""
    statements, labels, subgraphs = [], {}, set()
    for line in lines:
        found = _SUBGRAPH_RE.match(line) if line.startswith("subgraph") else None
        parsed = _statement(line) if found is None and line != "end" and not line.startswith("%%") else None
        if found is not None:
            label = _words(found["label"] or line[len("subgraph"):].strip(" \t\""))  # "subgraph First half"
            subgraphs.add(found["id"])
            statements.append(("subgraph", label))
        elif parsed is not None:
            labels.update(parsed[1])
            statements.append(("chain", parsed[0]))
        else:
            statements.append(("end", "") if line == "end" else ("prose", line.lstrip("%").strip()))
    told: set[str] = set()
    sentences: list[str] = []
    heading, running, tail, moving = "", "", "", False

    def said(nodes: list[str]) -> str:
        return " and ".join(labels[node] for node in nodes if node in labels)

    def untold(nodes: list[str]) -> list[str]:
        return [node for node in nodes if node not in told and node in labels]

    def flush() -> None:
        nonlocal running, moving
        if running:
            sentences.append(_sentence(f"{heading}, {running}" if heading else running))
        running, moving = "", False

    for kind, value in statements:
        if kind != "chain":
            flush()
            heading = value if kind == "subgraph" else "" if kind == "end" else heading
            if kind == "prose":
                sentences.append(_sentence(_words(value)))
            continue
        groups, links = value[0::2], value[1::2]
        if not links:
            flush()
            new = untold(groups[0])
            told.update(new)
            running = said(new)
            continue
        for index, (op, label) in enumerate(links):
            a, b = groups[index], groups[index + 1]
            a_label, b_label, a_new, b_new = said(a), said(b), untold(a), untold(b)
            told.update(a_new + b_new)
            if not label and (not b_new or not a_label and all(node in subgraphs for node in a)):
                tail = b[-1] if running and a[-1] == tail else tail
                continue  # "before --> after", "A --> C": nothing the diagram has not told
            if op in _UNDIRECTED or op.startswith("<"):
                flush()
                if label and a_new and b_new:
                    running = f"{a_label} {label} {b_label}"  # "Y[yellow bird] ---|beside| B[blue ball]"
                else:
                    running = " and ".join([labels[node] for node in a_new + b_new] + ([label] if label else []))
                flush()
                continue
            going_on = bool(running) and a[-1] == tail
            if label and not names_a_thing_drawn(f"{a_label} {b_label}".lower()) and a_label and b_label:
                # "([left side of the frame]) -->|lively cat runs| ([right side of the frame])": the move between
                if going_on and moving:
                    running += f", then to {b_label}"
                else:
                    flush()
                    running, moving = f"{label} from {a_label} to {b_label}", True
            else:
                if not going_on:
                    flush()
                    running = a_label if a_new else ""  # "B & C --> W([in view the whole clip])": B and C told
                place = _where_next(a_label, b_label) if running else None
                if place is not None and label:
                    # "A[ball in the lower left corner] -->|rolls| B[ball in the upper left corner]": it rolls there
                    to = _PREPOSITION_RE.sub("to ", place, count=1)
                    running += f" {label} {to}" if running == a_label else f", then {label} {to}"
                else:
                    then = "then " if running and not b_label.lower().startswith("then ") else ""
                    step = (f"{label}, " if label else "") + then + (place or b_label)
                    running = f"{running}, {step}" if running else step
            tail = b[-1]
    flush()
    return " ".join(sentence for sentence in sentences if sentence)


# ---- sequence diagrams
def _sequence_told(lines: list[str]) -> str:
    """A sequence diagram's notes and messages told in order, its participants by their aliases."""
    names: dict[str, str] = {}
    sentences: list[str] = []
    said: set[str] = set()
    last_place = ""

    def alias(name: str) -> str:
        return names.get(name.strip(), name.strip())

    for line in lines:
        if line.startswith("%%"):
            sentences.append(_sentence(_words(line.lstrip("%"))))
            continue
        participant = _PARTICIPANT_RE.match(line)
        if participant is not None:
            names[participant["id"].strip()] = _node_label(participant["label"] or participant["id"])
            continue
        note = _NOTE_RE.match(line)
        if note is not None:
            who = [alias(w) for w in note["who"].split(",")]
            text = _words(note["text"])
            if len(who) == 1 and _names_a_time(who[0]) and who[0].lower() not in text.lower():
                text = f"{who[0]}, {text}"  # "participant F as First half", "Note over F: no dog"
            elif len(who) == 2 and all(names_a_thing_drawn(w.lower()) for w in who) and not said.issuperset(who):
                text = f"{who[0]} and {who[1]}, {text}"  # "Note over C,D: side by side", C and D two things
            said.update(who)
            sentences.append(_sentence(text))
            last_place = ""
            continue
        message = _MESSAGE_RE.match(line)
        if message is not None:
            a, b = alias(message["a"]), alias(message["b"])
            text = _words(message["text"]).rstrip(".!")
            if names_a_thing_drawn(a.lower()) and names_a_thing_drawn(b.lower()):
                said.update((a, b))
                sentences.append(_sentence(f"{a} and {b}, {text}"))
                last_place = ""
                continue
            if a == last_place and sentences:  # "LR->>UR: cat runs on" after "LL->>LR: cat runs": the route goes on
                sentences[-1] = sentences[-1].rstrip(".") + f", then to {b}."
            else:
                sentences.append(_sentence(f"{text} from {a} to {b}"))
            last_place = b
            continue
        block = _BLOCK_RE.match(line)
        if block is not None or line == "end":  # a styling line never gets here: mermaid_in_plain_words drops it
            if block is not None and block["text"]:
                sentences.append(_sentence(_words(block["text"])))
            continue
        sentences.append(_sentence(line))
    return " ".join(s for s in sentences if s)


def mermaid_in_plain_words(text: str) -> str:
    """A Mermaid diagram's scene in plain words: its labels, notes, messages and comments as sentences; any other text
    as it is."""
    header = _HEADER_RE.match(text)
    if header is None:
        return text
    lines = []
    opening = header.start("flow") if header["flow"] else header.start("seq")
    for raw in text[:opening].split("\n") + text[header.end():].split("\n"):  # "%%" lines above the header too
        line = raw.strip()
        if line and not _STYLING_RE.match(line) and not line.startswith(("%%{", "```")):  # a directive, the fence
            lines.append(line.rstrip(";"))
    told = (_flowchart_told(lines) if header["flow"] else _sequence_told(lines)).strip()
    return told or text
