"""Prompt sets: our own CSV, VideoPhy-2 CSV, PhyGenBench prompts.json and plain text; clear errors."""

import collections
import json

import pytest

from pipelines.eval.prompts import (
    BUILTIN_PROMPTS,
    EvalPrompt,
    PromptFileError,
    builtin_prompts,
    load_prompts,
    prompt_id,
    select_prompts,
)

VIDEOPHY2 = """Caption,Action,Category,IS_HARD,upsampled_caption
"A man throws a frisbee, which glides across the park",throwing frisbee,Sports and Physical Activities,0,long text
A hammer hits a nail into a wooden plank,hammering,Object Interactions,1,
"""

PHYGENBENCH = [
    {"caption": "A rubber ball is thrown at the ground", "physical_laws": "Due to elasticity, the ball bounces up",
     "sub_category": "Elasticity", "main_category": "Force"},
    {"prompt": "A ray of light shines on a block", "physical_laws": "the block casts a shadow",
     "sub_category": "Direct Radiation", "main_category": "Light"},
    {"caption": "Ice melts in the sun", "law": "Melting", "category": "Heat"},
    {"caption": "Red and blue paint are mixed", "physical_laws": "The mixed color is purple",
     "main_category": "Physical Properties"},
]


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_set_covers_the_four_domains_both_interactions_and_a_hard_subset():
    prompts = builtin_prompts()
    assert 55 <= len(prompts) <= 80
    assert {p.category for p in prompts} == {"mechanics", "optics", "thermal", "material"}
    assert {p.interaction for p in prompts} == {"activity", "object"}
    assert all(p.law and p.source == "phystudio" for p in prompts)
    assert 10 <= sum(p.hard for p in prompts) <= len(prompts) // 2
    assert len({p.id for p in prompts}) == len(prompts)
    assert {"gravity", "elasticity", "friction", "buoyancy", "collision", "inertia", "projectile", "refraction",
            "reflection", "shadow", "melting", "boiling", "combustion", "deformation", "fracture",
            "fluid flow"} <= {p.law for p in prompts}
    per_category = collections.Counter(p.category for p in prompts)
    assert min(per_category.values()) >= 10


def test_videophy2_csv_reads_case_insensitive_header_and_ignores_extra_columns(tmp_path):
    prompts = load_prompts(write(tmp_path, "videophy2_test.csv", VIDEOPHY2))
    assert [p.prompt for p in prompts] == ["A man throws a frisbee, which glides across the park",
                                          "A hammer hits a nail into a wooden plank"]
    assert [p.action for p in prompts] == ["throwing frisbee", "hammering"]
    assert [p.category for p in prompts] == ["Sports and Physical Activities", "Object Interactions"]
    assert [p.interaction for p in prompts] == ["activity", "object"]
    assert [p.hard for p in prompts] == [False, True]
    assert {p.source for p in prompts} == {"videophy2"}
    assert prompts[0].id == prompt_id("videophy2", prompts[0].prompt)


def test_videophy2_without_category_column(tmp_path):
    prompts = load_prompts(write(tmp_path, "v.csv", "caption,is_hard\nA dog catches a ball,true\n"))
    assert prompts == [EvalPrompt(id=prompt_id("videophy2", "A dog catches a ball"), prompt="A dog catches a ball",
                                  hard=True, source="videophy2")]


def test_phygenbench_json_maps_categories_and_laws(tmp_path):
    prompts = load_prompts(write(tmp_path, "prompts.json", json.dumps(PHYGENBENCH, indent=4)))
    assert [p.category for p in prompts] == ["mechanics", "optics", "thermal", "material"]
    assert [p.law for p in prompts] == ["elasticity", "direct radiation", "melting", "the mixed color is purple"]
    assert prompts[0].expectation == "Due to elasticity, the ball bounces up"
    assert prompts[3].expectation == ""  # no sub-category: the sentence became the law
    assert prompts[1].prompt == "A ray of light shines on a block"
    assert {p.source for p in prompts} == {"phygenbench"}


def test_text_file_skips_blank_lines_and_comments(tmp_path):
    prompts = load_prompts(write(tmp_path, "p.txt", "# my prompts\n\nA ball falls\n  A cup slides  \n"))
    assert [p.prompt for p in prompts] == ["A ball falls", "A cup slides"]
    assert [p.id for p in prompts] == [prompt_id("text", "A ball falls"), prompt_id("text", "A cup slides")]


def test_ids_survive_edits_elsewhere_in_the_file_and_duplicates_stay_unique(tmp_path):
    before = load_prompts(write(tmp_path, "a.txt", "A ball falls\nA cup slides\n"))
    after = load_prompts(write(tmp_path, "b.txt", "A new first line\nA cup slides\nA ball falls\nA ball falls\n"))
    ids = {p.prompt: p.id for p in before}
    assert after[1].id == ids["A cup slides"] and after[2].id == ids["A ball falls"]
    assert after[3].id == ids["A ball falls"] + "-2"


def test_own_csv_accepts_explicit_ids_and_checks_its_columns(tmp_path):
    prompts = load_prompts(write(tmp_path, "mine.csv", "id,prompt,category,law,interaction,hard\n"
                                                      "ball-1,A ball falls,Force,Gravity,object,yes\n"))
    assert prompts[0] == EvalPrompt(id="ball-1", prompt="A ball falls", category="mechanics", law="gravity",
                                    interaction="object", hard=True, source="phystudio")


@pytest.mark.parametrize("name, text, message", [
    ("x.csv", "title,text\na,b\n", r"x\.csv, line 1: expected a header with a 'caption' column.*found title, text"),
    ("x.csv", "caption,is_hard\nA ball,maybe\n", r"x\.csv, line 2: column 'is_hard' must be 1/0"),
    ("x.csv", "caption,is_hard\nA ball,0\n,1\n", r"x\.csv, line 3: the prompt is empty"),
    ("x.csv", "prompt,interaction\nA ball,sideways\n", r"line 2: interaction must be 'activity' or 'object'"),
    ("x.csv", "prompt\nA ball\nA cup,extra\n", r"line 3: 2 fields but the header has 1"),
    ("x.json", '{"caption": "a"}', r"x\.json, line 1: expected a JSON list of prompt objects"),
    ("x.json", '[\n {"caption": "a"},\n {"main_category": "Force"}\n]',
     r"x\.json, line 3 \(entry 2\): expected a non-empty 'caption'"),
    ("x.json", '[\n {"caption": "a"},\n {"caption": "b",}\n]', r"x\.json, line 3: invalid JSON"),
    ("x.json", '[\n 5\n]', r"line 2 \(entry 1\): expected an object with a 'caption'"),
    ("x.json", '[{"caption": "a"}] trailing', r"unexpected text after the closing"),
    ("x.txt", "\n\n", r"x\.txt is empty"),
    ("x.txt", "# only a comment\n", r"x\.txt holds no prompts"),
])
def test_bad_files_name_the_file_line_and_expectation(tmp_path, name, text, message):
    with pytest.raises(PromptFileError, match=message):
        load_prompts(write(tmp_path, name, text))


def test_missing_file_and_non_utf8(tmp_path):
    with pytest.raises(PromptFileError, match="does not exist"):
        load_prompts(tmp_path / "nope.csv")
    bad = tmp_path / "latin.txt"
    bad.write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(PromptFileError, match="not UTF-8"):
        load_prompts(bad)


def test_select_prompts_filters_then_limits():
    prompts = builtin_prompts()
    hard_mechanics = select_prompts(prompts, category="Mechanics", hard_only=True)
    assert hard_mechanics == [p for p in prompts if p.category == "mechanics" and p.hard]
    assert select_prompts(prompts, law="gravity", limit=2) == [p for p in prompts if p.law == "gravity"][:2]
    with pytest.raises(ValueError, match="positive"):
        select_prompts(prompts, limit=0)
    assert BUILTIN_PROMPTS.name == "physics_prompts.csv"
