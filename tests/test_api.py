"""The studio's named endpoints, called with gradio_client against a launched app."""

import json
from pathlib import Path

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from pipelines.core.layout import Layout
from pipelines.core.video import video_info


@pytest.fixture(scope="module")
def client(studio):
    return Client(studio["url"], verbose=False)


def downloaded_video(video, studio, record) -> Path:
    """A named endpoint returns the MP4 as FileData, and gradio_client (2.7.2, which gradio 6.31.0 pins) downloads it and
    answers the local copy's path as a plain ``str``: the run's own file, byte for byte, in the client's folder."""
    assert isinstance(video, str), f"expected the downloaded file's path, got {type(video).__name__}: {video!r}"
    served = studio["runs"] / record["kind"] / record["run_id"] / record["outputs"]["video"]
    path = Path(video)
    assert path.resolve() != served.resolve() and path.name == served.name
    assert path.read_bytes() == served.read_bytes()
    return path


def test_plan_layout_endpoint(client, studio):
    result = client.predict("a red ball is thrown from the left to the right in a garden", "physics", 3, 6,
                            api_name="/plan_layout")
    layout = Layout.from_dict(result["layout"])
    assert layout.num_keyframes == 6 and layout.background == "garden"
    ball = layout.objects[0]
    assert ball.attribute_dict.get("color") == "red"
    xs = [(b[0] + b[2]) / 2 for b in ball.boxes if b is not None]
    assert xs == sorted(xs) and xs[-1] > xs[0]
    record = json.loads((studio["runs"] / "plan" / result["run_id"] / "record.json").read_text())
    assert record["status"] == "done" and record["inputs"]["seed"] == 3


def test_plan_layout_endpoint_error_is_specific(client):
    with pytest.raises(AppError, match="prompt is empty"):
        client.predict("", "physics", 0, 6, api_name="/plan_layout")
    with pytest.raises(AppError, match="unknown planner 'llm'"):
        client.predict("a ball", "llm", 0, 6, api_name="/plan_layout")


def test_render_layout_endpoint(client, studio):
    planned = client.predict("a dog walks to the right", "physics", 0, 6, api_name="/plan_layout")
    video, record = client.predict(json.dumps(planned["layout"]), 4, api_name="/render_layout")
    info = video_info(downloaded_video(video, studio, record))
    assert info["frames"] == 11 and info["width"] == 512
    assert record["status"] == "done" and record["backends"]["generator"] == "preview"


def test_render_layout_rejects_bad_layout(client):
    with pytest.raises(AppError, match="outside the canvas"):
        client.predict('{"num_keyframes": 1, "objects": [{"id": 0, "name": "a", "boxes": [[0, 0, 2.5, 1]]}]}', 8,
                       api_name="/render_layout")
    with pytest.raises(AppError, match="no 'Frame 1"):
        client.predict("just some words", 8, api_name="/render_layout")


def test_generate_endpoint_with_a_layout(client, studio):
    planned = client.predict("a ball rolls to the left", "physics", 0, 6, api_name="/plan_layout")
    video, record = client.predict("a ball rolls to the left", json.dumps(planned["layout"]), "off", 2, "base", None,
                                   "320x192", "", api_name="/generate")
    info = video_info(downloaded_video(video, studio, record))
    assert (info["width"], info["height"]) == (320, 192)
    assert record["settings"]["seed"] == 2 and record["settings"]["has_layout"] is True
    assert record["status"] == "done" and record["backends"]["generator"] == "preview"


def test_generate_endpoint_errors(client):
    with pytest.raises(AppError, match="guidance must be one of"):
        client.predict("a ball", "", "sideways", 0, "base", None, "", "", api_name="/generate")
    with pytest.raises(AppError, match="no variants"):
        client.predict("a ball", "", "off", 0, "phygdpo", None, "", "", api_name="/generate")


def test_refine_endpoint_streams_one_update_per_round(client):
    job = client.submit("a red ball is dropped and bounces on the floor", 2, 0.0, 0, 0, api_name="/refine")
    updates = list(job)
    rounds = [u["round"] for u in updates if u["round"] is not None]
    assert [r["index"] for r in rounds] == [0, 1]
    assert rounds[1]["prompt"] == rounds[0]["refined_prompt"], "round r's refined prompt is round r+1's prompt"
    assert updates[-1]["status"] == "done" and updates[-1]["stop_reason"] == "max_rounds"
    assert updates[-1]["laws"]["laws"] == ["gravity", "elasticity"]
