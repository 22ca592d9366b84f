"""Video I/O: MP4/GIF round trips, the codec actually used, and the errors for bad inputs."""

from __future__ import annotations

import subprocess

import imageio.v3 as iio
import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image

from pipelines.core.video import (
    VideoReadError,
    VideoWriteError,
    read_video,
    video_info,
    write_gif,
    write_mp4,
)


def smooth_clip(num_frames: int = 10, height: int = 48, width: int = 64) -> np.ndarray:
    """Gradients that drift over time: easy for H.264, so a round trip should be near-exact."""
    t = np.arange(num_frames, dtype=np.float64)[:, None, None]
    y = np.arange(height, dtype=np.float64)[None, :, None]
    x = np.arange(width, dtype=np.float64)[None, None, :]
    red = 40 + 150 * x / width + 4 * t
    green = 30 + 180 * y / height + 0 * t
    blue = 200 - 100 * (x + y) / (width + height) + 0 * t
    return np.stack(np.broadcast_arrays(red, green, blue), axis=-1).round().astype(np.uint8)


def ffmpeg_stream_line(path) -> str:
    """The video stream description from ffmpeg itself, independent of the code under test."""
    result = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    return next(line for line in result.stderr.splitlines() if "Video:" in line)


def test_mp4_round_trip_keeps_frames_size_fps_and_pixels(tmp_path):
    clip = smooth_clip()
    path = write_mp4(clip, tmp_path / "clip.mp4", fps=12)
    frames, fps = read_video(path)
    assert frames.shape == clip.shape and frames.dtype == np.uint8
    assert fps == 12
    assert np.abs(frames.astype(np.int16) - clip).mean() < 1.2
    # Frame order survives: each decoded frame is closest to its own source frame.
    errors = np.abs(frames[:, None].astype(np.int16) - clip[None]).mean(axis=(2, 3, 4))
    assert list(errors.argmin(axis=1)) == list(range(len(clip)))


def test_mp4_is_h264_yuv420p_with_moov_first(tmp_path):
    path = write_mp4(smooth_clip(), tmp_path / "clip.mp4", fps=8)
    stream = ffmpeg_stream_line(path)
    assert "h264" in stream and "yuv420p" in stream
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    reader.close()
    assert meta["codec"] == "h264"
    data = path.read_bytes()
    assert 0 <= data.find(b"moov") < data.find(b"mdat"), "+faststart must put the index before the media data"


def test_video_info_matches_what_was_written(tmp_path):
    path = write_mp4(smooth_clip(num_frames=9, height=32, width=80), tmp_path / "clip.mp4", fps=6)
    info = video_info(path)
    assert info["frames"] == 9 and info["fps"] == 6
    assert (info["width"], info["height"]) == (80, 32)
    assert info["duration_s"] == pytest.approx(9 / 6)
    assert info["codec"] == "h264" and info["pix_fmt"] == "yuv420p"


def test_odd_sizes_are_padded_to_even_by_repeating_the_edge(tmp_path):
    clip = smooth_clip(num_frames=4, height=33, width=47)
    frames, _ = read_video(write_mp4(clip, tmp_path / "odd.mp4", fps=8))
    assert frames.shape == (4, 34, 48, 3)
    assert np.abs(frames[:, :33, :47].astype(np.int16) - clip).mean() < 1.6
    # The padding repeats the last row/column rather than adding black.
    assert np.abs(frames[:, 33, :47].astype(np.int16) - clip[:, 32]).mean() < 3.0
    assert np.abs(frames[:, :33, 47].astype(np.int16) - clip[:, :, 46]).mean() < 3.0


def test_max_frames_stops_early(tmp_path):
    path = write_mp4(smooth_clip(num_frames=10), tmp_path / "clip.mp4", fps=8)
    frames, _ = read_video(path, max_frames=3)
    full, _ = read_video(path)
    assert frames.shape[0] == 3
    assert np.array_equal(frames, full[:3])


def test_write_creates_parent_folders_and_leaves_no_partial_files(tmp_path):
    path = write_mp4(smooth_clip(num_frames=2), tmp_path / "runs" / "a" / "clip.mp4", fps=8)
    assert path.is_file()
    assert sorted(p.name for p in path.parent.iterdir()) == ["clip.mp4"]


def test_gif_loops_forever_and_downscales(tmp_path):
    clip = smooth_clip(num_frames=5, height=40, width=80)
    path = write_gif(clip, tmp_path / "clip.gif", fps=10, max_side=40)
    frames = iio.imread(path, index=None, plugin="pillow", mode="RGB")
    assert frames.shape == (5, 20, 40, 3)
    with Image.open(path) as image:
        assert image.info["loop"] == 0
        assert image.info["duration"] == 100
    # Downscaling averages: the small GIF matches a 2x box-filtered source (GIF palettes cost a little).
    pooled = clip.reshape(5, 20, 2, 40, 2, 3).mean(axis=(2, 4))
    assert np.abs(frames.astype(np.float64) - pooled).mean() < 6.0


def test_gif_without_max_side_keeps_the_size(tmp_path):
    clip = smooth_clip(num_frames=3, height=24, width=30)
    frames = iio.imread(write_gif(clip, tmp_path / "c.gif", fps=5), index=None, plugin="pillow", mode="RGB")
    assert frames.shape == (3, 24, 30, 3)


@pytest.mark.parametrize(
    "frames, message",
    [
        (np.zeros((0, 16, 16, 3), np.uint8), "empty"),
        (np.zeros((2, 0, 16, 3), np.uint8), "empty"),
        (np.zeros((2, 16, 16, 3), np.float32), "uint8"),
        (np.zeros((2, 16, 16), np.uint8), r"\[T, H, W, 3\]"),
        (np.zeros((2, 16, 16, 4), np.uint8), r"\[T, H, W, 3\]"),
        (np.zeros((1, 1, 9000, 3), np.uint8), "limit"),
        ([np.zeros((16, 16, 3), np.uint8)], "numpy array"),
    ],
)
def test_bad_frames_raise_specific_errors(tmp_path, frames, message):
    for write in (write_mp4, write_gif):
        with pytest.raises(VideoWriteError, match=message):
            write(frames, tmp_path / "bad.mp4", fps=8)
    assert not (tmp_path / "bad.mp4").exists()


@pytest.mark.parametrize("fps", [0, -1, float("nan"), float("inf"), 1000, "fast"])
def test_bad_fps_raises(tmp_path, fps):
    with pytest.raises(VideoWriteError, match="fps"):
        write_mp4(smooth_clip(num_frames=1), tmp_path / "bad.mp4", fps=fps)


def test_reading_problems_say_which_problem(tmp_path):
    with pytest.raises(VideoReadError, match="not found"):
        read_video(tmp_path / "missing.mp4")
    text = tmp_path / "notes.mp4"
    text.write_text("this is not a video\n" * 20)
    with pytest.raises(VideoReadError, match="not a video file"):
        read_video(text)
    with pytest.raises(VideoReadError, match="not a video file"):
        video_info(text)
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(VideoReadError, match="empty"):
        read_video(empty)
    with pytest.raises(VideoReadError, match="not a file"):
        read_video(tmp_path)


def test_a_truncated_video_has_no_decodable_frames(tmp_path):
    data = write_mp4(smooth_clip(num_frames=4), tmp_path / "clip.mp4", fps=8).read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: data.find(b"mdat") + 4])  # index intact, media data gone
    with pytest.raises(VideoReadError, match="no decodable frames"):
        read_video(cut)


def test_an_image_file_is_not_mistaken_for_a_broken_video(tmp_path):
    # ffmpeg reads a PNG as a one-frame video; that is a valid (if short) video, not an error.
    png = tmp_path / "still.png"
    iio.imwrite(png, smooth_clip(num_frames=1)[0])
    frames, _ = read_video(png)
    assert frames.shape == (1, 48, 64, 3)


def test_max_frames_must_be_positive(tmp_path):
    path = write_mp4(smooth_clip(num_frames=2), tmp_path / "clip.mp4", fps=8)
    with pytest.raises(ValueError, match="max_frames"):
        read_video(path, max_frames=0)


def test_write_failures_become_video_write_errors_and_leave_nothing_behind(tmp_path):
    taken = tmp_path / "taken.mp4"
    taken.mkdir()  # a folder where the file should go
    with pytest.raises(VideoWriteError, match="could not write"):
        write_mp4(smooth_clip(num_frames=2), taken, fps=8)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.mp4"] and taken.is_dir()
