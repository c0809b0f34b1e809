"""A batch whose parent process is killed with SIGKILL (the OOM killer, ``kill -9``) leaves no worker behind: a
worker in the middle of a long input, or blocked sending a large result that nobody reads any more, ends within
seconds of its parent (``summarizer.batch._exit_with_parent`` and the closed parent ends of the pipes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the batch forks its workers on Linux")

# A parent that starts a pool of one worker, gives it one task and never reads the answer; it prints the worker's
# pid and waits to be killed. MODE "slow": the task takes 10 minutes; "large": it answers at once with a record of
# several megabytes (more than a socket buffer holds, so the worker's send blocks).
PARENT = textwrap.dedent("""
    import sys, time
    import summarizer.batch as batch

    mode = sys.argv[1]

    def fake(task, config):
        if mode == "slow":
            time.sleep(600)
        return {"id": task.id, "filler": "字" * 3_000_000}

    batch.process_task = fake
    pool = batch._Pool(1, batch.BatchConfig())
    pool.start()
    worker = pool.workers[0]
    worker.give(batch.Task(index=0, id="a", source="a", text="一、存在的问题"))
    print(worker.process.pid, flush=True)
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # a zombie waits for init to reap it: gone
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("mode", ["slow", "large"])
def test_worker_ends_with_its_killed_parent(mode):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen([sys.executable, "-c", PARENT, mode], stdout=subprocess.PIPE, env=env, text=True)
    worker_pid = None
    try:
        worker_pid = int(parent.stdout.readline())
        time.sleep(2.0)  # the worker takes its task (and, "large", fills the pipe)
        assert _alive(worker_pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
        for _ in range(300):  # the watch checks every second; allow a loaded machine 30 s
            if not _alive(worker_pid):
                break
            time.sleep(0.1)
        assert not _alive(worker_pid), f"the worker ({mode}) outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(30)
        if worker_pid is not None and _alive(worker_pid):
            os.kill(worker_pid, signal.SIGKILL)
