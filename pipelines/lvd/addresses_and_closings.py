"""The words a speaker wraps a scene in, taken out before reading: none of them is in the video.

- An address to listeners asks for their attention ("May I have your attention for a short demonstration.", "Your
  attention, please.") and a thanks closes it ("Thank you.", "Thanks for watching.", "Thank you, you've been great!"); what the
  demonstration is about is no thing unless it names one; a greeting ("Good evening and welcome aboard.") and the speaker's close
  ("This concludes our demonstration.", "That concludes the guest list, sir;", "This ends today's lesson.", "That brings us to the
  end of this week's news.", with the verb first, "So ends this week's notice.", "Here ends the reading.") add nothing either. A
  thing of the scene greeted or called by its bare name ("Hello, bird! You fly ...") is the "you" told after it
  (`things_spoken_to`).
- A radio call opens with its call-up ("Control, this is the clip desk.": who is called and who calls) and each turn
  ends with an acknowledgement ("Copy.", "Roger that, all good.") or a sign-off passing the channel back ("Come
  back.", "Come on back.", "Over and out.": no thing is bid return); a read-back repeats a request's words with its
  "confirmed" ("Confirm two dogs in the frame. Confirmed, two dogs ..."), which is one group, told by the answer. A
  call to everyone on the channel ("Tower to all stations:", "All stations, Tower:") names its caller, no thing, and
  the controller's "Hold short." or "Stand by." and the reply's "Wilco." are orders and answers, no moves.
- An order to wait with no subject opening the prompt ("Please remain seated.", "Bear with me.", "Everyone, stay in
  your seats.") is given to the listeners while nothing is named yet: dropped when what follows the verb names no
  thing, so no thing of the scene is told to stay ("Stay tuned for a dog race." keeps its race). The radio's "Hold
  short." may stand anywhere, since the call's frame holds it mid-exchange.
- A puzzle's closing sends the reader to count what it named ("Count the birds to find the code.", "How many balls?
  That is the answer.", "The code is the number of dogs."), nor does what the reader does with the count ("Enter the
  number of balls to open the door.") name a thing. A closing that counts a thing not named before ("How many cats?"
  in a prompt of dogs) is kept.
- A speech's frame ("A few words.", "I'd like to say a few words about ...", "a quick word on today's clip:", "Cheers!",
  "A toast!") adds nothing, and "a toast to X" is X; a radio host's links ("You're listening to the late show.", "Right,
  here's the next record.", "that was the last song of the hour", "Back after the break.", "Next up, a slow song,")
  are the host's, and the record, song or track in them is no thing in the clip, whatever word says what it is like.
- A label before a turn said in the first person that names no thing ("Player: I grab it.") names the one speaking.
- The speaker's own question on what they see ("Paddling out, and what do I see, dude?", "So what did we spot?"),
  with the doing that leads to it, is answered by the scene told next: it names no thing, nor does the doing.
- A lead saying what the words after its colon are for ("For the points:", "For ten points, players:", "For the
  record:") names no thing, whoever it addresses after a comma; one naming a thing, a place or a time ("For the first
  half:") is the scene's.
- A sentence pointing at "the" thing the next sentence brings in ("Follow the car, people. A moving car drives ...",
  "Watch the dog! A dog runs ...") points at that thing: it is told once. A bare "Follow it." after the thing is told
  turns the listener's eyes to it, and adds no move of its own. A question put to the listeners about "the" thing
  brought in after it ("Who can spot the kite? A red kite flies ...", "Friends, who saw the dog?", "Anyone spot the
  kite?", "Can anybody see the ball?") is theirs to answer: it goes, and where the next sentence only points back
  ("Who can follow the kite? It flies ..."), it names the thing.
- A closing idiom sums up what was said ("..., and that's the whole package.", "the whole shebang", "That is the
  whole kit and caboodle."): the whole of the scene, no thing in it; "the whole time" or "the whole way" says how long.
- A request to the listener to hand the speaker a thing ("Pass me the kettle, then watch:", "Hand me the remote; on
  screen, ...", "Could you get the book, then look:") is the speaker's world where the clip is told apart right after
  it; with nothing told apart, "Pass me the kettle.", or no one asked for it, "Pass the ball, then watch:", it stays.
- A sentence of its own bidding the listeners do something with their own things ("Pull your blankets tight.", "Hold
  your cups steady, kids!") is an aside to them: no move and no thing of the scene, unless what follows "your" moves
  ("Watch your ball roll.") or the prompt tells of nothing else (`listeners_biddings`).
- A speaker's plan for the talk in a sentence of its own ("Let's get into it.", "Let us begin.") names no thing: its
  "it" is the talk's topic. One that names a thing, a count or a place ("Let's watch two cats.") is the scene's. A
  turn to where the clip is shown, before a colon that goes on to name the scene's things ("Let's go to the tape: a car
  ...", "Let us cut over to the footage:"), is the talk's too: what it turns to is the clip, no thing in it, unless
  it is named again after the colon; so is the crew's cue to start it, "Roll the tape:", "Cue up the footage:". Only
  a medium the clip is shown on is turned to: "Let's look at the ball: it rolls ..." and "Roll the dice:" are things.
- A call for the listeners to answer ("Let the people say amen:", "Everybody say yeah!", "Somebody shout hallelujah.")
  is the speaker's to the audience: the crowd called on and what they are to say are no things, unless what is said
  names one, the one called on is a thing of the scene ("let the dog say woof"), or the crowd is counted or pointed
  back at ("Let the two girls sing. They stand ...").

A card's "reads:" and a guide's "Follow these directions:" need no rewrite: the reading finds such a noun doing nothing
where a writer's frame sits (`writer_frames`). An opening tease, a parting word and a closing cheer, asides in a
sentence of their own around the scene, are dropped by `scene_asides`.
"""

from __future__ import annotations

import re

from .clip_phrases import TIME_WORDS
from .letters_and_labels import might_end_on_shorthand, shorthand_sign_off_dropped
from .listeners_biddings import BARE_BIDDING_ON_THE_RE, listeners_asides_dropped
from .object_classes import HANDED_CLASSES, brought_in, kind_pattern, names_a_thing, noun_class, singular
from .rewrite_text import CLAUSE_START, any_said_re, spaces_tidied
from .story_voices import PET_FORMS
from .things_spoken_to import might_speak_to_a_thing, pronoun_for, you_as_the_thing_spoken_to
from .vocabulary import CAMERA_KINDS, CLIP_NOUNS, FRAME_PLACE_WORDS, NUMBER_WORDS, STOP_WORDS, VERB_KINDS

_END = r"\s*(?:[.!?]+\s*|$)"
# "may i have your attention for a short demonstration.", "your attention, please.", "please direct your attention to
# the screen.", "attention, passengers:" (after "ladies and gentlemen," too, which the conductor's reader takes)
ATTENTION_RE = re.compile(r"(?:^|(?<=[.;:!?,] ))(?:(?:may|can|could) (?:i|we) (?:have|ask for) |(?:i|we) (?:need|ask for) "
                          r"|(?:please )?(?:direct|turn|draw|give me|give us|pay) )?"
                          r"(?:your |everyone's |all )?(?:kind |full |undivided |close )?attention"
                          r"(?: to (?:the|this|our) (?:screen|front|demonstration))?"
                          r"(?:,? (?:please|all passengers|passengers|everyone|everybody|all|folks))*"
                          r"(?: for (?:a|an|the|this|our|one) (?P<occasion>[a-z -]+?))?(?:,? please)?(?:\s*:\s*|" + _END + ")")
# "you've been great", "you're a wonderful audience": the praise a performer thanks the audience with
_PRAISED = (r"(?:,? (?:you(?:'ve| have) been|you(?:'re| are)) (?:(?:a|such a) )?(?:really |so |truly )?"
            r"(?:great|wonderful|amazing|fantastic|awesome|lovely|brilliant|terrific)(?: (?:audience|crowd))?)?")
# "thank you.", "thanks for watching!", "thank you very much for your attention.", "thank you for flying with us."
THANKS_RE = re.compile(CLAUSE_START + r"(?:thank you|thanks)(?: (?:very|so) much)?(?:,? (?:everyone|everybody|all|again|folks))?"
                       r"(?: for (?P<occasion>(?:[a-z]+ing|your|our)\b[^.!?]*))?" + _PRAISED + _END)
# "good evening and welcome aboard.", "hello, everyone!": a greeting to the listeners
GREETING_RE = re.compile(CLAUSE_START + r"(?:good (?:morning|afternoon|evening|day)|hello|welcome(?: aboard| back)?)"
                         r"(?:,? (?:and )?(?:welcome(?: aboard| back)?|everyone|everybody|all|folks|passengers|"
                         r"ladies and gentlemen))*" + _END)
# "sir", "my lady", "folks": the listeners called by name at a clause's end, set off by a comma
_CALLED = r"(?:,? (?:sir|madam|ma'am|my lord|my lady|folks|everyone|everybody|friends|ladies and gentlemen|team|agent|partner))?"
# "this concludes our demonstration.", "that ends the briefing.", "that concludes the guest list, sir;", "this wraps up
# today's lesson.", "and that brings us to the end of grandpa's tale.": the speaker closing the address, whoever owns
# it. "concludes"/"ends" on our/the/this/my occasion close the talk whatever it is called; the other verbs and owners
# fit a real thing too ("this closes the gate behind it"), so there the occasion must be a talk's (``_OCCASIONS``)
_CLOSED_BY = r"(?:concludes|ends|wraps up|closes|rounds off|rounds out|brings (?:us )?to (?:the|an) (?:end|close) of)"
_CLOSING_GATE = ("conclude", "s ends", "wraps up", "rounds o", "brings us to", "s closes", "t closes", "so ends",
                 "here ends", "so closes", "here closes")
_OCCASION_OWNER = r"(?:our|the|this|my|your|(?:(?:this|the|our|my|your) )?[a-z]+'s)"
# ... or said with the verb first, "so ends this week's notice", "thus concludes our lesson", "here ends the reading"
CONCLUDES_RE = re.compile(CLAUSE_START + r"(?:(?:(?:and|so|well),? )?(?:this|that)"
                          r"|(?P<verb_first>(?:and )?(?:so|thus|here))) "
                          r"(?P<closed_by>" + _CLOSED_BY + ") "
                          + r"(?P<owner>" + _OCCASION_OWNER + r") (?P<occasion>[a-z -]+?)" + _CALLED
                          + r"\s*(?:[.!?;]+\s*|$)")
_OCCASIONS = frozenset(
    "lesson lessons show broadcast news bulletin tour program programme episode announcement announcements "
    "demonstration briefing segment session class lecture meeting presentation report story tale edition chapter "
    "performance concert service sermon talk speech assembly screening newsreel reel hour update updates podcast recap "
    "roundup rundown coverage headlines visit lineup tutorial walkthrough part portion notice notices newsletter "
    "reading readings".split())
# "control, this is the clip desk.", "tower, this is unit four.": who is called and who calls, at the call's start
CALL_UP_RE = re.compile(r"^(?P<called>[a-z-]+(?: [a-z-]+)?), this is (?:the )?(?P<caller>[a-z-]+(?: [a-z-]+){0,2})[.!]\s*")
# "tower to all stations:", "all stations, tower:", "all units, hold short.": a call to everyone on the channel and who
# makes it, no thing in the clip
_EVERYONE_ON_AIR = r"all (?:stations|units|aircraft|callsigns|call signs)"
BROADCAST_CALL_RE = re.compile(CLAUSE_START + rf"(?:(?P<caller>[a-z-]+(?: [a-z-]+)?) to {_EVERYONE_ON_AIR}|{_EVERYONE_ON_AIR}"
                               r"(?:,? (?P<signing>[a-z-]+(?: [a-z-]+)?)(?=\s*[,:.!]))?)(?:,? (?:hold short|"
                               r"stand ?by))?(?:\s*[,:]\s*|"
                               + _END + ")")
# "hold short.", "stand by.": the controller's order to wait, given to the listeners
HOLD_RE = re.compile(CLAUSE_START + r"(?:hold short|stand ?by)(?:,? (?:over|out))?" + _END)
_HOLD_GATE = ("hold short", "stand by", "standby")
# "Please remain seated throughout.", "Everyone, stay in your seats.", "Bear with me here.", "You must wait.": an
# order to wait with no subject, opening the prompt before any thing is named, is given to the listeners; what it says
# after the verb names no thing ("stay tuned for a dog race" is the scene's), so no thing of the scene is told to stay
_WAIT_VERBS = ("remain", "stay", "keep", "wait", "hold", "hang", "bear with", "sit", "stand", "don't", "do not")
LISTENERS_WAIT_RE = re.compile(r"(?:(?P<called>[a-z]+(?: [a-z]+){0,2}), )?"
                               r"(?:(?:please|kindly|you must|you should|all of you|just),? )*"
                               r"(?:" + "|".join(_WAIT_VERBS) + r")\b(?P<rest>[^.!?]*+)[.!?]+\s*")


def listeners_wait_dropped(text: str) -> str:
    """``text`` without the orders to wait that open it (see LISTENERS_WAIT_RE), each sentence naming no thing, neither
    after its verb nor as the one called ("dog, stay still" tells the scene's dog)."""
    while (found := LISTENERS_WAIT_RE.match(text)) and found.end() < len(text) and not names_a_thing(found["rest"]) \
            and not (found["called"] and _calls_a_thing(found["called"], text[found.end():])):
        text = text[found.end():]
    return text


def _calls_a_thing(called: str, rest: str) -> bool:
    """"Dog, ...", "doggy, ...", "good dog, ...": a creature or object of the scene called by its kind or its pet
    name, that the ``rest`` of the prompt does not name again (then it is drawn there); never a person ("student,
    wait", "young man, stay"), a pet praised as "good boy" or "good girl", nor people named by what they love ("dog
    lovers", "cat fans")."""
    head = called.rsplit(" ", 1)[-1]
    kind = PET_FORMS.get(head, head)
    return pronoun_for(kind) is not None and re.search(rf"\b{kind_pattern(kind)}", rest) is None


_ACKNOWLEDGING = ("copy", "roger", "understood", "received", "wilco")
_ACKNOWLEDGED = r"(?:copy(?: that)?|roger(?: that)?|understood|received|wilco)"
# ". Come back.", ". Come on back, good buddy.", ". Over and out.", ". Ten-four.": the sign-off closing a radio turn, a
# sentence of its own with no thing called, passing the channel back; no thing is bid come back. "over" is a head
# word only (", over" is its own unit), so a run of "over over ..." splits one way and fails in linear time
SIGN_OFF_RE = re.compile(r"(?<=[.!?])(?:,?\s+(?:come (?:on )?back|come in|over and out|over|ten-four|10-4)(?: now)?"
                         r"(?:,? (?:good buddy|buddy|base|out))?[.!]*)+\s*$")
# A sign-off is a few words: it is looked for only in the prompt's last characters, so a long run of ". over" is
# not tried from each of its stops
_SIGN_OFF_REACH = 80
# "copy.", "copy that, all good.", "roger.", "received, over.": the acknowledgement that ends a turn
ACKNOWLEDGED_RE = re.compile(CLAUSE_START + _ACKNOWLEDGED + r"(?:,? (?:all good|all clear|loud and clear|thanks|thank you|over|"
                                                            r"out"
                             r"|over and out))*" + _END)
# "roger, two birds in view": the acknowledgement that opens a turn
ACKNOWLEDGED_LEAD_RE = re.compile(CLAUSE_START + _ACKNOWLEDGED + r", ")
# "confirm one dog in the frame. confirmed, one dog ...", "check: two cars. two cars checked.": a request said back with
# its confirmation, first ("confirmed, ...") or last ("... confirmed")
_CONFIRMED = r"(?:confirmed|verified|checked|affirmative|correct|yes)"
READ_BACK_RE = re.compile(CLAUSE_START + r"(?:please |can you |could you )?(?:confirm|check)(?: for me)?(?: that)?:? "
                          r"(?P<asked>[^.;!?]+)[.;!?]\s*(?:(?P<answer>" + _CONFIRMED + r"[,:!.]?\s*)(?P<told>[^.;!?]*)"
                          r"|(?P<told_first>[^.;!?]*?),? " + _CONFIRMED + r"\b(?P<after>[^.;!?]*))")
_THING = r"(?:[a-z-]+ )?(?P<noun>(?!(?:and|or|to|you|do|does|can|are|is|that|this)\b)[a-z]+)"
_SOLVED = r"(?:code|answer|password|passcode|combination|solution|pin|number)"
_SEEN = r"(?: (?:are there|(?:do|can) you (?:see|count|spot)|you (?:see|count|spot)|in (?:all|total)))?"
# "... that is the code", "... and that is your answer", "... to open the door": what the count is for
_FOR = r"(?:\??,? (?:and )?(?:that|this)(?: is|'s) (?:the|your) " + _SOLVED + r"| (?:to|and) " \
       r"(?:find|get|crack|open|unlock|work out|solve|reveal) [a-z ]+)?"
# "count the birds to find the code.", "how many balls? that is the code.", "your answer: how many dogs?", "the code is how
# many dogs.", "enter the number of balls to open the door": a closing that only sends the reader to count things
COUNTING_CLOSINGS = tuple(re.compile(CLAUSE_START + pattern + _FOR + _END) for pattern in (
    r"(?:count|tally) (?:up )?(?:all )?the " + _THING,
    r"(?:(?:the|your) " + _SOLVED + r": )?how many " + _THING + _SEEN,
    r"(?:the|your) " + _SOLVED + r" is (?:how many|the number of) " + _THING + _SEEN,
    r"(?:enter|type|dial|key in|punch in|write down|use|say) (?:in )?(?:the number of|how many) " + _THING + _SEEN))
# "a few words.", "i'd like to say a few words about two balls", "a quick word before we get going:": the speaker's
# occasion, with what it is about kept where that names a thing; a note, update or reminder only as a heading ("a very
# short note on the clip:") whose occasion, within its clause, names no thing ("a short note on a table, ..." is drawn)
_SHORT, _ON = r"(?:(?:very|really) )?(?:%s)(?: (?:quick|short|brief))? ", r"(?: (?:about|on|for|of|before|ahead of) "
SPEECH_OPENING_RE = re.compile(CLAUSE_START + r"(?:(?:ladies and gentlemen|friends|everyone|folks),? )?(?:(?:i'd|i would|let me|"
                                              r"allow me to|i want to|i'll|i will)(?: like to)? (?:say|share) )?(?:just )?"
                               r"(?:(?:a " + _SHORT % "few|quick|short|brief" + r"words?|a word)" + _ON +
                               r"(?P<occasion>[^.:;!?]+))?(?:\s*[:.!]\s*|,\s*|$)"
                               r"|a " + _SHORT % "quick|short|brief" + r"(?:note|update|reminder)" + _ON +
                               r"(?P<heading>[^.:;!?,]+))?\s*:\s*)")
# "cheers!", "a toast!", "bottoms up.": a speech's close
TOAST_CLOSING_RE = re.compile(CLAUSE_START +
                              r"(?:cheers|a toast|bottoms up|raise your glasses)(?: (?:everyone|all|to that))?" + _END)
# "a toast to a moving car, ...", "here's to two birds": what is toasted is the thing shown
TOAST_TO_RE = re.compile(CLAUSE_START + r"(?:(?:let's have |i propose |please raise your glasses for )?a toast|here's|"
                                        r"here is) to (?=(?:a|an|the|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|all) )")
# "let's get into it.", "so, let us begin!", "let's go.": the speaker's plan for the talk, said to the listeners, in a
# sentence of its own; one that names a thing, a count, a place or a view ("let's see two cats walk", "let us roll it to the
# left", "let's look from up above") is the scene's
_TALK_OPENERS = r"(?:(?:so|okay|ok|now|alright|right|well|and),? )*"
SPEAKERS_PLAN_RE = re.compile(CLAUSE_START + _TALK_OPENERS + r"let(?:'s| us) (?P<plan>[^.!?;:,]+)" + _END)
# "let's go to the tape:", "so let us cut over to the footage:": the talk turning to the clip its colon brings in; and
# the crew's cue to start it, "roll the tape:", "cue up the footage:"; only a word for where the clip is shown
# (_SHOWN_ON) is turned to, so "let's look at the ball: it rolls" keeps its ball
TURN_TO_CLIP_RE = re.compile(
    CLAUSE_START + _TALK_OPENERS
    + r"(?:let(?:'s| us) (?:go|turn|cut|head|switch|skip|jump|roll|look|check)(?: (?:over|back|straight|right|now))? "
    r"(?:to|at)|(?P<cue>(?:let(?:'s| us) )?(?:roll|cue|run|play|queue)(?: up)?)) (?:the|our|this|that|my) "
    r"(?:[a-z-]+ )?(?P<medium>[a-z]+) ?: ?")
_LET_RE = re.compile(r"\blet\b")
_LEADING_PRONOUN_RE = re.compile(r"(?:it|its|they|them)\b")
# The words for where a clip is shown that a turn or a cue names: the clip's own nouns and the medium it is played from
_SHOWN_ON = frozenset(CLIP_NOUNS + ("videotape", "cassette", "camcorder", "highlights", "replay", "replays", "screen",
                                    "broadcast", "feed", "rushes", "dailies"))
_NAMES_A_PLACE = re.compile(rf"\b(?:{FRAME_PLACE_WORDS}|above|overhead|below|aerial|them|they|both)\b")
# "Follow the car, people.", "Watch the dog!": the speaker pointing at a thing the prompt goes on to bring in ("A moving
# car drives ..."), in a sentence of its own: the same thing, told first by "the"
WATCH_POINTER_RE = re.compile(CLAUSE_START + r"(?:(?:now|so|okay|ok|and),? )?(?:follow|watch|track|eye|mark|observe|look at"
                              r"|keep (?:an|your) eyes? on) the (?P<noun>[a-z]+)(?:,? [a-z]+)?[.!:]\s*")
# "Who can spot the red kite?", "Friends, who saw the dog?", "Anyone spot the kite?", "Can anybody see the ball?",
# "Who's got eyes on the kite?": a question put to the listeners about "the" thing the prompt goes on to bring in, in a
# sentence of its own (the asker's "friends," with it); who answers is never asked of the clip
_ASKS_THE_LISTENERS = (r"(?:who(?:'s| among you| of you| here| out there)?|whoever|anyone|anybody|any of you|"
                       r"(?:can|could|will|would|do|did|does|have|has) (?:you|anyone|anybody|everyone|everybody|y'?all"
                       r"|you all|any of you|someone|somebody))")
WHO_POINTER_RE = re.compile(CLAUSE_START + r"(?:[a-z]+, )?" + _ASKS_THE_LISTENERS
                            + r"(?: (?:can|could|will|would|may|might|shall|should|do|did|does))?"
                            r"\b(?P<asked>[^.!?;]*)\?\s*")
# "For the points:", "For ten points, players:", "For the record:": a lead saying what the words that follow are for,
# in front of a colon, names no thing unless a word of it does ("For the dogs: two dogs ..." is left to the reading)
FOR_LEAD_RE = re.compile(CLAUSE_START + r"for (?P<lead>(?:[a-z'-]+,? ){0,3}[a-z'-]+)\s*:\s*")
# "Paddling out, and what do I see, dude?", "So what did we spot?": the speaker's own question on what they see,
# answered by the scene told next, with what they were doing before it (naming no thing, place or time)
WHAT_I_SEE_RE = re.compile(CLAUSE_START + r"(?:(?:[a-z'-]+,? ){0,4}?(?:and|so|then|now|well),? )?"
                           r"what (?:do|did|can|could|would|should) (?:i|we) (?:see|spot|find|notice|behold)"
                           r"(?:,? [a-z]+)?\?\s*")
# the gate for both questions: one of them is there
_ASKED_OR_WONDERED_RE = re.compile(rf"(?:{WHO_POINTER_RE.pattern})|(?:{WHAT_I_SEE_RE.pattern})")
# "Follow it, easy now.", "Watch them closely!", "Keep following it with your eyes.", or asked, "Track it?", "Can you
# follow them?": the speaker turning the listener's eyes to a thing told before, no move of it (a way or place after it
# is the thing's: "follow it to the left")
WATCH_IT_RE = re.compile(CLAUSE_START + r"(?:(?:now|so|okay|ok|and|just),? )?(?:(?:can|could|will|did|do) you )?"
                         r"(?:keep )?(?:(?:follow|watch|track|observe)(?:ing)?|eye|keep (?:an|your) eyes? on) "
                         r"(?:it|them)"
                         r"(?: [a-z]+ly| with (?:your|the) eyes?| all the way)?(?:,\s*|[.!?]+\s*|$)")
_POINTERS = ("follow the", "watch the", "track the", "eye the", "mark the", "observe the", "look at the",
             "eyes on the", "eye on the",
             "follow it", "watch it", "track it", "eye it", "observe it", "on it", "follow them", "watch them", "track them",
             "on them", "following it", "watching it", "tracking it", "observing it", "following them", "watching them",
             "tracking them", "observing them")
_TUNES = ("song", "record", "track", "tune", "number", "single", "jingle", "ballad", "melody")
_TUNE = "(?:" + "|".join(_TUNES) + ")"
# "you're listening to the late show.", "right, here's the next record.", "that was the last song of the hour.", "coming out
# of that track,", "before the next song:", "back after the break.", "stay tuned for more.": the host's links between
# records (a word before the record says what it is like; one that names a thing, "the dog song", is kept by the caller)
HOST_LINK_RE = re.compile(CLAUSE_START + r"(?:(?:right|ok|okay|now|so|well),? )?(?:(?:you're|you are) (?:listening|"
                                         r"tuned in) to [^.!?]*"
                          r"|(?:(?:here's|here is|that was|that's|up next|coming up|next up|before|after|coming out of|out of|"
                          r"following)"
                          r"(?: next)?(?: is| was)?,? (?:the |that |this |our |your |a |an )?(?:[a-z]+ ){0,2}?" + _TUNE +
                          r"(?: of the (?:hour|night|show|day|evening))?)"
                          r"|(?:we'll be |we will be |i'll be )?back (?:after|right after) (?:the |this |these |a )?(?:break|"
                          r"news|ads|adverts)"
                          r"|stay tuned(?: for [^.!?]*+)?)(?:\s*[:.!]\s*|,\s*|$)")


# ", and that's the whole package.", "- the whole shebang!", "That is the whole kit and caboodle.", ": the whole of
# tonight's bulletin from the docks.": what was said, summed up, or the talk it makes up, wherever that was given from
_WHOLE_TALK = (r"the whole of (?:(?:the|this|our|my|your|[a-z]+'s) )?(?:[a-z]+ )?(?:" + "|".join(sorted(_OCCASIONS))
               + r"|dispatch|entry|account)(?: (?:from|at|on|for|of) (?:the |our |this )?[a-z]+)?")
_WHOLE_LOT = (r"(?:" + _WHOLE_TALK + r"|the whole "
              r"(?!(?:time|way|while|day|night|length|duration|clip|video|film|run|trip|journey)\b)"
              r"(?:[a-z]+ ){0,3}?[a-z]+)")
WHOLE_LOT_RE = re.compile(r"(?:(?:,|;| -| \u2014| \u2013)(?: and)?| and) "
                          r"(?:(?:that|this|it)(?:'s| is| was) )?" + _WHOLE_LOT + r"(?=" + _END + ")"
                          r"|" + CLAUSE_START + r"(?:and )?(?:that|this|it)(?:'s| is| was) "
                          + _WHOLE_LOT + _END
                          + r"|: " + _WHOLE_TALK + r"(?=" + _END + ")")


# "Player: I grab it.", "Rogue 2: we hide.": a label before a turn said in the first person that names no thing names
# the one speaking, who is "I", never a thing in the scene (a turn naming things, "Customer: I need a clip with three
# boats", and a label before a scene, "GM: you see a ball", are left to the voices' own readers); a label the tables
# know as a thing other than a person or role, "Dog: I run to the right.", is that thing speaking, and stays
SPEAKER_LABEL_RE = re.compile(CLAUSE_START + r"(?:[a-z]+ )?(?P<label>[a-z]+)(?: \d+)?: (?=(?:i|we)\b(?!')(?P<turn>[^.!?;]*))")

_HANDING_VERBS = ("pass", "hand", "give", "bring", "fetch", "get", "grab")
# "pass me the kettle, then watch:", "hand me the remote; on screen, ...", "could you get the book, then look:": a
# request to the listener to hand the speaker a thing, right before the clip is told apart from the speaker's world by a
# stop or "then" ("give me a red ball on screen that rolls" asks for a ball on the screen, which stays)
HANDING_REQUEST_RE = re.compile(
    CLAUSE_START + r"(?:(?:please|kindly|hey|now|so|okay|ok),? )*(?P<asked>(?:could|can|would|will) you (?:please )?)?"
    r"(?:" + "|".join(_HANDING_VERBS) + r")(?P<me> me| us)? (?:the|that|this|those|these|my|your|a|an|some) "
    r"(?:[a-z-]+ ){0,2}?[a-z-]+(?P<to_me> (?:to|for) (?:me|us))?(?: over)?(?P<please>,? please)?"
    r"(?:[?,;.!]{1,2} (?:(?:and )?then )?| (?:and )?then )"
    r"(?=(?:now )?(?:watch|look|see)(?: this| here| closely)?:|on (?:the )?screen\b"
    r"|in the (?:clip|video|film)\b)")


# "let the people say amen:", "everybody say yeah!", "somebody shout hallelujah.": the audience called on to answer
_AUDIENCE = ("everybody", "everyone", "somebody", "someone", "y'all", "you all", "all together", "all of you")
CALL_TO_ANSWER_RE = re.compile(
    CLAUSE_START + r"(?:(?:and|now|so|okay|ok),? )?(?:let (?:(?:all )?the |all |my |our |every )?"
    r"(?P<crowd>[a-z]+(?: [a-z]+)?) |(?P<everyone>" + "|".join(_AUDIENCE) + r"),? )(?:say|shout|sing|holler|cry|yell)"
    r"(?: it)?(?: out)?(?: (?P<said>[a-z']+(?: [a-z']+){0,2}?))?"
    r"(?: with me| together)?(?:\s*[.!:,]+\s*|\s*$)")


# what a call to answer must hold, "let " or the audience's name: its own gate and a part of the whole module's
_CALL_TO_ANSWER_SPELLINGS = ("let ", *_AUDIENCE)
_CALL_TO_ANSWER_SAID_RE = any_said_re(_CALL_TO_ANSWER_SPELLINGS)


def _may_call_to_answer(text: str) -> bool:
    return _CALL_TO_ANSWER_SAID_RE.search(text) is not None


def _call_to_answer(match: re.Match) -> str:
    """The call dropped where the crowd is the audience: people or a word the tables do not know, neither counted nor
    pointed back at after it ("Let the two girls sing. They stand ..." keeps its girls), and what they say names
    nothing."""
    crowd = match["crowd"]
    if crowd:
        noun = crowd.split()[-1]
        known = noun_class(singular(noun))
        after = re.findall(r"[a-z]+", match.string[match.end():])
        if ((known is not None and known[1] not in HANDED_CLASSES) or crowd.split()[0] in NUMBER_WORDS
                or any(word in ("they", "them", "their", noun, singular(noun)) for word in after)):
            return match.group(0)
    return match.group(0) if match["said"] and names_a_thing(match["said"]) else ""


# every spelling that alone lets the gate below pass, searched in one scan of the text
_GATE_SPELLINGS_RE = any_said_re((
    "attention", "thank", "good ", "hello", "welcome", *_CLOSING_GATE, ", this is ", "copy", "roger", "wilco",
    "all stations", "all units", "all aircraft", "all call", *_HOLD_GATE, "understood", "received", "confirm", "check",
    "count", "tally", "how many", "number of", "word", "cheers", "toast", "listening", "tuned", "break", "song",
    "come back", "come on back", "come in", ". over", "! over", "ten-four", "10-4",
    "record", "track", "tune", "ballad", "melody", "let's", "let us", "the whole ", "your ", ": i ", ": we ",
    *_POINTERS, *_CALL_TO_ANSWER_SPELLINGS))


def looks_like_address_or_closing(text: str) -> bool:
    """Whether ``text`` (lower case) may hold an address, a call's frame, a read-back or a puzzle's closing. It runs on
    every prompt and most hold none, so its plain spellings are one scan; the regex searches (the listeners told to
    wait, a question put to the listeners, a lead before a colon, a bare bidding) come after it."""
    return (_GATE_SPELLINGS_RE.search(text) is not None or LISTENERS_WAIT_RE.match(text) is not None
            or (":" in text and ("roll " in text or "cue " in text or "run " in text or "play " in text))
            or _asks_to_hand(text)
            or ("?" in text and _ASKED_OR_WONDERED_RE.search(text) is not None)
            or (":" in text and FOR_LEAD_RE.search(text) is not None) or might_speak_to_a_thing(text)
            or BARE_BIDDING_ON_THE_RE.search(text) is not None
            or might_end_on_shorthand(text))


_HANDING_VERB_RE = any_said_re(tuple(f"{verb} " for verb in _HANDING_VERBS))


def _asks_to_hand(text: str) -> bool:
    """A cheap gate before ``HANDING_REQUEST_RE``: a verb of handing and a word that may set the clip apart."""
    return _HANDING_VERB_RE.search(text) is not None and ("watch" in text or "look" in text or "see" in text
                                                           or "screen" in text or "in the " in text)


def _asked_for_the_speaker(match: re.Match) -> str:
    """The request dropped when it is put to the listener for the speaker ("could you", "me", "for us", "please"):
    a bare "get the book, then look:" may be the scene's own order and stays."""
    asked = match["asked"] or match["me"] or match["to_me"] or match["please"] or match.group(0).startswith("please")
    return "" if asked else match.group(0)


def _unless_a_thing(match: re.Match) -> str:
    """"for a short demonstration", "for flying with us" is the occasion; "for a dog" would name what is shown."""
    return match.group(0) if match["occasion"] and names_a_thing(match["occasion"]) else ""


def _closing(match: re.Match) -> str:
    """The speaker's close goes unless its occasion names a thing; past the plain "concludes our ...", the occasion must
    be a talk's, one or two words ending on ``_OCCASIONS``, as the verb and owner fit a gate or a book as well; said
    with the verb first, "so ends the road", it is a talk's close only on such an occasion."""
    plain = match["closed_by"] in ("concludes", "ends") and match["owner"] in ("our", "the", "this", "my") \
        and not match["verb_first"]
    occasion = match["occasion"].split()
    if not plain and (len(occasion) > 2 or occasion[-1] not in _OCCASIONS):
        return match.group(0)
    return _unless_a_thing(match)


def _plan_of_the_talk(match: re.Match) -> str:
    """A "let's" sentence that names no thing, count or place is the speaker's plan ("let's get into it": the talk's
    topic), and goes; one that does is kept."""
    plan = match["plan"]
    if names_a_thing(plan) or _NAMES_A_PLACE.search(plan) or any(word in NUMBER_WORDS for word in plan.split()):
        return match.group(0)
    return ""


def _turn_to_the_clip(match: re.Match) -> str:
    """The turn goes where it names a medium the clip is shown on and its colon goes on to name a thing; a medium named
    again after the colon, by its noun or by a leading "it" ("let's look at the screen: it flickers"), is a thing."""
    medium, after = match["medium"], match.string[match.end():]
    if medium not in _SHOWN_ON or re.search(rf"\b{re.escape(medium)}\b", after) or _LEADING_PRONOUN_RE.match(after) \
            or not names_a_thing(after):
        return match.group(0)
    return ""


def _brought_in_later(noun: str, before: str, after: str) -> bool:
    """Whether a thing of ``noun``'s kind is never told in ``before`` and is brought in by "a", "an" or a count in
    ``after``: what a pointer or a question about "the" thing told next leans on, in one place for both."""
    kind = kind_pattern(noun)
    return kind is not None and not re.search(rf"\b{kind}", before) and brought_in(kind, after) is not None


def _pointer_to_later(match: re.Match) -> str:
    """A sentence pointing at "the" thing goes when the next sentence brings that kind in ("Follow the car. A moving car
    drives ..."); one pointing at a thing brought in before, or never, is kept."""
    told_next = re.match(r"[^.!?;]*", match.string[match.end():]).group(0)
    return "" if _brought_in_later(match["noun"], match.string[:match.start()], told_next) else match.group(0)


# "Can you show ...?", "Could you make ...?": a request to the maker of the clip, whose move or place is the scene's
_REQUEST_TO_THE_MAKER_RE = re.compile(r"\s*(?:[a-z]+, )?(?:can|could|will|would) you\b")
# the kinds of verb such a request may hold and still ask for no move: a stay, the camera's, and following or
# approaching (unlike scene_asides' kinds of no move, where an appearing counts as none and an approach as a move)
_NOT_ASKED_MOVE_KINDS = frozenset(("rest", "approach")) | CAMERA_KINDS


def _asked_of_the_listeners(match: re.Match) -> str:
    """A "who can ...?" question goes where every thing it names by "the" is brought in after it and never before it
    ("Who can spot the kite? A red kite flies ..."), and it names no other thing; "who chases a cat?" keeps its cat.
    Where the next sentence only points back at it ("Who can follow the kite? It flies ..."), the question names it."""
    asked = match["asked"]
    if _REQUEST_TO_THE_MAKER_RE.match(match.group(0)) and (_NAMES_A_PLACE.search(asked) or any(
            VERB_KINDS.get(word) not in (None, *_NOT_ASKED_MOVE_KINDS) for word in re.findall(r"[a-z]+", asked))):
        return match.group(0)  # "Can you show the ball rolling to the left?": the maker asked for the move
    pointed = []
    for found in re.finditer(r"\bthe ((?:[a-z-]+ ){0,2}[a-z-]+)", asked):
        words = found.group(1).split()
        noun_at = next((index for index, word in enumerate(words) if noun_class(word)), None)
        if noun_at is not None:
            pointed.append(" ".join(words[:noun_at + 1]))
    named = [word for word in re.findall(r"[a-z]+", asked) if noun_class(word)]
    if not pointed or len(named) != len(pointed):
        return match.group(0)
    before, after = match.string[:match.start()], match.string[match.end():]
    pointed_back = re.match(r"(?:it|they|he|she)\b", after) is not None
    if pointed_back and len(pointed) == 1:
        noun = pointed[0].rsplit(" ", 1)[-1]
        kind = kind_pattern(noun)
        if kind is None or re.search(rf"\b{kind}", before):
            return match.group(0)  # told before: the question is about that thing
        return "" if brought_in(kind, after) else f"a {pointed[0]}. "
    if all(_brought_in_later(phrase.rsplit(" ", 1)[-1], before, after) for phrase in pointed):
        return ""
    return match.group(0)


_NAMES_A_TIME = re.compile(rf"\b(?:{TIME_WORDS})\b")


def _speakers_own_sight(match: re.Match) -> str:
    """The speaker's "what do I see?" goes with its lead where neither names a thing, a place or a time, and a scene is
    told after it; "a dog runs, and what do I see?" keeps its dog."""
    said = match.group(0)
    if names_a_thing(said) or _NAMES_A_PLACE.search(said) or _NAMES_A_TIME.search(said) \
            or not names_a_thing(match.string[match.end():]):
        return said
    return ""


def _lead_for_nothing_shown(match: re.Match) -> str:
    """A lead before a colon says what the words after it are for, so it goes unless it names a thing, a place or a
    time ("For the first half:", "For the dogs:", "For the left side:" say when, what or where). The listeners set off
    after it by a comma ("For ten points, players:", "..., kids:") are the ones spoken to, never what it is for."""
    lead = match["lead"].split(",", 1)[0]
    if names_a_thing(lead) or _NAMES_A_PLACE.search(lead) or _NAMES_A_TIME.search(lead):
        return match.group(0)
    return ""


def _call_up(match: re.Match) -> str:
    """A call-up names a station on each side ("tower, this is unit four"), never a thing shown ("look, this is a cat")."""
    called, caller = match["called"].split(), match["caller"].split()
    if any(word in VERB_KINDS or word in STOP_WORDS for word in called) or caller[0] in ("a", "an") or caller[0] in NUMBER_WORDS:
        return match.group(0)
    return ""


def _broadcast_call(match: re.Match) -> str:
    """A call to all stations is signed by a station ("tower to all stations"), never by a thing shown ("all units, a
    dog: ..." keeps its dog)."""
    caller = (match["caller"] or match["signing"] or "").split()
    if caller and (caller[0] in ("a", "an", "the") or caller[0] in NUMBER_WORDS or any(word in VERB_KINDS for word in caller)):
        return match.group(0)
    return ""


def _read_back(match: re.Match) -> str:
    """The request and its confirmation told once: by the answer where it names the request's things again ("confirm
    one dog. confirmed, one dog the whole time"), by the request as a statement where it does not ("confirm the frame
    holds two cars. confirmed, and they are still there")."""
    told = match["told"] if match["answer"] else match["told_first"] + match["after"]
    asked = [singular(word) for word in match["asked"].split() if noun_class(word)]
    if asked and all(re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", told) for noun in asked):
        return told
    return f"{match['asked']}. {told}"


def _counted_before(match: re.Match) -> str:
    """A counting closing about a thing named before it; one that names a new thing is its own sentence."""
    noun = match["noun"]
    if noun_class(noun) is None:
        return match.group(0)
    kind = singular(noun)
    return "" if re.search(rf"\b{re.escape(kind)}(?:e?s)?\b", match.string[:match.start()]) else match.group(0)


def _speaking_thing(label: str) -> bool:
    """Whether a speaker's label names a thing of the scene, "Dog:", rather than a person or role, "Player:", "GM:"."""
    known = noun_class(singular(label))
    return known is not None and known[1] not in HANDED_CLASSES


def _sign_off_dropped(text: str) -> str:
    sign_off = SIGN_OFF_RE.search(text, max(0, len(text) - _SIGN_OFF_REACH))
    return text[:sign_off.start()] if sign_off else text


def addresses_and_closings_dropped(text: str) -> str:
    """``text`` (lower case) without the address, the call's frame and the puzzle's closing around its scene."""
    told = text
    if might_speak_to_a_thing(text):  # before the greeting goes: "hello, bird! you fly ..."
        text = you_as_the_thing_spoken_to(text)
    if ": i " in text or ": we " in text:
        text = SPEAKER_LABEL_RE.sub(lambda m: m.group(0) if names_a_thing(m["turn"]) or _speaking_thing(m["label"]) else "", text)
    if "attention" in text:
        text = ATTENTION_RE.sub(_unless_a_thing, text)
    if "thank" in text:
        text = THANKS_RE.sub(_unless_a_thing, text)
    if "good " in text or "hello" in text or "welcome" in text:
        text = GREETING_RE.sub("", text)
    if any(word in text for word in _CLOSING_GATE):
        text = CONCLUDES_RE.sub(_closing, text)
    if ", this is " in text:
        text = CALL_UP_RE.sub(_call_up, text)
    if "all " in text and ("station" in text or "units" in text or "aircraft" in text or "call" in text):
        text = BROADCAST_CALL_RE.sub(_broadcast_call, text)
    if any(word in text for word in _HOLD_GATE):
        text = HOLD_RE.sub("", text)
    text = listeners_wait_dropped(text)
    if "confirm" in text or "check" in text:
        text = READ_BACK_RE.sub(_read_back, text)
    text = shorthand_sign_off_dropped(text)
    if "come " in text[-40:] or "over" in text[-20:] or "ten-four" in text[-20:] or "10-4" in text[-20:]:
        text = _sign_off_dropped(text)
    if any(word in text for word in _ACKNOWLEDGING):
        text = ACKNOWLEDGED_LEAD_RE.sub("", ACKNOWLEDGED_RE.sub("", text))
    if "listening" in text or "tuned" in text or "break" in text or any(tune in text for tune in _TUNES):
        text = HOST_LINK_RE.sub(lambda m: m.group(0) if names_a_thing(m.group(0)) else "", text)
    if "word" in text or "note" in text or "update" in text or "reminder" in text:
        text = SPEECH_OPENING_RE.sub(lambda m: m.group(0) if m["heading"] and names_a_thing(m["heading"]) else
                                     f"{m['occasion']}. " if m["occasion"] and names_a_thing(m["occasion"]) else "", text)
    if "toast" in text or "cheers" in text or "here" in text:
        text = TOAST_TO_RE.sub("", TOAST_CLOSING_RE.sub("", text))
    if "let's" in text or "let us" in text:
        text = SPEAKERS_PLAN_RE.sub(_plan_of_the_talk, text)
    if ":" in text and (_LET_RE.search(text) or "roll" in text or "cue" in text or "run" in text or "play" in text):
        text = TURN_TO_CLIP_RE.sub(_turn_to_the_clip, text)
    if "the whole " in text:
        text = WHOLE_LOT_RE.sub("", text)
    if any(pointer in text for pointer in _POINTERS):
        text = WATCH_IT_RE.sub("", WATCH_POINTER_RE.sub(_pointer_to_later, text))
    if "?" in text:
        text = WHAT_I_SEE_RE.sub(_speakers_own_sight, WHO_POINTER_RE.sub(_asked_of_the_listeners, text))
    if "for " in text and ":" in text:
        text = FOR_LEAD_RE.sub(_lead_for_nothing_shown, text)
    if _asks_to_hand(text):
        text = HANDING_REQUEST_RE.sub(_asked_for_the_speaker, text)
    if "count" in text or "tally" in text or "how many" in text or "number of" in text:
        for closing in COUNTING_CLOSINGS:
            text = closing.sub(_counted_before, text)
    if _may_call_to_answer(text):
        text = CALL_TO_ANSWER_RE.sub(_call_to_answer, text)
    if "your " in text or BARE_BIDDING_ON_THE_RE.search(text):
        text = listeners_asides_dropped(text)
    return text if text == told else spaces_tidied(text)
