"""A product manual's troubleshooting entries, LaTeX source and one-line pipe tables, read in other words.

A troubleshooting entry tells the fault it fixes ("Symptom: ...") before what the clip should be ("Remedy:", "Fix:",
"Expected:"): the fault is not the scene. A symptom with nothing asked for after it, or "symptom" said in prose, is.
LaTeX source lays notes out as markdown does: a section's title is a heading, an item a bullet, "\\emph{no}" the word.
"""

import pytest

from tests.helpers.planned import moves_drawn, names, route_corners, seen_in, ways_of


# ------------------------------------------------------------ 1. a symptom told before its remedy is the fault, not the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("Problem symptom: the horse trots the wrong way. Fix: a horse trotting from the left side of the frame to the "
     "right side.", {"horse": ["right"]}),
    ("Symptom: the duck drifts off. Remedy: the boat stays still; a duck swims from the right of the boat to the left "
     "of the boat.", {"boat": [""], "duck": ["left"]}),
    ("Symptoms: the truck stalls halfway. Cause: worn belt. Remedy: a truck drives from the right side to the left "
     "side.", {"truck": ["left"]}),
    ("Symptom: the kite hovers. Expected result: a kite flying to the left.", {"kite": ["left"]}),
])
def test_a_symptom_before_its_remedy_is_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_symptoms_route_is_not_the_remedys():
    drawn, corners = route_corners("Reported symptom: the sheep goes round the other way. Repair, seen from above: a "
                                   "sheep from the upper left corner to the lower left corner, then the lower right "
                                   "corner.")
    assert (drawn, corners) == (["sheep"], ("upper left", "lower left", "lower right"))


# ------------------------------------------------------------ 2. a symptom with nothing asked for, or said in prose, is drawn
@pytest.mark.parametrize("prompt, drawn", [
    ("Symptom: a goat trots to the left.", {"goat": ["left"]}),
    ("Symptom: a goat trots to the left. Cause: unknown.", {"goat": ["left"]}),
    ("The symptom is clear: a horse runs to the left, and the fix is a cat.", {"cat": [""], "horse": ["left"]}),
])
def test_a_symptom_with_no_remedy_is_the_scene(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 3. LaTeX source is notes: headings, items, marks
@pytest.mark.parametrize("prompt, drawn", [
    (r"\subsection{Goat} A white goat trots from the left side of the frame to the right side.",
     {"white goat": ["right"]}),
    (r"\begin{enumerate} \item one grey horse \item there all along \item no other object \end{enumerate}",
     {"gray horse": [""]}),
    (r"\begin{enumerate} \item three brown dogs \item there the whole time \item nothing else \end{enumerate}",
     {"brown dog": ["", "", ""]}),
    (r"\section{Horse} \textbf{One} horse gallops to the left. % nothing else", {"horse": ["left"]}),
])
def test_latex_headings_and_items_are_notes_not_things(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_latex_item_denied_for_a_half_is_absent_then():
    assert seen_in(r"\begin{itemize} \item \emph{no} kite in the first half \item a kite flies in during the second "
                   r"half \end{itemize}") == (False, True)
    assert seen_in(r"\begin{itemize} \item a flying kite, first half only \item \textbf{no} kite in the second half "
                   r"\end{itemize}") == (True, False)


# ------------------------------------------------------------ 4. a LaTeX heading that names things, or a per cent sign
@pytest.mark.parametrize("prompt, drawn", [
    (r"\section*{Results} Two horses run to the right.", {"horse": ["right", "right"]}),
    (r"\paragraph{Setup} A duck swims to the left. % the duck only", {"duck": ["left"]}),
    (r"\section*{A cat and a dog} The dog runs to the right.", {"cat": [""], "dog": ["right"]}),
])
def test_latex_text_keeps_its_things(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 5. a troubleshooting entry's headings are a manual's, not fields
@pytest.mark.parametrize("prompt, corners", [
    ("Symptom: kite stuck. Fix: from above, flying kite: upper right corner, upper left corner, lower left corner.",
     ("upper right", "upper left", "lower left")),
    ("Symptom: sheep strays. Remedy: top-down, walking sheep: upper left corner, lower left corner, lower right corner.",
     ("upper left", "lower left", "lower right")),
])
def test_a_remedys_labelled_route_is_read(prompt, corners):
    assert route_corners(prompt)[1] == corners


# ------------------------------------------------------------ 6. a view said before a thing's labelled places
@pytest.mark.parametrize("prompt, drawn, corners", [
    ("From above, walking sheep: upper left corner, lower left corner, lower right corner.", ["sheep"],
     ("upper left", "lower left", "lower right")),
    ("Overhead, moving truck: lower right corner, lower left corner, upper left corner.", ["truck"],
     ("lower right", "lower left", "upper left")),
    # with an article, or with "then", it was read already
    ("From above, a grey horse: lower right corner, upper right corner, upper left corner.", ["gray horse"],
     ("lower right", "upper right", "upper left")),
])
def test_a_view_before_a_labelled_route_is_the_pictures(prompt, drawn, corners):
    assert route_corners(prompt) == (drawn, corners)


# ------------------------------------------------------------ 7. a pipe table pasted on one line
@pytest.mark.parametrize("prompt, drawn", [
    ("| Symptom | Fix | -- | duck drifts right | a duck swims from the right side of the frame to the left side |",
     {"duck": ["left"]}),
    ("| Symptom | Remedy | -- | -- | goat runs left | a goat trotting from the left side to the right side |",
     {"goat": ["right"]}),
    # one whose columns the spec knows is read as the same table on its lines; "|" inside prose parts nothing
    ("| animal | direction | --- | --- | horse | to the left | goat | to the right |", {"goat": ["right"], "horse": ["left"]}),
    ("A cat | a dog -- they sit | a bird flies to the left.", {"bird": ["left"], "cat": [""], "dog": [""]}),
])
def test_a_one_line_pipe_table_is_its_rows(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_one_line_pipe_tables_route_is_read():
    assert route_corners("| Symptom | Fix | :---: | :---: | horse stalls | from above, grey horse: lower right corner, "
                         "upper right corner, upper left corner |") == (["gray horse"],
                                                                         ("lower right", "upper right", "upper left"))


# ------------------------------------------------------------ 6. only a heading asks for a remedy; the word elsewhere does not
@pytest.mark.parametrize("prompt, drawn", [
    ("Symptom: three cars drive to the right. The camera is fixed overhead.", {"car": ["right", "right", "right"]}),
    ("Symptom: a cat walks to the left. A repair van drives right in the second half.",
     {"cat": ["left"], "repair van": ["right"]}),
    ("Symptom: two dogs run right. Prefix the clip with a title card.",
     {"dog": ["right", "right"], "title card": [""]}),
])
def test_remedy_words_in_prose_leave_the_symptom_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_fix_named_before_the_symptom_asks_for_nothing():
    assert "ball" in moves_drawn("A robot named Fix rolls to the left. Symptom: a ball bounces on the right.")


# ------------------------------------------------------------ 7. a spec's own "cause" or "fix" key is still a field
def test_a_specs_fix_key_keeps_its_count():
    assert names("object: car; count: 2; fix: camera overhead") == ["car", "car"]


def test_a_specs_cause_key_keeps_its_motion():
    assert ways_of("Subject: cat\nCause: chased\nMotion: runs left") == {"cat": "left"}
