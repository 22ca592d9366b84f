"""Known misreadings of who and what is in the clip, each read as one member of a family of phrasings.

A person who shows things stands with them; a clip's restated thing is the thing told; a document, the speaker's
sources and the place the narrator watched from are the speaker's world; a pan may be cookware; irregular pasts
are verbs; "naught else" fences as "nothing else" does.
"""

import pytest

from pipelines.core.planning import PlannerError
from pipelines.lvd.prompt_reading import read_prompt
from tests.helpers.planned import PLANNER, moves_drawn


def _names(prompt: str) -> list[str]:
    return sorted(thing.name for thing in PLANNER.plan(prompt).layout.objects)


# ------------------------------------------------------------ 1. a creature that shows things is there with them
@pytest.mark.parametrize("prompt, drawn", [
    ("A man shows two cats walking left.", {"cat": ["left", "left"], "man": [""]}),
    ("A woman presents three birds flying to the right.", {"bird": ["right", "right", "right"], "woman": [""]}),
    ("The girl shows two dogs running to the left.", {"dog": ["left", "left"], "girl": [""]}),
    ("A dog shows two cats walking left.", {"cat": ["left", "left"], "dog": [""]}),
    # a screen or a clip still presents them, and a person reporting them is still the speaker's source
    ("The clip shows two cats walking left.", {"cat": ["left", "left"]}),
    ("The policeman states four birds were in the frame.", {"bird": ["", "", "", ""]}),
])
def test_a_creature_showing_things_is_drawn_with_them(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 2. one who shows a film to others is there with them
@pytest.mark.parametrize("prompt, names", [
    ("The teacher shows the children a film.", ["child", "child", "teacher"]),
    ("A teacher shows the kids a video.", ["kid", "kid", "teacher"]),
    ("The coach shows the little girls a film.", ["coach", "little girl", "little girl"]),
    ("A man showed the boys a cartoon.", ["boy", "boy", "man"]),
    # the speaker showing it has an audience, never in the clip; a clip whose things are told is the scene
    ("After lunch I showed the children the recording: one moving ball, in view the whole time.", ["ball"]),
    ("The teacher shows the children a film: two cats walk left.", ["cat", "cat"]),
])
def test_one_who_shows_a_film_to_others_is_drawn_with_them(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 3. the clip shows the thing told again, not a second one
@pytest.mark.parametrize("prompt, drawn", [
    ("A boy throws a ball. The clip shows one ball and nothing else.", {"ball": ["right"]}),
    ("A ball rolls left. The clip shows one ball and nothing else.", {"ball": ["left"]}),
    ("A dog chases a cat. The clip shows one cat and nothing else.", {"cat": ["right"], "dog": ["right"]}),
    ("A cat walks left. The video shows one cat.", {"cat": ["left"]}),
    ("Two dogs run right. The footage shows two dogs.", {"dog": ["right", "right"]}),
    # a count or a kind not told before is new
    ("A cat walks left. The video shows two cats.", {"cat": ["", "", "left"]}),
])
def test_a_thing_the_clip_shows_again_is_the_one_told(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 4. what a document comes with is its content
@pytest.mark.parametrize("prompt, names", [
    ("This listing comes with four cars.", ["car"] * 4),
    ("This offer comes with three dogs.", ["dog"] * 3),
    ("The brochure came with two cats walking left.", ["cat"] * 2),
    ("Our deal comes with a red ball.", ["red ball"]),
    # a creature that comes with others arrives with them
    ("A man comes with two dogs.", ["dog", "dog", "man"]),
])
def test_what_a_document_comes_with_is_drawn_without_it(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 5. a pan named as a thing is cookware
@pytest.mark.parametrize("prompt, names", [
    ("The pan is hot.", ["frying pan"]),
    ("A pan on the stove.", ["frying pan", "stove"]),
    ("A cat sits next to a hot pan.", ["cat", "frying pan"]),
    ("Two pans sit on the stove.", ["frying pan", "frying pan", "stove"]),
    ("A chef carries the pan to the left.", ["chef", "frying pan"]),
])
def test_a_pan_named_as_a_thing_is_drawn(prompt, names):
    assert _names(prompt) == names


@pytest.mark.parametrize("prompt, names", [
    ("A cat walks to the right. The shot ended with a quick pan.", ["cat"]),
    ("The camera pans left across five sheep.", ["sheep"] * 5),
])
def test_the_cameras_pan_is_still_no_thing(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 6. irregular pasts are verbs
@pytest.mark.parametrize("prompt, drawn", [
    ("A leaf swept across the lawn to the right.", {"leaf": ["right"]}),
    ("A hawk swept across the frame from right to left.", {"hawk": ["left"]}),
    ("A cat fled to the left.", {"cat": ["left"]}),
    ("A dog snuck to the right.", {"dog": ["right"]}),
    ("A cat slunk to the right.", {"cat": ["right"]}),
    ("A bird swept across the sky from left to right.", {"bird": ["right"]}),
])
def test_an_irregular_past_is_the_verb(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, kind, verb", [("A ball is swept to the left.", "move", "swept"),
                                                ("A ball was blown to the right.", "move", "blown"),
                                                ("A ball was struck to the right.", "move", "struck"),
                                                ("A cat fled to the left.", "run", "fled")])
def test_an_irregular_past_is_read_as_the_movers_verb(prompt, kind, verb):
    reading = read_prompt(prompt)
    assert [(motion.kind, motion.verb) for entity in reading.entities for motion in entity.motions] == [(kind, verb)]


# ------------------------------------------------------------ 7. "naught else" fences as "nothing else" does
@pytest.mark.parametrize("prompt", [
    "A man sits on a bench. The camera shows three dogs, and naught else.",
    "A man sits on a bench. The camera shows three dogs, and nought else.",
    "A man sits on a bench. The camera shows three dogs, and none else.",
    "A man sits on a bench. The camera shows three dogs, naught more.",
])
def test_naught_else_fences_the_shown_things(prompt):
    assert _names(prompt) == ["dog"] * 3


# ------------------------------------------------------------ 8. the speaker's sources, tale and vantage
@pytest.mark.parametrize("prompt, drawn", [
    ("Four cars drive left, and our sources swear by it.", {"car": ["left"] * 4}),
    ("Two cats walk left, and my neighbours attest to it.", {"cat": ["left", "left"]}),
    ("Spotted, darling: four moving cars, in view from the very start of the clip to the very end. Nothing else, "
     "and our sources swear by it.", {"car": ["", "", "", ""]}),
    ("Two cats walk left, and the tale I tell shows them.", {"cat": ["left", "left"]}),
    ("A ball rolls to the right, and the story we tell shows it.", {"ball": ["right"]}),
    ("Two dogs run left. The book I wrote shows them the whole time.", {"dog": ["left", "left"]}),
])
def test_the_speakers_sources_and_tale_are_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Sisters, from the surface I watched a car drive from the right side of the picture to the left side.",
     {"car": ["left"]}),
    ("Sisters, from the surface I watched a car drive to the left.", {"car": ["left"]}),
    ("Friends, from the roof I watched a car drive to the left.", {"car": ["left"]}),
    ("From the bridge we saw two boats sail to the right.", {"boat": ["right", "right"]}),
    # a side the narrator names is still where the thing goes from
    ("From the left I watched a car drive to the right.", {"car": ["right"]}),
])
def test_where_the_narrator_watched_from_is_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_prompt_naming_only_a_cameras_pan_still_names_nothing():
    with pytest.raises(PlannerError):
        PLANNER.plan("Missed it to a bad pan.")


# ============================================================ review of the fixes above: where they reached too far
# ------------------------------------------------------------ R1. a thing marked as new is a second one
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs right. The clip shows a second dog.", {"dog": ["", "right"]}),
    ("A dog runs right. The clip shows a third dog.", {"dog": ["", "right"]}),
    ("A dog runs right. The clip shows one more dog.", {"dog": ["", "right"]}),
    ("A dog runs right. The clip shows a new dog.", {"dog": ["", "right"]}),
    ("A dog runs right. The clip shows a different dog.", {"dog": ["", "right"]}),
    ("A big dog runs right. The clip shows a small dog.", {"big dog": ["right"], "small dog": [""]}),
    ("A cat walks left. The clip shows an old cat.", {"cat": ["", "left"]}),
    ("A horse trots left. The footage shows a young horse.", {"horse": ["", "left"]}),
    ("Two dogs run right. The video shows two more dogs.", {"dog": ["", "", "right", "right"]}),
    # a bare sentence after another thing's sentence is a second one; right after its own, the same one
    ("A cat walks left. A dog barks. A cat.", {"cat": ["", "left"], "dog": [""]}),
    ("A cat walks left. The footage has one cat in it.", {"cat": ["left"]}),
    ("A dog runs right. The video has one dog in view.", {"dog": ["right"]}),
])
def test_a_thing_marked_as_new_is_a_second_one(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ R2. a pan doing what a camera does is the camera
@pytest.mark.parametrize("prompt, names", [
    ("A cat walks left. The pan follows it.", ["cat"]),
    ("Two dogs run right, and the pan keeps up with them.", ["dog", "dog"]),
    ("A horse gallops right. Our pan follows the horse.", ["horse"]),
    ("A ball rolls left. Then the pan swings right.", ["ball"]),
    ("A bird flies left. The pan keeps the bird in view.", ["bird"]),
    ("A pan reveals three sheep.", ["sheep"] * 3),
    ("A dog runs left and the pan tracks it.", ["dog"]),
    ("A big pan reveals two horses.", ["horse", "horse"]),
    ("A cat walks right. A slow pan keeps the cat in frame.", ["cat"]),
    # a size is no camera word: a big pan on a stove is the cookware
    ("A big pan sits on the stove.", ["big frying pan", "stove"]),
    ("A little pan sits on the table.", ["little frying pan", "table"]),
])
def test_a_pan_that_follows_is_the_camera(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ R3. who shows a clip, whom to, and what it shows
@pytest.mark.parametrize("prompt, names", [
    # one who shows a clip to others is there with them, whether or not the tables know the word
    ("The nurse shows the patients a film.", ["nurse", "patient", "patient"]),
    ("My uncle showed the twins a movie.", ["twin", "twin", "uncle"]),
    ("My sister showed the boys a cartoon of three birds flying right.", ["bird"] * 3 + ["boy", "boy", "sister"]),
    ("The teacher shows the children a film about two cats.", ["cat", "cat", "child", "child", "teacher"]),
    # a screen that shows a film has no audience in the scene
    ("The screen shows the kids a film.", ["screen"]),
    # who shows a picture of things stands with them; what it shows is read as main reads "a photo of"
    ("A man shows a photo of three birds.", ["bird"] * 3 + ["man"]),
    ("A boy shows a drawing of two cats.", ["boy", "cat", "cat"]),
    ("The woman shows two cats in a video.", ["cat", "cat", "woman"]),
])
def test_who_shows_a_clip_and_whom_to(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ R4. "shows that/how" reports
@pytest.mark.parametrize("prompt, drawn", [
    ("The girl shows that two dogs run to the left.", {"dog": ["left", "left"]}),
    ("The man shows how a ball rolls to the left.", {"ball": ["left"]}),
    ("A boy shows that the ball rolls right.", {"ball": ["right"]}),
    ("The woman presents how two cats walk left.", {"cat": ["left", "left"]}),
    # "that" as a determiner still holds a thing up
    ("The girl shows that dog running to the left.", {"dog": ["left"], "girl": [""]}),
])
def test_one_who_shows_that_or_how_reports(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ R5. only an offer comes with its content
@pytest.mark.parametrize("prompt, names", [
    ("The cart comes with a horse.", ["cart", "horse"]),
    ("The sled came with four dogs.", ["dog"] * 4 + ["sled"]),
    ("The wave comes with a surfer riding it to the right.", ["surfer", "wave"]),
    ("The boat comes with two ducks.", ["boat", "duck", "duck"]),
    ("This house came with three cats.", ["cat"] * 3),
    ("The package comes with two balls.", ["ball", "ball"]),
    ("This cottage comes with two cats.", ["cat", "cat"]),
])
def test_only_an_offer_comes_with_its_content(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ R6. where I or we watched from, unless named again
@pytest.mark.parametrize("prompt, place, kept", [
    ("From the bridge I watched a boat sail under the bridge.", "bridge", True),
    ("From the roof I watched a cat walk along the roof to the left.", "roof", True),
    ("From the boat we watched a whale swim left past the boat.", "boat", True),
    ("From the boat we watched a whale swim to the left.", "boat", False),
    ("From our car we spotted a deer running to the left.", "car", False),
    ("From the bridge we saw two boats sail to the right.", "bridge", False),
])
def test_where_the_narrator_watched_from_stays_when_named_again(prompt, place, kept):
    assert (place in _names(prompt)) is kept


# ------------------------------------------------------------ R7. the wind after a passive's way is its agent
@pytest.mark.parametrize("prompt, drawn", [
    ("A kite was blown to the left by the wind.", {"kite": ["left"]}),
    ("A leaf was swept to the right by the wind.", {"leaf": ["right"]}),
    ("A boat was pushed to the right by the current.", {"boat": ["right"]}),
    ("A leaf was carried to the right by the wind.", {"leaf": ["right"]}),
])
def test_the_wind_a_passive_move_names_is_no_thing(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ R8. "none else" reads exactly as "nothing else"
@pytest.mark.parametrize("prompt", [
    "A man sits on a bench. A dog runs left and {} moves.",
    "The dog ran left and {} followed, but a cat sat still.",
    "Two birds fly right, and {} is in view.",
])
def test_none_else_reads_as_nothing_else(prompt):
    assert moves_drawn(prompt.format("none else")) == moves_drawn(prompt.format("nothing else"))


# ------------------------------------------------------------ R9. a top with a verb of its own is the toy
@pytest.mark.parametrize("prompt, drawn", [
    ("A top spun in the middle.", {"spinning top": [""]}),
    ("One top wobbles to the left.", {"spinning top": ["left"]}),
    # the top of the picture is still a place
    ("A ball rolls to the top left.", {"ball": ["left"]}),
])
def test_a_top_that_spins_is_the_toy(prompt, drawn):
    assert moves_drawn(prompt) == drawn
