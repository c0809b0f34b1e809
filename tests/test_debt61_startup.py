"""debt61 (issue 9): ``summarizer summarize`` of an input that fails before it is read (an empty file, a wrong
path, a folder) or of a wrong option answers without importing the pipeline, the tokenizer's backend or the
other commands' modules, with the same record and exit status; a batch whose inputs all fail so starts no worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer

from summarizer import batch, cli, commands

REPO = Path(__file__).resolve().parents[1]
#: Modules a bad input must not import (the pipeline and its rules, the segmentation backend, the other commands).
HEAVY = ("summarizer.pipeline", "summarizer.points", "summarizer.aspects", "summarizer.clean", "rjieba", "jieba",
         "summarizer.evaluation.cli", "summarizer.train", "scipy")

# Runs the console script's main() with the given argv; prints the heavy modules imported on stdout's last line.
_PROBE = """
import json, sys
HEAVY = json.loads(sys.argv[1])
sys.argv = ["summarizer", *json.loads(sys.argv[2])]
import summarizer.cli
code = 0
try:
    summarizer.cli.main()
except SystemExit as exc:
    code = exc.code or 0
print()
print(json.dumps({"code": code, "imported": sorted(m for m in HEAVY if m in sys.modules)}))
"""


def _run(*args: str) -> tuple[str, str, dict]:
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(HEAVY), json.dumps(list(args))], cwd=REPO,
                         capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    lines = out.stdout.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]), out.stderr, json.loads(lines[-1])


def test_an_empty_file_is_answered_without_the_pipeline(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    text, err, seen = _run("summarize", str(empty))
    assert seen == {"code": 1, "imported": []}
    assert json.loads(text) == {"id": str(empty), "source": str(empty),
                                "error": {"type": "empty_input", "message": f"{empty}: the file is empty (0 bytes)"}}
    assert f"error: {empty}: the file is empty (0 bytes)" in err


def test_a_wrong_path_and_a_wrong_option_are_answered_without_the_pipeline(tmp_path):
    missing = tmp_path / "无.txt"
    text, _, seen = _run("summarize", str(missing))
    assert seen == {"code": 1, "imported": []}
    assert json.loads(text)["error"] == {"type": "file_not_found", "message": f"file not found: {missing}"}
    _, err, seen = _run("summarize", "--max-points", "0", str(missing))
    assert seen == {"code": 2, "imported": []} and "--max-points" in err


def test_an_input_with_text_still_imports_the_pipeline(tmp_path):
    # negative: the lazy imports must not skip the work of an input that has text
    doc = tmp_path / "文.txt"
    doc.write_text("当前存在的问题是资金不足。建议加大投入。", encoding="utf-8")
    text, _, seen = _run("summarize", "--workers", "0", str(doc))
    assert seen["code"] == 0 and "summarizer.pipeline" in seen["imported"]
    assert json.loads(text)["id"] == str(doc)


def _task(path: Path | str) -> batch.Task:
    return batch.Task(index=0, id=str(path), source=str(path), path=str(path))


def test_known_failure_gives_the_record_the_worker_would_give(tmp_path):
    empty, folder, missing = tmp_path / "a.txt", tmp_path / "目录", tmp_path / "b.txt"
    empty.write_bytes(b"")
    folder.mkdir()
    config = batch.BatchConfig()
    for path, kind in ((empty, "empty_input"), (folder, "is_a_directory"), (missing, "file_not_found")):
        known = batch.known_failure(_task(path), config)
        assert known.error is not None and known.error["type"] == kind
        assert batch.process_task(known, config) == batch.process_task(_task(path), config)


def test_known_failure_leaves_a_file_with_bytes_and_a_fifo_to_the_worker(tmp_path):
    doc, fifo = tmp_path / "c.txt", tmp_path / "管道"
    doc.write_bytes(b"\xe5")  # one byte, even an undecodable one: the worker reads it
    os.mkfifo(fifo)  # opening it here would block until a writer came
    for path in (doc, fifo):
        assert batch.known_failure(_task(path), batch.BatchConfig()).error is None
    given = batch.Task(index=0, id="d", source="d", path=str(tmp_path / "d.txt"), data=b"")  # bytes read elsewhere
    assert batch.known_failure(given, batch.BatchConfig()).error is None


def test_a_batch_of_known_failures_starts_no_worker(tmp_path, monkeypatch):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")

    def no_worker(*args, **kwargs):
        raise AssertionError("a worker was started")

    monkeypatch.setattr(batch._Pool, "start", no_worker)
    seen: list[str] = []
    stats = batch.run_tasks([_task(empty), _task(tmp_path / "f.txt")], batch.BatchConfig(),
                            lambda task, line, record, kind: seen.append(kind), workers=2)
    assert seen == ["empty_input", "file_not_found"] and stats.failed == 2


def test_the_app_of_one_command_lists_every_command():
    full = list(typer.main.get_command(commands.command_app()).commands)
    for name in ("summarize", "extract", "serve"):
        assert list(typer.main.get_command(commands.command_app(name)).commands) == full == list(cli.COMMANDS)
    assert commands.app is commands.command_app()
