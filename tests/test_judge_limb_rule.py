"""Which pieces of a walker are its limbs, left unjudged: tracks built by hand (no rendering), a trunk followed over
frames 0-20 of 30 and leg pieces below it moving along with it, swinging so the box around them keeps no one length
(the pieces are never joined into one body). A piece taken up and let go while the trunk goes on is a limb; one that
ends with the trunk, or is followed over exactly the trunk's frames, shows the walker itself and stays judged."""

from __future__ import annotations

import numpy as np

from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.occlusion import join_pieces_moving_as_one
from pipelines.eval.physics_checks import check_tracking, expectation_from_prompt
from pipelines.eval.tracking import Track, Tracking

H, W, FPS, FRAMES = 480, 640, 24.0, 30
JEANS, DARK, RED = (40.0, 60.0, 150.0), (30.0, 30.0, 40.0), (200.0, 30.0, 30.0)


def _tracking(tracks: list[Track]) -> Tracking:
    h, w = 96, 128
    background = np.broadcast_to(np.asarray((160.0, 165.0, 165.0), np.float32), (h, w, 3)).copy()
    return Tracking(tracks, W, H, FPS, FRAMES, np.zeros((FRAMES, h, w), np.float32), np.zeros((FRAMES, h, w), bool),
                    np.ones((h, w), bool), 24.0, background=background)


def _piece(track_id: int, first: int, last: int, below: float, half: tuple[float, float], colour, swing: float = 0.0,
           every_fourth: bool = False, jump_at: int | None = None) -> Track:
    """A piece walking right at 8 px a frame, ``below`` px under the trunk's centre, swinging ``swing`` px to and fro
    (or out only every fourth frame); jumping 80 px ahead from ``jump_at`` on."""
    frames = np.arange(first, last + 1)
    sway = (frames % 4 == 0) if every_fourth else np.sin(frames * np.pi / 2)
    xs = 100.0 + 8.0 * frames + swing * sway + (80.0 * (frames >= jump_at) if jump_at is not None else 0.0)
    centroids = np.stack([xs, np.full(len(frames), 240.0 + below)], axis=1)
    size = np.asarray(half)
    boxes = np.concatenate([centroids - size, centroids + size], axis=1)
    return Track(track_id, frames, centroids, boxes, np.full(len(frames), 4.0 * size[0] * size[1]),
                 np.tile(np.asarray(colour, float), (len(frames), 1)))


def _walker(walks: bool, colours: tuple[str, ...] = ()) -> Expectation:
    return Expectation("person", ballistic=False, self_propelled=True, depth_change=False, may_vanish=False,
                       source="prompt", colours=colours, walks=walks)


def _limbs(tracks: list[Track]) -> set[int]:
    tracking = _tracking(tracks)
    limbs: set[int] = set()
    join_pieces_moving_as_one([TrackGeometry(track, tracking) for track in tracks], tracking, limbs)
    return limbs


def _legs() -> list[Track]:
    trunk = _piece(0, 0, 20, 0.0, (14.0, 24.0), JEANS)
    taken_up_and_let_go = _piece(1, 5, 12, 44.0, (10.0, 20.0), DARK, swing=18.0)
    ending_with_the_trunk = _piece(2, 8, 20, 44.0, (10.0, 20.0), DARK, swing=18.0)
    return [trunk, taken_up_and_let_go, ending_with_the_trunk]


def test_a_piece_taken_up_and_let_go_beside_the_trunk_is_a_limb_and_one_ending_with_it_is_not():
    assert _limbs(_legs()) == {1}


def test_a_piece_followed_over_exactly_the_trunks_frames_is_no_limb():
    """The trunk is seen over the whole clip, so the clip's ends let a piece pass as taken up at frame 0 and let go
    at the last: but one followed over exactly the trunk's frames was never taken up nor let go."""
    trunk = _piece(0, 0, FRAMES - 1, 0.0, (14.0, 24.0), JEANS)
    legs = _piece(3, 0, FRAMES - 1, 44.0, (10.0, 20.0), DARK, swing=18.0, every_fourth=True)
    assert _limbs([trunk, legs]) == set()


def test_limbs_are_left_unjudged_only_where_the_prompt_tells_of_one_walker():
    charged = {v.track for v in check_tracking(_tracking(_legs()), _walker(walks=False))}
    assert 1 in charged  # appearing from nowhere, shaking: judged as a body of its own
    assert 1 not in {v.track for v in check_tracking(_tracking(_legs()), _walker(walks=True))}
    assert expectation_from_prompt("a person in a red shirt walks left across the park").walks
    assert not expectation_from_prompt("a boy walks across the park bouncing a red ball").walks
    assert not expectation_from_prompt("two people walk side by side").walks


def test_a_walker_followed_by_its_blue_jeans_is_judged_though_a_red_shirt_piece_is_a_limb():
    """"A person in a red shirt": the trunk followed is the blue jeans, the shirt a short piece above them. Leaving
    the shirt out only after the subjects are picked made the jeans another thing by colour, and the walker, jumping
    80 px ahead at frame 16, was judged by no law."""
    jeans = _piece(0, 0, 20, 0.0, (14.0, 24.0), JEANS, jump_at=16)
    shirt = _piece(1, 5, 12, -44.0, (10.0, 20.0), RED, swing=18.0)
    charged = {v.track for v in check_tracking(_tracking([jeans, shirt]), _walker(walks=True, colours=("red",)))}
    assert charged == {0}


def test_a_piece_apart_from_the_body_in_a_frame_is_left_out_of_it_without_an_error():
    """In some frames the trousers swing 30 px out, clear of the trunk, while a smaller leg piece stays beside it:
    the box around the body is built of the trunk and that leg, the piece apart left out of it (before, taking the
    leg out of the pieces still to place compared the boxes' arrays and raised)."""
    trunk = _piece(0, 0, FRAMES - 1, 0.0, (14.0, 24.0), JEANS)
    trousers = _piece(3, 0, FRAMES - 1, 44.0, (10.0, 20.0), DARK, swing=30.0)
    leg = _piece(1, 5, 12, 44.0, (10.0, 20.0), DARK, swing=18.0)
    assert _limbs([trunk, trousers, leg]) == {1}
