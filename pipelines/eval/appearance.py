"""What a tracked object is made of: the palette of its pixels, per sample.

A sprite in two colours that spins (a ball with a white half, a striped box) swings its mean colour as it turns,
though nothing about it changes. What stays is the set of colours it shows. So colour is compared as
palettes: a change is a colour the object never showed before that it keeps showing from then on, while a
colour it had is gone from then on. Shading, rotation and a shadow joining the blob for a while add or
take one side only. Colours are binned by chromaticity and lightness (``colour_bins``), not RGB, and only from
the object's core (see ``colour_shares``).
"""

from __future__ import annotations

import numpy as np

from .tracking import Track, Tracking

SHADOW_DARKER = 0.85  # a shadow is at most this share of the brightness of the backdrop it lies on ...
SHADOW_LIT = 0.2  # ... and at least this share: the sky and what is around light it (a near-black patch is a body)
SHADOW_TINT = 30.0  # ... and, brightened back by that share, within this of its colour (a shade of the floor)
CHROMA_STEP = 0.16  # bin width of chromaticity: CIELAB a*, b* over lightness (L* + LIGHT_FLOOR) ...
LIGHT_FLOOR = 20.0  # ... the floor keeps the chromaticity of near-black pixels (grain, codec noise) from swinging wide
CHROMA_BINS = 20  # per chromaticity axis, centred on grey
LIGHT_STEP = 0.3  # bin width of ln(L* + LIGHT_FLOOR): about a third brighter or darker per bin
LIGHT_BINS = 6
GRID = (LIGHT_BINS, CHROMA_BINS, CHROMA_BINS)
BINS = LIGHT_BINS * CHROMA_BINS * CHROMA_BINS
MIXED_SHARE = 0.5  # in a blob too small to erode twice, a pixel nearer its backdrop than this share of the blob's contrast is rim
PRESENT = 0.05  # mean share of a stretch's pixels that makes a bin one of its colours (less: a blurred rim's mixes)


def colour_bins(pixels: np.ndarray) -> np.ndarray:
    """int [P]: the colour bin of each uint8 RGB pixel, in a perceptual space where shading moves a colour
    along one axis only.

    CIELAB's a*, b* divided by lightness give a chromaticity a shade or a brighter exposure of the same
    surface keeps (scaling the light scales L*, a* and b* alike), while hue and saturation changes that RGB
    bins lump together when dark or greyish (a dark pink and a dark olive share an RGB bin) move across
    it; lightness gets its own, coarser, logarithmic axis so white, grey and black stay apart."""
    import cv2

    lab = cv2.cvtColor(pixels.reshape(-1, 1, 3), cv2.COLOR_RGB2LAB).reshape(-1, 3).astype(np.float32)
    light = lab[:, 0] * np.float32(100 / 255) + np.float32(LIGHT_FLOOR)
    chroma = (lab[:, 1:] - np.float32(128)) / light[:, None]
    ab = np.clip(np.floor(chroma / CHROMA_STEP) + CHROMA_BINS // 2, 0, CHROMA_BINS - 1).astype(np.int64)
    level = np.clip(np.floor(np.log(light / LIGHT_FLOOR) / LIGHT_STEP), 0, LIGHT_BINS - 1).astype(np.int64)
    return (level * CHROMA_BINS + ab[:, 0]) * CHROMA_BINS + ab[:, 1]


def colour_shares(track: Track, tracking: Tracking, samples: list[int] | None = None) -> np.ndarray | None:
    """float [N, BINS]: per sample (of ``samples`` only, when given), the share of the object's pixels in each colour
    bin; None without frames.

    The object's pixels are the foreground inside its box, two pixels in from the outline where that leaves
    any (the rim mixes in the backdrop, more so when blurred); a blob too small for that keeps, of its core one
    pixel in or of all it has, only the pixels that stand well apart from the backdrop behind them, each
    against its own backdrop pixel."""
    if tracking.rgb is None:
        return None
    samples = range(track.length) if samples is None else samples
    shares = np.zeros((len(samples), BINS), np.float32)
    for row, i in enumerate(samples):
        shares[row] = _bin_shares(core_pixels(track, tracking, i))
    return shares


def _bin_shares(pixels: np.ndarray) -> np.ndarray:
    """float [BINS]: the share of ``pixels`` (uint8 RGB [P, 3]) in each colour bin; zeros without pixels."""
    if not len(pixels):
        return np.zeros(BINS, np.float32)
    return np.bincount(colour_bins(np.ascontiguousarray(pixels, dtype=np.uint8)), minlength=BINS) / len(pixels)


def sample_box(track: Track, k: int, shape: tuple[int, ...], tracking: Tracking) -> tuple[slice, slice]:
    """Sample ``k``'s box in an image of ``shape`` (rows, columns, ...) covering the whole frame."""
    sx, sy = shape[1] / tracking.width, shape[0] / tracking.height
    x0, y0, x1, y1 = track.boxes[k]
    return (slice(int(y0 * sy), max(int(y0 * sy) + 1, int(np.ceil(y1 * sy)))),
            slice(int(x0 * sx), max(int(x0 * sx) + 1, int(np.ceil(x1 * sx)))))


def core_pixels(track: Track, tracking: Tracking, k: int) -> np.ndarray:
    """uint8 [P, 3]: the RGB pixels of sample ``k``'s core (see ``colour_shares``)."""
    import cv2

    frame = track.frames[k]
    box = sample_box(track, k, tracking.rgb.shape[1:3], tracking)
    mask = tracking.foreground[frame][box]
    inside, deep = mask, False
    for side in (5, 3):  # the deepest core that leaves a few pixels
        core = cv2.erode(mask.astype(np.uint8), np.ones((side, side), np.uint8)) > 0
        if core.sum() >= 4:
            inside, deep = core, side == 5
            break
    pixels = tracking.rgb[frame][box][inside]
    if len(pixels) and tracking.background is not None and not deep:
        apart = np.abs(pixels - tracking.background[box][inside]).max(axis=-1)
        pixels = pixels[apart >= MIXED_SHARE * np.percentile(apart, 90)]
    return pixels


def palette(shares: np.ndarray) -> np.ndarray:
    """bool [BINS]: the colours a stretch of samples typically shows, widened by one bin each way (a colour
    on a bin's edge wanders across it with noise and compression)."""
    return palette_of_mean(shares.mean(axis=0))


def palette_of_mean(mean_shares: np.ndarray, diagonals: bool = False) -> np.ndarray:
    """``palette`` from the stretch's mean share per bin; with ``diagonals``, widened across the axes too, to every
    bin of the 3×3×3 block around a colour (one at a bins' corner, a resting can's few core pixels under a shaking
    hand-held camera, wanders one bin along two axes at once)."""
    wide = (mean_shares >= PRESENT).reshape(GRID)
    if not diagonals:
        cube, wide = wide, wide.copy()  # each bin also takes its neighbours along every axis, no wrap-around
        wide[1:] |= cube[:-1]
        wide[:-1] |= cube[1:]
        wide[:, 1:] |= cube[:, :-1]
        wide[:, :-1] |= cube[:, 1:]
        wide[:, :, 1:] |= cube[:, :, :-1]
        wide[:, :, :-1] |= cube[:, :, 1:]
        return wide.reshape(-1)
    for axis in range(3):  # one axis after another: the whole block, no wrap-around
        grown = wide.copy()
        ahead = [slice(None)] * 3
        behind = [slice(None)] * 3
        ahead[axis], behind[axis] = slice(1, None), slice(None, -1)
        grown[tuple(ahead)] |= wide[tuple(behind)]
        grown[tuple(behind)] |= wide[tuple(ahead)]
        wide = grown
    return wide.reshape(-1)


def outside(shares: np.ndarray, colours: np.ndarray) -> np.ndarray:
    """float [N]: per sample, the share of its pixels in colours outside ``colours``."""
    return shares @ (~colours).astype(shares.dtype)


def palette_change(shares: np.ndarray, valid: np.ndarray, window: int = 4) -> tuple[float, int | None]:
    """The largest lasting palette change and the sample index where it starts.

    At each split the colours after it are compared with the palette of everything before, and the colours
    before with the palette of everything after; a change has both a new colour that stays (the median
    sample after it shows it) and an old one that is gone (the median sample before it shows what later is
    missing), each beyond the share the other side leaves outside that same palette. Its size is the smaller of
    the two."""
    index = np.nonzero(valid & (shares.sum(axis=1) > 0))[0]
    kept = shares[index].astype(np.float64)
    running = np.cumsum(kept, axis=0)  # the means of every split's two sides from one pass
    worst, at = 0.0, None
    for j in range(window, len(index) - window + 1):
        before_mean = running[j - 1] / j
        after_mean = (running[-1] - running[j - 1]) / (len(index) - j)
        before_colours, after_colours = palette_of_mean(before_mean), palette_of_mean(after_mean)
        # against each side's own share outside its palette: pixels in mixes too sparse to be a colour (antialiased
        # text, a blurred rim) fall outside every palette, before and after alike, and are no change
        outside_before, outside_after = outside(kept, before_colours), outside(kept, after_colours)
        new = float(np.median(outside_before[j:]) - np.median(outside_before[:j]))
        gone = float(np.median(outside_after[:j]) - np.median(outside_after[j:]))
        if min(new, gone) > worst:
            worst, at = min(new, gone), int(index[j])
    return worst, at


def palette_loss(shares: np.ndarray, valid: np.ndarray, steady: np.ndarray, window: int = 4, step: int = 2,
                 least: float = 0.0) -> tuple[float, int | None]:
    """The largest colour lost at once and for good, and the sample index where it goes.

    A colour only lost, with nothing new in its place (a white ball with a blue stripe turning all blue), is what a
    stripe turning to the far side also shows; but a turning stripe narrows towards the rim over several frames,
    while a colour that stops being painted is there in full one frame and gone the next. So at each split the loss
    is the share outside the palette of everything after it, by the median before less the median after (as
    ``palette_change``'s old colour gone), and no more than what the ``step`` samples just before the split show of
    it beyond the ``step`` just after (each of them: the least before, the most after). Only splits at a sample
    that ``steady`` marks count (bool [N]: the sample follows the one before it in the next frame, at about its
    area): a colour gone where the tracker skipped frames or its blob changed is the tracker changing what it
    follows (the object's shadow), not the object changing. The palette after takes in each colour's diagonal
    neighbour bins too: a colour at a bins' corner on a core of a few pixels wanders there, and is not lost. Losses of
    ``least`` or less are not sought: a split where fewer of the pixels change bins from the sample before to the one
    after cannot show more (a cheap gate)."""
    index = np.nonzero(valid & (shares.sum(axis=1) > 0))[0]
    kept = shares[index].astype(np.float64)
    running = np.cumsum(kept, axis=0)
    moved = np.concatenate([[0.0], 0.5 * np.abs(np.diff(kept, axis=0)).sum(axis=1)])  # share changing bins per step
    worst, at = 0.0, None
    for j in range(max(window, step), len(index) - max(window, step) + 1):
        if not steady[index[j]] or moved[j] <= max(least, worst):
            continue
        after_colours = palette_of_mean((running[-1] - running[j - 1]) / (len(index) - j), diagonals=True)
        gone_share = outside(kept, after_colours)
        gone = float(np.median(gone_share[:j]) - np.median(gone_share[j:]))
        at_once = float(gone_share[j - step:j].min() - gone_share[j:j + step].max())
        if min(gone, at_once) > worst:
            worst, at = min(gone, at_once), int(index[j])
    return worst, at


def shade_of_backdrop(track: Track, k: int, background: np.ndarray, sx: float, sy: float) -> bool:
    """Whether sample ``k`` of ``track`` is a darker shade of the backdrop it covers (a shadow's colour);
    ``sx``, ``sy``: background pixels per video pixel."""
    x0, y0, x1, y1 = track.boxes[k]
    patch = background[int(y0 * sy):max(int(y0 * sy) + 1, int(y1 * sy)), int(x0 * sx):max(int(x0 * sx) + 1, int(x1 * sx))]
    backdrop = patch.reshape(-1, 3).mean(axis=0)
    share = float(track.colors[k].sum()) / max(float(backdrop.sum()), 1.0)
    return (SHADOW_LIT <= share < SHADOW_DARKER
            and float(np.abs(track.colors[k] / max(share, 0.05) - backdrop).max()) < SHADOW_TINT)


def shaded_samples(track: Track, tracking: Tracking) -> np.ndarray:
    """bool [N]: per sample, whether the object there is a darker shade of the backdrop in brightness (needs a
    background). Enough to tell a shadow's own track, which must also lie under another one nearly all along:
    while the object lands on it the blob holds both, and its colour mixes the two."""
    background = tracking.background
    sx, sy = background.shape[1] / tracking.width, background.shape[0] / tracking.height
    return np.array([shade_of_backdrop(track, k, background, sx, sy) for k in range(track.length)], dtype=bool)


def shadow_samples(track: Track, tracking: Tracking, backdrop_chroma: np.ndarray | None = None) -> np.ndarray:
    """bool [N]: the ``shaded_samples`` that keep the chromaticity of the backdrop behind them too, as a shadow does
    (it only takes light away): the samples where the tracker may have followed the object's shadow. A pale body
    against a bright sky, darker than the sky by a shadow's share but in a colour the sky does not have, stays the
    body (``keeps_backdrop_chroma``). ``backdrop_chroma``: ``chromaticity_bins`` of the background, when the caller
    has it already."""
    shaded = shaded_samples(track, tracking)
    if shaded.any():
        backdrop_chroma = chromaticity_bins(tracking.background) if backdrop_chroma is None else backdrop_chroma
        for k in np.nonzero(shaded)[0]:
            shaded[k] = keeps_backdrop_chroma(track, tracking, k, backdrop_chroma)
    return shaded


def chromaticity_bins(image: np.ndarray) -> np.ndarray:
    """int [H, W]: the chromaticity bin of each pixel of a uint8 RGB image (``colour_bins`` less its lightness)."""
    return colour_bins(np.ascontiguousarray(image, dtype=np.uint8)).reshape(image.shape[:2]) % (CHROMA_BINS * CHROMA_BINS)


def keeps_backdrop_chroma(track: Track, tracking: Tracking, k: int, backdrop_chroma: np.ndarray) -> bool:
    """Whether the colour of sample ``k`` (the median of its blob's core) has a chromaticity that the backdrop behind
    its box shows in at least PRESENT of its pixels, give or take a bin along either axis (as ``palette``): what a shadow on that
    backdrop would look like. ``backdrop_chroma``: ``chromaticity_bins`` of the background."""
    behind = backdrop_chroma[sample_box(track, k, backdrop_chroma.shape, tracking)].reshape(-1)
    shown = (np.bincount(behind, minlength=CHROMA_BINS * CHROMA_BINS) >= PRESENT * len(behind)).reshape(CHROMA_BINS, CHROMA_BINS)
    colour = np.clip(np.round(track.colors[k]), 0, 255).astype(np.uint8)[None]
    a, b = divmod(int(colour_bins(colour)[0]) % (CHROMA_BINS * CHROMA_BINS), CHROMA_BINS)
    return bool(shown[max(0, a - 1):a + 2, b].any() or shown[a, max(0, b - 1):b + 2].any())
