"""Who is public and who is an operator: the rules of studio/access.py with an injected clock and sleep."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipelines.core.config import load_config
from pipelines.core.deployment import Host
from pipelines.phygdpo.jobs import JobError, JobManager
from studio.access import MAX_DELAY_S, SESSION_TTL_S, Access, OperatorOnly, is_public
from tests.helpers.fake_trainer import FAKE_TRAINER, fake_settings, make_groups, wait_for


def request(session: str, client: str = "203.0.113.7"):
    return SimpleNamespace(session_hash=session, client=SimpleNamespace(host=client))


class Clock:
    def __init__(self):
        self.now, self.slept = 1000.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("server, host, public", [
    ({}, Host(), False),
    ({"host": "::1"}, Host(), False),
    ({"host": "localhost"}, Host(), False),
    ({"public": True}, Host(), True),  # a reverse proxy on this machine
    ({"host": "0.0.0.0"}, Host(), True),
    ({"host": "192.168.1.20"}, Host(), True),
    ({"share": True}, Host(), True),
    ({}, Host(space_id="me/phystudio"), True),
])
def test_what_counts_as_public(server, host, public):
    assert is_public(load_config(None, {"server": server}), host) is public


def test_a_workstation_is_its_own_operator():
    access = Access(public=False, password="")
    assert access.operator_possible and access.allows(None, "train") and access.allows(request("x"), "add-pairs")


def test_a_public_studio_without_a_password_switches_operator_actions_off():
    access = Access(public=True, password="")
    assert not access.operator_possible
    with pytest.raises(OperatorOnly, match="no operator password set, so it is switched off"):
        access.require(request("x"), "evaluate")
    assert not access.check_password(request("x"), "")  # an empty password never signs anyone in


def test_sign_in_is_per_session_and_expires():
    clock = Clock()
    access = Access(public=True, password="s3cret", clock=clock, sleep=clock.sleep)
    with pytest.raises(OperatorOnly, match="Only the operator may start, stop or resume training.*sign in"):
        access.require(request("visitor"), "train")
    assert access.check_password(request("operator"), "s3cret") and clock.slept == []
    assert access.allows(request("operator"), "train") and not access.allows(request("visitor"), "train")
    assert not access.allows(request(""), "train") and not access.allows(None, "train")
    clock.now += SESSION_TTL_S + 1
    assert not access.allows(request("operator"), "train")
    assert access.check_password(request("operator"), "s3cret")
    access.sign_out(request("operator"))
    assert not access.allows(request("operator"), "train")
    with pytest.raises(KeyError):
        access.allows(request("operator"), "delete-everything")


def test_each_wrong_password_waits_longer_per_address():
    clock = Clock()
    access = Access(public=True, password="s3cret", clock=clock, sleep=clock.sleep)
    for guess in range(7):
        assert not access.check_password(request(f"s{guess}"), f"guess-{guess}")  # new sessions do not reset it
    assert clock.slept == [0.5, 1.0, 2.0, 4.0, 8.0, MAX_DELAY_S, MAX_DELAY_S]
    assert not access.check_password(request("other", client="198.51.100.1"), "nope")
    assert clock.slept[-1] == 0.5  # another address starts at the shortest wait
    assert access.check_password(request("s7"), "s3cret")
    assert not access.check_password(request("s8"), "wrong") and clock.slept[-1] == 0.5  # success reset it


def test_running_jobs_and_processes_are_capped(tmp_path):
    """Three starts in a row (the attack started 9 trainer processes): one job runs, the others are refused."""
    groups = make_groups(tmp_path / "data")
    manager = JobManager(tmp_path / "train", trainer=FAKE_TRAINER, grace_s=5, check=None, max_running=1,
                         max_processes=2)
    with pytest.raises(JobError, match="processes is 3; this studio allows at most 2 per job"):
        manager.start(fake_settings(groups), processes=3)
    first = manager.start(fake_settings(groups, steps=2000))
    for _ in range(2):
        with pytest.raises(JobError, match="1 training job\\(s\\) already running.*training.max_running_jobs"):
            manager.start(fake_settings(groups))
    assert [job.job_id for job in manager.jobs()] == [first.job_id]
    first.stop(grace_s=5)
    wait_for(lambda: first.status().finished, timeout=30, what="the first job to stop")
    second = manager.start(fake_settings(groups, steps=2000))  # the slot is free again
    with pytest.raises(JobError, match="already running"):  # resuming counts as starting
        manager.resume(first.job_id)
    second.stop(grace_s=5)
    wait_for(lambda: not manager.running(), timeout=30, what="every job to stop")


def test_job_ids_cannot_leave_the_jobs_folder(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "job.json").write_text("{}")
    manager = JobManager(tmp_path / "train", check=None)
    manager.root.mkdir(parents=True)
    (manager.root / "linked").symlink_to(outside, target_is_directory=True)
    for job_id in ("../elsewhere", "linked", str(outside), "..\\elsewhere"):
        with pytest.raises(JobError, match="no training job"):
            manager.get(job_id)
