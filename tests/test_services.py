"""Services: config → backends in one place; every operation leaves a run record."""

import json

import pytest

from pipelines.core.config import load_config
from pipelines.core.planning import PlannerError
from pipelines.services import BackendUnavailable, Services
from tests.helpers.fake_openai_server import FakeOpenAIServer

ANSWER = """Reasoning: the cup slides right.
Frame 1: [{'id': 0, 'name': 'cup', 'box': [10, 200, 60, 60]}]
Frame 2: [{'id': 0, 'name': 'cup', 'box': [210, 200, 60, 60]}]
Frame 3: [{'id': 0, 'name': 'cup', 'box': [410, 200, 60, 60]}]
Background keyword: kitchen"""


def services_for(tmp_path, **planner) -> Services:
    return Services(load_config(None, {"server": {"runs_dir": str(tmp_path)}, "planner": planner}))


def test_default_services_offer_only_the_embedded_planner(tmp_path):
    services = services_for(tmp_path)
    assert services.planner_names() == ["physics"]
    assert [b.backend_id for b in services.check()] == ["physics", "preview", "motion", "motion", "sqlite"]
    with pytest.raises(PlannerError, match="unknown planner 'llm'.*--planner openai"):
        services.plan_layout("a ball", "llm")


def test_llm_planner_through_services_records_the_run(tmp_path):
    with FakeOpenAIServer(models=("tiny",)) as server:
        server.answer(ANSWER)
        services = services_for(tmp_path, backend="openai", llm_base_url=server.base_url, llm_model="tiny")
        assert services.planner_names() == ["llm", "physics"]
        services.check()
        result, run = services.plan_layout("a cup slides to the right", "llm", seed=1, num_keyframes=3)
    assert result.backend_id == "llm:openai:tiny" and result.layout.background == "kitchen"
    record = json.loads((run.folder / "record.json").read_text())
    assert record["backends"]["planner"] == "llm:openai:tiny" and record["status"] == "done"
    assert (run.folder / "response.txt").read_text() == ANSWER
    assert json.loads((run.folder / "layout.json").read_text())["objects"][0]["name"] == "cup"
    # Same prompt and seed again: served from the planner cache, no request needed.
    again, _ = services_for(tmp_path, backend="openai", llm_base_url=server.base_url, llm_model="tiny").plan_layout(
        "a cup slides to the right", "llm", seed=1, num_keyframes=3)
    assert again.cached and again.layout == result.layout


def test_failed_plan_leaves_a_failed_record(tmp_path):
    with FakeOpenAIServer(models=("tiny",)) as server:
        server.answer("no idea")
        server.answer("still no idea")
        services = services_for(tmp_path, backend="openai", llm_base_url=server.base_url, llm_model="tiny")
        with pytest.raises(PlannerError):
            services.plan_layout("a cup", "llm")
    records = services.runs.records("plan")
    assert records[0].status == "failed" and "Frame 1" in records[0].error


def test_unreachable_server_is_reported_at_check(tmp_path):
    services = services_for(tmp_path, backend="openai", llm_base_url="http://127.0.0.1:9/v1", llm_model="m")
    with pytest.raises(BackendUnavailable, match="--llm-base-url"):
        services.check()


@pytest.mark.parametrize("keyframes", [1, 25])
def test_absurd_keyframe_counts_are_refused(tmp_path, keyframes):
    with pytest.raises(PlannerError, match="keyframes must be between 2 and 24"):
        services_for(tmp_path).plan_layout("a ball", "physics", num_keyframes=keyframes)


def test_render_records_outputs(tmp_path):
    services = services_for(tmp_path)
    from pipelines.core.layout_io import read_layout_text

    result, run = services.render_layout(read_layout_text(ANSWER), gif=True, fps=4)
    assert result.video_path.exists() and result.gif_path.exists()
    assert run.record.outputs == {"video": "preview.mp4", "gif": "preview.gif"}
    assert run.record.settings["fps"] == 4


def test_generate_with_the_preview_generator_records_everything(tmp_path):
    services = services_for(tmp_path)
    from pipelines.core.layout_io import read_layout_text
    from pipelines.core.video import video_info

    layout = read_layout_text(ANSWER)
    request = services.default_request("a cup slides to the right", "preview", layout=layout, num_frames=9, fps=4)
    steps = []
    result, run = services.generate(request, progress=lambda step, total, msg: steps.append((step, total)))
    assert steps == [(1, 1)] and result.frames.shape == (9, 512, 512, 3)
    info = video_info(run.folder / run.record.outputs["video"])
    assert info["frames"] == 9 and info["fps"] == 4
    assert json.loads((run.folder / "layout.json").read_text())["background"] == "kitchen"
    assert run.record.backends == {"generator": "preview", "model": "embedded-preview", "variant": "base"}
    assert run.record.settings["seed"] == 0 and run.record.settings["has_layout"] is True


def test_generate_without_a_layout_plans_one_and_saves_it(tmp_path):
    services = services_for(tmp_path)
    result, run = services.generate(services.default_request("three balls fall", "preview"))
    saved = json.loads((run.folder / "layout.json").read_text())
    assert len(saved["objects"]) == 3 and result.info["planned"] is True


def test_generate_errors_leave_failed_records(tmp_path):
    from pipelines.core.generation import GenerationError

    services = services_for(tmp_path)
    with pytest.raises(GenerationError, match="no variants"):
        services.generate(services.default_request("a ball", "preview", variant="phygdpo"))
    assert services.runs.records("generate")[0].status == "failed"
    with pytest.raises(GenerationError, match="prompt is empty"):
        services.generate(services.default_request("  ", "preview"))
    with pytest.raises(GenerationError, match="unknown generator 'wan'"):
        services.generator("wan")


def test_unreachable_arena_database_fails_at_start_up_with_the_host_and_no_password(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path)},
                                           "arena": {"database_url": f"postgresql+psycopg://arena:secret@127.0.0.1:{port}/votes"}}))
    with pytest.raises(BackendUnavailable, match="arena database") as error:
        services.check()
    assert "secret" not in str(error.value) and str(port) in str(error.value)
