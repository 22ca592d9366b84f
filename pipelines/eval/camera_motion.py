"""The camera's own motion (pan, zoom, shake) in a video, and the frames held still against it.

A hand-held or moving camera shifts the whole backdrop from frame to frame, so a background model built on the raw
frames sees everything move. Corners of the backdrop are followed from a reference frame (the middle one) into
every other frame with pyramidal Lucas-Kanade, and a similarity (shift, zoom, roll) is fitted to them with RANSAC:
the moving objects are few of the corners and fall out as outliers. A large one can hold many of them (a walker's
limbs): counted far from the reference, where it has walked away, they outvote the backdrop, so where the corners
agree near the reference but on no one motion farther off, those that already leave the backdrop's motion a few
frames either side of the reference are dropped and the clip is followed again. That second following is kept only
where it finds the motion in nearly every frame and the corners kept lie close to it in the typical frame
(MIN_RETRY_KNOWN_SHARE, RETRY_RESIDUAL_PX): one that fits only some frames, or the backdrop only loosely, is no
better than giving up, and registering the frames on a wrong camera can stabilise a violation away.
Each frame is then warped into the reference frame, so a zoom is a change of the view, not of the objects' sizes.
Pixels a frame never saw (the edges the pan or zoom brings in) are filled with the backdrop the other frames saw
there, so they never read as foreground.
A clip whose camera stays within STILL_PX of still is left as it is: the common case costs only the estimate.
The estimate runs once per clip, at the usual analysis size (a finer look takes it scaled, ``in_view``), and gives up
as soon as too many frames find no motion of the backdrop for the clip's to be trusted (a repeating pattern, where
every corner looks like its neighbours): the camera is then unknown, and the frames are judged as filmed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STILL_PX = 1.0  # a camera that moves no frame's corners farther than this (analysis pixels) is still: the background
# model's blur and threshold absorb a jitter that small, and the tracker was tuned on such clips as they are
MAX_CORNERS = 300  # backdrop corners followed from the reference frame
STILL_CORNER_PX = 0.5  # ... and so is one where, in every frame, most corners stay within this of where they were (a
# near object or a swaying tree can carry a fit that half the corners agree with; the still backdrop is the rest)
MIN_CORNERS = 50  # a backdrop with fewer corners (a blurred lawn) is too weak a witness to call the camera moving
MIN_INLIERS = 16  # fewer corners agreeing on one motion: too little backdrop to tell the camera's motion
MIN_INLIER_SHARE = 0.5  # ... or fewer than this share of the corners found: the fit is one of several motions
MIN_SPREAD = 0.4  # ... and the agreeing corners must span this share of the frame's width or height, and at least
MIN_SPREAD_ACROSS = 0.15  # this share the other way (corners only on an object moving over a flat backdrop would give
# the object's motion, not the camera's; a backdrop's texture may lie in a band: a floor, a facade)
MIN_KNOWN_SHARE = 0.7  # frames whose motion must be found for the clip's to be trusted
CORNER_QUALITY = 0.003  # of the strongest corner's response: a wooden floor's grain is faint at the analysis size
MAX_ROLL = 0.02  # radians: a hand-held camera rolls less between frames; a fit rolling more follows the grain of a
# texture along its lines (where a corner can slide), not the camera
SAMPLED_FRAMES = 7  # frames looked at first, ends included: where the backdrop holds still in all of them, the camera
# is still and the other frames are not followed
RANSAC_PX = 1.0  # a corner this far (analysis pixels) from the fitted motion is on something that moves
MOVER_STEP = 3  # frames either side of the reference: a corner off the backdrop's motion there is on something that
# moves (a walker crosses a few analysis pixels in that time); left in, it counts against every fit far from the
# reference, where it has moved away, as a second motion
MIN_RETRY_KNOWN_SHARE = 0.9  # of the frames besides the reference, whose motion a second following (the movers'
# corners left out) must find: where the movers alone made the first one give up, the backdrop without them agrees in
# nearly every frame
RETRY_RESIDUAL_PX = 0.4  # ... and the corners it kept lie this close (analysis pixels) to its motion in the typical
# frame: a retry that walker clips hold stays within a third of a pixel (0.2-0.34), one that floats a ball's
# violation away or blurs a pop half a pixel or more off (0.46-0.68)


@dataclass(frozen=True)
class CameraMotion:
    """Per frame, the 2x3 similarity taking its pixels to the reference frame's, and whether the camera moved."""

    to_reference: np.ndarray  # float32 [T, 2, 3]
    reference: int
    moved: bool
    unknown: str = ""  # why the camera's motion could not be told (then it counts as still), for the judge's notes

    def in_view(self, scale: np.ndarray, shift: np.ndarray) -> CameraMotion:
        """The same motion in other pixels, ``new = scale * old + shift`` per axis (a finer look at a part of the
        frame): the estimate, made once at the usual size, serves every look at the clip."""
        scale, shift = np.asarray(scale, np.float64), np.asarray(shift, np.float64)
        linear = self.to_reference[:, :, :2] * scale[None, :, None] / scale[None, None, :]
        moved = np.einsum("tij,j->ti", linear, shift)
        offset = self.to_reference[:, :, 2] * scale[None, :] + shift[None, :] - moved
        matrices = np.concatenate([linear, offset[..., None]], axis=2).astype(np.float32)
        return CameraMotion(matrices, self.reference, self.moved, self.unknown)

    def zoom(self) -> np.ndarray:
        """Each frame's scale relative to the reference (above 1: the reference sees the scene larger)."""
        return np.hypot(self.to_reference[:, 0, 0], self.to_reference[:, 1, 0])

    def largest_shift(self, width: int, height: int) -> float:
        """How far (pixels) any frame's corner moves when taken to the reference."""
        corners = np.array([[0, 0, 1], [width, 0, 1], [0, height, 1], [width, height, 1]], np.float32)
        moved = np.einsum("tij,kj->tki", self.to_reference, corners) - corners[None, :, :2]
        return float(np.abs(moved).max())


def still_camera(num_frames: int, unknown: str = "") -> CameraMotion:
    identity = np.tile(np.eye(2, 3, dtype=np.float32), (num_frames, 1, 1))
    return CameraMotion(identity, num_frames // 2, False, unknown)


def estimate_camera_motion(gray: np.ndarray) -> CameraMotion:
    """The camera's motion in ``gray`` (float or uint8 [T, h, w] luminance); still where the backdrop has too
    few corners spread over the frame to tell.

    Frames are visited outward from the reference, each one's corners looked for first where its neighbour's
    motion puts them (a pan moves the view a long way by the clip's ends; frame to frame it is small). A frame
    where too few corners agree (an object in front of the backdrop, a blurred frame) takes its neighbours'
    motion; a clip where many do is left as it is.
    """
    import cv2

    num_frames, h, w = gray.shape
    reference = num_frames // 2
    if num_frames < 2:
        return still_camera(num_frames)
    images = _like_reference(gray, reference)
    corners = cv2.goodFeaturesToTrack(images[reference], MAX_CORNERS, CORNER_QUALITY, 3, blockSize=5)
    if corners is None or len(corners) < MIN_CORNERS:
        return still_camera(num_frames)
    window = (max(9, min(h, w) // 8) | 1,) * 2
    if _still_in_samples(images, reference, corners, window):
        return still_camera(num_frames)
    motion, known = _followed(images, reference, corners, window)
    # the corners agreed near the reference and not farther off: those on something that moves there may have been
    # outvoting the backdrop since it moved away (a repeating pattern fails at once, and is not followed twice)
    if motion.unknown and known > 2 * MOVER_STEP:
        backdrop = _off_the_movers(images, reference, corners, window)
        if len(backdrop) < len(corners):
            retried, known_again = _followed(images, reference, backdrop, window)
            if (not retried.unknown and known_again >= MIN_RETRY_KNOWN_SHARE * (num_frames - 1)
                    and _holds_the_backdrop(images, reference, backdrop, retried, window)):
                return retried
    return motion


def _followed(images: np.ndarray, reference: int, corners: np.ndarray,
              window: tuple[int, int]) -> tuple[CameraMotion, int]:
    """The motion found by following ``corners`` outward from the reference, frame after frame (see
    ``estimate_camera_motion``), unknown where too many frames find no one motion of them; and in how many frames
    it was found."""
    import cv2

    num_frames, h, w = images.shape
    matrices = np.tile(np.eye(2, 3, dtype=np.float32), (num_frames, 1, 1))
    known = np.zeros(num_frames, bool)
    known[reference] = True
    most_failures, failures = int((1 - MIN_KNOWN_SHARE) * num_frames), 0  # more, and the clip's motion is not trusted
    order = [*range(reference + 1, num_frames), *range(reference - 1, -1, -1)]
    backdrop_shift = np.zeros(num_frames)  # how far the typical corner moved from the reference frame
    for t in order:
        neighbour = t - 1 if t > reference else t + 1
        guess = cv2.transform(corners, cv2.invertAffineTransform(matrices[neighbour])).astype(np.float32)
        seen, found = _seen_in(images, reference, t, corners, window, guess)
        if found.any():
            backdrop_shift[t] = float(np.median(np.abs(seen[found] - corners[found]).max(axis=-1)))
        matrix = None
        if found.sum() >= MIN_INLIERS:
            matrix, inliers = cv2.estimateAffinePartial2D(seen[found], corners[found], method=cv2.RANSAC,
                                                          ransacReprojThreshold=RANSAC_PX)
        if (matrix is not None and abs(matrix[1, 0]) < MAX_ROLL * abs(matrix[0, 0])
                and inliers.sum() >= MIN_INLIER_SHARE * found.sum()
                and _spread_over_frame(seen[found][inliers.ravel() == 1].reshape(-1, 2), w, h)):
            matrices[t], known[t] = matrix, True
        else:
            matrices[t] = matrices[neighbour]
            failures += 1
            if failures > most_failures:
                reason = (f"the backdrop's corners agree on no one motion in more than {1 - MIN_KNOWN_SHARE:.0%} "
                          f"of the frames (a repeating pattern?)")
                return still_camera(num_frames, reason), int(known.sum() - 1)
    if known.mean() < MIN_KNOWN_SHARE or backdrop_shift.max() < STILL_CORNER_PX:
        return still_camera(num_frames), int(known.sum() - 1)
    matrices = _between_known(matrices, known)
    motion = CameraMotion(matrices, reference, False)
    return CameraMotion(matrices, reference, motion.largest_shift(w, h) > STILL_PX), int(known.sum() - 1)


def _holds_the_backdrop(images: np.ndarray, reference: int, corners: np.ndarray, motion: CameraMotion,
                        window: tuple[int, int]) -> bool:
    """Whether ``corners`` (the backdrop's) lie, in the typical frame, within RETRY_RESIDUAL_PX of where ``motion``
    takes them (per frame the median corner, then the median frame: a walker crossing some of them in a few frames
    does not count): a fit found in most frames can still sit a fraction of a pixel off the backdrop throughout, and
    registering the frames on it moves the backdrop under the objects."""
    import cv2

    residuals = []
    for t in range(len(images)):
        if t == reference:
            continue
        guess = cv2.transform(corners, cv2.invertAffineTransform(motion.to_reference[t])).astype(np.float32)
        seen, found = _seen_in(images, reference, t, corners, window, guess)
        residual = np.linalg.norm(cv2.transform(seen[found], motion.to_reference[t]) - corners[found], axis=-1)
        residuals.append(float(np.median(residual)) if found.any() else np.inf)
    return float(np.median(residuals)) <= RETRY_RESIDUAL_PX


def _still_in_samples(images: np.ndarray, reference: int, corners: np.ndarray, window: tuple[int, int]) -> bool:
    """Whether the backdrop holds within STILL_CORNER_PX in a few frames spread over the clip, its ends included: a
    pan or zoom shows there, and a hand's tremor in any frame, so a still clip (the usual case) is told by
    SAMPLED_FRAMES frames instead of all of them (a single knock between two sampled frames goes unseen)."""
    samples = {int(round(t)) for t in np.linspace(0, len(images) - 1, SAMPLED_FRAMES)} - {reference}
    for t in sorted(samples):
        seen, found = _seen_in(images, reference, t, corners, window)
        if not found.any() or float(np.median(np.abs(seen[found] - corners[found]).max(axis=-1))) >= STILL_CORNER_PX:
            return False
    return True


def _seen_in(images: np.ndarray, reference: int, t: int, corners: np.ndarray, window: tuple[int, int],
             guess: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Where pyramidal Lucas-Kanade finds the reference frame's ``corners`` in frame ``t`` (searching from ``guess``
    where given), and which of them it found."""
    import cv2

    flags = 0 if guess is None else cv2.OPTFLOW_USE_INITIAL_FLOW
    seen, status, _ = cv2.calcOpticalFlowPyrLK(images[reference], images[t], corners, guess, winSize=window,
                                               maxLevel=2, flags=flags)
    return seen, status.ravel() == 1


def _off_the_movers(images: np.ndarray, reference: int, corners: np.ndarray, window: tuple[int, int]) -> np.ndarray:
    """The corners that keep to the backdrop's motion MOVER_STEP frames either side of the reference. A large body
    at the reference frame (a walker's limbs) holds many of the corners; by the clip's ends it has walked away and
    they count against every fit of the backdrop, so a clip of it reads as one of several motions and the camera
    as unknown, while the same clip with the walker gone from its middle frame is followed."""
    import cv2

    keep = np.ones(len(corners), bool)
    for t in {max(0, reference - MOVER_STEP), min(len(images) - 1, reference + MOVER_STEP)} - {reference}:
        seen, found = _seen_in(images, reference, t, corners, window)
        if found.sum() < MIN_INLIERS:
            continue
        matrix, inliers = cv2.estimateAffinePartial2D(seen[found], corners[found], method=cv2.RANSAC,
                                                      ransacReprojThreshold=RANSAC_PX)
        if matrix is None or inliers.sum() < MIN_INLIER_SHARE * found.sum():
            continue  # no one motion of the backdrop there to measure the corners against
        residual = np.linalg.norm(cv2.transform(seen, matrix) - corners, axis=-1).ravel()
        keep &= ~found | (residual <= RANSAC_PX)
    return corners[keep] if keep.sum() >= MIN_CORNERS else corners  # too few left: the backdrop is what moves


def _like_reference(gray: np.ndarray, reference: int) -> np.ndarray:
    """uint8 frames with the reference frame's mean and contrast: Lucas-Kanade takes a change of exposure or light
    (a flicker, a cloud) for motion of every corner on a slope of brightness."""
    frames = gray.astype(np.float32)
    mean = frames.mean(axis=(1, 2), keepdims=True)
    spread = frames.std(axis=(1, 2), keepdims=True) + 1e-3
    matched = (frames - mean) * (spread[reference] / spread) + mean[reference]
    return np.clip(matched + 0.5, 0, 255).astype(np.uint8)


def _between_known(matrices: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Frames whose motion was not found get it interpolated between the nearest frames where it was."""
    if known.all():
        return matrices
    frames = np.arange(len(matrices))
    flat = matrices.reshape(len(matrices), -1)
    filled = np.stack([np.interp(frames, frames[known], flat[known, k]) for k in range(flat.shape[1])], axis=1)
    return filled.reshape(matrices.shape).astype(np.float32)


def _spread_over_frame(points: np.ndarray, width: int, height: int) -> bool:
    if len(points) < MIN_INLIERS:
        return False
    span = points.max(axis=0) - points.min(axis=0)
    return bool(max(span[0] / width, span[1] / height) >= MIN_SPREAD and min(span[0] / width, span[1] / height)
                >= MIN_SPREAD_ACROSS)


def stabilised(frames: np.ndarray, motion: CameraMotion) -> np.ndarray:
    """``frames`` (uint8 [T, h, w, C]) warped into the reference frame; where a frame never saw a pixel, the
    median of the frames that did (the backdrop there, objects passing through it being brief)."""
    import cv2

    if not motion.moved:
        return frames
    num_frames, h, w = frames.shape[:3]
    warped = np.empty_like(frames)
    unseen = np.zeros((num_frames, h, w), bool)
    ones = np.ones((h, w), np.uint8)
    for t in range(num_frames):
        cv2.warpAffine(frames[t], motion.to_reference[t], (w, h), dst=warped[t], flags=cv2.INTER_LINEAR,
                       borderMode=cv2.BORDER_REPLICATE)
        unseen[t] = cv2.warpAffine(ones, motion.to_reference[t], (w, h), flags=cv2.INTER_NEAREST) == 0
    if not unseen.any():
        return warped
    kernel = np.ones((3, 3), np.uint8)  # the replicated border's interpolated edge too
    unseen = np.stack([cv2.dilate(mask.view(np.uint8), kernel) > 0 for mask in unseen])
    places = unseen.any(axis=0)
    samples = warped[:, places].astype(np.float32)  # [T, n, C]
    hidden = unseen[:, places]
    samples[hidden] = np.nan
    never_seen = hidden.all(axis=0)
    samples[:, never_seen] = warped[:, places][:, never_seen]  # no frame saw it: the replicated border
    backdrop = np.nanmedian(samples, axis=0).astype(np.uint8)
    warped[:, places] = np.where(hidden[..., None], backdrop[None], warped[:, places])
    return warped
