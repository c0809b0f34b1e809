"""The service's worker processes (service/workers.py) and what they buy: a job past its timeout is stopped (its
process killed and replaced) and the next request succeeds; /healthz and /metrics answer while every worker is
busy; /readyz says busy when every worker is stuck.

No test measures speed: each asserts behaviour (pids, statuses, which job ran) with generous waits, so a loaded
2-core machine only makes them slower. Worker processes take seconds to start (a fresh interpreter + jieba).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest
from fastapi.testclient import TestClient

import service_hooks as H
from service.app import create_app
from service.errors import BusyError, JobTimeoutError
from service.settings import Settings
from service.workers import WorkerDiedError, WorkerPool

ESSAY = "一、存在的问题\n基层治理力量薄弱。一是人员不足，二是经费紧张。\n二、对策建议\n一是充实基层队伍，二是加大财政投入。"
START_S = 120  # a worker process starting on a busy machine: generous


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover
        return True
    # a zombie (killed, not yet reaped) still answers kill(0): look at its state
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _wait_for(predicate, limit_s: float = START_S, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step_s)
    return predicate()


@pytest.fixture()
def pool():
    pools: list[WorkerPool] = []

    def make(size=1, max_queued=4, timeout_s=60.0, **kwargs) -> WorkerPool:
        p = WorkerPool(size, max_queued, timeout_s, **kwargs)
        p.start()
        assert p.wait_ready(START_S), "the worker processes did not start"
        pools.append(p)
        return p

    yield make
    for p in pools:
        p.close()


# ------------------------------------------------------------------------------------------ the pool


def test_jobs_run_in_another_process_and_errors_come_back(pool):
    p = pool(size=1)

    async def scenario():
        pid = await p.run(H.pid_job)
        assert await p.run(H.sleep_job, 0, "value") == "value"
        with pytest.raises(ZeroDivisionError, match="boom") as info:
            await p.run(H.raise_job, "boom")
        assert "raise_job" in str(info.value.__cause__), "the worker's traceback comes along"
        with pytest.raises(RuntimeError, match="could not be sent back"):
            await p.run(H.unpicklable_result_job)
        assert await p.run(H.pid_job) == pid, "errors do not cost the worker"
        return pid

    pid = asyncio.run(scenario())
    assert pid != os.getpid()


def test_workers_collect_garbage_rarely_and_never_walk_what_they_loaded_at_start(pool):
    from service.workers import GC_YOUNG_THRESHOLD

    p = pool(size=1)

    async def scenario():
        return [await p.run(H.gc_job) for _ in range(3)]

    (threshold, frozen), (_, frozen_after_first), (_, frozen_later) = asyncio.run(scenario())
    assert threshold == GC_YOUNG_THRESHOLD
    assert frozen > 0, "the modules loaded at start-up are in the permanent generation"
    assert frozen_after_first >= frozen, "settled again after the first job"
    assert frozen_later <= frozen_after_first, "only once (frozen objects freed since leave the count)"


def test_a_job_past_its_timeout_has_its_worker_killed_and_replaced(pool):
    p = pool(size=1, timeout_s=3.0)
    first = asyncio.run(p.run(H.pid_job))
    with pytest.raises(JobTimeoutError, match="was stopped"):
        asyncio.run(p.run(H.spin_job, 3600))  # would hold the CPU for an hour
    assert _wait_for(lambda: not _pid_alive(first), 30), "the stuck worker process is gone"
    assert _wait_for(lambda: p.status()["ready"] == 1), "a new worker took its place"
    second = asyncio.run(p.run(H.pid_job))
    assert second != first, "the next job ran in the new worker process"
    assert p.status()["replaced"] == 1


def test_a_waiting_job_past_its_timeout_is_dropped_never_run(pool):
    p = pool(size=1, timeout_s=60)

    async def scenario():
        busy = asyncio.ensure_future(p.run(H.sleep_job, 1.5, "first"))
        await asyncio.sleep(0.2)
        p.timeout_s = 0.3
        with pytest.raises(JobTimeoutError, match="not started"):
            await p.run(H.pid_job)
        p.timeout_s = 60
        return await busy

    assert asyncio.run(scenario()) == "first", "the running job was not disturbed"
    assert p.status()["replaced"] == 0


def test_bounded_queue_answers_busy(pool):
    p = pool(size=1, max_queued=1)

    async def scenario():
        running = asyncio.ensure_future(p.run(H.sleep_job, 1.0, 1))
        waiting = asyncio.ensure_future(p.run(H.sleep_job, 0, 2))
        await asyncio.sleep(0.1)
        assert p.in_flight == 2
        with pytest.raises(BusyError):
            await p.run(H.sleep_job, 0, 3)
        return await asyncio.gather(running, waiting)

    assert asyncio.run(scenario()) == [1, 2]
    assert p.in_flight == 0


def test_a_worker_that_dies_fails_its_job_and_is_replaced(pool):
    p = pool(size=1)

    async def scenario():
        before = await p.run(H.pid_job)
        with pytest.raises(WorkerDiedError, match="exit code 3"):
            await p.run(H.exit_job, 3)
        after = await p.run(H.pid_job)
        return before, after

    before, after = asyncio.run(scenario())
    assert before != after
    assert p.status()["replaced"] == 1


def test_a_worker_that_cannot_start_is_logged_and_retried(caplog):
    p = WorkerPool(1, 0, 5, initializer=H.failing_initializer)
    try:
        p.start()
        assert _wait_for(lambda: "cannot start" in caplog.text, 60)
        assert not p.status()["ever_ready"]
    finally:
        p.close()


# ------------------------------------------------------------------------------------------ through HTTP


@pytest.fixture(scope="module")
def slow_client():
    """One worker whose summaries of texts marked SLOW/SPIN never end (tests/service_hooks.py); 6 s timeout."""
    settings = Settings(max_concurrent_jobs=1, max_queued_jobs=2, request_timeout_s=6, stuck_after_s=0.5)
    with TestClient(create_app(settings, worker_initializer=H.slow_marked_summaries)) as c:
        yield c


def test_http_504_frees_the_worker_and_the_next_request_succeeds(slow_client):
    c = slow_client
    before = c.app.state.runner.status()["pids"]
    response = c.post("/v1/summarize", json={"text": H.SPIN + ESSAY})
    assert response.status_code == 504, response.text
    assert response.json()["error"]["type"] == "timeout"
    # the stuck worker's process is gone and a new one serves; the next request succeeds
    assert _wait_for(lambda: not _pid_alive(before[0]), 30)
    assert _wait_for(lambda: c.app.state.runner.status()["ready"] == 1)
    after = c.app.state.runner.status()["pids"]
    assert after != before
    ok = c.post("/v1/summarize", json={"text": ESSAY})
    assert ok.status_code == 200, ok.text
    assert [p["text"] for p in ok.json()["essays"][0]["challenges"]] == ["人员不足", "经费紧张"]
    metrics = c.get("/metrics").text
    assert 'summarizer_worker_restarts_total{reason="timeout"}' in metrics


def test_healthz_and_metrics_answer_while_every_worker_is_busy(slow_client):
    """While the only worker is provably still running a job (the job has not answered, /readyz counts it),
    /healthz and /metrics answer 200 — the event loop is free."""
    c = slow_client
    assert _wait_for(lambda: c.app.state.runner.status()["idle"] == 1)
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(r=c.post("/v1/summarize", json={"text": H.SLOW + ESSAY})))
    thread.start()
    try:
        assert _wait_for(lambda: c.app.state.runner.status()["busy"] == 1, 30)
        health = c.get("/healthz")
        metrics = c.get("/metrics")
        head = c.head("/healthz")
        still_running = c.app.state.runner.status()
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert metrics.status_code == 200 and "summarizer_jobs_in_flight 1.0" in metrics.text
        assert head.status_code == 200 and head.content == b""
        assert still_running["busy"] == 1 and "r" not in result, "the job was still running during both answers"
        # every worker stuck (busy for more than stuck_after_s = 0.5 s): not ready
        assert _wait_for(lambda: c.app.state.runner.status()["stuck"] == 1, 30)
        ready = c.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "busy" and ready.json()["workers_stuck"] == 1
        assert int(ready.headers["retry-after"]) > 0
    finally:
        thread.join(60)
    assert result["r"].status_code == 504
    assert _wait_for(lambda: c.get("/readyz").status_code == 200), "ready again once the worker is replaced"


def test_a_bug_in_a_worker_is_a_json_500_with_the_request_id(slow_client):
    response = slow_client.post("/v1/summarize", json={"text": H.BUG + ESSAY}, headers={"X-Request-ID": "bug-1"})
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["type"] == "internal_error" and "bug-1" in error["message"]
    assert "boom" not in error["message"], "internals stay in the log"
    assert response.headers["x-request-id"] == "bug-1"


def test_a_batch_past_its_timeout_is_504_and_stopped(slow_client):
    c = slow_client
    assert _wait_for(lambda: c.app.state.runner.status()["idle"] == 1)
    before = c.app.state.runner.status()["pids"]
    documents = [{"id": "a", "text": ESSAY}, {"id": "b", "text": H.SLOW + ESSAY}, {"id": "c", "text": ESSAY}]
    response = c.post("/v1/summarize/batch", json={"documents": documents})
    assert response.status_code == 504 and response.json()["error"]["type"] == "timeout"
    assert _wait_for(lambda: not _pid_alive(before[0]), 30), "the batch's worker was stopped"


def test_the_queue_full_is_503_busy_with_retry_after():
    settings = Settings(max_concurrent_jobs=1, max_queued_jobs=0, request_timeout_s=60)
    with TestClient(create_app(settings, worker_initializer=H.slow_marked_summaries)) as c:
        pool = c.app.state.runner
        thread = threading.Thread(target=c.post, args=("/v1/summarize",), kwargs={"json": {"text": H.SLOW + ESSAY}})
        thread.start()
        try:
            assert _wait_for(lambda: pool.in_flight == 1, 30)
            busy = c.post("/v1/summarize", json={"text": ESSAY})
            assert busy.status_code == 503 and busy.json()["error"]["type"] == "busy"
            assert int(busy.headers["retry-after"]) > 0
            ready = c.get("/readyz")
            assert ready.status_code == 503 and ready.json()["status"] == "busy"
        finally:
            pool.close()  # ends the sleeping job (503 stopping) and the workers
            thread.join(60)
