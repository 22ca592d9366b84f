"""Prompts in the voices of held-out sets 83 and 86 (tests/helpers/blind_set_83.py, blind_set_86.py), in new words.

- A translator's gloss talks about wording: "Lit. '...'" quotes the source and names no thing; a rendering in quotes
  is the text where nothing else names its thing ("...; given here as 'three sleepy dogs'. They stay ...") and adds
  nothing where the text names it anew; "rendered as: ..." is followed by the text itself.
- A catalogue card's title and shelf headings name the work, not things in it, and its "Summary:" labels the scene.
- An envoy's talk of a whole people in general ("Humans keep ...", "the Earthlings call this ...") names no thing in
  the clip, and "the specimens" are the things observed, named again.
- A thing said to need no act ("it took no kick") gets none.
- An almanac's "the bird to stay still as a car drives ..." keeps the bird still: "to" before a verb of staying put
  is the infinitive's, no destination; and "that is all the page looks for" is seeking, no change in the page, which
  names no thing.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

from tests.helpers.planned import PLANNER, centres, names, passes_still_thing


def _still_and_in_view(prompt):
    return all(len(set(obj.boxes)) == 1 and None not in obj.boxes for obj in PLANNER.plan(prompt).layout.objects)


def test_a_literal_gloss_names_no_thing_and_the_quoted_rendering_is_the_text():
    prompt = "Lit. 'three dogs who sleep'; given here as 'three sleepy dogs'. They stay in view all clip long, nothing else."
    assert names(prompt) == ["dog"] * 3
    assert _still_and_in_view(prompt)


def test_a_rendering_the_text_names_again_adds_nothing():
    prompt = ("Translator's note: the phrase for the vehicle is rendered here as 'parked car'. The clip holds one parked car, "
              "in view from start to end, and nothing else.")
    assert names(prompt) == ["car"]
    assert _still_and_in_view(prompt)


def test_a_rendering_followed_by_a_colon_is_the_text_and_a_trailing_gloss_moves_nothing():
    prompt = ("Rendered here as: a ball stays still, and a dog walks from the left of the ball to the right of the ball. "
              "Lit. 'the dog passes the ball and a cat watches'.")
    assert names(prompt) == ["ball", "dog"]
    assert passes_still_thing(prompt, "dog", "ball", rightward=True)


def test_a_catalogue_cards_title_and_shelf_name_no_thing():
    prompt = ("Title: Crossing Paths. Shelved under: zoology; pets. Summary: a cat walks from the right of the box to the left "
              "of the box, the box staying put.")
    assert names(prompt) == ["box", "cat"]
    assert passes_still_thing(prompt, "cat", "box", rightward=False)


def test_a_people_spoken_of_in_general_and_the_specimens_name_no_further_things():
    prompt = ("Humans keep a feathered specimen they call a bird. Commander, I logged two flying birds. The specimens stayed "
              "in view from start to finish, and nothing else was present. The humans would call this a quiet day.")
    assert names(prompt) == ["bird", "bird"]


def test_a_people_in_general_before_a_contrast_leaves_the_observed_things():
    prompt = ("Earthlings, Commander, seldom see green cats, yet I logged one green cat beside a red ball, both in view "
              "throughout.")
    assert names(prompt) == ["green cat", "red ball"]
    assert _still_and_in_view(prompt)


def test_a_thing_that_needed_no_push_moves_only_as_told():
    prompt = "I observed a moving ball rolling from the left side of the frame to the right side. It took no kick at all."
    assert names(prompt) == ["ball"]
    path = centres(prompt)["ball"]
    assert path[0][0] < 0.3 and path[-1][0] > 0.7
    assert all(later[0] >= earlier[0] - 1e-6 for earlier, later in zip(path, path[1:]))  # never back
    assert max(y for _, y in path) - min(y for _, y in path) < 0.02  # rolling along the ground, never kicked up


def test_possessives_after_render_are_no_quoted_rendering():
    prompt = "Render a box sitting still while a dog runs from the box's right to the box's left."
    assert names(prompt) == ["box", "dog"]
    assert passes_still_thing(prompt, "dog", "box", rightward=False)


def test_a_still_thing_told_by_an_infinitive_stays_and_the_other_passes():
    prompt = "I'd like the box to remain still when a dog runs from the left of the box to the right of the box."
    assert names(prompt) == ["box", "dog"]
    assert passes_still_thing(prompt, "dog", "box", rightward=True)


def test_the_text_that_looks_for_the_things_is_no_thing():
    prompt = "Three sleepy dogs in view throughout, and that is all the page looks for."
    assert names(prompt) == ["dog"] * 3
    assert _still_and_in_view(prompt)
