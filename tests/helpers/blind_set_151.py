"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Singlish speaker from Singapore ("lah", "leh", "lor", "sia", "walao", "can or not", "got or not",
  "confirm", "steady"), chatty and run-on, where the speaker and whoever is asked are never in the video,
  and the clip being asked for or described is the video; numeracy messages name nobody at all;
- a Lisp file of s-expressions with ";;" comments, where the forms ("(defclip ...)", keywords like
  ":count", ":from", ":to", "t" and "nil") state what the clip shows and the file, its author and its
  functions are never in the video; it writes no digits, never calls Lisp's own "car", "first" or "second",
  and its symbols are hyphenated ("walking-dog", "left-side-of-frame");
- a caller on a sports radio phone-in ("long-time listener, first-time caller", "you're on the air", the
  host cutting in, "I'll take my answer off the air"), where the caller, the host, the station and the
  phone are never in the video, and the clip the caller goes on about is the video; numeracy calls carry no
  speaker labels and name no person, and no call talks of a game's halves, corners or table.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no host,
no listener, no kopi beside the count) and put no other number word beside it (no "first-time caller", no
"both", no "no one", no Singlish "one" at a sentence's end). No voice gives its own props a colour (no team
colours, no red light), no idiom hides a class noun or a side (no "football", "underdog", "birdie", "scared",
"education", "alright", "bright", "offside" or "beside" in a crossing), "half" is only said of the clip's
halves (never "halftime"), "upper", "lower", "corner", "top" and "bottom" only of a route (never "top of
the hour" or a corner kick), and "still" only of a relation's second object (never "you still there?"). A
relation names its second object at both ends and says that object stays still; a route is always seen from
above. It takes LVD's attribution pairs 70-99 and its two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 153/180 (numeracy 24, attribution 20, visibility 26, dynamic_one 30, dynamic_two 25, sequential 28)
on 4a0a41be; 180/180 after the fixes of its own branch (a Lisp file is read as its forms: the defining form's head and
name are nothing, its keyword arguments what the clip shows, in which half and how, a form headed by a hyphenated symbol
a thing with its ":count", ":colour", ":from ... :to ..." way, ":path" route and flags, "(car nil)", "(no car)" and a
bare "nil" none, its ";;" comments prose; Singlish's "got bird or not? Don't have." says no bird).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Eh the clip must have one moving car only lah, from start until finish. Nothing else in it, can or not?",
     "car", 1),
    ("(defclip drive\n  ;; the whole clip, start to end\n  :shows (moving-cars :count two)\n  :from :start :to :end\n"
     "  :nothing-else t)",
     "car", 2),
    ("Yeah, hiya, love the show. Look, my whole point is this: three moving cars, in view from the start of the "
     "clip to the end. That's it. Nothing else! -- Okay, okay, we hear you -- No, let me finish, nothing else in "
     "it. I'll take my answer off the air.",
     "car", 3),
    ("Walao, four moving cars the whole clip leh, start to end, then nothing else at all. Can do or not?",
     "car", 4),
    (";; what the clip shows, start to finish\n(defclip purr\n  :shows (lively-cat :count one)\n"
     "  :whole-clip t\n  :nothing-else t)",
     "cat", 1),
    ("Hi, yes, I'm on? Great. So, two lively cats. Start of the clip, end of the clip, there the whole way. "
     "Nothing else in it -- Got it, got it -- and I mean nothing else. Cheers.",
     "cat", 2),
    ("Three lively cats from start to finish lah, the whole clip. Nothing else, don't anyhow add ok?", "cat", 3),
    ("(defclip pounce\n  :shows (lively-cats :count four) ;; in view the whole clip\n  :from :start :to :end\n"
     "  :nothing-else t) ;; nothing else at all",
     "cat", 4),
    ("Thanks for taking the call. Quick point from me -- Go ahead -- a single flying bird, start to finish of the "
     "clip, and nothing else in it. Simple as that.",
     "bird", 1),
    ("Two flying birds, whole clip from start until end, nothing else. Simple only mah, can or not?", "bird", 2),
    ("(defclip flight\n  :shows (flying-birds :count three)\n  :from :start :to :end ;; whole clip\n"
     "  :nothing-else t)",
     "bird", 3),
    ("Longtime fan of the show. Here's what I'm after: four flying birds, in view from the start of the clip to the "
     "end -- Anything else? -- Nothing else. Nothing! That's the whole call.",
     "bird", 4),
    ("Aiyo just give me one moving ball lor, start to finish of the clip. Nothing else, confirm.", "ball", 1),
    (";; whole clip, nothing else\n(defclip bounce\n  :shows (moving-balls :count two)\n  :from :start :to :end\n"
     "  :nothing-else t)",
     "ball", 2),
    ("Hello? Yeah, hi. Look, three moving balls. In the clip start to finish. And nothing else -- Nothing else at "
     "all? -- Nothing else at all. Cheers, love the show.",
     "ball", 3),
    ("Four moving balls, from start until end of the clip, then nothing else lah. Got problem or not?", "ball", 4),
    ("(defclip stroll\n  :shows (walking-dog :count one) ;; start to finish\n  :whole-clip t\n  :nothing-else t)",
     "dog", 1),
    ("Yeah, hiya. So the clip I'd want is two walking dogs -- Just those? -- Just those, from the start of the clip "
     "to the end, and nothing else in it. I'll hang up and listen.",
     "dog", 2),
    ("Three walking dogs the whole clip leh, start to end, nothing else in there. Steady lah.", "dog", 3),
    ("(defclip walkies\n  ;; four of them, the whole clip, nothing else\n  :shows (walking-dogs :count four)\n"
     "  :from :start :to :end\n  :nothing-else t)",
     "dog", 4),
    ("Love the show, really. A single flying bird, start of the clip all the way to -- sorry -- start of the "
     "clip to the end of it. Nothing else. That's all from me.",
     "bird", 1),
    ("Two walking dogs from start to finish of the clip lor, nothing else. Dun need anything more lah.", "dog", 2),
    ("(defclip lounging\n  :shows (lively-cats :count three) ;; whole clip\n  :from :start :to :end\n"
     "  :nothing-else t)",
     "cat", 3),
    ("Evening. Real quick: four moving balls, start to end of the clip -- Nothing more? -- Nothing more, "
     "nothing else in it. Cheers for having me on.",
     "ball", 4),
    ("One moving car only, start of clip until end, nothing else sia. Can or not?", "car", 1),
    (";; start to end\n(defclip soar\n  :shows (flying-birds :count four)\n  :whole-clip t\n"
     "  :nothing-else t)",
     "bird", 4),
    ("Hiya, yeah. My take is dead simple: two moving balls, from the start of the clip to the finish, and "
     "absolutely nothing else -- We hear you -- Nothing else, I said. Cheers.",
     "ball", 2),
    ("Three walking dogs from start to finish, whole clip, nothing else got or not? Must have leh.", "dog", 3),
    ("(defclip napping\n  :shows (lively-cats :count two) ;; the entire clip\n  :from :start :to :end\n"
     "  :nothing-else t)",
     "cat", 2),
    ("Good evening, lovely show. So: three moving cars. From the start of the clip to the end. And nothing else "
     "-- That's it? -- That's it. I'll take my answer off the air.",
     "car", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Eh the clip got a white cat and a purple bird together leh, both there the whole time. Nice sia.",
     "cat", "white", "bird", "purple"),
    ("(defclip pair\n  ;; the pair, whole clip\n  :objects ((bird :colour green)\n"
     "            (dog :colour purple))\n  :together t)",
     "bird", "green", "dog", "purple"),
    ("HOST: You're on the air. CALLER: Long-time listener, first-time caller. The clip's got an orange bird and "
     "a brown car in it, together the whole way through. HOST: Lovely stuff.",
     "bird", "orange", "car", "brown"),
    ("Got a blue car and a brown bird next to each other lor, start until end of clip. Simple only.",
     "car", "blue", "bird", "brown"),
    (";; whole clip, both in view\n(defclip scene\n  :objects ((dog :colour red)\n            (cat :colour purple)))",
     "dog", "red", "cat", "purple"),
    ("Yeah, hi. So picture this: a purple dog, and a brown cat next to it -- The whole clip? -- The whole clip, "
     "start to finish. Cracking. I'll hang up and listen.",
     "dog", "purple", "cat", "brown"),
    ("Walao the black cat and the blue ball together the whole clip, so cute leh!",
     "cat", "black", "ball", "blue"),
    ("(defclip duo\n  :objects ((cat :colour yellow)\n            (dog :colour black)) ;; next to each other\n"
     "  :whole-clip t)",
     "cat", "yellow", "dog", "black"),
    ("Love the show, long-time listener. In this clip you've got a green cat and a white bird, together, start to "
     "finish -- Okay, and? -- And that's it, that's my point. Cheers.",
     "cat", "green", "bird", "white"),
    ("A purple car with a pink cat next to it, both there from start to end of clip. Can or not?",
     "car", "purple", "cat", "pink"),
    ("(defclip pair\n  :objects ((bird :colour purple)\n            (dog :colour red))\n"
     "  :from :start :to :end) ;; both, whole clip",
     "bird", "purple", "dog", "red"),
    ("HOST: Go ahead, caller. CALLER: Cheers. So the clip: a red dog and a yellow car together, the whole way "
     "through. HOST: That's your point? CALLER: That's my point.",
     "dog", "red", "car", "yellow"),
    ("Eh got an orange dog and a brown car side by side lah, whole clip start to finish.",
     "dog", "orange", "car", "brown"),
    ("(defclip neighbours\n  ;; side by side the whole clip\n  :objects ((cat :colour gray)\n"
     "            (dog :colour orange)))",
     "cat", "gray", "dog", "orange"),
    ("First-time caller, be gentle. The clip has a green ball and a pink dog in it, together from start to finish "
     "-- Okay -- and that's all I've got.",
     "ball", "green", "dog", "pink"),
    ("White dog and pink bird together the whole clip leh, dun anyhow change ah.",
     "dog", "white", "bird", "pink"),
    ("(defclip together\n  :objects ((car :colour purple)\n            (ball :colour gray))\n"
     "  :whole-clip t) ;; together, start to end",
     "car", "purple", "ball", "gray"),
    ("HOST: Next caller, you're on. CALLER: Long-time listener. A yellow dog next to a brown cat, that's the clip, "
     "start to finish. HOST: Fair enough, mate.",
     "dog", "yellow", "cat", "brown"),
    ("The brown ball and the green cat together from start until end lor, whole clip.",
     "ball", "brown", "cat", "green"),
    ("(defclip pair\n  :objects ((cat :colour brown)\n            (car :colour orange)) ;; together, whole clip\n"
     "  :from :start :to :end)",
     "cat", "brown", "car", "orange"),
    ("Hiya. Quick point -- Go on -- a white cat and an orange dog, next to each other for the whole clip. That's "
     "all. Cheers, lads.",
     "cat", "white", "dog", "orange"),
    ("Got a green bird and an orange car together whole clip or not? Must have leh.",
     "bird", "green", "car", "orange"),
    (";; the whole clip\n(defclip scene\n  :objects ((dog :colour brown)\n            (ball :colour red)))",
     "dog", "brown", "ball", "red"),
    ("HOST: You're on the air. CALLER: Yeah, hi. A yellow car with a white bird next to it, start to finish of the "
     "clip. HOST: And? CALLER: And nothing, that's the clip.",
     "car", "yellow", "bird", "white"),
    ("Wah a blue cat and a brown bird together sia, the whole clip from start to end.",
     "cat", "blue", "bird", "brown"),
    ("(defclip pair\n  :objects ((bird :colour black) ;; the whole clip\n            (cat :colour orange)))",
     "bird", "black", "cat", "orange"),
    ("Long-time listener, first-time caller. The clip: a black ball, a red dog next to it, both there from the start "
     "to the end -- Good shout -- Cheers.",
     "ball", "black", "dog", "red"),
    ("Brown bird and orange dog, together whole clip lah, start to end. Easy peasy.",
     "bird", "brown", "dog", "orange"),
    ("(defclip scene\n  :objects ((ball :colour red)\n            (car :colour purple))\n"
     "  :whole-clip t) ;; together, start to finish",
     "ball", "red", "car", "purple"),
    ("HOST: Final caller tonight, go ahead. CALLER: Cheers. A purple car and a white bird, together, the whole clip "
     "through. HOST: Short and sweet.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half of the clip got no car leh, then second half a moving car come in and stay until the end.", "car"),
    ("(defclip arrival\n  (:first-half (moving-car nil)) ;; no car yet\n"
     "  (:second-half (moving-car t))) ;; appears, stays to the end",
     "car"),
    ("HOST: You're on. CALLER: So in the first half of the clip there's no car. None. Then the second half, a "
     "moving car turns up and stays till the end. HOST: Late arrival!",
     "car"),
    ("Eh first half no cat at all, then second half a lively cat appear lor, stay until end of clip.", "cat"),
    (";; absent in the first half of the clip\n(defclip arrival\n  :first-half (no lively-cat)\n"
     "  :second-half (lively-cat :appears t :stays-to-end t))",
     "cat"),
    ("Long-time listener. The first half of the clip, no cat -- None? -- none. Second half, a lively cat shows up "
     "and sticks around to the end. Cheers.",
     "cat"),
    ("First half of the clip got bird or not? Don't have. Second half then a flying bird appear until the end lah.",
     "bird"),
    ("(defclip arrival\n  :first-half nil ;; no bird\n  :second-half (flying-bird :stays-to-end t))", "bird"),
    ("HOST: Go ahead. CALLER: First half of the clip, no bird, nothing. Second half, a flying bird comes in and "
     "it's there till the end. HOST: Appreciate the call.",
     "bird"),
    ("Walao first half of the clip no ball, second half then got a moving ball until the end.", "ball"),
    ("(defclip arrival\n  ;; no ball in the first half of the clip\n  :first-half (no moving-ball)\n"
     "  :second-half (moving-ball :appears t))",
     "ball"),
    ("First-time caller. In the first half of the clip there's no ball at all -- And then? -- then in the second "
     "half a moving ball appears, stays to the end.",
     "ball"),
    ("The first half of the clip no dog leh. Second half a walking dog come in, stay until end.", "dog"),
    (";; dog only in the second half of the clip\n(defclip arrival\n  :first-half (no walking-dog)\n"
     "  :second-half (walking-dog :stays-to-end t))",
     "dog"),
    ("HOST: Line's open, go on. CALLER: First half of the clip, no dog. Second half, a walking dog walks in and "
     "stays till the end. HOST: Good lad.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("(defclip departure\n  :first-half (moving-car t)\n  :second-half (moving-car nil)) ;; gone in the second half",
     "car"),
    ("HOST: You're on the air. CALLER: A moving car in the first half of the clip, then in the second half -- "
     "Gone? -- gone, no car. HOST: Vanished.",
     "car"),
    ("First half got a moving car, second half no car already lor.", "car"),
    ("Long-time listener. A lively cat in the first half of the clip, and then in the second half there's no cat. "
     "Where'd it go? I'll take my answer off the air.",
     "cat"),
    ("Eh the lively cat only there in the first half leh, second half no cat liao.", "cat"),
    ("(defclip departure\n  ;; second half of the clip: no cat\n  :first-half (lively-cat t)\n  :second-half nil)",
     "cat"),
    ("Flying bird in the first half of the clip, then second half no more bird sia.", "bird"),
    (";; present in the first half only\n(defclip departure\n  :first-half (flying-bird t)\n"
     "  :second-half (no flying-bird))",
     "bird"),
    ("HOST: Go ahead, caller. CALLER: First half of the clip, a flying bird. Second half of the clip, no bird. "
     "HOST: And that bothers you? CALLER: Hugely.",
     "bird"),
    ("(defclip departure\n  :first-half (moving-ball t) ;; there\n  :second-half (moving-ball nil)) ;; no ball",
     "ball"),
    ("First-time caller. There's a moving ball in the first half of the clip -- Yep -- and in the second half, no "
     "ball. Gone. Cheers.",
     "ball"),
    ("Moving ball got in the first half, then second half no ball already. Where it go ah?", "ball"),
    ("HOST: You're on. CALLER: A walking dog in the first half of the clip, and no dog in the second half. HOST: "
     "Short call, that.",
     "dog"),
    ("Walking dog first half of the clip got, second half no dog lor. Simple.", "dog"),
    ("(defclip departure\n  :first-half (walking-dog t)\n  :second-half (no walking-dog)) ;; gone for the second half",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car go from the left side of the frame to the right side lah.", "car", RIGHTWARD),
    ("(defclip crossing\n  (moving-car :from left-side-of-frame :to right-side-of-frame)) ;; left to right",
     "car", RIGHTWARD),
    ("HOST: Go ahead. CALLER: Moving car, from the right side of the frame across to the left side. That's the "
     "clip. HOST: Cheers.",
     "car", LEFTWARD),
    ("Eh the moving car from right side of the frame go to left side, can or not?", "car", LEFTWARD),
    (";; right side of the frame to the left side\n(defclip crossing\n  (moving-car :from :right :to :left))",
     "car", LEFTWARD),
    ("Long-time listener. A moving car going from the left side of the frame over to the right side -- Is that "
     "it? -- that's it.",
     "car", RIGHTWARD),
    ("(defclip zoomies\n  (lively-cat :from left-side-of-frame :to right-side-of-frame)) ;; left to right",
     "cat", RIGHTWARD),
    ("HOST: You're on. CALLER: A lively cat goes from the right side of the frame to the left side. HOST: Quick "
     "call, nice.",
     "cat", LEFTWARD),
    ("Lively cat run from left side of the frame all the way to right side, fast sia.", "cat", RIGHTWARD),
    ("First-time caller. A lively cat, right side of the frame, dashes across to the left side. Cheers.",
     "cat", LEFTWARD),
    ("Got a lively cat from right side of frame run to left side or not?", "cat", LEFTWARD),
    (";; crosses the frame left to right\n(defclip dash\n  (lively-cat :from :left :to :right))", "cat", RIGHTWARD),
    ("Flying bird fly from left side of the frame to right side lor.", "bird", RIGHTWARD),
    ("(defclip flyby\n  (flying-bird :from right-side-of-frame :to left-side-of-frame)) ;; right to left",
     "bird", LEFTWARD),
    ("HOST: Go on. CALLER: A flying bird going from the left side of the frame across to the right side -- "
     "Lovely -- lovely indeed.",
     "bird", RIGHTWARD),
    ("Walao the flying bird from right side of the frame fly to left side, so steady.", "bird", LEFTWARD),
    (";; left side of the frame to the right side\n(defclip flyby\n  (flying-bird :from :left :to :right))",
     "bird", RIGHTWARD),
    ("Long-time listener. A flying bird crossing from the right side of the frame to the left side. I'll hang up "
     "and listen.",
     "bird", LEFTWARD),
    ("(defclip roll\n  (moving-ball :from left-side-of-frame :to right-side-of-frame)) ;; left to right",
     "ball", RIGHTWARD),
    ("HOST: You're on the air. CALLER: A moving ball, rolling from the right side of the frame to the left side. "
     "HOST: Okay.",
     "ball", LEFTWARD),
    ("Moving ball roll from left side of the frame to right side leh.", "ball", RIGHTWARD),
    ("First-time caller. The clip: a moving ball from the right side of the frame over to the left side. Cheers.",
     "ball", LEFTWARD),
    ("The moving ball from right side of frame roll go left side lah.", "ball", LEFTWARD),
    (";; crosses left to right\n(defclip roll\n  (moving-ball :from :left :to :right))", "ball", RIGHTWARD),
    ("Walking dog walk from left side of the frame to right side, slowly slowly lor.", "dog", RIGHTWARD),
    ("(defclip walkies\n  (walking-dog :from right-side-of-frame :to left-side-of-frame)) ;; right to left",
     "dog", LEFTWARD),
    ("HOST: Go ahead. CALLER: A walking dog, from the left side of the frame to the right side. Nice and easy. "
     "HOST: Cheers for that.",
     "dog", RIGHTWARD),
    ("Eh walking dog from right side of the frame walk to left side can or not?", "dog", LEFTWARD),
    (";; right side of the frame to the left side\n(defclip walkies\n  (walking-dog :from :right :to :left))",
     "dog", LEFTWARD),
    ("Long-time listener. A walking dog strolls from the left side of the frame across to the right side -- "
     "And? -- and that's the whole clip.",
     "dog", RIGHTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stay still lah, then a bird fly from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("(defclip pass\n  (ball :stays-still t)\n  (bird :from right-of-ball :to left-of-ball)) ;; the ball never moves",
     "bird", "ball", LEFTWARD),
    ("HOST: You're on. CALLER: The ball stays still, and a car goes from the left of the ball to the right of the "
     "ball. HOST: Got it.",
     "car", "ball", RIGHTWARD),
    ("Eh the dog stay still, the bird fly from the right of the dog go to the left of the dog.",
     "bird", "dog", LEFTWARD),
    (";; the car stays still throughout\n(defclip pass\n  (car :stays-still t)\n"
     "  (dog :from left-of-car :to right-of-car))",
     "dog", "car", RIGHTWARD),
    ("Long-time listener. A bird flies from the right of the ball to the left of the ball, and the ball stays "
     "still the whole time. Cheers.",
     "bird", "ball", LEFTWARD),
    ("Dog walk from the left of the cat to the right of the cat, the cat stay still lor.",
     "dog", "cat", RIGHTWARD),
    ("(defclip pass\n  (car :stays-still t) ;; the car never moves\n  (dog :from right-of-car :to left-of-car))",
     "dog", "car", LEFTWARD),
    ("HOST: Go ahead. CALLER: The dog stays still -- The whole time? -- the whole time, and a cat goes from the "
     "left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("The ball stay still leh, the cat run from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    (";; the dog stays still\n(defclip pass\n  (dog :stays-still t)\n  (cat :from left-of-dog :to right-of-dog))",
     "cat", "dog", RIGHTWARD),
    ("First-time caller. A ball rolls from the right of the dog to the left of the dog, while the dog stays still. "
     "I'll hang up and listen.",
     "ball", "dog", LEFTWARD),
    ("Bird stay still lah. Dog walk from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("(defclip pass\n  (cat :stays-still t)\n  (bird :from right-of-cat :to left-of-cat)) ;; the cat never moves",
     "bird", "cat", LEFTWARD),
    ("HOST: You're on the air. CALLER: The bird stays still, and a cat runs from the left of the bird to the right "
     "of the bird. HOST: Nice.",
     "cat", "bird", RIGHTWARD),
    ("The cat stay still, then the bird fly from the right of the cat to the left of the cat, can or not?",
     "bird", "cat", LEFTWARD),
    (";; the cat stays still\n(defclip pass\n  (cat :stays-still t)\n  (dog :from left-of-cat :to right-of-cat))",
     "dog", "cat", RIGHTWARD),
    ("Long-time listener. The dog stays still, and a bird flies from the right of the dog over to the left of the "
     "dog -- Lovely -- cheers.",
     "bird", "dog", LEFTWARD),
    ("Walao the dog walk from the left of the cat to the right of the cat, the cat just stay still sia.",
     "dog", "cat", RIGHTWARD),
    ("(defclip pass\n  (car :stays-still t) ;; never moves\n  (bird :from right-of-car :to left-of-car))",
     "bird", "car", LEFTWARD),
    ("HOST: Go on. CALLER: A bird goes from the left of the car to the right of the car, and the car stays still. "
     "HOST: Thanks for calling.",
     "bird", "car", RIGHTWARD),
    ("The bird stay still lor, the car go from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    (";; the cat stays still\n(defclip pass\n  (cat :stays-still t)\n  (bird :from left-of-cat :to right-of-cat))",
     "bird", "cat", RIGHTWARD),
    ("First-time caller. The bird stays still, and a car drives from the right of the bird to the left of the "
     "bird. Cheers.",
     "car", "bird", LEFTWARD),
    ("Dog stay still leh, then bird fly from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("(defclip pass\n  (cat :stays-still t)\n  (dog :from right-of-cat :to left-of-cat)) ;; the cat never moves",
     "dog", "cat", LEFTWARD),
    ("HOST: You're on. CALLER: The dog stays still, and a ball rolls from the left of the dog to the right of the "
     "dog. HOST: Simple enough.",
     "ball", "dog", RIGHTWARD),
    ("The cat stay still lah, bird fly from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    (";; the ball stays still\n(defclip pass\n  (ball :stays-still t)\n  (car :from left-of-ball :to right-of-ball))",
     "car", "ball", RIGHTWARD),
    ("Long-time listener. The bird stays still, and a cat runs from the right of the bird to the left of the "
     "bird. I'll take my answer off the air.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above hor, the car go from lower left corner to lower right corner, then upper right corner.",
     "car", BL_BR_TR),
    (";; seen from above\n(defclip route\n  (cat :path (lower-left-corner upper-left-corner upper-right-corner)))",
     "cat", BL_TL_TR),
    ("HOST: Go ahead. CALLER: Looking down from above, a bird goes lower right corner, then lower left corner, "
     "then upper left corner. HOST: Got it.",
     "bird", BR_BL_TL),
    ("From above see, the ball roll from lower right corner to upper right corner, then upper left corner lor.",
     "ball", BR_TR_TL),
    ("(defclip route ;; viewed from above\n  (dog :path (lower-left-corner lower-right-corner upper-right-corner)))",
     "dog", BL_BR_TR),
    ("Long-time listener. Seen from above, a car goes from the lower left corner to the upper left corner, then "
     "the upper right corner. Cheers.",
     "car", BL_TL_TR),
    ("Seen from above, the cat run lower right corner to lower left corner then upper left corner, can or not?",
     "cat", BR_BL_TL),
    (";; from above\n(defclip route\n  (bird :path (lower-right-corner upper-right-corner upper-left-corner)))",
     "bird", BR_TR_TL),
    ("HOST: You're on. CALLER: From above, a ball rolls from the lower left corner to the lower right corner, then "
     "the upper right corner. HOST: Lovely.",
     "ball", BL_BR_TR),
    ("From above hor, dog walk lower left corner to upper left corner, then go upper right corner.",
     "dog", BL_TL_TR),
    ("(defclip route ;; seen from above\n  (car :path (lower-right-corner lower-left-corner upper-left-corner)))",
     "car", BR_BL_TL),
    ("First-time caller. Seen from above: a cat, lower right corner, to the upper right corner, then the upper "
     "left corner -- Got it -- cheers.",
     "cat", BR_TR_TL),
    ("Bird seen from above fly from lower left corner to lower right corner then upper right corner leh.",
     "bird", BL_BR_TR),
    (";; seen from above\n(defclip route\n  (ball :path (lower-left-corner upper-left-corner upper-right-corner)))",
     "ball", BL_TL_TR),
    ("HOST: Go on. CALLER: From above, a dog walks from the lower right corner to the lower left corner, then the "
     "upper left corner. HOST: Thanks.",
     "dog", BR_BL_TL),
    ("Seen from above lah, car drive lower right corner to upper right corner then upper left corner.",
     "car", BR_TR_TL),
    ("(defclip route ;; from above\n  (cat :path (lower-left-corner lower-right-corner upper-right-corner)))",
     "cat", BL_BR_TR),
    ("Long-time listener. From above, a bird flies lower left corner to upper left corner, then upper right "
     "corner. I'll hang up and listen.",
     "bird", BL_TL_TR),
    ("From above see ah, ball roll from lower right corner to lower left corner, then upper left corner.",
     "ball", BR_BL_TL),
    (";; viewed from above\n(defclip route\n  (dog :path (lower-right-corner upper-right-corner upper-left-corner)))",
     "dog", BR_TR_TL),
    ("HOST: You're on the air. CALLER: Seen from above, a car from the lower left corner to the lower right corner "
     "and then the upper right corner. HOST: Nice.",
     "car", BL_BR_TR),
    ("Cat seen from above run from lower left corner to upper left corner, then upper right corner sia.",
     "cat", BL_TL_TR),
    ("(defclip route ;; seen from above\n  (bird :path (lower-right-corner lower-left-corner upper-left-corner)))",
     "bird", BR_BL_TL),
    ("First-time caller. From above, a ball rolls lower right corner to upper right corner, then upper left "
     "corner. Cheers.",
     "ball", BR_TR_TL),
    ("From above hor, the dog walk lower left corner to lower right corner then upper right corner lor.",
     "dog", BL_BR_TR),
    (";; from above\n(defclip route\n  (car :path (lower-left-corner upper-left-corner upper-right-corner)))",
     "car", BL_TL_TR),
    ("HOST: Go ahead. CALLER: Seen from above, a cat runs from the lower right corner to the lower left corner, "
     "then the upper left corner. HOST: Cheers.",
     "cat", BR_BL_TL),
    ("Seen from above, bird fly lower right corner go upper right corner, then upper left corner can or not?",
     "bird", BR_TR_TL),
    ("(defclip route ;; viewed from above\n  (ball :path (lower-left-corner lower-right-corner upper-right-corner)))",
     "ball", BL_BR_TR),
    ("Long-time listener. From above, a dog walks from the lower left corner to the upper left corner, then the "
     "upper right corner. I'll take my answer off the air.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
