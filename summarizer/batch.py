"""Batch summarizing: many inputs → one JSONL record each, in worker processes, resumable after a kill.

The engine behind ``summarizer summarize DIR_OR_GLOB... -o out.jsonl`` (and ``--input-jsonl``):

* **Inputs** (:class:`Task`): files (a directory is walked for the suffixes in
  :data:`summarizer.readers.SUFFIXES` and files without a suffix; a glob is expanded, ``**`` included), standard
  input (``-``), or the records of a JSONL file (``{"id": ..., "text": ...}``, one per line).
* **One record per input**, always: a result (``{"id", "source", "encoding", "format", ..., "essays"}``, i.e.
  ``id`` plus a :class:`~summarizer.schema.DocumentSummary`) or an error
  ``{"id", "source", "error": {"type", "message"}}`` (:func:`error_record`). Ids are the path as given, or the
  JSONL record's ``id``; a JSONL id seen before gets the error ``duplicate_id`` under the id ``ID#lineN``.
* **Workers** (:func:`run_tasks`): ``workers`` processes, each summarizing one input at a time. An input that
  takes longer than ``timeout_s`` seconds gets the error ``timeout`` and its worker is replaced; a worker that
  dies (killed by a signal, out of memory, a crash in a C extension) is replaced and its input retried once,
  then recorded as ``worker_crashed``. ``workers=0`` runs everything in the calling process (no timeout).
* **Whole lines** (:class:`RecordWriter`): each record is one ``write(2)`` of a complete line to a file opened
  with ``O_APPEND``, so a kill leaves either the whole line or none of it; :func:`scan_output` (``--resume``)
  also cuts off a trailing partial line (after a power loss) and returns the ids already done.
"""

from __future__ import annotations

import glob
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer import tokenize
from summarizer.errors import SummarizerError
from summarizer.pipeline import summarize
from summarizer.readers import SUFFIXES, read_bytes, read_path

__all__ = [
    "BatchConfig",
    "BatchStats",
    "RecordWriter",
    "Task",
    "error_record",
    "expand_inputs",
    "jsonl_tasks",
    "count_jsonl_records",
    "process_task",
    "run_tasks",
    "scan_output",
    "summarize_text_record",
]

STDIN_NAME = "-"

_OS_ERROR_TYPES: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "file_not_found"),
    (IsADirectoryError, "is_a_directory"),
    (PermissionError, "permission_denied"),
)


# ------------------------------------------------------------------------------------------ records


def error_record(task_id: str | None, exc: BaseException | None = None, *, source: str | None = None,
                 kind: str | None = None, message: str | None = None) -> dict[str, Any]:
    """The error record of a failed input: ``{"id", "source", "error": {"type", "message"}}``.

    ``type`` is the library error's ``code`` (``decode_error``, ``empty_input``, ``no_text_layer``…), an
    I/O kind (``file_not_found``, ``is_a_directory``, ``permission_denied``, ``io_error``), ``kind`` when
    given (``timeout``, ``worker_crashed``, ``invalid_record``, ``duplicate_id``), or ``internal_error`` for a
    bug (the message then says so). The HTTP batch endpoint returns the same shape.
    """
    if kind is None:
        if isinstance(exc, SummarizerError):
            kind = exc.code
        elif isinstance(exc, OSError):
            kind = next((name for cls, name in _OS_ERROR_TYPES if isinstance(exc, cls)), "io_error")
        else:
            kind = "internal_error"
    if message is None:
        message = (str(exc) or type(exc).__name__) if exc is not None else kind
        if kind == "internal_error" and exc is not None:
            message = f"internal error (a bug, please report it): {type(exc).__name__}: {message}"
    record: dict[str, Any] = {"id": task_id}
    record["source"] = source if source is not None else task_id
    record["error"] = {"type": kind, "message": message}
    return record


def summarize_text_record(task_id: str, text: str, *, source: str | None = None, options: Any = None,
                          max_chars: int | None = None, tokenizer: tokenize.Tokenizer | None = None) -> dict[str, Any]:
    """Summarize one text and return its record (``id`` + summary, or an error record); never raises for bad
    input. ``max_chars`` limits the text in characters; ``tokenizer`` as :func:`summarizer.summarize`."""
    try:
        result = summarize(text, source=source if source is not None else task_id, options=options,
                           max_chars=max_chars, tokenizer=tokenizer)
    except Exception as exc:  # noqa: BLE001 - every failure becomes this input's record
        _debug_traceback(exc)
        return error_record(task_id, exc, source=source)
    return {"id": task_id, **result.model_dump(mode="json")}


# ------------------------------------------------------------------------------------------ tasks


@dataclass
class Task:
    """One input of a batch.

    Exactly one of ``path`` (a file, read by the worker), ``data`` (bytes, e.g. standard input), ``text``
    (a JSONL record's text) or ``error`` (an input already known to be bad: an invalid JSONL line) is set;
    or ``path`` with ``data``: a file whose bytes were already read (by Ray Data, :mod:`summarizer.distributed`),
    summarized exactly as if it were read here.
    """

    index: int
    id: str
    source: str
    path: str | None = None
    data: bytes | None = None
    text: str | None = None
    error: dict[str, str] | None = None
    attempts: int = 0


@dataclass(frozen=True)
class BatchConfig:
    """What every task of a batch is summarized with.

    Attributes:
        options: :class:`~summarizer.schema.SummarizeOptions` (``None``: defaults).
        max_bytes: largest input file (or standard input) in bytes.
        max_chars: longest text in characters (``None``: no limit).
        input_format: ``None``/``"auto"`` to detect each file's format, or one of ``text``, ``html``, ``docx``, ``pdf``.
        tokenizer: the segmentation backend, ``"jieba"`` or ``"rjieba"`` (``None``: the library default,
            :func:`summarizer.tokenize.get_tokenizer`); a name, so that the config can be sent to worker processes.
        user_dict: a jieba user dictionary file (``None``: ``$SUMMARIZER_USER_DICT``, else none); implies jieba.
    """

    options: Any = None
    max_bytes: int | None = None
    max_chars: int | None = None
    input_format: str | None = None
    tokenizer: str | None = None
    user_dict: str | None = None


def expand_inputs(args: Iterable[str]) -> tuple[list[str], list[str]]:
    """Turn command-line inputs into a list of files.

    * ``-`` stays (standard input);
    * a directory is walked recursively, in sorted order; it yields the files whose suffix is in
      :data:`summarizer.readers.SUFFIXES` or that have no suffix; hidden files and folders (``.name``) are
      left out; the other files are returned as *skipped*;
    * an argument with ``*``, ``?`` or ``[`` that is not an existing file is a glob (``**`` matches folders at
      any depth); a directory it matches is walked as above; a glob that matches nothing is kept as it is
      (it then fails as ``file_not_found``, so it is accounted for);
    * anything else is a file, kept even when missing (it gets its ``file_not_found`` record).

    Each path appears once, first place kept. Returns ``(files, skipped)``.
    """
    files: list[str] = []
    skipped: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            files.append(path)

    def walk(directory: str) -> None:
        for root, dirs, names in os.walk(directory):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                suffix = Path(name).suffix.lower()
                if suffix in SUFFIXES or not suffix:
                    add(path)
                else:
                    skipped.append(path)

    for arg in args:
        if arg == STDIN_NAME:
            add(arg)
        elif os.path.isdir(arg):
            walk(arg)
        elif glob.has_magic(arg) and not os.path.exists(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                add(arg)
            for match in matches:
                if os.path.isdir(match):
                    walk(match)
                else:
                    add(match)
        else:
            add(arg)
    return files, skipped


def file_tasks(files: Iterable[str], *, start: int = 0, stdin: Callable[[], bytes] | None = None) -> Iterator[Task]:
    """One :class:`Task` per file; ``-`` reads standard input through ``stdin()`` (in this process)."""
    for i, name in enumerate(files, start):
        if name == STDIN_NAME and stdin is not None:
            try:
                yield Task(index=i, id=name, source=name, data=stdin())
            except Exception as exc:  # noqa: BLE001 - e.g. standard input over --max-bytes
                yield Task(index=i, id=name, source=name, error=error_record(name, exc)["error"])
        else:
            yield Task(index=i, id=name, source=name, path=name)


def count_jsonl_records(path: str) -> int:
    """Number of non-blank lines of a JSONL file (for the progress bar); 0 when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 0


def jsonl_tasks(path: str, *, start: int = 0) -> Iterator[Task]:
    """One :class:`Task` per non-blank line of a JSONL file of ``{"id": str|int, "text": str, "source"?: str}``.

    A line that is not a JSON object with a string/integer ``id`` and a string ``text`` becomes a task with
    the error ``invalid_record`` (its id is the record's ``id`` when it has one, else ``FILE:LINE``); a
    repeated id gets ``duplicate_id`` under the id ``ID#lineN``. Lines are decoded as UTF-8 (with or without
    BOM); a line that is not UTF-8 is ``invalid_record`` too.

    Raises:
        OSError: the file cannot be opened (FileNotFoundError, IsADirectoryError, PermissionError…).
    """
    seen: set[str] = set()
    index = start
    name = os.fspath(path)
    with open(name, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{name}:{lineno}"
            task = _jsonl_task(raw, lineno, where, index)
            if task.id in seen:
                dup = f"{task.id}#line{lineno}"
                task = Task(index=index, id=dup, source=where, error={
                    "type": "duplicate_id",
                    "message": f"id {task.id!r} was already used by an earlier record ({where})"})
            seen.add(task.id)
            yield task
            index += 1


def _jsonl_task(raw: bytes, lineno: int, where: str, index: int) -> Task:
    def invalid(task_id: str, message: str) -> Task:
        return Task(index=index, id=task_id, source=where, error={"type": "invalid_record", "message": message})

    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return invalid(where, f"{where}: the line is not UTF-8 ({exc.reason} at byte {exc.start})")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return invalid(where, f"{where}: not valid JSON ({exc})")
    if not isinstance(record, dict):
        return invalid(where, f"{where}: a record must be a JSON object with 'id' and 'text'")
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or (isinstance(raw_id, str) and not raw_id):
        return invalid(where, f"{where}: 'id' must be a non-empty string or an integer")
    task_id = str(raw_id)
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if "text" not in record else f"a {type(text).__name__}, not a string"
        return invalid(task_id, f"{where}: 'text' is {what}")
    source = record.get("source")
    return Task(index=index, id=task_id, source=source if isinstance(source, str) else task_id, text=text)


# ------------------------------------------------------------------------------------------ one task


def process_task(task: Task, config: BatchConfig) -> dict[str, Any]:
    """Read and summarize one task; always returns its record (never raises for bad input)."""
    if task.error is not None:
        return {"id": task.id, "source": task.source, "error": dict(task.error)}
    tokenizer = tokenize.get_tokenizer(config.tokenizer, user_dict=config.user_dict)
    if task.text is not None:
        return summarize_text_record(task.id, task.text, source=task.source, options=config.options,
                                     max_chars=config.max_chars, tokenizer=tokenizer)
    try:
        if task.path is not None:
            document = read_path(task.path, max_bytes=config.max_bytes, format=config.input_format, data=task.data)
        else:
            document = read_bytes(task.data or b"", source=task.source, max_bytes=config.max_bytes,
                                  format=config.input_format)
        result = summarize(document, options=config.options, max_chars=config.max_chars, tokenizer=tokenizer)
    except Exception as exc:  # noqa: BLE001 - every failure becomes this input's record
        _debug_traceback(exc)
        return error_record(task.id, exc, source=task.source)
    return {"id": task.id, **result.model_dump(mode="json")}


def _debug_traceback(exc: BaseException) -> None:
    """With ``SUMMARIZER_DEBUG=1``, print the traceback of an unexpected (internal) error on stderr."""
    if not isinstance(exc, (SummarizerError, OSError)) and os.environ.get("SUMMARIZER_DEBUG"):
        import traceback

        print("".join(traceback.format_exception(exc)), file=sys.stderr, flush=True)


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------------------------------ output


class RecordWriter:
    """Appends records to a JSONL file, one ``write(2)`` of a whole line each (``O_APPEND``).

    A process killed at any point leaves whole lines only (barring a full disk or a power loss, which
    :func:`scan_output` repairs). The data is flushed to disk (``fsync``) every ``sync_every_s`` seconds and
    on :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str], *, append: bool, sync_every_s: float = 10.0) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        self.path = os.fspath(path)
        self.fd = os.open(self.path, flags, 0o644)
        self.sync_every_s = sync_every_s
        self._last_sync = time.monotonic()

    def write_line(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
        if time.monotonic() - self._last_sync > self.sync_every_s:
            self.sync()

    def sync(self) -> None:
        try:
            os.fsync(self.fd)
        except OSError:  # pragma: no cover - e.g. a pipe or a file system without fsync
            pass
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self.fd >= 0:
            self.sync()
            os.close(self.fd)
            self.fd = -1


def scan_output(path: str | os.PathLike[str]) -> tuple[set[str], int]:
    """Ids already in a JSONL output (for ``--resume``) and how many of those records are errors.

    A trailing partial line (no final newline: the write was cut short) is removed from the file, so its
    input is done again. Lines that are not JSON objects with an ``id`` are ignored (their inputs are redone).
    A missing file gives ``(set(), 0)``.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return set(), 0
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(name, "r+b") as fh:
            fh.truncate(end)
    ids: set[str] = set()
    errors = 0
    for line in data[:end].splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            ids.add(record["id"])
            errors += "error" in record
    return ids, errors


# ------------------------------------------------------------------------------------------ the runner


@dataclass
class BatchStats:
    """What a batch run did. ``done`` counts records written (``failed`` of them errors)."""

    done: int = 0
    failed: int = 0
    timeouts: int = 0
    crashes: int = 0
    errors_by_type: dict[str, int] = field(default_factory=dict)


#: A task that killed this many workers is recorded as ``worker_crashed`` instead of being retried.
MAX_ATTEMPTS = 2


def run_tasks(
    tasks: Iterable[Task],
    config: BatchConfig,
    emit: Callable[[Task, str, dict[str, Any] | None, str | None], None],
    *,
    workers: int = 1,
    timeout_s: float | None = None,
    want_dicts: bool = False,
) -> BatchStats:
    """Summarize every task and hand each record to ``emit(task, line, record)`` as soon as it is done.

    Args:
        tasks: the inputs (consumed lazily, so a 10,000-record JSONL file is never held in memory).
        config: options and limits for every task.
        emit: called once per task, in the calling process, as ``emit(task, line, record, error_type)``: the
            record as a JSON line (no newline), as a dict when ``want_dicts`` (else ``None``), and its error
            ``type`` (``None`` for a result).
        workers: worker processes; 0 runs the tasks here, one after the other (no timeout, no crash guard).
        timeout_s: seconds one task may take in a worker; then the worker is killed and the task gets a
            ``timeout`` error record (``None``: no limit).

    Returns:
        :class:`BatchStats`. With ``workers >= 1``, records arrive in completion order; with one worker (or
        none) that is input order.

    Raises:
        KeyboardInterrupt: passed on after the workers are stopped (records already emitted stay).
    """
    stats = BatchStats()

    def deliver(task: Task, result: tuple[str, str | None]) -> None:
        line, kind = result
        if kind is not None:
            stats.failed += 1
            stats.errors_by_type[kind] = stats.errors_by_type.get(kind, 0) + 1
        stats.done += 1
        emit(task, line, json.loads(line) if want_dicts else None, kind)

    if workers <= 0:
        for task in tasks:
            deliver(task, _guarded(task, config))
        return stats
    pool = _Pool(workers, config)
    try:
        pool.run(iter(tasks), deliver, timeout_s, stats)
    finally:
        pool.close()
    return stats


def _guarded(task: Task, config: BatchConfig) -> tuple[str, str | None]:
    """:func:`process_task` as ``(line, error type)``; a bug in it becomes the task's ``internal_error``."""
    try:
        return _result(process_task(task, config))
    except Exception as exc:  # noqa: BLE001 - e.g. a record that cannot be serialized
        _debug_traceback(exc)
        return _result(error_record(task.id, exc, source=task.source))


def _result(record: dict[str, Any]) -> tuple[str, str | None]:
    """A record as ``(JSON line, error type or None)``."""
    error = record.get("error")
    return _dumps(record), (error.get("type") if isinstance(error, dict) else None)


class _Worker:
    def __init__(self, ctx: Any, config: BatchConfig) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, config, os.getpid()), daemon=True,
                                   name="summarizer-batch-worker")
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class _Pool:
    """``n`` worker processes, one task each at a time, with a per-task timeout and crash recovery."""

    def __init__(self, n: int, config: BatchConfig) -> None:
        self.config = config
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.ctx = multiprocessing.get_context(method)
        if method == "fork":
            tokenize.get_tokenizer(config.tokenizer, user_dict=config.user_dict).cut("预热")  # loaded once here, shared copy-on-write by every forked worker
            _import_readers()
        self.workers = [_Worker(self.ctx, config) for _ in range(n)]

    def run(self, tasks: Iterator[Task], deliver: Callable[[Task, tuple[str, str | None]], None],
            timeout_s: float | None,
            stats: BatchStats) -> None:
        from multiprocessing.connection import wait

        retry: deque[Task] = deque()
        exhausted = False

        def next_task() -> Task | None:
            nonlocal exhausted
            while True:
                if retry:
                    return retry.popleft()
                if exhausted:
                    return None
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    return None
                if task.error is None:
                    return task
                deliver(task, _guarded(task, self.config))  # known bad: no worker needed

        while True:
            for i, worker in enumerate(self.workers):
                if worker.task is not None:
                    continue
                task = next_task()
                if task is None:
                    break
                try:
                    worker.give(task)
                except (BrokenPipeError, ConnectionError, OSError):
                    self.workers[i] = self._replace(worker)
                    retry.appendleft(task)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                if exhausted and not retry:
                    return
                continue  # a worker was replaced before it took its task
            wait_s = None
            if timeout_s is not None:
                now = time.monotonic()
                wait_s = max(0.0, min(w.started + timeout_s - now for w in busy))
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=wait_s))
            for i, worker in enumerate(self.workers):
                task = worker.task
                if task is None:
                    continue
                result = None
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        if worker.conn.poll():
                            result = worker.conn.recv()
                    except (EOFError, OSError):
                        result = None
                    if result is not None:
                        worker.task = None
                        deliver(task, result)
                        continue
                    if worker.process.is_alive() and worker.process.sentinel not in ready:
                        continue  # woke up for nothing
                    # the worker died while holding the task
                    worker.process.join(2)  # reap it, so that its exit code (or signal) is known
                    code = worker.process.exitcode
                    self.workers[i] = self._replace(worker)
                    stats.crashes += 1
                    task.attempts += 1
                    if task.attempts >= MAX_ATTEMPTS:
                        deliver(task, _result(error_record(
                            task.id, source=task.source, kind="worker_crashed",
                            message=f"the worker process died {task.attempts} times while summarizing this input "
                            f"(last: {_describe_exit(code)})")))
                    else:
                        retry.appendleft(task)
                elif timeout_s is not None and time.monotonic() - worker.started >= timeout_s:
                    self.workers[i] = self._replace(worker)
                    stats.timeouts += 1
                    deliver(task, _result(error_record(
                        task.id, source=task.source, kind="timeout",
                        message=f"summarizing took longer than {timeout_s:g} s (--timeout); the worker was stopped")))

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        return _Worker(self.ctx, self.config)

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except (BrokenPipeError, ConnectionError, OSError):
                    pass
        deadline = time.monotonic() + 2
        for worker in self.workers:
            if worker.task is None:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()


def _import_readers() -> None:
    """Import the format libraries before forking, so no worker pays for it again."""
    for name in ("trafilatura", "pypdf", "docx"):
        try:
            __import__(name)
        except Exception:  # noqa: BLE001 - a missing or broken library is reported per input, not here
            pass


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "unknown exit"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _worker_main(conn: Any, config: BatchConfig, parent_pid: int) -> None:
    """A worker: receive a task, send back its record as a JSON line; ``None`` or a dead parent ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent_pid:
                    return  # the parent is gone: stop instead of lingering
            task = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if task is None:
            return
        result = _guarded(task, config)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return
