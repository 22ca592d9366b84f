"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a horoscope ("Aries: your clip this week holds three moving cats ...", "the second half brings ...",
  "the stars say nothing else will appear"), where the signs, the stars, the planets and the reader are
  figures of speech only and never in the video;
- a text-adventure game's output ("You are looking at a quiet scene. You see ...", "> WAIT", "Time
  passes. The cat is now ...", "There is nothing else here."), where "you", the parser and its commands
  are never in the video, and each "> WAIT" / "Time passes." moves to a later moment of the same clip;
- a voice assistant dialogue ("User: hey studio, make me a clip with ... Assistant: Sure! Creating a
  clip where ..."), where the assistant restates the request without changing or contradicting it, and
  the user, the assistant and the phone are never in the video.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 20-49, and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on ae81e8e 130/180 = 72.2% (numeracy 15, attribution 30, visibility 22, one-object 28, two-object 20,
sequential 15 of 30); 140/180 (two-object 30) once a thing that sits or is to one side of another stayed there, a
fix written without seeing this set; 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Aries: your clip this week holds one moving car, in view from the first moment to the last. The stars say "
     "nothing else will appear.", "car", 1),
    ("You are looking at an empty scene. You see two moving cars. > WAIT Time passes. The two moving cars are still "
     "here. There is nothing else here.", "car", 2),
    ("User: hey studio, make me a clip with three moving cars and nothing else. Assistant: Sure! Creating a clip "
     "where three moving cars are in view the whole time, with nothing else in it.", "car", 3),
    ("Taurus: four moving cars fill your clip from beginning to end. The planets promise nothing more, so nothing "
     "else will appear.", "car", 4),
    ("You are looking at an empty scene. You see one lively cat. It stays for the whole clip. There is nothing else "
     "here.", "cat", 1),
    ("User: hey studio, can you make a clip with two lively cats, nothing else? Assistant: Sure! Creating a clip "
     "where two lively cats stay from start to finish and nothing else shows up.", "cat", 2),
    ("Gemini: three lively cats fill the whole of this week's clip. The stars say nothing else will "
     "appear.", "cat", 3),
    ("You are looking at an empty scene. You see four lively cats. > WAIT Time passes. You still see four lively "
     "cats. There is nothing else here.", "cat", 4),
    ("User: hey studio, make me a clip with one flying bird. Just the bird, nothing else. Assistant: Sure! Creating "
     "a clip where a single flying bird is in view the whole time and nothing else is.", "bird", 1),
    ("Cancer: two flying birds stay in your clip from its opening to its close. The stars say nothing else will "
     "appear.", "bird", 2),
    ("You are looking at an empty scene. You see three flying birds. They are here for the whole clip. There is "
     "nothing else here.", "bird", 3),
    ("User: hey studio, make me a clip with four flying birds and nothing else in it. Assistant: Sure! Creating a "
     "clip where four flying birds are there from start to end, and nothing else.", "bird", 4),
    ("Leo: a single moving ball rolls through your whole clip this week. The planets agree that nothing else will "
     "appear.", "ball", 1),
    ("You are looking at an empty scene. You see two moving balls. > WAIT Time passes. The two moving balls are "
     "still here. There is nothing else here.", "ball", 2),
    ("User: hey studio, make me a clip of three moving balls, nothing more. Assistant: Sure! Creating a clip where "
     "three moving balls are in view for the whole video, with nothing else.", "ball", 3),
    ("Virgo: four moving balls are yours from the first frame to the last. The stars say nothing else will "
     "appear.", "ball", 4),
    ("You are looking at an empty scene. You see one walking dog. It stays until the clip ends. There is nothing "
     "else here.", "dog", 1),
    ("User: hey studio, I want a clip with two walking dogs and nothing else. Assistant: Sure! Creating a clip where "
     "two walking dogs stay the whole time and nothing else appears.", "dog", 2),
    ("Libra: three walking dogs stay in your clip from start to end this week. The stars say nothing else will "
     "appear.", "dog", 3),
    ("You are looking at an empty scene. You see four walking dogs. > WAIT Time passes. The four walking dogs are "
     "still here. There is nothing else here.", "dog", 4),
    ("User: hey studio, make me a clip with two moving cars, nothing else. Assistant: Sure! Creating a clip where two "
     "moving cars are in view from the first moment to the last.", "car", 2),
    ("Scorpio: one lively cat, and only one, fills your clip from start to end. The planets say nothing else will "
     "appear.", "cat", 1),
    ("You are looking at an empty scene. You see four flying birds. They stay for the whole clip. There is nothing "
     "else here.", "bird", 4),
    ("User: hey studio, make me a clip with just one moving ball. Assistant: Sure! Creating a clip where one moving "
     "ball is in view the whole time, and nothing else is in it.", "ball", 1),
    ("Sagittarius: two walking dogs walk through the whole of your clip. The stars say nothing else will appear.",
     "dog", 2),
    ("You are looking at an empty scene. You see three moving cars. > WAIT Time passes. You still see three moving "
     "cars. There is nothing else here.", "car", 3),
    ("User: hey studio, make me a clip with four lively cats and nothing else. Assistant: Sure! Creating a clip where "
     "four lively cats stay from beginning to end, with nothing else around.", "cat", 4),
    ("Capricorn: a single flying bird crosses your whole clip this week. The stars say nothing else will appear.",
     "bird", 1),
    ("You are looking at an empty scene. You see three moving balls. They are here for the whole clip. There is "
     "nothing else here.", "ball", 3),
    ("User: hey studio, make me a clip with four walking dogs, nothing else. Assistant: Sure! Creating a clip where "
     "four walking dogs are in view for the whole video and nothing else appears.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Aquarius: your clip this week holds a brown ball and an orange cat side by side, together from start to end. "
     "The stars say nothing else will appear.", "ball", "brown", "cat", "orange"),
    ("You are looking at a quiet scene. You see a gray dog next to an orange ball. > WAIT Time passes. The gray dog "
     "and the orange ball are still here. There is nothing else here.", "dog", "gray", "ball", "orange"),
    ("User: hey studio, make me a clip with a yellow ball and an orange cat. Assistant: Sure! Creating a clip where a "
     "yellow ball sits beside an orange cat for the whole video.", "ball", "yellow", "cat", "orange"),
    ("Pisces: a purple dog and a brown car share your clip, side by side from the first moment to the last. The "
     "planets add nothing more.", "dog", "purple", "car", "brown"),
    ("You are looking at a quiet scene. You see a gray dog and a blue car side by side. They stay for the whole "
     "clip. There is nothing else here.", "dog", "gray", "car", "blue"),
    ("User: hey studio, I want a clip with a white car and an orange bird. Assistant: Sure! Creating a clip where a "
     "white car and an orange bird are next to each other the whole time.", "car", "white", "bird", "orange"),
    ("Aries: a brown car with a blue bird beside it stays all through this week's clip. The stars say "
     "nothing else will appear.", "car", "brown", "bird", "blue"),
    ("You are looking at a quiet scene. You see a blue car. Next to it you see a yellow cat. > WAIT Time passes. "
     "Both are still here. There is nothing else here.", "car", "blue", "cat", "yellow"),
    ("User: hey studio, make me a clip with a gray cat and a yellow bird next to it. Assistant: Sure! Creating a "
     "clip where a gray cat and a yellow bird stay side by side from start to end.", "cat", "gray", "bird", "yellow"),
    ("Taurus: a white dog and a black car stand together through your whole clip. The stars say nothing else will "
     "appear.", "dog", "white", "car", "black"),
    ("You are looking at a quiet scene. You see a red car next to a brown bird. They are here for the whole clip. "
     "There is nothing else here.", "car", "red", "bird", "brown"),
    ("User: hey studio, make me a clip with a purple cat beside a green car. Assistant: Sure! Creating a clip where a "
     "purple cat sits beside a green car for the whole video.", "cat", "purple", "car", "green"),
    ("Gemini: your clip pairs a gray car with an orange dog, side by side from beginning to end. The planets promise "
     "nothing more.", "car", "gray", "dog", "orange"),
    ("You are looking at a quiet scene. You see a red cat and a gray dog next to each other. > WAIT Time passes. The "
     "red cat and the gray dog are still here. There is nothing else here.", "cat", "red", "dog", "gray"),
    ("User: hey studio, make me a clip with a red dog and a gray car. Assistant: Sure! Creating a clip where a red "
     "dog stands next to a gray car the whole time.", "dog", "red", "car", "gray"),
    ("Cancer: a purple dog beside a yellow car is in your clip from the first moment to the last. The stars say "
     "nothing else will appear.", "dog", "purple", "car", "yellow"),
    ("You are looking at a quiet scene. You see a red cat. Beside it you see a gray ball. They stay for the whole "
     "clip. There is nothing else here.", "cat", "red", "ball", "gray"),
    ("User: hey studio, I'd like a clip with a brown cat and a blue dog side by side. Assistant: Sure! Creating a "
     "clip where a brown cat and a blue dog are side by side from start to finish.", "cat", "brown", "dog", "blue"),
    ("Leo: a white dog and a red cat walk beside each other through your whole clip this week. The stars say "
     "nothing else will appear.", "dog", "white", "cat", "red"),
    ("You are looking at a quiet scene. You see a yellow bird next to an orange car. > WAIT Time passes. The yellow "
     "bird and the orange car are still here. There is nothing else here.", "bird", "yellow", "car", "orange"),
    ("User: hey studio, make me a clip with a green dog next to a blue car. Assistant: Sure! Creating a clip where a "
     "green dog and a blue car stay next to each other for the whole video.", "dog", "green", "car", "blue"),
    ("Virgo: a black cat and a brown ball sit together in your clip from start to end. The planets add nothing "
     "more.", "cat", "black", "ball", "brown"),
    ("You are looking at a quiet scene. You see a purple car and a red cat side by side. They are here for the whole "
     "clip. There is nothing else here.", "car", "purple", "cat", "red"),
    ("User: hey studio, make me a clip with a gray dog and a brown cat. Assistant: Sure! Creating a clip where a gray "
     "dog is beside a brown cat the whole time.", "dog", "gray", "cat", "brown"),
    ("Libra: a black car with a brown dog next to it stays in your clip from the first moment to the last. The stars "
     "say nothing else will appear.", "car", "black", "dog", "brown"),
    ("You are looking at a quiet scene. You see a yellow ball. Next to it you see a pink dog. > WAIT Time passes. "
     "Both are still here. There is nothing else here.", "ball", "yellow", "dog", "pink"),
    ("User: hey studio, make me a clip with a gray cat beside a white dog. Assistant: Sure! Creating a clip where a "
     "gray cat and a white dog are side by side from beginning to end.", "cat", "gray", "dog", "white"),
    ("Scorpio: a yellow dog beside an orange car is in your clip for the whole of it this week. The stars say nothing "
     "else will appear.", "dog", "yellow", "car", "orange"),
    ("You are looking at a quiet scene. You see a black bird next to a brown cat. They stay for the whole clip. "
     "There is nothing else here.", "bird", "black", "cat", "brown"),
    ("User: hey studio, make me a clip with a white ball and a red car. Assistant: Sure! Creating a clip where a "
     "white ball lies next to a red car for the whole video.", "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Sagittarius: the first half of your clip brings no car at all. The second half brings a moving car, and it "
     "stays until the end.", "car"),
    ("You are looking at an empty scene. It is the first half of the clip, and there is no car here. > WAIT Time "
     "passes. It is now the second half of the clip. A moving car has arrived. It stays until the end.", "car"),
    ("User: hey studio, make me a clip where a moving car shows up only in the second half. Assistant: Sure! "
     "Creating a clip with no car in the first half and a moving car in the second half, until the end.", "car"),
    ("Capricorn: the stars keep the first half of your clip free of any cat. In the second half a lively cat "
     "arrives, and it stays to the end.", "cat"),
    ("You are looking at an empty scene. It is the first half of the clip. You see no cat. > WAIT Time passes. It is "
     "the second half of the clip now. A lively cat is here, and it stays until the clip ends.", "cat"),
    ("User: hey studio, make me a clip where a lively cat appears only in the second half. Assistant: Sure! Creating "
     "a clip where there is no cat in the first half, and a lively cat comes in the second half and stays.", "cat"),
    ("Aquarius: no bird in the first half of your clip this week. The second half brings a flying bird, which stays "
     "until the end.", "bird"),
    ("You are looking at an empty sky. It is the first half of the clip, and you see no bird. > WAIT Time passes. It "
     "is now the second half of the clip. A flying bird is here. It stays to the end.", "bird"),
    ("User: hey studio, make me a clip where a flying bird appears only in the second half of the video. Assistant: "
     "Sure! Creating a clip with no bird in the first half and a flying bird in the second half, until the end.",
     "bird"),
    ("Pisces: the first half of your clip holds no ball. Then the second half brings a moving ball, and it stays "
     "until the end.", "ball"),
    ("You are looking at an empty scene. It is the first half of the clip. There is no ball here. > WAIT Time passes. "
     "It is the second half of the clip now. A moving ball has rolled in. It stays until the end.", "ball"),
    ("User: hey studio, make me a clip where a moving ball shows up only in the second half. Assistant: Sure! "
     "Creating a clip with no ball in the first half; in the second half a moving ball appears and stays.", "ball"),
    ("Aries: no dog in the first half of your clip. The second half brings a walking dog, and the stars say it stays "
     "until the end.", "dog"),
    ("You are looking at an empty scene. It is the first half of the clip, and you see no dog. > WAIT Time passes. "
     "It is now the second half of the clip. A walking dog is here. It stays until the end.", "dog"),
    ("User: hey studio, make me a clip where a walking dog appears only in the second half. Assistant: Sure! Creating "
     "a clip where there is no dog in the first half, then a walking dog comes in the second half and stays.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Taurus: the first half of your clip brings a moving car. The second half brings no car at all, and it does not "
     "return.", "car"),
    ("You are looking at a quiet scene. It is the first half of the clip. You see a moving car. > WAIT Time passes. "
     "It is now the second half of the clip. The car is gone. It does not come back.", "car"),
    ("User: hey studio, make me a clip where a moving car appears only in the first half. Assistant: Sure! Creating "
     "a clip with a moving car in the first half and no car in the second half.", "car"),
    ("Gemini: a lively cat is in the first half of your clip. In the second half the stars take it away: no "
     "cat until the end.", "cat"),
    ("You are looking at a quiet scene. It is the first half of the clip, and you see a lively cat. > WAIT Time "
     "passes. It is the second half of the clip now. There is no cat here.", "cat"),
    ("User: hey studio, make me a clip where a lively cat is there only in the first half. Assistant: Sure! Creating "
     "a clip where a lively cat is in the first half, and there is no cat in the second half.", "cat"),
    ("Cancer: a flying bird fills the first half of your clip. The second half brings no bird, and it never comes "
     "back.", "bird"),
    ("You are looking at an open sky. It is the first half of the clip. You see a flying bird. > WAIT Time passes. It "
     "is now the second half of the clip. The bird is gone. It does not return.", "bird"),
    ("User: hey studio, make me a clip where a flying bird appears only in the first half of the video. Assistant: "
     "Sure! Creating a clip with a flying bird in the first half and no bird in the second half.", "bird"),
    ("Leo: a moving ball rolls through the first half of your clip. The second half brings no ball, until the "
     "end.", "ball"),
    ("You are looking at a quiet scene. It is the first half of the clip, and you see a moving ball. > WAIT Time "
     "passes. It is the second half of the clip now. There is no ball here.", "ball"),
    ("User: hey studio, make me a clip where a moving ball is there only in the first half. Assistant: Sure! "
     "Creating a clip where a moving ball is in the first half, and there is no ball in the second half.", "ball"),
    ("Virgo: a walking dog fills the first half of your clip. The second half brings no dog at all, "
     "and it does not return.", "dog"),
    ("You are looking at a quiet scene. It is the first half of the clip. You see a walking dog. > WAIT Time passes. "
     "It is now the second half of the clip. The dog is gone. It does not come back.", "dog"),
    ("User: hey studio, make me a clip where a walking dog appears only in the first half. Assistant: Sure! Creating "
     "a clip with a walking dog in the first half and no dog in the second half.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Libra: your clip opens with a moving car on the left side of the frame. By the end, the car has driven across "
     "to the right side.", "car", RIGHTWARD),
    ("You are looking at a quiet scene. You see a moving car on the left side. > WAIT Time passes. The car is now on "
     "the right side.", "car", RIGHTWARD),
    ("User: hey studio, make me a clip with a moving car going from the left to the right. Assistant: Sure! Creating "
     "a clip where a moving car starts on the left and ends on the right.", "car", RIGHTWARD),
    ("Scorpio: a moving car starts on the right side of your clip. The second half carries it to the left side, "
     "where it ends.", "car", LEFTWARD),
    ("You are looking at a quiet scene. You see a moving car on the right side. > WAIT Time passes. The car has "
     "driven to the left side.", "car", LEFTWARD),
    ("User: hey studio, make me a clip with a moving car driving from the right to the left. Assistant: Sure! "
     "Creating a clip where a moving car begins on the right and finishes on the left.", "car", LEFTWARD),
    ("Sagittarius: a lively cat begins your clip on the left side. By the end, it has walked over to the right "
     "side.", "cat", RIGHTWARD),
    ("You are looking at a quiet scene. You see a lively cat on the left side. > WAIT Time passes. The cat is now on "
     "the right side.", "cat", RIGHTWARD),
    ("User: hey studio, make me a clip with a lively cat walking from the left to the right. Assistant: Sure! "
     "Creating a clip where a lively cat starts on the left and ends on the right.", "cat", RIGHTWARD),
    ("Capricorn: a lively cat starts on the right side of your clip this week. By the end, it has walked to the left "
     "side.", "cat", LEFTWARD),
    ("You are looking at a quiet scene. You see a lively cat on the right side. > WAIT Time passes. The cat is now on "
     "the left side.", "cat", LEFTWARD),
    ("User: hey studio, make me a clip with a lively cat going from the right to the left. Assistant: Sure! Creating "
     "a clip where a lively cat begins on the right and ends up on the left.", "cat", LEFTWARD),
    ("Aquarius: a flying bird starts on the left side of your clip. By the end, it has flown across to the right "
     "side.", "bird", RIGHTWARD),
    ("You are looking at an open sky. You see a flying bird on the left side. > WAIT Time passes. The bird is now on "
     "the right side.", "bird", RIGHTWARD),
    ("User: hey studio, make me a clip with a flying bird going from the left to the right. Assistant: Sure! "
     "Creating a clip where a flying bird starts on the left and flies to the right.", "bird", RIGHTWARD),
    ("Pisces: a flying bird opens your clip on the right side. By the end, it has flown over to the left side.",
     "bird", LEFTWARD),
    ("You are looking at an open sky. You see a flying bird on the right side. > WAIT Time passes. The bird has flown "
     "to the left side.", "bird", LEFTWARD),
    ("User: hey studio, make me a clip with a flying bird moving from the right to the left. Assistant: Sure! "
     "Creating a clip where a flying bird begins on the right and ends on the left.", "bird", LEFTWARD),
    ("Aries: a moving ball starts on the left side of your clip. By the end, it has rolled across to the right "
     "side.", "ball", RIGHTWARD),
    ("You are looking at a quiet scene. You see a moving ball on the left side. > WAIT Time passes. The ball has "
     "rolled to the right side.", "ball", RIGHTWARD),
    ("User: hey studio, make me a clip with a moving ball rolling from the left to the right. Assistant: Sure! "
     "Creating a clip where a moving ball starts on the left and ends on the right.", "ball", RIGHTWARD),
    ("Taurus: a moving ball begins your clip on the right side. By the end, it has rolled over to the left side.",
     "ball", LEFTWARD),
    ("You are looking at a quiet scene. You see a moving ball on the right side. > WAIT Time passes. The ball is now "
     "on the left side.", "ball", LEFTWARD),
    ("User: hey studio, make me a clip with a moving ball going from the right to the left. Assistant: Sure! "
     "Creating a clip where a moving ball begins on the right and rolls to the left.", "ball", LEFTWARD),
    ("Gemini: a walking dog starts on the left side of your clip. By the end, it has walked across to the right "
     "side.", "dog", RIGHTWARD),
    ("You are looking at a quiet scene. You see a walking dog on the left side. > WAIT Time passes. The dog is now on "
     "the right side.", "dog", RIGHTWARD),
    ("User: hey studio, make me a clip with a walking dog going from the left to the right. Assistant: Sure! "
     "Creating a clip where a walking dog starts on the left and ends on the right.", "dog", RIGHTWARD),
    ("Cancer: a walking dog begins your clip on the right side. By the end, it has walked over to the left side.",
     "dog", LEFTWARD),
    ("You are looking at a quiet scene. You see a walking dog on the right side. > WAIT Time passes. The dog has "
     "walked to the left side.", "dog", LEFTWARD),
    ("User: hey studio, make me a clip with a walking dog moving from the right to the left. Assistant: Sure! "
     "Creating a clip where a walking dog begins on the right and ends on the left.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order.
_DYNAMIC_TWO = [
    ("Leo: a car stays still all through your clip, while a dog walks from the left of the car to the right of the "
     "car.", "dog", "car", RIGHTWARD),
    ("You are looking at a quiet scene. You see a bird standing still, and a ball on the right of the bird. > WAIT "
     "Time passes. The ball has rolled to the left of the bird. The bird has not moved.", "ball", "bird", LEFTWARD),
    ("User: hey studio, make me a clip where a ball goes from the left of a dog to the right of it, and the dog stays "
     "still. Assistant: Sure! Creating a clip where the dog stays put while the ball rolls from the left of the dog "
     "to the right of the dog.", "ball", "dog", RIGHTWARD),
    ("Virgo: a cat sits still in your clip this week. A ball starts on the right of the cat and rolls to the left of "
     "the cat, and the cat never moves.", "ball", "cat", LEFTWARD),
    ("You are looking at a quiet scene. You see a ball lying still, and a car on the left of the ball. > WAIT Time "
     "passes. The car has driven to the right of the ball. The ball has not moved.", "car", "ball", RIGHTWARD),
    ("User: hey studio, make me a clip where a bird moves from the right of a cat to the left of it, and the cat "
     "stays still. Assistant: Sure! Creating a clip where the cat sits still while the bird flies from the right of "
     "the cat to the left of the cat.", "bird", "cat", LEFTWARD),
    ("Libra: a bird stays still through your whole clip, while a dog walks from the left of the bird to the right of "
     "the bird.", "dog", "bird", RIGHTWARD),
    ("You are looking at a quiet scene. You see a cat sitting still, and a dog on the right of the cat. > WAIT Time "
     "passes. The dog has walked to the left of the cat. The cat has not moved.", "dog", "cat", LEFTWARD),
    ("User: hey studio, make me a clip where a ball goes from the left of a car to the right of it, and the car stays "
     "still. Assistant: Sure! Creating a clip where the car stays parked while the ball rolls from the left of the "
     "car to the right of the car.", "ball", "car", RIGHTWARD),
    ("Scorpio: a cat stays still in your clip. A dog starts on the right of the cat and walks to the left of the cat, "
     "and the cat never moves.", "dog", "cat", LEFTWARD),
    ("You are looking at a quiet scene. You see a ball lying still, and a bird on the left of the ball. > WAIT Time "
     "passes. The bird has flown to the right of the ball. The ball has not moved.", "bird", "ball", RIGHTWARD),
    ("User: hey studio, make me a clip where a bird moves from the right of a ball to the left of it, and the ball "
     "stays still. Assistant: Sure! Creating a clip where the ball stays put while the bird flies from the right of "
     "the ball to the left of the ball.", "bird", "ball", LEFTWARD),
    ("Sagittarius: a dog stands still all through your clip, while a bird flies from the left of the dog to the "
     "right of the dog.", "bird", "dog", RIGHTWARD),
    ("You are looking at a quiet scene. You see a car parked and still, and a bird on the right of the car. > WAIT "
     "Time passes. The bird has flown to the left of the car. The car has not moved.", "bird", "car", LEFTWARD),
    ("User: hey studio, make me a clip where a car drives from the left of a cat to the right of it, and the cat "
     "stays still. Assistant: Sure! Creating a clip where the cat sits still while the car drives from the left of "
     "the cat to the right of the cat.", "car", "cat", RIGHTWARD),
    ("Capricorn: a ball lies still in your clip this week. A dog starts on the right of the ball and walks to the "
     "left of the ball, and the ball never moves.", "dog", "ball", LEFTWARD),
    ("You are looking at a quiet scene. You see a ball lying still, and a cat on the left of the ball. > WAIT Time "
     "passes. The cat has walked to the right of the ball. The ball has not moved.", "cat", "ball", RIGHTWARD),
    ("User: hey studio, make me a clip where a dog walks from the right of a ball to the left of it, and the ball "
     "stays still. Assistant: Sure! Creating a clip where the ball stays put while the dog walks from the right of "
     "the ball to the left of the ball.", "dog", "ball", LEFTWARD),
    ("Aquarius: a bird stays still through your whole clip, while a cat walks from the left of the bird to the right "
     "of the bird.", "cat", "bird", RIGHTWARD),
    ("You are looking at a quiet scene. You see a car parked and still, and a dog on the right of the car. > WAIT "
     "Time passes. The dog has walked to the left of the car. The car has not moved.", "dog", "car", LEFTWARD),
    ("User: hey studio, make me a clip where a bird flies from the left of a ball to the right of it, and the ball "
     "stays still. Assistant: Sure! Creating a clip where the ball stays put while the bird flies from the left of "
     "the ball to the right of the ball.", "bird", "ball", RIGHTWARD),
    ("Pisces: a ball lies still in your clip. A bird starts on the right of the ball and flies to the left of the "
     "ball, and the ball never moves.", "bird", "ball", LEFTWARD),
    ("You are looking at a quiet scene. You see a ball lying still, and a car on the left of the ball. > WAIT Time "
     "passes. The car is now on the right of the ball. The ball has not moved.", "car", "ball", RIGHTWARD),
    ("User: hey studio, make me a clip where a bird moves from the right of a dog to the left of it, and the dog "
     "stays still. Assistant: Sure! Creating a clip where the dog stands still while the bird flies from the right "
     "of the dog to the left of the dog.", "bird", "dog", LEFTWARD),
    ("Aries: a car stays parked and still through your whole clip, while a dog walks from the left of the car to the "
     "right of the car.", "dog", "car", RIGHTWARD),
    ("You are looking at a quiet scene. You see a ball lying still, and a bird on the right of the ball. > WAIT Time "
     "passes. The bird is now on the left of the ball. The ball has not moved.", "bird", "ball", LEFTWARD),
    ("User: hey studio, make me a clip where a dog walks from the left of a cat to the right of it, and the cat stays "
     "still. Assistant: Sure! Creating a clip where the cat sits still while the dog walks from the left of the cat "
     "to the right of the cat.", "dog", "cat", RIGHTWARD),
    ("Taurus: a car stays still in your clip this week. A dog starts on the right of the car and walks to the left of "
     "the car, and the car never moves.", "dog", "car", LEFTWARD),
    ("You are looking at a quiet scene. You see a dog standing still, and a cat on the left of the dog. > WAIT Time "
     "passes. The cat has walked to the right of the dog. The dog has not moved.", "cat", "dog", RIGHTWARD),
    ("User: hey studio, make me a clip where a cat walks from the right of a ball to the left of it, and the ball "
     "stays still. Assistant: Sure! Creating a clip where the ball stays put while the cat walks from the right of "
     "the ball to the left of the ball.", "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Gemini: your clip is seen from straight above. A moving car starts in the lower left corner, reaches the lower "
     "right corner halfway through, and ends in the upper right corner.", "car", BL_BR_TR),
    ("You are looking straight down at a wide field from above. You see a lively cat in the bottom left corner. > "
     "WAIT Time passes. Halfway through the clip, the cat is in the top left corner. > WAIT Time passes. At the end, "
     "the cat is in the top right corner.", "cat", BL_TL_TR),
    ("User: hey studio, make me a top-down clip of a flying bird that starts in the lower right corner, goes to the "
     "lower left corner, then ends in the upper left corner. Assistant: Sure! Creating a clip seen from straight "
     "above where the bird starts in the lower right, is in the lower left at the midpoint, and finishes in the "
     "upper left.", "bird", BR_BL_TL),
    ("Cancer: your clip looks straight down from above. A moving ball begins in the bottom right corner, rolls to "
     "the top right corner by the middle, and ends in the top left corner.", "ball", BR_TR_TL),
    ("You are looking straight down at a wide field from above. You see a walking dog in the lower left corner. > "
     "WAIT Time passes. Halfway through the clip, the dog is in the lower right corner. > WAIT Time passes. At the "
     "end, the dog is in the upper right corner.", "dog", BL_BR_TR),
    ("User: hey studio, make me a clip seen from directly above of a moving car that starts in the bottom left "
     "corner, goes to the top left corner, and ends in the top right corner. Assistant: Sure! Creating a top-down "
     "clip where the car starts in the bottom left, is in the top left halfway through, and ends in the top right.",
     "car", BL_TL_TR),
    ("Leo: your clip is seen from directly above. A lively cat starts in the lower right corner, walks to the lower "
     "left corner by the middle, and ends in the upper left corner.", "cat", BR_BL_TL),
    ("You are looking straight down at a wide field from above. You see a flying bird in the bottom right corner. > "
     "WAIT Time passes. Halfway through the clip, the bird is in the top right corner. > WAIT Time passes. At the "
     "end, the bird is in the top left corner.", "bird", BR_TR_TL),
    ("User: hey studio, make me a top-down clip of a moving ball that starts in the lower left corner, rolls to the "
     "lower right corner, then ends in the upper right corner. Assistant: Sure! Creating a clip seen from straight "
     "above where the ball starts in the lower left, is in the lower right at the midpoint, and ends in the upper "
     "right.", "ball", BL_BR_TR),
    ("Virgo: your clip looks down from overhead. A walking dog begins in the bottom left corner, walks to the top "
     "left corner by the middle, and ends in the top right corner.", "dog", BL_TL_TR),
    ("You are looking straight down at a wide field from above. You see a moving car in the lower right corner. > "
     "WAIT Time passes. Halfway through the clip, the car is in the lower left corner. > WAIT Time passes. At the "
     "end, the car is in the upper left corner.", "car", BR_BL_TL),
    ("User: hey studio, make me a clip seen from directly above of a lively cat that starts in the bottom right "
     "corner, goes to the top right corner, and ends in the top left corner. Assistant: Sure! Creating a top-down "
     "clip where the cat starts in the bottom right, is in the top right halfway through, and ends in the top "
     "left.", "cat", BR_TR_TL),
    ("Libra: your clip is seen from straight above. A flying bird starts in the lower left corner, flies to the "
     "lower right corner by the middle, and ends in the upper right corner.", "bird", BL_BR_TR),
    ("You are looking straight down at a wide field from above. You see a moving ball in the bottom left corner. > "
     "WAIT Time passes. Halfway through the clip, the ball is in the top left corner. > WAIT Time passes. At the "
     "end, the ball is in the top right corner.", "ball", BL_TL_TR),
    ("User: hey studio, make me a top-down clip of a walking dog that starts in the lower right corner, goes to the "
     "lower left corner, then ends in the upper left corner. Assistant: Sure! Creating a clip seen from straight "
     "above where the dog starts in the lower right, is in the lower left at the midpoint, and finishes in the "
     "upper left.", "dog", BR_BL_TL),
    ("Scorpio: your clip looks straight down from above. A moving car begins in the bottom right corner, drives to "
     "the top right corner by the middle, and ends in the top left corner.", "car", BR_TR_TL),
    ("You are looking straight down at a wide field from above. You see a lively cat in the lower left corner. > "
     "WAIT Time passes. Halfway through the clip, the cat is in the lower right corner. > WAIT Time passes. At the "
     "end, the cat is in the upper right corner.", "cat", BL_BR_TR),
    ("User: hey studio, make me a clip seen from directly above of a flying bird that starts in the bottom left "
     "corner, goes to the top left corner, and ends in the top right corner. Assistant: Sure! Creating a top-down "
     "clip where the bird starts in the bottom left, is in the top left halfway through, and ends in the top "
     "right.", "bird", BL_TL_TR),
    ("Sagittarius: your clip is seen from directly above. A moving ball starts in the lower right corner, rolls to "
     "the lower left corner by the middle, and ends in the upper left corner.", "ball", BR_BL_TL),
    ("You are looking straight down at a wide field from above. You see a walking dog in the bottom right corner. > "
     "WAIT Time passes. Halfway through the clip, the dog is in the top right corner. > WAIT Time passes. At the "
     "end, the dog is in the top left corner.", "dog", BR_TR_TL),
    ("User: hey studio, make me a top-down clip of a moving car that starts in the lower left corner, drives to the "
     "lower right corner, then ends in the upper right corner. Assistant: Sure! Creating a clip seen from straight "
     "above where the car starts in the lower left, is in the lower right at the midpoint, and ends in the upper "
     "right.", "car", BL_BR_TR),
    ("Capricorn: your clip looks down from overhead. A lively cat begins in the bottom left corner, walks to the top "
     "left corner by the middle, and ends in the top right corner.", "cat", BL_TL_TR),
    ("You are looking straight down at a wide field from above. You see a flying bird in the lower right corner. > "
     "WAIT Time passes. Halfway through the clip, the bird is in the lower left corner. > WAIT Time passes. At the "
     "end, the bird is in the upper left corner.", "bird", BR_BL_TL),
    ("User: hey studio, make me a clip seen from directly above of a moving ball that starts in the bottom right "
     "corner, goes to the top right corner, and ends in the top left corner. Assistant: Sure! Creating a top-down "
     "clip where the ball starts in the bottom right, is in the top right halfway through, and ends in the top "
     "left.", "ball", BR_TR_TL),
    ("Aquarius: your clip is seen from straight above. A walking dog starts in the lower left corner, walks to the "
     "lower right corner by the middle, and ends in the upper right corner.", "dog", BL_BR_TR),
    ("You are looking straight down at a wide field from above. You see a moving car in the bottom left corner. > "
     "WAIT Time passes. Halfway through the clip, the car is in the top left corner. > WAIT Time passes. At the "
     "end, the car is in the top right corner.", "car", BL_TL_TR),
    ("User: hey studio, make me a top-down clip of a lively cat that starts in the lower right corner, walks to the "
     "lower left corner, then ends in the upper left corner. Assistant: Sure! Creating a clip seen from straight "
     "above where the cat starts in the lower right, is in the lower left at the midpoint, and finishes in the "
     "upper left.", "cat", BR_BL_TL),
    ("Pisces: your clip looks straight down from above. A flying bird begins in the bottom right corner, flies to "
     "the top right corner by the middle, and ends in the top left corner.", "bird", BR_TR_TL),
    ("You are looking straight down at a wide field from above. You see a moving ball in the lower left corner. > "
     "WAIT Time passes. Halfway through the clip, the ball is in the lower right corner. > WAIT Time passes. At the "
     "end, the ball is in the upper right corner.", "ball", BL_BR_TR),
    ("User: hey studio, make me a clip seen from directly above of a walking dog that starts in the bottom left "
     "corner, goes to the top left corner, and ends in the top right corner. Assistant: Sure! Creating a top-down "
     "clip where the dog starts in the bottom left, is in the top left halfway through, and ends in the top right.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
