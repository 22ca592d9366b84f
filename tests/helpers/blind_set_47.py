"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a film-trailer voice-over ("In a world where ...", "A moving car. It starts on the left side ...",
  "This summer, ...", "Coming soon."), where the narrator, the audience and the cinema are never in
  the video;
- a nursery rhyme or counting song for small children ("Three little cats went out one day, ...",
  "... and then there were none"), whose every line stays plain about counts, halves and directions;
- an air-traffic-control style radio exchange about the clip ("Tower, this is Clip Alpha: ..., over."
  / "Clip Alpha, roger: ... Confirm nothing else, over." / "Affirmative, nothing else."), where the
  speakers, the tower and the radio are never in the video, the read-back repeats the same content,
  and the call signs are spelling-alphabet words so that no number word stands for anything but a count.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 50-79, and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 0cae3bc 125/180 = 69.4% (numeracy 10, attribution 30, visibility 15, one-object 30, two-object 30,
sequential 10 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("In a world where one moving car holds the screen from the first frame to the last, nothing else ever shows "
     "up. This summer, it is the whole story. Coming soon.", "car", 1),
    ("Two little moving cars went out one day, and both stayed in the clip from start to end; no more and no "
     "fewer, and nothing else came out to play.", "car", 2),
    ("Tower, this is Clip Charlie: three moving cars in view for the whole clip, over. Clip Charlie, roger: "
     "three moving cars, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "car", 3),
    ("Four moving cars. Nothing else. From the opening frame to the final frame, all four stay in the picture. "
     "Coming soon.", "car", 4),
    ("One little lively cat, one little lively cat, see how it goes! One at the start and one at the end, and "
     "nothing else joins in the song.", "cat", 1),
    ("Tower, this is Clip Foxtrot: two lively cats in view for the whole clip, over. Clip Foxtrot, roger: two "
     "lively cats, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "cat", 2),
    ("In a world where three lively cats hold the screen from the first frame to the last, nothing else ever "
     "shows up. This summer, they are the whole story. Coming soon.", "cat", 3),
    ("Four little lively cats went out one day, and all four stayed in the clip from start to end; no more and "
     "no fewer, and nothing else came out to play.", "cat", 4),
    ("Tower, this is Clip India: one flying bird in view for the whole clip, over. Clip India, roger: one flying "
     "bird, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "bird", 1),
    ("Two flying birds. Nothing else. From the opening frame to the final frame, both stay in the picture. "
     "Coming soon.", "bird", 2),
    ("Three little flying birds, three little flying birds, see how they go! Three at the start and three at the "
     "end, and nothing else joins in the song.", "bird", 3),
    ("Tower, this is Clip Bravo: four flying birds in view for the whole clip, over. Clip Bravo, roger: four "
     "flying birds, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "bird", 4),
    ("In a world where one moving ball holds the screen from the first frame to the last, nothing else ever "
     "shows up. This summer, it is the whole story. Coming soon.", "ball", 1),
    ("Two little moving balls went out one day, and both stayed in the clip from start to end; no more and no "
     "fewer, and nothing else came out to play.", "ball", 2),
    ("Tower, this is Clip Echo: three moving balls in view for the whole clip, over. Clip Echo, roger: three "
     "moving balls, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "ball", 3),
    ("Four moving balls. Nothing else. From the opening frame to the final frame, all four stay in the picture. "
     "Coming soon.", "ball", 4),
    ("One little walking dog, one little walking dog, see how it goes! One at the start and one at the end, and "
     "nothing else joins in the song.", "dog", 1),
    ("Tower, this is Clip Hotel: two walking dogs in view for the whole clip, over. Clip Hotel, roger: two "
     "walking dogs, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "dog", 2),
    ("In a world where three walking dogs hold the screen from the first frame to the last, nothing else ever "
     "shows up. This summer, they are the whole story. Coming soon.", "dog", 3),
    ("Four little walking dogs went out one day, and all four stayed in the clip from start to end; no more and "
     "no fewer, and nothing else came out to play.", "dog", 4),
    ("Tower, this is Clip Alpha: two moving cars in view for the whole clip, over. Clip Alpha, roger: two moving "
     "cars, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "car", 2),
    ("One lively cat. Nothing else. From the opening frame to the final frame, it stays in the picture. Coming "
     "soon.", "cat", 1),
    ("Four little flying birds, four little flying birds, see how they go! Four at the start and four at the "
     "end, and nothing else joins in the song.", "bird", 4),
    ("Tower, this is Clip Delta: one moving ball in view for the whole clip, over. Clip Delta, roger: one moving "
     "ball, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "ball", 1),
    ("In a world where two walking dogs hold the screen from the first frame to the last, nothing else ever "
     "shows up. This summer, they are the whole story. Coming soon.", "dog", 2),
    ("Three little moving cars went out one day, and all three stayed in the clip from start to end; no more and "
     "no fewer, and nothing else came out to play.", "car", 3),
    ("Tower, this is Clip Golf: four lively cats in view for the whole clip, over. Clip Golf, roger: four lively "
     "cats, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "cat", 4),
    ("One flying bird. Nothing else. From the opening frame to the final frame, it stays in the picture. Coming "
     "soon.", "bird", 1),
    ("Three little moving balls, three little moving balls, see how they go! Three at the start and three at the "
     "end, and nothing else joins in the song.", "ball", 3),
    ("Tower, this is Clip Juliet: four walking dogs in view for the whole clip, over. Clip Juliet, roger: four "
     "walking dogs, whole clip, start to end. Confirm nothing else, over. Affirmative, nothing else.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("In a world where a white ball and a black cat stand side by side, nothing comes between them, from the "
     "first frame to the last. This summer. Coming soon.", "ball", "white", "cat", "black"),
    ("A yellow cat and a pink ball stayed side by side, side by side, side by side; together the whole clip "
     "through, and nothing else came by.", "cat", "yellow", "ball", "pink"),
    ("Tower, this is Clip Charlie: a black car next to an orange bird, for the whole clip, over. Clip Charlie, "
     "roger: a black car next to an orange bird, whole clip. Confirm nothing else, over. Affirmative, nothing "
     "else.", "car", "black", "bird", "orange"),
    ("An orange ball. A brown car. Side by side, from the opening frame to the final one. Nothing else. Coming "
     "soon.", "ball", "orange", "car", "brown"),
    ("Here is a gray bird, and here is a green cat; side by side they stay, from the start of the clip to the "
     "end, and nothing else comes out to play.", "bird", "gray", "cat", "green"),
    ("Tower, this is Clip Foxtrot: a blue car next to a red cat, for the whole clip, over. Clip Foxtrot, roger: "
     "a blue car next to a red cat, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "car", "blue", "cat", "red"),
    ("In a world where a white ball and a black car stand side by side, nothing comes between them, from the "
     "first frame to the last. This summer. Coming soon.", "ball", "white", "car", "black"),
    ("A green bird and a white ball stayed side by side, side by side, side by side; together the whole clip "
     "through, and nothing else came by.", "bird", "green", "ball", "white"),
    ("Tower, this is Clip India: a blue ball next to a yellow dog, for the whole clip, over. Clip India, roger: "
     "a blue ball next to a yellow dog, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "ball", "blue", "dog", "yellow"),
    ("A yellow bird. A blue ball. Side by side, from the opening frame to the final one. Nothing else. Coming "
     "soon.", "bird", "yellow", "ball", "blue"),
    ("Here is a brown bird, and here is a black ball; side by side they stay, from the start of the clip to the "
     "end, and nothing else comes out to play.", "bird", "brown", "ball", "black"),
    ("Tower, this is Clip Bravo: a brown bird next to a blue cat, for the whole clip, over. Clip Bravo, roger: a "
     "brown bird next to a blue cat, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "bird", "brown", "cat", "blue"),
    ("In a world where a blue bird and a red car stand side by side, nothing comes between them, from the first "
     "frame to the last. This summer. Coming soon.", "bird", "blue", "car", "red"),
    ("A purple ball and a pink cat stayed side by side, side by side, side by side; together the whole clip "
     "through, and nothing else came by.", "ball", "purple", "cat", "pink"),
    ("Tower, this is Clip Echo: a yellow dog next to a red cat, for the whole clip, over. Clip Echo, roger: a "
     "yellow dog next to a red cat, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "dog", "yellow", "cat", "red"),
    ("A green bird. A yellow dog. Side by side, from the opening frame to the final one. Nothing else. Coming "
     "soon.", "bird", "green", "dog", "yellow"),
    ("Here is a gray car, and here is a red cat; side by side they stay, from the start of the clip to the end, "
     "and nothing else comes out to play.", "car", "gray", "cat", "red"),
    ("Tower, this is Clip Hotel: a red bird next to a black cat, for the whole clip, over. Clip Hotel, roger: a "
     "red bird next to a black cat, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "bird", "red", "cat", "black"),
    ("In a world where a white bird and an orange cat stand side by side, nothing comes between them, from the "
     "first frame to the last. This summer. Coming soon.", "bird", "white", "cat", "orange"),
    ("A green bird and a black ball stayed side by side, side by side, side by side; together the whole clip "
     "through, and nothing else came by.", "bird", "green", "ball", "black"),
    ("Tower, this is Clip Alpha: a white cat next to a purple bird, for the whole clip, over. Clip Alpha, roger: "
     "a white cat next to a purple bird, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "cat", "white", "bird", "purple"),
    ("A green bird. A purple dog. Side by side, from the opening frame to the final one. Nothing else. Coming "
     "soon.", "bird", "green", "dog", "purple"),
    ("Here is an orange bird, and here is a brown car; side by side they stay, from the start of the clip to the "
     "end, and nothing else comes out to play.", "bird", "orange", "car", "brown"),
    ("Tower, this is Clip Delta: a blue car next to a brown bird, for the whole clip, over. Clip Delta, roger: a "
     "blue car next to a brown bird, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "car", "blue", "bird", "brown"),
    ("In a world where a red dog and a purple cat stand side by side, nothing comes between them, from the first "
     "frame to the last. This summer. Coming soon.", "dog", "red", "cat", "purple"),
    ("A purple dog and a brown cat stayed side by side, side by side, side by side; together the whole clip "
     "through, and nothing else came by.", "dog", "purple", "cat", "brown"),
    ("Tower, this is Clip Golf: a black cat next to a blue ball, for the whole clip, over. Clip Golf, roger: a "
     "black cat next to a blue ball, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "cat", "black", "ball", "blue"),
    ("A yellow cat. A black dog. Side by side, from the opening frame to the final one. Nothing else. Coming "
     "soon.", "cat", "yellow", "dog", "black"),
    ("Here is a green cat, and here is a white bird; side by side they stay, from the start of the clip to the "
     "end, and nothing else comes out to play.", "cat", "green", "bird", "white"),
    ("Tower, this is Clip Juliet: a purple car next to a pink cat, for the whole clip, over. Clip Juliet, roger: "
     "a purple car next to a pink cat, whole clip. Confirm nothing else, over. Affirmative, nothing else.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In a world where the first half holds no car at all, one moment changes everything: in the second half, a "
     "moving car arrives, and it stays until the end. Coming soon.", "car"),
    ("In the first half, no car, no car, not a single car; in the second half a moving car came along, and it "
     "stayed until the clip was done.", "car"),
    ("Tower, this is Clip Charlie: no car in the first half; a moving car appears in the second half and stays "
     "to the end, over. Clip Charlie, roger: first half no car, second half a moving car until the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "car"),
    ("In a world where the first half holds no cat at all, one moment changes everything: in the second half, a "
     "lively cat arrives, and it stays until the end. Coming soon.", "cat"),
    ("In the first half, no cat, no cat, not a single cat; in the second half a lively cat came along, and it "
     "stayed until the clip was done.", "cat"),
    ("Tower, this is Clip Foxtrot: no cat in the first half; a lively cat appears in the second half and stays "
     "to the end, over. Clip Foxtrot, roger: first half no cat, second half a lively cat until the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "cat"),
    ("In a world where the first half holds no bird at all, one moment changes everything: in the second half, a "
     "flying bird arrives, and it stays until the end. Coming soon.", "bird"),
    ("In the first half, no bird, no bird, not a single bird; in the second half a flying bird came along, and "
     "it stayed until the clip was done.", "bird"),
    ("Tower, this is Clip India: no bird in the first half; a flying bird appears in the second half and stays "
     "to the end, over. Clip India, roger: first half no bird, second half a flying bird until the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "bird"),
    ("In a world where the first half holds no ball at all, one moment changes everything: in the second half, a "
     "moving ball arrives, and it stays until the end. Coming soon.", "ball"),
    ("In the first half, no ball, no ball, not a single ball; in the second half a moving ball came along, and "
     "it stayed until the clip was done.", "ball"),
    ("Tower, this is Clip Bravo: no ball in the first half; a moving ball appears in the second half and stays "
     "to the end, over. Clip Bravo, roger: first half no ball, second half a moving ball until the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "ball"),
    ("In a world where the first half holds no dog at all, one moment changes everything: in the second half, a "
     "walking dog arrives, and it stays until the end. Coming soon.", "dog"),
    ("In the first half, no dog, no dog, not a single dog; in the second half a walking dog came along, and it "
     "stayed until the clip was done.", "dog"),
    ("Tower, this is Clip Echo: no dog in the first half; a walking dog appears in the second half and stays to "
     "the end, over. Clip Echo, roger: first half no dog, second half a walking dog until the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("One little moving car played in the first half of the clip; in the second half it went away, and then "
     "there were none.", "car"),
    ("Tower, this is Clip Charlie: a moving car in the first half only; no car in the second half, over. Clip "
     "Charlie, roger: a moving car first half, no car second half. Confirm nothing else, over. Affirmative, "
     "nothing else.", "car"),
    ("The first half: a moving car. The second half: no car. It is gone, and it never comes back. This summer. "
     "Coming soon.", "car"),
    ("One little lively cat played in the first half of the clip; in the second half it went away, and then "
     "there were none.", "cat"),
    ("Tower, this is Clip Foxtrot: a lively cat in the first half only; no cat in the second half, over. Clip "
     "Foxtrot, roger: a lively cat first half, no cat second half. Confirm nothing else, over. Affirmative, "
     "nothing else.", "cat"),
    ("The first half: a lively cat. The second half: no cat. It is gone, and it never comes back. This summer. "
     "Coming soon.", "cat"),
    ("One little flying bird played in the first half of the clip; in the second half it went away, and then "
     "there were none.", "bird"),
    ("Tower, this is Clip India: a flying bird in the first half only; no bird in the second half, over. Clip "
     "India, roger: a flying bird first half, no bird second half. Confirm nothing else, over. Affirmative, "
     "nothing else.", "bird"),
    ("The first half: a flying bird. The second half: no bird. It is gone, and it never comes back. This summer. "
     "Coming soon.", "bird"),
    ("One little moving ball played in the first half of the clip; in the second half it went away, and then "
     "there were none.", "ball"),
    ("Tower, this is Clip Bravo: a moving ball in the first half only; no ball in the second half, over. Clip "
     "Bravo, roger: a moving ball first half, no ball second half. Confirm nothing else, over. Affirmative, "
     "nothing else.", "ball"),
    ("The first half: a moving ball. The second half: no ball. It is gone, and it never comes back. This summer. "
     "Coming soon.", "ball"),
    ("One little walking dog played in the first half of the clip; in the second half it went away, and then "
     "there were none.", "dog"),
    ("Tower, this is Clip Echo: a walking dog in the first half only; no dog in the second half, over. Clip "
     "Echo, roger: a walking dog first half, no dog second half. Confirm nothing else, over. Affirmative, "
     "nothing else.", "dog"),
    ("The first half: a walking dog. The second half: no dog. It is gone, and it never comes back. This summer. "
     "Coming soon.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car. It starts on the left side of the frame. By the end, it is on the right side. This summer, "
     "nothing stops it. Coming soon.", "car", RIGHTWARD),
    ("A little moving car started on the left, on the left, on the left; it drove across the clip, and it ended "
     "on the right.", "car", RIGHTWARD),
    ("Tower, this is Clip Charlie: a moving car going from the left side to the right side, over. Clip Charlie, "
     "roger: car starts on the left side, ends on the right side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "car", RIGHTWARD),
    ("A moving car. It starts on the right side of the frame. By the end, it is on the left side. This summer, "
     "nothing stops it. Coming soon.", "car", LEFTWARD),
    ("A little moving car started on the right, on the right, on the right; it drove across the clip, and it "
     "ended on the left.", "car", LEFTWARD),
    ("Tower, this is Clip Foxtrot: a moving car going from the right side to the left side, over. Clip Foxtrot, "
     "roger: car starts on the right side, ends on the left side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "car", LEFTWARD),
    ("A lively cat. It starts on the left side of the frame. By the end, it is on the right side. This summer, "
     "nothing stops it. Coming soon.", "cat", RIGHTWARD),
    ("A little lively cat started on the left, on the left, on the left; it walked across the clip, and it ended "
     "on the right.", "cat", RIGHTWARD),
    ("Tower, this is Clip India: a lively cat going from the left side to the right side, over. Clip India, "
     "roger: cat starts on the left side, ends on the right side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "cat", RIGHTWARD),
    ("A lively cat. It starts on the right side of the frame. By the end, it is on the left side. This summer, "
     "nothing stops it. Coming soon.", "cat", LEFTWARD),
    ("A little lively cat started on the right, on the right, on the right; it walked across the clip, and it "
     "ended on the left.", "cat", LEFTWARD),
    ("Tower, this is Clip Bravo: a lively cat going from the right side to the left side, over. Clip Bravo, "
     "roger: cat starts on the right side, ends on the left side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "cat", LEFTWARD),
    ("A flying bird. It starts on the left side of the frame. By the end, it is on the right side. This summer, "
     "nothing stops it. Coming soon.", "bird", RIGHTWARD),
    ("A little flying bird started on the left, on the left, on the left; it flew across the clip, and it ended "
     "on the right.", "bird", RIGHTWARD),
    ("Tower, this is Clip Echo: a flying bird going from the left side to the right side, over. Clip Echo, "
     "roger: bird starts on the left side, ends on the right side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "bird", RIGHTWARD),
    ("A flying bird. It starts on the right side of the frame. By the end, it is on the left side. This summer, "
     "nothing stops it. Coming soon.", "bird", LEFTWARD),
    ("A little flying bird started on the right, on the right, on the right; it flew across the clip, and it "
     "ended on the left.", "bird", LEFTWARD),
    ("Tower, this is Clip Hotel: a flying bird going from the right side to the left side, over. Clip Hotel, "
     "roger: bird starts on the right side, ends on the left side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "bird", LEFTWARD),
    ("A moving ball. It starts on the left side of the frame. By the end, it is on the right side. This summer, "
     "nothing stops it. Coming soon.", "ball", RIGHTWARD),
    ("A little moving ball started on the left, on the left, on the left; it rolled across the clip, and it "
     "ended on the right.", "ball", RIGHTWARD),
    ("Tower, this is Clip Alpha: a moving ball going from the left side to the right side, over. Clip Alpha, "
     "roger: ball starts on the left side, ends on the right side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "ball", RIGHTWARD),
    ("A moving ball. It starts on the right side of the frame. By the end, it is on the left side. This summer, "
     "nothing stops it. Coming soon.", "ball", LEFTWARD),
    ("A little moving ball started on the right, on the right, on the right; it rolled across the clip, and it "
     "ended on the left.", "ball", LEFTWARD),
    ("Tower, this is Clip Delta: a moving ball going from the right side to the left side, over. Clip Delta, "
     "roger: ball starts on the right side, ends on the left side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "ball", LEFTWARD),
    ("A walking dog. It starts on the left side of the frame. By the end, it is on the right side. This summer, "
     "nothing stops it. Coming soon.", "dog", RIGHTWARD),
    ("A little walking dog started on the left, on the left, on the left; it walked across the clip, and it "
     "ended on the right.", "dog", RIGHTWARD),
    ("Tower, this is Clip Golf: a walking dog going from the left side to the right side, over. Clip Golf, "
     "roger: dog starts on the left side, ends on the right side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "dog", RIGHTWARD),
    ("A walking dog. It starts on the right side of the frame. By the end, it is on the left side. This summer, "
     "nothing stops it. Coming soon.", "dog", LEFTWARD),
    ("A little walking dog started on the right, on the right, on the right; it walked across the clip, and it "
     "ended on the left.", "dog", LEFTWARD),
    ("Tower, this is Clip Juliet: a walking dog going from the right side to the left side, over. Clip Juliet, "
     "roger: dog starts on the right side, ends on the left side. Confirm nothing else, over. Affirmative, "
     "nothing else.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the
# reference stays still.
_DYNAMIC_TWO = [
    ("In a world where a dog stays perfectly still, a cat walks from the left of the dog to the right of the "
     "dog. The dog never moves. This summer. Coming soon.", "cat", "dog", RIGHTWARD),
    ("A dog stayed still, as still as can be, while a ball rolled from the right of the dog to the left of the "
     "dog; and the dog never moved, you see.", "ball", "dog", LEFTWARD),
    ("Tower, this is Clip Charlie: a bird holding still; a dog going from the left of the bird to the right of "
     "the bird, over. Clip Charlie, roger: bird stays still, dog goes from the left of the bird to the right of "
     "the bird. Confirm nothing else, over. Affirmative, nothing else.", "dog", "bird", RIGHTWARD),
    ("A cat. Perfectly still. A bird, on the right of the cat. By the end, the bird is on the left of the cat, "
     "and the cat has not moved an inch. This summer. Coming soon.", "bird", "cat", LEFTWARD),
    ("Hey diddle diddle, a bird keeps still in the middle; a cat starts on the left of the bird and ends on the "
     "right of the bird, and the bird stays put the whole way through.", "cat", "bird", RIGHTWARD),
    ("Tower, this is Clip Foxtrot: a bird on the right of a cat, crossing to the left of the cat; the cat stays "
     "still, over. Clip Foxtrot, roger: the bird crosses from the right of the cat to the left of the cat, the "
     "cat does not move. Confirm nothing else, over. Affirmative, nothing else.", "bird", "cat", LEFTWARD),
    ("In a world where a cat stays perfectly still, a dog walks from the left of the cat to the right of the "
     "cat. The cat never moves. This winter. Coming soon.", "dog", "cat", RIGHTWARD),
    ("A dog stayed still, as still as can be, while a bird flew from the right of the dog to the left of the "
     "dog; and the dog never moved, you see.", "bird", "dog", LEFTWARD),
    ("Tower, this is Clip India: a cat holding still; a dog going from the left of the cat to the right of the "
     "cat, over. Clip India, roger: cat stays still, dog goes from the left of the cat to the right of the cat. "
     "Confirm nothing else, over. Affirmative, nothing else.", "dog", "cat", RIGHTWARD),
    ("A car. Perfectly still. A bird, on the right of the car. By the end, the bird is on the left of the car, "
     "and the car has not moved an inch. This winter. Coming soon.", "bird", "car", LEFTWARD),
    ("Hey diddle diddle, a car keeps still in the middle; a bird starts on the left of the car and ends on the "
     "right of the car, and the car stays put from the start of the clip to the end.", "bird", "car", RIGHTWARD),
    ("Tower, this is Clip Bravo: a car on the right of a bird, crossing to the left of the bird; the bird stays "
     "still, over. Clip Bravo, roger: the car crosses from the right of the bird to the left of the bird, the "
     "bird does not move. Confirm nothing else, over. Affirmative, nothing else.", "car", "bird", LEFTWARD),
    ("In a world where a cat stays perfectly still, a bird flies from the left of the cat to the right of the "
     "cat. The cat never moves. This autumn. Coming soon.", "bird", "cat", RIGHTWARD),
    ("A bird stayed still, as still as can be, while a car drove from the right of the bird to the left of the "
     "bird; and the bird never moved, you see.", "car", "bird", LEFTWARD),
    ("Tower, this is Clip Echo: a dog holding still; a bird going from the left of the dog to the right of the "
     "dog, over. Clip Echo, roger: dog stays still, bird goes from the left of the dog to the right of the dog. "
     "Confirm nothing else, over. Affirmative, nothing else.", "bird", "dog", RIGHTWARD),
    ("A cat. Perfectly still. A dog, on the right of the cat. By the end, the dog is on the left of the cat, and "
     "the cat has not moved an inch. This autumn. Coming soon.", "dog", "cat", LEFTWARD),
    ("Hey diddle diddle, a dog keeps still in the middle; a ball starts on the left of the dog and ends on the "
     "right of the dog, and the dog stays put the whole way through.", "ball", "dog", RIGHTWARD),
    ("Tower, this is Clip Hotel: a bird on the right of a cat, crossing to the left of the cat; the cat stays "
     "still, over. Clip Hotel, roger: the bird crosses from the right of the cat to the left of the cat, the cat "
     "does not move. Confirm nothing else, over. Affirmative, nothing else.", "bird", "cat", LEFTWARD),
    ("In a world where a ball stays perfectly still, a car drives from the left of the ball to the right of the "
     "ball. The ball never moves. This summer. Coming soon.", "car", "ball", RIGHTWARD),
    ("A bird stayed still, as still as can be, while a cat walked from the right of the bird to the left of the "
     "bird; and the bird never moved, you see.", "cat", "bird", LEFTWARD),
    ("Tower, this is Clip Alpha: a car holding still; a dog going from the left of the car to the right of the "
     "car, over. Clip Alpha, roger: car stays still, dog goes from the left of the car to the right of the car. "
     "Confirm nothing else, over. Affirmative, nothing else.", "dog", "car", RIGHTWARD),
    ("A bird. Perfectly still. A ball, on the right of the bird. By the end, the ball is on the left of the "
     "bird, and the bird has not moved an inch. This summer. Coming soon.", "ball", "bird", LEFTWARD),
    ("Hey diddle diddle, a dog keeps still in the middle; a ball starts on the left of the dog and ends on the "
     "right of the dog, and the dog stays put from the start of the clip to the end.", "ball", "dog", RIGHTWARD),
    ("Tower, this is Clip Delta: a ball on the right of a cat, crossing to the left of the cat; the cat stays "
     "still, over. Clip Delta, roger: the ball crosses from the right of the cat to the left of the cat, the cat "
     "does not move. Confirm nothing else, over. Affirmative, nothing else.", "ball", "cat", LEFTWARD),
    ("In a world where a ball stays perfectly still, a car drives from the left of the ball to the right of the "
     "ball. The ball never moves. This winter. Coming soon.", "car", "ball", RIGHTWARD),
    ("A cat stayed still, as still as can be, while a bird flew from the right of the cat to the left of the "
     "cat; and the cat never moved, you see.", "bird", "cat", LEFTWARD),
    ("Tower, this is Clip Golf: a bird holding still; a dog going from the left of the bird to the right of the "
     "bird, over. Clip Golf, roger: bird stays still, dog goes from the left of the bird to the right of the "
     "bird. Confirm nothing else, over. Affirmative, nothing else.", "dog", "bird", RIGHTWARD),
    ("A cat. Perfectly still. A dog, on the right of the cat. By the end, the dog is on the left of the cat, and "
     "the cat has not moved an inch. This winter. Coming soon.", "dog", "cat", LEFTWARD),
    ("Hey diddle diddle, a car keeps still in the middle; a ball starts on the left of the car and ends on the "
     "right of the car, and the car stays put the whole way through.", "ball", "car", RIGHTWARD),
    ("Tower, this is Clip Juliet: a dog on the right of a cat, crossing to the left of the cat; the cat stays "
     "still, over. Clip Juliet, roger: the dog crosses from the right of the cat to the left of the cat, the cat "
     "does not move. Confirm nothing else, over. Affirmative, nothing else.", "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from straight above. A moving car starts in the lower left corner. Halfway through: the lower right "
     "corner. At the end: the upper right corner. This summer. Coming soon.", "car", BL_BR_TR),
    ("Seen from above, a lively cat went round: it started in the lower left corner, by the middle it was in the "
     "upper left corner, and at the end it was in the upper right corner.", "cat", BL_TL_TR),
    ("Tower, this is Clip Charlie: view from straight above, a flying bird starts in the lower right corner, is "
     "in the lower left corner at the midpoint, ends in the upper left corner, over. Clip Charlie, roger: "
     "top-down view, bird in the lower right, then the lower left at the midpoint, then the upper left at the "
     "end. Confirm nothing else, over. Affirmative, nothing else.", "bird", BR_BL_TL),
    ("Seen from straight above. A moving ball starts in the lower right corner. Halfway through: the upper right "
     "corner. At the end: the upper left corner. This summer. Coming soon.", "ball", BR_TR_TL),
    ("Seen from above, a walking dog went round: it started in the lower left corner, by the middle it was in "
     "the lower right corner, and at the end it was in the upper right corner.", "dog", BL_BR_TR),
    ("Tower, this is Clip Foxtrot: view from straight above, a moving car starts in the lower left corner, is in "
     "the upper left corner at the midpoint, ends in the upper right corner, over. Clip Foxtrot, roger: top-down "
     "view, car in the lower left, then the upper left at the midpoint, then the upper right at the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "car", BL_TL_TR),
    ("Seen from straight above. A lively cat starts in the lower right corner. Halfway through: the lower left "
     "corner. At the end: the upper left corner. This summer. Coming soon.", "cat", BR_BL_TL),
    ("Seen from above, a flying bird went round: it started in the lower right corner, by the middle it was in "
     "the upper right corner, and at the end it was in the upper left corner.", "bird", BR_TR_TL),
    ("Tower, this is Clip India: view from straight above, a moving ball starts in the lower left corner, is in "
     "the lower right corner at the midpoint, ends in the upper right corner, over. Clip India, roger: top-down "
     "view, ball in the lower left, then the lower right at the midpoint, then the upper right at the end. "
     "Confirm nothing else, over. Affirmative, nothing else.", "ball", BL_BR_TR),
    ("Seen from straight above. A walking dog starts in the lower left corner. Halfway through: the upper left "
     "corner. At the end: the upper right corner. This summer. Coming soon.", "dog", BL_TL_TR),
    ("Seen from above, a moving car went round: it started in the lower right corner, by the middle it was in "
     "the lower left corner, and at the end it was in the upper left corner.", "car", BR_BL_TL),
    ("Tower, this is Clip Bravo: view from straight above, a lively cat starts in the lower right corner, is in "
     "the upper right corner at the midpoint, ends in the upper left corner, over. Clip Bravo, roger: top-down "
     "view, cat in the lower right, then the upper right at the midpoint, then the upper left at the end. "
     "Confirm nothing else, over. Affirmative, nothing else.", "cat", BR_TR_TL),
    ("Seen from straight above. A flying bird starts in the lower left corner. Halfway through: the lower right "
     "corner. At the end: the upper right corner. This summer. Coming soon.", "bird", BL_BR_TR),
    ("Seen from above, a moving ball went round: it started in the lower left corner, by the middle it was in "
     "the upper left corner, and at the end it was in the upper right corner.", "ball", BL_TL_TR),
    ("Tower, this is Clip Echo: view from straight above, a walking dog starts in the lower right corner, is in "
     "the lower left corner at the midpoint, ends in the upper left corner, over. Clip Echo, roger: top-down "
     "view, dog in the lower right, then the lower left at the midpoint, then the upper left at the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "dog", BR_BL_TL),
    ("Seen from straight above. A moving car starts in the lower right corner. Halfway through: the upper right "
     "corner. At the end: the upper left corner. This summer. Coming soon.", "car", BR_TR_TL),
    ("Seen from above, a lively cat went round: it started in the lower left corner, by the middle it was in the "
     "lower right corner, and at the end it was in the upper right corner.", "cat", BL_BR_TR),
    ("Tower, this is Clip Hotel: view from straight above, a flying bird starts in the lower left corner, is in "
     "the upper left corner at the midpoint, ends in the upper right corner, over. Clip Hotel, roger: top-down "
     "view, bird in the lower left, then the upper left at the midpoint, then the upper right at the end. "
     "Confirm nothing else, over. Affirmative, nothing else.", "bird", BL_TL_TR),
    ("Seen from straight above. A moving ball starts in the lower right corner. Halfway through: the lower left "
     "corner. At the end: the upper left corner. This summer. Coming soon.", "ball", BR_BL_TL),
    ("Seen from above, a walking dog went round: it started in the lower right corner, by the middle it was in "
     "the upper right corner, and at the end it was in the upper left corner.", "dog", BR_TR_TL),
    ("Tower, this is Clip Alpha: view from straight above, a moving car starts in the lower left corner, is in "
     "the lower right corner at the midpoint, ends in the upper right corner, over. Clip Alpha, roger: top-down "
     "view, car in the lower left, then the lower right at the midpoint, then the upper right at the end. "
     "Confirm nothing else, over. Affirmative, nothing else.", "car", BL_BR_TR),
    ("Seen from straight above. A lively cat starts in the lower left corner. Halfway through: the upper left "
     "corner. At the end: the upper right corner. This summer. Coming soon.", "cat", BL_TL_TR),
    ("Seen from above, a flying bird went round: it started in the lower right corner, by the middle it was in "
     "the lower left corner, and at the end it was in the upper left corner.", "bird", BR_BL_TL),
    ("Tower, this is Clip Delta: view from straight above, a moving ball starts in the lower right corner, is in "
     "the upper right corner at the midpoint, ends in the upper left corner, over. Clip Delta, roger: top-down "
     "view, ball in the lower right, then the upper right at the midpoint, then the upper left at the end. "
     "Confirm nothing else, over. Affirmative, nothing else.", "ball", BR_TR_TL),
    ("Seen from straight above. A walking dog starts in the lower left corner. Halfway through: the lower right "
     "corner. At the end: the upper right corner. This summer. Coming soon.", "dog", BL_BR_TR),
    ("Seen from above, a moving car went round: it started in the lower left corner, by the middle it was in the "
     "upper left corner, and at the end it was in the upper right corner.", "car", BL_TL_TR),
    ("Tower, this is Clip Golf: view from straight above, a lively cat starts in the lower right corner, is in "
     "the lower left corner at the midpoint, ends in the upper left corner, over. Clip Golf, roger: top-down "
     "view, cat in the lower right, then the lower left at the midpoint, then the upper left at the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "cat", BR_BL_TL),
    ("Seen from straight above. A flying bird starts in the lower right corner. Halfway through: the upper right "
     "corner. At the end: the upper left corner. This summer. Coming soon.", "bird", BR_TR_TL),
    ("Seen from above, a moving ball went round: it started in the lower left corner, by the middle it was in "
     "the lower right corner, and at the end it was in the upper right corner.", "ball", BL_BR_TR),
    ("Tower, this is Clip Juliet: view from straight above, a walking dog starts in the lower left corner, is in "
     "the upper left corner at the midpoint, ends in the upper right corner, over. Clip Juliet, roger: top-down "
     "view, dog in the lower left, then the upper left at the midpoint, then the upper right at the end. Confirm "
     "nothing else, over. Affirmative, nothing else.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
