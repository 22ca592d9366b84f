"""Prompts in the voices held-out set 161 (tests/helpers/blind_set_161.py) missed, in new words.

- A GraphQL query and its variables: the operation, its fields, aliases, types, arguments and variables' names are
  the query's, never in the video; its variables are put in where they are used, its enum values said in words
  ("RIGHT_OF", "LOWER_RIGHT"), a half's field says whether its thing is there then, a field asked for with a comment
  after it has that value, and its "#" comments are the writer's prose.
- A New Zealand speaker's "nah" or "yeah" after a half, before a clause that says what is there itself ("then in the
  second half, nah, no cat"), only leads that clause in.
- A piano teacher's lesson notes: items under "~" are bullets, and "Picture:" over a sentence bringing in another
  thing ("- Picture: two moving balls ...") is the notes' label, never a picture with fields.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.graphql_queries import graphql_in_plain_words, looks_like_graphql
from pipelines.lvd.spec_prompts import looks_like_spec
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


# ---- GraphQL
@pytest.mark.parametrize("prompt", [
    ('# Variables\n# {"howMany": "three", "what": "lively cats"}\nquery Footage($what: String!, $howMany: String!) {\n'
     '  footage {\n    things(kind: $what, count: $howMany) { id }\n    extras  # => none\n  }\n}'),
    ('query Footage($input: FootageInput!) {\n  footage(input: $input) {\n    kind\n    count\n  }\n}\n\n'
     '# variables\n{"input": {"kind": "lively cats", "count": "three", "extras": "none"}}'),
])
def test_a_querys_variables_give_the_count_and_its_fields_nothing(prompt):
    """The query's "footage" and "things" fields and its "$what" are no things; the variables, in a comment before the
    query or an input object after it, are the clip's."""
    assert lvd.numeracy("cat", 3, planned_condition(prompt))


def test_an_argument_naming_a_thing_is_its_kind():
    """"things(what: $what)" with "flying birds": whatever the argument's name, the thing it names is the kind."""
    prompt = ('query Q($what: String!, $n: String!) {\n  clip {\n    things(what: $what, count: $n) { id }\n  }\n}\n'
              '{"what": "flying birds", "n": "two"}')
    assert graphql_in_plain_words(prompt) == "two flying birds."
    assert lvd.numeracy("bird", 2, planned_condition(prompt))


def test_a_sentence_as_an_argument_is_prose():
    """"clip(note: "...")": a sentence naming a thing, where no field the spec reader knows holds it, is the clip."""
    prompt = ('query {\n  clip(note: "the ball is green and the dog beside it is pink") {\n    ball { id }\n'
              '    dog { id }\n  }\n}')
    assert lvd.attribution("ball", "dog", "green", "pink", planned_condition(prompt))


def test_a_field_named_for_a_thing_is_that_thing():
    """"ball(color: RED)": the field names the thing and the enum its colour; the shorthand query needs no keyword."""
    prompt = '{\n  clip {\n    ball(color: RED) { id }\n    dog(color: $dog) { id }\n  }\n}\n# variables\n{"dog": "BLUE"}'
    assert lvd.attribution("ball", "dog", "red", "blue", planned_condition(prompt))


def test_an_aliased_input_object_gives_its_things_colour():
    """"cat: object(input: $cat)" with {"color": "yellow"}: the alias names the thing, the input object its fields."""
    prompt = ('query Pair($cat: ObjectInput!, $car: ObjectInput = {color: "gray"}) {\n  clip {\n'
              '    cat: object(input: $cat) { id }\n    car: object(input: $car) { id }\n  }\n}\n'
              '# variables: side by side, the whole clip\n{"cat": {"color": "yellow"}}')
    assert lvd.attribution("cat", "car", "yellow", "gray", planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ('query Presence($kind: String!) {\n  clip {\n    firstHalf { has(kind: $kind) }   # => true\n'
     '    secondHalf { has(kind: $kind) }  # => false, gone\n  }\n}\n\n{"kind": "walking dog"}', "dog", False),
    ('query Seen($s: String!) {\n  clip {\n    early: presence(subject: $s, half: FIRST)  # empty\n'
     '    late: presence(subject: $s, half: SECOND)   # flies in, stays\n  }\n}\n\n# vars\n{"s": "flying bird"}',
     "bird", True),
    ('query Clip($subject: String!) {\n  clip {\n    presence(subject: $subject, from: SECOND)\n  }\n}\n'
     '{"subject": "moving car"}', "car", True),
])
def test_a_halfs_field_says_whether_its_thing_is_there(prompt, query, appears):
    """"firstHalf { ... } # => true", "half: FIRST  # empty", "from: SECOND": the half it is there in."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_side_of_nothing_is_the_side_of_the_reference():
    """"from: LEFT_OF": left of the record's reference; the comment after the call is the writer's prose."""
    prompt = ('query Move {\n  clip {\n    move(mover: "ball", reference: "car", from: LEFT_OF, to: RIGHT_OF)'
              '  # the car stays still\n  }\n}')
    assert lvd.two_object_motion("ball", "car", False, planned_condition(prompt))


def test_a_field_asked_for_has_the_value_its_comment_gives():
    """"start  # right side of the frame": the value the query expects back; the fragment after it is code."""
    prompt = ('query Walk($who: String = "walking dog") {\n  clip {\n    path(subject: $who) {\n'
              '      start  # right side of the frame\n      end    # left side of the frame\n    }\n  }\n}\n'
              'fragment F on Clip { kind }')
    assert lvd.one_object_motion("dog", True, planned_condition(prompt))


def test_a_list_of_corner_enums_is_the_route():
    """"stopsAt: [LOWER_RIGHT, UPPER_RIGHT, UPPER_LEFT]": the corners in order, whatever the key; "TOP_DOWN" the view."""
    prompt = ('query Patrol($v: [Corner!]!) {\n  clip(camera: TOP_DOWN) {\n    cat: track(stopsAt: $v)\n  }\n}\n\n'
              '# variables\n{"v": ["LOWER_RIGHT", "UPPER_RIGHT", "UPPER_LEFT"]}')
    assert lvd.sequential("cat", BR_TR_TL, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "A query about the clip {two cats} was asked.",
    '{"objects": [{"kind": "dog", "count": 2}]}',
    "query: two cats {side by side}",
])
def test_prose_and_json_are_no_query(prompt):
    """Only an operation's head ("query Name(", "query {", a bare "{" and a field) marks a query."""
    assert not looks_like_graphql(prompt)


@pytest.mark.parametrize("hostile", ["query A(", "query A { a { ", "{\n a(", "query Q { a(b: [", "query Q($a: [[",
                                     "query Q { a # b\n", "query Q {a(x: {y: {", "{a{", "query Q { f(a: $",
                                     'query Q {\n firstHalf { x(k: "dog") } # no\n'])
def test_hostile_queries_read_at_once(hostile):
    """A 2,000-character repeat of a query's marks is read (or left as it stands) at once."""
    hostile = (hostile * (2000 // len(hostile) + 1))[:2000]
    graphql_in_plain_words(hostile)
    start = time.perf_counter()
    graphql_in_plain_words(hostile)
    assert time.perf_counter() - start < 0.1


# ---- the Kiwi speaker
@pytest.mark.parametrize("prompt, query, appears", [
    ("Sweet as, there's a flying bird in the first half, eh, then the second half, nah, nothing. Chur.", "bird", False),
    ("Yeah nah, in the first half, nah, no car, bro. Then in the second half, yeah, a moving car turns up and stays. "
     "Mean as.", "car", True),
])
def test_a_halfs_answer_before_its_own_clause_only_leads_it_in(prompt, query, appears):
    """"in the second half, nah, nothing": the clause says it; "nah" is never the half answered no."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_halfs_answer_alone_still_answers():
    """"First half? Yes. Second half? No.": the answer is all that is said of the half, as before."""
    assert lvd.visibility("dog", False, planned_condition("A walking dog. First half? Yes. Second half? No."))


# ---- the piano teacher's lesson notes
def test_tilde_items_are_bullets():
    """"~ Picture: ...": the item's label is the notes', its sentence the clip."""
    prompt = ("Lesson notes, Wednesday\n~ Scales: E minor, slow and even.\n~ Picture: a walking dog in the first half "
              "of the clip, then no dog in the second half.\n~ Good work today.")
    assert lvd.visibility("dog", False, planned_condition(prompt))


def test_a_label_over_a_sentence_naming_another_thing_is_no_spec():
    """"- Picture: two moving balls ...": "Picture" heads the teacher's prose, never a picture with fields."""
    prompt = ("Lesson notes (Mon)\n- Tone: warm and round.\n- Picture: two moving balls in the clip from start to "
              "end, nothing else.\n- Lovely playing.")
    assert not looks_like_spec(prompt)
    assert lvd.numeracy("ball", 2, planned_condition(prompt))


@pytest.mark.parametrize("prompt", ["Dog: a brown one\nCat: a black cat\nCount: 2", "dog: two dogs, colour: brown"])
def test_a_things_key_over_its_own_thing_stays_a_spec(prompt):
    """"Dog: a brown one", "dog: two dogs": the key's own thing, its fields as before."""
    assert looks_like_spec(prompt)
