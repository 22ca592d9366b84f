"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at a third each:

- social-media posts: lowercase, no full stops, "pov:", "ngl", "lol", "this is so cute", @mentions and
  hashtags ("#ThreeDogs", "#nofilter"); a hashtag only echoes what the post already says, never adding a
  thing or changing a count, and a handle is a person, never something in the video;
- captions and labels: numbered figure captions ("Fig. 3. A red car ..."), museum or catalogue labels
  ("Untitled (Two Birds), 2026. Digital video, 16 s. ...") and stock-footage listing titles ("Stock
  footage: ...; royalty-free"), terse and noun-led;
- emails to a video editor: a greeting ("Hi Sam,"), the request in the body, a sign-off ("Thanks,
  Priya") and sometimes a P.S.; the people writing or addressed are never things in the video, and a
  P.S. is about the job (timing, tone), never the content.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words (a label's year and running time are the only digits), and numeracy prompts name
nothing else a reader would draw as an object. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 50-79 and two-object relations
40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on e51a10f 168/180 = 93.3% (numeracy 20, attribution 30, visibility 28, one-object 30, two-object 30,
sequential 30 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("pov: one single car just moving along and literally nothing else in the shot lol #onecar #nofilter", "car", 1),
    ("Fig. 2. Two moving cars; nothing else appears in the frame.", "car", 2),
    ("Hi Sam,\n\nCould you put together a realistic clip of three moving cars? Just the three cars, nothing else "
     "in frame.\n\nThanks,\nPriya\n\nP.S. No rush, end of the week is fine.", "car", 3),
    ("ngl four cars all moving at once is my whole mood rn, nothing else in frame, just the four of them "
     "#FourCars #carsofinstagram", "car", 4),
    ("Untitled (One Cat), 2026. Digital video, 12 s. A single lively cat, shown alone.", "cat", 1),
    ("Dear Jonas,\n\nFor the next cut I need a short, realistic video of two lively cats and nothing else, just "
     "the pair of them.\n\nBest,\nMarta\n\nP.S. Keep it under twenty seconds if you can.", "cat", 2),
    ("three cats being absolute menaces and nothing else in the vid lol this is so cute @mia_k #ThreeCats "
     "#catsofinstagram", "cat", 3),
    ("Stock footage: four lively cats, no other subjects in frame; royalty-free, HD.", "cat", 4),
    ("Hello Ines,\n\nWould you make me a clip of one flying bird, on its own, with nothing else in the picture?"
     "\n\nCheers,\nTom\n\nP.S. Sorry for the late notice.", "bird", 1),
    ("two birds flying together and that's literally it, nothing else in frame ngl it's kinda peaceful #TwoBirds "
     "#nofilter", "bird", 2),
    ("Fig. 4. Three flying birds. No other objects are shown.", "bird", 3),
    ("Hi Leo,\n\nI'm after a realistic video of four birds in flight, all four flying the whole time and nothing "
     "else in shot.\n\nThanks so much,\nAnya", "bird", 4),
    ("pov: one ball moving around on its own and nothing else lol why is this so satisfying #oddlysatisfying",
     "ball", 1),
    ("Untitled (Two Balls), 2025. Digital video, 8 s. Two moving balls; nothing else is shown.", "ball", 2),
    ("Hi Sam,\n\nNext one on the list: three moving balls, just those three, nothing else in the video.\n\n"
     "Thanks,\nPriya\n\nP.S. Realistic please, not animated.", "ball", 3),
    ("four balls moving at the same time and nothing else in frame ngl i could watch this all day #FourBalls "
     "#satisfying", "ball", 4),
    ("Stock footage: one walking dog, alone in frame, no other subjects; royalty-free.", "dog", 1),
    ("Dear Ravi,\n\nCould you make a lively, realistic video of two walking dogs? Only the two dogs, nothing "
     "else.\n\nKind regards,\nElena\n\nP.S. I'll send the music later.", "dog", 2),
    ("three dogs out for a walk and nothing else in the shot this is so cute @dan_films #ThreeDogs "
     "#dogsofinstagram", "dog", 3),
    ("Fig. 7. Four walking dogs, with nothing else in the scene.", "dog", 4),
    ("Hi Nora,\n\nJust one moving car for this shot, please, and nothing else anywhere in the frame.\n\nThanks,"
     "\nBen", "car", 1),
    ("two cats vibing, nothing else in frame lol this is so cute #TwoCats #nofilter", "cat", 2),
    ("Untitled (One Bird), 2026. Digital video, 10 s. A single flying bird, alone.", "bird", 1),
    ("Hello Mei,\n\nCould you render four moving balls for me? Four in all, with nothing else in the video.\n\n"
     "Thanks,\nOmar\n\nP.S. Same length as last time is fine.", "ball", 4),
    ("just one dog walking and nothing else in the shot, he's the main character fr #onedog #dogsofinstagram",
     "dog", 1),
    ("Stock footage: three moving cars, no other subjects in frame; royalty-free, HD.", "car", 3),
    ("Hi Sam,\n\nFour lively cats this time, please: all four in the video and nothing else.\n\nThanks,\nPriya",
     "cat", 4),
    ("pov: two birds flying and nothing else in frame lol #birdwatching #TwoBirds", "bird", 2),
    ("Untitled (Three Dogs), 2026. Digital video, 14 s. Three walking dogs, and nothing else.", "dog", 3),
    ("Dear Kai,\n\nI'd like a short clip of one moving ball, by itself, with nothing else in the frame.\n\n"
     "Best wishes,\nLena", "ball", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("a white ball and a black cat just hanging out together, this is so cute ngl #catsofinstagram #nofilter",
     "ball", "white", "cat", "black"),
    ("Fig. 1. A yellow cat beside a pink ball, both visible throughout.", "cat", "yellow", "ball", "pink"),
    ("Hi Sam,\n\nCould you make a realistic clip with a black car and an orange bird near it? Both should stay "
     "in view the whole time.\n\nThanks,\nPriya\n\nP.S. Lively is good.", "car", "black", "bird", "orange"),
    ("an orange ball next to a brown car lol the vibes are immaculate @jo_edits #aesthetic",
     "ball", "orange", "car", "brown"),
    ("Untitled (Bird and Cat), 2026. Digital video, 16 s. A gray bird and a green cat, both in view.",
     "bird", "gray", "cat", "green"),
    ("Dear Ana,\n\nFor Monday I need a lively video of a blue car with a red cat sitting near it, both on "
     "screen throughout.\n\nKind regards,\nFelix", "car", "blue", "cat", "red"),
    ("pov: a white ball rolled up next to a black car and now they're besties lol #nofilter",
     "ball", "white", "car", "black"),
    ("Stock footage: green bird perched beside a white ball; royalty-free, HD.", "bird", "green", "ball", "white"),
    ("Hi Marco,\n\nI'd love a realistic clip of a yellow dog playing with a blue ball, both in shot the whole "
     "way through.\n\nThanks,\nJune\n\nP.S. The last edit was great.", "ball", "blue", "dog", "yellow"),
    ("a yellow bird and a blue ball in the same shot ngl this is so cute #colourpop",
     "bird", "yellow", "ball", "blue"),
    ("Fig. 5. A brown bird and a black ball, shown together.", "bird", "brown", "ball", "black"),
    ("Hello Priya,\n\nCould you do a video with a brown bird and a blue cat, both visible for the whole clip?"
     "\n\nBest,\nSam", "bird", "brown", "cat", "blue"),
    ("blue bird chilling on top of a red car lol @tess_v #spotted", "bird", "blue", "car", "red"),
    ("Untitled (Cat with Ball), 2026. Digital video, 20 s. A pink cat and a purple ball.",
     "ball", "purple", "cat", "pink"),
    ("Hi Jonas,\n\nNext request: a yellow dog and a red cat side by side, lively and realistic, both in view "
     "throughout.\n\nThanks,\nMarta", "dog", "yellow", "cat", "red"),
    ("a green bird and a yellow dog being best friends this is so cute #unlikelyfriends #nofilter",
     "bird", "green", "dog", "yellow"),
    ("Stock footage: red cat sitting beside a gray car; royalty-free, HD.", "car", "gray", "cat", "red"),
    ("Dear Leo,\n\nPlease make me a clip with a red bird and a black cat in it, the two of them on screen the "
     "whole time.\n\nBest,\nAnya\n\nP.S. Realistic, please.", "bird", "red", "cat", "black"),
    ("orange cat staring at a white bird like it's plotting something lol #catsofinstagram",
     "bird", "white", "cat", "orange"),
    ("Fig. 6. A green bird next to a black ball; both remain in view.", "bird", "green", "ball", "black"),
    ("Hi Nora,\n\nCould you put a white cat and a purple bird together in one realistic shot, both visible "
     "throughout?\n\nThanks,\nBen", "cat", "white", "bird", "purple"),
    ("pov: a purple dog and a green bird are just sitting there together ngl #wholesome",
     "bird", "green", "dog", "purple"),
    ("Untitled (Bird on a Car), 2026. Digital video, 12 s. An orange bird and a brown car.",
     "bird", "orange", "car", "brown"),
    ("Hello Ines,\n\nI need a lively clip of a blue car and a brown bird, both in the frame for the whole video."
     "\n\nCheers,\nTom", "car", "blue", "bird", "brown"),
    ("a red dog and a purple cat napping next to each other this is so cute @mia_k #dogsofinstagram",
     "dog", "red", "cat", "purple"),
    ("Stock footage: purple dog and brown cat side by side; royalty-free.", "dog", "purple", "cat", "brown"),
    ("Dear Ravi,\n\nCould you make a video of a black cat batting at a blue ball? Both should be visible the "
     "whole time.\n\nKind regards,\nElena\n\nP.S. Keep it realistic.", "cat", "black", "ball", "blue"),
    ("yellow cat and black dog hanging out together, no drama lol #besties", "cat", "yellow", "dog", "black"),
    ("Fig. 8. A green cat and a white bird, both in view throughout.", "cat", "green", "bird", "white"),
    ("Hi Kai,\n\nFor the last shot: a purple car with a pink cat sitting near it, both on screen the whole time."
     "\n\nThanks,\nLena", "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("first half: no car at all, second half: a moving car shows up and stays till the end ngl worth the wait "
     "#plottwist", "car"),
    ("Fig. 9. No car is present in the first half; a moving car appears in the second half.", "car"),
    ("Hi Sam,\n\nFor this clip, keep the first half free of any car, then have a moving car appear in the second "
     "half and stay there.\n\nThanks,\nPriya", "car"),
    ("the cat isn't there for the whole first half and then a lively cat just pops up in the second half lol "
     "#surprise", "cat"),
    ("Untitled (Arrival), 2026. Digital video, 16 s. No cat in the first half; a lively cat appears in the "
     "second half.", "cat"),
    ("Dear Ana,\n\nCould you make a video where a lively cat appears only in the second half? No cat at all in "
     "the first half, please.\n\nBest,\nFelix", "cat"),
    ("pov: no bird for the whole first half and then a bird flies in for the second half and stays #birdwatching",
     "bird"),
    ("Stock footage: flying bird appears only in the second half, absent from the first half; royalty-free.",
     "bird"),
    ("Hi Marco,\n\nI'd like a flying bird to show up only in the second half of the video, with no bird in the "
     "first half.\n\nThanks,\nJune\n\nP.S. Realistic look, please.", "bird"),
    ("no ball in the first half, then boom a moving ball shows up in the second half lol #timing", "ball"),
    ("Fig. 10. A moving ball, absent in the first half, appears in the second half.", "ball"),
    ("Hello Mei,\n\nPlease have a moving ball appear only in the second half, and no ball anywhere in the first "
     "half.\n\nThanks,\nOmar", "ball"),
    ("first half no dog, second half a walking dog appears and stays, this is so cute #dogsofinstagram", "dog"),
    ("Untitled (Late Arrival), 2026. Digital video, 18 s. No dog in the first half; a walking dog appears in the "
     "second half.", "dog"),
    ("Hi Jonas,\n\nCould you cut a clip where a walking dog shows up only in the second half? The first half "
     "should have no dog at all.\n\nThanks,\nMarta", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("a moving car is there for the first half and then in the second half it's just gone, no car at all lol "
     "#vanished", "car"),
    ("Fig. 11. A moving car, present in the first half; no car in the second half.", "car"),
    ("Hi Leo,\n\nPlease show a moving car only in the first half, then no car at all in the second half.\n\n"
     "Best,\nAnya", "car"),
    ("a lively cat in the first half and then in the second half there's no cat anywhere ngl where did it go "
     "#catsofinstagram", "cat"),
    ("Stock footage: lively cat visible only in the first half, gone for the second half; royalty-free.", "cat"),
    ("Dear Ravi,\n\nCould you make a video where a lively cat is in the first half only? In the second half "
     "there should be no cat.\n\nKind regards,\nElena", "cat"),
    ("pov: a bird flying around for the first half and then the second half no bird at all lol #gone", "bird"),
    ("Untitled (Departure), 2026. Digital video, 16 s. A flying bird in the first half; no bird in the second "
     "half.", "bird"),
    ("Hello Ines,\n\nI need a flying bird in the first half of the clip and no bird at all in the second half."
     "\n\nCheers,\nTom\n\nP.S. Thanks for the quick turnaround last time.", "bird"),
    ("moving ball in the first half, no ball in the second half, ngl that's the whole plot lol #minimalism",
     "ball"),
    ("Fig. 12. A moving ball appears only in the first half and is absent in the second half.", "ball"),
    ("Hi Nora,\n\nThe moving ball should be there in the first half only; in the second half, no ball at all."
     "\n\nThanks,\nBen", "ball"),
    ("a walking dog in the first half and then no dog in the second half this is so sad lol #dogsofinstagram",
     "dog"),
    ("Stock footage: walking dog present only during the first half, no dog in the second half; royalty-free.",
     "dog"),
    ("Dear Kai,\n\nCould you do a clip with a walking dog in the first half only, and no dog at all in the "
     "second half?\n\nBest wishes,\nLena", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("pov: a car driving from the left all the way to the right of the frame ngl #carsofinstagram",
     "car", RIGHTWARD),
    ("Fig. 13. A moving car travels from the left to the right of the frame.", "car", RIGHTWARD),
    ("Hi Sam,\n\nCould you make a clip of a car that starts on the left and drives across to end on the right?"
     "\n\nThanks,\nPriya", "car", RIGHTWARD),
    ("car going right to left across the whole frame lol, starts on the right and ends on the left #nofilter",
     "car", LEFTWARD),
    ("Stock footage: car driving from right to left across the frame; royalty-free.", "car", LEFTWARD),
    ("Dear Ana,\n\nI need a moving car that begins on the right side and drives to the left side of the frame."
     "\n\nBest,\nFelix", "car", LEFTWARD),
    ("a cat walking from the left side to the right side like it owns the place lol #catsofinstagram",
     "cat", RIGHTWARD),
    ("Untitled (Crossing), 2026. Digital video, 10 s. A lively cat walks from left to right.", "cat", RIGHTWARD),
    ("Hi Marco,\n\nPlease have a lively cat walk from the left of the frame over to the right.\n\nThanks,\nJune",
     "cat", RIGHTWARD),
    ("pov: the cat starts on the right and walks all the way over to the left, this is so cute #catsofinstagram",
     "cat", LEFTWARD),
    ("Fig. 14. A lively cat moving from the right to the left.", "cat", LEFTWARD),
    ("Hello Mei,\n\nCould you make a cat walk from the right side of the frame across to the left side?\n\n"
     "Thanks,\nOmar", "cat", LEFTWARD),
    ("bird flying left to right across the frame ngl so majestic #birdwatching", "bird", RIGHTWARD),
    ("Stock footage: bird flying from left to right; royalty-free, slow motion.", "bird", RIGHTWARD),
    ("Hi Jonas,\n\nI'd like a flying bird that starts on the left and ends on the right of the frame.\n\n"
     "Thanks,\nMarta", "bird", RIGHTWARD),
    ("a bird flying from the right all the way to the left lol caught it on the first try #birdwatching",
     "bird", LEFTWARD),
    ("Untitled (Flight), 2026. Digital video, 8 s. A bird flies from right to left across the frame.",
     "bird", LEFTWARD),
    ("Dear Leo,\n\nPlease make a bird fly from the right side over to the left side, ending on the left.\n\n"
     "Best,\nAnya", "bird", LEFTWARD),
    ("ball rolling from left to right across the whole frame, oddly satisfying ngl #satisfying", "ball", RIGHTWARD),
    ("Fig. 15. A moving ball travels from left to right.", "ball", RIGHTWARD),
    ("Hi Nora,\n\nCould you show a ball rolling from the left of the frame to the right?\n\nThanks,\nBen",
     "ball", RIGHTWARD),
    ("pov: a ball rolling right to left, starts on the right and ends on the left lol #satisfying",
     "ball", LEFTWARD),
    ("Stock footage: ball rolling from right to left across the frame; royalty-free.", "ball", LEFTWARD),
    ("Dear Ravi,\n\nI need a moving ball that rolls from the right side to the left side of the frame.\n\n"
     "Kind regards,\nElena", "ball", LEFTWARD),
    ("dog walking from the left to the right like he's on a mission lol this is so cute #dogsofinstagram",
     "dog", RIGHTWARD),
    ("Untitled (Walk), 2026. Digital video, 12 s. A dog walks from left to right.", "dog", RIGHTWARD),
    ("Hello Ines,\n\nCould you have a dog walk from the left of the frame over to the right?\n\nCheers,\nTom",
     "dog", RIGHTWARD),
    ("pov: a dog walking right to left across the whole frame ngl best part of my day #dogsofinstagram",
     "dog", LEFTWARD),
    ("Fig. 16. A walking dog moves from the right to the left.", "dog", LEFTWARD),
    ("Hi Kai,\n\nPlease make a dog walk from the right side of the frame to the left side.\n\nThanks,\nLena\n\n"
     "P.S. Any breed is fine.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order.
_DYNAMIC_TWO = [
    ("pov: a dog just sits there not moving while a cat walks from the left of the dog to the right of the dog "
     "lol #besties", "cat", "dog", RIGHTWARD),
    ("Fig. 17. A ball rolls from the right of a dog to the left of the dog; the dog stays still.",
     "ball", "dog", LEFTWARD),
    ("Hi Sam,\n\nCould you make a clip where a bird stays still and a dog walks from the left of the bird to the "
     "right of the bird?\n\nThanks,\nPriya", "dog", "bird", RIGHTWARD),
    ("a cat sitting totally still while a bird flies from the right of the cat to the left of the cat ngl "
     "#catsofinstagram", "bird", "cat", LEFTWARD),
    ("Untitled (Passing), 2026. Digital video, 12 s. A bird stays still; a cat walks from the left of the bird "
     "to the right of the bird.", "cat", "bird", RIGHTWARD),
    ("Dear Ana,\n\nPlease have a bird fly from the right of a cat to the left of the cat, with the cat staying "
     "put the whole time.\n\nBest,\nFelix", "bird", "cat", LEFTWARD),
    ("the cat doesn't move at all and the dog just walks past it from the left of the cat to the right of the "
     "cat lol #dogsofinstagram", "dog", "cat", RIGHTWARD),
    ("Stock footage: bird flying from the right of a still dog to the left of the dog; royalty-free.",
     "bird", "dog", LEFTWARD),
    ("Hi Marco,\n\nI need a cat that stays still while a dog walks from the left of the cat over to the right of "
     "the cat.\n\nThanks,\nJune\n\nP.S. Realistic, please.", "dog", "cat", RIGHTWARD),
    ("pov: a parked car, not moving, and a bird flies from the right of the car to the left of the car "
     "#birdwatching", "bird", "car", LEFTWARD),
    ("Fig. 18. A bird flies from the left of a parked car to the right of the car; the car does not move.",
     "bird", "car", RIGHTWARD),
    ("Hello Mei,\n\nCould you have a car drive from the right of a bird to the left of the bird? The bird stays "
     "still the whole time.\n\nThanks,\nOmar", "car", "bird", LEFTWARD),
    ("a cat chilling totally still and a bird flies from the left of the cat to the right of the cat lol so cute "
     "#nofilter", "bird", "cat", RIGHTWARD),
    ("Untitled (Drive-by), 2026. Digital video, 10 s. A bird stays still; a car drives from the right of the "
     "bird to the left of the bird.", "car", "bird", LEFTWARD),
    ("Hi Jonas,\n\nPlease make a bird fly from the left of a dog to the right of the dog, with the dog standing "
     "still.\n\nThanks,\nMarta", "bird", "dog", RIGHTWARD),
    ("pov: the cat stays still and a dog walks from the right of the cat to the left of the cat ngl "
     "#dogsofinstagram", "dog", "cat", LEFTWARD),
    ("Stock footage: ball rolling from the left of a still dog to the right of the dog; royalty-free.",
     "ball", "dog", RIGHTWARD),
    ("Dear Leo,\n\nCould you show a cat that stays still while a bird flies from the right of the cat to the "
     "left of the cat?\n\nBest,\nAnya", "bird", "cat", LEFTWARD),
    ("a ball just sitting still and a car drives from the left of the ball to the right of the ball lol "
     "#carsofinstagram", "car", "ball", RIGHTWARD),
    ("Fig. 19. A cat walks from the right of a bird to the left of the bird; the bird stays still.",
     "cat", "bird", LEFTWARD),
    ("Hi Nora,\n\nI'd like a parked car that never moves, and a dog walking from the left of the car to the "
     "right of the car.\n\nThanks,\nBen", "dog", "car", RIGHTWARD),
    ("pov: a bird stays perfectly still and a ball rolls from the right of the bird to the left of the bird "
     "#satisfying", "ball", "bird", LEFTWARD),
    ("Untitled (Roll), 2026. Digital video, 8 s. A dog stays still; a ball rolls from the left of the dog to "
     "the right of the dog.", "ball", "dog", RIGHTWARD),
    ("Dear Ravi,\n\nPlease have a ball roll from the right of a cat to the left of the cat, with the cat staying "
     "still.\n\nKind regards,\nElena", "ball", "cat", LEFTWARD),
    ("the ball doesn't move and a car drives from the left of the ball to the right of the ball ngl "
     "#carsofinstagram", "car", "ball", RIGHTWARD),
    ("Stock footage: bird flying from the right of a still cat to the left of the cat; royalty-free.",
     "bird", "cat", LEFTWARD),
    ("Hello Ines,\n\nCould you make a dog walk from the left of a bird to the right of the bird, the bird "
     "staying still throughout?\n\nCheers,\nTom", "dog", "bird", RIGHTWARD),
    ("pov: a cat stays still and a dog walks from the right of the cat over to the left of the cat lol "
     "#besties", "dog", "cat", LEFTWARD),
    ("Fig. 20. A ball rolls from the left of a parked car to the right of the car; the car stays still.",
     "ball", "car", RIGHTWARD),
    ("Hi Kai,\n\nPlease show a cat staying still while a dog walks from the right of the cat to the left of the "
     "cat.\n\nThanks,\nLena\n\nP.S. Any breed is fine.", "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("pov: top-down shot, a car starts in the bottom left corner then drives to the bottom right then up to the "
     "top right #topdown", "car", BL_BR_TR),
    ("Fig. 21. Top-down view: a cat starts in the lower left, walks to the upper left, then to the upper right.",
     "cat", BL_TL_TR),
    ("Hi Sam,\n\nCould you do an overhead shot where a bird starts in the lower right, flies to the lower left, "
     "and then to the upper left?\n\nThanks,\nPriya", "bird", BR_BL_TL),
    ("filmed from straight above, a ball starts in the bottom right then rolls up to the top right and then over "
     "to the top left ngl #satisfying", "ball", BR_TR_TL),
    ("Untitled (Three Corners), 2026. Digital video, 16 s. Seen from above, a dog walks from the lower left to "
     "the lower right, then to the upper right.", "dog", BL_BR_TR),
    ("Dear Ana,\n\nI need a top-down clip: a car starts in the lower left, drives up to the upper left, and then "
     "across to the upper right.\n\nBest,\nFelix", "car", BL_TL_TR),
    ("pov: looking straight down, a cat starts in the bottom right, walks to the bottom left, then up to the top "
     "left lol #catsofinstagram", "cat", BR_BL_TL),
    ("Stock footage: top-down view of a bird flying from the lower right to the upper right, then on to the "
     "upper left; royalty-free.", "bird", BR_TR_TL),
    ("Hi Marco,\n\nFrom above, please: a ball starts in the lower left, rolls to the lower right, and ends in "
     "the upper right.\n\nThanks,\nJune", "ball", BL_BR_TR),
    ("overhead shot of a dog that starts in the bottom left then walks up to the top left then across to the top "
     "right this is so cute #dogsofinstagram", "dog", BL_TL_TR),
    ("Fig. 22. Seen from above: a car in the lower right drives to the lower left, then to the upper left.",
     "car", BR_BL_TL),
    ("Hello Mei,\n\nCould you make a top-down video where a cat starts in the lower right, walks up to the upper "
     "right, and then over to the upper left?\n\nThanks,\nOmar", "cat", BR_TR_TL),
    ("pov: shot from directly above, a bird starts in the bottom left, flies to the bottom right, then up to the top "
     "right #birdwatching", "bird", BL_BR_TR),
    ("Untitled (Route), 2026. Digital video, 12 s. Top-down view; a ball rolls from the lower left to the upper "
     "left, then to the upper right.", "ball", BL_TL_TR),
    ("Hi Jonas,\n\nOverhead shot, please: a dog starts in the lower right, walks to the lower left, and then up "
     "to the upper left.\n\nThanks,\nMarta", "dog", BR_BL_TL),
    ("top-down view, a car starts in the bottom right then drives up to the top right and then over to the top "
     "left ngl #carsofinstagram", "car", BR_TR_TL),
    ("Stock footage: overhead view of a cat walking from the lower left to the lower right, then up to the upper "
     "right; royalty-free.", "cat", BL_BR_TR),
    ("Dear Leo,\n\nSeen from above, I'd like a bird that starts in the lower left, flies to the upper left, and "
     "ends in the upper right.\n\nBest,\nAnya", "bird", BL_TL_TR),
    ("filmed straight down from above, a ball starts in the bottom right, rolls to the bottom left, then up to "
     "the top left lol #satisfying", "ball", BR_BL_TL),
    ("Fig. 23. Overhead view: a dog starts in the lower right, walks to the upper right, then to the upper left.",
     "dog", BR_TR_TL),
    ("Hi Nora,\n\nCould you do a top-down shot of a car starting in the lower left, driving to the lower right, "
     "and ending in the upper right?\n\nThanks,\nBen", "car", BL_BR_TR),
    ("pov: top-down view of a cat, it starts in the bottom left, walks up to the top left, then over to the top "
     "right #catsofinstagram", "cat", BL_TL_TR),
    ("Untitled (Circuit), 2026. Digital video, 14 s. Seen from above, a bird flies from the lower right to the "
     "lower left, then to the upper left.", "bird", BR_BL_TL),
    ("Dear Ravi,\n\nPlease make an overhead clip of a ball that starts in the lower right, rolls up to the upper "
     "right, and then over to the upper left.\n\nKind regards,\nElena", "ball", BR_TR_TL),
    ("looking down from above, a dog starts in the bottom left, walks to the bottom right, then up to the top "
     "right ngl good boy #dogsofinstagram", "dog", BL_BR_TR),
    ("Stock footage: top-down view of a car driving from the lower left up to the upper left, then across to the "
     "upper right; royalty-free.", "car", BL_TL_TR),
    ("Hello Ines,\n\nI need a top-down shot: a cat starts in the lower right, walks to the lower left, and then "
     "up to the upper left.\n\nCheers,\nTom", "cat", BR_BL_TL),
    ("pov: overhead shot, a bird starts in the bottom right, flies up to the top right, then across to the top "
     "left #birdwatching", "bird", BR_TR_TL),
    ("Fig. 24. Seen from above: a ball rolls from the lower left to the lower right, then up to the upper right.",
     "ball", BL_BR_TR),
    ("Hi Kai,\n\nCould you do an overhead clip where a dog starts in the lower left, walks up to the upper left, "
     "and ends in the upper right?\n\nThanks,\nLena", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
