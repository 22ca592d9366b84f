"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a cross-examination transcript ("Q." and "A." lines, "BY MS. ABERNATHY:", "MR. KOWALSKI: Objection.
  Leading.", "THE COURT: Overruled.", "Nothing further"), where counsel, the witness, the judge, the jury,
  the exhibit and the courtroom are never in the video, and what the witness testifies to is the clip;
  a sustained objection only ever cuts off a repeated question, and numeracy transcripts are at most a
  heading and bare "Q." and "A." lines that name nobody;
- a Valley-girl speaker ("oh my god", "like, totally", "literally", "as if", "omigod", "I can't even"),
  where the speaker and the friends she talks to (Tiffany, Brittany, Kimberly, Courtney) are never in the
  video, and what she gushes about is the clip; she never tags a sentence with "right?", and in numeracy
  prompts she names nobody but herself;
- a git commit with its diff (a subject or a "commit"/"Author:"/"Date:" header, "diff --git", "index",
  "---"/"+++", "@@" hunk headers, "-" and "+" lines, the "No newline at end of file" marker), where the author,
  the repository and its files are never in the video, and the "+" lines (with the unchanged context
  lines) say what the clip now shows while the "-" lines are what it no longer says: a placeholder, a
  vaguer wording or, now and then, the direction the fix turned round; numeracy commits carry no author
  or date, their "-" lines name no object and no number, and their hunk headers and index lines are the
  only digits they write.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
witness, no friend, no author beside the count) and put no other number word beside it (no "first",
no "both", no "none"). No voice gives its own props a colour (no green build, no red-faced counsel), no
idiom hides a class noun or a side (no "advocate", "indicate", "care", "deprecated", "all right",
"copyright" or "that's right"), "half" is only said of the clip's halves (never "on behalf of"), "upper",
"lower", "corner", "top" and "bottom" only of a route (never "lowercase" or "top-level"), and "still"
only of a relation's second object (never "is it still your testimony"). A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 30-59 and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 125/180 (numeracy 20, attribution 23, visibility 21, dynamic_one 21, dynamic_two 23, sequential 17;
15 planner errors) on 02453486; 180/180 after the fixes of its own branch (a commit's diff is the text its hunks leave,
its "+" and kept lines, never its "-" lines, header or message, and its hashes, modes and hunk numbers no counts; the
planner caps a scene at the layout's object limit, never raising; a cross-examination's record, "BY MR. ...:",
"Objection.", "THE COURT: Overruled.", "Nothing further, Your Honor.", is no scene, a statement of counsel the witness
confirms, "..., correct?" "Correct.", is the scene, a topic said before a question on "it" is what it asks about, and
"what colour was the cat?" and "which side does it start on?" are read; "Oh my god," is an exclamation, no god).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("CROSS-EXAMINATION\n"
     "Q. You've watched the clip?\n"
     "A. I have.\n"
     "Q. What's in it?\n"
     "A. One moving car.\n"
     "Q. From the start of the clip to the end?\n"
     "A. Start to end, yes.\n"
     "Q. And besides that?\n"
     "A. Nothing else. Nothing at all.", "car", 1),
    ("Oh my god, okay, so the clip is, like, two moving cars? From the very start to the very end? And "
     "that's literally it. Nothing else in it. Like, at all. Totally.", "car", 2),
    ("Describe the clip: three moving cars\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 4c1e0a2..9b7d3f5 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-TODO: describe the clip\n"
     "+three moving cars, in view from the start of the clip to its end\n"
     "+nothing else in the clip", "car", 3),
    ("Q. Directing your attention to the clip. How many moving cars are in it?\n"
     "A. Four moving cars.\n"
     "Q. Are they there the whole time, start to finish?\n"
     "A. The whole time.\n"
     "Q. Is there anything else in the clip?\n"
     "A. No. Nothing else.", "car", 4),
    ("Subject: [PATCH] clip: a lively cat and nothing else\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index 0e93b1c..d7a2f48 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1,2 +1,2 @@\n"
     "-(placeholder)\n"
     "-(placeholder)\n"
     "+One lively cat, in view from the start of the clip to its end.\n"
     "+Nothing else is in the clip.", "cat", 1),
    ("Q. What did the clip show?\n"
     "A. Two lively cats.\n"
     "Q. For the entire clip?\n"
     "A. Yes. From the start of it to the end.\n"
     "Q. Anything else?\n"
     "A. No, nothing else.\n"
     "Q. Nothing?\n"
     "A. Nothing.", "cat", 2),
    ("Okay, oh my god. Three lively cats, the entire clip, start to finish, and, like, nothing else in "
     "it? Literally nothing else. I'm obsessed. Like, totally obsessed.", "cat", 3),
    ("Make the clip four lively cats\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-lorem ipsum\n"
     "+four lively cats, there from the start of the clip to its end, and nothing else", "cat", 4),
    ("Q. In the clip, what do you see?\n"
     "A. One flying bird.\n"
     "Q. When does it show up?\n"
     "A. It's there from the start of the clip to the end.\n"
     "Q. Is anything else there?\n"
     "A. Nothing else.", "bird", 1),
    ("Omigod, so it's two flying birds, like, the whole clip? Start to finish? And nothing else, which "
     "is, like, so peaceful. I literally can't even.", "bird", 2),
    ("Subject: [PATCH] scene: three flying birds\n"
     "\n"
     "---\n"
     "diff --git a/shot.txt b/shot.txt\n"
     "index a13f6e0..5c8b2d9 100644\n"
     "--- a/shot.txt\n"
     "+++ b/shot.txt\n"
     "@@ -1 +1,2 @@\n"
     "-(empty)\n"
     "+three flying birds, in view for the whole clip, start to finish\n"
     "+nothing else in view\n"
     "\\ No newline at end of file", "bird", 3),
    ("Q. I'm showing you the clip. Do you recognize it?\n"
     "A. Yes.\n"
     "Q. What's in it?\n"
     "A. Four flying birds.\n"
     "Q. From beginning to end?\n"
     "A. From the beginning of the clip to the end.\n"
     "Q. And nothing else?\n"
     "A. Nothing else.", "bird", 4),
    ("Like, okay, so there's one moving ball? And it's there from the start of the clip all the way to "
     "the end? And, oh my god, nothing else. Like, nothing. Whatever, it's totally iconic.", "ball", 1),
    ("clip: two moving balls, nothing else\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 77e0c4b..1af9d36 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-describe the clip here\n"
     "+two moving balls, in view from the start of the clip to its end\n"
     "+nothing else is in it", "ball", 2),
    ("Q. Let's be precise. The clip shows three moving balls?\n"
     "A. Three moving balls.\n"
     "Q. Throughout the clip, start to finish?\n"
     "A. Throughout.\n"
     "Q. And nothing else appears in it?\n"
     "A. Nothing else appears.", "ball", 3),
    ("Oh my god, okay, so picture this: four moving balls, the whole clip, from the start to the end. "
     "And nothing else. Like, at all. Isn't that, like, so random? I love it.", "ball", 4),
    ("Subject: [PATCH] clip: one walking dog\n"
     "\n"
     "---\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-TBD\n"
     "-TBD\n"
     "+one walking dog, in view from the start of the clip to its end\n"
     "+nothing else in the clip", "dog", 1),
    ("Q. How many walking dogs are in the clip?\n"
     "A. Two walking dogs.\n"
     "Q. From the start to the finish?\n"
     "A. Yes, the whole clip.\n"
     "Q. And there's nothing else in it, correct?\n"
     "A. Correct. Nothing else.", "dog", 2),
    ("Oh my god, three walking dogs. Like, the whole clip, start to end. Nothing else in it. I'm "
     "literally screaming, they're, like, so cute. Totally.", "dog", 3),
    ("Show four walking dogs in the clip\n"
     "\n"
     "diff --git a/clip.md b/clip.md\n"
     "index 3d0b8e5..c2f71a4 100644\n"
     "--- a/clip.md\n"
     "+++ b/clip.md\n"
     "@@ -1,2 +1,2 @@\n"
     " # Clip\n"
     "-TODO\n"
     "+Four walking dogs, there from the start of the clip to its end. Nothing else.", "dog", 4),
    ("Okay so, like, three moving cars? Start of the clip to the end. Nothing else. Oh my god, it's, "
     "like, so minimal, I literally love it.", "car", 3),
    ("Subject: [PATCH] clip: two lively cats\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 9e4a2b7..08c6d1f 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-(empty clip)\n"
     "+two lively cats, there from the start of the clip to the end; nothing else in it", "cat", 2),
    ("Q. And the clip itself. Four flying birds?\n"
     "A. Four flying birds.\n"
     "Q. In view the whole time?\n"
     "A. From the start to the end.\n"
     "Q. Anything else in view?\n"
     "A. Nothing else.", "bird", 4),
    ("Um, hello? It's one moving ball. From the start of the clip to the end. That's it, nothing else, "
     "like, oh my god, literally how hard is that?", "ball", 1),
    ("scene: two walking dogs and nothing else\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 5f2c90e..e1b7a3d 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1,2 @@\n"
     "-placeholder text\n"
     "+two walking dogs, in view from the start of the clip to its end\n"
     "+nothing else", "dog", 2),
    ("Q. The clip shows a moving car?\n"
     "A. One moving car.\n"
     "Q. Only that?\n"
     "A. Only that. Nothing else.\n"
     "Q. For how long?\n"
     "A. From the start of the clip to its end.", "car", 1),
    ("Oh my god, four lively cats. Like, four. The whole clip, start to finish, and, like, nothing else "
     "in there. Totally the best clip ever. I'm dead.", "cat", 4),
    ("Fill in the clip: three flying birds\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-???\n"
     "+three flying birds in view for the whole clip, start to finish, and nothing else", "bird", 3),
    ("Q. Please describe the clip.\n"
     "A. Three moving balls.\n"
     "Q. Present the whole time?\n"
     "A. From the start of the clip to the end.\n"
     "Q. Nothing else?\n"
     "A. Nothing else.", "ball", 3),
    ("Like, okay, so it's literally one walking dog? The whole clip, start to end. Nothing else. Oh my "
     "god, he's, like, so cute. Totally.", "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("BY MS. ABERNATHY:\n"
     "Q. Let's turn to the clip. There's a car in it?\n"
     "A. Yes. A red car.\n"
     "Q. And beside the car?\n"
     "A. A brown bird.\n"
     "Q. Both of them in view for the entire clip?\n"
     "A. The entire clip, yes.", "car", "red", "bird", "brown"),
    ("Oh my god, Tiffany, so there's this purple cat? And it's, like, sitting next to a green car? The "
     "whole clip, start to finish. It's literally so random. I love it.", "cat", "purple", "car", "green"),
    ("commit 8d41c7e\n"
     "Author: Priya Raman <priya@studio.dev>\n"
     "Date:   Tue Mar 3 14:12:09 2026 +0100\n"
     "\n"
     "    Give the car and the dog their colours\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 2b7e9c1..f04a3d8 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a car and a dog, side by side\n"
     "+a gray car and an orange dog, side by side, both in view for the whole clip", "car", "gray", "dog", "orange"),
    ("Q. What colour was the cat?\n"
     "A. Red.\n"
     "MR. DELACROIX: Objection. Asked and answered.\n"
     "THE COURT: Overruled. Go ahead.\n"
     "Q. And the dog next to it?\n"
     "A. Gray. A gray dog.\n"
     "Q. Both there from the start of the clip to the end?\n"
     "A. Yes.", "cat", "red", "dog", "gray"),
    ("Okay so, like, a red dog is just chilling next to a gray car? For the whole clip? Oh my god. "
     "Like, it's so aesthetic. Totally.", "dog", "red", "car", "gray"),
    ("Subject: [PATCH] clip: purple dog beside a yellow car\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index 61c0f2e..a9d437b 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -2,2 +2,3 @@\n"
     " ## Scene\n"
     "-A dog beside a car.\n"
     "+A purple dog beside a yellow car.\n"
     "+Both in view from the start of the clip to its end.", "dog", "purple", "car", "yellow"),
    ("BY MR. PASTERNAK:\n"
     "Q. You described a red cat in the clip.\n"
     "A. I did.\n"
     "Q. And next to it, a gray ball.\n"
     "A. Yes, a gray ball.\n"
     "Q. Both present throughout the clip?\n"
     "A. Throughout.", "cat", "red", "ball", "gray"),
    ("Oh my god, Brittany, look. A brown cat and a blue dog, side by side, the whole clip? Like, a blue "
     "dog? As if. But, like, literally totally cute.", "cat", "brown", "dog", "blue"),
    ("Fix colours in the clip\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-a dog\n"
     "-a cat beside it\n"
     "+a white dog\n"
     "+a red cat beside it, both there for the whole clip", "dog", "white", "cat", "red"),
    ("Q. Directing your attention to Exhibit K, the clip. What do you see?\n"
     "A. A yellow bird next to an orange car.\n"
     "Q. For how long?\n"
     "A. The whole clip.\n"
     "MS. NAVARRO: Objection, vague.\n"
     "THE COURT: Overruled. The answer stands.", "bird", "yellow", "car", "orange"),
    ("Like, oh my god, a green dog? Next to a blue car? The entire clip, start to finish? That is, "
     "like, so not normal and I'm literally obsessed.", "dog", "green", "car", "blue"),
    ("commit 3f90ab2\n"
     "Author: Jonas Weber <jonas@studio.dev>\n"
     "Date:   Wed Mar 4 09:40:55 2026 +0100\n"
     "\n"
     "    Describe the cat and the ball\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index e4d12c7..6b0f8a1 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-(empty)\n"
     "+a black cat next to a brown ball\n"
     "+both in view from the start of the clip to its end", "cat", "black", "ball", "brown"),
    ("Q. The car in the clip was purple, correct?\n"
     "A. Purple, yes.\n"
     "Q. And there was a red cat beside it?\n"
     "A. There was.\n"
     "Q. Both visible for the entire clip?\n"
     "A. Yes, the entire clip.", "car", "purple", "cat", "red"),
    ("Okay, so Kimberly sends me this clip and it's, like, a gray dog next to a brown cat, the whole "
     "time? Oh my god. They're, like, best friends. Literally.", "dog", "gray", "cat", "brown"),
    ("Subject: [PATCH] scene: black car, brown dog\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 0c5e8f3..72b1d9e 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a car and a dog (colours TBD)\n"
     "+a black car and a brown dog side by side, in view for the whole clip", "car", "black", "dog", "brown"),
    ("BY MS. MARCHETTI:\n"
     "Q. What was in the clip?\n"
     "A. A yellow ball and a pink dog.\n"
     "Q. Side by side?\n"
     "A. Side by side.\n"
     "Q. For the whole clip?\n"
     "A. Start to finish.\n"
     "Q. Thank you. Nothing further.", "ball", "yellow", "dog", "pink"),
    ("Oh my god, okay, a gray cat and a white dog sitting together for the whole clip? Like, from start "
     "to finish? Shut up, that's so sweet. Totally.", "cat", "gray", "dog", "white"),
    ("Recolour the dog and the car\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 8a3c6d0..b5e27f4 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1 @@\n"
     "-a dog next to a car\n"
     "+a yellow dog next to an orange car, both in view from the start of the clip to its end",
     "dog", "yellow", "car", "orange"),
    ("Q. Ma'am, the bird in the clip was black?\n"
     "A. Yes, a black bird.\n"
     "Q. And a brown cat next to it?\n"
     "A. Yes.\n"
     "MR. KOWALSKI: Objection, leading.\n"
     "THE COURT: It's cross, counsel. Overruled.\n"
     "Q. Both there the whole clip?\n"
     "A. The whole clip.", "bird", "black", "cat", "brown"),
    ("Literally the whole clip is a white ball next to a red car. Like, that's it. Oh my god, whatever, "
     "it's, like, totally iconic.", "ball", "white", "car", "red"),
    ("commit c19e7a4\n"
     "Author: Ada Nwosu <ada@studio.dev>\n"
     "Date:   Thu Mar 5 17:03:21 2026 +0000\n"
     "\n"
     "    clip: set colours\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-a ball\n"
     "-a cat\n"
     "+a white ball\n"
     "+a black cat beside it, both in view for the entire clip", "ball", "white", "cat", "black"),
    ("Q. Describe the cat.\n"
     "A. It was yellow.\n"
     "Q. And what was next to it?\n"
     "A. A pink ball.\n"
     "Q. Were the yellow cat and the pink ball in view for the whole clip?\n"
     "A. Yes, both of them, start to finish.", "cat", "yellow", "ball", "pink"),
    ("Okay, oh my god, so there's a black car? And an orange bird perched next to it? The whole clip? "
     "Like, literally the whole time. Totally obsessed.", "car", "black", "bird", "orange"),
    ("Subject: [PATCH] clip: orange ball, brown car\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index 4e07b9a..d1a6c35 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1 +1 @@\n"
     "-An ball and a car.\n"
     "+An orange ball and a brown car, side by side for the whole clip.", "ball", "orange", "car", "brown"),
    ("Q. Sir, in the clip, there's a gray bird?\n"
     "A. A gray bird, yes.\n"
     "Q. Beside a green cat?\n"
     "A. Beside a green cat.\n"
     "Q. And they're there for the whole clip?\n"
     "A. Start to finish.", "bird", "gray", "cat", "green"),
    ("Oh my god, so, like, a blue car. And a red cat next to it. For the whole clip. I'm, like, "
     "literally dying, Courtney.", "car", "blue", "cat", "red"),
    ("Add colours\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 93f1e2d..0a8c47b 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-ball, car\n"
     "+a white ball beside a black car, both in view from the start of the clip to the end",
     "ball", "white", "car", "black"),
    ("BY MR. OKAFOR:\n"
     "Q. What's in the clip?\n"
     "A. A green bird and a white ball.\n"
     "Q. Side by side?\n"
     "A. Yes.\n"
     "Q. From the start of the clip to the end?\n"
     "A. Yes, the whole time.", "bird", "green", "ball", "white"),
    ("Omigod, a blue ball and a yellow dog just hanging out together the entire clip? Like, start to "
     "finish? That's so wholesome I literally can't. Totally.", "ball", "blue", "dog", "yellow"),
    ("commit 5be3d90\n"
     "Author: Lucia Ferraro <lucia@studio.dev>\n"
     "Date:   Fri Mar 6 11:27:48 2026 +0100\n"
     "\n"
     "    Name the colours of the bird and the ball\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 17ca0e6..e8b3f25 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a bird and a ball\n"
     "+a yellow bird and a blue ball, side by side, both in view for the whole clip", "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Q. In the first half of the clip, was there a car?\n"
     "A. No. No car.\n"
     "Q. And in the second half?\n"
     "A. A moving car appeared.\n"
     "Q. And it stayed until the end?\n"
     "A. Until the end, yes.", "car"),
    ("Okay so, like, the first half of the clip? No car. Nothing. And then, oh my god, in the second "
     "half a moving car literally shows up and stays till the end. Totally dramatic.", "car"),
    ("Subject: [PATCH] clip: car only in the second half\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 2e9d71b..c84a0f3 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a moving car, whole clip\n"
     "+first half: no car\n"
     "+second half: a moving car appears and stays until the end", "car"),
    ("Oh my god, so for the first half of the clip there's, like, no cat? At all? And then in the "
     "second half a lively cat totally shows up and stays to the end. Literally iconic entrance.", "cat"),
    ("Move the cat's entrance to the second half\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-a lively cat, from the start\n"
     "-in view for the whole clip\n"
     "+no cat in the first half of the clip\n"
     "+a lively cat appears in the second half and stays to the end", "cat"),
    ("BY MS. THIBODEAUX:\n"
     "Q. The first half of the clip shows no cat, isn't that so?\n"
     "A. That's so. No cat.\n"
     "Q. Then, in the second half, a lively cat appears?\n"
     "A. Yes.\n"
     "Q. And remains to the end?\n"
     "A. To the end.", "cat"),
    ("commit a7e4c01\n"
     "Author: Hamid Rezaei <hamid@studio.dev>\n"
     "Date:   Mon Mar 9 10:15:02 2026 +0100\n"
     "\n"
     "    Have the bird enter in the second half\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 6f1d2b8..39ac7e5 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a flying bird throughout\n"
     "+no bird in the first half of the clip\n"
     "+a flying bird appears in the second half and stays until the end", "bird"),
    ("Q. During the first half of the clip, do you see a bird?\n"
     "A. No bird.\n"
     "Q. During the second half?\n"
     "A. A flying bird appears.\n"
     "Q. Does it stay?\n"
     "A. It stays until the end of the clip.", "bird"),
    ("Like, the first half of the clip? No bird. Boring. And then in the second half a flying bird "
     "literally swoops in and stays till the end, and I'm, like, oh my god.", "bird"),
    ("Q. Let's take it in order. The first half of the clip: any ball?\n"
     "A. No ball.\n"
     "Q. The second half?\n"
     "A. A moving ball appeared and was there until the end.\n"
     "MR. DELACROIX: Objection. Narrative.\n"
     "THE COURT: Overruled.", "ball"),
    ("Oh my god, okay, so no ball in the first half of the clip, like, at all, and then in the second "
     "half a moving ball shows up and is, like, there till the end? Totally random. Love.", "ball"),
    ("Subject: [PATCH] scene: hold the ball back until the second half\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index b2c8e40..5d913fa 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1 +1 @@\n"
     "-A moving ball.\n"
     "+No ball in the first half of the clip; a moving ball appears in the second half and remains to "
     "the end.", "ball"),
    ("So, like, no dog in the first half. None. And then in the second half, oh my god, a walking dog "
     "literally wanders in and stays until the end. Totally the cutest.", "dog"),
    ("Delay the dog\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 0d7b3e6..f2a58c9 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-first half: a walking dog\n"
     "-second half: a walking dog\n"
     "+first half: no dog\n"
     "+second half: a walking dog appears and stays until the end", "dog"),
    ("Q. Was there a dog in the first half of the clip?\n"
     "A. There was no dog.\n"
     "Q. And in the second half?\n"
     "A. A walking dog came in.\n"
     "Q. And stayed?\n"
     "A. It stayed till the end.\n"
     "Q. Nothing further, Your Honor.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Oh my god, so in the first half there's this moving car, and then in the second half it's, like, "
     "gone? No car. Literally vanished. As if.", "car"),
    ("Subject: [PATCH] clip: the car is gone in the second half\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 1c6e0f9..8ab27d4 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a moving car for the whole clip\n"
     "+first half of the clip: a moving car\n"
     "+second half: no car", "car"),
    ("Q. In the first half of the clip, there's a moving car, correct?\n"
     "A. Correct.\n"
     "Q. And in the second half?\n"
     "A. No car.\n"
     "Q. None at all?\n"
     "A. None at all.", "car"),
    ("commit e30b9c2\n"
     "Author: Mei Lin Zhou <meilin@studio.dev>\n"
     "Date:   Tue Mar 10 16:44:30 2026 +0800\n"
     "\n"
     "    Make the cat exit after the first half\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 7d2a91f..c5e06b3 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a lively cat, start to finish\n"
     "+a lively cat in the first half of the clip\n"
     "+no cat in the second half", "cat"),
    ("BY MR. FAIRWEATHER:\n"
     "Q. A lively cat is in the first half of the clip?\n"
     "A. Yes.\n"
     "Q. What about the second half?\n"
     "A. There's no cat in the second half.\n"
     "Q. You're sure?\n"
     "A. I'm sure. No cat.", "cat"),
    ("Okay so there's a lively cat in the first half of the clip, totally adorable, and then, oh my "
     "god, in the second half? No cat. Like, where did she go? I'm literally devastated.", "cat"),
    ("Q. A flying bird is in the first half of the clip?\n"
     "A. Yes.\n"
     "Q. And in the second half?\n"
     "A. No bird.\n"
     "Q. No bird at all?\n"
     "MS. NAVARRO: Objection. Asked and answered.\n"
     "THE COURT: Sustained.\n"
     "Q. Nothing further.", "bird"),
    ("Like, oh my god, a flying bird in the first half, so pretty, and then the second half? No bird. "
     "Totally gone. Literally rude.", "bird"),
    ("Bird only in the first half\n"
     "\n"
     "diff --git a/clip.md b/clip.md\n"
     "--- a/clip.md\n"
     "+++ b/clip.md\n"
     "@@ -3,2 +3,2 @@\n"
     " First half: a flying bird.\n"
     "-Second half: the same flying bird.\n"
     "+Second half: no bird.", "bird"),
    ("Oh my god, okay, a moving ball in the first half of the clip, and then in the second half "
     "there's, like, no ball? Like, where'd it go? I'm so confused. Totally.", "ball"),
    ("Subject: [PATCH] scene: no ball in the second half\n"
     "\n"
     "---\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 4b8f2c1..e9d05a7 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1,2 +1,2 @@\n"
     " a moving ball in the first half of the clip\n"
     "-the same moving ball in the second half\n"
     "+no ball in the second half", "ball"),
    ("Q. What did you see in the first half of the clip?\n"
     "A. A moving ball.\n"
     "Q. And in the second half?\n"
     "A. Nothing. No ball.\n"
     "Q. So the ball is gone by the second half?\n"
     "A. Yes, gone.", "ball"),
    ("commit 2c8f4e7\n"
     "Author: Sven Ekholm <sven@studio.dev>\n"
     "Date:   Wed Mar 11 08:59:13 2026 +0100\n"
     "\n"
     "    Take the dog out of the second half\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 9a0e5d3..1f7c6b2 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a walking dog, whole clip\n"
     "+a walking dog in the first half of the clip\n"
     "+no dog in the second half", "dog"),
    ("Q. In the first half of the clip there's a walking dog?\n"
     "A. Yes, a walking dog.\n"
     "Q. And in the second half, there's no dog. Correct?\n"
     "A. Correct. No dog.", "dog"),
    ("So, like, a walking dog in the first half, so cute, and then in the second half, oh my god, no "
     "dog. At all. Like, where is he? I'm literally shook.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Q. Which way was the moving car going?\n"
     "A. From the left side of the frame to the right side.\n"
     "Q. You're certain of that?\n"
     "A. Left to right. Yes.", "car", RIGHTWARD),
    ("Oh my god, so this moving car literally drives from the left side of the frame all the way over "
     "to the right side. Like, vroom. Totally.", "car", RIGHTWARD),
    ("Fix the car's direction\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 5e1a9c4..b70d2f8 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a moving car crosses the frame from the right side to the left side\n"
     "+a moving car crosses the frame from the left side to the right side", "car", RIGHTWARD),
    ("Like, okay, a moving car goes from the right side of the frame to the left side? That's the whole "
     "clip? Oh my god, whatever, it's literally perfect.", "car", LEFTWARD),
    ("Subject: [PATCH] clip: say which way the car goes\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index c3f8e02..4d9a1b7 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1 +1 @@\n"
     "-A moving car crosses the frame.\n"
     "+A moving car crosses the frame from the right side to the left side.", "car", LEFTWARD),
    ("BY MS. ABERNATHY:\n"
     "Q. The moving car enters on the right side of the frame?\n"
     "A. Yes.\n"
     "Q. And it travels to the left side?\n"
     "A. It does. Right to left.\n"
     "Q. Thank you.", "car", LEFTWARD),
    ("commit 0f6d2a9\n"
     "Author: Noor Haddad <noor@studio.dev>\n"
     "Date:   Thu Mar 12 13:21:40 2026 +0200\n"
     "\n"
     "    clip: cat runs left to right\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a lively cat runs across\n"
     "+a lively cat runs from the left side of the frame to the right side", "cat", RIGHTWARD),
    ("Q. And the lively cat. Where does it start?\n"
     "A. On the left side of the frame.\n"
     "Q. Where does it end up?\n"
     "A. On the right side.\n"
     "Q. So it crosses left to right?\n"
     "A. Yes.", "cat", RIGHTWARD),
    ("Omigod, a lively cat zooms from the left side of the frame to the right side, like, so fast? I "
     "literally screamed. Totally a zoomie.", "cat", RIGHTWARD),
    ("Q. The lively cat runs from the right side of the frame to the left side, yes?\n"
     "A. Yes.\n"
     "MR. KOWALSKI: Objection. Leading.\n"
     "THE COURT: Overruled. This is cross.\n"
     "Q. Right to left?\n"
     "A. Right to left.", "cat", LEFTWARD),
    ("Okay so there's, like, a lively cat and she goes from the right side of the frame to the left "
     "side? Like, the whole way across. Oh my god. Obsessed.", "cat", LEFTWARD),
    ("Subject: [PATCH] scene: reverse the cat's run\n"
     "\n"
     "---\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 8e2b5f1..06c9da3 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1 @@\n"
     "-a lively cat runs from the left side of the frame to the right side\n"
     "+a lively cat runs from the right side of the frame to the left side", "cat", LEFTWARD),
    ("Oh my god, so a flying bird just, like, glides from the left side of the frame to the right side? "
     "Literally so graceful. Totally.", "bird", RIGHTWARD),
    ("Describe the bird's path\n"
     "\n"
     "diff --git a/clip.md b/clip.md\n"
     "index d91c4a6..7b30e8f 100644\n"
     "--- a/clip.md\n"
     "+++ b/clip.md\n"
     "@@ -1,2 +1,2 @@\n"
     " # Clip\n"
     "-A flying bird.\n"
     "+A flying bird flies from the left side of the frame to the right side.", "bird", RIGHTWARD),
    ("BY MR. PASTERNAK:\n"
     "Q. The flying bird in the clip, where does it enter?\n"
     "A. The left side of the frame.\n"
     "Q. And where is it at the end?\n"
     "A. The right side.\n"
     "Q. Nothing further.", "bird", RIGHTWARD),
    ("commit 71b0e3c\n"
     "Author: Tomas Ortega <tomas@studio.dev>\n"
     "Date:   Fri Mar 13 15:08:27 2026 -0500\n"
     "\n"
     "    clip: bird crosses right to left\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 2a5f9d0..e8c41b6 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a flying bird\n"
     "+a flying bird flies from the right side of the frame to the left side", "bird", LEFTWARD),
    ("Q. Would you describe the bird's flight?\n"
     "A. A flying bird, from the right side of the frame to the left side.\n"
     "Q. It crosses the whole frame?\n"
     "A. Yes, right to left.", "bird", LEFTWARD),
    ("Like, a flying bird goes from the right side of the frame to the left side and that's the clip? "
     "Oh my god, so simple. I literally love it.", "bird", LEFTWARD),
    ("Q. Tell us about the moving ball.\n"
     "A. It rolls from the left side of the frame to the right side.\n"
     "Q. Left to right?\n"
     "A. Left to right.\n"
     "Q. No doubt in your mind?\n"
     "A. None.", "ball", RIGHTWARD),
    ("Okay, oh my god, a moving ball literally rolls from the left side of the frame over to the right "
     "side. Like, that's it. Totally hypnotic.", "ball", RIGHTWARD),
    ("Subject: [PATCH] clip: ball direction\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 3c7e8a1..f905b2d 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a moving ball rolls across\n"
     "+a moving ball rolls from the left side of the frame to the right side", "ball", RIGHTWARD),
    ("Oh my god, so a moving ball rolls from the right side of the frame to the left side? Like, the "
     "whole way? Literally so satisfying. Totally.", "ball", LEFTWARD),
    ("Roll the ball right to left\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index 6d04b9e..a1f37c2 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1 @@\n"
     "-a moving ball rolls from the left side of the frame to the right side\n"
     "+a moving ball rolls from the right side of the frame to the left side", "ball", LEFTWARD),
    ("BY MS. MARCHETTI:\n"
     "Q. The moving ball starts on the right side of the frame, correct?\n"
     "A. Correct.\n"
     "Q. And it rolls to the left side?\n"
     "A. To the left side, yes.", "ball", LEFTWARD),
    ("commit 4a9d6f0\n"
     "Author: Ada Nwosu <ada@studio.dev>\n"
     "Date:   Mon Mar 16 09:02:44 2026 +0000\n"
     "\n"
     "    clip: dog walks left to right\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1 @@\n"
     "-a walking dog\n"
     "+a walking dog walks from the left side of the frame to the right side", "dog", RIGHTWARD),
    ("Q. The walking dog. Which side of the frame does it start on?\n"
     "A. The left side.\n"
     "Q. And it finishes?\n"
     "A. On the right side of the frame.\n"
     "Q. So, left to right.\n"
     "A. Yes.", "dog", RIGHTWARD),
    ("Oh my god, a walking dog just strolls from the left side of the frame to the right side, like, so "
     "casual? Literally the cutest. Totally.", "dog", RIGHTWARD),
    ("Q. Did the walking dog go from the right side of the frame to the left side?\n"
     "A. Yes.\n"
     "Q. Not the other way?\n"
     "MS. THIBODEAUX: Objection. Asked and answered.\n"
     "THE COURT: Sustained.", "dog", LEFTWARD),
    ("Like, okay, so a walking dog goes from the right side of the frame to the left side? Oh my god, "
     "he's so proud of himself. Totally.", "dog", LEFTWARD),
    ("Subject: [PATCH] scene: dog walks right to left\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index b8e1c05..29d7f4a 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1 +1 @@\n"
     "-A walking dog crosses.\n"
     "+A walking dog walks from the right side of the frame to the left side.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Q. In the clip, the car stays still?\n"
     "A. The car stays still.\n"
     "Q. And a bird flies from the left of the car to the right of the car?\n"
     "A. Yes, that's what happens.", "bird", "car", RIGHTWARD),
    ("Oh my god, so the bird just stays still, like, totally still, and a car drives from the right of "
     "the bird to the left of the bird. Literally so brave.", "car", "bird", LEFTWARD),
    ("commit 9c2e5b1\n"
     "Author: Priya Raman <priya@studio.dev>\n"
     "Date:   Tue Mar 17 11:30:15 2026 +0100\n"
     "\n"
     "    Add the relation\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 0b4d7e9..5c1a83f 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a cat and a bird\n"
     "+the cat stays still\n"
     "+a bird flies from the left of the cat to the right of the cat", "bird", "cat", RIGHTWARD),
    ("BY MR. OKAFOR:\n"
     "Q. The bird stays still in the clip?\n"
     "A. Yes. It stays still.\n"
     "Q. And the car?\n"
     "A. The car drives from the right of the bird to the left of the bird.", "car", "bird", LEFTWARD),
    ("Okay so, like, the dog stays still, and a bird flies from the left of the dog to the right of the "
     "dog? Oh my god, and the dog doesn't even flinch. Totally.", "bird", "dog", RIGHTWARD),
    ("Subject: [PATCH] clip: dog passes the cat\n"
     "\n"
     "---\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index e7a20c4..19f6b8d 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-the cat moves\n"
     "-a dog walks past the cat\n"
     "+the cat stays still\n"
     "+a dog walks from the right of the cat to the left of the cat", "dog", "cat", LEFTWARD),
    ("Q. The dog doesn't move, does it?\n"
     "A. No, the dog stays still.\n"
     "Q. And a ball rolls from the left of the dog to the right of the dog?\n"
     "A. That's correct.", "ball", "dog", RIGHTWARD),
    ("Oh my god, the cat stays still, like, frozen, and a bird flies from the right of the cat to the "
     "left of the cat. Literally the bird is so bold.", "bird", "cat", LEFTWARD),
    ("Make the ball stay put\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 52f8c0e..ad3b71e 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-the ball rolls along\n"
     "+the ball stays still\n"
     " a car drives from the left of the ball to the right of the ball", "car", "ball", RIGHTWARD),
    ("Q. Where's the bird during the clip?\n"
     "A. It stays still.\n"
     "Q. And the cat?\n"
     "A. The cat runs from the right of the bird to the left of the bird.\n"
     "MR. DELACROIX: Objection, nonresponsive.\n"
     "THE COURT: Overruled.", "cat", "bird", LEFTWARD),
    ("Like, the car stays still, obviously, and a dog walks from the left of the car to the right of "
     "the car. Oh my god, he's so chill. Totally.", "dog", "car", RIGHTWARD),
    ("commit 6e1b9f3\n"
     "Author: Jonas Weber <jonas@studio.dev>\n"
     "Date:   Wed Mar 18 14:47:06 2026 +0100\n"
     "\n"
     "    Have the ball roll past the bird\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index c8a03d5..7f2e16b 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a bird and a ball\n"
     "+the bird stays still\n"
     "+a ball rolls from the right of the bird to the left of the bird", "ball", "bird", LEFTWARD),
    ("BY MS. NAVARRO:\n"
     "Q. A ball rolls from the left of the dog to the right of the dog. Yes?\n"
     "A. Yes.\n"
     "Q. And the dog stays still the whole time?\n"
     "A. The dog stays still.", "ball", "dog", RIGHTWARD),
    ("Okay, oh my god, the cat stays still and a ball rolls from the right of the cat to the left of "
     "the cat, and the cat is, like, not even looking. Literally iconic.", "ball", "cat", LEFTWARD),
    ("Subject: [PATCH] scene: car drives past the ball\n"
     "\n"
     "---\n"
     "diff --git a/scene.md b/scene.md\n"
     "index 3a6f1c8..e0d95b2 100644\n"
     "--- a/scene.md\n"
     "+++ b/scene.md\n"
     "@@ -1 +1,2 @@\n"
     "-A car and a ball.\n"
     "+The ball stays still.\n"
     "+A car drives from the left of the ball to the right of the ball.", "car", "ball", RIGHTWARD),
    ("Q. The cat stays still?\n"
     "A. Yes.\n"
     "Q. And a bird flies from the right of the cat to the left of the cat?\n"
     "A. Yes.\n"
     "Q. You saw that yourself?\n"
     "A. I watched the clip, yes.", "bird", "cat", LEFTWARD),
    ("So the bird stays still, like, totally still, and then a dog walks from the left of the bird to "
     "the right of the bird. Oh my god. Literally besties.", "dog", "bird", RIGHTWARD),
    ("Swap the dog's direction\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 94d2e7a..0c8b5f1 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     " the cat stays still\n"
     "-a dog walks from the left of the cat to the right of the cat\n"
     "+a dog walks from the right of the cat to the left of the cat", "dog", "cat", LEFTWARD),
    ("Q. The car stays still throughout the clip?\n"
     "A. Throughout.\n"
     "Q. And there's a ball?\n"
     "A. A ball rolls from the left of the car to the right of the car.\n"
     "Q. Nothing further, Your Honor.", "ball", "car", RIGHTWARD),
    ("Oh my god, the cat stays still and a dog walks from the right of the cat to the left of the cat "
     "and they, like, totally ignore each other. Literally so awkward.", "dog", "cat", LEFTWARD),
    ("commit d4f7a20\n"
     "Author: Lucia Ferraro <lucia@studio.dev>\n"
     "Date:   Thu Mar 19 10:12:33 2026 +0100\n"
     "\n"
     "    clip: bird flies past the ball\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-TODO\n"
     "+the ball stays still\n"
     "+a bird flies from the left of the ball to the right of the ball", "bird", "ball", RIGHTWARD),
    ("BY MR. FAIRWEATHER:\n"
     "Q. The ball stays still in the clip, doesn't it?\n"
     "A. It does.\n"
     "Q. And the bird flies from the right of the ball to the left of the ball?\n"
     "A. Yes.", "bird", "ball", LEFTWARD),
    ("Like, the dog stays still, and a bird literally flies from the left of the dog to the right of "
     "the dog? Oh my god, so cute. Totally.", "bird", "dog", RIGHTWARD),
    ("Subject: [PATCH] clip: bird passes the car\n"
     "\n"
     "---\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 1e5c9b7..8d0a46f 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1,2 +1,2 @@\n"
     "-the car drives off\n"
     "-a bird somewhere\n"
     "+the car stays still\n"
     "+a bird flies from the right of the car to the left of the car", "bird", "car", LEFTWARD),
    ("Q. The cat stays still?\n"
     "A. It stays still.\n"
     "Q. And a car drives from the left of the cat to the right of the cat?\n"
     "MR. KOWALSKI: Objection. Leading.\n"
     "THE COURT: Overruled. You may answer.\n"
     "A. Yes, it does.", "car", "cat", RIGHTWARD),
    ("Oh my god, the ball stays still and a dog walks from the right of the ball to the left of the "
     "ball and doesn't even, like, play with it? Literally so rude.", "dog", "ball", LEFTWARD),
    ("Cat runs past the ball\n"
     "\n"
     "diff --git a/scene.txt b/scene.txt\n"
     "index f3b8e61..2c7d0a9 100644\n"
     "--- a/scene.txt\n"
     "+++ b/scene.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a cat near a ball\n"
     "+the ball stays still\n"
     "+a cat runs from the left of the ball to the right of the ball", "cat", "ball", RIGHTWARD),
    ("Q. Where does the dog start?\n"
     "A. At the right of the ball.\n"
     "Q. And finish?\n"
     "A. At the left of the ball.\n"
     "Q. And the ball stays still the whole time?\n"
     "A. Yes, it stays still.", "dog", "ball", LEFTWARD),
    ("Okay so, like, the bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird. Oh my god, I was so nervous. Totally fine though.", "cat", "bird", RIGHTWARD),
    ("commit 8b2f0d6\n"
     "Author: Mei Lin Zhou <meilin@studio.dev>\n"
     "Date:   Fri Mar 20 17:55:19 2026 +0800\n"
     "\n"
     "    Walk the dog past the car\n"
     "\n"
     "diff --git a/clip.txt b/clip.txt\n"
     "index 7a1c3e8..b4f92d0 100644\n"
     "--- a/clip.txt\n"
     "+++ b/clip.txt\n"
     "@@ -1 +1,2 @@\n"
     "-a dog and a car\n"
     "+the car stays still\n"
     "+a dog walks from the right of the car to the left of the car", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Q. The clip is shot from above?\n"
     "A. Yes, from above, looking down.\n"
     "Q. Where does the car start?\n"
     "A. In the lower left corner.\n"
     "Q. Then?\n"
     "A. It moves to the lower right corner, and then to the upper right corner.", "car", BL_BR_TR),
    ("Oh my god, so it's, like, from above? And a car starts in the lower left corner, then goes to the "
     "upper left corner, and then to the upper right corner. Totally like a little tour.", "car", BL_TL_TR),
    ("Subject: [PATCH] clip: car route, seen from above\n"
     "\n"
     "---\n"
     "diff --git a/route.txt b/route.txt\n"
     "index 5b0e7c2..d9a18f4 100644\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1 +1,4 @@\n"
     "-a car drives around\n"
     "+seen from above:\n"
     "+a car starts in the lower right corner,\n"
     "+moves to the lower left corner,\n"
     "+then to the upper left corner", "car", BR_BL_TL),
    ("BY MS. ABERNATHY:\n"
     "Q. This is a view from above?\n"
     "A. From above.\n"
     "Q. The car begins in the lower right corner?\n"
     "A. Yes.\n"
     "Q. Goes to the upper right corner?\n"
     "A. Yes.\n"
     "Q. And ends in the upper left corner?\n"
     "A. Yes.", "car", BR_TR_TL),
    ("Okay so it's, like, from above, and a cat starts in the lower left corner, zooms to the lower "
     "right corner, then the upper right corner. Oh my god. Literally parkour.", "cat", BL_BR_TR),
    ("commit 2f7c9a1\n"
     "Author: Hamid Rezaei <hamid@studio.dev>\n"
     "Date:   Mon Mar 23 12:40:09 2026 +0100\n"
     "\n"
     "    Add the cat's route, seen from above\n"
     "\n"
     "diff --git a/route.md b/route.md\n"
     "index 8c4e1d0..3a0f6b9 100644\n"
     "--- a/route.md\n"
     "+++ b/route.md\n"
     "@@ -1,2 +1,2 @@\n"
     " View: from above.\n"
     "-Route: TBD\n"
     "+Route: a cat runs from the lower left corner to the upper left corner, then to the upper right "
     "corner.", "cat", BL_TL_TR),
    ("Q. You'd agree the clip is viewed from above?\n"
     "A. I'd agree.\n"
     "Q. And the cat starts in the lower right corner?\n"
     "A. Yes.\n"
     "Q. Where does it go next?\n"
     "A. To the lower left corner, then to the upper left corner.", "cat", BR_BL_TL),
    ("Oh my god, from above, a cat goes from the lower right corner to the upper right corner and then "
     "to the upper left corner? Like, where is she even going? Totally.", "cat", BR_TR_TL),
    ("Subject: [PATCH] scene: bird's path from above\n"
     "\n"
     "---\n"
     "diff --git a/route.txt b/route.txt\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1,2 +1,2 @@\n"
     " seen from above\n"
     "-a bird flies around\n"
     "+a bird flies from the lower left corner to the lower right corner, then to the upper right "
     "corner", "bird", BL_BR_TR),
    ("Q. Looking at the clip, shot from above: where is the bird at the start?\n"
     "A. The lower left corner.\n"
     "Q. Then?\n"
     "A. The upper left corner.\n"
     "Q. And at the end?\n"
     "A. The upper right corner.", "bird", BL_TL_TR),
    ("So, like, it's filmed from above? And a bird flies from the lower right corner to the lower left "
     "corner and then to the upper left corner. Oh my god, so pretty. Literally.", "bird", BR_BL_TL),
    ("Route the bird, seen from above\n"
     "\n"
     "diff --git a/route.txt b/route.txt\n"
     "index 0e6a4f2..c71b95d 100644\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1 +1,3 @@\n"
     "-bird: TBD\n"
     "+seen from above, a bird starts in the lower right corner,\n"
     "+flies to the upper right corner,\n"
     "+then to the upper left corner", "bird", BR_TR_TL),
    ("BY MR. PASTERNAK:\n"
     "Q. The clip is seen from above, correct?\n"
     "A. Correct.\n"
     "Q. The ball rolls from the lower left corner to the lower right corner?\n"
     "A. Yes.\n"
     "Q. And then to the upper right corner?\n"
     "A. Yes, then to the upper right corner.", "ball", BL_BR_TR),
    ("Okay, oh my god, from above, a ball rolls from the lower left corner to the upper left corner and "
     "then the upper right corner. Like, it's so satisfying. Totally.", "ball", BL_TL_TR),
    ("commit 6a3e8d2\n"
     "Author: Sven Ekholm <sven@studio.dev>\n"
     "Date:   Tue Mar 24 07:58:41 2026 +0100\n"
     "\n"
     "    route: the ball, from above\n"
     "\n"
     "diff --git a/route.txt b/route.txt\n"
     "index 4f9b2c7..e05d18a 100644\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1 +1 @@\n"
     "-a ball rolls\n"
     "+seen from above, a ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner", "ball", BR_BL_TL),
    ("Q. The clip, from above. Where's the ball at the start?\n"
     "A. The lower right corner.\n"
     "Q. Next?\n"
     "A. The upper right corner.\n"
     "Q. And finally?\n"
     "A. The upper left corner.", "ball", BR_TR_TL),
    ("Like, from above, a dog walks from the lower left corner to the lower right corner, then the "
     "upper right corner? Oh my god, he's, like, on a mission. Literally.", "dog", BL_BR_TR),
    ("Subject: [PATCH] clip: dog route from above\n"
     "\n"
     "---\n"
     "diff --git a/route.md b/route.md\n"
     "index 9d1f5e3..2b8c07a 100644\n"
     "--- a/route.md\n"
     "+++ b/route.md\n"
     "@@ -1,2 +1,2 @@\n"
     " Seen from above.\n"
     "-The dog walks about.\n"
     "+A dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner.", "dog", BL_TL_TR),
    ("Q. Seen from above, the dog starts in the lower right corner?\n"
     "A. Yes.\n"
     "Q. It walks to the lower left corner?\n"
     "A. Yes.\n"
     "Q. And then to the upper left corner?\n"
     "A. That's correct.", "dog", BR_BL_TL),
    ("Oh my god, okay, from above, a dog walks from the lower right corner to the upper right corner "
     "and then to the upper left corner. Like, so purposeful. Totally.", "dog", BR_TR_TL),
    ("Route for the car, from above\n"
     "\n"
     "diff --git a/route.txt b/route.txt\n"
     "index 1b6e0f4..97c3a2d 100644\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1 +1 @@\n"
     "-car: somewhere\n"
     "+seen from above: a car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner", "car", BL_BR_TR),
    ("BY MS. THIBODEAUX:\n"
     "Q. We're looking down from above, yes?\n"
     "A. Yes.\n"
     "Q. The cat begins in the lower right corner, runs to the lower left corner, and ends in the upper "
     "left corner?\n"
     "A. Yes, that's what it does.", "cat", BR_BL_TL),
    ("Omigod, from above, a bird flies from the lower left corner to the upper left corner, then the "
     "upper right corner. Like, so elegant. Literally.", "bird", BL_TL_TR),
    ("Subject: [PATCH] scene: ball route\n"
     "\n"
     "---\n"
     "diff --git a/route.txt b/route.txt\n"
     "index a2d7f19..5e0b8c3 100644\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1,3 +1,3 @@\n"
     " seen from above\n"
     "-a ball rolls\n"
     "+a ball rolls from the lower right corner to the upper right corner,\n"
     " then to the upper left corner", "ball", BR_TR_TL),
    ("Q. Viewed from above, the dog starts where?\n"
     "A. In the lower left corner.\n"
     "Q. And goes?\n"
     "A. To the lower right corner, then to the upper right corner.", "dog", BL_BR_TR),
    ("Oh my god, okay, from above, a car drives from the lower right corner to the upper right corner "
     "and then to the upper left corner. Like, vroom vroom. Totally.", "car", BR_TR_TL),
    ("commit b5d90e4\n"
     "Author: Noor Haddad <noor@studio.dev>\n"
     "Date:   Wed Mar 25 18:16:52 2026 +0200\n"
     "\n"
     "    route: cat, seen from above\n"
     "\n"
     "diff --git a/route.txt b/route.txt\n"
     "--- a/route.txt\n"
     "+++ b/route.txt\n"
     "@@ -1 +1 @@\n"
     "-a cat\n"
     "+seen from above, a cat runs from the lower left corner to the upper left corner, then to the "
     "upper right corner", "cat", BL_TL_TR),
    ("Q. The clip is from above?\n"
     "A. From above.\n"
     "Q. A bird flies from the lower right corner to the upper right corner?\n"
     "A. Yes.\n"
     "Q. Then to the upper left corner?\n"
     "A. Yes.\n"
     "Q. No further questions.", "bird", BR_TR_TL),
    ("Like, from above, a ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner? Oh my god, literally so smooth.", "ball", BL_BR_TR),
    ("Dog's route, from above\n"
     "\n"
     "diff --git a/route.md b/route.md\n"
     "index 3e8a0c5..f61d2b7 100644\n"
     "--- a/route.md\n"
     "+++ b/route.md\n"
     "@@ -1 +1,2 @@\n"
     "-Dog: TBD\n"
     "+Seen from above, a dog walks from the lower right corner to the lower left corner,\n"
     "+then to the upper left corner.", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
