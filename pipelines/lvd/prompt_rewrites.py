"""The prompt's surface put into the plain words the token pass reads, before it starts: the table of its rewrites.

Every rewrite runs from one table, ``READING_PASSES``, in its order, each only when its cheap gate finds what it needs;
the table says where order matters. Most passes live in a module of their own: each voice (letters, quizzes,
transcripts, broadcasts, verse, ...), the way people talk (``spoken_forms``: contractions, fillers, an absence said
again), moves said in other words (``move_phrasings``: "crosses the shot", "drives away", "holds still"), a subject
after its auxiliary (``statement_order``), where, when and with what said in other words (``place_and_time_rewrites``:
numbered route labels, picture-quality tags, "the far left", "along with", "three times", ", after which", "always
there", "without any dog"); accents and arrows are rewritten in the table itself. The table opens with
``typed_voice_passes.TYPED_VOICE_PASSES``, the voices that need the prompt as typed (its case, line breaks and
labels), spliced in before its "lower case" row.
"""

from __future__ import annotations

import unicodedata

from . import talk_pages_dates_and_grievances as talk
from .addresses_and_closings import addresses_and_closings_dropped, looks_like_address_or_closing
from .broadcast_and_log_voices import broadcast_in_plain_words, log_in_plain_words, looks_like_broadcast, looks_like_log
from .broken_off_speech import broken_off_speech_joined
from .bulletin_tour_and_recipe_voices import bulletin_tour_and_recipe_in_plain_words, looks_like_bulletin_tour_or_recipe
from .call_and_response import calls_and_responses_told, might_answer_a_call
from .caption_voice import (
    caption_in_plain_words,
    handles_dropped,
    idioms_in_plain_words,
    looks_idiomatic,
    looks_like_caption,
    might_bid_the_viewer,
    viewers_calls_dropped,
    viewers_takings_dropped,
)
from .chat_shorthand import looks_like_chat, plain_chat
from .checklist_entries import checklist_entries_in_plain_words, looks_like_checklist
from .clip_headings import looks_like_record, record_headings_in_plain_words
from .clip_phrases import clip_phrases_in_words
from .cockpit_and_programme_voices import cockpit_and_programme_in_plain_words, looks_like_cockpit_or_programme
from .code_switching import code_switching_in_english, looks_code_switched
from .commentary_voice import commentary_in_plain_words, looks_like_commentary
from .contrasts import contrast_markers_dropped, contrasts_in_plain_words, looks_like_contrast, measurements_dropped
from .denied_sightings import LOSS_WORD_RE, absences_until_a_later_half, denied_sightings_said_once
from .elided_predicates import elided_predicates_said, might_elide
from .empty_subjects import empty_subject_clauses_dropped, might_have_empty_subject
from .exhibit_podcast_and_worksheet_voices import (
    exhibit_podcast_and_worksheet_in_plain_words,
    looks_like_exhibit_podcast_or_worksheet,
)
from .filming_words import cookware_pans_named, drop_film_craft, looks_like_film_craft
from .formal_register import drop_stipulations, formal_in_plain_words, looks_formal
from .framing_sentences import (
    LOOKING_DOWN_SPELLINGS,
    camera_carriers_seen_from,
    framing_sentences_dropped,
    looks_framed,
)
from .fronted_clauses import fronted_after_said_first, fronted_before_said_after
from .gloss_card_and_envoy_voices import gloss_card_and_envoy_in_plain_words, looks_like_gloss_card_or_envoy
from .horoscope_adventure_and_assistant_voices import (
    horoscope_adventure_and_assistant_in_plain_words,
    looks_like_horoscope_adventure_or_assistant,
)
from .instruction_voice import instructions_in_plain_words, looks_like_instructions
from .learner_phrasing import plain_learner_phrasing
from .lesson_dream_and_postcard_voices import (
    dream_in_plain_words,
    lesson_in_plain_words,
    looks_like_dream,
    looks_like_lesson,
    looks_like_postcard,
    postcard_in_plain_words,
)
from .listeners_biddings import (
    closing_lesson_dropped,
    greetings_bid_dropped,
    might_bid_a_greeting,
    might_close_on_a_lesson,
)
from .listing_cue_and_statement_voices import (
    listing_cue_and_statement_in_plain_words,
    looks_like_listing_cue_or_statement,
)
from .move_phrasings import (
    GOES_ON_RE,
    MOVE_AS_NOUN_RE,
    acts_named_again_dropped,
    comings_into_the_clip_into_view,
    crossings_as_moves,
    easing_down_dropped,
    ends_resting_as_where_it_is,
    exits_by_a_side_as_moves,
    going_away_as_setting_off,
    going_on_as_moving,
    grips_as_holding,
    holding_still_as_staying,
    letting_go_as_release,
    manner_after_a_path_dropped,
    moves_as_nouns_said_as_verbs,
    non_stop_dropped,
    on_the_wing_dropped,
    parking_as_last_stop,
    slips_as_moves,
)
from .narrated_voices import narrated_in_plain_words, occasions_dropped
from .nominal_voice import looks_nominal, nominals_in_plain_words
from .object_parts import BARE_PART_FRAGMENT_RE, bare_parts_dropped, parts_as_things, toy_tops_named
from .one_and_the_other import might_tell_one_and_the_other, one_and_the_other_as_members
from .panel_case_and_support_voices import (
    looks_like_support_chat,
    panel_and_case_notes_in_plain_words,
    support_chat_in_plain_words,
)
from .patois_voice import looks_like_patois, patois_in_plain_words
from .pattern_chess_and_notice_voices import looks_like_pattern_chess_or_notice, pattern_chess_and_notice_in_plain_words
from .pidgin_voice import looks_like_pidgin, pidgin_in_plain_words
from .place_and_time_rewrites import (
    AFTER_WHICH_RE,
    ALONG_WITH_RE,
    ALWAYS_THERE_RE,
    CLOSING_THROUGHOUT_RE,
    EXTREME_SIDE_RE,
    FOR_LATER_RE,
    FROM_OFF_SCREEN_RE,
    LAST_STEP_RE,
    OVER_ON_SIDE_RE,
    PRESENCE_ASIDE_RE,
    RESOLUTION_RE,
    ROUTE_LABEL_RE,
    SPLIT_CORNER_RE,
    STAYS_EMPTY_RE,
    STILL_REFERENCE_RE,
    TIMES_RE,
    WITHOUT_RE,
    presence_aside_said_after,
    there_the_whole_time,
    without_as_absence,
)
from .presence_rewrites import PERFECT_ARRIVAL_RE, empty_until_arrival, perfect_arrivals_as_presence, returns_as_reappearing
from .protocol_voice import STATE_HEADING_RE, looks_like_protocol, protocol_in_plain_words, state_headings_said
from .puzzle_lyric_and_coach_voices import looks_like_puzzle_lyric_or_coach, puzzle_lyric_and_coach_in_plain_words
from .questions_in_prose import end_asked_answered, topics_asked_answered
from .quoted_dialogue import dialogue_in_labelled_turns, looks_like_quoted_dialogue
from .rejected_clips import might_reject_clips, rejected_clips_dropped
from .report_voice import looks_like_report, report_in_plain_words
from .reported_clauses import might_report, reported_clauses_told
from .restated_counts import count_said_twice, drop_restated_counts, restated_counts_once
from .restated_moves import might_restate_a_move, restated_moves_dropped
from .restated_titles import might_restate_fragment, restated_fragments_dropped
from .review_verdicts import looks_like_verdict, verdicts_dropped
from .rewrite_draft import Draft, RewritePass, always, lower_cased, noticed_as_verse, words_noted
from .rewrite_text import ARROW_CHARS, ARROW_RE
from .route_phrasings import looks_like_route, routes_in_plain_words
from .satnav_projection_and_dispatch_voices import (
    looks_like_satnav_projection_or_dispatch,
    satnav_projection_and_dispatch_in_plain_words,
)
from .scene_asides import scene_asides_dropped
from .scene_commands import commands_in_plain_words, looks_like_commands
from .scenery import drop_setting_words, drop_viewer_place
from .screening_voices import looks_like_screening, screening_in_plain_words
from .screenplay_voice import looks_like_screenplay, screenplay_in_plain_words
from .self_corrections import corrections_undone, false_starts_dropped, places_taken_back, timed_pauses_joined
from .serial_race_and_pitch_voices import looks_like_serial_race_or_pitch, serial_race_and_pitch_in_plain_words
from .shot_notes import plain_shot_notes
from .showcase_voices import looks_like_showcase, showcase_in_plain_words
from .side_mentions import intensifying_right_dropped, sides_told_apart
from .similes import looks_like_set_comparison, looks_like_simile, manner_similes_dropped, similes_dropped
from .spelling_repair import repaired_spelling
from .spoken_forms import (
    absence_said_again_dropped,
    contractions_expanded,
    fillers_dropped,
    hedges_dropped,
    might_have_filler,
    noun_is_said,
    old_words_in_plain_words,
    opening_it_is_presenting,
    return_denied_after_absence_dropped,
)
from .spoken_spellings import accent_in_plain_words, looks_accented
from .statement_order import (
    inverted_auxiliaries_in_statement_order,
    inverted_clauses_in_statement_order,
    might_invert,
    question_modals_in_statement_order,
)
from .story_voices import story_voices_in_plain_words
from .storyteller_voice import might_be_storyteller, storyteller_in_plain_words
from .tarot_log_and_conductor_voices import looks_like_tarot_log_or_conductor, tarot_log_and_conductor_in_plain_words
from .telegram_field_note_and_i_spy_voices import telegram_field_note_and_i_spy_in_plain_words
from .ticket_learner_and_abstract_voices import (
    expected_moves_said,
    looks_like_ticket_learner_or_abstract,
    ticket_learner_and_abstract_in_plain_words,
)
from .trailer_rhyme_and_radio_voices import looks_like_trailer_rhyme_or_radio, trailer_rhyme_and_radio_in_plain_words
from .typed_voice_passes import TYPED_VOICE_PASSES
from .verse_voice import looks_like_verse, path_lines_joined, verse_in_plain_words, verse_lines_marked
from .vocabulary import NOBODY_WORDINGS


def _verse_lines_marked(draft: Draft) -> str:
    draft.verse = True
    return verse_lines_marked(draft.text)


# The passes in the order they run. Most rewrite one voice or one phrase and ignore the rest, so their order does not
# matter; where it does, the comment says which neighbour must come first and why.
READING_PASSES: tuple[RewritePass, ...] = (
    # the voices that read the prompt as typed (its case, line breaks and labels), before the lower case
    *TYPED_VOICE_PASSES,
    RewritePass("lower case", always, lower_cased),
    # while its lines are still lines, before any voice joins them: "dog: walked from ...", "cat | tally: two |"
    RewritePass("checklist entries", lambda d: looks_like_checklist(d.text), lambda d: checklist_entries_in_plain_words(d.text)),
    # "my dissatisfaction with", "for the whole of my stay"; before the whole-clip spans, as is "from a\nto its close"
    RewritePass("grievances", lambda d: talk.might_hold_grievance(d.text), lambda d: talk.grievances_in_plain_words(d.text)),
    RewritePass("path lines", lambda d: "from " in d.text and "\n" in d.text, lambda d: path_lines_joined(d.text)),
    # before the contractions and the closings: "'tis a short tale.", "divil a dog was in it", "a brown bird it was"
    RewritePass("storyteller", lambda d: might_be_storyteller(d.text), lambda d: storyteller_in_plain_words(d.text)),
    # before the voices that read an ellipsis or a line as a sentence's end (the lyric sheet's, the trailer's): "a
    # bird... the right side of the frame... flies to... to the left side..." goes on from fragment to fragment
    RewritePass("broken-off speech", lambda d: "..." in d.text or "\u2026" in d.text,
                lambda d: broken_off_speech_joined(d.text)),
    # before the routes: "A to ze B, zen ze C" keeps its steps
    RewritePass("accent", lambda d: looks_accented(d.text), lambda d: accent_in_plain_words(d.text)),
    # with it, for the same reason: "from di lower left corner to di upper left corner, den di upper right corner"
    RewritePass("patois", lambda d: looks_like_patois(d.text, d.typed),
                lambda d: patois_in_plain_words(d.text, d.typed)),
    # with them, before the code switching reads its "e" as an "and": "e waka go the lower left corner, then e reach ..."
    RewritePass("pidgin", lambda d: looks_like_pidgin(d.text), lambda d: pidgin_in_plain_words(d.text)),
    # before the voices that read a half's label their own way: "absent in the first half: any cat." is no cat then
    RewritePass("state headings", lambda d: ": " in d.text and STATE_HEADING_RE.search(d.text) is not None,
                lambda d: state_headings_said(d.text)),
    # right after it, before any voice reads a quote or a question: 'Host: "Two cats!" Guest: "Anything else?"'
    RewritePass("quoted dialogue", lambda d: looks_like_quoted_dialogue(d.text),
                lambda d: dialogue_in_labelled_turns(d.text)),
    # soon after the lower case, so every voice reads the old "unto" as the "to" it is: "from the start unto its
    # close", and a clause numbered as a verse from its first word: "3:7 behold, two cars"
    RewritePass("old words", lambda d: "unto" in d.text or "to pass" in d.text or ":" in d.text,
                lambda d: old_words_in_plain_words(d.text)),
    # before the voices and the instructions read a clause's start: "and i reckon nothing else showed up" is a fence
    RewritePass("hedge", lambda d: "i " in d.text or "we " in d.text, lambda d: hedges_dropped(d.text)),
    RewritePass("gloss, card or envoy", lambda d: looks_like_gloss_card_or_envoy(d.text),
                lambda d: gloss_card_and_envoy_in_plain_words(d.text)),  # "Lit. '...'"
    # "... where does it end? on the left"
    RewritePass("end asked", lambda d: "where " in d.text and "?" in d.text, lambda d: end_asked_answered(d.text)),
    RewritePass("topic asked", lambda d: "quiz" not in d.ran and "? " in d.text,
                lambda d: topics_asked_answered(d.text)),  # "the car? drives left." (a quiz says its own pairs)
    RewritePass("cookware pan", lambda d: "pan" in d.text, lambda d: cookware_pans_named(d.text)),  # "the pan is hot"
    RewritePass("toy top", lambda d: " top " in d.text, lambda d: toy_tops_named(d.text)),  # "a top spun"
    # before the fillers read "like," and the contractions undo "didn't like": "moved like it had a score to settle"
    RewritePass("manner similes", lambda d: "like " in d.text, lambda d: manner_similes_dropped(d.text)),
    # "who's there? two cats. two cats who? two cats stay ...": the joke's fragments are the last sentence's things
    RewritePass("restated fragment", lambda d: might_restate_fragment(d.text), lambda d: restated_fragments_dropped(d.text)),
    # early after the lower case, so no voice reads a review's "Five stars." as five things: "Four stars from me."
    RewritePass("review verdict", lambda d: looks_like_verdict(d.text), lambda d: verdicts_dropped(d.text)),
    # "report any clip where"
    RewritePass("rejected clips", lambda d: might_reject_clips(d.text), lambda d: rejected_clips_dropped(d.text)),
    # before the routes, which read what is left: "starts top... no, bottom-left", "expected the cat to ..., got a route: A, B"
    RewritePass("places taken back", lambda d: " no" in d.text, lambda d: places_taken_back(d.text)),
    RewritePass("expected route", lambda d: "expected" in d.text and "got" in d.text, lambda d: expected_moves_said(d.text)),
    # before the voices that read the lower-cased prompt, so they find a route's corners by one name and its stops in order
    RewritePass("reported clause", lambda d: might_report(d.text),
                lambda d: reported_clauses_told(d.text)),  # "the guide says that"
    RewritePass("routes", lambda d: looks_like_route(d.text), lambda d: routes_in_plain_words(d.text)),  # "from A to C via B"
    # after the transcript, whose turns it reads as sentences: "Your attention, please.", "Copy.", "How many balls?"
    RewritePass("address or closing", lambda d: looks_like_address_or_closing(d.text),
                lambda d: addresses_and_closings_dropped(d.text)),
    # "Wave to the bird, kids!"
    RewritePass("greeting bid", lambda d: might_bid_a_greeting(d.text), lambda d: greetings_bid_dropped(d.text)),
    # before the asides, as a bid to the listener: "...: treasure what you have while you have it."
    RewritePass("closing lesson", lambda d: might_close_on_a_lesson(d.text), lambda d: closing_lesson_dropped(d.text)),
    # after the addresses, so a closing formula is gone before the last sentence is read: "Luck follows the brave.",
    # and an opening tease before the first: "did the cat do it? a cat runs ..."
    RewritePass("opening tease or parting word", always, lambda d: scene_asides_dropped(d.text)),
    # before the cockpit's bare places and the route labels: "your present, halfway through: the upper right corner", "next stop"
    RewritePass("keeper's log, tarot or conductor", lambda d: looks_like_tarot_log_or_conductor(d.text),
                lambda d: tarot_log_and_conductor_in_plain_words(d.text)),  # "Keeper's log.", "your past holds", "calling at"
    RewritePass("sat-nav, cues or dispatch", lambda d: looks_like_satnav_projection_or_dispatch(d.text),
                # "Continue to ...", "Open on ...", "final cue, ..."
                lambda d: satnav_projection_and_dispatch_in_plain_words(d.text)),
    # before the other voices: the trailer's half labels and the show notes' headings would read "the interval" as a thing
    RewritePass("cockpit or programme", lambda d: looks_like_cockpit_or_programme(d.text),
                lambda d: cockpit_and_programme_in_plain_words(d.text)),  # "Curtain up on a cat", "Visual on a car. Over."
    # before the route labels: "the drone's looking down on a bird: lower left corner, ..." opens the bird's clause
    RewritePass("camera carrier looking down", lambda d: any(down in d.text for down in LOOKING_DOWN_SPELLINGS),
                lambda d: camera_carriers_seen_from(d.text)),
    # before the worksheet, which counts a question's things by the answer these clues leave it; before the verse lines, which
    # read " / " as verse
    RewritePass("clues, lyric sheet or coach", lambda d: looks_like_puzzle_lyric_or_coach(d.text),
                lambda d: puzzle_lyric_and_coach_in_plain_words(d.text)),  # "Answer: CAR PASSES BALL.", "[Chorus]", "Break!"
    RewritePass("serial, race call or pitch", lambda d: looks_like_serial_race_or_pitch(d.text),
                lambda d: serial_race_and_pitch_in_plain_words(d.text)),  # "And they're off!", "Here's the ask:"
    # after the review verdict, before the voices that read a question, "the footage" or "appear" their own way
    RewritePass("exhibit, show notes or worksheet", lambda d: looks_like_exhibit_podcast_or_worksheet(d.text),
                lambda d: exhibit_podcast_and_worksheet_in_plain_words(d.text)),  # "Let the record show ...", "Tick the box!"
    # before the horoscope's whole-clip spans, which then read "holds the screen from the first frame to the last" as a span
    RewritePass("trailer, rhyme or radio", lambda d: looks_like_trailer_rhyme_or_radio(d.text),
                # "In a world where ...", "no cat, no cat", "roger: ..."
                lambda d: trailer_rhyme_and_radio_in_plain_words(d.text)),
    # after the clues and the worksheet, whose "Answer:" follows a question; before the assistant's reader, which reads only a
    # confirming turn that restates the request (this reader leaves such a chat to it)
    RewritePass("support chat", lambda d: ":" in d.text and looks_like_support_chat(d.text),
                lambda d: support_chat_in_plain_words(d.text)),  # "Agent: Anything else? Customer: No, just two cats."
    # right after the lower case, before the voices that read a labelled turn or "you see" their own way
    RewritePass("horoscope, text adventure or assistant", lambda d: looks_like_horoscope_adventure_or_assistant(d.text),
                # "Aries: ...", "> WAIT", "Assistant: Sure! ..."
                lambda d: horoscope_adventure_and_assistant_in_plain_words(d.text)),
    # "CARS STOP REGARDS" (told by its capitals, so right after the lower case), "observed from the hide:", "I spy, ..."
    RewritePass("telegram, field notes or I spy", always,
                lambda d: telegram_field_note_and_i_spy_in_plain_words(d.typed, d.text)),
    # "Traffic desk here, ..."
    RewritePass("broadcast", lambda d: looks_like_broadcast(d.text), lambda d: broadcast_in_plain_words(d.text)),
    # "Obs. 1 (start): cat at R (right)"
    RewritePass("observation log", lambda d: looks_like_log(d.text), lambda d: log_in_plain_words(d.text)),
    # "Pupils, your exercise: animate a dog"
    RewritePass("lesson", lambda d: looks_like_lesson(d.text), lambda d: lesson_in_plain_words(d.text)),
    # "Last night I dreamt of a cat"
    RewritePass("dream journal", lambda d: looks_like_dream(d.text), lambda d: dream_in_plain_words(d.text)),
    # "Greetings from our trip!"
    RewritePass("postcard", lambda d: looks_like_postcard(d.text), lambda d: postcard_in_plain_words(d.text)),
    # before anything joins lines: a verse line's end is read from its "/" or line break
    RewritePass("verse lines", lambda d: ("/" in d.text or "\n" in d.text) and looks_like_verse(d.text), _verse_lines_marked),
    # "@mia_k": a person tagged, never a thing
    RewritePass("handles", lambda d: "@" in d.text, lambda d: handles_dropped(d.text)),
    RewritePass("accents", lambda d: not d.text.isascii(),  # "café": the letters without their accents, one word as written
                lambda d: "".join(c for c in unicodedata.normalize("NFKD", d.text) if not unicodedata.combining(c))),
    # "a ball et a dog"
    RewritePass("code switching", lambda d: looks_code_switched(d.text), lambda d: code_switching_in_english(d.text)),
    # spelling first, so the corrections below find their words ("teh rihgt, no wait, teh left")
    RewritePass("spelling", always, lambda d: repaired_spelling(d.text)),
    RewritePass("false starts", always, lambda d: false_starts_dropped(d.text)),  # "there's a— hang on, ..."
    RewritePass("self-corrections", always, lambda d: corrections_undone(d.text)),  # "two cars, no wait, three": the words meant
    # "not two but three"
    RewritePass("contrasts", lambda d: looks_like_contrast(d.text), lambda d: contrasts_in_plain_words(d.text)),
    # "runs like a cat"
    RewritePass("similes", lambda d: looks_like_simile(d.text) or looks_like_set_comparison(d.text),
                lambda d: similes_dropped(d.text)),
    # "on the other hand,"
    RewritePass("contrast markers", lambda d: " hand" in d.text, lambda d: contrast_markers_dropped(d.text)),
    # "a 10 cm ball", "on 11 june 2026": a size or a date, no count (after the logs, whose dated headings say more)
    RewritePass("measurements", lambda d: any(c in d.text for c in "0123456789"), lambda d: measurements_dropped(d.text)),
    # before the voices, which read "screen" as the picture
    RewritePass("from off screen", lambda d: "from off" in d.text or "from the off" in d.text or "from out of" in d.text,
                lambda d: FROM_OFF_SCREEN_RE.sub("from the ", d.text)),
    RewritePass("bulletin, tour or recipe", lambda d: looks_like_bulletin_tour_or_recipe(d.text),
                # "Ingredients: ... Method: ...", "the outlook for the end"
                lambda d: bulletin_tour_and_recipe_in_plain_words(d.text)),
    RewritePass("ticket, learner or abstract", lambda d: looks_like_ticket_learner_or_abstract(d.text),
                lambda d: ticket_learner_and_abstract_in_plain_words(d.text)),  # "2. Count the cars.", "the stimulus was ..."
    # "keep your eyes on ..."
    RewritePass("showcase", lambda d: looks_like_showcase(d.text), lambda d: showcase_in_plain_words(d.text)),
    # before the instructions, which read "get a pencil and follow" as two steps of a task
    RewritePass("viewer's taking", lambda d: might_bid_the_viewer(d.text),
                lambda d: viewers_takings_dropped(d.text)),  # "grab a crayon and follow the ball"
    # the whole-word gates of the voices below share the words as they stand here, not as each voice leaves them
    RewritePass("words noted", always, words_noted),
    RewritePass("pattern, chess or notice", lambda d: looks_like_pattern_chess_or_notice(d.words, d.text),
                lambda d: pattern_chess_and_notice_in_plain_words(d.text)),  # "Cast on: ...", "Endgame: ...", "FOUND: a clip ..."
    # "it is stipulated that ..."
    RewritePass("formal register", lambda d: looks_formal(d.words), lambda d: formal_in_plain_words(d.text)),
    # only where the formal register did not read the prompt, since it reads its own "it is ... that" frames
    RewritePass("stipulation", lambda d: (" that" in d.text or "by " in d.text) and "formal register" not in d.ran,
                lambda d: drop_stipulations(d.text)),
    # "the flight of a bird is traced"
    RewritePass("nominal voice", lambda d: looks_nominal(d.words), lambda d: nominals_in_plain_words(d.text)),
    RewritePass("instructions", lambda d: looks_like_instructions(d.words, d.text),
                lambda d: instructions_in_plain_words(d.text, d.words)),  # "Step 2: place a ball ...", "Could you show me ...?"
    RewritePass("object parts", lambda d: " of " in d.text or " own " in d.text,
                lambda d: parts_as_things(d.text)),  # "on the bonnet of a red car": on the car
    RewritePass("bare parts", lambda d: BARE_PART_FRAGMENT_RE.search(d.text) is not None,
                lambda d: bare_parts_dropped(d.text)),  # "one lively cat... soft little paws...": the cat's own
    # "here comes a dog, folks!"
    RewritePass("commentary", lambda d: looks_like_commentary(d.text), lambda d: commentary_in_plain_words(d.text)),
    # after the commentary, which takes the crowd's name out of a question: "is the car moving, folks? oh no it isn't!"
    RewritePass("call and response", lambda d: might_answer_a_call(d.text), lambda d: calls_and_responses_told(d.text)),
    # "EXT. PARK - DAY."
    RewritePass("screenplay", lambda d: looks_like_screenplay(d.text), lambda d: screenplay_in_plain_words(d.text)),
    # "Reports confirm ..."
    RewritePass("news report", lambda d: looks_like_report(d.text), lambda d: report_in_plain_words(d.text)),
    # "a quiet study of three cats"
    RewritePass("screening", lambda d: looks_like_screening(d.words), lambda d: screening_in_plain_words(d.text)),
    RewritePass("listing, cue or statement", lambda d: looks_like_listing_cue_or_statement(d.text),
                lambda d: listing_cue_and_statement_in_plain_words(d.text)),  # "from the terrace you can watch"
    # "yesterday I filmed ...", "consider a ball"
    RewritePass("narrated", always, lambda d: narrated_in_plain_words(d.text, d.words)),
    # "cat x2", "a doggy", "ran and ran"
    RewritePass("story voices", always, lambda d: story_voices_in_plain_words(d.text, d.words)),
    # after the corrections and voices, which read an ellipsis their own way ("a red... a blue"): "in the end... it goes"
    RewritePass("timed pauses", lambda d: "..." in d.text or "\u2026" in d.text, lambda d: timed_pauses_joined(d.text)),
    # verse is told before the fences go, since they take their lines' breaks with them
    RewritePass("verse noticed", lambda d: not d.verse and looks_like_verse(d.text), noticed_as_verse),
    # after the voices, which read their own labels ("Subject:", "Obs. 1", "Answer:"), before the restated counts drop
    # "still three at the end": a record's heading names no thing, and its time-ordered headings are the clip's moments
    RewritePass("record headings", lambda d: ' "' in d.text or looks_like_record(d.text),
                lambda d: record_headings_in_plain_words(d.text)),
    RewritePass("restated counts", always, lambda d: drop_restated_counts(d.text)),  # "no fourth, just those three"
    # "then up it spins / to upper right"
    RewritePass("verse as prose", lambda d: d.verse, lambda d: verse_in_plain_words(d.text)),
    # shot notes before learner phrasing: side letters and arrows first ("L → R", "btm rt")
    RewritePass("shot notes", always, lambda d: plain_shot_notes(d.text)),
    RewritePass("learner phrasing", always, lambda d: plain_learner_phrasing(d.text)),  # "in first half of video", "at end"
    # after the shot notes, which say "(2nd half)" and "first half:" as "in the first half"
    RewritePass("panel and case notes", lambda d: "half" in d.text or "not " in d.text or "gone" in d.text or "vanished" in d.text
                or "empty" in d.text or "blank" in d.text or "bare" in d.text or " into " in d.text or " first, " in d.text
                or "around the " in d.text or "about the " in d.text or "no" in d.text or " apart" in d.text,
                lambda d: panel_and_case_notes_in_plain_words(d.text)),  # "PANEL 2: Second half. ...", "Empty frame."
    RewritePass("viewer's place", always, lambda d: drop_viewer_place(d.text)),  # "you are sitting on a bench watching ..."
    RewritePass("words noted again", always, words_noted),
    # "POV: your two cats"
    RewritePass("caption", lambda d: looks_like_caption(d.words, d.text), lambda d: caption_in_plain_words(d.text)),
    # after the caption, which takes "with your finger" from the bidding first
    RewritePass("viewer's call", lambda d: might_bid_the_viewer(d.text),
                lambda d: viewers_calls_dropped(d.text)),  # "follow the car with your finger, kids!"
    # "spawn three cats"
    RewritePass("scene commands", lambda d: looks_like_commands(d.words), lambda d: commands_in_plain_words(d.text)),
    # "a vid w/ 2 dogs walkin pls"
    RewritePass("chat shorthand", lambda d: looks_like_chat(d.words, d.text), lambda d: plain_chat(d.text)),
    # "Trial 6. Specimens:"
    RewritePass("protocol", lambda d: looks_like_protocol(d.words, d.text), lambda d: protocol_in_plain_words(d.text)),
    # "shallow depth of field, 35mm"
    RewritePass("film craft", lambda d: looks_like_film_craft(d.words, d.noted), lambda d: drop_film_craft(d.text)),
    # after the voices, which read their own frames ("Curtain up on", "Open on"): "The mists part on a bird", "Fresh from the
    # oven,"
    RewritePass("framing sentences", lambda d: looks_framed(d.text), lambda d: framing_sentences_dropped(d.text)),
    # phrase-level rewrites: each gated by the letters its pattern needs (most prompts need none of them)
    RewritePass("resolution", lambda d: "hd" in d.text or any(c in d.text for c in "0123456789"),
                lambda d: RESOLUTION_RE.sub(" ", d.text)),
    # "bottom right → top left"
    RewritePass("arrows", lambda d: any(c in d.text for c in ARROW_CHARS), lambda d: ARROW_RE.sub(" to ", d.text)),
    RewritePass("route labels",
                lambda d: "point" in d.text or "stop" in d.text or "leg" in d.text or "stage" in d.text or "step" in d.text,
                lambda d: ROUTE_LABEL_RE.sub(lambda m: m.group("lead") or ", ", d.text)),  # the numbers count places, not objects
    # "right beside it"
    RewritePass("intensifying right", lambda d: "right " in d.text, lambda d: intensifying_right_dropped(d.text)),
    RewritePass("sides told apart", lambda d: "the left" in d.text or "the right" in d.text,
                lambda d: sides_told_apart(d.text)),  # "the left balloon is red and the right balloon is yellow"
    RewritePass("split corner", lambda d: " the left" in d.text or " the right" in d.text,
                lambda d: SPLIT_CORNER_RE.sub(r"\1 \2", d.text)),
    RewritePass("extreme side", lambda d: "far" in d.text or "extreme" in d.text or "very " in d.text,
                lambda d: EXTREME_SIDE_RE.sub("", d.text)),  # "from the far left": the left, as far as a layout can say
    # before the contractions: "a dog's walking" is the dog's "is", which the contractions would leave alone
    RewritePass("noun is", lambda d: "'s " in d.text, lambda d: noun_is_said(d.text)),
    RewritePass("contractions", lambda d: "'" in d.text or "cannot" in d.text,
                lambda d: contractions_expanded(d.text)),  # "it's gone", "isn't", "we're", "cannot"
    # after the contractions: "on the right at the start, on the left at the end", "ball doesn't budge, car goes past it"
    RewritePass("move told again", lambda d: might_restate_a_move(d.text), lambda d: restated_moves_dropped(d.text)),
    RewritePass("one and the other", lambda d: might_tell_one_and_the_other(d.text),
                lambda d: one_and_the_other_as_members(d.text)),  # "two cats nap. one walks left, the other right."
    # after the contractions, which make the "it is" of "so it's a white dog"
    RewritePass("opening it is", lambda d: "it is " in d.text, lambda d: opening_it_is_presenting(d.text)),
    RewritePass("not back", lambda d: "back" in d.text or "return" in d.text or "reappear" in d.text or "no " in d.text,
                lambda d: return_denied_after_absence_dropped(d.text)),
    RewritePass("gone again", lambda d: "no " in d.text and ("gone" in d.text or "left" in d.text
                                                             or "disappeared" in d.text or "vanished" in d.text),
                lambda d: absence_said_again_dropped(d.text)),
    # after "not back", which takes out the returns denied: what is left comes back into view ("leaves ..., comes back")
    RewritePass("comes back", lambda d: "back" in d.text or "return" in d.text or "reappear" in d.text or "again" in d.text,
                lambda d: returns_as_reappearing(d.text)),
    # "out for a walk", "where did it go"
    RewritePass("idioms", lambda d: looks_idiomatic(d.text), lambda d: idioms_in_plain_words(d.text)),
    RewritePass("still reference", lambda d: " which " in d.text or " that " in d.text or " who " in d.text,
                lambda d: STILL_REFERENCE_RE.sub(r", \g<said>,", d.text)),
    # "without stopping" is no "without a ...": the non-stop phrase goes before absent things are read
    RewritePass("non-stop", lambda d: "without " in d.text, lambda d: non_stop_dropped(d.text)),
    RewritePass("without", lambda d: "without " in d.text, lambda d: WITHOUT_RE.sub(without_as_absence, d.text)),
    RewritePass("away", lambda d: " away" in d.text, lambda d: going_away_as_setting_off(d.text)),
    # before the inverted auxiliary, which would read "so does a dog" as a question's word order
    RewritePass("elided predicate", lambda d: might_elide(d.text), lambda d: elided_predicates_said(d.text)),  # "so does a dog"
    # before "not seen": "only then does a dog not appear" is put in statement order first
    RewritePass("inverted auxiliary", lambda d: "do " in d.text or "does " in d.text or "did " in d.text,
                lambda d: inverted_auxiliaries_in_statement_order(d.text)),
    # "could a dog run"
    RewritePass("question modal", lambda d: "?" in d.text, lambda d: question_modals_in_statement_order(d.text)),
    RewritePass("inverted clause", lambda d: might_invert(d.text),
                lambda d: inverted_clauses_in_statement_order(d.text)),  # "beside a car it sits", "walks a dog:"
    # "nobody kicked it"
    RewritePass("empty subject", lambda d: might_have_empty_subject(d.text), lambda d: empty_subject_clauses_dropped(d.text)),
    # before "not seen", which reads a sight denied "until" as a time the thing comes at
    RewritePass("absent until a later half", lambda d: "til" in d.text or "before " in d.text,
                lambda d: absences_until_a_later_half(d.text)),  # "no dog until the second half"
    RewritePass("not seen", lambda d: " not " in d.text or "never " in d.text or LOSS_WORD_RE.search(d.text)
                or "absence of" in d.text or "lack of" in d.text or any(nobody in d.text for nobody in NOBODY_WORDINGS),
                lambda d: denied_sightings_said_once(d.text)),  # "never shows up", "you will not see a ball": absent
    RewritePass("on the wing", lambda d: " wing" in d.text, lambda d: on_the_wing_dropped(d.text)),
    RewritePass("act named again", lambda d: ", a" in d.text or "that is " in d.text or "this is " in d.text
                or "that was " in d.text or "this was " in d.text, lambda d: acts_named_again_dropped(d.text)),
    RewritePass("easing down", lambda d: " down" in d.text, lambda d: easing_down_dropped(d.text)),  # "slowing down": how fast
    RewritePass("along with", lambda d: " with " in d.text, lambda d: ALONG_WITH_RE.sub("and", d.text)),
    # "before it stops, ..."
    RewritePass("fronted before", lambda d: "before " in d.text, lambda d: fronted_before_said_after(d.text)),
    RewritePass("fronted after", lambda d: "after " in d.text or "once " in d.text or "as soon as " in d.text,
                lambda d: fronted_after_said_first(d.text)),  # "once the bus arrives, a dog runs": then the dog
    RewritePass("over on a side", lambda d: "over " in d.text, lambda d: OVER_ON_SIDE_RE.sub("", d.text)),
    RewritePass("into the clip", lambda d: "into " in d.text, lambda d: comings_into_the_clip_into_view(d.text)),
    RewritePass("fillers", lambda d: might_have_filler(d.text), lambda d: fillers_dropped(d.text)),
    # after the fillers: "three kites? like, three kites" is a count said twice once "like," is gone
    RewritePass("count said twice", lambda d: count_said_twice(d.text), lambda d: restated_counts_once(d.text)),
    RewritePass("last step", lambda d: "then " in d.text and "end," in d.text, lambda d: LAST_STEP_RE.sub(
        lambda m: "finally," if "then " in m.string[:m.start()] else m.group(0), d.text)),
    RewritePass("for later", lambda d: "for later" in d.text or "for afterwards" in d.text,
                lambda d: FOR_LATER_RE.sub("", d.text)),  # "and for later, may i suggest the dog": no time in the clip
    RewritePass("times", lambda d: " times" in d.text, lambda d: TIMES_RE.sub("", d.text)),  # "bounces three times": how often
    RewritePass("occasion", lambda d: "this " in d.text or "last " in d.text or "next " in d.text,
                lambda d: occasions_dropped(d.text)),  # "rolled well this game": when it was told
    # after the voices, which read "no cat; let it go" and "let them go" their own way
    RewritePass("let go", lambda d: "let" in d.text and " go" in d.text, lambda d: letting_go_as_release(d.text)),
    # before "holds still", which then reads "grips its spot" as staying put
    RewritePass("grip", lambda d: "grip" in d.text or "clutch" in d.text or "grasp" in d.text or "clasp" in d.text
                or "clench" in d.text, lambda d: grips_as_holding(d.text)),  # "is gripping a rope": holding it
    RewritePass("holds still", lambda d: "hold" in d.text or "held" in d.text, lambda d: holding_still_as_staying(d.text)),
    RewritePass("ends resting",
                lambda d: " the end" in d.text or " the close" in d.text or "finally" in d.text or "at last" in d.text,
                lambda d: ends_resting_as_where_it_is(d.text)),
    RewritePass("stays empty",
                lambda d: ("empty" in d.text or "bare" in d.text or "deserted" in d.text or "vacant" in d.text
                           or "clear" in d.text),
                lambda d: STAYS_EMPTY_RE.sub(lambda m: "is " if m.group(1) else "are ", d.text)),
    RewritePass("presence aside", lambda d: "," in d.text and ("always" in d.text or "throughout" in d.text
                                                                  or "whole time" in d.text or "all along" in d.text),
                lambda d: PRESENCE_ASIDE_RE.sub(presence_aside_said_after, d.text)),  # "a dog, always there, sits"
    RewritePass("always there", lambda d: "always" in d.text or "ever " in d.text or "all along" in d.text,
                lambda d: ALWAYS_THERE_RE.sub(there_the_whole_time, d.text)),  # "a dog: always there"
    RewritePass("throughout", lambda d: "throughout" in d.text, lambda d: CLOSING_THROUGHOUT_RE.sub("the whole time", d.text)),
    RewritePass("after which", lambda d: "after which" in d.text or "whereupon" in d.text or "upon which" in d.text
                or "following which" in d.text or ", after that" in d.text, lambda d: AFTER_WHICH_RE.sub("; then", d.text)),
    RewritePass("parks last", lambda d: "park" in d.text or "land" in d.text, lambda d: parking_as_last_stop(d.text)),
    RewritePass("goes on", lambda d: " on" in d.text and GOES_ON_RE.search(d.text) is not None,
                lambda d: going_on_as_moving(d.text)),
    RewritePass("exit by a side", lambda d: ("leav" in d.text or "exit" in d.text or "depart" in d.text or " out " in d.text
                                             or "across" in d.text and ("disappear" in d.text or "vanish" in d.text))
                and (" left" in d.text or " right" in d.text), lambda d: exits_by_a_side_as_moves(d.text)),
    RewritePass("slips", lambda d: "slip" in d.text, lambda d: slips_as_moves(d.text)),
    # before the crossings: "makes a crossing from ..." is a move from there
    RewritePass("move as a noun", lambda d: "a " in d.text and MOVE_AS_NOUN_RE.search(d.text) is not None,
                lambda d: moves_as_nouns_said_as_verbs(d.text)),  # "making a quick run from the right": running
    RewritePass("crosses", lambda d: "cross" in d.text, lambda d: crossings_as_moves(d.text)),
    RewritePass("manner after a path", lambda d: " along" in d.text, lambda d: manner_after_a_path_dropped(d.text)),
    RewritePass("clip phrases", always, lambda d: clip_phrases_in_words(d.text)),  # "the opening moment": the start
    RewritePass("empty until", lambda d: "til" in d.text or "waited" in d.text or " waiting" in d.text,
                lambda d: empty_until_arrival(d.text)),  # "nothing is there until a cat ...", "we waited for a cat"
    RewritePass("perfect arrival", lambda d: "ha" in d.text and PERFECT_ARRIVAL_RE.search(d.text) is not None,
                lambda d: perfect_arrivals_as_presence(d.text)),  # "four cars have arrived and remain": there all along
    RewritePass("setting words", always, lambda d: drop_setting_words(d.text)),  # "as the light fades": no thing
)


def rewritten_for_reading(prompt: str, passes: tuple[RewritePass, ...] = READING_PASSES) -> str:
    """``prompt`` lower-cased and rewritten by each pass whose gate lets it; one space between words."""
    draft = Draft(prompt)
    for name, gate, rewrite in passes:
        if gate(draft):
            draft.text = rewrite(draft)
            draft.ran.append(name)
    return " ".join(draft.text.split())
