"""A crossword setter's clues, a song's lyric sheet and a coach's team talk, put into the plain scene they tell.

- Clues ("Across: a car passes a ball ... Answer: CAR PASSES BALL.", "4 Down: ... (answer: TWO DOGS)", "(3,6)"): the
  heading and the letter count are the puzzle's, and an answer only says the clue again, so it adds no thing and no
  count over the clue's own; an answer naming a thing the clue never names ("it rolls ... (answer: BALL)") is what
  the clue is about, and is said first, with its count and words ("Answer: a good book and three sleepy cats" is
  three sleepy cats). An answer to a question ("how many cats? (answer: THREE)") is left, as
  "answer: three.", to the worksheet's reader, which counts the things asked about by it.
- A lyric sheet ("[Verse] ... / ... [Chorus] ... [Outro] ..."): a bracketed section label and a line break are
  sentence breaks in the clip's order; a line that opens on a bare place or a way ("[Chorus] Then the lower left
  corner", "Up to the upper left corner", "Driving across till ...") goes on the sentence before it, so a route
  runs across the sections, and a line opening on a group an earlier line named ("[Chorus] Four cats at the end") is
  that group again. Sections may be named bare ("Chorus:", "(Verse)"); a repeat mark ("(x2)") is no count; a bracket
  that names a thing ("[a dog runs in]") is a scene fact, kept as a sentence.
- A coach's talk ("Listen up, team.", "Huddle up.", "Eyes on me.", "Here's the play:", "Got it?", "That's all there
  is.", "Break!"): the calls to the team are no things and no moves; a player "on for the first half, then off at
  halftime" is there, then gone; "halftime" is the clip's midpoint and "the play" the clip (both named in
  ``clip_phrases.py``).

Habits of any voice are read here too: a thing named as a label and then its places ("Moving car: lower right
corner first, then ...", "Walking dog, right side of the frame at the start. Left side of the frame by the end.") is
the thing at those places, and bare places listed after the first, "then" or not, are its route ("a moving car, lower
left corner, / upper left corner, // then the upper right corner, / where it stops": no wait at the end); a one-word
label opening the prompt that is spelt like a verb ("Tip: ... a cat begins ... and goes ...") is no move where the
sentence has one of its own; a claim's wording ("What is claimed is: a video clip comprising ..., wherein said dog ...")
frames the scene, "said dog" being the dog named; "both balls" or "all three cats" are the group named before, and
"nobody leaves" says everything stays; "a dog that leaves halfway, so there is a dog in the first half" names that dog
again; "right from the start", "right to the end" stress a time, and name no side.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .rewrite_text import CLAUSE_START, any_said_re, spaces_tidied
from .vocabulary import FRAME_PLACE_WORDS, FROM_ABOVE, NUMBER_WORDS, VERB_KINDS

_PLACE = (r"(?:(?:upper|lower|top|bottom)[ -])?(?:left|right|centre|center|middle)(?: (?:side|corner|edge))?"
          r"(?: of the (?:frame|screen|picture|shot))?")

# ---- clues
CLUE_HEADING_RE = re.compile(CLAUSE_START + r"(?:\d{1,2} ?(?:across|down|a|d)|(?:across|down|clue)(?: \d{1,2})?)"
                             r"(?: \(\d{1,2}(?:[,-] ?\d{1,2})*\))?[:.] ")
LETTER_COUNT_RE = re.compile(r" ?\(\d{1,2}(?:[,-] ?\d{1,2})*\)")
# "how many cats?", "Count the flying birds.", "can you spot ...": a question or a task the answer answers
ASKED_RE = re.compile(r"\?|(?:^|[.!:] )(?:count|find|spot|how many|can you)\b")
# "Answer: CAR PASSES BALL.", "(answer: two dogs)", "the answer is four birds."
ANSWER_RE = re.compile(r"(?P<open>\()?(?:\bthe )?\b(?:answer|solution)(?::| is:?| -) (?P<said>[^.!?;()]*)(?(open)\)|)[.!]?")

# ---- lyric sheet
SECTION_LABEL_RE = re.compile(r"\[(?P<label>[^\[\]]{1,60})\]")
# "Chorus:", "Verse 2:", "(Bridge)": a sheet's section named without brackets, at a line's start
_SECTION = (r"(?:pre-?chorus|post-?chorus|verse|chorus|hook|bridge|intro|outro|refrain|breakdown|interlude|instrumental|"
            r"solo|coda|tag)(?: ?(?:\d|x ?\d|one|two|three))?")
NAMED_SECTION_RE = re.compile(rf"(?:^|(?<=[/\n.!?] ))\s*(?:\({_SECTION}\)|{_SECTION}:)")
# "still three moving cars ...", "four flying birds still there ...": a group a line opens on
GROUP_LINE_RE = re.compile(r"^(?:(?:and|but|so) )?(?P<still>still )?"
                           r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
                           r"(?P<words>[a-z-]+(?: [a-z-]+){0,2})")
PLACE_WORD_RE = re.compile(rf"\b{FRAME_PLACE_WORDS}\b")
THERE_LEAD_RE = re.compile(r"^(?:(?:still|there|here|in view|in the frame|around|present)\b,? ?)+")
# "(x2)", "(repeat)": the song's repeats, never a count
REPEAT_MARK_RE = re.compile(r"\s*\((?:x ?\d|\d ?x|repeat|rpt|twice)\)|(?<=[a-z]) x\d\b")
LYRIC_LINE_BREAK_RE = re.compile(r"\s*(?:/|\n)\s*")
# "and then", "and finally" are two leads in a row, not alternatives of their own: as both, a run of them would be
# read two ways per pair, exponentially many readings to backtrack through when the line then fails
_LEADS = r"(?:(?:and|then|finally|last|at last|next|now|so),? )*"
# "then the lower left corner", "up to the upper left corner", "and across to ...": the next stop of the mover named
PLACE_LINE_RE = re.compile(rf"^{_LEADS}(?:(?:up|down|over|across|back|on|along|round|around|onward|right|all the way) )*"
                           rf"(?:(?:to|into|toward|towards|till|until) )?(?:the )?{_PLACE}\b")
# "driving across till it is on the right side": the way of the mover named, with no subject of its own
WAY_LINE_RE = re.compile(rf"^{_LEADS}(?P<verb>[a-z]{{3,}}ing)\b")

# ---- coach
_TEAM = r"(?:,? (?:team|people|everyone|everybody|folks|guys|gang|squad|kids|boys|girls|ladies|gentlemen))?"
_TEAM_FIRST = r"(?:(?:team|people|everyone|everybody|folks|guys|gang|squad|kids)[,!] )?"
_OPENER = r"(?:(?:okay|ok|alright|all right|right|now)[,.!]? )*"
COACH_CALL_RE = re.compile(CLAUSE_START + _OPENER + r",? ?" + _TEAM_FIRST
                           + r"(?:listen(?: up| here)?|huddle up|bring it in|eyes up|eyes on me|gather (?:round|around)|circle up"
                           r"|look alive|heads up)" + _TEAM + r"[.!,:]? ?")
PLAY_HEADING_RE = re.compile(CLAUSE_START + r"(?:, )?" + _OPENER + r"here(?:'s| is) (?:the play|the plan|the drill|the deal"
                             r"|what i (?:want|need)|how we (?:run|do) (?:it|this)|what we (?:do|are doing|run))"
                             + _TEAM + r"[:.,!] ?")
COACH_CLOSING_RE = re.compile(CLAUSE_START + r"(?:got it|understood|everybody clear|all clear|clear|questions|any questions"
                              r"|you with me|ready)\?|" + CLAUSE_START + r"(?:break|run it|let(?:'s| us) go|let(?:'s| us) run it"
                              r"|go team|hands in|on three|that(?:'s| is) all there is|that(?:'s| is) the (?:play|plan)"
                              r"|hustle|on me|now go|execute|go get them|go get it)[.!]")
# "on for the first half, then off at halftime": a player's on and off the field, the thing in view and out of it
_MIDDLE = r"(?:the )?(?:midpoint|middle|halftime|half-time|half time|halfway(?: point)?)\b"
ON_OFF_SPAN_RE = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))(?P<state>on|off) (?=(?:for|during|through|throughout|in) "
                            r"(?:the |its )?(?:whole |entire )?(?:first|second|opening|closing) half\b"
                            r"|(?:from|since) (?:the )?(?:very )?(?:start|beginning|outset)\b)")
ON_OFF_AFTER_RE = re.compile(r"(?P<lead>\bthen |, (?:and )?(?:then )?)(?P<state>on|off) "
                             r"(?P<when>(?:at|after|from|by) " + _MIDDLE + ")")
# on or off for a span: there or out of view; then on or off: coming into view or leaving
_ON_OFF = {"on": ("there", "it comes into view"), "off": ("out of view", "it leaves")}

# ---- claim
CLAIM_OPENING_RE = re.compile(r"^(?:what (?:is|we|i) claim(?:ed)? is|(?:we|i) claim|claim(?:ed)?(?: \d{1,2})?)[:,]? ")
CLIP_COMPRISING_RE = re.compile(r"\b(?:a|an|the) (?:(?:short|moving) )?(?:video )?(?:clip|video|footage|film|recording|sequence) "
                                r"(?:comprising|that comprises|which comprises|including)(?: of)?:? ")
# "2. The clip of claim 1, wherein ...", "as claimed in claim 1": a claim leaning on another, the same clip
CLAIM_REFERENCE_RE = re.compile(r"(?:(?<=^)|(?<=[.;] ))(?:\d{1,2}\. )?(?:the|a) (?:video )?(?:clip|video|film|recording) "
                                r"(?:of|according to|as claimed in|as recited in|as in) claims? \d{1,2}(?: or \d{1,2})?,? ?"
                                r"|,? (?:as claimed|as recited) in claims? \d{1,2}\b")
WHEREIN_RE = re.compile(r",? (?:wherein|whereby|characterised in that|characterized in that)\b,?")
SAID_THING_RE = re.compile(r"\bsaid (?!(?:a|an|one|two|three|four|five|six|that|the)\b)"
                           r"(?=(?P<words>[a-z-]+(?: [a-z-]+){0,2}))")

# ---- any voice
# "both balls", "all three cats", "each of the dogs": the group just named, never a second group
GROUP_AGAIN_RE = re.compile(r"\b(?:both|all(?: (?:two|three|four|five|six))?|each of) (?:the )?(?P<noun>[a-z]+s)\b")
# "a dog that leaves halfway, so there is a dog in the first half": what the move means for the thing named, no second one
SO_THERE_IS_RE = re.compile(r"\b(?P<so>so|which means|meaning|that is,?) there is (?:a|an|one) "
                            r"(?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)\b")
# "right from the start", "right through to the end": "right" only stresses the time, it is no side
# ("the lower right at the start", "on the right until the end" are places); "right " opens the pattern and the words
# before it are looked back at from there, so a search skips to each "right " rather than trying every letter
RIGHT_AT_TIME_RE = re.compile(r"right (?<=\bright )(?<!\bthe right )(?<!lower right )(?<!upper right )(?<!\btop right )"
                              r"(?<!bottom right )(?<!\bfar right )(?<![-/]right )"
                              r"(?=(?:from|through(?: to)?|to|until|till|up to) (?:the )?(?:very )?"
                              r"(?:start|end|beginning|finish|close|outset|first|last)\b)")
# "neither the cat nor the dog is visible", "neither a car nor a bus moves": both named, the verb denied of both
_NAMED = r"(?:the|a|an|one) (?:[a-z]+ )?[a-z]+"
NEITHER_NOR_RE = re.compile(rf"\bneither (?P<one>{_NAMED}) nor (?P<other>{_NAMED}) (?P<verb>is|are|was|were|can be|could be"
                            r"|appears?|shows? up|arrives?|leaves?|moves?)\b")
_DENIED = {"is": "are not", "are": "are not", "was": "were not", "were": "were not", "can be": "cannot be",
           "could be": "could not be",
           "shows up": "do not show up", "show up": "do not show up"}
# "nobody leaves", "none of them exits the frame": everything stays, nothing to draw
# (said as its own sentence, or joined to the clause that names them: "three cars are parked, and none of them leaves")
_LEAVING = (r"(?:leaves|exits|departs|goes(?: anywhere| away| off)?|(?:walks|runs|flies|drives) (?:off|away)|disappears"
            r"|vanishes|moves away)(?: (?:the )?(?:frame|picture|scene|shot|view))?(?: early)?")
_NOBODY_LEAVES = (r"(?:nobody|no ?one|nothing|neither(?: of them| one)?|none(?: of them)?|not one of them"
                  r"|(?:neither|not one|not a single) (?!of\b)[a-z]+) " + _LEAVING)  # "..., and neither cat runs away"
# "neither of the two birds flies away", "none of the cats leaves": the group named, staying
NONE_OF_GROUP_LEAVES_RE = re.compile(r"(?:^|(?<=[.;:!?/] )|(?<=, )|(?<=\band ))(?:neither|none|not one) of (?P<group>(?:the|"
                                     r"these|those) "
                                     r"(?:(?:two|three|four|five|2|3|4|5) )?[a-z]+s) " + _LEAVING)
# (a verse line's "/" starts a clause too: "in the frame the whole clip through / none of them leaves")
NOBODY_LEAVES_RE = re.compile(r"(?:" + CLAUSE_START + r"|(?<=/ ))(?:and )?" + _NOBODY_LEAVES +
                              r"[.!]? ?|,? (?:and|but) " + _NOBODY_LEAVES
                              + r"(?=[.!;]|$)")
# "Moving car: lower right corner first", "walking dog, right side of the frame at the start": a thing and its place;
# more bare places after it, "then" or not, are its route ("a moving car, lower left corner, upper left corner, then
# the upper right corner"), and a verse line's "/" starts a clause or parts the route's places as a comma does; a
# participle before the thing ("Seeking a moving ball: ...", a casting call's) is the caller's, not the thing's; a view
# said first, "from above, moving ball: lower left corner, ...", is the picture's, kept before the thing
_NEXT_PLACE = rf",(?: /+)? (?:and )?(?:then |at last |finally |last )?(?:the )?{_PLACE}(?=[,.;]| /|$)"
# ", where the dog stops", ", the last of its stops": the route's last place is where it ends, no wait of its own
_HALTS_THERE = (r",(?: /+)? (?:where (?:it|the [a-z]+) (?:stops|halts|comes to (?:a )?(?:rest|stop))|"
                r"the last of its stops)(?=[,.;]|$)")
LABEL_PLACE_RE = re.compile(r"(?:^|(?<=[.;:!?/] ))(?P<view>(?:(?:seen |viewed )?"
                            + FROM_ABOVE + r"|top-down|overhead), )?"
                            r"(?:[a-z]+ing (?=(?:a|an|one|the) ))?"
                            rf"(?P<article>(?:a|an|one|the) )?(?P<thing>(?:[a-z-]+ ){{0,2}}?(?P<noun>[a-z]+))"
                            rf"(?P<mark>[:,]| [-\u2013\u2014]) (?:the )?(?P<place>{_PLACE})(?P<route>(?:{_NEXT_PLACE})*)"
                            rf"(?P<halt>{_HALTS_THERE})?(?= (?:first|at|by|in|to start|to begin)\b|[,.;])")
ROUTE_PLACE_RE = re.compile(_PLACE)
# "Tip: seen from above, a cat begins ... and goes ...": a one-word label opening the prompt, a verb only by its spelling
OPENING_LABEL_RE = re.compile(r"^(?P<label>[a-z]+): (?P<sentence>[^.!?]*)")
# "Left side of the frame by the end.": where the thing just named is then
BARE_PLACE_SENTENCE_RE = re.compile(r"(?<=[.;!,] )(?P<lead>(?:and |then |and then )?)(?:the )?(?P<place>" + _PLACE + r")"
                                    r"(?= (?:at|by|in|for|until|till) (?:the )?"
                                    r"(?:start|end|close|finish|beginning|midpoint|middle|first half|second half)\b)")
STOPS_RUN_RE = re.compile(r"\s*[.,](?:\s*[.,])+")

_CLUE_WORDS = ("across", "down", "clue", "answer", "solution")
_VOICE_WORDS = _CLUE_WORDS + ("[", "claim", "compris", "wherein", "listen", "huddle", "eyes ", "here", "gather", "circle up",
                              "bring it", "both ", "all ", "each of", " leaves", " exits", " goes", "departs", "vanishes",
                              "disappears", " away", "none of", "neither ", "there is", "right ", "on ", "off ", ": ", ", ")
_VOICE_WORDS_RE = any_said_re(_VOICE_WORDS)


def looks_like_puzzle_lyric_or_coach(text: str) -> bool:
    return _VOICE_WORDS_RE.search(text) is not None


def _in_place(place: str) -> str:
    return ("in the " if any(word in place for word in ("corner", "middle", "centre", "center")) else "on the ") + place


def _answer_as_predicate(match: re.Match) -> str | None:
    """The predicate naming what an answer names that its clue never does, with the answer's count ("it rolls ...
    (answer: BALL)": "is a ball"; "Answer: bread, a walk and two dogs": "are two dogs"), else None: the answer only says
    the clue again."""
    clue = match.string[:match.start()] + match.string[match.end():]
    named = {singular(word) for word in re.findall(r"[a-z]+", clue) if noun_class(word)}
    words = re.findall(r"[a-z]+", match["said"])
    new = [i for i, word in enumerate(words) if noun_class(word) and singular(word) not in named]
    if not new:
        return None
    thing = singular(words[new[-1]])
    counted = [i for i in range(max(new[-1] - 3, 0), new[-1]) if NUMBER_WORDS.get(words[i], 1) > 1]
    if counted and words[new[-1]] != thing:
        return "are " + " ".join(words[counted[-1]:new[-1] + 1])
    return f"is a {thing}"


def _clues_in_plain_words(text: str) -> str:
    if "across" in text or "down" in text or "clue" in text or text[:1].isdigit():
        headed = CLUE_HEADING_RE.sub("", text)
        if headed != text:
            text = LETTER_COUNT_RE.sub("", headed)
    if "answer" in text or "solution" in text:
        answered = [thing for found in ANSWER_RE.finditer(text) if not _asked(found) and (thing := _answer_as_predicate(found))]
        text = ANSWER_RE.sub(_answer_kept_for_question, text)
        if answered:
            text = f"there {answered[0]}. {text}"
    return text


def _answer_kept_for_question(match: re.Match) -> str:
    """An answer to a question, unbracketed for the worksheet's reader; any other answer only says the clue again."""
    if not _asked(match):
        return " "
    return f" answer: {match['said'].strip()}. " if match["open"] else match.group(0)


def _asked(match: re.Match) -> bool:
    """Whether the answer follows a question or a task ("Count the birds."): the worksheet's, which counts the things
    asked about by it."""
    return ASKED_RE.search(match.string, 0, match.start()) is not None


def _section_label(match: re.Match) -> str:
    """A label ("[chorus]", "[verse 2]", "[pre-chorus x2]") is a sentence break; a bracket naming a thing, a sentence."""
    inside = match["label"].strip()
    if len(inside.split()) > 4 or any(noun_class(word) for word in re.findall(r"[a-z]+", inside)):
        return f" / {inside} / "
    return " / "


def _is_lyric_sheet(text: str) -> bool:
    """A bracketed label, or two named sections (one where lines are broken by "/"): a sheet, not prose that says "bridge:"."""
    if "[" in text and SECTION_LABEL_RE.search(text):
        return True
    named = len(NAMED_SECTION_RE.findall(text)) if ":" in text or "(" in text else 0
    return named >= 2 or (named == 1 and ("/" in text or "\n" in text))


def _lyrics_in_plain_words(text: str) -> str:
    text = SECTION_LABEL_RE.sub(_section_label, text)
    text = NAMED_SECTION_RE.sub(" / ", text)
    text = REPEAT_MARK_RE.sub("", text)
    out: list[str] = []
    for line in LYRIC_LINE_BREAK_RE.split(text):
        line = line.strip(" ,;.")
        if not line:
            continue
        if out and (PLACE_LINE_RE.match(line) or (WAY_LINE_RE.match(line) and not _names_its_mover(line))):
            out[-1] += ", " + line
        else:
            out.append(_group_sung_again(line, out))
    return ". ".join(out) + "."


def _names_its_mover(line: str) -> bool:
    """"walking dog at the lower left corner": the -ing word describes the thing named after it, whose line it opens
    (as "parking lot" is a thing itself); "driving across till ..." goes on with the mover named before."""
    words = line.split()
    return noun_class(words[0]) is not None or (len(words) > 1 and noun_class(words[1].strip(",.;:")) is not None)


def _group_sung_again(line: str, sung: list[str]) -> str:
    """A line opening on the count and kind an earlier line named is that group again, as a chorus repeats its verse:
    "four cats at the end" after "four cats at the start" is "they are still there at the end", and "three cats walk
    left" after "three cats" is "they walk left"."""
    again = GROUP_LINE_RE.match(line)
    words = again["words"].split() if again else []
    noun = next((i for i, word in enumerate(words) if noun_class(word)), None)
    if noun is None:
        return line
    group = rf"\b{again['count']} (?:[a-z-]+ ){{0,2}}?{words[noun]}\b"
    if not any(re.match(rf"(?:[a-z]+ )?{group}", earlier) for earlier in sung):
        return line
    one = again["count"] in ("a", "an", "one")
    said = " ".join(words[:noun + 1])
    rest = line[line.index(said, again.start("words")) + len(said):].strip(" ,")
    if rest.split(" ", 1)[0] in VERB_KINDS:  # "three cats walk to the left": they do
        return f"{'it' if one else 'they'} {rest}"
    rest = THERE_LEAD_RE.sub("", rest)
    if PLACE_WORD_RE.search(rest):  # "two dogs on the right at the end": where they are then
        return f"{'it is' if one else 'they are'} {rest}"
    return f"{'it is' if one else 'they are'} still there {rest}".strip()


def _coach_in_plain_words(text: str) -> str:
    called = PLAY_HEADING_RE.sub("", COACH_CALL_RE.sub("", text))
    if called == text:
        return text
    return COACH_CLOSING_RE.sub("", called)


def _on_and_off(text: str) -> str:
    text = ON_OFF_SPAN_RE.sub(lambda m: _ON_OFF[m["state"]][0] + " ", text)
    return ON_OFF_AFTER_RE.sub(lambda m: f"{m['lead']}{_ON_OFF[m['state']][1]} {m['when']}", text)


def _claim_in_plain_words(text: str) -> str:
    text = CLAIM_OPENING_RE.sub("", text)
    text = CLIP_COMPRISING_RE.sub("", text)
    text = CLAIM_REFERENCE_RE.sub("", text)
    text = WHEREIN_RE.sub(",", text)
    return SAID_THING_RE.sub(lambda m: "the " if any(noun_class(word) for word in m["words"].split()) else m.group(0), text)


def _group_again(match: re.Match) -> str:
    noun = singular(match["noun"])
    named_before = noun != match["noun"] and noun_class(noun) and re.search(rf"\b{noun}(?:s|es)?\b", match.string[:match.start()])
    return f"the {match['noun']}" if named_before else match.group(0)


def _consequence(match: re.Match) -> str:
    noun = match["noun"]
    named_before = noun_class(noun) and re.search(rf"\b{noun}\b", match.string[:match.start()])
    return f"{match['so']} the {noun} is" if named_before else match.group(0)


def _labelled_places(text: str) -> str:
    named: list[str] = []

    def at_place(match: re.Match) -> str:
        if not noun_class(match["noun"]):
            return match.group(0)
        named.append(match["noun"])
        plural = singular(match["noun"]) != match["noun"]
        article = match["article"] or ("" if plural else "an " if match["thing"][0] in "aeiou" else "a ")
        said = f"{match['view'] or ''}{article}{match['thing']}{',' if match['mark'] == ',' else ''}"
        if not match["route"]:
            return f"{said} {_in_place(match['place'])}{match['halt'] or ''}"
        stops = [stop.group(0) for stop in ROUTE_PLACE_RE.finditer(match["route"])]
        return f"{said} from the {match['place']} to the {stops[0]}" + "".join(f", then to the {stop}" for stop in stops[1:])

    text = LABEL_PLACE_RE.sub(at_place, text)
    if named:
        subject = "it is" if singular(named[-1]) == named[-1] else "they are"
        text = BARE_PLACE_SENTENCE_RE.sub(lambda m: f"{m['lead']}{subject} {_in_place(m['place'])}", text)
    return text


def _label_dropped(match: re.Match) -> str:
    """The sentence alone where its label could be read as a move but the sentence has a move of its own."""
    label_moves = match["label"] in VERB_KINDS
    sentence_moves = any(word in VERB_KINDS for word in re.findall(r"[a-z]+", match["sentence"]))
    return match["sentence"] if label_moves and sentence_moves else match.group(0)


def _unless_a_way(match: re.Match) -> str:
    """"right until the end" after a move is its way ("walks right until the end"); elsewhere it stresses the time."""
    before = match.string[max(0, match.start() - 20):match.start()].split()
    goes = bool(before) and VERB_KINDS.get(before[-1]) not in (None, "rest")
    return match.group(0) if goes and match.string.startswith(("until", "till"), match.end()) else ""


def puzzle_lyric_and_coach_in_plain_words(text: str) -> str:
    """The scene each of these voices tells, in the plain words the later passes read."""
    told = text
    if any(word in text for word in _CLUE_WORDS) or text[:1].isdigit():
        text = _clues_in_plain_words(text)
    if ("[" in text or ":" in text or "(" in text) and _is_lyric_sheet(text):
        text = _lyrics_in_plain_words(text)
    if "up" in text or "eyes" in text or "here" in text or "gather" in text or "bring it" in text or "listen" in text:
        text = _coach_in_plain_words(text)
    if ("on " in text or "off " in text) and ("half" in text or "mid" in text or "start" in text or "beginning" in text):
        text = _on_and_off(text)
    if "claim" in text or "compris" in text or "wherein" in text:
        text = _claim_in_plain_words(text)
    if "both " in text or "all " in text or "each of" in text:
        text = GROUP_AGAIN_RE.sub(_group_again, text)
    if "there is" in text:
        text = SO_THERE_IS_RE.sub(_consequence, text)
    if "neither " in text and " nor " in text:
        text = NEITHER_NOR_RE.sub(lambda m: f"{m['one']} and {m['other']} " + _DENIED.get(
            m["verb"], "do not " + m["verb"].removesuffix("s")), text)
    if "right " in text:
        text = RIGHT_AT_TIME_RE.sub(_unless_a_way, text)
    if ("no" in text or "neither" in text) and any(
            word in text for word in ("leave", "exit", "goes", "depart", "vanish", "disappear", " away", " off")):
        text = NOBODY_LEAVES_RE.sub("", NONE_OF_GROUP_LEAVES_RE.sub(lambda m: f"{m['group']} stay", text))
    if ": " in text:
        text = OPENING_LABEL_RE.sub(_label_dropped, text)
    if ": " in text or ", " in text:
        text = _labelled_places(text)
    if text == told:
        return text
    return spaces_tidied(STOPS_RUN_RE.sub(".", text))
