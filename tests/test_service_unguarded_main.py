"""A script that starts the service's worker pool when it is imported, with no ``if __name__ == "__main__":`` guard
(trial11 L9): every spawned worker imports the script again. The pool stops with one clear error
(:class:`service.workers.UnguardedMainError`) instead of restarting failing workers in a loop; the same script with
the guard starts its workers. Each script runs in a subprocess of its own (a few seconds: fresh interpreters)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


from service.workers import UNGUARDED_MAIN_EXIT, UnguardedMainError, _exit_if_bootstrapping

REPO = Path(__file__).resolve().parents[1]

_BODY = """\
from service.workers import UnguardedMainError, WorkerPool

pool = WorkerPool(2, 0, 60.0)
pool.start()
try:
    print("READY" if pool.wait_ready(120) else "NOT READY", flush=True)
except UnguardedMainError as exc:
    print("UNGUARDED", exc.code, flush=True)
pool.close()
"""


def _run(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    script = tmp_path / "script.py"
    script.write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=300)


def test_a_script_without_the_main_guard_stops_with_one_clear_error(tmp_path):
    done = _run(tmp_path, _BODY)
    assert done.stdout.strip() == "UNGUARDED unguarded_main"
    # said once, naming the guard; no worker restarted in a loop, no traceback of the workers
    assert done.stderr.count('if __name__ == "__main__":') == 1
    assert "failed to start" not in done.stderr
    assert "Traceback" not in done.stderr


def test_the_same_script_with_the_guard_starts_its_workers(tmp_path):
    guarded = "if __name__ == \"__main__\":\n" + "".join("    " + line + "\n" for line in _BODY.splitlines())
    done = _run(tmp_path, guarded)
    assert done.stdout.strip() == "READY"
    assert "if __name__" not in done.stderr


def test_outside_a_bootstrapping_worker_the_check_does_nothing():
    _exit_if_bootstrapping()  # (this process is no worker importing its main module: it returns)
    assert UNGUARDED_MAIN_EXIT == 78
    assert UnguardedMainError("x").status_code == 500


def test_the_error_is_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    errors = readme[readme.index("### Errors"):readme.index("### Web page")]
    assert "| 500 | `unguarded_main` |" in errors
