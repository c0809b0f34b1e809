"""Batch output that cannot be corrupted: one writer per output file (a lock), write errors (disk full, a file-size
limit, a closed pipe) that end the run with exit 3 and whole lines only, FIFOs and devices in input folders
skipped, a cut-off last character read with a warning (issue 9), and the CLI's account of what it did (issue 10)."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import batch
from summarizer.batch import OutputLock, OutputLockedError, OutputWriteError, RecordWriter, Skipped, expand_inputs
from summarizer.cli import EXIT_OUTPUT_FAILED, EXIT_OUTPUT_LOCKED, app

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
ELDERLY = FIXTURES / "essay_elderly_care.txt"
RIVER = FIXTURES / "essay_river_chief.txt"
SHORT = ("一、存在的问题\n一是基层人员不足。二是经费保障紧张。\n"
         "二、对策建议\n一是充实基层工作队伍。二是加大财政投入力度。\n")


def run(*args, input: bytes | None = None):
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args], input=input)


def _cli(*args, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "summarizer.cli", *map(str, args)], cwd=REPO, env=env,
                            stdout=kwargs.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE, **kwargs)


def _jsonl_input(path: Path, n: int, text: str = SHORT) -> Path:
    path.write_text("".join(json.dumps({"id": f"doc{i:03d}", "text": text}, ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_bytes().decode("utf-8").splitlines()]


def _locked_by_someone(path: Path) -> bool:
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


# ------------------------------------------------------------------------------------------ one writer per output


def test_a_second_writer_of_the_same_file_is_refused_and_changes_nothing(tmp_path):
    out = tmp_path / "out.jsonl"
    first = RecordWriter(out, append=False)
    first.write_line('{"id":"a"}')
    with pytest.raises(OutputLockedError, match="being written by another run"):
        RecordWriter(out, append=False)  # would have truncated the file before the lock existed
    with pytest.raises(OutputLockedError):
        RecordWriter(out, append=True)
    assert out.read_bytes() == b'{"id":"a"}\n'
    first.close()
    second = RecordWriter(out, append=True)  # the lock goes with the first writer
    second.write_line('{"id":"b"}')
    second.close()
    assert _ids(out) == ["a", "b"]


def test_two_batch_runs_on_one_output_cannot_both_write(tmp_path):
    out = tmp_path / "out.jsonl"
    # run A holds the output while it waits for its standard input: it has opened and locked the file first
    a = _cli("summarize", "-", "--input-jsonl", _jsonl_input(tmp_path / "in.jsonl", 3), "-o", out, "--workers", "0",
             stdin=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out.exists() and _locked_by_someone(out)):
        assert a.poll() is None, a.stderr.read().decode()
        assert time.monotonic() < deadline, "run A never locked its output"
        time.sleep(0.05)
    for resume in ([], ["--resume"]):
        b = run("summarize", ELDERLY, "-o", out, *resume)  # run B, on the same file: refused, nothing written
        assert b.exit_code == EXIT_OUTPUT_LOCKED == 4
        assert b.stderr == f"error: {out} is being written by another run (it holds the file's lock); wait for " \
                           "that run to end, or write to another file\n"
        assert b.stdout == ""
    _, err = a.communicate(SHORT.encode("utf-8"), timeout=120)
    assert a.returncode == 0, err.decode()
    assert sorted(_ids(out)) == ["-", "doc000", "doc001", "doc002"]


def test_a_directory_output_is_locked_through_a_lock_file(tmp_path):
    lock = OutputLock(tmp_path / ".summarizer.lock", name=str(tmp_path))
    with pytest.raises(OutputLockedError, match=f"^{tmp_path} is being written by another run"):
        OutputLock(tmp_path / ".summarizer.lock", name=str(tmp_path))
    lock.release()
    with OutputLock(tmp_path / ".summarizer.lock") as again:
        assert again.locked


def test_a_device_output_is_not_locked_so_two_runs_may_share_it():
    # (/dev/null is one file for every process on the machine: a lock on it would refuse a second, unrelated run,
    # and two runs writing there at once are not one output written twice)
    first = RecordWriter("/dev/null", append=False)
    second = RecordWriter("/dev/null", append=False)
    assert (first.locked, second.locked, first.regular) == (False, False, False)
    first.write_line('{"id":"a"}')
    second.write_line('{"id":"b"}')
    assert (first.records, second.records) == (1, 1)
    first.close()
    second.close()


def test_forked_workers_do_not_hold_the_lock(tmp_path):
    out = tmp_path / "out.jsonl"
    writer = RecordWriter(out, append=False)
    assert writer.locked
    free = []

    def emit(task, line, record, kind):
        writer.write_line(line)
        writer.close()  # the run lets go of its output while its worker process is still alive...
        free.append(not _locked_by_someone(out))  # ...and nobody holds the lock any more

    tasks = [batch.Task(index=0, id="a", source="a", text=SHORT)]
    stats = batch.run_tasks(tasks, batch.BatchConfig(), emit, workers=1)
    assert (stats.done, free) == (1, [True])
    assert batch._OUTPUT_FDS == set()


# ------------------------------------------------------------------------------------------ write errors


def test_dev_full_exits_3_with_a_clear_error_and_no_partial_line(tmp_path):
    for fmt in ("json", "jsonl", "markdown"):
        result = run("summarize", ELDERLY, "-o", "/dev/full", "--format", fmt)
        assert result.exit_code == EXIT_OUTPUT_FAILED == 3, result.stderr
        assert result.stderr == ("error: cannot write /dev/full: No space left on device (ENOSPC); 0 record(s) were "
                                 "written before it, each whole" +
                                 ("; make room and continue with --resume" if fmt == "jsonl" else "") + "\n")
        assert "Traceback" not in result.stderr


def test_a_write_cut_short_is_cut_back_to_the_last_whole_line(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    writer = RecordWriter(out, append=False)
    writer.write_line('{"id":"a"}')
    real_write = os.write

    def half_then_full(fd, data):
        if fd != writer.fd:
            return real_write(fd, data)
        if len(data) > 4:
            return real_write(fd, bytes(data[:4]))  # the kernel takes part of the record...
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ...then the disk is full

    monkeypatch.setattr(batch.os, "write", half_then_full)
    with pytest.raises(OutputWriteError) as info:
        writer.write_line('{"id":"b","essays":[]}')
    monkeypatch.undo()
    assert info.value.cause.errno == errno.ENOSPC and info.value.records == 1
    assert str(info.value) == f"cannot write {out}: No space left on device (ENOSPC)"
    assert out.read_bytes() == b'{"id":"a"}\n', "the partial record is cut off"
    writer.close()


def test_a_file_size_limit_ends_the_run_with_whole_lines_and_resume_completes_it(tmp_path):
    out = tmp_path / "out.jsonl"
    data = _jsonl_input(tmp_path / "in.jsonl", 20)
    limit = 6_000  # bytes: a few records fit, the next write is cut by the kernel (EFBIG)

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = _cli("summarize", "--input-jsonl", data, "-o", out, "--workers", "0", preexec_fn=small_files)
    _, err = proc.communicate(timeout=240)
    err = err.decode("utf-8")
    assert proc.returncode == 3, err
    assert "File too large (EFBIG)" in err and "each whole; make room and continue with --resume" in err
    assert "Traceback" not in err
    raw = out.read_bytes()
    assert 0 < len(raw) <= limit and raw.endswith(b"\n"), "no partial last line"
    kept = _ids(out)  # every line is a whole record
    assert 0 < len(kept) < 20
    assert f"{len(kept)} record(s) were written before it" in err
    resumed = run("summarize", "--input-jsonl", data, "-o", out, "--resume", "--workers", "0", "--quiet")
    assert resumed.exit_code == 0, resumed.stderr
    assert sorted(_ids(out)) == [f"doc{i:03d}" for i in range(20)], "every id exactly once"


def test_a_closed_pipe_ends_the_run_with_exit_3_and_a_clear_error(tmp_path):
    text = ELDERLY.read_text(encoding="utf-8")  # ~3 KB a record: 40 of them fill the pipe's buffer
    proc = _cli("summarize", "--input-jsonl", _jsonl_input(tmp_path / "in.jsonl", 40, text), "--workers", "0")
    first = proc.stdout.readline()
    assert json.loads(first)["id"] == "doc000"
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=240) == 3, err
    assert "error: cannot write standard output: Broken pipe (EPIPE) (the reader went away)" in err
    assert "Traceback" not in err and "Exception ignored" not in err


# ------------------------------------------------------------------------------------------ FIFOs and devices


def test_a_fifo_in_an_input_folder_is_skipped_not_waited_for(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # nobody ever writes to it: reading it would wait for ever
    files, skipped = expand_inputs([str(folder), str(folder / "*.txt")])
    assert files == [str(folder / "a.txt")]
    assert skipped == [Skipped(str(folder / "b.txt"), "not_a_file")] * 2
    result = run("summarize", folder, "--workers", "0")
    assert result.exit_code == 0, result.stderr
    assert _ids_of(result.stdout) == [str(folder / "a.txt")]
    assert result.stderr.strip().endswith(
        f"1 file(s) skipped: 1 not regular files (FIFO, device, socket) ({folder / 'b.txt'})")


def test_devices_in_an_input_folder_are_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    os.symlink("/dev/zero", folder / "zero")  # a link to a device: an endless read
    files, skipped = expand_inputs([str(folder)])
    assert (files, skipped) == ([str(folder / "a.txt")], [Skipped(str(folder / "zero"), "not_a_file")])


def _ids_of(stdout: str) -> list[str]:
    return [json.loads(line)["id"] for line in stdout.splitlines()]


# ------------------------------------------------------------------------------------------ decoding warnings


def test_a_utf8_file_with_its_last_character_cut_off_is_summarized_with_a_warning(tmp_path):
    text = ELDERLY.read_text(encoding="utf-8").rstrip()
    assert len(text[-1].encode("utf-8")) == 3
    cut = tmp_path / "cut.txt"
    cut.write_bytes(text.encode("utf-8")[:-1])  # the last character's final byte is gone
    result = run("summarize", cut, RIVER)
    assert result.exit_code == 0, result.stderr
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    record = records[str(cut)]
    assert record["encoding"] == "utf-8" and record["chars"] == len(text)
    line = text.count("\n") + 1
    message = (f"the last character is cut off (the bytes end inside a UTF-8 sequence, at byte offset "
               f"{len(text.encode('utf-8')) - 3}, line {line}): it reads as U+FFFD")
    assert record["warnings"] == [{"type": "truncated_character", "message": message}]
    assert records[str(RIVER)]["warnings"] == []
    assert record["essays"][0]["challenges"], "the document is summarized, not refused"
    assert f"warning: {cut}: {message}" in result.stderr.splitlines()
    assert "warnings (truncated_character: 1)" in result.stderr.splitlines()[-1]
    md = run("summarize", cut, "--format", "markdown").stdout
    assert f"> ⚠ {message}" in md
    from summarizer import summarize  # the library reports it too (and so does the HTTP API: the same model)

    assert [w.type for w in summarize(cut.read_bytes()).warnings] == ["truncated_character"]


# ------------------------------------------------------------------------------------------ B26: text files


def test_b26_gbk_and_utf16_files_give_the_utf8_summary_and_undecodable_bytes_name_their_line(tmp_path):
    text = ELDERLY.read_text(encoding="utf-8")
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))  # with its BOM
    (tmp_path / "utf16be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    result = run("summarize", tmp_path, "--quiet")
    assert result.exit_code == 0, result.stderr
    records = {Path(r["id"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert {k: r["encoding"] for k, r in records.items()} == {
        "utf8.txt": "utf-8", "gbk.txt": "gb18030", "utf16.txt": "utf-16-le", "utf16be.txt": "utf-16-be"}
    essays = {k: r["essays"] for k, r in records.items()}
    assert essays["gbk.txt"] == essays["utf16.txt"] == essays["utf16be.txt"] == essays["utf8.txt"]
    # a UTF-8 file with one bad byte on line 3 is read (one U+FFFD), and the warning names the line
    lines = text.splitlines(keepends=True)
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("".join(lines[:2]).encode("utf-8") + b"\xff" + "".join(lines[2:]).encode("utf-8"))
    record = json.loads(run("summarize", damaged).stdout)
    assert record["encoding"] == "utf-8" and record["chars"] == len(text) + 1
    offset = len("".join(lines[:2]).encode("utf-8"))
    assert record["warnings"] == [{"type": "invalid_bytes", "message": "1 invalid UTF-8 byte sequence(s) read as "
                                   f"U+FFFD, on line(s) 3 (the first at byte offset {offset})"}]
    # a UTF-16 file cut in the middle of its last code unit: read, with a warning
    odd = tmp_path / "odd.txt"
    odd.write_bytes(text.encode("utf-16")[:-1])
    record = json.loads(run("summarize", odd).stdout)
    assert [w["type"] for w in record["warnings"]] == ["truncated_character"] and record["chars"] == len(text)


def test_b26_an_undecodable_file_is_an_error_record_naming_its_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\nline two\n" + bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x30]) * 40)
    result = run("summarize", bad)
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "decode_error"
    assert "the first invalid byte is on line 3, byte offset 18" in error["message"]


# ------------------------------------------------------------------------------------------ stderr lines


def test_each_error_line_names_the_record_id_or_file(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join([
        json.dumps({"id": 1, "text": "。。。"}),
        json.dumps({"id": "a", "source": "https://example.org/a", "text": ""}),
        json.dumps({"id": "ok", "text": SHORT}, ensure_ascii=False),
        "not json",
    ]) + "\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run("summarize", "--input-jsonl", data, missing, "--workers", "0")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: file not found: {missing}",
        "error: 1: text is empty: it has no letter, digit or CJK character",
        "error: a (https://example.org/a): text is empty: it has no letter, digit or CJK character",
        f"error: {data}:4: not valid JSON (Expecting value: line 1 column 1 (char 0))",
    ]


def test_b26_lone_surrogates_in_ids_and_file_names_are_written_as_json_escapes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xba\xba.txt")  # 汉.txt in GBK on a UTF-8 system: Python reads it as "\udcba\udcba.txt"
    (folder / name).write_text(SHORT, encoding="utf-8")
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "a\\ud800", "text": "加强基层治理。提升服务效能。"}\n'
                    '{"id": "b", "source": "x\\udc80", "text": "加强基层治理\\ud800。"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("summarize", folder, "--input-jsonl", data, "-o", out, "--workers", "0")
    assert result.exit_code == 1, result.stderr  # b's text is not Unicode text: its error record
    raw = out.read_bytes()
    raw.decode("utf-8")  # valid UTF-8 throughout
    assert b'"id":"a\\ud800"' in raw and b'"source":"x\\udc80"' in raw
    records = {r["id"]: r for r in map(json.loads, raw.splitlines())}  # and valid JSON: the ids come back
    assert set(records) == {str(folder / name), "a\ud800", "b"}
    assert records["b"]["error"]["type"] == "decode_error" and "essays" in records["a\ud800"]
    resumed = run("summarize", folder, "--input-jsonl", data, "-o", out, "--resume", "--workers", "0")
    assert "summarized 0 of 0 inputs; 3 already in" in resumed.stderr and len(out.read_bytes().splitlines()) == 3
    for fmt in ("json", "markdown"):  # standard output too
        shown = run("summarize", folder / name, "--format", fmt)
        assert shown.exit_code == 0 and "\\udcba\\udcba.txt" in shown.stdout
