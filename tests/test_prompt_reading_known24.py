"""Phrasings the planner was known to misread, each tried as a family in new words.

A source handing the speaker what the clip shows ("my feed served us a fox", "the heavens revealed to me a horse")
and onlookers' eyes resting on it ("the eyes of the town are on a cat") are no things in the scene, while what they
bring is, with its own move, and a giver that may stand in the picture ("the mailman delivered me a box") stays; each
of several questions asking which thing goes which way keeps its own way; a quiz answer naming a thing the prose then
brings in alike is that same thing, with the answer's colour, and one told apart ("a brown dog") another; a fronted
participle of going with how it goes ("crawling very slowly from the left to the right: a turtle") is its thing's
route; "until the second half, when a horse gallops in" has the horse come in moving then, not before; and a
question whether a thing is there, answered by its absence ("Any sign of a dog? Nope, not yet."), is that absence, so a
thing of its kind arriving later is the one asked after, and the question draws nothing.
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers.planned import PLANNER, names, ways_and_presence, ways_of

# ------------------------------------------------------------ 1. the speaker's source or onlookers are not drawn
SOURCES_AND_ONLOOKERS = [
    ({"dog": "left"}, "The eyes of the nation are on a dog walking to the left."),
    ({"cat": "right"}, "The eyes of the town are on a cat walking to the right."),
    ({"horse": "left"}, "The eyes of the crowd were on a horse galloping to the left."),
    ({"fox": "left"}, "My feed served us a fox running to the left."),
    ({"goat": "right"}, "The stars have revealed to us a goat walking to the right."),
    ({"horse": "right"}, "The heavens revealed to me a horse galloping to the right."),
    ({"dog": "left"}, "Fate dealt us a dog walking to the left."),
    ({"horse": "left"}, "A vision showed me a horse galloping to the left."),
    ({"dog": "left"}, "Today the algorithm served me a dog running to the left."),
    ({"cat": "right"}, "Tonight the stars revealed to us a cat walking to the right."),
]


@pytest.mark.parametrize("ways, prompt", SOURCES_AND_ONLOOKERS)
def test_the_source_or_the_onlookers_are_not_in_the_scene(ways, prompt):
    assert ways_of(prompt) == ways


@pytest.mark.parametrize("drawn, prompt", [
    (["dog", "star", "star"], "Two stars shine and a dog runs to the left."),
    (["ball", "dog"], "My dog brought me a ball."),
    (["plate", "plate", "waiter"], "The waiter brings us two plates."),
    (["box", "mailman"], "The mailman delivered me a box."),
    (["cup", "tall nurse"], "The tall nurse handed me a cup."),
    (["ball", "cat"], "The cat's owner handed me a ball."),
    (["apple", "tree"], "The tree gave us an apple."),
    (["bag", "ball"], "The bag gave me a ball."),
    (["ball", "lamp"], "The lamp gave us a ball."),
    (["cup", "shelf"], "The shelf handed me a cup."),
    (["ball", "dog"], "Today my dog brought me a ball."),
])
def test_a_thing_of_the_scene_that_hands_or_shines_stays(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 2. each question-answer pair keeps its own way
QUESTIONS_OF_WAYS = [
    ({"dog": "left", "cat": "right"}, "What runs left? A dog. What walks right? A cat."),
    ({"fox": "right", "goat": "left"},
     "Which animal runs to the right? A fox. Which animal walks to the left? A goat."),
    ({"ball": "left", "car": "right"}, "What rolls left? A ball. What drives right? A car."),
    ({"man": "right", "dog": "left"}, "Who walks to the right? A man. Who runs to the left? A dog."),
    ({"bird": "left", "duck": "right"}, "What flies to the left? A bird. What swims to the right? A duck."),
]


@pytest.mark.parametrize("ways, prompt", QUESTIONS_OF_WAYS)
def test_each_question_keeps_its_own_way(ways, prompt):
    assert ways_of(prompt) == ways


# ------------------------------------------------------------ 3. a quiz answer the prose names again is one thing
ANSWERS_NAMED_AGAIN = [
    (["gray dog", "white cat"], "Q: Which animal is gray? A: The dog. A gray dog and a white cat sit."),
    (["brown horse", "cow"], "Q: Which one is brown? A: The horse. A horse and a cow stand in a field."),
    (["goat", "red fox"], "Q: Which animal was red? A: The fox. A fox and a goat rest on the grass."),
    (["black dog", "gray cat"], "Question: Which one is black? Answer: The dog. A black dog and a gray cat sit."),
]


@pytest.mark.parametrize("drawn, prompt", ANSWERS_NAMED_AGAIN)
def test_a_quiz_answer_named_again_in_prose_is_the_same_thing(drawn, prompt):
    assert names(prompt) == drawn


@pytest.mark.parametrize("drawn, prompt", [
    (["brown dog", "gray dog"], "Q: Which one is gray? A: The dog. A brown dog runs to the left."),
    (["dog", "gray dog"], "Q: Which one is gray? A: The dog. A second dog runs to the left."),
    (["black cat", "white cat"], "Q: Which one is white? A: The cat. A black cat and a white cat sit."),
    (["goat", "red goat"], "Q: Which animal is red? A: The goat. One other goat grazes."),
])
def test_a_prose_thing_told_apart_from_the_answer_is_another_thing(drawn, prompt):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 4. a fronted participle with its manner
FRONTED_PARTICIPLES = [
    ("turtle", "right", "Crawling slowly from the left to the right: a turtle."),
    ("red ball", "left", "Slowly rolling from the right to the left, a red ball."),
    ("car", "right", "Heading steadily from the left side to the right side: a car."),
    ("goose", "left", "Walking calmly from the right to the left: a goose."),
    ("duck", "right", "Swimming quickly from the left to the right: a duck."),
    ("cat", "right", "Walking very slowly from the left to the right: a cat."),
    ("turtle", "left", "Very slowly crawling from the right to the left, a turtle."),
    ("ball", "right", "Rolling quite quickly from the left to the right: a ball."),
]


@pytest.mark.parametrize("name, way, prompt", FRONTED_PARTICIPLES)
def test_a_fronted_participle_with_its_manner_is_the_whole_route(name, way, prompt):
    layout = PLANNER.plan(prompt).layout
    assert [obj.name for obj in layout.objects] == [name]
    first, last = layout.objects[0].boxes[0], layout.objects[0].boxes[-1]
    start, end = (first[0] + first[2]) / 2, (last[0] + last[2]) / 2
    if way == "right":
        assert start < 0.35 and end > 0.65, (start, end)
    else:
        assert start > 0.65 and end < 0.35, (start, end)


# ------------------------------------------------------------ 5. "until a time, when X comes in"
ARRIVALS_THEN = [
    ("horse", "A cat isn't visible until the second half, when a horse gallops in."),
    ("cat", "A dog is not visible till the second half, when a cat runs in."),
    ("fox", "The bird is not there until the midpoint, when a fox walks in."),
    ("horse", "A goat stays out of sight until the second half, when a horse trots in."),
    ("duck", "A boat can't be seen until the second half, when a duck swims in."),
    ("dog", "Until the second half, when a dog runs in, a cat sits alone."),
]


@pytest.mark.parametrize("arriving, prompt", ARRIVALS_THEN)
def test_a_when_clause_after_until_a_time_comes_in_moving_then(arriving, prompt):
    [thing] = [obj for obj in PLANNER.plan(prompt).layout.objects if obj.name == arriving]
    centres = [None if box is None else (box[0] + box[2]) / 2 for box in thing.boxes]
    in_frame = "".join("." if centre is None or not 0 <= centre <= 1 else "1" for centre in centres)
    assert in_frame.startswith("...") and in_frame.endswith("11"), in_frame
    shown = [centre for centre in centres if centre is not None]
    assert abs(shown[-1] - shown[0]) > 0.4, shown


@pytest.mark.parametrize("drawn, prompt", [
    (["cat", "dog"], "A dog waits by the door until the close, when a cat arrives."),
    (["cat", "dog", "mat"], "A dog sleeps on the mat until the close, when a cat walks in."),
])
def test_the_close_of_the_clip_is_no_thing(drawn, prompt):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Any cat so far? None in the first half. In the second half a cat walks in from the left.", {"cat": "...111"}),
    ("Is there a car yet? Not in the first half. Halfway through, a car drives in from the right.", {"car": "...111"}),
    ("Any sign of a dog? Nope, not yet. In the second half a dog runs in from the left.", {"dog": "...111"}),
    ("So, any birds in sight? Nothing in the first half. In the second half a bird flies in from the right.",
     {"bird": "...111"}),
    ("Is there a red ball yet? No, not in the first half. Later a red ball rolls in from the left.",
     {"red ball": "...111"}),
    ("Any horse? Not until the second half. Then a horse trots in and stays.", {"horse": "...111"}),
])
def test_a_thing_asked_after_and_answered_absent_is_the_one_arriving_later(prompt, drawn):
    assert {name: shown for name, (_, shown) in ways_and_presence(prompt).items()} == drawn


# ------------------------------------------------------------ a speaker's "from" that is no dateline
@pytest.mark.parametrize("drawn, prompt", [
    ({"desk", "novelist"}, "Writing from his desk, a novelist stands up and walks to the right."),
    ({"podium", "senator"}, "Speaking from the podium, a senator waves."),
    ({"clerk"}, "Filing from the top drawer, a clerk walks to the right."),
])
def test_a_participle_of_writing_or_speaking_before_a_clause_keeps_the_clause(drawn, prompt):
    assert drawn <= set(names(prompt))


@pytest.mark.parametrize("prompt", [
    "Speaking from the left, a man walks to the right.",
    "Writing from left to right, a robot arm draws a line on a board.",
])
def test_a_side_of_the_frame_is_never_a_datelines_place(prompt):
    assert " at left" not in " " + rewritten_for_reading(prompt)
    assert " at the left" not in " " + rewritten_for_reading(prompt)


@pytest.mark.parametrize("prompt, kept", [
    ("Reporting from the pier, a senator waves.", "at the pier, a senator waves."),
    ("Reporting live from the harbour, this is Anna. A dog runs to the left.", "a dog runs to the left."),
])
def test_a_dateline_keeps_the_clause_after_it_and_drops_a_sign_off(prompt, kept):
    assert rewritten_for_reading(prompt).strip() == kept


@pytest.mark.parametrize("prompt", [
    "In a world where one car holds the screen, nothing else shows up. Coming soon. This summer.",
    "In a world where no one waits, one dog runs to the left. Coming soon. This winter!",
])
def test_a_trailers_coming_soon_before_its_season_is_dropped(prompt):
    assert "coming" not in rewritten_for_reading(prompt)


@pytest.mark.parametrize("prompt", [
    "Entering: a red car. It drives to the right.",
    "Arriving: two dogs. They run to the left.",
])
def test_a_bare_opening_heading_of_coming_in_is_the_arrival(prompt):
    objects = PLANNER.plan(prompt).layout.objects
    assert objects and all(obj.boxes[0] is None and obj.boxes[-1] is not None for obj in objects), prompt


@pytest.mark.parametrize("prompt", [
    "Arriving soon: a red car. It drives to the right.",
    "Now appearing: two dogs. They run to the left.",
])
def test_an_opening_status_with_a_time_to_come_or_now_is_dropped(prompt):
    objects = PLANNER.plan(prompt).layout.objects
    assert objects and all(obj.boxes[0] is not None for obj in objects), prompt


@pytest.mark.parametrize("prompt, kept", [
    ("Open the book. A moth flies out to the right.", "open the book."),
    ("Close the notebook. A cat jumps onto the table.", "close the notebook."),
    ("Shut the book. A paper plane glides out of it.", "shut the book."),
])
def test_a_book_bidden_open_or_shut_may_be_the_scenes(prompt, kept):
    assert rewritten_for_reading(prompt).startswith(kept)


def test_a_page_bidden_turned_is_still_the_listeners():
    assert rewritten_for_reading("Turn the page! A cat sleeps on the sofa.").strip() == "a cat sleeps on the sofa."


@pytest.mark.parametrize("prompt, way", [
    ("Hello, bird! You fly to the left.", "left"),
    ("Little dog, you run to the right.", "right"),
])
def test_a_thing_called_then_told_as_you_moves_though_its_verb_is_also_a_noun(prompt, way):
    assert list(ways_of(prompt).values()) == [way]


@pytest.mark.parametrize("prompt, kept", [
    ("A doctor walks to the right, checks his pulse.", "checks his pulse"),
    ("A runner stops on the left, checks her watch.", "checks her watch"),
])
def test_a_note_on_the_doers_own_thing_is_the_scenes_not_the_writers(prompt, kept):
    assert kept in rewritten_for_reading(prompt)
