"""Prompts in the voices of a held-out set (tests/helpers/blind_set_37.py), in new words.

Social-media posts (@handles, camel-case hashtags that only repeat the count, slang, "out for a stroll", "she's
the main character", "where'd it go"), catalogue labels and clip listings (a title in parentheses, a year, a
medium line with its running time, frame rates and pixel sizes) and letters to an editor (a greeting, a sign-off
with a name, a postscript about the job, "for the next edit") are read for the scene they ask for. Each layout is
checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.letters_and_labels import label_in_plain_words, letter_in_plain_words
from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a running time, a frame rate or a size in pixels after a number is never a count of things
        ("Two grazing horses, 20 s, nothing else in view.", "horse", 2),
        ("Four kites drifting for 9 secs and nothing more in the sky.", "kite", 4),
        ("Three ducks paddling, 3 min long, with nothing else in the shot.", "duck", 3),
        ("One goat at 24 fps, 1920 px wide, and nothing else.", "goat", 1),
        # a catalogue label: its title repeats the description, its year and medium line count nothing
        ("Study (Three Goats), 2024. Single-channel video, 16 s. Three goats grazing; nothing else appears.", "goat", 3),
        ("Untitled (Two Kites), 2023. HD video loop, 6 min. A pair of kites, alone in the frame.", "kite", 2),
        ("Three Trucks at Dawn, 2022. Digital video, colour, 45 s.", "truck", 3),
        ("Evening Horses (One Horse), 2020. Video, 90 s. One horse standing alone.", "horse", 1),
        ("Four Kites (2025). Digital video, 16 s. Four kites drifting, nothing else.", "kite", 4),
        ("Untitled (Three Goats), 2024\nHD video, 20 s\nThree goats grazing; nothing else.", "goat", 3),
        ("Stock clip: two kites drifting, 12 sec, 4K, royalty-free; nothing else.", "kite", 2),
        # social posts: a handle is a person, a camel-case hashtag only repeats the count, slang is mood
        ("two horses just vibing in a field lowkey nothing else in frame @farm.life_22 #TwoHorses #horsesofig", "horse", 2),
        ("omg four ducks and literally nothing else smh so cute cc @duckfan #FourDucks", "duck", 4),
        ("one goat out for a stroll and nothing else in the vid tbh #OneGoat", "goat", 1),
        ("three kites up for a quick flight, nothing else in the sky iykyk #ThreeKites", "kite", 3),
        ("just one truck on the road, nothing else, she's the main character istg #trucktok", "truck", 1),
        ("two goats took a walk and nothing else was in frame lol @ana.b", "goat", 2),
        # letters: whoever is greeted or signs is no thing, nor is a postscript about the job or "the next edit"
        ("Hey Rosa,\n\nFor the next edit, could you show two goats grazing and nothing else?\n\nMany thanks,\nDev\n\n"
         "P.S. Friday works for the handover.", "goat", 2),
        ("Dear Mr. Okafor,\n\nPlease send me a clip of three ducks swimming, with no other things in it.\n\nKind regards,\n"
         "Hana Sato", "duck", 3),
        ("Hi Theo, I need one kite drifting and nothing else in the frame. Cheers, Mila", "kite", 1),
        ("Good morning Lou,\n\nFour trucks parked in a row, nothing else, please.\n\nBest wishes,\nAmir\n\n"
         "P.S. Apologies for the short deadline.", "truck", 4),
        ("Hello Jo,\n\nTwo vans driving, nothing else in shot.\n\nThanks a lot,\nKofi\n\nPS: the client loves it", "van", 2),
        ("Dear Pat,\n\nThree goats standing around, nothing else.\n\nYours,\nMel\n\nP.S. Send the invoice with the files.",
         "goat", 3),
    ],
)
def test_posts_labels_and_letters_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("a duck paddling in the first half, then in the second half no duck at all?? where'd it go #DuckLife", "duck", False),
        ("first half: one goat. second half: no goat anywhere lol where did the goat even go @goatwatch", "goat", False),
        ("Hi Ana,\n\nNo kite in the first half, please, and a drifting kite in the second half.\n\nThanks,\nJoe\n\n"
         "P.S. Thanks again for the last batch.", "kite", True),
        ("Untitled (Horse), 2021. Video, 12 s. A horse is seen only in the second half.", "horse", True),
    ],
)
def test_a_thing_said_gone_or_late_stays_one_thing(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Fig. 7. A truck drives from the left to the right, 30 fps.", "truck", RIGHTWARD),
        ("a horse trots from right to left, total main character energy @ranch_cam #horsesofinstagram", "horse", LEFTWARD),
        ("Hello Kim,\n\nCould you show a goat walking from the right to the left of the frame?\n\nRegards,\nSven", "goat",
         LEFTWARD),
        # "could you make a duck swim ...": the duck swims, the request is no part of it
        ("Hi Ola,\n\nCould you make a duck swim from the left of the frame to the right?\n\nThanks,\nIvo", "duck", RIGHTWARD),
    ],
)
def test_posts_labels_and_letters_keep_the_move(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


def test_a_postscript_that_names_a_thing_is_kept():
    letter = "Hi Sam,\n\nA goat grazing, please.\n\nThanks,\nPriya\n\nP.S. Add a red kite too."
    assert "red kite" in letter_in_plain_words(letter)
    assert "priya" not in letter_in_plain_words(letter).lower() and "sam" not in letter_in_plain_words(letter).lower()


@pytest.mark.parametrize(
    "letter",
    [
        "Hey team,\n\nTwo goats grazing, nothing else.\n\n\u2014 Priya",
        "Hi Sam,\n\nTwo goats grazing, nothing else.\n\nBest regards,\nDr. Jane Smith",
        "Hi Sam,\n\nTwo goats grazing, nothing else.\n\nThanks!\nPriya\n\nSent from my phone",
        "Hello,\nTwo goats grazing, nothing else.\nThank you!",
    ],
)
def test_every_kind_of_sign_off_goes(letter):
    assert rewritten_for_reading(letter) == "two goats grazing."


def test_a_closing_bullet_that_names_a_thing_is_no_signature():
    assert "kite" in rewritten_for_reading("Hi Sam,\n\nIn the clip:\n- two goats grazing\n- a red kite")


def test_a_label_without_a_description_keeps_its_title():
    assert label_in_plain_words("Three Goats, 2024. Digital video, 10 s.").strip() == "Three Goats."
    assert label_in_plain_words("A goat walks left.") == "A goat walks left."


@pytest.mark.parametrize(
    "said, plain",
    [
        ("three dogs out for a walk", "three dogs walking"),
        ("a goat took a short stroll to the left", "a goat strolled to the left"),
        ("a kite goes for a flight to the right", "a kite flies to the right"),
        ("a cat waits for a ball", "a cat waits for a ball"),  # no outing: left alone
    ],
)
def test_an_outing_is_its_move(said, plain):
    assert rewritten_for_reading(said) == plain


def test_the_clip_length_stays_for_clock_times():
    assert "8-second clip" in rewritten_for_reading("At 0:04 of an 8-second clip, a kite drifts into frame.")
    assert lvd.visibility("kite", True, planned_condition("At 0:04 of an 8-second clip, a kite drifts into frame and stays."))
