"""Digest analysis fanned out on Dask: same digest as in-process, survives a dying worker."""

from __future__ import annotations

import json
import logging
import os
import socket
import sys

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.digest.build import digest
from briefgen.digest.cache import BriefCache
from briefgen.digest.fanout import DaskRunner, InProcess, analyse_one, make_runner
from briefgen.errors import ClusterError, InputError
from briefgen.models import Article
from briefgen.pipeline import brief_article

distributed = pytest.importorskip("distributed", reason="the [cluster] extra is part of the test install")


def as_json(result) -> str:
    data = result.to_dict()
    data.pop("analysed"), data.pop("cached")
    return json.dumps(data, sort_keys=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_analyse_one_turns_errors_into_data():
    article = Article(input="a.txt", title="T", body="Body.")

    def broken(article, options):
        raise InputError("a.txt: no sentences found in the text")

    def buggy(article, options):
        raise ValueError("boom")

    assert analyse_one(broken, article, None) == (None, "no sentences found in the text")
    assert analyse_one(buggy, article, None) == (None, "ValueError: boom")
    assert analyse_one(lambda a, o: "brief", article, None) == ("brief", None)


def test_make_runner_choices():
    assert isinstance(make_runner(None), InProcess) and isinstance(make_runner(""), InProcess)
    assert make_runner("10.0.0.5:8786").address == "tcp://10.0.0.5:8786"
    assert make_runner("tls://sched:8786").address == "tls://sched:8786"
    assert make_runner("local").address == "local"


def test_missing_dask_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    runner = DaskRunner("local")
    with pytest.raises(ClusterError, match=r"briefgen\[cluster\]"):
        list(runner.run([Article(input="a", title="t", body="b")], None, brief_article))


def test_unreachable_scheduler_is_a_one_line_error(digest_inputs, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_DIGEST_SCHEDULER_TIMEOUT", "2")
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        app, ["digest", str(digest_inputs), "-o", str(tmp_path), "--no-cache", "--scheduler", address]
    )
    assert result.exit_code == 9, result.output
    assert f"cannot reach Dask scheduler {address}" in result.output
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def cluster():
    """A real two-worker LocalCluster on loopback, one thread per worker."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def in_process(digest_inputs):
    return digest([str(digest_inputs)], title="T", today="2020-02-20")


def test_dask_digest_equals_in_process_and_loads_models_once_per_worker(cluster, digest_inputs, in_process, tmp_path):
    runner = DaskRunner(cluster.scheduler_address)
    cache = BriefCache(tmp_path / "cache.sqlite")
    try:
        on_dask = digest([str(digest_inputs)], title="T", today="2020-02-20", runner=runner, cache=cache)
        assert as_json(on_dask) == as_json(in_process)
        assert on_dask.analysed == 5 and len(on_dask.failures) == 2

        from briefgen.summarise import get_summariser

        calls = runner._client.run(lambda: get_summariser.cache_info()._asdict())
        assert len(calls) == 2
        assert sum(c["hits"] + c["misses"] for c in calls.values()) == 5  # one call per article
        assert all(c["misses"] <= 1 for c in calls.values())  # the model built once per worker
    finally:
        runner.close()

    # the client-side cache is shared with the in-process path: nothing is shipped again
    idle = DaskRunner(cluster.scheduler_address)
    again = digest([str(digest_inputs)], title="T", today="2020-02-20", runner=idle, cache=cache)
    assert again.cached == 5 and again.analysed == 0 and idle._client is None
    assert as_json(again) == as_json(in_process)
    cache.close()


def test_a_worker_dying_mid_task_does_not_lose_the_digest(cluster, digest_inputs, in_process, tmp_path):
    marker = tmp_path / "killed-once"

    def die_once(article, options):
        """Kill this worker process on the first article it sees, once per test."""
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            os._exit(1)
        return brief_article(article, options)

    runner = DaskRunner(cluster.scheduler_address)
    try:
        survived = digest([str(digest_inputs)], title="T", today="2020-02-20", runner=runner, analyse_fn=die_once)
    finally:
        runner.close()
    assert marker.exists()  # a worker really died
    assert as_json(survived) == as_json(in_process)
    assert survived.analysed == 5
