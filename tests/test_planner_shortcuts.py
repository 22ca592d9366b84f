"""The planner's fast paths give exactly what the general code gives.

Each shortcut (the token pattern's first-character looks, a box already on the canvas, a prompt whose words
are all known, the scene copied for each object's story) skips work only when the skipped work cannot change
the result; these tests compare both ways on the benchmark's prompts and on edge cases.
"""

from __future__ import annotations

import dataclasses
import random
import re
import types

import pytest

from pipelines.core.layout import fit_in_view, fit_overhang, in_view
from pipelines.lvd import filming_words, prompt_tokens, rewrite_draft, self_corrections, spelling_repair, visibility_cues
from pipelines.lvd import scene as scene_module
from pipelines.lvd.prompt_reading import read_prompt
from pipelines.lvd.scene import Scene, World
from tests.helpers import lvd_benchmark as bench

_UNGUARDED_TOKEN_RE = re.compile("|".join(prompt_tokens.TOKEN_ALTERNATIVES))
_EDGE_TEXTS = (
    "a ball rolls from the top-left to the bottom right, then up.",
    "two cats? like, three cats: 3.5 m apart; 12 dogs & a bird's nest",
    "a red-and-white bus drives left \u2192 right, 1080p, bird's-eye view",
    "\u0663 dogs run (left!) \u2014 the clip's end, t=2s; 50% of the way across",
    "  ,, ;; a  fire truck   and a hot-air balloon rise skywards  ",
    "",
    "\u00e9\u00e8 caf\u00e9 na\u00efve \u2018quoted\u2019 `tick` -- >> =>",
)


def _tokens(matches) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", [*_EDGE_TEXTS, *(c.prompt for c in bench.lvd_prompts()[::7])])
def test_tokens_are_those_of_the_unguarded_pattern(text):
    for variant in (text, text.lower()):
        assert _tokens(prompt_tokens.tokenize(variant)) == _tokens(_UNGUARDED_TOKEN_RE.finditer(variant))


def test_alternatives_passed_over_spell_their_needed_words_in_every_match():
    """A prompt without "left" or "right", a hyphen, "empty" or "open" skips the alternatives that need one."""
    texts = ("a cat sits to the left of a dog, then runs to its right side and the dog's left",
             "the frame is empty at first; the screen stays blank, a red-lit, cat-like toy on a see-saw",
             "the clip opens on a dog")
    seen = set()
    for words, names in prompt_tokens._NEEDED_WORDS:
        for match in (m for text in texts for m in prompt_tokens.TOKEN_RE.finditer(text) if m.lastgroup in names):
            assert any(word in match.group(0) for word in words), match.group(0)
            seen.add(match.lastgroup)
    assert seen == {name for _, names in prompt_tokens._NEEDED_WORDS for name in names}
    assert prompt_tokens._token_pattern(frozenset(("opens_on",))).match("the clip opens on").lastgroup == "word"
    assert prompt_tokens.tokenize("the clip opens on a dog")[0].lastgroup == "opens_on"


@pytest.mark.parametrize("text, filmed", [("a dog runs, shot on 35mm", True), ("a cat at 24fps", True), ("a ball, f/2.8", True),
                                          ("a shallow-focus shot of a dog", True), ("a dog runs from the left", False),
                                          ("a hummingbird hovers", False)])
def test_film_craft_is_told_by_a_tell_word_or_a_lens_rate_or_f_number(text, filmed):
    """The text is checked for "mm", "fps" and "f/" before the words are walked ("hummingbird" has one, no lens)."""
    draft = rewrite_draft.Draft(text)
    assert filming_words.looks_like_film_craft(draft.words, draft.noted) is filmed


def test_every_alternative_is_guarded_and_the_spaces_passed_over():
    assert prompt_tokens.TOKEN_RE.pattern.count("(?=[") == len(prompt_tokens.TOKEN_ALTERNATIVES) + 1
    assert prompt_tokens.TOKEN_RE.match(" a") is None and prompt_tokens.TOKEN_RE.match("\u0663 dogs").lastgroup == "number"


@pytest.mark.parametrize("text", [*_EDGE_TEXTS, *(c.prompt.lower() for c in bench.lvd_prompts() if c.family == "visibility")])
def test_cues_and_times_are_those_of_the_unguarded_patterns(text):
    for table, prefix, guarded in ((visibility_cues._CUES, "c", visibility_cues._CUE_RE),
                                   (visibility_cues._TIMES, "t", visibility_cues._TIME_RE)):
        unguarded = re.compile(r"\b(?:" + "|".join(f"(?P<{prefix}{i}>{p})" for i, (_, p) in enumerate(table)) + ")")
        assert _tokens(guarded.finditer(text)) == _tokens(unguarded.finditer(text))


def test_without_re_private_parser_the_tokens_are_the_same(monkeypatch):
    """A Python whose ``re`` keeps its parser elsewhere gets the unguarded alternatives, not an import error."""
    monkeypatch.setattr(prompt_tokens, "_parser", None)
    unguarded = prompt_tokens._guarded_token_pattern()
    assert "(?=[" not in unguarded.pattern
    for text in (*_EDGE_TEXTS, *(c.prompt for c in bench.lvd_prompts()[::25])):
        assert _tokens(unguarded.finditer(text)) == _tokens(prompt_tokens.TOKEN_RE.finditer(text))


def test_a_pattern_of_either_case_or_not_parsing_alone_is_left_unguarded():
    assert prompt_tokens.guarded_alternative("(?i)(?P<shout>hey)") == "(?i)(?P<shout>hey)"
    assert prompt_tokens.guarded_alternative("(?P=said) again") == "(?P=said) again"  # its group is elsewhere
    assert prompt_tokens.guarded_alternative("(?P<quiet>hey)") == "(?=[h])(?P<quiet>hey)"


def test_the_looks_add_no_known_word():
    looks = re.findall(r"\(\?=\[([^\]]*)\]\)", prompt_tokens.TOKEN_RE.pattern + visibility_cues._CUE_RE.pattern)
    letters = {look for look in looks if re.fullmatch("[a-z]{3,}", look)}  # what a table word is read as
    assert letters and not spelling_repair.KNOWN_WORDS & letters


def test_known_words_do_not_depend_on_where_the_checkout_lies():
    """The same reader knows the same words on every machine: a module's path and builtins spell none."""
    module = types.ModuleType("pipelines.lvd.zanzibar_tables", "Tables of quokka words.")
    module.__file__ = "/home/xylophonist/checkouts/pipelines/lvd/zanzibar_tables.py"
    module.__builtins__ = {"RecursionError": RecursionError, "isinstance": isinstance}
    module.WORDS = ("gallops", "trots")
    known = spelling_repair._table_words(module)
    assert {"gallops", "trots", "quokka"} <= known
    assert not known & {"home", "xylophonist", "checkouts", "pipelines", "zanzibar", "ecursion", "rror", "isinstance"}


@pytest.mark.parametrize(("pattern", "starts", "empty"), [
    (r"(?:ab|c)?d", "acd", False),
    (r"\bthe (?:cat|dog)", "t", False),
    (r"(?!up-)[a-z]+", "abcdefghijklmnopqrstuvwxyz", False),
    (r"(?=x)y", "y", False),  # a lookahead consumes nothing: the next item starts the match
    (r"(?:in )?(?:view|sight)", "ivs", False),
    (r"a*", "a", True),
    (r"x{0,2}(?P<g>y|z)", "xyz", False),
])
def test_first_characters_of_a_pattern(pattern, starts, empty):
    chars, can_be_empty = prompt_tokens._first_characters(re._parser.parse(pattern))
    assert (chars, can_be_empty) == (frozenset(starts), empty)


@pytest.mark.parametrize(("pattern", "members"), [(r"\d+(?:\.\d+)?", {r"\d"}), (r"(?:\s|-)x", {r"\s", "-"})])
def test_first_characters_keep_categories_as_escapes(pattern, members):
    assert prompt_tokens._first_characters(re._parser.parse(pattern))[0] == frozenset(members)


@pytest.mark.parametrize("pattern", [r"[^a-z]x", r".y", r"(?i:ab)c"])
def test_first_characters_unsure_means_any(pattern):
    assert prompt_tokens._first_characters(re._parser.parse(pattern))[0] is None


def test_a_box_on_the_canvas_is_fitted_as_the_general_clip_fits_it():
    rng = random.Random(7)
    edges = [0.0, -0.0, 1.0, 1e-3, 1.5e-3, 0.9985, 1e-9, -1e-9, 1.0000001, 0.5, 0.5015, 2.5, -1.5,
             float("nan"), float("inf"), 1, 0]
    for _ in range(50_000):
        box = tuple(rng.choice(edges) if rng.random() < 0.5 else rng.uniform(-0.1, 1.1) for _ in range(4))
        expected = fit_overhang(box) if in_view(box) else None
        assert repr(fit_in_view(box)) == repr(expected), box
    assert fit_in_view([0.1, 0.1, 0.2, 0.2]) == (0.1, 0.1, 0.2, 0.2)  # a list: the general path, a tuple back


@pytest.mark.parametrize("text", [
    "a realistic lively video of a scene with a brown ball and an orange cat",
    "teh red ball rolls to the rihgt",
    "the dog dont move, it doesnt",
    "a ball's path: it rolls left",
])
def test_spelling_is_repaired_as_word_by_word(text):
    one_by_one = spelling_repair._WORD_RE.sub(lambda m: spelling_repair.repaired_word(m.group(0)), text)
    assert spelling_repair.repaired_spelling(text) == one_by_one


def test_a_mistyped_prompt_is_still_mended():
    assert spelling_repair.repaired_spelling("teh red ball rolls to the rihgt") == "the red ball rolls to the right"


def test_the_narrating_copy_has_its_own_story_and_all_else_shared():
    scene = Scene(read_prompt("a dog runs left"), [], World(5.0, 2.5, False), events=["said"], pan_deg_s=3.0)
    copy = scene.narrating()
    assert copy.events == [] and scene.events == ["said"]
    assert (copy.reading, copy.instances, copy.world, copy.pan_deg_s, copy.zoom_factor) == (
        scene.reading, scene.instances, scene.world, 3.0, None)



def test_a_changed_pose_is_what_replace_gives_and_an_unknown_field_is_refused():
    rng = random.Random(5)
    pose = scene_module.Pose(0.3, 0.9, depth=1.5, heading=0.2)
    for _ in range(50):
        fields = {name: rng.random() for name in rng.sample(["x", "y", "depth", "heading", "squash"], rng.randint(0, 3))}
        fields.update({"visible": False} if rng.random() < 0.3 else {})
        changed = pose.changed(**fields)
        assert changed == dataclasses.replace(pose, **fields) and hash(changed) == hash(dataclasses.replace(pose, **fields))
    assert pose == scene_module.Pose(0.3, 0.9, depth=1.5, heading=0.2)  # the original is untouched
    with pytest.raises(TypeError):
        pose.changed(speed=2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        pose.changed(x=0.1).x = 0.2


@pytest.mark.parametrize("said", ["two cars, no wait, three cars drive left", "two cars; sorry, three cars drive left",
                                  "two cars - sorry, three cars drive left", "two cars--sorry, three cars drive left",
                                  "two cars \u2014 sorry \u2014 three cars drive left",
                                  "two cars \u2013 sorry \u2013 three cars drive left"])
def test_a_correction_set_off_by_any_comma_semicolon_or_dash_is_still_undone(said):
    """Corrections are looked for only in a text with one of those marks; each mark still lets them through."""
    assert self_corrections.corrections_undone(said) == "three cars drive left"
    assert self_corrections.corrections_undone("two cars no wait three cars drive left") \
        == "two cars no wait three cars drive left"


class _CountedTokens(list):
    """Tokens that count how many of them are read, one at a time or in a slice."""

    read = 0

    def __getitem__(self, index):
        found = super().__getitem__(index)
        self.read += len(found) if isinstance(index, slice) else 1
        return found


def _reader_after_subject(text: str):
    from pipelines.lvd.clause_reader import ClauseReader

    reader = ClauseReader()
    reader.subjects, reader.verb_since_subject, reader.last_mention = [0], False, (0, 1)  # "cat", token 1
    return reader, _CountedTokens(prompt_tokens.tokenize(text))


def test_the_subject_just_named_is_told_from_the_next_few_words_only():
    from pipelines.lvd.word_guessing import _subject_just_named

    reader, tokens = _reader_after_subject("a cat slowly quietly runs")
    assert _subject_just_named(reader, tokens, len(tokens) - 1) == 0  # two adverbs between: still the cat's verb
    reader, tokens = _reader_after_subject("a cat slowly quietly softly runs")
    assert _subject_just_named(reader, tokens, len(tokens) - 1) is None  # three words between: no longer just named
    reader, tokens = _reader_after_subject("a cat " + "x2 " * 600 + "runs")
    assert _subject_just_named(reader, tokens, len(tokens) - 1) is None
    assert tokens.read <= 8  # a third word says no: the 1,200 tokens before the verb are never all read
