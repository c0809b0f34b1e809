"""Batch summarizing on Ray Data: the local batch's records, on every core of a laptop or a cluster.

The engine behind ``summarizer summarize INPUT... -o OUT --engine ray`` and the library entry point
:func:`summarize_dataset`, for a Ray pipeline of one's own (``ray.data.read_parquet(...)`` → summaries).
Needs the ``ray`` extra (``pip install 'summarizer[ray]'``); ``import summarizer`` (and this module) never
imports Ray, only the functions below that run on it do.

* **The same records as the local batch.** Every input becomes a :class:`summarizer.batch.Task` and its
  record comes from :func:`summarizer.batch.process_task`, the local batch's per-record function: a result
  (``id`` + :class:`~summarizer.schema.DocumentSummary`) or an error record ``{"id", "source", "error"}``.
* **Inputs** (:func:`build_dataset`): files (directories and globs expanded as the local batch does,
  :func:`summarizer.batch.expand_inputs`; ``scheme://`` URIs listed by Ray) read as binary by
  ``ray.data.read_binary_files`` and decoded by :mod:`summarizer.readers` on the workers; JSONL files of
  ``{"id", "text"}`` records (parsed by :func:`summarizer.batch.jsonl_tasks` in the driver, so invalid lines
  and repeated ids get the local batch's ``invalid_record``/``duplicate_id`` records); Parquet files with a
  text column and an id column, read by ``ray.data.read_parquet`` on the workers.
* **Workers** (:class:`_Summarize`): an actor pool (``map_batches`` with a class, one CPU per actor); each actor
  loads the segmentation dictionary once, in its constructor, and summarizes ``batch_size`` inputs per call,
  so its memory is bounded by the dictionary plus one batch of documents (at most ``batch_size`` ×
  ``max_bytes`` bytes read, ``max_chars`` characters each).
* **Output** (:func:`run_batch`): a directory of partition files, one per batch, ``part-<hash>.jsonl`` (the
  local batch's JSON lines) or ``part-<hash>.parquet`` (:func:`arrow_schema`). Each is written to a hidden
  temporary file, synced and renamed, so a partition is whole or absent. Its name is a hash of its ids, so a
  batch that Ray retries (a worker lost) replaces its own file instead of adding a second copy. ``--resume``
  (:func:`scan_partitions`) reads the ids already written, removes temporary files a kill left, and skips
  those ids: every id once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import sys
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from summarizer import tokenize
from summarizer.batch import (
    BatchConfig,
    OutputLock,
    OutputLockedError,
    Skipped,
    Task,
    describe_skipped,
    error_line,
    error_record,
    expand_inputs,
    json_kind,
    jsonl_tasks,
    process_task,
)
from summarizer.readers import SUFFIXES
from summarizer.schema import DocumentSummary, SummarizeOptions

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "RayNotAvailableError",
    "RayRunStats",
    "arrow_schema",
    "build_dataset",
    "read_output",
    "record_from_row",
    "records_to_table",
    "run_batch",
    "run_from_cli",
    "scan_partitions",
    "summarize_dataset",
]

#: Inputs one actor summarizes per call, and records per partition file. At 20–50 ms per essay a batch is
#: about a second of work: Ray's per-call overhead (about 0.1 s measured here, 2 CPUs: 400 files took 14 s
#: in batches of 16, 9 s in batches of 32) is small beside it, a kill loses at most one batch per actor, and
#: a 10-million-document run writes some 300,000 files.
DEFAULT_BATCH_SIZE = 32
#: JSONL records turned into one Ray dataset by the driver at a time (the driver never holds more).
JSONL_CHUNK_RECORDS = 4096
PART_PREFIX = "part-"
#: The lock file the driver holds in an output directory for the whole run (one run per directory).
LOCK_NAME = ".summarizer.lock"
#: Read tasks at a time. They take no CPU of their own (num_cpus=0), so without a limit Ray would start a
#: worker process for each of them at once, and starting processes is what the CPUs would then do.
READ_CONCURRENCY = int(os.environ.get("SUMMARIZER_RAY_READ_CONCURRENCY", "2"))
OutputFormat = Literal["jsonl", "parquet"]


class RayNotAvailableError(ImportError):
    """Ray Data is not installed: ``pip install 'summarizer[ray]'``."""


class RayAddressError(ValueError):
    """``--address`` is malformed or no Ray cluster answers there."""


#: Seconds to wait for a Ray cluster's address to accept a connection before giving up.
ADDRESS_TIMEOUT_S = 5.0


def check_address(address: str | None) -> None:
    """Fail fast on a cluster address that cannot work, instead of Ray's endless reconnect loop.

    ``None`` (start a local Ray) and ``"auto"`` (find the local cluster) pass; ``host:port`` and
    ``ray://host:port`` must have a numeric port and accept a TCP connection within :data:`ADDRESS_TIMEOUT_S`.

    Raises:
        RayAddressError: a malformed address, or nothing listening there.
    """
    if address is None or address == "auto":
        return
    rest = address[len("ray://"):] if address.startswith("ray://") else address
    host, sep, port = rest.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise RayAddressError(f"--address {address!r} is not auto, HOST:PORT or ray://HOST:PORT")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=ADDRESS_TIMEOUT_S).close()
    except OSError as exc:
        raise RayAddressError(f"no Ray cluster answers at {address}: {exc.strerror or exc}") from None


def require_ray() -> Any:
    """Import and return the ``ray`` module (with ``ray.data``).

    Raises:
        RayNotAvailableError: Ray Data is not installed.
    """
    try:
        import ray
        import ray.data  # noqa: F401 - the data library is a separate extra of ray
    except ImportError as exc:
        raise RayNotAvailableError(
            f"the Ray engine needs Ray Data, which is not installed ({exc}): pip install 'summarizer[ray]'") from exc
    return ray


# ------------------------------------------------------------------------------------------ schemas


def _task_schema() -> Any:
    """The rows the actors read: one input each (the fields of :class:`summarizer.batch.Task`)."""
    import pyarrow as pa

    return pa.schema([
        pa.field("id", pa.large_string()),
        pa.field("source", pa.large_string()),
        pa.field("path", pa.large_string()),
        pa.field("data", pa.large_binary()),
        pa.field("text", pa.large_string()),
        pa.field("task_error", pa.struct([("type", pa.string()), ("message", pa.large_string())])),
    ])


def _status_schema() -> Any:
    """What the actors return when they write partition files themselves: one small row per record."""
    import pyarrow as pa

    return pa.schema([pa.field("id", pa.large_string()), pa.field("source", pa.large_string()),
                      pa.field("error_type", pa.string()), pa.field("error_message", pa.large_string())])


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        return _arrow_type(inner)
    if origin is Literal:
        if not all(isinstance(a, str) for a in args):
            raise TypeError(f"no Arrow type for {annotation!r}")
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is dict:
        return pa.map_(_arrow_type(args[0]), _arrow_type(args[1]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(name, _arrow_type(info.annotation))
                          for name, info in annotation.model_fields.items()])
    for python_type, arrow_type in ((bool, pa.bool_()), (int, pa.int64()), (float, pa.float64()), (str, pa.string())):
        if annotation is python_type:
            return arrow_type
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema() -> Any:
    """The Arrow (Parquet) schema of the records: one row per input.

    Columns: ``id`` (string), then every field of :class:`~summarizer.schema.DocumentSummary` in its order
    (``source``, ``encoding``, ``format``, ``method``, ``chars``, ``removed``, ``essays``, ``generation``),
    then ``error`` (struct ``type``, ``message``). Derived from the pydantic models: ``str`` → string,
    ``int`` → int64 (offsets and lengths in characters), ``float`` → float64, ``bool`` → bool, a model →
    struct, ``list`` → list, ``dict[str, int]`` → map<string, int64>; every column nullable. A result row has
    ``error`` null; an error row has only ``id``, ``source`` and ``error`` set.

    Raises:
        RayNotAvailableError: pyarrow (which comes with Ray Data) is not installed.
    """
    require_ray()
    import pyarrow as pa

    fields = [pa.field("id", pa.string())]
    fields += [pa.field(name, _arrow_type(info.annotation)) for name, info in DocumentSummary.model_fields.items()]
    fields.append(pa.field("error", pa.struct([("type", pa.string()), ("message", pa.string())])))
    return pa.schema(fields)


def records_to_table(records: list[dict[str, Any]], schema: Any = None) -> Any:
    """Records (results and error records, as :func:`summarizer.batch.process_task` gives them) → a
    ``pyarrow.Table`` of :func:`arrow_schema`; the fields a record lacks are null."""
    import pyarrow as pa

    return pa.Table.from_pylist(records, schema=schema if schema is not None else arrow_schema())


def record_from_row(row: dict[str, Any], schema: Any = None) -> dict[str, Any]:
    """A row of :func:`arrow_schema` (``table.to_pylist()``) → the record it was made from, as the local
    batch writes it: an error record has only ``id``, ``source`` and ``error``; a result has no ``error``;
    maps are dicts again."""
    schema = schema if schema is not None else arrow_schema()
    if row.get("error") is not None:
        return {"id": row["id"], "source": row.get("source"), "error": dict(row["error"])}
    return {f.name: _from_arrow(row.get(f.name), f.type) for f in schema if f.name != "error"}


def _from_arrow(value: Any, arrow_type: Any) -> Any:
    import pyarrow as pa

    if value is None:
        return None
    if pa.types.is_map(arrow_type):
        return {k: _from_arrow(v, arrow_type.item_type) for k, v in value}
    if pa.types.is_struct(arrow_type):
        return {f.name: _from_arrow(value.get(f.name), f.type) for f in arrow_type}
    if pa.types.is_list(arrow_type):
        return [_from_arrow(v, arrow_type.value_type) for v in value]
    return value


# ------------------------------------------------------------------------------------------ rows → tasks


def _dumps(record: dict[str, Any]) -> str:
    """A record as one JSON line, as the local batch writes it (UTF-8 text, no spaces)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _invalid(task_id: str, source: str, message: str) -> dict[str, Any]:
    return {"id": task_id, "source": source, "path": None, "data": None, "text": None,
            "task_error": {"type": "invalid_record", "message": message}}


def _table_rows(row: dict[str, Any], text_column: str, id_column: str) -> dict[str, Any]:
    """One row of a table of texts (Parquet, a user's dataset) → a task row; a missing or null id or text is
    an ``invalid_record`` (id: ``row:`` + a hash of the row, so that a rerun gives it the same id)."""
    raw_id, text = row.get(id_column), row.get(text_column)
    source = row.get("source") if isinstance(row.get("source"), str) else None
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or raw_id == "":
        digest = hashlib.sha1(repr(sorted(row.items(), key=lambda kv: kv[0])).encode("utf-8", "replace")).hexdigest()
        task_id = f"row:{digest[:16]}"
        return _invalid(task_id, source or task_id, f"'{id_column}' must be a non-empty string or an integer "
                        f"(got {raw_id!r})")
    task_id = str(raw_id)
    if not isinstance(text, str):
        what = "missing" if text_column not in row else f"{json_kind(text)}, not a string"
        return _invalid(task_id, source or task_id, f"'{text_column}' is {what}")
    return {"id": task_id, "source": source or task_id, "path": None, "data": None, "text": text, "task_error": None}


def _normalize(batch: Any, *, text_column: str, id_column: str) -> Any:
    """A batch of any input dataset → task rows (:func:`_task_schema`).

    * ``bytes`` and ``path`` columns (``ray.data.read_binary_files(..., include_paths=True)``): files, whose
      id and source are the path;
    * the task columns themselves (JSONL records made by the driver): kept;
    * otherwise a table of texts: ``id_column`` (string or integer) and ``text_column`` (string), ``source``
      when there is one.
    """
    import pyarrow as pa

    schema = _task_schema()
    names = set(batch.column_names)
    if set(schema.names) <= names:
        return batch.select(schema.names).cast(schema)
    if {"bytes", "path"} <= names and text_column not in names:
        paths = batch.column("path").to_pylist()
        return pa.table({"id": paths, "source": paths, "path": paths, "data": batch.column("bytes").to_pylist(),
                         "text": [None] * len(paths), "task_error": [None] * len(paths)}, schema=schema)
    rows = [_table_rows(row, text_column, id_column) for row in batch.to_pylist()]
    return pa.Table.from_pylist(rows, schema=schema)


def _task(row: dict[str, Any]) -> Task:
    error = row.get("task_error")
    return Task(index=0, id=row["id"], source=row["source"], path=row.get("path"), data=row.get("data"),
                text=row.get("text"), error=dict(error) if error is not None else None)


def _record(task: Task, config: BatchConfig) -> dict[str, Any]:
    """:func:`summarizer.batch.process_task`, with a bug in it (or a record that cannot be serialized) turned
    into the task's ``internal_error`` record, as the local batch does."""
    try:
        record = process_task(task, config)
        _dumps(record)
        return record
    except Exception as exc:  # noqa: BLE001 - every failure becomes this input's record
        return error_record(task.id, exc, source=task.source)


# ------------------------------------------------------------------------------------------ the actors


@dataclass(frozen=True)
class _PartitionWriter:
    """Writes one batch's records as one partition file, atomically (temporary file, fsync, rename)."""

    directory: str
    fmt: OutputFormat = "jsonl"

    def write(self, records: list[dict[str, Any]]) -> str | None:
        if not records:
            return None
        digest = hashlib.sha1("\0".join(r["id"] for r in records).encode("utf-8", "surrogatepass")).hexdigest()
        name = f"{PART_PREFIX}{digest[:24]}.{self.fmt}"
        final = os.path.join(self.directory, name)
        tmp = os.path.join(self.directory, f".{name}.{os.getpid()}.tmp")
        try:
            if self.fmt == "parquet":
                import pyarrow.parquet as pq

                pq.write_table(records_to_table(records), tmp)
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
            else:
                with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write("".join(_dumps(r) + "\n" for r in records))
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(tmp, final)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _sync_directory(self.directory)
        return final


def _sync_directory(directory: str) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. a file system that cannot open directories
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


class _Summarize:
    """The actor of the pool: loads the dictionary once, then summarizes one batch of task rows per call.

    Returns, per batch: the records as :func:`arrow_schema` rows (``output="arrow"``), as JSON lines
    (``output="json"``: columns ``id``, ``error_type``, ``record``), or, with a ``writer``, writes them as one
    partition file and returns one status row per record (``id``, ``source``, ``error_type``,
    ``error_message``). Ids in ``skip`` (a list holding an object reference to a set, read once) are left out.
    """

    def __init__(self, config: BatchConfig, output: str = "arrow", writer: _PartitionWriter | None = None,
                 skip: list[Any] | None = None) -> None:
        tokenize.warm_up(config.tokenizer)  # the segmentation dictionary, once per actor
        self.config = config
        self.output = output
        self.writer = writer
        self.skip: frozenset[str] = frozenset()
        if skip:
            import ray

            self.skip = frozenset(ray.get(skip[0]))
        self.schema = arrow_schema() if output == "arrow" or writer is not None else None

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        tasks = [_task(row) for row in batch.to_pylist()]
        records = [_record(task, self.config) for task in tasks if task.id not in self.skip]
        if self.writer is not None:
            self.writer.write(records)
            errors = [r.get("error") or {} for r in records]
            return pa.table({"id": [r["id"] for r in records], "source": [r.get("source") for r in records],
                             "error_type": [e.get("type") for e in errors],
                             "error_message": [e.get("message") for e in errors]}, schema=_status_schema())
        if self.output == "json":
            return pa.table({"id": [r["id"] for r in records],
                             "error_type": [(r.get("error") or {}).get("type") for r in records],
                             "record": [_dumps(r) for r in records]},
                            schema=pa.schema([("id", pa.large_string()), ("error_type", pa.string()),
                                              ("record", pa.large_string())]))
        return records_to_table(records, self.schema)


# ------------------------------------------------------------------------------------------ the library entry


def summarize_dataset(
    ds: Any,
    options: Any = None,
    *,
    text_column: str = "text",
    id_column: str = "id",
    max_chars: int | None = None,
    max_bytes: int | None = None,
    input_format: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    concurrency: int | None = None,
    output: Literal["arrow", "json"] = "arrow",
    tokenizer: str | None = None,
) -> Any:
    """Summarize every row of a Ray dataset: one output row per input row (lazy, like every Ray transform).

    Args:
        ds: a ``ray.data.Dataset`` of texts (``id_column``: string or integer; ``text_column``: string; an
            optional ``source`` string column) or of files (``bytes`` and ``path`` columns, as
            ``ray.data.read_binary_files(..., include_paths=True)`` gives them; id and source are the path).
        options: :class:`~summarizer.schema.SummarizeOptions` or a dict of them (``None``: defaults).
        max_chars: refuse texts longer than this many characters (``input_too_large``).
        max_bytes: refuse files larger than this many bytes.
        input_format: ``None`` to detect each file's format, or ``text``/``html``/``docx``/``pdf``.
        batch_size: inputs per actor call (the memory one actor holds at a time). Ray hands the actors whole
            blocks: a dataset of a few big blocks keeps a few actors busy (``ds.repartition(n)`` spreads it).
        concurrency: actors (one CPU each); ``None``: every CPU of the cluster but one, which is left to the
            operators before this one (a read, a map), since each takes a CPU and would otherwise wait for ever
            behind actors that wait for its output.
        output: ``"arrow"``: rows of :func:`arrow_schema` (ready for ``write_parquet``); ``"json"``: columns
            ``id``, ``error_type`` (null for a result) and ``record`` (the local batch's JSON line).
        tokenizer: the segmentation backend, ``"jieba"`` or ``"rjieba"`` (``None``: the driver's
            :func:`summarizer.tokenize.default_backend`, ``$SUMMARIZER_TOKENIZER`` else jieba); chosen here, in the
            driver, and sent to the actors by name, as the local batch sends it to its workers.

    Returns:
        A ``ray.data.Dataset`` of the records, the local batch's records for the same inputs (a null or
        missing text or id is an ``invalid_record`` error record, never a failed run).

    Raises:
        RayNotAvailableError: Ray Data is not installed.
        pydantic.ValidationError: an option out of range.
        summarizer.errors.ResourceError: an unknown tokenizer backend.
    """
    if isinstance(options, dict):
        options = SummarizeOptions(**options)
    if concurrency is None:
        concurrency = max(1, int(require_ray().cluster_resources().get("CPU", 1)) - 1)
    config = BatchConfig(options=options, max_bytes=max_bytes, max_chars=max_chars,
                         input_format=None if input_format in (None, "auto") else input_format,
                         tokenizer=_backend(tokenizer))
    return _summarized(_normalized(ds, text_column, id_column), config, batch_size=batch_size,
                       concurrency=concurrency, output=output)


def _backend(tokenizer: str | None) -> str:
    """The backend's name, chosen in the driver (the actors of a cluster may not share its environment).

    Raises:
        summarizer.errors.ResourceError: an unknown backend.
    """
    return tokenize.get_tokenizer(tokenizer).backend


def _normalized(ds: Any, text_column: str, id_column: str) -> Any:
    import ray.data

    return ds.map_batches(_normalize, batch_format="pyarrow", batch_size=None, num_cpus=0,
                          compute=ray.data.TaskPoolStrategy(size=READ_CONCURRENCY),
                          fn_kwargs={"text_column": text_column, "id_column": id_column})


def _summarized(tasks: Any, config: BatchConfig, *, batch_size: int, concurrency: int | None, output: str,
                writer: _PartitionWriter | None = None, skip_ref: Any = None) -> Any:
    ray = require_ray()
    if concurrency is None:
        concurrency = max(1, int(ray.cluster_resources().get("CPU", 1)))
    return tasks.map_batches(
        _Summarize, batch_format="pyarrow", batch_size=batch_size, num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=concurrency),
        fn_constructor_kwargs={"config": config, "output": output, "writer": writer,
                               "skip": [skip_ref] if skip_ref is not None else None},
    )


# ------------------------------------------------------------------------------------------ the CLI's run


def _is_uri(name: str) -> bool:
    return "://" in name


def _is_parquet(name: str) -> bool:
    return name.lower().endswith(".parquet")


def scan_partitions(directory: str) -> tuple[set[str], int]:
    """Ids already written to an output directory (for ``--resume``) and how many of them are error records.

    Reads every ``part-*.jsonl`` and ``part-*.parquet`` file (only whole files exist: each was renamed into
    place once written and synced) and removes the hidden temporary files (``.part-*.tmp``) a killed run left.
    A partition that does not read back whole (damaged on disk, e.g. by a power loss) is removed too, so its
    inputs are done again. A missing directory gives ``(set(), 0)``.
    """
    ids: set[str] = set()
    errors = 0
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return ids, errors
    for name in names:
        path = os.path.join(directory, name)
        if name.startswith("." + PART_PREFIX) and name.endswith(".tmp"):
            try:
                os.unlink(path)
            except OSError:
                pass
        elif name.startswith(PART_PREFIX) and name.endswith((".jsonl", ".parquet")):
            try:
                if name.endswith(".jsonl"):
                    with open(path, "rb") as fh:
                        data = fh.read()
                    if not data.endswith(b"\n"):
                        raise ValueError("no final newline")
                    records = [json.loads(line) for line in data.splitlines()]
                    found = [(r["id"], "error" in r) for r in records]
                else:
                    import pyarrow.parquet as pq

                    table = pq.read_table(path, columns=["id", "error"])
                    found = [(i, e is not None) for i, e in zip(table.column("id").to_pylist(),
                                                                table.column("error").to_pylist())]
                if not all(isinstance(i, str) for i, _ in found):
                    raise ValueError("a record without a string id")
            except Exception:  # noqa: BLE001 - a damaged partition is done again
                os.unlink(path)
                continue
            ids.update(i for i, _ in found)
            errors += sum(e for _, e in found)
    return ids, errors


@dataclass
class RayRunStats:
    """What a Ray run did: ``done`` records written now (``failed`` of them errors), ``kept`` records already
    in the output (``kept_errors`` of them errors), paths ``skipped`` (:class:`summarizer.batch.Skipped`)."""

    done: int = 0
    failed: int = 0
    errors_by_type: dict[str, int] = field(default_factory=dict)
    kept: int = 0
    kept_errors: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def build_dataset(inputs: Iterable[str], *, input_jsonl: Iterable[str] = (), skip: set[str] | frozenset[str] = frozenset(),
                  text_column: str = "text", id_column: str = "id", output_dir: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> tuple[Any | None, list[Skipped]]:
    """The task rows of a run's inputs, as one lazy Ray dataset (``None`` when there is nothing to do).

    ``inputs``: local files, directories and globs (expanded by :func:`summarizer.batch.expand_inputs`, so the
    ids are the local batch's; ``.parquet`` files are read as tables of texts), and ``scheme://`` URIs
    (listed by Ray; files of the supported suffixes, ids as Ray reports the paths). ``input_jsonl``: JSONL
    files, parsed here by :func:`summarizer.batch.jsonl_tasks`. Files and JSONL records whose id is in
    ``skip`` are left out here; Parquet rows by the actors. ``output_dir`` is never read as an input.

    Returns:
        ``(dataset or None, skipped paths)`` (:class:`summarizer.batch.Skipped`: other suffixes, hidden, not regular
        files).
    """
    import pyarrow as pa

    ray = require_ray()

    local = [i for i in inputs if not _is_uri(i)]
    uris = [i for i in inputs if _is_uri(i)]
    files, skipped = expand_inputs(local)
    parquet = [f for f in files if _is_parquet(f)] + [s.path for s in skipped
                                                       if s.reason == "suffix" and _is_parquet(s.path)]
    skipped = [s for s in skipped if not (s.reason == "suffix" and _is_parquet(s.path))]
    files = [f for f in files if not _is_parquet(f) and f != "-"]
    if output_dir is not None:
        out = os.path.abspath(output_dir)
        files = [f for f in files if not os.path.abspath(f).startswith(out + os.sep)]
        parquet = [f for f in parquet if not os.path.abspath(f).startswith(out + os.sep)]
    files = [f for f in files if f not in skip]
    parquet += [u for u in uris if _is_parquet(u)]
    uris = [u for u in uris if not _is_parquet(u)]
    schema = _task_schema()
    parts: list[Any] = []

    # Blocks of about batch_size inputs, so that the actors share the work whatever the files hold (one
    # Parquet row group may hold thousands of texts). The reads take no CPU of their own (num_cpus=0):
    # the actors hold one each, and a read that waited for a CPU would wait for ever.
    readable = [f for f in files if os.path.isfile(f) and os.access(f, os.R_OK)]
    readable_set = set(readable)
    unreadable = [f for f in files if f not in readable_set]
    if readable or uris:
        blocks = -1 if uris else max(1, -(-len(readable) // batch_size))
        parts.append(_normalized(ray.data.read_binary_files(readable + uris, include_paths=True, num_cpus=0,
                                                             override_num_blocks=blocks,
                                                             concurrency=READ_CONCURRENCY,
                                                             file_extensions=None if not uris else
                                                             sorted({s.lstrip(".") for s in SUFFIXES})),
                                 text_column, id_column))
    bad_tables: list[dict[str, Any]] = []  # local Parquet files that do not open: one error record each
    if parquet:
        import pyarrow.parquet as pq

        rows = 0
        columns: set[str] = set()
        for name in [p for p in parquet if not _is_uri(p)]:
            try:
                meta = pq.ParquetFile(name)
                rows += meta.metadata.num_rows
                columns.update(meta.schema_arrow.names)
            except FileNotFoundError:
                unreadable.append(name)  # the worker's read gives the file_not_found record
                parquet.remove(name)
            except Exception as exc:  # noqa: BLE001 - a damaged or foreign file is that input's error
                parquet.remove(name)
                bad_tables.append({"id": name, "source": name, "path": None, "data": None, "text": None,
                                   "task_error": {"type": "decode_error",
                                                  "message": f"{name}: not a readable Parquet file ({exc})"}})
        if any(_is_uri(p) for p in parquet):
            blocks, wanted = -1, [id_column, text_column]
        else:
            blocks = max(1, -(-rows // batch_size))
            wanted = [c for c in (id_column, text_column, "source") if c in columns]
        context = ray.data.DataContext.get_current()
        if hasattr(context, "use_datasource_v2"):  # Ray >= 2.55 lists files in a task that needs a CPU
            context.use_datasource_v2 = False
        if parquet:
            parts.append(_normalized(ray.data.read_parquet(parquet, columns=wanted or None, num_cpus=0,
                                                           concurrency=READ_CONCURRENCY,
                                                           override_num_blocks=blocks), text_column, id_column))

    def chunks() -> Iterable[list[dict[str, Any]]]:
        rows: list[dict[str, Any]] = list(bad_tables)
        for name in unreadable:  # missing, a directory, no permission: the worker's read gives the record
            rows.append({"id": name, "source": name, "path": name, "data": None, "text": None, "task_error": None})
        for jsonl in input_jsonl:
            for task in jsonl_tasks(jsonl):
                if task.id in skip:
                    continue
                rows.append({"id": task.id, "source": task.source, "path": None, "data": None, "text": task.text,
                             "task_error": task.error})
                if len(rows) >= JSONL_CHUNK_RECORDS:
                    yield rows
                    rows = []
        if rows:
            yield rows

    for rows in chunks():
        tables = [pa.Table.from_pylist(rows[i:i + batch_size], schema=schema) for i in range(0, len(rows), batch_size)]
        parts.append(ray.data.from_arrow(tables))
    if not parts:
        return None, skipped
    return (parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]), skipped


def run_batch(
    inputs: Iterable[str],
    output_dir: str,
    *,
    input_jsonl: Iterable[str] = (),
    options: Any = None,
    max_bytes: int | None = None,
    max_chars: int | None = None,
    max_essays: int | None = None,
    max_sentences: int | None = None,
    input_format: str | None = None,
    output_format: OutputFormat = "jsonl",
    resume: bool = False,
    address: str | None = None,
    num_cpus: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    text_column: str = "text",
    id_column: str = "id",
    tokenizer: str | None = None,
    quiet: bool = False,
    on_error: Callable[[str, dict[str, str]], None] | None = None,
) -> RayRunStats:
    """Summarize files, JSONL and Parquet inputs on Ray into a directory of partition files.

    Connects to Ray when it is not initialized yet (``address``: ``None`` starts a local Ray with
    ``num_cpus`` CPUs, ``"auto"`` joins the cluster of this machine, ``ray://host:10001`` a remote one) and
    shuts it down again at the end if it started it. ``num_cpus`` is also the number of actors (default:
    every CPU of the cluster). Without ``resume`` the directory's partition files are removed first.

    Args:
        tokenizer: the segmentation backend (``None``: :func:`summarizer.tokenize.default_backend`, read here in
            the driver), sent to the actors by name as the local batch sends it to its workers.
        max_essays: most essays of one document (``None``: no limit; ``--max-essays``), as the local batch's.
        max_sentences: most sentence ends of one document (``None``: no limit; ``--max-sentences``), as the local
            batch's.
        on_error: called in the driver as ``on_error(source, error)`` for every error record written now.

    Returns:
        :class:`RayRunStats`.

    Only one run writes a directory at a time: the driver holds an exclusive lock on ``DIR/.summarizer.lock``
    (:class:`summarizer.batch.OutputLock`) from before it removes or reads any partition file to the end.

    Raises:
        OutputLockedError: another run is writing ``output_dir`` (nothing was changed).
        RayNotAvailableError: Ray Data is not installed.
        summarizer.errors.ResourceError: an unknown tokenizer backend.
        OSError: the output directory cannot be made.
    """
    require_ray()
    os.makedirs(output_dir, exist_ok=True)
    with OutputLock(os.path.join(output_dir, LOCK_NAME), name=output_dir):
        return _run_batch(inputs, output_dir, input_jsonl=input_jsonl, options=options, max_bytes=max_bytes,
                          max_chars=max_chars, max_essays=max_essays, max_sentences=max_sentences,
                          input_format=input_format,
                          output_format=output_format, resume=resume,
                          address=address, num_cpus=num_cpus, batch_size=batch_size, text_column=text_column,
                          id_column=id_column, tokenizer=tokenizer, quiet=quiet, on_error=on_error)


def _run_batch(inputs: Iterable[str], output_dir: str, *, input_jsonl: Iterable[str], options: Any,
               max_bytes: int | None, max_chars: int | None, max_essays: int | None, max_sentences: int | None,
               input_format: str | None,
               output_format: OutputFormat,
               resume: bool, address: str | None, num_cpus: int | None, batch_size: int, text_column: str,
               id_column: str, tokenizer: str | None, quiet: bool,
               on_error: Callable[[str, dict[str, str]], None] | None) -> RayRunStats:
    """:func:`run_batch` under the output directory's lock."""
    ray = require_ray()
    backend = _backend(tokenizer)
    from ray.data import DataContext

    os.makedirs(output_dir, exist_ok=True)
    stats = RayRunStats()
    if resume:
        done, stats.kept_errors = scan_partitions(output_dir)
        stats.kept = len(done)
    else:
        done = set()
        for name in os.listdir(output_dir):
            if name.startswith((PART_PREFIX, "." + PART_PREFIX)):
                os.unlink(os.path.join(output_dir, name))
    started = False
    if not ray.is_initialized():
        check_address(address)
        ray.init(address=address, num_cpus=num_cpus if address is None else None, include_dashboard=False,
                 log_to_driver=not quiet, logging_level=logging.WARNING if quiet else logging.INFO)
        started = True
    try:
        context = DataContext.get_current()
        context.enable_progress_bars = not quiet
        if quiet:
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        ds, stats.skipped = build_dataset(inputs, input_jsonl=input_jsonl, skip=done, text_column=text_column,
                                          id_column=id_column, output_dir=output_dir, batch_size=batch_size)
        if ds is None:
            return stats
        config = BatchConfig(options=options, max_bytes=max_bytes, max_chars=max_chars, max_essays=max_essays,
                             max_sentences=max_sentences,
                             input_format=None if input_format in (None, "auto") else input_format,
                             tokenizer=backend, cli=True)
        skip_ref = ray.put(done) if done else None
        writer = _PartitionWriter(os.path.abspath(output_dir), output_format)
        results = _summarized(ds, config, batch_size=batch_size, concurrency=num_cpus, output="status",
                              writer=writer, skip_ref=skip_ref)
        for batch in results.iter_batches(batch_size=None, batch_format="pyarrow"):
            for row in batch.to_pylist():
                stats.done += 1
                kind = row["error_type"]
                if kind is not None:
                    stats.failed += 1
                    stats.errors_by_type[kind] = stats.errors_by_type.get(kind, 0) + 1
                    if on_error is not None:
                        on_error(row["source"] or row["id"], {"type": kind, "message": row["error_message"]})
    finally:
        if started:
            ray.shutdown()
    return stats


def read_output(directory: str) -> list[dict[str, Any]]:
    """Every record of an output directory (JSONL and Parquet partitions), in file order: for checks and
    small outputs (it holds them all)."""
    records: list[dict[str, Any]] = []
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.startswith(PART_PREFIX) and name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as fh:
                records += [json.loads(line) for line in fh if line.strip()]
        elif name.startswith(PART_PREFIX) and name.endswith(".parquet"):
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            records += [record_from_row(row, table.schema) for row in table.to_pylist()]
    return records


def run_from_cli(inputs: list[str], output_dir: str, *, quiet: bool = False, **kwargs: Any) -> int:
    """``summarizer summarize ... --engine ray``: :func:`run_batch`, each failure and a closing count on
    stderr (as the local batch reports them); returns the exit status (0 every record of the output is a
    result, 1 any is an error, 2 Ray missing or the output directory unusable, 4 another run is writing the output
    directory, 130 interrupted)."""
    def report(source: str, error: dict[str, str]) -> None:
        print(error_line(source, source, error), file=sys.stderr, flush=True)

    try:
        stats = run_batch(inputs, output_dir, quiet=quiet, on_error=report, **kwargs)
    except OutputLockedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 4
    except (RayNotAvailableError, RayAddressError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {output_dir}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the partition files written so far are whole; continue with --resume", file=sys.stderr)
        return 130
    if not quiet:
        parts = [f"summarized {stats.done - stats.failed} of {stats.done} inputs"]
        if stats.failed:
            parts.append(f"{stats.failed} failed (" + ", ".join(
                f"{kind}: {n}" for kind, n in sorted(stats.errors_by_type.items())) + ")")
        if stats.kept:
            parts.append(f"{stats.kept} already in {output_dir} ({stats.kept_errors} of them errors)")
        if stats.skipped:
            parts.append(describe_skipped(stats.skipped))
        print("; ".join(parts), file=sys.stderr)
    return 1 if stats.failed or stats.kept_errors else 0
