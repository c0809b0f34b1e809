"""trial13: an interrupted run says what its output holds and how to go on: nothing when the output is written at
the end (Markdown/JSON with --collection, JSON of several inputs), and --resume without --collection for a JSONL
file of a --collection run (--collection --resume is a usage error)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import OutputFormat, _interrupted_message

REPO = Path(__file__).resolve().parent.parent
ESSAY = "一、存在的问题\n基层人员不足，经费紧张。\n二、对策建议\n要充实基层力量，加大财政投入。\n"


def _interrupt(tmp_path: Path, *args: str) -> tuple[int, str]:
    """Run ``summarize`` on a text and a FIFO nobody writes to (read in this process: --workers 0), SIGTERM it
    while it waits on the FIFO, and give its exit status and stderr."""
    (tmp_path / "a.txt").write_text(ESSAY, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "summarize", str(tmp_path / "a.txt"), str(fifo),
                             "--workers", "0", "--quiet", *args],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = os.open(fifo, os.O_WRONLY)  # returns once the run has opened the FIFO: it now waits in read()
    try:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        os.close(writer)
    return proc.returncode, err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_interrupted_collection_to_markdown_says_that_nothing_was_written(tmp_path):
    out = tmp_path / "themes.md"
    status, err = _interrupt(tmp_path, "--collection", "-o", str(out))
    assert status == 143
    assert "interrupted: no record was written (with --collection, Markdown and JSON are written at the end" in err
    assert "--resume" not in err and "whole" not in err
    assert out.read_bytes() == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_interrupted_collection_to_jsonl_says_resume_without_collection(tmp_path):
    out = tmp_path / "out.jsonl"
    status, err = _interrupt(tmp_path, "--collection", "-o", str(out))
    assert status == 143
    assert ("interrupted: the records written so far are whole; continue with --resume (without --collection: the "
            "themes need every record of one run)") in err
    assert out.read_text(encoding="utf-8").count("\n") == 1  # a.txt's record, whole


def test_the_message_for_each_output():
    def msg(fmt, to_file=True, collection=False, several=True):
        return _interrupted_message(fmt, to_file=to_file, collection=collection, several=several)

    assert msg(OutputFormat.jsonl) == "interrupted: the records written so far are whole; continue with --resume"
    assert msg(OutputFormat.jsonl, to_file=False) == "interrupted: the records written so far are whole"
    assert msg(OutputFormat.markdown) == "interrupted: the records written so far are whole"
    assert msg(OutputFormat.json).startswith(
        "interrupted: no record was written (JSON of several inputs is one array, written at the end)")
    assert msg(OutputFormat.json, several=False) == "interrupted: the records written so far are whole"
    assert msg(OutputFormat.json, several=False, collection=True).startswith("interrupted: no record was written")


@pytest.mark.skipif(not (hasattr(os, "mkfifo") and Path("/proc/self/task").is_dir()), reason="needs FIFOs and /proc")
def test_a_run_blocked_on_a_fifo_has_only_its_main_thread(tmp_path):
    """A process-directed signal goes to any thread that does not block it, and CPython's handler runs only when the
    main thread next runs Python code: with an idle OpenBLAS thread beside it, a SIGTERM could land there and the
    main thread, blocked reading the FIFO, never stopped (the flaky CI failure of the tests above). The CLI runs
    OpenBLAS with one thread (``cli.one_blas_thread``), so the blocked run is one thread."""
    (tmp_path / "a.txt").write_text(ESSAY, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | {"PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "summarize", str(tmp_path / "a.txt"), str(fifo),
                             "--workers", "0", "--quiet", "-o", str(tmp_path / "out.jsonl")],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = os.open(fifo, os.O_WRONLY)  # the run has summarized a.txt (numpy loaded) and now reads the FIFO
    try:
        threads = sorted(os.listdir(f"/proc/{proc.pid}/task"))
    finally:
        os.close(writer)  # end of file: the FIFO is an empty input, reported as such
        proc.communicate(timeout=120)
    assert threads == [str(proc.pid)]
    assert proc.returncode == 1  # a.txt summarized, the empty FIFO an error record
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2


def test_one_blas_thread_keeps_the_users_setting(monkeypatch):
    from summarizer.cli import BLAS_THREADS_VARIABLE, one_blas_thread

    monkeypatch.setenv(BLAS_THREADS_VARIABLE, "4")
    one_blas_thread()
    assert os.environ[BLAS_THREADS_VARIABLE] == "4"
    monkeypatch.delenv(BLAS_THREADS_VARIABLE)
    one_blas_thread()
    assert os.environ[BLAS_THREADS_VARIABLE] == "1"
