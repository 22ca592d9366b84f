"""Prompt reading in writing styles the LVD families are rarely asked in: lists, parentheticals,
instructions to the camera, passive voice, British spelling and time words (our own phrasings)."""

from pipelines.core.layout import in_view
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def counts(prompt):
    found: dict[str, int] = {}
    for entity in read_prompt(prompt).entities:
        found[entity.noun] = found.get(entity.noun, 0) + entity.count
    return found


def centre_x(box):
    return (box[0] + box[2]) / 2


# ------------------------------------------------------------------ counts
def test_the_others_and_the_subjects_are_not_objects():
    assert counts("Five geese are filmed, each one well apart from the others") == {"goose": 5}
    assert counts("Subjects: two cats and a dog") == {"cat": 2, "dog": 1}


def test_a_count_said_after_its_noun_replaces_the_assumed_two():
    assert counts("Subjects: sheep. Number of them: four.") == {"sheep": 4}
    assert counts("Animals shown: horses. Their number: 6") == {"horse": 6}
    assert counts("Some horses. Then a 3") == {"horse": 2}  # no "number": the lone 3 is not a count


def test_a_count_survives_commas_and_degree_words_between_its_describing_words():
    assert counts("Five very fluffy, quite scruffy well-groomed rabbits sit in a row") == {"rabbit": 5}
    assert counts("2 truly charming, rather wonderful lively ducks") == {"duck": 2}
    assert counts("A dog, a cat and a bird") == {"dog": 1, "cat": 1, "bird": 1}  # a list still lists


# ------------------------------------------------------------------ visibility
def seen(prompt, name):
    layout = plan(prompt)
    boxes = next(o.boxes for o in layout.objects if o.name.endswith(name))
    return [box is not None and in_view(box) for box in boxes]


def test_no_thing_for_the_first_seconds_then_one_comes():
    for prompt in ("For the first few seconds no horse is in shot; later a brown horse trots in",
                   "Keep the opening half free of any duck; later a duck waddles in",
                   "Initially there is no horse, but towards the end one arrives"):
        shown = seen(prompt, "horse" if "horse" in prompt else "duck")
        assert not any(shown[:2]) and all(shown[-2:]), (prompt, shown)
        assert len(plan(prompt).objects) == 1, prompt


def test_no_sign_of_it_in_the_latter_half_means_it_leaves():
    shown = seen("During the latter half there is no trace of a sheep, which was there before", "sheep")
    assert all(shown[:2]) and not any(shown[-2:])


def test_a_plain_no_places_nothing_of_it():
    reading = read_prompt("A cat on a sofa and no dog")
    assert [e.noun for e in reading.entities] == ["cat", "sofa"]
    assert any("no dog placed" in note for note in reading.notes)


def test_fronted_absence_and_passive_introduction_are_appearances():
    for prompt in ("At first missing, a rabbit is there by the end", "A goose is added to the scene in the second half"):
        shown = seen(prompt, "rabbit" if "rabbit" in prompt else "goose")
        assert not any(shown[:2]) and all(shown[-2:]), (prompt, shown)


# ------------------------------------------------------------------ one and two objects moving
def path_x(prompt, name):
    boxes = next(o.boxes for o in plan(prompt).objects if o.name.endswith(name))
    return centre_x(boxes[0]), centre_x(boxes[-1])


def test_a_direction_after_a_verb_we_do_not_know_is_a_move():
    start, end = path_x("Under grey skies, a tractor lumbers left", "tractor")
    assert end < start - 0.2
    start, end = path_x("A pony keeps inching right all clip long", "pony")
    assert end > start + 0.2


def test_a_place_said_with_a_late_time_is_where_it_ends():
    start, end = path_x("At first on the right, a goat is on the left at the end", "goat")
    assert start > 0.5 > end


def test_was_on_one_side_and_is_on_the_other_is_a_move_past_the_reference():
    start, end = path_x("At the end, a duck that was on the right of a cow is on its left", "duck")
    cow_start, cow_end = path_x("At the end, a duck that was on the right of a cow is on its left", "cow")
    assert start > cow_start and end < cow_end and cow_start == cow_end


def test_a_bare_side_after_a_side_of_something_is_that_things_side():
    prompt = "A horse is led past a van, from the right side of it to the left side"
    start, end = path_x(prompt, "horse")
    van_start, _ = path_x(prompt, "van")
    assert start > van_start > end


def test_overtaking_is_passing():
    prompt = "A cat overtaking a frog, from its left to its right"
    start, end = path_x(prompt, "cat")
    frog_start, frog_end = path_x(prompt, "frog")
    assert start < frog_start < end and frog_start == frog_end


# ------------------------------------------------------------------ paths
def centre(box):
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def corners(prompt, name):
    """The quadrant of the first, middle and last box: (right?, lower?)."""
    boxes = next(o.boxes for o in plan(prompt).objects if o.name.endswith(name))
    picked = [boxes[0], boxes[len(boxes) // 2], boxes[-1]]
    return [(centre(b)[0] > 0.5, centre(b)[1] > 0.5) for b in picked]


LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT = (False, True), (True, True), (True, False)


def test_a_path_written_with_arrows():
    assert corners("Top-down. A hen: lower left -> lower right -> upper right", "hen") == [LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]
    assert corners("Top-down. A hen: lower left → bottom right → top right", "hen") == [LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]


def test_a_spec_path_splits_at_any_arrow():
    """A spec's path value splits at every arrow the rewrites know (rewrite_text.ARROW), not a shorter list of its own:
    "right ⇒ left" is two stops, the cat going left, not a stop named "right ⇒ left"."""
    for arrow in ("->", "→", "⇒", "➜", "-->"):
        boxes = plan(f"object: cat | path: right {arrow} left").to_dict()["objects"][0]["boxes"]
        assert centre_x(boxes[0]) > 0.6 > 0.4 > centre_x(boxes[-1]), arrow
        assert all(centre_x(a) >= centre_x(b) for a, b in zip(boxes, boxes[1:])), arrow


def test_places_listed_before_their_object_are_its_path():
    prompt = "Seen from above. First the lower left, then the lower right, then the upper right: the route of a cat"
    assert corners(prompt, "cat") == [LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]


def test_an_order_to_track_an_object_follows_its_stated_path():
    prompt = "From above, track a dog as it runs from the lower left to the lower right and then on to the upper right"
    assert corners(prompt, "dog") == [LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]


# ------------------------------------------------------------------ what the clip shows
def test_a_clip_in_which_things_appear_shows_them_throughout():
    shown = seen("A video in which 3 pigs appear", "pig")
    assert all(shown)
    shown = seen("A video in which a pig appears in the second half", "pig")
    assert not any(shown[:2]) and all(shown[-2:])


def test_things_along_a_fence_are_counted_without_the_fence():
    assert counts("Along a fence, four cows are lined up") == {"cow": 4}
    reading = read_prompt("Along a fence, four cows are lined up")
    assert all(m.kind == "rest" for e in reading.entities for m in e.motions)  # lined up is not a move up


def test_a_clause_after_but_has_its_own_time():
    shown = seen("A goat is visible in the first half, but in the second half it is not", "goat")
    assert all(shown[:2]) and not any(shown[-2:])


# ------------------------------------------------------------------ spoken phrasing (after set 11)
def test_contractions_approximate_times_and_other_halves():
    for prompt, first in (("A cow can be seen at first; after that it's gone", True),
                          ("A cow is in the frame until about the midpoint", True),
                          ("A cow quits the scene partway through", True),
                          ("After the opening half, a cow is nowhere to be seen", True),
                          ("A cow shows itself only in the back half of the clip", False),
                          ("It isn't until the second half that a cow is visible", False),
                          ("Halfway in, a cow makes an entrance", False)):
        shown = seen(prompt, "cow")
        assert (all(shown[:2]) and not any(shown[-2:])) if first else (not any(shown[:2]) and all(shown[-2:])), (prompt, shown)


def test_counts_after_a_colon_and_colours_said_first_or_in_brackets():
    assert counts("Horses: 6 in total") == {"horse": 6}
    names = sorted(o.name for o in plan("Red is the fox, blue is the duck").objects)
    assert names == ["blue duck", "red fox"]
    names = sorted(o.name for o in plan("A fox (red) waits while a duck (blue) looks on").objects)
    assert names == ["blue duck", "red fox"]


def test_begins_and_ends_with_a_bare_side_and_sides_over_across():
    start, end = path_x("A hen begins right, ends left", "hen")
    assert start > 0.5 > end
    start, end = path_x("The dog walks across the screen, right to left", "dog")
    assert start > 0.5 > end


def test_an_opening_participle_phrase_names_the_reference_not_the_mover():
    prompt = "Compared with a cow, a dog starts on the right and ends on the left"
    start, end = path_x(prompt, "dog")
    cow_start, cow_end = path_x(prompt, "cow")
    assert start > cow_start > end and cow_start == cow_end
    prompt = "Holding a cow still, show a dog going from right of it to left of it"
    start, end = path_x(prompt, "dog")
    cow_start, cow_end = path_x(prompt, "cow")
    assert start > cow_start > end and cow_start == cow_end


def test_a_side_said_in_a_later_sentence_is_where_the_move_ends():
    prompt = "A duck is at first right of a cow; by the end it is left of a cow"
    start, end = path_x(prompt, "duck")
    cow_start, _ = path_x(prompt, "cow")
    assert start > cow_start > end
    assert len(plan(prompt).objects) == 2


def test_labelled_and_restated_legs_and_a_state_verb_with_a_path():
    assert corners("Top-down. Start: lower left. Middle: lower right. End: upper right. Object: a dog.", "dog") == [
        LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]
    assert corners("Top-down: the dog goes from lower left to lower right, then from lower right to upper right", "dog") == [
        LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]
    assert corners("From a top-down angle, a dog begins at the lower left, swings over to the lower right, "
                   "then winds up in the upper right", "dog") == [LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]


def test_picture_if_you_will_and_the_frame_holds_are_no_objects():
    assert counts("Picture, if you will, 5 dogs idling") == {"dog": 5}
    assert counts("The frame holds 3 boxes") == {"box": 3}
    shown = seen("A cat is hidden at first and then comes out", "cat")
    assert not any(shown[:2]) and all(shown[-2:])


# ------------------------------------------------------------------ requests and stage words (after set 12)
def test_singular_nouns_in_us_and_plurals_of_nouns_in_u():
    assert counts("Three walruses rest") == {"walrus": 3}
    assert counts("A walrus rests") == {"walrus": 1}
    assert counts("Four emus rest") == {"emu": 4}


def test_requests_vague_counts_made_exact_and_time_nouns_with_adjectives():
    assert counts("Can I get 4 dogs?") == {"dog": 4}
    assert counts("A bunch of cats, 5 to be exact") == {"cat": 5}
    assert counts("Three dogs on a frosty morning") == {"dog": 3}


def test_colours_after_their_noun_and_a_coloured_one():
    assert sorted(o.name for o in plan("Make the cat orange and the dog blue").objects) == ["blue dog", "orange cat"]
    assert sorted(o.name for o in plan("The cat is a brown one; the dog is a grey one").objects) == ["brown cat", "gray dog"]


def test_stage_words_and_places_at_late_times():
    shown = seen("Midway, a goat walks off", "goat")
    assert all(shown[:2]) and not any(shown[-2:])
    shown = seen("A calm goat walks on partway through", "goat")
    assert not any(shown[:2]) and all(shown[-2:])
    shown = seen("A goat steps out of view halfway", "goat")
    assert all(shown[:2]) and not any(shown[-2:])
    start, end = path_x("A goat is on the right at the start and on the left at the end", "goat")
    assert start > 0.5 > end


def test_corners_listed_after_the_verb_are_legs():
    assert corners("From above, a dog travels: lower left; lower right; upper right", "dog") == [
        LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]


def test_empty_at_first_and_the_second_half_bringing_something():
    for prompt in ("Empty at first, then a grey goat", "The second half brings a goat into view"):
        shown = seen(prompt, "goat")
        assert not any(shown[:2]) and all(shown[-2:]), (prompt, shown)


def test_stops_listed_after_the_verb_and_unknown_nouns_given_a_colour():
    assert corners("Viewed overhead, a dog makes three stops: the lower left, the lower right, the upper right", "dog") == [
        LOWER_LEFT, LOWER_RIGHT, UPPER_RIGHT]
    assert sorted(o.name for o in plan("Colours: cat red, gnu black").objects) == ["black gnu", "red cat"]


# ------------------------------------------------------------------ style and scenery words
def test_picture_quality_words_are_neither_counts_nor_objects():
    assert counts("A 4K recording of 8 pigeons in an open field") == {"pigeon": 8}
    assert counts("An HD clip of two dogs, shot in 1080p") == {"dog": 2}


def test_sky_light_and_backdrop_scenery_are_the_scene():
    assert counts("An HD video under a clear blue sky: the scene has 3 pigeons") == {"pigeon": 3}
    assert counts("Three cats sleep under bright sun") == {"cat": 3}
    reading = read_prompt("A 4K video with mountains in the background: the scene has 4 lambs")
    assert {e.noun: e.count for e in reading.entities} == {"lamb": 4}
    assert reading.background == "mountains"
    assert not any("has no number" in note for note in reading.notes)  # the backdrop's count note goes with it
    assert counts("A dog runs in the distance") == {"dog": 1}  # a mover far away is still drawn
    assert counts("A tree next to two dogs") == {"tree": 1, "dog": 2}  # scenery in the scene proper stays


def test_a_bare_plural_opening_a_clause_is_an_object_and_a_plural_heads_its_phrase():
    assert counts("Subjects: lanterns. Number of them: ten.") == {"lantern": 10}
    assert counts("Filmed on a foggy morning, three lambs graze") == {"lamb": 3}  # not one "lambs graze"
    assert counts("A hockey puck slides to the left") == {"hockey puck": 1}  # a singular first word still joins


def test_modal_can_style_words_and_the_video_itself_are_not_objects():
    assert counts("A scene in winter, and in it we can count two cars") == {"car": 2}
    assert counts("A photographic scene where you can spot 6 balls") == {"ball": 6}
    assert counts("A true-to-life clip of a scene that includes 1 cat") == {"cat": 1}
    assert counts("A crisp, detailed clip in winter of a scene that includes 2 frogs") == {"frog": 2}
    assert counts("A naturalistic piece of footage at dawn with one chicken and nothing else") == {"chicken": 1}


def test_a_half_said_as_the_videos_own():
    shown = seen("A video in which a cat is present only during the video's second half", "cat")
    assert not any(shown[:2]) and all(shown[-2:])
    shown = seen("A video in which a car is present only during the video's first half", "car")
    assert all(shown[:2]) and not any(shown[-2:])


def test_weather_light_and_landscape_words_are_scenery():
    assert counts("A car drives from left to right across a snowy landscape") == {"car": 1}
    assert counts("Two dogs play in the rain under a hazy sunset") == {"dog": 2}
    assert counts("A bird flies through thick fog at dawn") == {"bird": 1}


# ------------------------------------------------------------------ round 15: counts after the noun, fading, crossings
def test_a_count_after_the_noun_with_of_them_or_in_brackets():
    assert counts("A photo-real clip of ducks, 4 of them, by a pond") == {"duck": 4}
    assert counts("Footage of rabbits (seven in all) on a lawn") == {"rabbit": 7}
    assert counts("A lively scene with pigs (3 in total)") == {"pig": 3}


def test_an_unknown_plural_opening_the_prompt_is_its_subject():
    assert counts("Lanterns, nine of them, sway in the wind") == {"lantern": 9}
    assert counts("Lanterns hang from a wire")["lantern"] == 2
    assert counts("Animals shown: horses") == {"horse": 2}  # a label's plural is still not drawn


def test_fading_in_at_the_midpoint_and_gone_from_the_midpoint_on():
    shown = seen("A goat fades in at the midpoint of the video", "goat")
    assert not any(shown[:2]) and all(shown[-2:]), shown
    assert counts("A goat fades in at the midpoint of the video") == {"goat": 1}  # the midpoint is a time
    shown = seen("A cart is in view early on; after the midpoint, it is gone", "cart")
    assert all(shown[:2]) and not any(shown[-2:]), shown
    shown = seen("A hare is there at first, then slips out of sight and never returns", "hare")
    assert all(shown[:2]) and not any(shown[-2:]), shown


def test_entering_on_one_side_and_exiting_on_the_other_is_a_crossing():
    layout = plan("A fox enters on the right and leaves on the left")
    boxes = layout.objects[0].boxes
    assert boxes[0] is not None and boxes[-1] is not None
    assert centre_x(boxes[0]) > 0.5 > centre_x(boxes[-1])


def test_circling_from_one_side_of_a_thing_to_the_other_is_an_arc():
    layout = plan("A crow circles from the left of a cart round to the right of the cart")
    crow, cart = (next(o.boxes for o in layout.objects if o.name == n) for n in ("crow", "cart"))
    assert centre_x(crow[0]) < centre_x(cart[0]) and centre_x(crow[-1]) > centre_x(cart[-1])


def test_a_participle_before_weather_moves_nothing():
    layout = plan("Two cows stand under falling snow")
    assert {o.name for o in layout.objects} == {"cow"}
    assert all(box == o.boxes[0] for o in layout.objects for box in o.boxes)  # no fall, no jump


# ------------------------------------------------------------------ round 16: counts said after, empty frames, new colour words
def test_a_number_said_right_after_its_noun_is_its_count():
    assert counts("A quiet video in which the owls number 6 in all") == {"owl": 6}
    assert counts("A pond with ducks numbering three") == {"duck": 3}
    assert counts("A scene at dusk. How many pigs? Four") == {"pig": 4}


def test_describing_words_before_a_describing_word_are_not_objects():
    assert counts("An everyday realistic clip with 3 cups") == {"cup": 3}
    assert counts("A lush, realistic top-down video of a fox") == {"fox": 1}
    assert counts("A hare crosses the width of the frame from a starting point on the left") == {"hare": 1}


def test_hued_names_a_colour():
    names = sorted(o.name for o in plan("A scene with a teal-hued bus and a red-tinted van").objects)
    assert names == ["red van", "teal bus"]


def test_an_empty_frame_for_a_half_and_joining_once_half_over():
    shown = seen("For the opening half the screen is empty; then an owl flies in", "owl")
    assert not any(shown[:2]) and all(shown[-2:]), shown
    shown = seen("A goose is there early on; for the closing half the picture stays empty", "goose")
    assert all(shown[:2]) and not any(shown[-2:]), shown
    shown = seen("A swan joins the scene once the clip is half over", "swan")
    assert not any(shown[:2]) and all(shown[-2:]), shown
    shown = seen("A swan is on screen in the first half but nowhere in the second half", "swan")
    assert all(shown[:2]) and not any(shown[-2:]), shown


def test_a_move_past_a_thing_then_where_it_starts_and_ends_is_one_move():
    layout = plan("A hen moves past a cart; it starts on the cart's right and finishes on the cart's left")
    hen, cart = (next(o.boxes for o in layout.objects if o.name == n) for n in ("hen", "cart"))
    assert centre_x(hen[0]) > centre_x(cart[0]) and centre_x(hen[-1]) < centre_x(cart[-1])


def test_a_time_of_day_ends_the_relation_before_it():
    layout = plan("A clip on a misty morning showing a van in motion, left to right")
    van = layout.objects[0].boxes
    assert van[0] is not None and van[-1] is not None and centre_x(van[0]) < 0.5 < centre_x(van[-1])
