"""The voices that need the prompt as typed, read first: the opening rows of ``prompt_rewrites.READING_PASSES``.

These readers mostly tell their voice by what the lower case and the line joining take away: capitals (an emote, a sign
gloss, a title), line breaks (a diff, a mail thread, markdown notes, a feature file) and labelled lines (a cue sheet, a
court record, a quiz, a transcript). So they run before every other pass, in this order, and ``READING_PASSES`` splices
them in just before its "lower case" row; the comments say where order matters among them.
"""

from __future__ import annotations

from . import talk_pages_dates_and_grievances as talk
from .code_notation import code_in_plain_words, holds_code, holds_query, query_in_plain_words
from .commit_diffs import diff_as_new_text, looks_like_diff
from .court_transcripts import court_transcript_as_quiz, looks_like_court_transcript
from .dictionary_entries import dictionary_entry_in_plain_words, looks_like_dictionary_entry
from .letters_and_labels import label_in_plain_words, letter_in_plain_words, looks_like_label, looks_like_letter
from .listing_cue_and_statement_voices import cue_sheet_in_plain_words, looks_like_cue_sheet
from .mail_thread_and_command_line_voices import looks_like_mail_or_command_line, mail_or_command_line_in_plain_words
from .markdown_notes import (
    feature_file_in_sentences,
    looks_like_feature_file,
    looks_like_markdown,
    looks_like_markup,
    markup_tags_dropped,
    notes_in_sentences,
)
from .press_conference_voice import looks_like_press_conference, press_conference_in_plain_words
from .proof_voice import looks_like_proof, proof_in_plain_words
from .quiz_voice import looks_like_quiz, quiz_in_plain_words
from .restated_titles import might_have_title, restated_titles_dropped
from .rewrite_draft import APOSTROPHES, RewritePass
from .sign_gloss import looks_like_sign_gloss, sign_gloss_in_sentences
from .stream_emotes import emotes_dropped, might_close_on_emote
from .svg_markup import looks_like_svg, svg_in_sentences
from .transcript_voice import looks_like_transcript, transcript_in_plain_words

# The passes in the order they run, each comment with its row.
TYPED_VOICE_PASSES: tuple[RewritePass, ...] = (
    # first, so every voice reads the words a tag wraps as plain words: '<speak>A cat <break time="1s"/> runs.</speak>'
    RewritePass("markup tags", lambda d: looks_like_markup(d.text), lambda d: markup_tags_dropped(d.text)),
    # while capitals still tell an emote from a word, before any voice reads a line's last word: "... the end PogChamp"
    RewritePass("stream emotes", lambda d: might_close_on_emote(d.text), lambda d: emotes_dropped(d.text)),
    RewritePass("talk page", lambda d: talk.looks_like_talk_page(d.text), lambda d: talk.talk_in_plain_words(d.text)),
    # before any voice reads a quote as words said or "Usage:" as a speaker's label: "pass, v. 1. To go by. 'A car ...'"
    RewritePass("dictionary entry", lambda d: looks_like_dictionary_entry(d.text),
                lambda d: dictionary_entry_in_plain_words(d.text)),
    # before the mail thread, whose "Subject:" and "---" a patch shares: "@@ -1 +1 @@\n-TODO\n+two cats": the new text
    RewritePass("commit diff", lambda d: looks_like_diff(d.text), lambda d: diff_as_new_text(d.text)),
    # before the letter, with the line breaks: "On Mon, Ana wrote:", "> " lines, '$ render --scene "a cat" --exclusive'
    RewritePass("mail thread or command line", lambda d: looks_like_mail_or_command_line(d.text),
                lambda d: mail_or_command_line_in_plain_words(d.text)),
    # "Hi Sam, ... Thanks, Priya"
    RewritePass("letter", lambda d: looks_like_letter(d.text), lambda d: letter_in_plain_words(d.text)),
    # "Untitled (Two Balls), 2025."
    RewritePass("catalogue label", lambda d: looks_like_label(d.text), lambda d: label_in_plain_words(d.text)),
    # the letter, label, markdown and cue-sheet readers see the prompt as typed (its case, line breaks and labels), before
    # the quiz and transcript readers turn labelled lines into statements
    # "SELECT a moving car FROM clip WHERE ... -- ...": before the code notation, whose "=" the conditions share
    RewritePass("query", lambda d: holds_query(d.text), lambda d: query_in_plain_words(d.text)),
    # before the markdown reader: a comment after code on its line becomes a "#" line of its own
    RewritePass("code notation", lambda d: holds_code(d.text), lambda d: code_in_plain_words(d.text)),
    # a gloss's capitals, points ("IX-loc-right") and hyphened signs are read before the lower case and the markdown
    # reader's dashed-subtitle gloss; its English has no markdown left: "CAT TWO, SLEEP IX-loc-right"
    RewritePass("sign gloss", lambda d: looks_like_sign_gloss(d.text), lambda d: sign_gloss_in_sentences(d.text)),
    # "Scenario: a cat\n  Given a cat on the left\n  Then it runs right": before the markdown reader, as its steps may be
    # bulleted ("* a cat")
    RewritePass("feature file", lambda d: looks_like_feature_file(d.text), lambda d: feature_file_in_sentences(d.text)),
    # '<svg><rect id="car" fill="red"/><!-- ... --></svg>': its shapes said as sentences, before the markdown reader
    # takes its tags for a page's layout and drops their attributes
    RewritePass("svg markup", lambda d: looks_like_svg(d.text), lambda d: svg_in_sentences(d.text)),
    # "## car\n- enters on the left"
    RewritePass("markdown notes", lambda d: looks_like_markdown(d.text), lambda d: notes_in_sentences(d.text)),
    # after the markdown reader, which joins a proof's lines; before the cue sheet, quiz and transcript readers, which would
    # take "Claim:" and "Proof:" for labels of their own: "Let V be the clip. Claim: V shows a dog. Proof. Trivial. Q.E.D."
    RewritePass("proof", lambda d: looks_like_proof(d.text), lambda d: proof_in_plain_words(d.text)),
    # before the transcript reader: the cue sheet's "SFX:", "VISUAL:" labels are no speakers
    RewritePass("cue sheet", lambda d: looks_like_cue_sheet(d.text), lambda d: cue_sheet_in_plain_words(d.text)),
    # "Q (Tribune): ...? A: Yes. A cat runs ... Next question.": the spokesperson's statements, before the quiz reads
    # its labels as a quiz's short answers
    RewritePass("press conference", lambda d: looks_like_press_conference(d.text),
                lambda d: press_conference_in_plain_words(d.text.translate(APOSTROPHES))),
    # "BY MR. LEE:", "MS. RUIZ: Objection.", "Nothing further.": a court's record around its "Q." and "A." turns
    RewritePass("court transcript", lambda d: looks_like_court_transcript(d.text),
                lambda d: court_transcript_as_quiz(d.text)),
    RewritePass("quiz", lambda d: "?" in d.text and looks_like_quiz(d.text),
                lambda d: quiz_in_plain_words(d.text.translate(APOSTROPHES))),  # "Q: What rolls? A: A ball.": "a ball rolls."
    # after the quiz, and only where it did not read the prompt: a quiz's "Q:"/"A:" are its own labels, not two speakers
    RewritePass("transcript", lambda d: "quiz" not in d.ran and looks_like_transcript(d.text),
                # "ANIMATOR: ...? DIRECTOR: ...": what they agree on
                lambda d: transcript_in_plain_words(d.text.translate(APOSTROPHES))),
    # before the lower case, since a title is told by its capitals: "Two Cars Hold the Frame. In a clip, two cars ..."
    RewritePass("restated title", lambda d: might_have_title(d.text), lambda d: restated_titles_dropped(d.text)),
)
