"""The judge's colour law on rendered clips: a change between two dark or greyish colours is caught, while a body
rolling into a shadow, an exposure that steps down, or a small body crossing from one backdrop to another is not
a colour change. Clips are drawn here (a ball at constant speed across a flat backdrop) and scored end to end."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.appearance import colour_bins
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.judged import through_mp4
from tests.helpers.physics_clips_hand import make_pair

H, W, FPS, N = 192, 320, 24.0, 40
FLOOR = (150, 150, 146)
PROMPT = "a ball rolls along the ground"


def _clip(colours, backdrop: np.ndarray | None = None, shade=None, gain=None, radius: float = 14.0,
          y: float = 110.0) -> np.ndarray:
    """uint8 [N, H, W, 3]: a ball of ``colours[i]`` moving left to right at constant speed; ``shade(x)`` darkens it
    (and the backdrop) where it is, ``gain[i]`` scales the whole frame (an exposure)."""
    base = np.broadcast_to(np.asarray(FLOOR, np.float32), (H, W, 3)).copy() if backdrop is None else backdrop
    frames = np.empty((N, H, W, 3), np.uint8)
    for i in range(N):
        x = 40.0 + 6.0 * i
        img = base.copy()
        dark = 1.0 if shade is None else shade(x)
        colour = tuple(float(c) * dark for c in colours[i])
        cv2.circle(img, (int(round(x)), int(round(y))), int(radius), colour, -1, lineType=cv2.LINE_AA)
        frames[i] = np.clip(img * (1.0 if gain is None else gain[i]), 0, 255)
    return frames


def _colour_violations(frames: np.ndarray) -> list[dict]:
    scores = MotionJudge().score(Video(frames, FPS), PROMPT)
    return [v for v in scores.details["violations"] if v["law"] == "colour"]


def _changing(first, second) -> list:
    return [first] * (N // 2) + [second] * (N - N // 2)


def test_a_dark_pink_ball_turning_dark_olive_changes_colour():
    """Both colours fall into one or two neighbouring RGB bins; their hues are far apart."""
    pink, olive = (72, 38, 52), (68, 61, 12)
    assert colour_bins(np.array([pink], np.uint8))[0] != colour_bins(np.array([olive], np.uint8))[0]
    assert _colour_violations(_clip([pink] * N)) == []
    changed = _colour_violations(_clip(_changing(pink, olive)))
    assert len(changed) == 1 and abs(changed[0]["frames"][1] - N // 2) <= 2


def test_greyish_balls_changing_hue_change_colour():
    """Low saturation over a dark floor: the changes are in hue, at about the same brightness, inside one RGB bin
    or two neighbouring ones."""
    backdrop = np.broadcast_to(np.asarray((45, 50, 48), np.float32), (H, W, 3)).copy()
    for first, second in (((100, 104, 124), (124, 108, 98)), ((100, 120, 100), (120, 100, 110))):
        assert _colour_violations(_clip([first] * N, backdrop=backdrop)) == []
        assert len(_colour_violations(_clip(_changing(first, second), backdrop=backdrop))) == 1, (first, second)


def test_a_ball_rolling_into_a_shadow_keeps_its_colour():
    """The right half of the floor lies in shadow (60% of the light), and so does the ball once there."""
    backdrop = np.broadcast_to(np.asarray(FLOOR, np.float32), (H, W, 3)).copy()
    backdrop[:, W // 2:] *= 0.6
    red = (200, 50, 45)
    frames = _clip([red] * N, backdrop=backdrop, shade=lambda x: 0.6 if x >= W // 2 else 1.0)
    assert _colour_violations(frames) == []


def test_an_exposure_that_steps_down_and_flickers_is_not_a_colour_change():
    """The camera's exposure drops by a quarter halfway and flickers by a few per cent around it."""
    rng = np.random.default_rng(3)
    gain = np.where(np.arange(N) < N // 2, 1.0, 0.75) * (1 + rng.normal(0, 0.03, N))
    for colour in ((200, 50, 45), (40, 90, 200), (235, 200, 40)):
        assert _colour_violations(_clip([colour] * N, gain=gain)) == [], colour


def test_a_small_ball_crossing_from_sky_to_grass_keeps_its_colour():
    """The rim of a small ball mixes in the backdrop behind it; when that backdrop turns from a pale sky to green
    grass, the rim's colours change while the ball's do not."""
    backdrop = np.empty((H, W, 3), np.float32)
    backdrop[:, : W // 2] = (200, 205, 215)
    backdrop[:, W // 2:] = (40, 110, 40)
    assert _colour_violations(_clip([(240, 200, 40)] * N, backdrop=backdrop, radius=5.0)) == []


def _shares(main_bin: int, sparse_share: float, samples: int = 12) -> np.ndarray:
    """Per sample, ``1 - sparse_share`` of the pixels in ``main_bin`` and the rest spread thinly over twenty bins far
    from it (each well under the share that makes a bin a colour: antialiased text, a blurred rim)."""
    from pipelines.eval.appearance import BINS, PRESENT

    shares = np.zeros((samples, BINS), np.float32)
    shares[:, main_bin] = 1.0 - sparse_share
    thin = np.arange(20) * 37 + 1500  # far from the main bins and from each other's neighbours (2,400 bins)
    shares[:, thin] = sparse_share / len(thin)
    assert sparse_share / len(thin) < PRESENT
    return shares


def test_pixels_too_sparse_to_be_a_colour_on_both_sides_are_no_change():
    from pipelines.eval.appearance import palette_change

    shares = _shares(100, 0.36)
    worst, _ = palette_change(shares, np.ones(len(shares), bool))
    assert worst == 0.0  # the same mixes outside the palette before and after: nothing new, nothing gone


def test_a_colour_change_is_measured_beyond_what_each_side_leaves_outside_its_palette():
    from pipelines.eval.appearance import palette_change

    shares = np.concatenate([_shares(100, 0.36, 6), _shares(900, 0.36, 6)])
    worst, at = palette_change(shares, np.ones(len(shares), bool))
    # after the split all of the main colour is new (0.64) and the sparse mixes are outside both palettes alike
    assert at == 6 and abs(worst - 0.64) < 1e-6


def test_a_colour_at_a_bins_corner_wandering_into_its_diagonal_neighbours_is_not_lost():
    """A red can's core of four pixels at rest under a shaking hand-held camera: its two shades sit at corners of their
    bins and wander, from one frame on, one bin up or down along two axes at once (codec and shake), never far. No
    colour was lost at once (hand renderer, colour_change 1817's right clip through H.264, read 67% lost)."""
    from pipelines.eval.appearance import BINS, GRID, palette_loss

    shares = np.zeros((16, BINS), np.float32)
    lit, shaded = np.ravel_multi_index((4, 12, 11), GRID), np.ravel_multi_index((3, 14, 12), GRID)
    wandered_lit, wandered_shaded = np.ravel_multi_index((4, 11, 10), GRID), np.ravel_multi_index((3, 15, 13), GRID)
    shares[:8, [lit, shaded]] = 0.5
    shares[8:, [wandered_lit, wandered_shaded]] = 0.5
    valid = np.ones(len(shares), bool)
    assert palette_loss(shares, valid, steady=valid)[0] == 0.0
    shares[8:] = 0.0
    shares[8:, wandered_lit] = 1.0  # the shaded half gone for good: its pixels now in the lit one's colour
    assert palette_loss(shares, valid, steady=valid)[0] == 0.5


def _blurred_drop(backdrop=(200, 190, 170), colour=(40, 60, 140), radius: float = 16.0, lost_at: int | None = None,
                  lost=(235, 235, 235)) -> np.ndarray:
    """uint8 [N, H, W, 3]: a ball dropped onto a floor, each frame exposed over the whole frame interval, so it is
    smeared into a streak of its colour mixed with the backdrop while it falls fast, and sharp once it rests. With
    ``lost_at``, its lower half is of the ``lost`` colour until that frame, then of its own."""
    h, w, n, sub = 240, 320, 36, 8
    floor_y, top_y, g = 200.0, 40.0, 6.0  # pixels, pixels, pixels per frame²
    frames = np.empty((n, h, w, 3), np.uint8)
    for i in range(n):
        exposure = np.zeros((h, w, 3), np.float32)
        for s in range(sub):
            t = i + s / sub
            y = min(top_y + 0.5 * g * t * t, floor_y)
            img = np.broadcast_to(np.asarray(backdrop, np.float32), (h, w, 3)).copy()
            cv2.circle(img, (160, int(round(y))), int(radius), tuple(float(c) for c in colour), -1,
                       lineType=cv2.LINE_AA)
            if lost_at is not None and i < lost_at:
                cv2.ellipse(img, (160, int(round(y))), (int(radius), int(radius)), 0, 0, 180,
                            tuple(float(c) for c in lost), -1, lineType=cv2.LINE_AA)
            exposure += img
        frames[i] = np.clip(exposure / sub, 0, 255)
    return frames


def test_a_blurred_ball_that_lands_and_turns_sharp_loses_no_colour():
    """Falling a few of its sizes a frame, the ball's blob is a streak of its blue mixed with the beige wall; it lands
    and rests sharp. The mixes go from one frame to the next, for good, as a colour lost at once would: the blur's."""
    frames = _blurred_drop()
    scores = MotionJudge().score(Video(frames, 15.0), "a blue ball is dropped onto the floor and lands")
    assert [v for v in scores.details["violations"] if v["law"] == "colour"] == []


def test_a_resting_ball_whose_white_half_turns_blue_at_once_loses_a_colour():
    """The same drop, sharp at rest: a colour gone from one frame to the next away from any smear still counts."""
    frames = _blurred_drop(lost_at=24)
    scores = MotionJudge().score(Video(frames, 15.0), "a blue ball is dropped onto the floor and lands")
    assert [v["frames"] for v in scores.details["violations"] if v["law"] == "colour"] == [[23, 24]]


def test_a_small_hand_held_can_at_rest_loses_no_colour_to_the_codec_and_shake():
    """A red can with a white band, a few pixels in the analysed frames, rests while the hand-held camera shakes
    (hand renderer, size_pop 1066's right clip through H.264): its core is six pixels or so, and the band's last pixel
    leaving it read as a third of the can's colour gone at once, a hair past the bar."""
    pair = make_pair("size_pop", 1066, 832, 480)
    frames = through_mp4(np.asarray(pair.right), pair.fps)
    scores = MotionJudge().score(Video(frames, pair.fps), pair.prompt)
    assert [v for v in scores.details["violations"] if v["law"] == "colour"] == []
