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
  with ``O_APPEND``, so a kill leaves either the whole line or none of it; a write that fails part-way (disk
  full, a file-size limit) is cut back to the last whole line and raised as :class:`OutputWriteError`;
  :func:`scan_output` (``--resume``) also cuts off a trailing partial line (after a power loss) and returns the
  ids already done.
* **One writer per output**: :class:`RecordWriter` holds an exclusive ``flock(2)`` lock on the output file for
  as long as it is open; a second run on the same file gets :class:`OutputLockedError` before it changes a byte.
  (Where ``fcntl`` does not exist, on Windows, or the file system refuses locks, the file is written unlocked.)
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import multiprocessing
import numbers
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from summarizer import tokenize
from summarizer.errors import (EmptyInputError, InputTooLargeError, SummarizerError, TooManyEssaysError,
                               TooManySentencesError)
from summarizer.decode import read_file_bytes
from summarizer.lazy import LazyModule
from summarizer.readers import SUFFIXES, read_bytes, read_path

__all__ = [
    "BatchConfig",
    "BatchStats",
    "OutputLock",
    "OutputLockedError",
    "OutputWriteError",
    "RecordWriter",
    "Skipped",
    "StreamWriter",
    "Task",
    "describe_skipped",
    "error_line",
    "label",
    "error_record",
    "expand_inputs",
    "json_kind",
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


def label(task_id: str | None, source: str | None = None) -> str:
    """How a message names an input: its id (``<stdin>`` for ``-``), and its source in brackets when that differs
    (a JSONL record's ``source``)."""
    name = "<stdin>" if task_id == STDIN_NAME else str(task_id)
    if source and source != task_id and source != STDIN_NAME:
        name += f" ({source})"
    return name


def error_line(task_id: str | None, source: str | None, error: dict[str, str]) -> str:
    """The stderr line of an error record: ``error: ID: message`` (``ID (SOURCE)`` when they differ); a message
    that already starts or ends with the id (``file not found: PATH``) is not prefixed again."""
    message = error["message"]
    names = {n for n in (task_id, source) if n}
    if any(message.startswith(f"{n}: ") or message.endswith(f": {n}") for n in names):
        if task_id and source and source != task_id and task_id not in message:
            return f"error: {label(task_id)}: {message}"
        return f"error: {message}"
    return f"error: {label(task_id, source)}: {message}"


#: The pipeline, imported at its first use (:func:`summarize`).
_pipeline = LazyModule("summarizer.pipeline")


def summarize(document: Any, **kwargs: Any) -> Any:
    """:func:`summarizer.pipeline.summarize`, imported at the first input that has something to summarize (its
    patterns, numpy, scipy): a run whose inputs all fail before that (a wrong path, an empty file: issue 9) never
    imports the pipeline. A module-level name, so that a test can replace it."""
    return _pipeline.summarize(document, **kwargs)


def summarize_text_record(task_id: str, text: str, *, source: str | None = None, options: Any = None,
                          max_chars: int | None = None, tokenizer: tokenize.Tokenizer | None = None,
                          max_essays: int | None = None, max_sentences: int | None = None,
                          guard: Callable[[], contextlib.AbstractContextManager] | None = None,
                          reraise: tuple[type[BaseException], ...] = ()) -> dict[str, Any]:
    """Summarize one text and return its record (``id`` + summary, or an error record); never raises for bad
    input. ``max_chars`` limits the text in characters, ``max_essays`` its essays, ``max_sentences`` its sentence
    ends; ``tokenizer`` as :func:`summarizer.summarize`. ``guard``, when given, makes a context manager entered
    around the call, whose exceptions become the record as the call's own do (the service's
    :func:`service.jobs._server_limits` names its settings in the limit errors that way); an exception of a type
    in ``reraise`` is not a record but propagates (the service: a model that cannot be loaded fails the whole
    request, not each document).

    Raises:
        any exception of a type in ``reraise``.
    """
    try:
        with guard() if guard is not None else contextlib.nullcontext():
            result = summarize(text, source=source if source is not None else task_id, options=options,
                               max_chars=max_chars, tokenizer=tokenizer, max_essays=max_essays,
                               max_sentences=max_sentences)
    except reraise:
        raise
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
        csv_column: for ``.csv``/``.tsv`` files only: the column read (a header name or a 0-based index, as
            :func:`summarizer.readers.read_path`'s ``csv_column``); ``None``: the reader's default.
        csv_title_column: for ``.csv``/``.tsv`` files only: the column of the records' titles
            (:func:`summarizer.readers.read_path`'s ``csv_title_column``).
        max_essays: most essays of one document (``None``: no limit): a document that splits into more is an
            ``input_too_large`` record (:class:`~summarizer.errors.TooManyEssaysError`) before any essay is analysed.
        max_sentences: most sentence ends of one document (``None``: no limit): a document of more is an
            ``input_too_large`` record (:class:`~summarizer.errors.TooManySentencesError`) before it is cleaned.
        cli: the run is the ``summarizer summarize`` command's: an ``input_too_large`` message over ``max_bytes``,
            ``max_chars``, ``max_essays`` or ``max_sentences`` names the option that raises the limit
            (``--max-bytes``, ``--max-chars``, ``--max-essays``, ``--max-sentences``).
    """

    options: Any = None
    max_bytes: int | None = None
    max_chars: int | None = None
    input_format: str | None = None
    tokenizer: str | None = None
    user_dict: str | None = None
    csv_column: str | None = None
    csv_title_column: str | None = None
    max_essays: int | None = None
    max_sentences: int | None = None
    cli: bool = False


@dataclass(frozen=True)
class Skipped:
    """A path a directory walk (or a glob) found and left out.

    Attributes:
        path: the path as found.
        reason: ``"suffix"`` (not a document suffix, e.g. ``photo.png``), ``"hidden"`` (a file or folder whose name
            starts with ``.``; a hidden folder counts once and is not entered), ``"not_a_file"`` (a FIFO, a
            device, a socket: reading one can wait for ever), ``"folder_link"`` (a symbolic link to a folder,
            found inside a folder being walked: not followed, so a link back up, ``sub/up -> ..``, cannot loop;
            named on the command line, the folder is walked) or ``"page_resources"`` (the ``NAME_files`` folder
            a browser writes beside a page saved whole as ``NAME.html``/``NAME.htm``: its scripts, styles and
            framed ads, ``saved_resource.html``; counted once and not entered).
    """

    path: str
    reason: str


#: How the closing line names each reason of :class:`Skipped`.
_SKIP_REASONS = {"suffix": "for their suffix", "hidden": "hidden",
                 "not_a_file": "not regular files (FIFO, device, socket)",
                 "folder_link": "links to folders, not followed (name the folder to include it)",
                 "page_resources": "resource folders of saved web pages"}


def describe_skipped(skipped: list[Skipped], *, shown: int = 3) -> str:
    """The closing line's account of skipped paths: ``"3 file(s) skipped: 2 for their suffix (a.png, b.xlsx),
    1 hidden (.notes.txt)"``; ``""`` when nothing was skipped. At most ``shown`` names per reason."""
    if not skipped:
        return ""
    parts = []
    for reason, words in _SKIP_REASONS.items():
        paths = [s.path for s in skipped if s.reason == reason]
        if paths:
            names = ", ".join(paths[:shown]) + (", …" if len(paths) > shown else "")
            parts.append(f"{len(paths)} {words} ({names})")
    documents = sorted({os.path.splitext(s.path)[1].lower() for s in skipped if s.reason == "suffix"}
                       & set(_CONVERTIBLE_SUFFIXES))
    hint = (f"; {'/'.join(documents)} files are not read: save them as .docx, .pdf or .txt to include them"
            if documents else "")
    return f"{len(skipped)} file(s) skipped: " + ", ".join(parts) + hint


#: Suffixes of word-processor documents a folder of reports often holds that no reader takes (an old binary Word
#: ``.doc``, WPS, RTF, OpenDocument): the closing line says how to include them (try49: a folder's ``.doc`` was
#: counted as skipped "for their suffix" with no word of what to do).
_CONVERTIBLE_SUFFIXES = (".doc", ".wps", ".rtf", ".odt", ".pages")


def expand_inputs(args: Iterable[str]) -> tuple[list[str], list[Skipped]]:
    """Turn command-line inputs into a list of files.

    * ``-`` stays (standard input);
    * a directory is walked recursively, in sorted order; it yields the regular files whose suffix is in
      :data:`summarizer.readers.SUFFIXES` or that have no suffix; hidden files and folders (``.name``), other
      suffixes, what is not a regular file (FIFOs, devices, sockets: reading them may never end), symbolic
      links to folders (not followed: a link back up would loop) and the ``NAME_files`` folder beside a saved
      page ``NAME.html`` (its resources) are returned as :class:`Skipped`;
    * an argument with ``*``, ``?`` or ``[`` that is not an existing file is a glob (``**`` matches folders at
      any depth); a directory it matches is walked as above, and a match that is not a regular file is skipped;
      a glob that matches nothing is kept as it is (it then fails as ``file_not_found``, so it is accounted for);
    * anything else is a file, kept even when missing (it gets its ``file_not_found`` record) or when it is a
      FIFO (named on purpose, e.g. ``<(zcat a.txt.gz)``);
    * a folder that cannot be listed (no permission), named or met in a walk, is kept as an input: its read
      (:func:`summarizer.decode.read_file_bytes`) gives it a ``permission_denied`` record, so the batch fails
      for it as for an unreadable file instead of passing over it without a word.

    Each path appears once, first place kept. Returns ``(files, skipped)``.
    """
    files: list[str] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            files.append(path)

    def add_found(path: str, *, check_suffix: bool) -> None:
        try:
            regular = stat.S_ISREG(os.stat(path).st_mode)
        except OSError:
            regular = True  # a dangling link or a file gone meanwhile: its read gives the record
        if not regular:
            skipped.append(Skipped(path, "not_a_file"))
        elif check_suffix and Path(path).suffix.lower() not in SUFFIXES and Path(path).suffix:
            skipped.append(Skipped(path, "suffix"))
        else:
            add(path)

    def unlisted(error: OSError) -> None:  # a folder os.walk cannot open: an input, its read says why
        if error.filename is not None:
            add(os.fspath(error.filename))

    def walk(directory: str) -> None:
        for root, dirs, names in os.walk(directory, onerror=unlisted):
            hidden = sorted(d for d in dirs if d.startswith("."))
            skipped.extend(Skipped(os.path.join(root, d) + os.sep, "hidden") for d in hidden)
            # a page saved whole (报告.html beside 报告_files/): the folder holds the page's resources, and its framed
            # pages (saved_resource.html: an ad, an empty frame) failed as documents of their own (try54)
            pages = {os.path.splitext(n)[0] for n in names if os.path.splitext(n)[1].lower() in (".html", ".htm")}
            resources = sorted(d for d in dirs if d.endswith("_files") and not d.startswith(".") and d[:-len("_files")] in pages)
            skipped.extend(Skipped(os.path.join(root, d) + os.sep, "page_resources") for d in resources)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in resources)
            skipped.extend(Skipped(os.path.join(root, d) + os.sep, "folder_link") for d in dirs
                           if os.path.islink(os.path.join(root, d)))  # os.walk does not follow them
            for name in sorted(names):
                path = os.path.join(root, name)
                if name.startswith("."):
                    skipped.append(Skipped(path, "hidden"))
                else:
                    add_found(path, check_suffix=True)

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
                    add_found(match, check_suffix=False)
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
    seen: dict[str, int] = {}  # id → the line of its first record
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
                    "message": f"id {task.id!r} was already used by the record on line {seen[task.id]} "
                               f"({name}:{seen[task.id]})"})
            seen.setdefault(task.id, lineno)
            yield task
            index += 1


def _jsonl_task(raw: bytes, lineno: int, where: str, index: int) -> Task:
    def invalid(task_id: str, message: str) -> Task:
        return Task(index=index, id=task_id, source=where, error={"type": "invalid_record", "message": message})

    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        hint = ""
        try:  # the whole file saved in GBK is the usual cause: say how to convert it
            if not raw.decode("gb18030").isascii():
                hint = "; JSON Lines must be UTF-8, and this line reads as GB18030/GBK: convert the file, e.g. " \
                       "`iconv -f gb18030 -t utf-8`"
        except UnicodeDecodeError:
            pass
        return invalid(where, f"{where}: the line is not UTF-8 ({exc.reason} at byte {exc.start}){hint}")
    try:
        record = json.loads(line, object_pairs_hook=unique_keys)
    except (json.JSONDecodeError, RecursionError, DuplicateKeyError) as exc:
        return invalid(where, f"{where}: not valid JSON ({exc})")
    if not isinstance(record, dict):
        # say what the line holds (ux34): an array of records, or a bare string, is a common export mistake
        return invalid(where, f"{where}: a record must be a JSON object with 'id' and 'text', not "
                              f"{json_kind(record)}")
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or (isinstance(raw_id, str) and not raw_id):
        what = ("missing" + _fields_of(record, "id") if "id" not in record else "an empty string" if raw_id == ""
                else f"{json_kind(raw_id)}, not a string or an integer")
        return invalid(where, f"{where}: 'id' is {what}")
    task_id = str(raw_id)
    text = record.get("text")
    if not isinstance(text, str):
        # an export that names it otherwise (content, body, 正文): say what is there
        what = "missing" + _fields_of(record, "text") if "text" not in record else f"{json_kind(text)}, not a string"
        return invalid(task_id, f"{where}: 'text' is {what}")
    source = record.get("source")
    if source is not None and not isinstance(source, str):  # as the service's 422: never dropped without a word
        return invalid(task_id, f"{where}: 'source' is {json_kind(source)}, not a string")
    return Task(index=index, id=task_id, source=source if isinstance(source, str) else task_id, text=text)


class DuplicateKeyError(ValueError):
    """A JSON object that holds one name twice (:func:`unique_keys`)."""


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads(..., object_pairs_hook=unique_keys)``: each JSON object as a dict, refusing a name given twice.

    RFC 8259 leaves open which value of a repeated name counts; Python keeps the last, so ``{"text": "…",
    "text": "x"}`` lost the first text without a word. Used by ``--input-jsonl`` and the service's JSON bodies.

    Raises:
        DuplicateKeyError: a name stands twice in the object; the message names it.
    """
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise DuplicateKeyError(f"the key {json.dumps(key, ensure_ascii=False)} stands twice in one object, "
                                        "and which value is meant cannot be told: send each key once")
            seen.add(key)
    return record


def _fields_of(record: Mapping[str, Any], missing: str) -> str:
    """`` (the record has 'content', 'title')``: the fields of a JSONL record that lacks ``missing`` (``id`` is
    left out when ``text`` is missing), at most 8, for an ``invalid_record`` message."""
    keys = [repr(k) for k in record if k != "id" or missing == "id"]
    if not keys:
        return " (the record has only 'id')" if "id" in record else " (the record is an empty object)"
    return f" (the record has {', '.join(keys[:8])}{', …' if len(keys) > 8 else ''})"


def json_kind(value: Any) -> str:
    """What a parsed record value is, in JSON's words for a message: ``"a number"``, ``"null"``, ``"an array"``,
    ``"an object"``, ``"a boolean"``, ``"a string"`` (never Python's ``int``/``NoneType``/``list``). Values read
    from tables (numpy scalars, arrays) get the same words; anything else is named by its type."""
    if value is None:
        return "null"
    if isinstance(value, bool) or type(value).__name__ in ("bool", "bool_"):
        return "a boolean"
    if isinstance(value, numbers.Number):
        return "a number"
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"


# ------------------------------------------------------------------------------------------ one task


def process_task(task: Task, config: BatchConfig) -> dict[str, Any]:
    """Read and summarize one task; always returns its record (never raises for bad input). A file is read with
    :func:`~summarizer.readers.read_path` and the :class:`~summarizer.readers.Document` summarized, as
    :func:`summarizer.summarize_file` does (the same points and offsets)."""
    if task.error is not None:
        return {"id": task.id, "source": task.source, "error": dict(task.error)}
    tokenizer = tokenize.get_tokenizer(config.tokenizer, user_dict=config.user_dict)
    if task.text is not None:
        if config.max_chars is not None and len(task.text) > config.max_chars:
            return error_record(task.id, _over_max_chars(len(task.text), config), source=task.source)
        record = summarize_text_record(task.id, task.text, source=task.source, options=config.options,
                                       max_chars=config.max_chars, tokenizer=tokenizer, max_essays=config.max_essays,
                                       max_sentences=config.max_sentences)
        if config.cli and "error" in record and record["error"]["type"] == "input_too_large":
            record["error"]["message"] = name_max_sentences(
                name_max_essays(record["error"]["message"], config.max_essays), config.max_sentences)
        return record
    try:
        if task.path is not None:
            table = Path(task.path).suffix.lower() in (".csv", ".tsv")
            document = read_path(task.path, max_bytes=config.max_bytes, format=config.input_format, data=task.data,
                                 csv_column=config.csv_column if table else None,
                                 csv_title_column=config.csv_title_column if table else None)
        else:
            document = read_bytes(task.data or b"", source=task.source, max_bytes=config.max_bytes,
                                  format=config.input_format)
        if config.max_chars is not None and len(document.text) > config.max_chars:
            raise _over_max_chars(len(document.text), config)
        result = summarize(document, options=config.options, max_chars=config.max_chars, tokenizer=tokenizer,
                           max_essays=config.max_essays, max_sentences=config.max_sentences)
    except Exception as exc:  # noqa: BLE001 - every failure becomes this input's record
        return failure_record(task, exc, config)
    return {"id": task.id, **result.model_dump(mode="json")}


def failure_record(task: Task, exc: BaseException, config: BatchConfig) -> dict[str, Any]:
    """The error record of ``task`` that failed with ``exc`` while it was read or summarized (the limit it passed
    named as ``config`` names it, a file's empty text or size named with its path)."""
    _debug_traceback(exc)
    message = _limit_message(exc, config)
    if task.path is not None and isinstance(exc, (EmptyInputError, InputTooLargeError)):
        message = named_file_message(message if message is not None else str(exc), str(task.path))
    return error_record(task.id, exc, source=task.source, message=message)


def known_failure(task: Task, config: BatchConfig) -> Task:
    """``task``, with its error record set when a look at the file system alone tells that its file cannot be read
    (not found, a directory, no permission) or holds nothing (0 bytes): the record :func:`process_task` would give
    it, found in this process without a worker, a tokenizer or the pipeline (an empty file answered in a fraction
    of a second, not after seconds of start-up: issue 9). The probe reads at most one byte of a regular file (as
    :func:`~summarizer.decode.read_file_bytes` reads, so the same errors); a FIFO or a device is left to the worker
    (opening a FIFO here would block), and so is a file whose bytes are given (``data``) or any other task."""
    if task.path is None or task.data is not None or task.error is not None:
        return task
    try:
        mode = os.stat(task.path).st_mode
    except (OSError, ValueError):
        mode = None  # not found, a broken link, no permission: read_file_bytes says which, as the worker would
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return task
    try:
        read_file_bytes(task.path, max_bytes=0)  # b"": the file is empty; one byte more: InputTooLargeError
        read_path(task.path, data=b"")  # the empty file's own error, as the worker's read_path raises it
    except InputTooLargeError:
        return task  # it has bytes: the worker reads them
    except Exception as exc:  # noqa: BLE001 - the error the worker's read would record
        task.error = failure_record(task, exc, config)["error"]
    return task


def named_file_message(message: str, path: str) -> str:
    """``message`` (of a file's empty text or its text over a limit: ``text has 112 characters; the limit is 10``, a
    file of only a byte-order mark ``text is empty: …``) led by the file's ``path`` when it does not name it yet, as
    the reader's own messages do (``PATH: the file is empty (0 bytes)``): the record says which file failed."""
    return message if path in message else f"{path}: {message}"


def _over_max_chars(chars: int, config: BatchConfig) -> InputTooLargeError:
    """The error of a text of ``chars`` characters, over ``config.max_chars``: the counts with thousands
    separators, and the option that raises the limit: ``--max-chars`` when the run is the command line's, else the
    library's ``max_chars`` (as :func:`summarizer.summarize` names it)."""
    return InputTooLargeError(f"text has {chars:,} characters; the limit is {config.max_chars:,}"
                              + (" (--max-chars)" if config.cli else " (max_chars)"))


def _limit_message(exc: BaseException, config: BatchConfig) -> str | None:
    """The message of a file over ``config.max_bytes`` (or of a document over ``config.max_essays`` or
    ``config.max_sentences``) with the option that raises the limit (``--max-bytes``, ``--max-essays``,
    ``--max-sentences``) when the run is the command line's (``config.cli``); ``None`` (the error's own message)
    for any other error."""
    if config.cli and isinstance(exc, TooManyEssaysError):
        return name_max_essays(str(exc), exc.limit)
    if config.cli and isinstance(exc, TooManySentencesError):
        return name_max_sentences(str(exc), exc.limit)
    if not (config.cli and isinstance(exc, InputTooLargeError) and config.max_bytes is not None):
        return None
    message = str(exc)
    named = name_max_bytes(message, config.max_bytes)
    return named if named != message else None


def name_max_essays(message: str, max_essays: int | None) -> str:
    """``message`` (of a document over ``max_essays`` essays: :class:`~summarizer.errors.TooManyEssaysError`, which
    names the library's ``max_essays``) naming the command line's option that raises the limit instead, ``the limit
    is 500 (--max-essays)``; any other message as it is."""
    if max_essays is None:
        return message
    return message.replace(f"the limit is {max_essays:,} (max_essays)", f"the limit is {max_essays:,} (--max-essays)")


def name_max_sentences(message: str, max_sentences: int | None) -> str:
    """``message`` (of a document over ``max_sentences`` sentence ends:
    :class:`~summarizer.errors.TooManySentencesError`, which names the library's ``max_sentences``) naming the
    command line's option that raises the limit instead, ``the limit is 10,000 (--max-sentences)``; any other
    message as it is."""
    if max_sentences is None:
        return message
    return message.replace(f"the limit is {max_sentences:,} (max_sentences)",
                           f"the limit is {max_sentences:,} (--max-sentences)")


def name_max_bytes(message: str, max_bytes: int) -> str:
    """``message`` (of a file over ``max_bytes`` bytes: :func:`summarizer.decode.read_file_bytes`) with the option
    that raises the limit named after it, ``the limit is 1,000 bytes (--max-bytes)``; any other message as it is.
    For the command line's ``summarize`` and ``extract`` alike."""
    for limit in (f"the limit is {max_bytes:,} bytes", f"the limit of {max_bytes:,} bytes"):
        if limit in message and f"{limit} (--max-bytes)" not in message:
            return message.replace(limit, f"{limit} (--max-bytes)", 1)
    return message


def _debug_traceback(exc: BaseException) -> None:
    """With ``SUMMARIZER_DEBUG=1``, print the traceback of an unexpected (internal) error on stderr."""
    if not isinstance(exc, (SummarizerError, OSError)) and os.environ.get("SUMMARIZER_DEBUG"):
        import traceback

        print("".join(traceback.format_exception(exc)), file=sys.stderr, flush=True)


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------------------------------ output


class OutputLockedError(Exception):
    """The output file is being written by another run (another process holds its lock)."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is being written by another run (it holds the file's lock); wait for that run "
                         "to end, or write to another file")
        self.path = path


class OutputWriteError(Exception):
    """Writing the output failed (disk full, a file-size limit, a closed pipe, an I/O error).

    Attributes:
        path: the output (``"standard output"`` for stdout).
        cause: the :class:`OSError` (``errno`` ``ENOSPC``, ``EFBIG``, ``EPIPE``, ``EDQUOT``, ``EIO``…).
        records: records written whole before the failure; the output ends after the last of them (a regular
            file is cut back to its last whole line).
    """

    def __init__(self, path: str, cause: OSError, records: int) -> None:
        name = errno.errorcode.get(cause.errno or 0, "")
        reason = f"{cause.strerror or cause}" + (f" ({name})" if name else "")
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.cause = cause
        self.records = records


#: File descriptors of open outputs: a forked worker closes them, so that it never holds an output's lock.
_OUTPUT_FDS: set[int] = set()

#: File descriptors of the parent's ends of the worker pipes: a forked worker closes them, so that when the parent
#: dies its own pipe is closed at the other end (a ``send`` of a large result then fails instead of blocking for
#: ever on a buffer nobody reads).
_PARENT_CONN_FDS: set[int] = set()

#: Seconds between a worker's checks that its parent is still alive while it summarizes one input.
_PARENT_CHECK_S = 1.0


def _lock(fd: int, path: str) -> bool:
    """Take an exclusive ``flock`` on ``fd`` without waiting; ``False`` when locks are not available here.

    Raises:
        OutputLockedError: another open file (another run) holds the lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks, the output is written unlocked
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputLockedError(path) from None
    except OSError:  # a file system without locks (ENOLCK, EOPNOTSUPP): written unlocked
        return False
    return True


class OutputLock:
    """An exclusive ``flock`` on a lock file, for an output that is a directory (``--engine ray``'s partition files:
    ``DIR/.summarizer.lock``), held until :meth:`release` (or the process ends). As :class:`RecordWriter`'s lock:
    not taken where ``fcntl`` does not exist or the file system refuses locks (:attr:`locked` ``False``).

    Raises (constructor):
        OutputLockedError: another run holds it (the message names ``name``, the output).
        OSError: the lock file cannot be created.
    """

    def __init__(self, path: str | os.PathLike[str], *, name: str | None = None) -> None:
        self.fd = os.open(os.fspath(path), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self.locked = _lock(self.fd, name or os.fspath(path))
        except BaseException:
            os.close(self.fd)
            raise
        _OUTPUT_FDS.add(self.fd)

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        if self.fd >= 0:
            _OUTPUT_FDS.discard(self.fd)
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> OutputLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class RecordWriter:
    """Writes an output file, one ``write(2)`` of whole records each (``O_APPEND``), under an exclusive lock.

    * **Lock**: the file is opened without truncation, locked (``flock(LOCK_EX | LOCK_NB)``), and only then
      truncated (``append=False``): a second writer of the same file gets :class:`OutputLockedError` and changes
      nothing. The lock lasts until :meth:`close` (or the process ends). Without ``fcntl`` (Windows) or on a file
      system that refuses locks the file is written unlocked (:attr:`locked` is ``False``). Only a regular file is
      locked: a device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is shared by every process that opens it,
      so two runs writing to ``/dev/null`` at once are not one output written twice.
    * **Whole lines**: :meth:`write` hands each record's bytes to ``write(2)`` at once; a process killed at any
      point leaves whole records only. A write that fails part-way (``ENOSPC`` disk full, ``EFBIG`` file-size
      limit, ``EDQUOT``…) is cut back to where it started (``ftruncate``, regular files) and raised as
      :class:`OutputWriteError`. A power loss can still leave a partial line, which :func:`scan_output` repairs.
    * The data is flushed to disk (``fsync``) every ``sync_every_s`` seconds and on :meth:`close`.

    Raises (constructor):
        OutputLockedError: another run holds the file's lock.
        OSError: the file cannot be opened.
    """

    def __init__(self, path: str | os.PathLike[str], *, append: bool, sync_every_s: float = 10.0) -> None:
        self.path = os.fspath(path)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            self.regular = stat.S_ISREG(os.fstat(self.fd).st_mode)
            self.locked = _lock(self.fd, self.path) if self.regular else False
            if not append and self.regular:
                os.ftruncate(self.fd, 0)
        except BaseException:
            os.close(self.fd)
            raise
        _OUTPUT_FDS.add(self.fd)
        self.records = 0
        self.sync_every_s = sync_every_s
        self._last_sync = time.monotonic()

    def write(self, text: str) -> None:
        """Append ``text`` (whole records) with one ``write(2)`` (more only when the kernel takes part of it).

        Raises:
            OutputWriteError: the write failed; a regular file is cut back to its size before this call.
        """
        # A lone surrogate (a file name that is not UTF-8, read by Python as \udcff; a JSON "\ud800" escape) is
        # written as its escape: inside a JSON string that is the same escape again, so the line stays valid JSON.
        data = text.encode("utf-8", "backslashreplace")
        start = os.lseek(self.fd, 0, os.SEEK_END) if self.regular else None
        view = memoryview(data)
        try:
            while view:
                written = os.write(self.fd, view)
                view = view[written:]
        except OSError as exc:
            if start is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, start)
            raise OutputWriteError(self.path, exc, self.records) from None
        self.records += 1
        if time.monotonic() - self._last_sync > self.sync_every_s:
            self.sync()

    def write_line(self, line: str) -> None:
        """:meth:`write` of one record as a line (``line`` has no newline)."""
        self.write(line + "\n")

    def sync(self) -> None:
        """``fsync`` the file; a delayed write error (``ENOSPC``, ``EIO``…) is raised as :class:`OutputWriteError`.
        Files that cannot be synced (pipes, devices) are left alone."""
        self._last_sync = time.monotonic()
        try:
            os.fsync(self.fd)
        except OSError as exc:
            if exc.errno in (errno.EINVAL, errno.EROFS, errno.ENOTSUP, errno.EBADF):
                return  # e.g. a pipe or a device: nothing to sync
            raise OutputWriteError(self.path, exc, self.records) from None

    def close(self) -> None:
        """Sync and close (which releases the lock); idempotent. Raises :class:`OutputWriteError` as :meth:`sync`."""
        if self.fd < 0:
            return
        try:
            self.sync()
        finally:
            _OUTPUT_FDS.discard(self.fd)
            os.close(self.fd)
            self.fd = -1


class StreamWriter:
    """:class:`RecordWriter`'s interface over a text stream (standard output): each :meth:`write` is flushed, and
    a failure (``EPIPE``: the reader went away; ``ENOSPC``…) is raised as :class:`OutputWriteError`. A pipe
    cannot be cut back, so a write that fails part-way may leave a partial record there."""

    def __init__(self, stream: IO[str], name: str = "standard output") -> None:
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined] # lone surrogates: see RecordWriter
        self.stream = stream
        self.path = name
        self.records = 0

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except OSError as exc:
            raise OutputWriteError(self.path, exc, self.records) from None
        self.records += 1

    def write_line(self, line: str) -> None:
        self.write(line + "\n")

    def close(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            raise OutputWriteError(self.path, exc, self.records) from None


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

    tasks = (known_failure(task, config) for task in tasks)
    if workers <= 0:
        for task in tasks:
            deliver(task, _guarded(task, config))
        return stats
    pool = _Pool(workers, config)
    try:
        pool.run(tasks, deliver, timeout_s, stats)
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
        _PARENT_CONN_FDS.add(self.conn.fileno())
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
        _PARENT_CONN_FDS.discard(self.conn.fileno())
        self.conn.close()


class _Pool:
    """``n`` worker processes, one task each at a time, with a per-task timeout and crash recovery."""

    def __init__(self, n: int, config: BatchConfig) -> None:
        self.config = config
        self.size = n
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.workers: list[_Worker] = []  # started by start() at the first task that needs one

    def start(self) -> None:
        """Start the workers (after loading the tokenizer and the readers' libraries here, once, so that every
        forked worker shares them): at the first task that needs a worker, so that a run of inputs known to fail
        (:func:`known_failure`) starts none."""
        if self.ctx.get_start_method() == "fork":
            tokenize.get_tokenizer(self.config.tokenizer, user_dict=self.config.user_dict).cut("预热")  # loaded once here, shared copy-on-write by every forked worker
            _import_readers()
        self.workers = [_Worker(self.ctx, self.config) for _ in range(self.size)]

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
            if not self.workers:
                task = next_task()
                if task is None:
                    return
                retry.appendleft(task)
                self.start()
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
    for name in ("trafilatura", "pypdfium2", "pypdf", "lxml.html"):
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


def _exit_with_parent(parent_pid: int) -> None:
    """A worker's watch: end the process (``os._exit``) within :data:`_PARENT_CHECK_S` seconds of its parent's
    death, also in the middle of a long input (a parent killed with SIGKILL, or by the OOM killer, cannot stop
    its workers itself; an orphan would summarize on for up to ``--timeout`` seconds, or block for ever sending
    a result nobody reads)."""
    while True:
        time.sleep(_PARENT_CHECK_S)
        if os.getppid() != parent_pid:
            os._exit(0)


def _worker_main(conn: Any, config: BatchConfig, parent_pid: int) -> None:
    """A worker: receive a task, send back its record as a JSON line; ``None`` or a dead parent ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for fd in list(_OUTPUT_FDS):  # forked with the parent's open outputs: never hold their locks
        with contextlib.suppress(OSError):
            os.close(fd)
    _OUTPUT_FDS.clear()
    own = conn.fileno()
    for fd in list(_PARENT_CONN_FDS):  # forked with the parent's ends of the pipes: close them (see there)
        if fd != own and fd > 2:  # never its own pipe or standard streams, should a stale number be left here
            with contextlib.suppress(OSError):
                os.close(fd)
    _PARENT_CONN_FDS.clear()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), name="summarizer-parent-watch",
                     daemon=True).start()
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
