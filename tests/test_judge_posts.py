"""The motion judge on a body that passes behind a post: a long body seen in two pieces at once, one on each side of
the post, is one body (no vanishing, appearing or size change), and a track that hops off a body gone behind the post
onto another thing is cut there."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.foreign_ends import split_at_hops
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import Track, Tracking, TrackingSettings, track_objects_or_look_closer
from tests.helpers.car_past_post import FPS, PROMPT, car_lefts, clip
from tests.helpers.judged import laws_named


def test_a_car_seen_on_both_sides_of_a_post_is_one_car():
    """The car is longer than the post is wide: for several frames the tracker follows a shrinking piece on the side
    it leaves and a growing one on the side it enters. Before, that read as a car vanishing, another appearing and
    both changing size (right 0.054, the same as the car that jumps a length ahead)."""
    frames = clip(car_lefts())
    pieces = track_objects_or_look_closer(frames, FPS, TrackingSettings()).tracks
    shared = set(pieces[0].frames) & set(pieces[1].frames) if len(pieces) == 2 else set()
    assert len(shared) >= 2, "the scene no longer shows the car in two pieces at once"
    judge = MotionJudge()
    right = judge.score(Video(frames, FPS), PROMPT)
    wrong = judge.score(Video(clip(car_lefts(teleport_at=8)), FPS), PROMPT)
    assert not {"continuity", "size"} & set(laws_named(right)), laws_named(right)
    assert right.pc > 0.7
    assert "continuity" in laws_named(wrong)
    assert right.pc > wrong.pc + 0.3


def _track(track_id: int, xs: list[float], areas: list[float], colours: list[tuple[int, int, int]]) -> Track:
    n = len(xs)
    centroids = np.stack([np.asarray(xs, float), np.full(n, 300.0)], axis=1)
    half = np.sqrt(np.asarray(areas, float))[:, None] / 2
    boxes = np.concatenate([centroids - half, centroids + half], axis=1)
    return Track(track_id, np.arange(n), centroids, boxes, np.asarray(areas, float), np.asarray(colours, float))


def _scene(tracks: list[Track], backdrop: tuple[int, int, int] | None = None) -> Tracking:
    """640x480 frames analysed at 160x120, over a plain backdrop when one is given."""
    n = max(len(t.frames) for t in tracks)
    gray = np.zeros((n, 120, 160), np.float32)
    background = None if backdrop is None else np.full((120, 160, 3), backdrop, np.float32)
    return Tracking(tracks, 640, 480, 24.0, n, gray, gray.astype(bool), np.ones((120, 160), bool), 24.0,
                    background=background)


def test_a_track_that_hops_onto_another_thing_is_cut_there():
    """A blue body shrinks at a post's edge, then the tracker chains on a small grey blob far off (a piece of the post,
    a plant): from there the track is another thing, under a new number. A teleport (the same colour and size far off)
    and a colour change in place are the body's own and stay one track."""
    blue, grey = (40, 70, 180), (150, 160, 155)
    hop = _track(4, [100, 110, 120, 130, 138, 300, 305, 310, 310], [900, 900, 850, 600, 300, 60, 60, 60, 60],
                 [blue] * 5 + [grey] * 4)
    pieces = split_at_hops([hop], _scene([hop]))
    assert [list(p.frames) for p in pieces] == [[0, 1, 2, 3, 4], [5, 6, 7, 8]]
    assert pieces[0].track_id == 4 and pieces[1].track_id == 5
    teleport = _track(0, [100, 110, 120, 130, 300, 310, 320, 330], [900] * 8, [blue] * 8)
    recoloured = _track(0, [100, 110, 120, 130, 140, 150, 160, 170], [900] * 8, [blue] * 4 + [grey] * 4)
    # a fast body that turns yellow one frame before a jump: the change is on its way, not at the jump
    yellow = (200, 180, 60)
    recoloured_then_jumps = _track(0, [100, 110, 120, 130, 300, 310, 320, 330], [900, 900, 900, 900, 300, 300, 300, 300],
                                   [blue] * 3 + [yellow] * 5)
    for track in (teleport, recoloured, recoloured_then_jumps):
        assert [p.length for p in split_at_hops([track], _scene([track]))] == [8]


def test_a_track_that_hops_onto_its_own_shadow_is_not_cut():
    """A blurred blue ball falls fast near a sandy floor; the tracker loses it and follows its shadow on the floor for
    a few frames: a darker shade of the sand, far below the ball, smaller. That is a jump with a change of colour and
    size, yet no other thing: cut, the shadow's samples read as a body appearing from nowhere. The shadow trimming
    takes them off the track's end. The same hop onto a grey blob in a colour the sand has not is cut."""
    sand, blue = (200, 170, 120), (40, 70, 180)
    shadow = tuple(int(0.55 * c) for c in sand)
    xs, ys = [100, 104, 108, 112, 116, 120, 124, 128], [100, 130, 165, 205, 420, 422, 424, 424]
    areas = [900, 900, 880, 860, 300, 300, 300, 300]

    def fall(colour_at_the_end: tuple[int, int, int]) -> Track:
        track = _track(0, xs, areas, [blue] * 4 + [colour_at_the_end] * 4)
        track.centroids[:, 1] = ys
        half = np.sqrt(np.asarray(areas, float)) / 2
        track.boxes[:, 1], track.boxes[:, 3] = np.asarray(ys) - half, np.asarray(ys) + half
        return track

    onto_shadow = fall(shadow)
    assert [p.length for p in split_at_hops([onto_shadow], _scene([onto_shadow], sand))] == [8]
    onto_grey = fall((150, 160, 155))
    assert [p.length for p in split_at_hops([onto_grey], _scene([onto_grey], sand))] == [4, 4]
