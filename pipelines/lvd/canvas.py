"""The layout editor's canvas: the scene background with the other keyframes drawn as ghosts.

Editing one keyframe is easier when you see where the object was and where it goes next,
so each object's path through its keyframe centres is drawn, plus faint outlines of its
boxes on the neighbouring keyframes.
"""

from __future__ import annotations

import numpy as np

from ..core.layout import Layout
from .preview_backgrounds import render_background
from .preview_colors import object_color

GHOST_ALPHA = 0.45
MIN_OVERLAY_SIDE = 320


def editor_canvas(layout: Layout | None, keyframe: int, width: int, height: int) -> np.ndarray:
    """RGB ``uint8 [height, width, 3]``; the current keyframe's boxes are left to the editor to draw."""
    import cv2

    image = np.array(render_background(layout.background if layout else "", width, height, layout.view if layout else "side"))
    if layout is None:
        return image
    overlay = image.copy()
    scale = np.array([width, height, width, height], dtype=float)
    for obj in layout.objects:
        color = tuple(int(c) for c in object_color(obj))
        centres = []
        for k, box in enumerate(obj.boxes):
            if box is None:
                continue
            x0, y0, x1, y1 = (np.asarray(box) * scale).round().astype(int)
            centres.append(((x0 + x1) // 2, (y0 + y1) // 2))
            if abs(k - keyframe) == 1:
                cv2.rectangle(overlay, (x0, y0), (x1, y1), color, 1, cv2.LINE_AA)
            cv2.circle(overlay, centres[-1], 4 if k == keyframe else 3, color, -1, cv2.LINE_AA)
            cv2.putText(overlay, str(k + 1), (centres[-1][0] + 5, centres[-1][1] - 5), cv2.FONT_HERSHEY_SIMPLEX,
                        0.35, color, 1, cv2.LINE_AA)
        if len(centres) > 1:
            cv2.polylines(overlay, [np.asarray(centres, dtype=np.int32)], False, color, 1, cv2.LINE_AA)
    return cv2.addWeighted(overlay, GHOST_ALPHA, image, 1 - GHOST_ALPHA, 0)


def attention_overlay(frame: np.ndarray, heatmap: np.ndarray, box=None, alpha: float = 0.55) -> np.ndarray:
    """A video frame with a cross-attention map laid over it (jet colours) and the object's box.

    ``heatmap`` is one latent frame's ``[grid_h, grid_w]`` map; it is normalised to its own max so
    a weakly attended object is still readable, and upsampled without smoothing so each token
    cell stays visible.
    """
    import cv2

    if min(frame.shape[:2]) < MIN_OVERLAY_SIDE:  # tiny test models: enlarge so the cells are visible
        factor = int(np.ceil(MIN_OVERLAY_SIDE / min(frame.shape[:2])))
        frame = cv2.resize(frame, (frame.shape[1] * factor, frame.shape[0] * factor), interpolation=cv2.INTER_NEAREST)
    height, width = frame.shape[:2]
    peak = float(np.max(heatmap)) if heatmap.size else 0.0
    scaled = np.zeros_like(heatmap, dtype=np.float32) if peak <= 0 else (heatmap / peak).astype(np.float32)
    cells = cv2.resize((scaled * 255).astype(np.uint8), (width, height), interpolation=cv2.INTER_NEAREST)
    colours = cv2.cvtColor(cv2.applyColorMap(cells, cv2.COLORMAP_JET), cv2.COLOR_BGR2RGB)
    out = cv2.addWeighted(colours, alpha, frame, 1 - alpha, 0)
    if box is not None and not np.isnan(np.asarray(box, dtype=float)).any():
        x0, y0, x1, y1 = (np.asarray(box, dtype=float) * [width, height, width, height]).round().astype(int)
        cv2.rectangle(out, (x0, y0), (x1, y1), (255, 255, 255), 2, cv2.LINE_AA)
    return out
