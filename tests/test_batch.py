"""The batch engine: inputs, JSONL records, whole-line output, resume, worker timeouts and crashes, and runs
of a few hundred documents with bad ones mixed in (the 10,000-document run is benchmarks/batch_run.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import files_fixtures as F
import summarizer.batch as batch
from summarizer.batch import (
    BatchConfig,
    RecordWriter,
    Task,
    error_record,
    expand_inputs,
    jsonl_tasks,
    run_tasks,
    scan_output,
)
from summarizer.errors import DecodeError

REPO = Path(__file__).resolve().parents[1]
ELDERLY = (Path(__file__).parent / "fixtures" / "essay_elderly_care.txt").read_text(encoding="utf-8")


def collect(tasks, **kwargs):
    out = []
    stats = run_tasks(tasks, BatchConfig(), lambda task, line, record, kind: out.append((task.id, line, kind)),
                      **kwargs)
    return out, stats


def text_tasks(texts: dict[str, str]) -> list[Task]:
    return [Task(index=i, id=k, source=k, text=v) for i, (k, v) in enumerate(texts.items())]


# ------------------------------------------------------------------------------------------ records


def test_error_record_shapes():
    assert error_record("a", DecodeError("bad bytes")) == {
        "id": "a", "source": "a", "error": {"type": "decode_error", "message": "bad bytes"}}
    assert error_record("b", FileNotFoundError("gone"))["error"]["type"] == "file_not_found"
    assert error_record("c", OSError("disk"))["error"]["type"] == "io_error"
    bug = error_record("d", ZeroDivisionError("boom"))["error"]
    assert bug["type"] == "internal_error" and "a bug" in bug["message"]
    assert error_record("e", kind="timeout", message="slow", source="e.txt") == {
        "id": "e", "source": "e.txt", "error": {"type": "timeout", "message": "slow"}}


# ------------------------------------------------------------------------------------------ inputs


def test_expand_inputs_walks_sorted_skips_hidden_and_other_suffixes(tmp_path):
    for name in ["b.txt", "a.pdf", "c.docx", "d.html", "noext", "x.png", ".hidden.txt", "sub/e.TXT", ".git/f.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    files, skipped = expand_inputs([str(tmp_path), str(tmp_path / "b.txt"), "-"])
    rel = [os.path.relpath(f, tmp_path) if f != "-" else f for f in files]
    assert rel == ["a.pdf", "b.txt", "c.docx", "d.html", "noext", os.path.join("sub", "e.TXT"), "-"]
    assert [(os.path.relpath(s.path, tmp_path), s.reason) for s in skipped] == [
        (".git", "hidden"), (".hidden.txt", "hidden"), ("x.png", "suffix")]


def test_jsonl_tasks_stream_with_ids_and_errors(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "x"}\n'
        b'{"id": 7, "text": "y"}\n'
        b"\n"
        b'{"id": true, "text": "z"}\n'
        b'{"id": "b", "text": null}\n'
        b'["id", "text"]\n'
        b'{"id": "c", "text": "\xff\xfe"}\n'
        b'{"id": "a", "text": "again"}\n'
    )
    tasks = list(jsonl_tasks(str(path)))
    assert [t.id for t in tasks] == ["a", "7", f"{path}:4", "b", f"{path}:6", f"{path}:7", "a#line8"]
    assert [t.error["type"] if t.error else None for t in tasks] == [
        None, None, "invalid_record", "invalid_record", "invalid_record", "invalid_record", "duplicate_id"]
    assert [t.index for t in tasks] == list(range(7))


# ------------------------------------------------------------------------------------------ output


def test_record_writer_appends_whole_lines_and_scan_output_repairs_a_cut_line(tmp_path):
    out = tmp_path / "out.jsonl"
    writer = RecordWriter(out, append=False)
    writer.write_line(json.dumps({"id": "a", "essays": []}))
    writer.write_line(json.dumps({"id": "b", "error": {"type": "empty_input", "message": "m"}}))
    writer.close()
    with open(out, "ab") as fh:
        fh.write(b'{"id": "c", "ess')  # a write cut short (power loss)
    ids, errors = scan_output(out)
    assert (ids, errors) == ({"a", "b"}, 1)
    assert out.read_bytes().endswith(b"}\n"), "the partial line is cut off"
    writer = RecordWriter(out, append=True)
    writer.write_line(json.dumps({"id": "c", "essays": []}))
    writer.close()
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b", "c"]
    assert scan_output(tmp_path / "missing.jsonl") == (set(), 0)


# ------------------------------------------------------------------------------------------ workers


def test_in_process_and_worker_processes_give_the_same_records():
    texts = {"a": ELDERLY, "b": "。。。", "c": "加强党建。"}
    here, stats_here = collect(text_tasks(texts), workers=0)
    there, stats_there = collect(text_tasks(texts), workers=2)
    assert sorted(here) == sorted(there)
    assert (stats_here.done, stats_here.failed) == (stats_there.done, stats_there.failed) == (3, 1)
    assert stats_here.errors_by_type == {"empty_input": 1}


def _misbehaving(original):
    def process_task(task, config):
        if task.id.startswith("crash"):
            os.kill(os.getpid(), signal.SIGKILL)
        if task.id.startswith("slow"):
            time.sleep(30)
        return original(task, config)

    return process_task


def test_a_slow_input_times_out_and_the_worker_is_replaced(monkeypatch):
    monkeypatch.setattr(batch, "process_task", _misbehaving(batch.process_task))  # inherited by forked workers
    texts = {"a": "加强党建。", "slow-1": "加强党建。", "b": "完善制度。", "c": ELDERLY}
    started = time.monotonic()
    records, stats = collect(text_tasks(texts), workers=2, timeout_s=1.0)
    assert time.monotonic() - started < 15  # wall-clock: the 1 s timeout, not the 30 s sleep (no speed target)
    kinds = {task_id: kind for task_id, _, kind in records}
    assert kinds == {"a": None, "slow-1": "timeout", "b": None, "c": None}
    assert stats.timeouts == 1


def test_a_worker_killed_by_its_input_is_replaced_and_the_input_recorded(monkeypatch):
    monkeypatch.setattr(batch, "process_task", _misbehaving(batch.process_task))
    texts = {"a": "加强党建。", "crash-1": "x", "b": "完善制度。", "c": ELDERLY, "d": "。。。"}
    records, stats = collect(text_tasks(texts), workers=2, timeout_s=30)
    kinds = {task_id: kind for task_id, _, kind in records}
    assert kinds == {"a": None, "crash-1": "worker_crashed", "b": None, "c": None, "d": "empty_input"}
    crashed = json.loads(next(line for task_id, line, _ in records if task_id == "crash-1"))
    assert "SIGKILL" in crashed["error"]["message"] and "2 times" in crashed["error"]["message"]
    assert stats.crashes == 2, "retried once, then recorded"


def test_a_worker_killed_from_outside_is_retried_without_losing_the_input(monkeypatch):
    """A signal from outside (an OOM killer, an operator): the input the worker held is redone."""
    killed: list[int] = []

    def emit(task, line, record, kind):
        if not killed:  # after the first record, kill the worker busy with the next input
            import psutil

            children = psutil.Process().children()
            if children:
                killed.append(children[0].pid)
                os.kill(children[0].pid, signal.SIGKILL)
        out.append((task.id, kind))

    out: list[tuple[str, str | None]] = []
    texts = {f"doc-{i}": ELDERLY for i in range(12)}
    stats = run_tasks(text_tasks(texts), BatchConfig(), emit, workers=2, timeout_s=60)
    assert killed
    assert sorted(out) == sorted((k, None) for k in texts), "every input once, all summarized"
    assert stats.done == 12


# ------------------------------------------------------------------------------------------ whole runs


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "summarizer.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=240, **kwargs)


def _make_mixed_folder(root: Path, n: int) -> dict[str, str | None]:
    """``n`` documents in six formats and encodings, four in ten bad; returns id -> expected error type."""
    expected: dict[str, str | None] = {}
    essay = F.ESSAY
    variants = [
        ("txt", lambda i: (essay + f"第{i}号文件。\n").encode("gb18030"), None),
        ("txt", lambda i: (essay + f"第{i}号。\n").encode("utf-8"), None),
        ("html", lambda i: F.page_html().replace("基石", f"基石（{i}）").encode("utf-8"), None),
        ("docx", lambda i: F.make_docx(), None),
        ("pdf", lambda i: F.make_pdf([F.ESSAY_LINES]), None),
        ("txt", lambda i: (essay + f"第{i}号。\n").encode("big5", errors="replace"), None),
        ("pdf", lambda i: F.make_scanned_pdf(1), "no_text_layer"),
        ("txt", lambda i: b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "unsupported_format"),
        ("txt", lambda i: "。。。\n".encode("utf-8"), "empty_input"),
        ("docx", lambda i: b"PK\x03\x04 broken zip", "decode_error"),
    ]
    docx_bytes = F.make_docx()
    pdf_bytes = F.make_pdf([F.ESSAY_LINES])
    for i in range(n):
        suffix, make, kind = variants[i % len(variants)]
        path = root / f"{i // 50:02d}" / f"doc{i:04d}.{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = docx_bytes if make is variants[3][1] else pdf_bytes if make is variants[4][1] else make(i)
        path.write_bytes(data)
        expected[str(path)] = kind
    return expected


def test_200_documents_with_bad_ones_mixed_in_every_id_accounted_for(tmp_path):
    expected = _make_mixed_folder(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"
    result = _cli("summarize", str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--timeout", "120")
    assert result.returncode == 1, result.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 200
    got = {r["id"]: r.get("error", {}).get("type") for r in records}
    assert got == expected
    assert "summarized 120 of 200 inputs; 80 failed (decode_error: 20, empty_input: 20, no_text_layer: 20, unsupported_format: 20)" in result.stderr


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen, limit_s: float = 120) -> int:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if path.exists():
            count = path.read_bytes().count(b"\n")
            if count >= n:
                return count
        assert proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.05)
    raise AssertionError(f"fewer than {n} lines after {limit_s} s")


def test_kill_a_worker_then_the_run_then_resume_every_id_exactly_once(tmp_path):
    """A worker is SIGKILLed mid-run (its input is redone), then the whole run is SIGKILLed; ``--resume``
    finishes the job: every id exactly once, no half line, nothing summarized twice."""
    import psutil

    src = tmp_path / "in.jsonl"
    ids = [f"doc-{i:03d}" for i in range(240)]
    with src.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            text = "。。。" if i % 40 == 7 else (ELDERLY * 6) + f"\n第{i}号。"
            fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "summarize", "--input-jsonl", str(src),
                             "-o", str(out), "--workers", "2", "--quiet"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_lines(out, 15, proc)
        workers = psutil.Process(proc.pid).children()
        assert len(workers) == 2
        os.kill(workers[0].pid, signal.SIGKILL)
        _wait_for_lines(out, 60, proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    before = out.read_bytes()
    assert before.endswith(b"\n"), "no half line after a kill"
    first = [json.loads(line)["id"] for line in before.splitlines()]
    assert len(first) == len(set(first)) and len(first) < len(ids)

    result = _cli("summarize", "--input-jsonl", str(src), "-o", str(out), "--workers", "2", "--resume")
    assert result.returncode == 1, result.stderr[-2000:]  # the empty inputs are errors
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = [r["id"] for r in records]
    assert sorted(got) == ids, "every id exactly once"
    assert got[:len(first)] == first, "the records from before the kill are kept as they were"
    errors = {r["id"] for r in records if "error" in r}
    assert errors == {doc_id for i, doc_id in enumerate(ids) if i % 40 == 7}
    assert all(r["error"]["type"] == "empty_input" for r in records if "error" in r), "no worker_crashed"
    assert f"{len(first)} already in" in result.stderr


def test_sigterm_stops_the_run_with_whole_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(200):
            fh.write(json.dumps({"id": str(i), "text": ELDERLY * 4}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "summarize", "--input-jsonl", str(src),
                             "-o", str(out), "--workers", "2"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for_lines(out, 10, proc)
    children = psutil_children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err
    assert "continue with --resume" in err
    assert out.read_bytes().endswith(b"\n")
    deadline = time.monotonic() + 10
    while any(c.is_running() and c.status() != "zombie" for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(c.is_running() and c.status() != "zombie" for c in children), "workers stopped too"


def test_sigterm_in_process_is_an_interruption_not_the_inputs_error(tmp_path):
    """With --workers 0 the input is read in the main process: SIGTERM while it waits on a FIFO nobody writes to
    stops the run (exit 143) without an ``internal_error`` record for that input, and the --resume hint is given
    only where --resume could be used (an output file)."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "summarize", str(fifo), "--workers", "0"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = os.open(fifo, os.O_WRONLY)  # returns once the run has opened the FIFO: it now waits in read()
    try:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        os.close(writer)
    assert proc.returncode == 143, err
    assert "internal_error" not in out and "internal error" not in err
    assert "interrupted: the records written so far are whole" in err and "--resume" not in err


def psutil_children(pid: int):
    import psutil

    return psutil.Process(pid).children()


@pytest.mark.parametrize("workers", [0, 2])
def test_an_internal_error_does_not_stop_the_run(monkeypatch, workers):
    original = batch.process_task

    def flaky(task, config):
        if task.id == "bug":
            raise ZeroDivisionError("boom")
        return original(task, config)

    monkeypatch.setattr(batch, "process_task", flaky)
    records, stats = collect(text_tasks({"a": "加强党建。", "bug": "x", "b": "完善制度。"}), workers=workers)
    kinds = {task_id: kind for task_id, _, kind in records}
    assert kinds == {"a": None, "bug": "internal_error", "b": None}
    message = json.loads(next(line for task_id, line, _ in records if task_id == "bug"))["error"]["message"]
    assert "ZeroDivisionError" in message and "a bug" in message
