"""Video files in and out: H.264 MP4 for browsers, looping GIF for previews, frame readers.

Frames are always ``uint8`` RGB arrays shaped ``[T, H, W, 3]``. Everything goes through the
ffmpeg binary that ships with ``imageio-ffmpeg``, so no system ffmpeg is needed.
"""

from __future__ import annotations

import math
import os
import uuid
from pathlib import Path

import numpy as np

from .errors import PhyStudioError

MAX_SIDE = 8192  # larger than any video model's output; beyond it an input is almost surely a mistake
MAX_FPS = 240.0
H264_CRF = 18  # visually lossless for flat, synthetic content, still small files
H264_PRESET = "veryfast"  # at CRF 18 slower presets only shave bytes; start-up and speed matter more here


class VideoWriteError(PhyStudioError, ValueError):
    """Frames or settings that cannot become a video file; the message says what to fix."""


class VideoReadError(PhyStudioError, ValueError):
    """A path that does not hold a readable video; the message says which problem it is."""


# ----------------------------------------------------------------------------- writing
def check_frames(frames: np.ndarray) -> np.ndarray:
    """Return ``frames`` if it is a non-empty ``uint8 [T, H, W, 3]`` array, else raise."""
    if not isinstance(frames, np.ndarray):
        raise VideoWriteError(
            f"frames must be a numpy array [T, H, W, 3], got {type(frames).__name__} (use np.stack on a list of frames)"
        )
    if frames.ndim != 4 or frames.shape[-1] != 3:
        raise VideoWriteError(f"frames must have shape [T, H, W, 3] (RGB), got {list(frames.shape)}")
    if frames.dtype != np.uint8:
        raise VideoWriteError(
            f"frames must be uint8 (0-255), got {frames.dtype}; convert with (x * 255).clip(0, 255).astype(np.uint8)"
        )
    t, h, w, _ = frames.shape
    if t == 0 or h == 0 or w == 0:
        raise VideoWriteError(f"frames are empty (shape {list(frames.shape)}): a video needs at least one 1x1 frame")
    if h > MAX_SIDE or w > MAX_SIDE:
        raise VideoWriteError(f"frame size {w}x{h} exceeds the {MAX_SIDE}-pixel limit per side")
    return frames


def _check_fps(fps: float) -> float:
    try:
        value = float(fps)
    except (TypeError, ValueError):
        raise VideoWriteError(f"fps must be a number, got {fps!r}") from None
    if not (math.isfinite(value) and 0 < value <= MAX_FPS):
        raise VideoWriteError(f"fps must be in (0, {MAX_FPS:g}], got {fps!r}")
    return value


def pad_to_even(frames: np.ndarray) -> np.ndarray:
    """Repeat the last row/column where a side is odd: yuv420p stores colour per 2x2 block."""
    _, h, w, _ = frames.shape
    pad_h, pad_w = h % 2, w % 2
    if not (pad_h or pad_w):
        return frames
    return np.pad(frames, ((0, 0), (0, pad_h), (0, pad_w), (0, 0)), mode="edge")


def _temporary_sibling(path: Path) -> Path:
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:12]}.partial{path.suffix}")


def write_mp4(frames: np.ndarray, path: str | os.PathLike, fps: float) -> Path:
    """Encode ``frames`` as a browser-playable MP4 (H.264, yuv420p, moov atom first).

    Odd widths/heights are padded by one repeated edge row/column to the next even size, because
    yuv420p cannot hold odd sizes; the file is then one pixel larger on that side than the
    input. The file appears atomically (written under a temporary name, then renamed), so a
    reader never sees half a video.
    """
    import imageio_ffmpeg

    frames = pad_to_even(check_frames(frames))
    fps = _check_fps(fps)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = _temporary_sibling(path)
    _, h, w, _ = frames.shape
    writer = imageio_ffmpeg.write_frames(
        str(partial),
        (w, h),
        fps=fps,
        codec="libx264",
        pix_fmt_in="rgb24",
        pix_fmt_out="yuv420p",
        quality=None,
        macro_block_size=2,
        ffmpeg_log_level="error",
        output_params=["-crf", str(H264_CRF), "-preset", H264_PRESET, "-movflags", "+faststart", "-f", "mp4"],
    )
    try:
        writer.send(None)  # start ffmpeg
        for frame in frames:
            writer.send(np.ascontiguousarray(frame))
        writer.close()
        if not partial.is_file() or partial.stat().st_size == 0:
            raise VideoWriteError(f"ffmpeg wrote no data for {path} (its error log is on stderr)")
        os.replace(partial, path)
    except (OSError, RuntimeError) as exc:
        raise VideoWriteError(f"ffmpeg could not write {path}: {_last_line(str(exc))}") from exc
    finally:
        writer.close()
        partial.unlink(missing_ok=True)
    return path


def write_gif(frames: np.ndarray, path: str | os.PathLike, fps: float, max_side: int | None = None) -> Path:
    """Write a GIF that loops forever; ``max_side`` shrinks it (keeping the aspect) to save bytes.

    GIF stores frame durations in 1/100 s, so the played rate is the nearest such step to ``fps``.
    """
    import imageio.v3 as iio

    frames = check_frames(frames)
    fps = _check_fps(fps)
    if max_side is not None:
        if max_side < 1:
            raise VideoWriteError(f"max_side must be a positive number of pixels, got {max_side}")
        frames = downscale(frames, max_side)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = _temporary_sibling(path)
    try:
        iio.imwrite(partial, frames, extension=".gif", plugin="pillow", duration=1000.0 / fps, loop=0)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def downscale(frames: np.ndarray, max_side: int) -> np.ndarray:
    """Area-averaged frames whose longest side is at most ``max_side`` (averaging also tames noise)."""
    import cv2

    _, h, w, _ = frames.shape
    scale = max_side / max(h, w)
    if scale >= 1:
        return frames
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.stack([cv2.resize(f, size, interpolation=cv2.INTER_AREA) for f in frames])


# ----------------------------------------------------------------------------- reading
def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no details from ffmpeg"


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise VideoReadError(f"video file not found: {path}")
    if not path.is_file():
        raise VideoReadError(f"{path} is not a file")
    if path.stat().st_size == 0:
        raise VideoReadError(f"{path} is empty (0 bytes): the video was never written or the write failed")


def _open(path: Path, max_frames: int | None = None):
    """Start an ffmpeg reader; return ``(generator, metadata)`` or raise a specific VideoReadError."""
    import imageio_ffmpeg

    _check_readable(path)
    # Accurate YUV->RGB rounding halves the round-trip error (ffmpeg's fast path is biased ~1 level dark).
    output_params = ["-sws_flags", "accurate_rnd+full_chroma_int"]
    if max_frames is not None:
        output_params += ["-frames:v", str(max_frames)]
    reader = imageio_ffmpeg.read_frames(str(path), pix_fmt="rgb24", output_params=output_params)
    try:
        meta = next(reader)
    except (OSError, RuntimeError, IndexError, AttributeError, ValueError) as exc:
        reader.close()
        raise _diagnose(path, exc) from None
    return reader, meta


def _diagnose(path: Path, exc: Exception) -> VideoReadError:
    """Turn ffmpeg's log into the one problem a user can act on."""
    detail = str(exc)
    if "received no packets" in detail or "partial file" in detail:
        return VideoReadError(f"{path} has a video stream but no decodable frames (truncated or damaged file)")
    if "Invalid data found" in detail or "moov atom not found" in detail:
        return VideoReadError(f"{path} is not a video file ffmpeg can parse ({_last_line(detail)})")
    if "does not contain any stream" in detail or "matches no streams" in detail or isinstance(exc, IndexError):
        return VideoReadError(f"{path} has no video stream")
    return VideoReadError(f"cannot read {path}: {_last_line(detail)}")


def read_video(path: str | os.PathLike, max_frames: int | None = None) -> tuple[np.ndarray, float]:
    """Decode a video into ``(frames uint8 [T, H, W, 3], fps)``; ``max_frames`` stops early.

    ``fps`` is what the container declares (0.0 when it declares nothing).
    """
    path = Path(path)
    if max_frames is not None and (not isinstance(max_frames, int) or max_frames < 1):
        raise ValueError(f"max_frames must be a positive integer or None, got {max_frames!r}")
    reader, meta = _open(path, max_frames)
    width, height = meta["size"]
    frames = []
    try:
        for raw in reader:
            frames.append(np.frombuffer(raw, dtype=np.uint8).reshape(height, width, 3))
    except (OSError, RuntimeError) as exc:
        raise VideoReadError(f"{path} is damaged: decoding stopped after {len(frames)} frames ({_last_line(str(exc))})") from None
    finally:
        reader.close()
    if not frames:
        raise VideoReadError(f"{path} has a video stream but no decodable frames")
    return np.stack(frames), float(meta["fps"])


def video_info(path: str | os.PathLike) -> dict:
    """Frame count, fps, size and duration of a video, plus its codec and pixel format.

    The frame count comes from decoding the stream (exact, and cheap for short clips) rather
    than from the container's duration, which rounds.
    """
    import imageio_ffmpeg

    path = Path(path)
    reader, meta = _open(path)
    reader.close()
    try:
        num_frames, _ = imageio_ffmpeg.count_frames_and_secs(str(path))
    except RuntimeError as exc:
        raise VideoReadError(f"cannot count the frames of {path}: {_last_line(str(exc))}") from None
    if not num_frames:
        raise VideoReadError(f"{path} has a video stream but no decodable frames")
    fps = float(meta["fps"])
    width, height = meta["source_size"]
    return {
        "frames": int(num_frames),
        "fps": fps,
        "width": int(width),
        "height": int(height),
        "duration_s": num_frames / fps if fps > 0 else float(meta.get("duration") or 0.0),
        "codec": meta["codec"],
        "pix_fmt": meta["pix_fmt"].split("(")[0],
    }


def video_duration(path: str | os.PathLike) -> float | None:
    """Seconds of playback from the container's frame count and rate (OpenCV: no decoding, no subprocess);
    None when the file is not a video OpenCV can open."""
    import cv2

    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened():
            return None
        frames, fps = capture.get(cv2.CAP_PROP_FRAME_COUNT), capture.get(cv2.CAP_PROP_FPS)
    finally:
        capture.release()
    if not (frames > 0 and fps > 0):
        return None
    return float(frames / fps)
