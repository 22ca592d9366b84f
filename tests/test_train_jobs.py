"""Training jobs: train.toml, incremental metrics, start/stop/crash of a trainer subprocess, past jobs."""

from __future__ import annotations

import json
import math
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from pipelines.core.toml_file import toml_text
from pipelines.phygdpo.jobs import JobError, JobManager, trainer_command
from pipelines.phygdpo.run_files import MetricsReader
from pipelines.phygdpo.uploads import import_groups_upload
from tests.helpers.fake_trainer import FAKE_TRAINER, expected_row, fake_settings, make_groups, wait_for


@pytest.fixture()
def groups(tmp_path) -> Path:
    return make_groups(tmp_path / "data")


@pytest.fixture()
def manager(tmp_path) -> JobManager:
    return JobManager(tmp_path / "runs" / "train", trainer=FAKE_TRAINER, grace_s=10, check=None)


# ----------------------------------------------------------------------------- train.toml
toml_scalars = st.one_of(st.booleans(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False),
                         st.text())
toml_values = st.one_of(toml_scalars, st.lists(st.one_of(st.integers(-1000, 1000), st.text()), max_size=4))


@hyp_settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(min_size=1), st.dictionaries(st.text(min_size=1), toml_values, max_size=5), max_size=4))
def test_toml_text_round_trips_through_tomllib(settings):
    assert tomllib.loads(toml_text(settings)) == settings


def test_toml_text_leaves_out_none_and_a_job_refuses_what_toml_cannot_hold(manager, groups):
    assert tomllib.loads(toml_text({"loss": {"beta": None, "objective": "sft"}})) == {"loss": {"objective": "sft"}}
    with pytest.raises(JobError, match="loss.beta must be a finite number"):
        manager.start({**fake_settings(groups), "loss": {"beta": math.inf}})
    with pytest.raises(JobError, match=r"optim.betas has a value TOML cannot hold"):
        manager.start({**fake_settings(groups), "optim": {"betas": [0.9, None]}})
    assert manager.jobs() == [] and not manager.root.exists()


def test_trainer_command_single_and_accelerate(tmp_path):
    config = tmp_path / "train.toml"
    assert trainer_command(config, 1, python="py") == ["py", "-m", "pipelines", "train", "--config", str(config)]
    assert trainer_command(config, 4, mixed_precision="bf16", python="py", main_process_port=29555) == [
        "py", "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "4", "--num_machines", "1",
        "--mixed_precision", "bf16", "--dynamo_backend", "no", "--main_process_port", "29555",
        "-m", "pipelines", "train", "--config", str(config)]


# ----------------------------------------------------------------------------- metrics.csv
def test_metrics_reader_waits_for_whole_lines_and_resumed_steps_replace_old_ones(tmp_path):
    path = tmp_path / "metrics.csv"
    reader = MetricsReader(path)
    assert reader.rows() == []
    path.write_text("step,loss,margin,extra\r\n1,0.5,,x\r\n2,0.25,0.1,7\r\n3,0.1")
    assert reader.rows() == [{"step": 1.0, "loss": 0.5, "margin": None, "extra": None},
                             {"step": 2.0, "loss": 0.25, "margin": 0.1, "extra": 7.0}]
    with path.open("a") as handle:
        handle.write("25,0.2,3\r\n")
    assert reader.rows()[-1] == {"step": 3.0, "loss": 0.125, "margin": 0.2, "extra": 3.0}
    with path.open("a") as handle:  # a resumed run: header again, steps from its checkpoint at 2
        handle.write("step,loss,margin,extra\n2,0.3,0.0,1\n3,0.2,0.1,2\n")
    assert [(r["step"], r["loss"]) for r in reader.rows()] == [(1.0, 0.5), (2.0, 0.3), (3.0, 0.2)]
    path.write_text("step,loss\n9,1\n")  # replaced by a shorter file: read from the start
    assert reader.rows() == [{"step": 9.0, "loss": 1.0}]
    path.write_text("step,loss\n1,4\n2,3\n3,2\n")  # rewritten in place and longer than what was read
    assert reader.rows() == [{"step": 1.0, "loss": 4.0}, {"step": 2.0, "loss": 3.0}, {"step": 3.0, "loss": 2.0}]


# ----------------------------------------------------------------------------- jobs with the fake trainer
def test_start_metrics_stop_gives_stopped_with_a_checkpoint(manager, groups):
    job = manager.start(fake_settings(groups))
    config = tomllib.loads(job.config_path.read_text())
    assert config["train"]["output_dir"] == str(job.folder.resolve())
    assert config["data"]["groups"] == str(groups.resolve()) and config["model"]["base"] == "tiny"
    rows = wait_for(lambda: len(job.metrics()) >= 5 and job.metrics(), what="5 metric rows")
    assert rows[:5] == [expected_row(step, 0.02) for step in range(1, 6)], "every row whole and exact"
    status = job.status()
    assert status.state == "running" and status.step >= 5 and status.max_steps == 400
    assert status.seconds_per_step == pytest.approx(0.02)
    assert status.eta_s == pytest.approx(0.02 * (400 - status.step), rel=0.05)
    assert "step 1/400 loss 1.0000" in job.log_tail()

    assert job.stop() is True
    wait_for(lambda: job.status().finished, what="the job to stop")
    status = job.status()
    assert status.state == "stopped" and status.exit_code == 0 and status.error == ""
    assert (job.folder / "checkpoints" / f"step-{status.step}").is_dir()
    assert status.lora_dir == job.folder / "lora"
    assert status.step < 400 and job.metrics()[-1]["step"] == status.step
    assert job.stop() is False, "nothing left to stop"


def test_a_crash_is_reported_as_failed_with_the_last_log_lines(manager, groups):
    job = manager.start(fake_settings(groups, crash_at_step=3))
    wait_for(lambda: job.status().finished, what="the crash")
    status = job.status()
    assert status.state == "failed" and status.exit_code == 3
    assert "exited with code 3 at step 2 of 400 while 'running'" in status.error
    assert "RuntimeError: simulated crash at step 3" in status.error
    assert json.loads((job.folder / "status.json").read_text())["state"] == "running", "the trainer's file is untouched"
    assert len(job.metrics()) == 2


def test_a_trainer_that_cannot_start_is_a_failed_job_saying_why(tmp_path, groups):
    manager = JobManager(tmp_path / "train", trainer=FAKE_TRAINER, python=str(tmp_path / "no-python"), check=None)
    with pytest.raises(JobError, match="could not start the trainer .*no-python"):
        manager.start(fake_settings(groups))
    [job] = manager.jobs()
    assert job.status().state == "failed" and "No such file" in job.status().error


def test_a_trainer_that_ignores_sigterm_is_killed_after_the_grace_period(tmp_path, groups):
    manager = JobManager(tmp_path / "train", trainer=FAKE_TRAINER, grace_s=0.5, check=None)
    job = manager.start(fake_settings(groups, ignore_sigterm=True))
    wait_for(lambda: job.metrics(), what="a first step")
    job.stop()
    assert job.status().state == "stopping"
    wait_for(lambda: job.status().finished, what="SIGKILL")
    status = job.status()
    assert status.state == "stopped" and status.exit_code == -9
    assert "killed after the 0.5 s grace period" in status.error


def test_resume_continues_a_stopped_job_in_its_folder(manager, groups):
    job = manager.start(fake_settings(groups))
    wait_for(lambda: len(job.metrics()) >= 3, what="3 steps")
    with pytest.raises(JobError, match="still running"):
        manager.resume(job.job_id)
    job.stop()
    stopped_at = wait_for(lambda: job.status().finished and job.status().step, what="the stop")
    assert manager.resume(job.job_id) is job
    assert job.info()["command"][-1] == "--resume" and job.info()["launches"] == 2
    wait_for(lambda: len(job.metrics()) >= stopped_at + 3, what="3 more steps")
    assert job.status().state == "running"
    rows = job.metrics()
    assert rows == [expected_row(step, 0.02) for step in range(1, len(rows) + 1)], "one unbroken curve"
    job.stop()
    wait_for(lambda: job.status().finished, what="the second stop")
    assert job.status().state == "stopped" and job.status().step > stopped_at + 2
    assert "fake trainer: steps 1-400" in job.log_tail(200) and f"steps {stopped_at + 1}-400" in job.log_tail(200)


def test_the_trainer_config_check_refuses_bad_settings_before_any_folder_exists(tmp_path, groups):
    manager = JobManager(tmp_path / "train")
    settings = {"model": {"base": "tiny"}, "data": {"groups": str(groups), "frames": 8}, "optim": {"max_steps": 2}}
    with pytest.raises(JobError, match=r"training settings: \[data\] frames must be 4k\+1 .* \(try 5 or 9\)"):
        manager.start(settings)
    with pytest.raises(JobError, match=r"unknown key\(s\) in \[loss\]: betta"):
        manager.start({**settings, "data": {"groups": str(groups)}, "loss": {"betta": 5.0}})
    assert manager.jobs() == [] and not manager.root.exists()


def test_missing_or_broken_groups_are_refused_before_any_folder_exists(manager, groups, tmp_path):
    with pytest.raises(JobError, match="no preference groups"):
        manager.start({"data": {"groups": ""}, "optim": {"max_steps": 2}})
    with pytest.raises(JobError, match=r"no groups file at .*nowhere/groups.jsonl"):
        manager.start(fake_settings(tmp_path / "nowhere"))
    (groups.parent / "g1-loser.mp4").unlink()
    with pytest.raises(JobError, match=r"groups.jsonl:2: video file\(s\) not found: .*g1-loser.mp4"):
        manager.start(fake_settings(groups))
    with pytest.raises(JobError, match="processes must be a whole number"):
        manager.start(fake_settings(groups), processes=0)
    assert manager.jobs() == []


def test_past_jobs_are_listed_by_a_new_manager_which_can_still_stop_a_running_one(tmp_path, groups, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the studio's default runs folder is relative ("runs")
    first = JobManager("train", trainer=FAKE_TRAINER, grace_s=10, check=None)
    done = first.start(fake_settings(groups, steps=3))
    wait_for(lambda: done.status().finished, what="the short job")
    crashed = first.start(fake_settings(groups, crash_at_step=1))
    wait_for(lambda: crashed.status().finished, what="the crash")
    running = first.start(fake_settings(groups))
    wait_for(lambda: running.metrics(), what="a first step")

    restarted = JobManager("train", trainer=FAKE_TRAINER, check=None)  # as after a studio restart
    jobs = {job.job_id: job for job in restarted.jobs()}
    assert list(jobs) == [running.job_id, crashed.job_id, done.job_id], "newest first"
    assert jobs[done.job_id].status().state == "done" and jobs[done.job_id].status().step == 3
    failed = jobs[crashed.job_id].status()
    assert failed.state == "failed" and failed.exit_code == 3 and "simulated crash" in failed.error
    again = jobs[running.job_id]
    assert again.status().state == "running" and again.is_alive()
    assert again.stop() is True
    wait_for(lambda: again.status().finished, what="the reattached job to stop")
    assert again.status().state == "stopped"
    assert restarted.get(done.job_id) is jobs[done.job_id]
    with pytest.raises(JobError, match="no training job '../x'"):
        restarted.get("../x")


def test_a_run_started_outside_the_studio_is_listed_and_read_but_not_judged(manager, groups):
    job = manager.start(fake_settings(groups, steps=2))
    wait_for(lambda: job.status().finished, what="the studio's job")
    cli_run = manager.root / "phygdpo"  # the trainer's default output_dir is runs/train/phygdpo
    cli_run.mkdir()
    (cli_run / "status.json").write_text(json.dumps({"state": "running", "step": 3, "max_steps": 10, "error": "",
                                                     "lora_dir": ""}))
    (cli_run / "metrics.csv").write_text("step,loss,seconds_per_step\n1,0.9,2\n2,0.8,2\n3,0.7,2\n")
    (cli_run / "train.toml").write_text('[loss]\nobjective = "sft"\n[optim]\nmax_steps = 10\n')
    assert [j.job_id for j in manager.jobs()] == ["phygdpo", job.job_id]
    external = manager.get("phygdpo")
    status = external.status()
    assert external.external and (status.state, status.step, status.eta_s) == ("running", 3, 14.0)
    assert not status.finished, "no pid to check: its own status.json is believed"
    assert external.settings["loss"]["objective"] == "sft" and not (cli_run / "job.json").exists()
    assert external.stop() is False
    with pytest.raises(JobError, match="started outside the studio: resume it the same way"):
        manager.resume("phygdpo")


# ----------------------------------------------------------------------------- uploads
def test_import_groups_upload_from_a_zip_and_a_lone_jsonl(tmp_path, groups):
    archive = tmp_path / "data.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in groups.parent.iterdir():
            zf.write(path, f"mydata/{path.name}")
    found = import_groups_upload(archive, tmp_path / "uploads" / "a")
    assert found == tmp_path / "uploads" / "a" / "mydata" / "groups.jsonl"
    with pytest.raises(JobError, match="video file.*not found.*upload a .zip of the whole data folder"):
        import_groups_upload(groups, tmp_path / "uploads" / "b")
    with pytest.raises(JobError, match="upload a groups .jsonl file or a .zip"):
        import_groups_upload(groups.parent / "g0-winner.mp4", tmp_path / "uploads" / "c")



# ----------------------------------------------------------------------------- the real trainer
@pytest.mark.timeout(150)
def test_the_real_tiny_trainer_runs_two_steps_in_two_processes_through_the_manager(tmp_path):
    """SLOW (~20-30 s on 2 shared cores): `accelerate launch -m pipelines train` with 2 CPU processes on the
    tiny Wan (one DDP run, not two runs racing in one folder), then its LoRA as a variant."""
    from pipelines.core.config import load_config
    from pipelines.services import Services
    from tests.helpers.tiny_train import make_tiny_groups, tiny_config_dict

    groups = make_tiny_groups(tmp_path / "data", groups=2)
    manager = JobManager(tmp_path / "runs" / "train")
    job = manager.start(tiny_config_dict(groups, "replaced-by-the-manager", optim={"max_steps": 2}), processes=2)
    assert job.info()["command"][-5:-2] == ["-m", "pipelines", "train"] and job.info()["env"] == {"ACCELERATE_USE_CPU": "1"}
    wait_for(lambda: job.status().finished, timeout=140, what="two real training steps")
    status = job.status()
    assert (status.state, status.step, status.exit_code) == ("done", 2, 0), job.log_tail(30)
    assert "2 process(es)" in (job.folder / "train.log").read_text()
    rows = job.metrics()
    assert [r["step"] for r in rows] == [1.0, 2.0] and all(math.isfinite(r["loss"]) for r in rows)
    assert status.lora_dir == job.folder / "lora" and (status.lora_dir / "pytorch_lora_weights.safetensors").is_file()

    services = Services(load_config(overrides={"generator": {"backend": "tiny-wan"},
                                               "server": {"runs_dir": str(tmp_path / "runs")}}))
    assert services.add_lora_variant("phygdpo-tiny", status.lora_dir) == "tiny-wan"
    assert "phygdpo-tiny" in services.generator("tiny-wan").variants()


def test_an_oversized_zip_upload_is_refused_before_unpacking(tmp_path):
    import zipfile

    from pipelines.phygdpo.uploads import UploadLimits

    upload = tmp_path / "data.zip"
    with zipfile.ZipFile(upload, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/groups.jsonl", "")
        archive.writestr("data/a.mp4", b"\0" * 1000)
    with pytest.raises(JobError, match=r"unpacks to 1000 bytes; uploads may hold only 500 bytes more"):
        import_groups_upload(upload, tmp_path / "uploads" / "into", UploadLimits(max_unpack_bytes=500))
    assert not (tmp_path / "uploads" / "into").exists()  # a refused upload leaves nothing behind
