"""Any visitor's prompt reaches the embedded planner, whose reading is many regular expressions over the text.
A prompt built from the words those expressions repeat on (confirmations, corrections, step numbers, speaker
labels, arrows, brackets, typos) must still plan in bounded time: no pattern may backtrack without bound.
Beside the hand-made PIECES, every pattern the planner holds or compiles is attacked with pieces derived from its
own tree (tests/helpers/regex_attacks.py), alone at full length and, sampled, through the whole planner."""

from __future__ import annotations

import gc
import random
import re
import sys
import time
import types

import pytest

from pipelines.core.errors import PhyStudioError
from pipelines.lvd import bulletin_tour_and_recipe_voices, protocol_voice, scene_participants
from pipelines.lvd.contrasts import contrasts_in_plain_words
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import MAX_PROMPT_CHARS
from pipelines.lvd.sign_gloss import sign_gloss_in_sentences
from tests.helpers import regex_attacks

# What the reading's voices look for, each a piece an attacker can repeat until the prompt is full.
PIECES = (
    "yes, ", "no wait, ", "sorry, ", "i mean ", "scratch that, ", "make it ", "and then ", "really ", "ran and ",
    "x2 ", "2x ", "three kites? like, ", "just those three ", "no other ", "nothing else ", "only ", "no ",
    "step 1: ", "1) ", "DIRECTOR: ", "ANIMATOR: ", "EXT. PARK - DAY. ", "FADE OUT. ", "LATER: ", "/ ",
    "#tag ", "pov: ", "wait for it... ", "hereinafter 'the animal' ", "it is stipulated that ", "could you show me ",
    "frames 1-3 ", "0-50% ", "L→R ", "→ ", "btm rt ", "red and blue ", "a red and a blue ", "is red and ",
    "you are sitting on a bench ", "sunlit ", "under a street lamp ", "enters from the left ", "doggy ",
    "object: cat. count: 3. ", "key - value; ", "rihgt ", "teh ", "aaaaaaaaaaaaaaaaaaaaaaaaa", "the cat's ",
    "lower left ", "then ", "first half ", "(", ")", "{", "[", ":", "\"", "'", ". ", ", ", "- ", "\n", "!", "?", "—",
)
# A normal prompt plans in about a millisecond; the worst of these took under a tenth of a second when written.
CPU_SECONDS_PER_PROMPT = 1.0


def _filled(piece: str) -> str:
    return (piece * (MAX_PROMPT_CHARS // len(piece) + 1))[:MAX_PROMPT_CHARS]


def _mixed(seed: int) -> str:
    rng, text = random.Random(seed), ""
    while len(text) < MAX_PROMPT_CHARS:
        text += rng.choice(PIECES)
    return text[:MAX_PROMPT_CHARS]


ATTACKS = [_filled(piece) for piece in PIECES] + [_mixed(seed) for seed in range(40)]


# Ordinary prompts to plan while recording the patterns functions compile inline, and how many derived pieces
# go through the whole planner (about 0.01 CPU-second each at full length): a fixed sample, the same every run.
WARM_UP = ("a red ball rolls from left to right", "three dogs run; no wait, two dogs. yes, two",
           "DIRECTOR: a cat jumps onto a table. Clip: a bird flies. Tower to all stations, a plane lands",
           "Q: where does the ball go? A: it falls. One might object that a box slides... then nothing else")
PLANNER_SAMPLE = 400
# Prompts the derived attacks found slow once: a run of makers after "diorama" (exponential), one 2,000-letter
# word (spelling repair's deletion sets, 14 CPU-s), digits too long for a float (a crash)
FOUND_BEFORE = ("this handcrafted diorama. " + regex_attacks.filled("handcrafted ", MAX_PROMPT_CHARS - 26),
                regex_attacks.filled("vantag", MAX_PROMPT_CHARS), regex_attacks.filled("1", MAX_PROMPT_CHARS),
                "the dogs number " + "9" * 400)


@pytest.fixture(scope="module")
def planner():
    return PhysicsPlanner()


@pytest.fixture(scope="module")
def derived(planner):
    """Every pattern of the planner, the inline ones included, with its derived pieces."""
    with regex_attacks.inline_patterns() as inline:
        for prompt in WARM_UP + tuple(ATTACKS[:8]):
            try:
                planner.plan(prompt)
            except PhyStudioError:
                pass
    return regex_attacks.reachable_patterns(inline)


def _plan_cost(planner, prompt: str) -> float:
    """CPU seconds the planner spends on ``prompt``; the collector is held meanwhile, since a full collection of the
    whole test process's heap is no cost of the prompt's (about 0.6 s per 6 million live objects here; late in a full
    run a prompt that plans in 0.08 s alone was once charged 1.27 s)."""
    gc.disable()
    started = time.process_time()
    try:
        planner.plan(prompt)
    except PhyStudioError:
        pass  # refusing is bounded too; anything else is a crash and fails the test
    finally:
        took = time.process_time() - started
        gc.enable()
    return took


def test_no_prompt_built_from_the_readers_repeated_words_plans_slowly(planner):
    slow = []
    for prompt in ATTACKS:
        took = _plan_cost(planner, prompt)
        if took > CPU_SECONDS_PER_PROMPT:
            slow.append((round(took, 2), prompt[:60]))
    assert not slow, slow


def test_every_planner_pattern_is_found_with_pieces_to_attack(derived):
    where = {item.where.split("(")[0].rsplit(".", 1)[0] for item in derived}
    assert len(derived) > 1000 and sum(bool(item.pieces) for item in derived) > 0.95 * len(derived)
    assert {"pipelines.lvd.showcase_voices", "pipelines.lvd.self_corrections", "pipelines.core.scrub"} <= where
    assert any(item.where.endswith("(inline)") for item in derived)


def test_no_planner_pattern_alone_grows_super_linearly_on_its_own_pieces(derived):
    """Each pattern by itself, on each of its pieces filled to a full prompt: a length short of the full one
    means the cost was growing too fast to go on ("(maker )*" spelling "handcrafted" two ways took 0.8 s at 256)."""
    assert not regex_attacks.slow_patterns(derived, MAX_PROMPT_CHARS)


def test_derived_pieces_do_not_follow_the_written_order_of_alternatives():
    """A pattern joined from a set of words writes equal-length words in the hash seed's order; the sample below must
    attack the same prompts every run, so the pieces of a pattern cannot depend on that order."""
    words = ["grey", "gray", "blue", "pink", "teal", "navy", "gold"]
    pieces = set()
    for order in (words, words[::-1], sorted(words), words[3:] + words[:3]):
        alternation = "|".join(order)
        pieces.add(tuple(regex_attacks.derive_pieces(re.compile(rf"\b(?:{alternation}) (?:{alternation})s?\b"))))
    assert len(pieces) == 1


@pytest.mark.timeout(900)  # about 5 CPU-seconds; the wall clock of a shared machine is slower
def test_sampled_derived_prompts_plan_quickly(planner, derived):
    pieces = sorted({piece for item in derived for piece in item.pieces})
    rng = random.Random(19)
    prompts = [regex_attacks.filled(piece, MAX_PROMPT_CHARS) for piece in rng.sample(pieces, PLANNER_SAMPLE)]
    prompts += list(FOUND_BEFORE)
    for _ in range(10):
        text = ""
        while len(text) < MAX_PROMPT_CHARS:
            text += rng.choice(pieces)
        prompts.append(text[:MAX_PROMPT_CHARS])
    slow = [(round(took, 2), prompt[:60]) for prompt in prompts
            if (took := _plan_cost(planner, prompt)) > CPU_SECONDS_PER_PROMPT]
    assert not slow, slow


# Nouns no table knows, each read as a thing of its own: the reading builds patterns around every one of them
MADE_UP_NOUNS = ("zorblat", "vintrel", "quomble", "drashik", "plimmet", "yarrowix", "snevrat", "gubbler")


def test_patterns_built_around_a_prompts_words_are_kept_by_the_planner(planner, monkeypatch):
    """re's cache keeps 512 patterns in the order they were made; a long prompt of new words once pushed out the
    patterns still being asked for, and every call compiled again (a second of CPU). Planned again after re's cache
    was emptied, a prompt hands re no pattern with one of its words in it: the planner keeps its own."""
    prompt = " ".join(f"The {noun} is three cats. A {noun} and a dog run past my {noun}'s box."
                      for noun in MADE_UP_NOUNS)[:MAX_PROMPT_CHARS]
    planner.plan(prompt)
    re.purge()
    handed = []
    original = re._compile
    monkeypatch.setattr(re, "_compile", lambda pattern, flags: handed.append(pattern) or original(pattern, flags))
    planner.plan(prompt)
    monkeypatch.undo()
    assert not [pattern for pattern in handed if isinstance(pattern, str)
                and any(noun in pattern for noun in MADE_UP_NOUNS)]


# Patterns that were quadratic on their worst derived piece (0.017 to 0.18 s at full length, under the budget
# above), made linear without changing what they match: each is tried only where its run starts.
LINEARISED = ("pipelines.lvd.tarot_log_and_conductor_voices.STOP_RE", "pipelines.lvd.commentary_voice._SHORT_THING_RE",
              "pipelines.lvd.self_corrections._MEANT_INSTEAD_RE", "pipelines.lvd.similes._LIKE_RE",
              "pipelines.lvd.restated_counts._BARE_AGAIN_RE", "pipelines.lvd.self_corrections._STARTS_THING_RE",
              "pipelines.lvd.spelling_repair.DOUBLED_ENDING_RE", "pipelines.lvd.questions_in_prose.END_ASKED_RE",
              "pipelines.lvd.caption_voice.GONE_WHERE_RE",
              "pipelines.lvd.report_voice.DATELINE_RE",
              "pipelines.lvd.tarot_log_and_conductor_voices._POINTED_BACK_RE",
              "pipelines.lvd.scene_asides.OPENING_CALL_RE")


def _growth(pattern: re.Pattern, piece: str) -> float:
    """How much dearer four times the text is (best of three, each over ten passes): about 4 for a linear pattern,
    16 for a quadratic one."""
    def cost(length: int) -> float:
        text = regex_attacks.filled(piece, length)
        return min(sum(regex_attacks._cost(pattern, text) for _ in range(10)) for _ in range(3))
    return cost(MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS // 4), 1e-6)


def test_patterns_once_quadratic_grow_linearly_on_their_pieces(derived):
    by_place = {item.where: item for item in derived}
    grown = {where: max(_growth(by_place[where].pattern, piece) for piece in by_place[where].pieces) for where in LINEARISED}
    assert all(growth < 8 for growth in grown.values()), grown


def test_the_role_a_thing_is_named_as_grows_linearly_on_a_run_of_hyphened_words():
    """The role pattern is built around each noun the tables do not know, so the audit of the modules' own patterns
    never meets it; tried at every word edge, a run of hyphened words once cost it a scan to the run's end after each
    hyphen (0.29 s over 4,000 characters)."""
    pattern = scene_participants._pattern(scene_participants._NAMED_AS, "zorb")
    assert _growth(pattern, "a-") < 8
    assert _growth(pattern, "two-dogs-as-the-") < 8


def test_a_weather_clause_waiting_for_its_comma_grows_linearly():
    """A clause opened by "once the rain" is dropped only where a comma closes it; looking for that comma past the next
    such clause would scan to the end from each of them."""
    from pipelines.lvd.scenery import TIMED_SETTING_CLAUSE_RE
    assert _growth(TIMED_SETTING_CLAUSE_RE, "once the rain was gone ") < 8


def test_the_audit_catches_a_planted_catastrophic_pattern(monkeypatch):
    """A module added tomorrow with a nested quantifier is found and flagged without editing any list."""
    planted = types.ModuleType("pipelines.lvd.planted_for_this_test")
    planted.NESTED_RE = re.compile(r"(?:[a-z]+ ?)+big\b")
    planted.SAFE_RE = re.compile(r"\b(?:very |really )*big\b")
    monkeypatch.setitem(sys.modules, planted.__name__, planted)
    found = [item for item in regex_attacks.reachable_patterns() if item.where.startswith(planted.__name__)]
    assert {item.where for item in found} == {f"{planted.__name__}.NESTED_RE", f"{planted.__name__}.SAFE_RE"}
    slow = regex_attacks.slow_patterns(found, MAX_PROMPT_CHARS)
    assert [row[2] for row in slow] == [f"{planted.__name__}.NESTED_RE"]
    assert slow[0][1] < MAX_PROMPT_CHARS


def test_a_prompt_of_many_screens_is_read_at_most_twice(planner, monkeypatch):
    """Past the object limit the reader reads again from where the clip is told; a prompt that tells a new screen in
    every sentence must not be read once per screen (82 readings of 2,000 characters took half a CPU-second)."""
    from pipelines.lvd import prompt_reading

    readings = []
    original = prompt_reading.read_prompt

    def counted(*args, **kwargs):
        readings.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(prompt_reading, "read_prompt", counted)
    planner.plan(("The TV shows two dogs. " * 100)[:MAX_PROMPT_CHARS])
    assert len(readings) <= 2


def _sign_gloss_of_many_moves(length: int) -> str:
    """Points, then move signs up to ``length``, the thing named last: every move sign once looked back over all the
    signs before it for a thing (quadratic)."""
    return "IX-loc-left IX-loc-right " + regex_attacks.filled("RUN ", length) + " CAT."


def test_a_sign_gloss_of_many_moves_is_read_in_linear_time(planner):
    def cost(length: int) -> float:
        text = _sign_gloss_of_many_moves(length)
        return min(_cpu_seconds(lambda: sign_gloss_in_sentences(text), 10) for _ in range(3))

    assert cost(MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS // 4), 1e-6) < 8  # 16 when quadratic
    prompt = _sign_gloss_of_many_moves(MAX_PROMPT_CHARS - 30)
    assert min(_plan_cost(planner, prompt) for _ in range(3)) < 0.05


@pytest.mark.parametrize("heading", ["specimen: ball. ", "subject: moving car. no car. "])
def test_a_record_of_many_headings_loses_its_restated_cast_in_linear_time(heading):
    """Each heading looks for its things named again in the rest of the record: searched afresh from every heading to
    the record's end, a record of nothing but headings was quadratic (0.1 CPU-second over 4,000 characters)."""
    def cost(length: int) -> float:
        text = regex_attacks.filled(heading, length)
        return min(_cpu_seconds(lambda: protocol_voice._without_repeated_cast(text), 10) for _ in range(3))

    assert cost(MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS // 4), 1e-6) < 8  # about 16 or more when quadratic


@pytest.mark.parametrize("run", [", not a dog", "not a dog, ", ", not a dog, not", ", not a man, not"])
def test_a_run_of_things_denied_in_asides_is_read_in_linear_time(run):
    """Each "not a dog" after a comma looks back over its sentence for a thing named or a time said, and across the
    text for its kind told elsewhere: looked for afresh at every denial, a run of them was quadratic (0.12 CPU-second
    over 2,000 characters)."""
    def cost(length: int) -> float:
        text = regex_attacks.filled(run, length)
        return min(_cpu_seconds(lambda: contrasts_in_plain_words(text), 10) for _ in range(3))

    assert cost(MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS // 4), 1e-6) < 8  # about 16 or more when quadratic


def _cpu_seconds(work, times: int) -> float:
    """CPU time of ``work`` run ``times`` times, the collector held so its passes are not charged to one length."""
    gc.disable()
    try:
        started = time.process_time()
        for _ in range(times):
            work()
        return time.process_time() - started
    finally:
        gc.enable()


@pytest.mark.parametrize("piece", ["a cake is served. it is. ", "a cake is served, ", "the tennis ball is served. "])
def test_many_dishes_served_are_read_in_linear_time(piece):
    """Each "served" looks for a sport's word in its own sentence: found by searching the sentence ends again from the
    text's start for every serve, a text of nothing but serves was quadratic (121 ms over 8,000 characters)."""
    def cost(length: int) -> float:
        text = regex_attacks.filled(piece, length)
        return min(_cpu_seconds(lambda: bulletin_tour_and_recipe_voices._recipe_in_plain_words(text), 5)
                   for _ in range(3))

    assert cost(4 * MAX_PROMPT_CHARS) / max(cost(MAX_PROMPT_CHARS), 1e-6) < 8  # about 16 when quadratic


@pytest.mark.parametrize("run", ["over ", "over. ", "over, "])
def test_a_run_of_radio_sign_off_words_plans_quickly(planner, run):
    """A prompt ending in "over" after a run of "over" words: the closing sign-off's pattern once split the run two
    ways per word (exponential; 175 characters took 0.9 s and 2,000 never ended)."""
    prompt = ("A dog runs left. " + regex_attacks.filled(run, MAX_PROMPT_CHARS))[:MAX_PROMPT_CHARS - 9] + " dog over"
    assert min(_plan_cost(planner, prompt) for _ in range(3)) < 0.05


@pytest.mark.parametrize("separator", [" ", "\t", "\n"])
def test_one_noun_pasted_over_and_over_names_one_thing_not_a_name_over_the_limit(planner, separator):
    # a column of one word pasted from a sheet once built a name of every cell ("dog dog dog ...", 1,999 characters)
    # and the planner failed on its own layout; the same noun again is that thing again, not the head of a longer name
    for word in ("dog", "box"):
        layout = planner.plan(separator.join([word] * 700)).layout
        assert [obj.name for obj in layout.objects] == [word]
    two_words = planner.plan("a palm tree sways").layout  # two different nouns still name one thing
    assert [obj.name for obj in two_words.objects] == ["palm tree"]


def test_nested_braces_in_a_pasted_structure_stay_small():
    """'a = {b = {b = ...' read as a structure made each key the repr of the one inside it, escaping its quotes again
    at every level: a 2,000-character prompt of 390 levels grew past the machine's memory. A key that is itself a
    structure is said as its words, so the reading grows with the prompt."""
    from pipelines.lvd.pasted_structures import parsed_structure

    depth = 20  # the old reading: a key of about a million characters here, doubling with every level
    read = parsed_structure("{b = " * depth + "1" + "}" * depth)
    assert len(repr(read)) < 10 * depth * len("{b = ")
    assert "b = 1" in repr(read)


def test_a_run_of_unknown_words_names_one_thing_within_the_name_limit(planner):
    """'the zorp zorp ... rolls' once built a name of every word and the planner failed on its own layout ("please
    report this prompt"); the nested-brace attack above ended the same way. A name keeps the head and its nearest words."""
    for prompt in ("the " + "zorp " * 300 + "rolls to the left", ("a = " + "{b = " * 400)[:2000]):
        layout = planner.plan(prompt).layout
        assert len(layout.objects) == 1
        assert 0 < len(layout.objects[0].name.split()) <= 5


def test_one_word_longer_than_any_name_is_the_users_to_shorten(planner):
    with pytest.raises(PhyStudioError) as raised:
        planner.plan("the " + "z" * 250 + " rolls to the left")
    assert "shorten it" in str(raised.value) and "please report" not in str(raised.value)
    assert "250 characters" in str(raised.value)


def _doubling_program(doublings: int, copies: int = 2) -> str:
    """A BASIC program that doubles (or multiplies) a string line by line, then prints it."""
    grow = " + ".join(["A$"] * copies)
    lines = ['10 A$ = "DOG "'] + [f"{20 + line} A$ = {grow}" for line in range(doublings)] + ["9999 PRINT A$; A$; A$"]
    return "\n".join(lines)


def test_a_basic_program_cannot_grow_a_string_past_the_prompt_limit(planner):
    """'A$ = A$ + A$' on twenty lines once made a 4-million-character text (0.6 s), on thirty a MemoryError: each
    variable's value and the program's whole output stop at the prompt limit. Checked on the reader first, where
    the old growth is still small enough to fail fast, then through the planner at full length."""
    from pipelines.lvd.basic_programs import basic_in_plain_words

    assert len(basic_in_plain_words(_doubling_program(20))) <= MAX_PROMPT_CHARS
    for prompt in (_doubling_program(200)[:MAX_PROMPT_CHARS], _doubling_program(100, copies=9)[:MAX_PROMPT_CHARS]):
        assert _plan_cost(planner, prompt) < 0.5
        assert len(basic_in_plain_words(prompt)) <= MAX_PROMPT_CHARS
