"""Rule-based reading of a video prompt into objects, their attributes and their moves.

This is the "language" half of the embedded physics planner (the other half simulates). It does
not try to understand English in general: one precompiled regular expression turns the prompt
into a stream of tokens (multi-word phrases such as "from the top left" or "paper airplane"
become single tokens), and a single left-to-right pass binds adjectives to the noun they precede,
verbs to their subject (or, for "throws"/"kicks"/..., to their direct object), and direction and
region phrases to the latest verb. Everything it cannot place is reported back as a note, so the
user sees what was ignored instead of getting a silently wrong layout.

The parts live apart so each can be read, extended and tested on its own: the word tables
(``vocabulary``, ``object_classes``), the tokenizer (``prompt_tokens``), one word in its noun phrase
(``noun_phrases``), the state of the pass (``clause_reader``), the words around a place, side or time
(``place_context``), what a direction or relation does to the clause's moves (``direction_reading``), a half
said to show an empty frame (``empty_frames``), the reading's result (``motions``), times and relative sides
resolved afterwards (``prompt_timing``), and here the pass itself: each token handed to the word or clause reader
that handles its kind.
"""

from __future__ import annotations

import re

from ..core.limits import LayoutLimits, Limits
from .answer_lists import answers_as_windows
from .basic_programs import basic_in_plain_words
from .clause_openings import first_said_at, opens_next_clause
from .clause_reader import ClauseReader
from .clip_presenters import clip_told_from
from .closing_tallies import drop_closing_tally
from .companions import find_companions
from .descriptions import apply_descriptions, take_descriptions
from .direction_reading import place_the_target, read_direction, read_relation
from .empty_frames import apply_empty_frames, empty_frame_said, first_half_said
from .frame_entrances import crossings, going_timed, walk_in_entrances
from .frame_ranges import apply_frame_spans, take_frame_spans
from .graphql_queries import graphql_in_plain_words, looks_like_graphql
from .lisp_forms import lisp_in_plain_words
from .member_colours import apply_member_colours, apply_mixed_colours
from .mermaid_diagrams import looks_like_mermaid, mermaid_in_plain_words
from .motion_merges import circles_as_arcs, merge_elaborations, shown_not_arriving
from .motions import Entity, Motion, SceneReading, window_said
from .noun_mentions import MAX_ENTITIES
from .noun_phrases import noun_class, read_word
from .object_classes import COMPOUND_CLASSES, GENERIC_CLASS, singular
from .phrase_context import (
    comma_inside_phrase,
    infinitive_follows,
    next_is_known_noun,
    next_is_nounish,
    previous_word,
    starts_noun_phrase,
    watched_thing_acts,
)
from .place_context import (
    along_a_level_way,
    late_place_follows,
    late_side_follows,
    late_time_after_phrase,
    late_time_follows,
    late_time_precedes,
    moves_by,
    passes_the_viewer,
    said_middle,
    side_is_a_place,
    side_role,
    start_told_after,
    step_joined_after_time,
    until_it,
)
from .prompt_rewrites import rewritten_for_reading
from .prompt_timing import resolve_timing
from .prompt_tokens import fraction_of, region_point, tokenize
from .scene_participants import drop_non_participants
from .scene_words import COMPOUND_SCENES, DEFAULT_BACKGROUND
from .scenery import supports_as_places, unknown_places
from .slack_and_stylesheet_voices import chat_thread_in_plain_words, stylesheet_in_plain_words, without_shortcodes
from .slide_deck_voice import deck_in_plain_words
from .table_prompts import pasted_in_plain_words
from .thread_form_and_sitrep_voices import looks_like_thread_form_or_sitrep, thread_form_and_sitrep_in_plain_words
from .travel_defaults import travel_by_default
from .unit_test_and_edl_voices import unit_test_and_edl_in_plain_words
from .visibility_cues import apply_visibility_cues
from .vocabulary import (
    ARRIVAL_VERBS,
    COLORS,
    COPULA,
    COUNT_PHRASES,
    DEFINITE,
    DETAIL_WORDS,
    FOREIGN_FUNCTION_WORDS,
    INTENSITY_WORDS,
    NEGATED_WORDS,
    NUMBER_WORDS,
    VERB_KINDS,
    VERTICAL_SIDES,
    is_describing,
    looks_like_modifier,
)
from .word_guessing import fallback_object_word, takes_in_hand, unplaced_set_downs

MAX_PROMPT_CHARS = Limits.max_prompt_chars  # the studio's prompt limit: the reader reads no further
FROM_ABOVE_KINDS = frozenset(("fall", "bounce", "land"))  # "falls from above" says where the fall starts
VAGUE_COUNTS = frozenset(("a few", "a handful of", "several", "a group of", "a herd of", "a flock of", "a pack of",
                          "a bunch of", "a team of", "many", "lots of", "a lot of", "some", "a school of",
                          "a swarm of"))
_ENDING_UP = frozenset(("end", "ends", "ended", "ending", "wind", "winds", "wound", "winding"))
_DEPTH_CANON = {
    "into the distance": "farther", "far away": "far", "in the distance": "far", "in the background": "far",
    "in the foreground": "near",
}


def _colour_compound(reader: ClauseReader, colour: str, matches, position: int) -> None:
    """A colour said in a compound ("purple-hued", "purple-bright") colours the noun it stands before, or, set off by a
    comma after a noun and before none ("a car, purple-bright, with ..."), the noun just named, as "a cat, pure
    black"."""
    if reader.last_mention is not None and previous_word(matches, position) == "," \
            and not next_is_nounish(matches, position):
        reader.describe_last(colour)
    else:
        reader.attrs.append(("color", colour))


def no_object_message(prompt: str) -> str:
    """Why nothing can be planned, quoting the prompt's start on one line: a chat's line breaks read as spaces."""
    shown = " ".join(prompt.split())
    return (f'found no object in "{shown if len(shown) <= 80 else shown[:79] + "…"}": '
            'name at least one thing, e.g. "a red ball bounces"')


def read_prompt(prompt: str, num_keyframes: int = 6, *, from_clip: bool = False) -> SceneReading:
    """Read ``prompt`` into objects, moves, camera moves, view and background (no physics yet); frame
    numbers in it count the ``num_keyframes`` keyframes of the layout; ``from_clip``: already cut to its clip, never
    again."""
    text = basic_in_plain_words(prompt[:MAX_PROMPT_CHARS])  # "10 REM ...", '20 PRINT "..."': what it remarks and prints
    if looks_like_thread_form_or_sitrep(text):  # "1/", "[x] No", "071430Z": marks no other reader should take for words
        text = thread_form_and_sitrep_in_plain_words(text)
    if looks_like_mermaid(text):  # "flowchart TD", "A[a cat] --> B[...]", "Note over X: ...": labels and notes say it
        text = mermaid_in_plain_words(text)
    if looks_like_graphql(text):  # "query Clip($subject: String!) { ... }" and its variables: the scene it asks for
        text = graphql_in_plain_words(text)
    # "def test_...(clip):", "* COMMENT:": only their prose says the clip (any other text comes back as it is)
    text = unit_test_and_edl_in_plain_words(text)
    text = lisp_in_plain_words(text)  # "(defclip ... :shows (walking-dog :count one))": its forms and ";;" comments said
    # "@maya.k 10:14 AM", ":eyes:", ".walking-dog { animation: walk-leftward; }": only the messages and comments say it
    text = without_shortcodes(stylesheet_in_plain_words(chat_thread_in_plain_words(text)))
    text = deck_in_plain_words(text)  # "Slide title: ... (From Above)", "• A → B → C": the view and one route
    text, spec_notes = pasted_in_plain_words(text)
    text, said_later = take_descriptions(answers_as_windows(rewritten_for_reading(text[:MAX_PROMPT_CHARS])))
    framed, (text, frame_spans) = text, take_frame_spans(text)
    reader = ClauseReader()
    reader.notes.extend(spec_notes)
    if len(prompt) > MAX_PROMPT_CHARS:
        reader.notes.append(f"{prompt_too_long(prompt)}: only its first {MAX_PROMPT_CHARS:,} characters were read")
    matches = tokenize(text)
    first_said = first_said_at(matches)
    for position, match in enumerate(matches):
        reader.position = position
        group = match.lastgroup
        value = match.group(0)
        # ", and at the end it is gone", "and from the left of the car a bird"
        if opens_next_clause(matches, position, first_said):
            reader.open_clause(subject_after_side=group in ("side_rel", "at_region"))  # its time or side
        if group == "word" and value == "where" and _subject_follows(matches, position) and reader.place_clause():
            pass  # "onto a table where a cat sits": the cat's clause, at the table
        elif group == "dir" and position > 0 and takes_in_hand(matches[position - 1].group(0), matches, position - 1):
            pass  # "picks up a ball": the verb's particle, no way the picker goes
        elif group == "word" or group == "number":
            if watched_thing_acts(reader, matches, position):
                # "watches a ball roll"
                reader.subjects, reader.current, reader.verb_since_subject = [reader.last_object], [], False
            read_word(reader, value, matches, position)
        elif group == "punct" and value == "," and comma_inside_phrase(reader, matches, position):
            pass  # the noun phrase goes on after the comma
        elif group == "punct":
            reader.end_clause(hard=value in ".;!?")
            if value == ",":  # "a red box. at the start, a dog ...": only this sentence's subjects go on in a list
                reader.joining = bool(reader.subjects) and not reader.verb_since_subject and not reader.awaiting_subject
        elif group == "noun2":
            name = match.group("compound_name").replace("-", " ")
            reader.noun(value, name, COMPOUND_CLASSES[name], bool(match.group("plural2")), True)
        elif group == "scene2":
            reader.scenes.append(COMPOUND_SCENES[value.replace("-", " ")])
            reader.relation = None
            reader.clear_phrase()
        elif group == "count":
            # "a bunch of yaks, 3 to be exact": the number said later wins
            reader.vague = value.replace("-", " ") in VAGUE_COUNTS
            reader.count = COUNT_PHRASES[value.replace("-", " ")]
        elif group == "topdown" and value.startswith("from") and any(
                m.kind in FROM_ABOVE_KINDS for m in reader.current):
            pass  # "a ball falls from above": where the fall starts, not where the camera looks from
        elif group == "topdown":
            reader.top_down = True
            reader.locative = False  # "in a top-down shot a hen ...": the place phrase ended at "shot"
        elif group == "depth":
            if "camera" in value or "viewer" in value or "lens" in value:
                reader.modify("depth", "farther" if value.startswith("away") else "closer")
            elif value in ("into the distance",):
                reader.modify("depth", "farther")
            elif value in ("in the background", "in the distance") and reader.backdrop():
                pass  # "with mountains in the background": the scenery behind, not an object in the layout
            else:
                reader.depth_hint = _DEPTH_CANON[value]
                reader.modify("depth", _DEPTH_CANON[value])
        elif group == "exit":
            reader.modify("exit", True)
        elif group == "enter_from":
            reader.modify("enter", match.group("enter_region"))
        elif group == "enter":
            reader.modify("enter", None)
        elif group == "edge":
            how = match.group("edge_how") or match.group("edge_along")
            if how in ("up", "down"):
                read_direction(reader, how)
            reader.modify("edge", region_point(match.group("edge_r") or match.group("edge_t")))
        elif group == "from_to":
            if match.group("ft_a") in ("left", "right") and any(m.direction for m in reader.current):
                # "travels across the screen, right to left": the said sides win over "across"
                for motion in reader.current:
                    motion.direction = None
            reader.modify("from_region", region_point(match.group("ft_a")))
            reader.modify("to_region", region_point(match.group("ft_b")))
        elif group == "from_region":
            if position > 0 and matches[position - 1].group(0) in (",", "and"):
                # "from A to B, and from B to C" (a start said after a colon or a dash corrects the first)
                reader.next_leg_from()
            reader.modify("from_region", region_point(match.group("from_r")))
        elif group == "to_region" and match.group("to_r") in ("left", "right") and reader.open_side() is not None:
            # "from the left side of it to the right side": the reference's right, not the frame's
            reader.modify("side", ("end", match.group("to_r"), reader.open_side()))
        elif group == "to_region":
            reader.modify("to_region", region_point(match.group("to_r")))
        elif group == "at_region" and said_middle(match) and position > 0 \
                and matches[position - 1].lastgroup == "bare_corner":
            reader.modify("time", 0.5)  # "top-right in the middle": a time, after a place
        elif group == "at_region" and reader.subjects and -1 not in reader.subjects and (
                late_time_follows(matches, position) or late_time_precedes(matches, position)):
            # "... and on the left at the end": where it ends
            reader.finish(region_point(match.group("at_r")), step_joined_after_time(matches, position))
        elif group == "at_region" and place_the_target(reader, region_point(match.group("at_r"))):
            pass  # "puts the ball in the box on the left": the box is there
        elif group == "at_region":
            reader.later_place()
            reader.modify("at_region", region_point(match.group("at_r")))
        elif group == "circle":
            reader.modify("circle", True)
        elif group == "dir" and value == "up" and position > 0 and matches[position - 1].group(0) in _ENDING_UP:
            pass  # "ends up on top of a box": where it ends, not a climb
        elif group == "dir" and value in ("up", "down") and along_a_level_way(matches, position):
            if not any(m.direction for m in reader.current):
                # "drives down the road": along it, across the picture; "rightward down it": right
                read_direction(reader, "across")
        elif group == "dir":
            read_direction(reader, value)
        elif group == "dir_phrase":  # "in the left direction"
            read_direction(reader, match.group("dir_w"))
        elif group == "rel" and value == "to" and infinitive_follows(matches, position):
            pass  # "we get to see a dog", "able to confirm that a bird flies": the infinitive's "to", no destination
        elif group == "rel" and value in ("on", "off") and reader.current and -1 not in reader.subjects \
                and matches[position - 1].group(0) in VERB_KINDS and (
                    position + 1 == len(matches) or matches[position + 1].lastgroup in ("punct", "window", "time")):
            reader.modify("enter", None) if value == "on" else reader.modify("exit", True)  # "walks on", "walks off"
        elif group == "rel" and value in ("past", "beyond") and reader.current and -1 not in reader.subjects \
                and not any(m.direction or m.end for m in reader.current) and passes_the_viewer(matches, position):
            read_direction(reader, "across")  # "a tram rolls past", "speeds past the camera": across the picture
        elif group == "rel" and value == "by" and reader.current and moves_by(matches, position):
            read_relation(reader, "past")  # "gallops by a barn", "drives by a house": past it
        elif group == "rel":
            read_relation(reader, value)
        elif group == "time" and (late_place_follows(matches, position) or late_side_follows(matches, position)):
            pass  # "by the final moment is sitting on the right": when it is there, not when the move starts
        elif group == "time":
            reader.time_for_next_leg(step_joined_after_time(matches, position))
            reader.modify("time", fraction_of(value))
            # "reaches the lower right halfway through"
            said_by = value.startswith("by ") \
                or any(m.group(0) == "by" for m in matches[max(0, position - 2):position]) \
                or any(m.verb in ARRIVAL_VERBS for m in reader.current)
            if said_by and reader.current and all(m.end is not None for m in reader.current):
                # "to the upper left by the midpoint": there by then, not setting off then
                reader.modify("done_by", True)
        elif group == "finish":
            reader.finish(region_point(match.group("finish_r") or match.group("finish_c") or match.group("finish_s")),
                          step_joined_after_time(matches, position))
        elif group == "start_at" and ((value.split()[0] in COPULA and late_time_follows(matches, position))
                                      or late_time_precedes(matches, position)):
            reader.finish(region_point(match.group("start_r") or match.group("start_c") or match.group("start_s")),
                          step_joined_after_time(matches, position))  # "is on the right by the end"
        elif group == "start_at" and ((position > 0 and matches[position - 1].group(0) == "having")
                                      or value.startswith(("starting", "started", "beginning", "began", "begun"))
                                      or start_told_after(matches, position)) \
                and reader.start_whole_path(
                    region_point(match.group("start_r") or match.group("start_c") or match.group("start_s")),
                    restated=start_told_after(matches, position)):
            # "goes to A, then to B, (having) started in C", "walks right.
            # It started on the left.": where the path began
            pass
        elif group == "start_at":
            if value.split()[0] in COPULA:
                reader.later_place(position + 1 < len(matches) and matches[position + 1].lastgroup == "time")
                # "..., and is at the top right at the end", "starts in A and is in B by the midpoint": where it is next
            reader.modify("from_region",
                          region_point(match.group("start_r") or match.group("start_c") or match.group("start_s")))
        elif group == "vert_from":
            reader.vertical_start(VERTICAL_SIDES[match.group("vert_side")],
                                  position == 0 or matches[position - 1].lastgroup == "punct")
        elif group == "side_rel":
            role = side_role(match.group("side_lead"), match.group("side_prep"))
            if role == "end" and match.group("side_lead") is None and side_is_a_place(reader, matches, position):
                # "at first a duck is floating to the left of a boat", "a cat to the left of a dog": where it is
                role = "start"
            if role == "start" and until_it(matches, position):
                role = "end"  # "rolls until it is to the right of the car": where the roll takes it
            if role == "start" and match.group("side_prep") != "from " and (
                    reader.late_time_said() or (late_time_after_phrase(matches, position) and reader.moved_before())):
                # "...; by the end it is to the left of the dog", "... it is
                # left of the dog at the end": where it ends up
                role = "end"
            if role == "start" and (reader.sequence_pending or (not reader.current and reader.side_said_before())):
                # "...; finally it is to the right of it", "...; by the end it is right of it": where it ends up
                role = "end"
                reader.sequence_pending = False
                reader.resume_sides()
            reader.clear_phrase()
            reader.relation = f"side_{role}:{match.group('side_of')}"
        elif group == "side_its_rel":
            role = side_role(match.group("its_lead"), match.group("its_prep"))
            if role == "end" and match.group("its_lead") is None and side_is_a_place(reader, matches, position):
                role = "start"
            if role == "start" and until_it(matches, position):
                role = "end"  # "flies until it is to the car's left": where the flight takes it
            if role == "start" and match.group("its_prep") != "from " and (
                    reader.late_time_said() or reader.sequence_pending
                    or (late_time_after_phrase(matches, position) and reader.moved_before())):
                # "..., until at the end it is to the ball's left", "...;
                # finally it is on the dog's left": where it ends up
                role = "end"
                reader.sequence_pending = False
            owner = re.search(r"([a-z]+)'s", value)  # "on a small dog's left": the dog
            other = reader.possessor(owner.group(1)) if owner else None
            colours = [word for word in value.split() if word in COLORS]
            if other is not None and colours and all(key != "color" for key, _ in reader.entities[other].attributes):
                reader.entities[other].attributes.append(("color", colours[0]))  # "at a gray ball's left": a gray ball
            if other is not None and reader.subjects == [other] and not reader.current:
                # "a bird passing the dog, from the dog's left ...": the dog is the reference
                reader.side_of_subject(other)
            reader.modify("side",
                          (role, match.group("its_side"), other if other is not None else reader.reference_other()))
        elif group == "hyph_mod":
            head = value.split("-")[0]
            if head in COLORS and ("colo" in value or value.endswith(("hued", "tinted", "toned"))):
                _colour_compound(reader, head, matches, position)
            else:
                reader.attrs.append(("detail", value))
        elif group == "empty_frame":
            empty_frame_said(reader, matches, position)
        elif group == "opens_on":
            reader.clear_phrase()
            reader.joining = False
            reader.presented = reader.presented or not reader.entities  # what it opens on is shown, not arriving
        elif group == "in_view":  # "lands in view during the second half": it is seen from then on
            reader.verb(value, "visible")
        elif group == "hyphenated" and all(part in NUMBER_WORDS for part in value.split("-")):
            # "twenty-five"
            read_word(reader, str(sum(NUMBER_WORDS[part] for part in value.split("-"))), matches, position)
        elif group == "hyphenated":
            head, tail = value.split("-", 1)[0], value.rsplit("-", 1)[1]
            if tail in COLORS:
                reader.attrs.append(("color", tail))  # "bright-red": the colour is red
            elif head in COLORS and tail in INTENSITY_WORDS:
                _colour_compound(reader, head, matches, position)  # "purple-bright": the colour, then how strong it is
            elif tail == "ish" and head in COLORS:
                reader.attrs.append(("color", head))  # "yellow-ish": near yellow, said as "yellowish" is
            elif looks_like_modifier(tail) or is_describing(tail) or tail in DETAIL_WORDS or (
                    noun_class(tail) is None and next_is_known_noun(matches, position)):  # "well-fed foxes"
                reader.attrs.append(("detail", value))  # "photo-realistic": a describing word
            else:
                read_word(reader, tail, matches, position)  # "x-ray machine": read its last part
        elif group == "bare_corner":  # "then goes bottom-right": a corner named without a preposition
            listed = position == 0 or matches[position - 1].lastgroup == "punct"
            if listed and position + 1 < len(matches) and (
                    matches[position + 1].lastgroup == "time" or said_middle(matches[position + 1])):
                reader.later_place()  # "bottom-right at the start, top-right in the middle": a place at a time
                reader.modify("at_region", region_point(value.replace("corner", "")))
            elif (position + 1 < len(matches) and matches[position + 1].lastgroup == "to_region" and reader.current
                  and not any(m.start for m in reader.current)
                  and VERB_KINDS.get(matches[position - 1].group(0)) not in (None, "disappear")):
                # "going lower-left to ...": where it starts
                reader.modify("from_region", region_point(value.replace("corner", "")))
            else:
                if listed or (position > 1 and matches[position - 1].group(0) in DEFINITE
                              and matches[position - 2].lastgroup == "punct"):
                    reader.resume_path()  # "travels: bottom-right; upper right; top left": each listed corner is a leg
                reader.modify("to_region", region_point(value.replace("corner", "")))
        elif group == "window" and match.group("early") == "early on" and position + 1 < len(matches) \
                and matches[position + 1].lastgroup in ("at_region", "bare_corner"):
            reader.modify("time", 0.0)  # "a duck early on at the bottom right, midway at ...": a place at a time
        elif group == "window":
            first = first_half_said(match)
            if position > 0 and matches[position - 1].group(0) == "not":
                first = not first  # "seen early on but not in the second half": only in the first
            if position > 0 and matches[position - 1].group(0) in ("until", "till") and match.group("late"):
                first = True  # "(not) seen until later in the video": the said state holds in the first part
            elif match.group("until") is not None and _denied_arrival(reader, matches, position):
                first = False  # "a cat and a dog do not appear until the midpoint": they arrive then
            reader.window_at = position
            # "sits, then in the second half runs right": the next verb's
            if reader.sequence_pending and reader.current:
                reader.pending.append(("window", "first" if first else "second"))
            else:
                reader.modify("window", window_said(first, match, reader.current))
        elif group == "sequence":
            reader.sequence_pending = True
        elif group == "move_idiom":  # "makes its way past", "changes its position"
            reader.verb(value, "move")
        elif group == "appear_phrase":
            reader.verb(value, "appear")
        elif group == "disappear_phrase":
            reader.verb(value, "disappear")
        elif group == "visible_phrase" and position + 1 < len(matches) and matches[position + 1].lastgroup == "topdown":
            pass  # "the clip is seen from straight above": how the clip is filmed, not a thing in view
        elif group == "visible_phrase":
            reader.verb(value, "visible")
    reader.end_clause(hard=True)
    # "the camera stays fixed / holds still": a camera at rest is the default, not a move toward anything
    reader.camera = [m for m in reader.camera
                     if m.kind not in ("rest", "visible") or m.particle or m.direction or m.relation]
    reader.drop_unnamed()
    reader.merge_late_absences()
    reader.drop_unconfirmed(matches)
    reader.merge_restated(matches)
    drop_closing_tally(reader, matches)  # "A bird flies left. Another bird flies right. Two birds.": the two told
    unknown_places(reader)
    supports_as_places(reader, prompt)
    reader.attach_orphan_verbs()
    reader.keep_places_off_paths()
    unplaced_set_downs(reader.entities)
    if reader.presented:
        shown_not_arriving(reader.entities)
    crossings(reader.entities, bare_side_ends=not going_timed(text.lower()))
    walk_in_entrances(reader.entities)
    if reader.empty_start and reader.entities and not any(
            m.kind in ("appear", "disappear") or m.enters_from or m.exits for m in reader.entities[0].motions):
        reader.entities[0].motions.insert(0, Motion(kind="appear", verb="empty at first", window="second"))
    apply_empty_frames(reader)
    apply_frame_spans(framed, frame_spans, reader.entities, num_keyframes)
    resolve_timing(reader.entities, Motion)
    apply_visibility_cues(text, reader.entities, reader.camera)
    apply_member_colours(text, reader.entities)
    apply_mixed_colours(text, reader.entities)
    apply_descriptions(reader.entities, said_later, reader.notes)
    paired = find_companions(text, reader.entities)
    reader.unknown = [w for w in reader.unknown if w not in paired]
    circles_as_arcs(reader.entities)
    merge_elaborations(reader.entities)
    named = len(reader.entities)
    if drop_non_participants(reader, text, prompt):
        apply_visibility_cues(text, reader.entities, reader.camera)  # one object may be left, whose cues now apply
    elif len(reader.entities) < named:  # "My flank lost its cat: in the frame for the first half, gone in the second"
        apply_visibility_cues(text, reader.entities, reader.camera, contradicted_only=True)
    travel_by_default(text, reader.entities, reader.camera, reader.notes)
    foreign = sum(1 for m in matches if m.lastgroup == "word" and m.group(0) in FOREIGN_FUNCTION_WORDS)
    if foreign >= 2 or (foreign and not reader.entities):
        reader.notes.append(
            "the prompt does not look like English: the physics planner reads English only, so this layout "
            "is a guess; write the prompt in English or use an LLM planner"
        )
    if reader.truncated and not from_clip and (clip_start := clip_told_from(prompt)):  # the speaker's world came first
        reading = read_prompt(prompt[clip_start:], num_keyframes, from_clip=True)
        reading.notes.append(
            f"the prompt names more than {MAX_ENTITIES} kinds of object; read only what its clip shows")
        return reading
    if reader.truncated:
        reader.notes.append(f"the prompt names more than {MAX_ENTITIES} kinds of object; kept the first {MAX_ENTITIES}")
    # past the limit, the object may be in what was not read
    if not reader.entities and len(prompt) <= MAX_PROMPT_CHARS:
        _fallback_entity(reader, text)
    _counts_capped(reader.entities, reader.notes)
    if reader.unknown:
        shown = ", ".join(f"'{w}'" for w in dict.fromkeys(reader.unknown))
        reader.notes.append(f"did not understand {shown}; ignored")
    background, assumed = _background(reader)
    return SceneReading(
        entities=reader.entities,
        camera=reader.camera,
        top_down=reader.top_down,
        background=background,
        background_assumed=assumed,
        depth_hint=reader.depth_hint,
        notes=reader.notes,
    )


def _subject_follows(matches, position: int) -> bool:
    """Whether a new noun phrase starts right after ``position`` ("where a cat sits", "where two dogs nap")."""
    following = matches[position + 1].group(0) if position + 1 < len(matches) else ""
    return starts_noun_phrase(following) or following[:1].isdigit() or next_is_known_noun(matches, position)


def _denied_arrival(reader: ClauseReader, matches, position: int) -> bool:
    """Whether the clause's verb is an arrival said with "not" or "never" before it ("do not appear until ...")."""
    if not reader.current or any(m.kind != "appear" or NEGATED_WORDS & set(m.verb.split()) for m in reader.current):
        return False
    for back in range(position - 1, max(position - 8, -1), -1):
        word = matches[back].group(0)
        if word in ("not", "never", "n't"):
            return True
        if matches[back].lastgroup == "punct":
            return False
    return False


def _counts_capped(entities: list[Entity], notes: list[str]) -> None:
    """The largest groups made smaller, one member at a time, until the scene holds no more objects than a layout may
    (``limits.max_objects``): eight kinds of a dozen each plan a fuller scene, never an invalid layout."""
    total = sum(entity.count for entity in entities)
    if total <= LayoutLimits.max_objects:
        return
    while total > LayoutLimits.max_objects and (biggest := max(entities, key=lambda entity: entity.count)).count > 1:
        biggest.count -= 1
        total -= 1
    notes.append(f"the prompt counts more objects than the {LayoutLimits.max_objects} a layout holds "
                 f"(limits.max_objects); made the largest groups smaller to fit")


def prompt_too_long(prompt: str) -> str:
    """What the planner says of a prompt over the limit, naming the limit."""
    return f"the prompt is {len(prompt):,} characters; the limit is {MAX_PROMPT_CHARS:,} (limits.max_prompt_chars)"


def _fallback_entity(reader: ClauseReader, text: str) -> None:
    """No object word found: use the first word that may name a thing as the one object and say so."""
    word = fallback_object_word(text)
    if word is None:
        return
    name = singular(word)
    reader.entities.append(Entity(noun=name, cls=GENERIC_CLASS, count=1, known=False))
    reader.unknown = [w for w in reader.unknown if w != word]
    reader.notes.append(f"found no object word; used '{name}' as the one object, drawn as a generic 0.5 m object")


def _background(reader: ClauseReader) -> tuple[str, bool]:
    if reader.scenes:
        return reader.scenes[0], False
    for entity in reader.entities:
        if entity.cls.scene:
            reader.notes.append(f"no scene word; background '{entity.cls.scene}' suggested by the {entity.noun}")
            return entity.cls.scene, True
    reader.notes.append(f"no scene word; assumed background '{DEFAULT_BACKGROUND}'")
    return DEFAULT_BACKGROUND, True
