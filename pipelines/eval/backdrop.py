"""The backdrop a video's moving objects are measured against: the tracker's background model.

The background is the temporal median of the (blurred, downscaled) frames, corrected where an object covered a
place for most of the clip (the clip's two ends), repaired where it remembers an object that has gone (ghosts,
found by their outline or by colour) and painted in where an object covered a place in every frame. A pixel is
foreground where it differs from the background by more than the video's noise allows.
"""

from __future__ import annotations

import numpy as np

EDGE_STRENGTH = 24.0  # Sobel magnitude (3x3, 0-255 luma) of an edge: a step of about 6 gray levels
GHOST_DOMINANCE = 3.0  # a ghost's outline has this many times more background-only than frame-only edge pixels
GHOST_OUTLINE = 0.25  # ... and background-only edges on at least this share of its outline


def largest_channel(values: np.ndarray) -> np.ndarray:
    """``values.max(axis=-1)`` over three channels, a few times faster on whole frames (channels last in memory)."""
    return np.maximum(np.maximum(values[..., 0], values[..., 1]), values[..., 2])


def color_difference(frames: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Per-pixel max channel |frame − background| after removing each frame's global offset.

    Subtracting each frame's median per-channel difference keeps a global brightness change
    (flicker, exposure drift) from marking the whole frame as moving. The median is taken over every
    fourth pixel: a global offset shows in all of them, and it costs a quarter. (Channels last in memory make numpy's
    reductions over them slow: the median runs on a channels-first copy.)
    """
    diff = frames.astype(np.float32)
    diff -= background.astype(np.float32, copy=False)  # in place: one array of the clip's size, not two
    sample = np.ascontiguousarray(diff.reshape(len(frames), -1, 3)[:, ::4].transpose(0, 2, 1))
    diff -= np.median(sample, axis=2)[:, None, None, :]
    return largest_channel(np.abs(diff, out=diff))


def foreground_threshold(difference: np.ndarray, min_difference: float, noise_factor: float) -> float:
    """The fixed floor, raised for noisy videos to ``noise_factor`` × the median difference."""
    return float(max(min_difference, noise_factor * np.median(difference)))


def sobel_magnitude(gray: np.ndarray) -> np.ndarray:
    import cv2

    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)
    return np.hypot(gx, gy)


def around_mask(mask: np.ndarray, reach: int) -> tuple[slice, slice]:
    """The rows and columns of ``mask``'s pixels widened by ``reach`` (what a dilation by ``reach`` can touch): the
    per-blob tests look there only, not at the whole frame."""
    import cv2

    x, y, w, h = cv2.boundingRect(mask.astype(np.uint8))
    return slice(max(0, y - reach), y + h + reach), slice(max(0, x - reach), x + w + reach)


def is_ghost(mask: np.ndarray, frame_edges: np.ndarray, background_edges: np.ndarray) -> bool:
    """A ghost's outline is in the background image but not in the frame (see module docstring).

    Along the blob's outline, count the pixels with an edge only in the background and those
    with an edge only in the frame; edges in both (a horizon line crossing it) say nothing. A
    blob where an object overlaps its own ghost has both kinds and is kept as an object.
    """
    import cv2

    window = around_mask(mask, 1)
    mask, frame_edges, background_edges = mask[window], frame_edges[window], background_edges[window]
    kernel = np.ones((3, 3), np.uint8)
    ring = (cv2.dilate(mask, kernel) > 0) & ~(cv2.erode(mask, kernel) > 0)
    in_background = background_edges[ring] > EDGE_STRENGTH
    in_frame = frame_edges[ring] > EDGE_STRENGTH
    only_background = int((in_background & (frame_edges[ring] < EDGE_STRENGTH / 2)).sum())
    only_frame = int((in_frame & (background_edges[ring] < EDGE_STRENGTH / 2)).sum())
    # and it runs along much of the outline: a floor line crossing a dark object's blob touches it at two places
    return only_background > max(GHOST_DOMINANCE * only_frame, 2, GHOST_OUTLINE * int(ring.sum()))


def shows_backdrop(mask: np.ndarray, frame: np.ndarray, background: np.ndarray, threshold: float) -> bool:
    """A ghost by colour: what the frame shows inside the blob is the backdrop that surrounds the place in the
    background model (the model remembers an object there that has gone). Where the backdrop is busy (noise,
    texture) the outline test above cannot tell; colour can. A real object differs from the backdrop around it."""
    import cv2

    window = around_mask(mask, 4)
    mask, frame, background = mask[window], frame[window], background[window]
    ring = (cv2.dilate(mask.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0) & ~(  # past the blur's reach
        cv2.dilate(mask.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0)
    if not ring.any():
        return False
    around = np.median(background[ring], axis=0)
    remembered = np.median(background[mask], axis=0)
    if float(np.abs(remembered - around).max()) < threshold:
        return False  # the model holds nothing distinct there: what differs is in the frame, an object
    like_backdrop = np.abs(frame[mask] - around).max(axis=-1) < 0.5 * threshold
    return float(like_backdrop.mean()) > 0.9  # all of it: an object has an outline, shading or parts


def repair_background(smoothed: np.ndarray, background: np.ndarray, ghosts: np.ndarray,
                      foreground: np.ndarray) -> np.ndarray:
    """Give ghost pixels the median of the frames that showed the ghost there: the true background.

    Ghost masks are widened by two pixels (the blurred rim of the remembered object is below
    the threshold but still differs), minus what is foreground in that frame. A frame where
    the object is already partly back can vote too; there are few of them, so the median holds.
    """
    import cv2

    kernel = np.ones((5, 5), np.uint8)
    absent = np.stack([cv2.dilate(g.astype(np.uint8), kernel) > 0 for g in ghosts]) & ~foreground
    seen = absent.any(axis=0)
    repaired = background.copy()
    samples = np.where(absent[:, seen][..., None], smoothed[:, seen].astype(np.float32), np.nan)
    repaired[seen] = np.nanmedian(samples, axis=0)
    return repaired


def initial_background(smoothed: np.ndarray, min_difference: float) -> tuple[np.ndarray, bool]:
    """The temporal median, corrected where an object covered a place for most of the clip but not at both ends.

    A large driven object (a car half the frame wide) covers much of its path for more than half the frames,
    so the median holds it there. The clip's first and last frames see that place bare at one end at least:
    where the two ends agree, the median must agree with them; where they differ, an object sat there at one
    end, and the end whose colour is near the backdrop around that place (the ring just outside it, where
    both ends agree), or far nearer it than the other end, shows the background. Also says whether the median
    was corrected anywhere.
    """
    import cv2

    background = np.median(smoothed, axis=0).astype(np.float32)
    k = max(1, min(5, len(smoothed) // 10))
    if len(smoothed) < 4 * k:
        return background, False
    first = np.median(smoothed[:k], axis=0).astype(np.float32)
    last = np.median(smoothed[-k:], axis=0).astype(np.float32)
    differs = largest_channel(np.abs(first - last)) > min_difference
    agreed = 0.5 * (first + last)
    chosen = agreed
    if differs.any():
        count, labels = cv2.connectedComponents(cv2.dilate(differs.astype(np.uint8), np.ones((3, 3), np.uint8)))
        chosen = agreed.copy()
        for label in range(1, count):
            place = labels == label
            ring = (cv2.dilate(place.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0) & ~place
            if not ring.any():
                continue
            around = np.median(agreed[ring], axis=0)
            first_off = np.abs(first[place] - around).max(axis=-1)
            last_off = np.abs(last[place] - around).max(axis=-1)
            pick = np.where((first_off <= last_off)[:, None], first[place], last[place])
            # one end shows the backdrop's colour, or is far nearer it than the other end (a busy backdrop: texture
            # and a horizon in the ring keep even the right end some way off the ring's median)
            near, far = np.minimum(first_off, last_off), np.maximum(first_off, last_off)
            backdrop = near < np.maximum(min_difference, 0.5 * far)
            chosen[place] = np.where(backdrop[:, None], pick, np.nan)  # else two objects: the median decides
    wrong = largest_channel(np.abs(background - chosen)) > min_difference  # (NaN compares False)
    background[wrong] = chosen[wrong]
    return background, bool(wrong.any())


def bridged_places(smoothed: np.ndarray, foreground: np.ndarray, differed: np.ndarray, min_difference: float,
                   min_frames: int = 3) -> np.ndarray:
    """Places the background holds an object's colour because the object covered them in every frame.

    A driven car whose start and end overlap covers that band all the clip long, so the background
    keeps the car there and each frame shows the car as two pieces on either side of the band. Such a
    place never differs from the background, in several frames touches two separate foreground pieces at
    once, and has their colour: it is part of the object, not the backdrop. Returns a bool [h, w] mask.
    """
    import cv2

    num_frames, h, w = foreground.shape
    still = ~differed.any(axis=0) & ~foreground.any(axis=0)
    kernel = np.ones((3, 3), np.uint8)
    joined = np.zeros((h, w), dtype=np.int32)
    for t in range(num_frames):
        count, pieces = cv2.connectedComponents(foreground[t].astype(np.uint8))
        if count < 3:  # fewer than two pieces
            continue
        frame = smoothed[t].astype(np.float32)
        seen = np.zeros((h, w), dtype=bool)
        for label in range(1, count):
            piece = pieces == label
            colour = np.median(frame[piece], axis=0)
            near = still & (largest_channel(np.abs(frame - colour)) < min_difference)
            parts, places = cv2.connectedComponents(near.astype(np.uint8))
            for part in range(1, parts):
                place = places == part
                if place.sum() > 0.25 * h * w:
                    continue
                rim = (cv2.dilate(place.astype(np.uint8), kernel, iterations=2) > 0) & ~place
                touched = np.unique(pieces[rim])
                if label in touched and np.count_nonzero(touched) >= 2:
                    seen |= place
        joined += seen
    return joined >= min_frames


def joined_extent(place: np.ndarray, foreground: np.ndarray) -> int:
    """The most pixels the foreground pieces touching ``place`` (bool [h, w]) cover together in one frame in which it
    touches two or more of them: the size of the body a band between its pieces belongs to (0 when it never joins)."""
    import cv2

    reach = cv2.dilate(place.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0  # the rim bridged_places looks at
    largest = 0
    for frame in foreground if place.any() else ():
        _, pieces, stats, _ = cv2.connectedComponentsWithStats(frame.astype(np.uint8))
        touched = np.unique(pieces[reach])
        touched = touched[touched > 0]
        if len(touched) >= 2:
            largest = max(largest, int(stats[touched, cv2.CC_STAT_AREA].sum()))
    return largest


def fill_from_around(background: np.ndarray, place: np.ndarray, min_difference: float,
                     body: int | None = None) -> np.ndarray:
    """The background with ``place`` painted in from the backdrop around it (it was never seen bare).

    The place grows over the background of its own colour next to it: the band's ends, where the object
    also sat long enough for the background to keep it, belong to the same object. What a body covered all
    clip long is no bigger than the body: with ``body`` (its pixels, see ``joined_extent``) the place grows
    only over runs of its colour no larger than that, never into backdrop that merely shares the colour.
    """
    import cv2

    colour = np.median(background[place], axis=0)
    alike = (largest_channel(np.abs(background - colour)) < min_difference).astype(np.uint8)
    count, parts = cv2.connectedComponents(alike)
    grown = place.copy()
    body = place.size if body is None else body
    for label in np.unique(parts[place & (alike > 0)]):
        part = parts == label
        if label and part.sum() <= 0.25 * place.size and np.count_nonzero(part & ~place) <= body:
            grown |= part
    mask = (cv2.dilate(grown.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0).astype(np.uint8)
    filled = cv2.inpaint(np.clip(background, 0, 255).astype(np.uint8), mask, 3, cv2.INPAINT_TELEA)
    repaired = background.copy()
    repaired[mask > 0] = filled[mask > 0]
    return repaired


def lies_between_pieces(painted: np.ndarray, foreground: np.ndarray) -> bool:
    """Whether a painted-in place (bool [h, w]) is a band between pieces of one object, as a place the object covered
    all clip long is: in some frame it touches two or more foreground pieces and most of it lies within their joint
    extent (the box around them). Backdrop that merely has the object's colour (a lawn behind a green shirt) sprawls
    far beyond the pieces it touches: painting it in turns still backdrop into an "object"."""
    import cv2

    area = np.count_nonzero(painted)
    reach = cv2.dilate(painted.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0  # the rim bridged_places looks at
    for frame in foreground if area else ():
        _, pieces, stats, _ = cv2.connectedComponentsWithStats(frame.astype(np.uint8))
        touched = np.unique(pieces[reach])
        touched = touched[touched > 0]
        if len(touched) < 2:
            continue
        x0, y0 = stats[touched, 0].min(), stats[touched, 1].min()
        x1, y1 = (stats[touched, 0] + stats[touched, 2]).max(), (stats[touched, 1] + stats[touched, 3]).max()
        if 2 * np.count_nonzero(painted[y0:y1, x0:x1]) > area:
            return True
    return False
