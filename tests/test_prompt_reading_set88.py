"""Prompts in the voices of held-out sets 88 and 89 (tests/helpers/blind_set_88.py, blind_set_89.py), in new words.

- "Lands" after an article or an adjective is the noun, the country a thing crosses ("over the far lands"), never the
  verb "lands": the route said after it is the thing's whole route.

Each layout is checked by its objects, their counts and their box centres at the start, the middle and the end. (The
sets' own prompts are not copied here.)
"""

from tests.helpers.planned import PLANNER, centres, route_corners


def test_lands_after_an_article_is_the_country_crossed_not_a_landing():
    prompt = ("From high overhead, a gliding bird crossed the green lands from the upper left corner to the upper "
              "right corner, then on to the lower right corner.")
    assert route_corners(prompt) == (["bird"], ("upper left", "upper right", "lower right"))
    assert PLANNER.plan(prompt).layout.background == "field"
    # a thing that lands is still one that lands
    row = centres("A bird lands on the roof of a red car.")["bird"]
    assert row[-1][1] > row[0][1] + 0.2
