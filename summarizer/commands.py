"""The ``summarizer`` command's commands: a thin layer over :func:`summarizer.summarize`.

The console script starts in :mod:`summarizer.cli`, which answers ``version`` and ``--help`` without importing
this module (startup26, issue 9) and hands every other command line to :func:`main`. This module imports the
pipeline, the readers' format libraries and the other commands' modules only when they are used (debt61): an input
that fails before it is read, or a usage error, is answered without them.

Sub-commands:

* ``summarizer summarize INPUT... [--input-jsonl FILE]`` — summarize files, directories, globs (``-`` is
  standard input) and JSONL records to JSON, JSONL or Markdown, in worker processes
  (:mod:`summarizer.batch`; files read by :mod:`summarizer.readers`), resumable with ``--resume``; or, with
  ``--engine ray``, on Ray Data into a directory of partition files (:mod:`summarizer.distributed`);
* ``summarizer extract FILE`` — print the text read from a file (what the offsets point into);
* ``summarizer serve`` — run the HTTP service (``service.app:create_app``) with uvicorn;
* ``summarizer evaluate`` — score summaries against references (from :mod:`summarizer.evaluation.cli`);
* ``summarizer version`` — print the version.

Exit codes: 0 all inputs summarized; 1 at least one input failed (each failure is reported on stderr and,
in JSON/JSONL output, as an error record); 2 wrong usage (unknown option, invalid option value, a method that
cannot run here); 3 the output could not be written (:data:`EXIT_OUTPUT_FAILED`: disk full, a file-size limit, a
closed pipe; the records written are whole); 4 the output is being written by another run
(:data:`EXIT_OUTPUT_LOCKED`); 130/143 interrupted (the records written so far are whole).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from summarizer import tokenize
from summarizer.cli import COMMANDS, listed_command, new_app, version_command
from summarizer.batch import (
    BatchConfig,
    OutputLockedError,
    OutputWriteError,
    RecordWriter,
    StreamWriter,
    count_jsonl_records,
    describe_skipped,
    error_line,
    error_record,
    expand_inputs,
    file_tasks,
    jsonl_tasks,
    label as _label,
    name_max_bytes,
    run_tasks,
    scan_output,
)
from summarizer.errors import (DEFAULT_MAX_ESSAYS, DEFAULT_MAX_SENTENCES, EmptyInputError, InputTooLargeError, ModelNotAvailableError,
                               ResourceError)
from summarizer.formats.limits import ReaderLimits
from summarizer.lazy import LazyModule
from summarizer.readers import read_bytes, read_path  # (the format libraries: imported by each reader when used)
from summarizer.schema import SummarizeOptions
from summarizer.script import traditional_ratio

# Modules imported at their first use (debt61, issue 9): a usage error, a wrong path or an empty file needs none.
_pipeline = LazyModule("summarizer.pipeline")  # (its rules' patterns, numpy, scipy)
_collection = LazyModule("summarizer.collection")  # (the themes of --collection)
_distributed = LazyModule("summarizer.distributed")  # (--engine ray; no Ray import: only its functions import Ray)
_service_settings = LazyModule("service.settings")  # (serve)

#: Largest input file (or standard input) ``summarizer summarize`` reads by default, in bytes.
DEFAULT_MAX_BYTES = 50_000_000
#: Longest text (after reading the file) ``summarizer summarize`` takes by default, in characters
#: (about 70 s of work at ~70,000 characters/s).
DEFAULT_MAX_CHARS = 5_000_000
#: Seconds one input may take in a worker process by default.
DEFAULT_TIMEOUT_S = 600.0
#: Inputs per actor call (and per partition file) of ``--engine ray`` by default
#: (:data:`summarizer.distributed.DEFAULT_BATCH_SIZE`; a test checks they agree).
RAY_BATCH_SIZE = 32
STDIN_NAME = "-"
#: Exit status when the output could not be written (disk full, a file-size limit, a closed pipe, an I/O error).
EXIT_OUTPUT_FAILED = 3
#: Exit status when the output file is being written by another run (its lock is held).
EXIT_OUTPUT_LOCKED = 4
#: Exit status when Ctrl-C interrupts a run (the records written are whole).
EXIT_INTERRUPTED = 130
#: Exit status when SIGTERM stops a run (the records written are whole).
EXIT_TERMINATED = 143
#: Every exit status of ``summarizer summarize`` and what it means: the one source of the command's ``--help``
#: (:func:`exit_status_help`) and of the README's exit-status table (a test checks the README lists these codes).
EXIT_STATUSES: tuple[tuple[int, str], ...] = (
    (0, "every record of the output is a result"),
    (1, "any record is an error"),
    (2, "the command line is wrong (a usage error)"),
    (EXIT_OUTPUT_FAILED, "the output could not be written (disk full, file-size limit, closed pipe)"),
    (EXIT_OUTPUT_LOCKED, "another run is writing the same output file"),
    (EXIT_INTERRUPTED, "interrupted by Ctrl-C"),
    (EXIT_TERMINATED, "stopped by SIGTERM"),
)


def exit_status_help() -> str:
    """The ``Exit code:`` paragraph of ``summarizer summarize --help``, written from :data:`EXIT_STATUSES`."""
    return "Exit code: " + ", ".join(f"{code} when {meaning}" for code, meaning in EXIT_STATUSES) + "."


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class MethodChoice(str, Enum):
    textrank = "textrank"
    seq2seq = "seq2seq"


class LogLevel(str, Enum):
    """uvicorn's log levels (``summarizer serve --log-level``): any other name was a KeyError traceback."""

    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"
    trace = "trace"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    docx = "docx"
    pdf = "pdf"


# ------------------------------------------------------------------------------------------ summarize


def _model_default(name: str) -> Any:
    """The default of the :class:`~summarizer.schema.SummarizeOptions` field ``name`` (the CLI's default too)."""
    return SummarizeOptions.model_fields[name].default


def _model_option(name: str, *decls: str, suffix: str = "", default: str | None = None, **kwargs: Any) -> Any:
    """The ``typer.Option`` of the :class:`~summarizer.schema.SummarizeOptions` field ``name``, generated from the
    field so that the help cannot drift from the library: its description as the help, its ``ge``/``le`` bounds
    as the option's range (checked by click, shown in ``--help``), its default as the shown default (``default``:
    a text for fields whose ``None`` means "decided later")."""
    info = SummarizeOptions.model_fields[name]
    low = high = None
    for constraint in info.metadata:
        low = getattr(constraint, "ge", low)
        high = getattr(constraint, "le", high)
    shown: bool | str = default if default is not None else (True if info.default is not None else "none")
    return typer.Option(*decls, help=(info.description or "") + suffix, min=low, max=high, show_default=shown,
                        **kwargs)


def summarize_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="[INPUT]...", help="Files, directories (walked for .txt .html .mhtml .docx .pdf …) "
                       "or globs ('docs/**/*.pdf'); '-' reads standard input. Text in any common encoding "
                       "(UTF-8, GBK/GB18030, Big5, UTF-16 with BOM…).", show_default=False),
    ] = None,
    input_jsonl: Annotated[
        Path | None,
        typer.Option("--input-jsonl", help="Read the documents from a JSONL file of {\"id\": ..., \"text\": ...} "
                     "records (one per line), as well as or instead of INPUT.", show_default="none",
                     dir_okay=False),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="json (default for one input), jsonl (default for several: one "
                     "record per input line) or markdown (for people). json with several inputs gives an array. "
                     "parquet: --engine ray only.", show_default="json for one input, else jsonl"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the output to this file (UTF-8) instead of standard output "
                     "(--engine ray: a directory of partition files). A second run on the same file is refused "
                     "(exit 4) while the first holds it.", show_default="standard output"),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the records already in --output (JSONL) and skip their ids.")
    ] = False,
    workers: Annotated[
        int, typer.Option(min=0, help="Worker processes (0: summarize in this process, without --timeout).")
    ] = 1,
    timeout: Annotated[
        float, typer.Option(min=0.001, help="Seconds one input may take in a worker; then it is recorded as "
                            "a 'timeout' error and the worker replaced.")
    ] = DEFAULT_TIMEOUT_S,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="Format of every input, or auto to detect each one.")
    ] = InputFormat.auto,
    csv_column: Annotated[
        str | None, typer.Option("--csv-column", metavar="NAME|INDEX", help=".csv/.tsv inputs: read only this "
                                 "column (a header name, or a 0-based index), one cell a line.",
                                 show_default="the one column of long cells under a header, one essay a row; "
                                 "else every cell, one a line")
    ] = None,
    csv_title_column: Annotated[
        str | None, typer.Option("--csv-title-column", metavar="NAME|INDEX", help=".csv/.tsv inputs: the column of "
                                 "each record's title (a header name, or a 0-based index).",
                                 show_default="a header cell 标题/题目/title…")
    ] = None,
    max_points: Annotated[int, _model_option("max_points")] = _model_default("max_points"),
    max_point_chars: Annotated[int, _model_option("max_point_chars")] = _model_default("max_point_chars"),
    summary_chars: Annotated[int, _model_option("summary_chars")] = _model_default("summary_chars"),
    max_keyphrases: Annotated[int, _model_option("max_keyphrases")] = _model_default("max_keyphrases"),
    aspect_model: Annotated[
        bool, _model_option("aspect_model", "--aspect-model/--no-aspect-model")
    ] = _model_default("aspect_model"),
    sentence_selector: Annotated[
        bool, _model_option("sentence_selector", "--sentence-selector/--no-sentence-selector")
    ] = _model_default("sentence_selector"),
    collection: Annotated[
        bool, typer.Option("--collection", help="Also synthesize the themes shared across every essay of every "
                           "input (共性问题/共性建议): JSONL gets a last line {\"collection\": ...}, JSON an object "
                           "{\"results\": [...], \"collection\": ...}, Markdown the themes first.")
    ] = False,
    theme_threshold: Annotated[float, _model_option("theme_threshold")] = _model_default("theme_threshold"),
    method: Annotated[
        MethodChoice | None, _model_option("method", default="textrank",
                                            suffix=" seq2seq needs the seq2seq extra and --model.")
    ] = None,
    model: Annotated[
        str | None, _model_option("model", "--model", metavar="NAME_OR_DIR", suffix=" Implies --method seq2seq.")
    ] = None,
    max_new_tokens: Annotated[int | None, _model_option("max_new_tokens", default="from --summary-chars")] = None,
    min_support: Annotated[float | None, _model_option("min_support", default="0.5")] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse input files larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Refuse texts longer than this many characters (after reading the file).")
    ] = DEFAULT_MAX_CHARS,
    max_essays: Annotated[
        int, typer.Option(min=1, help="Refuse a document that splits into more essays than this (input_too_large, "
                          "before any essay is analysed; about a millisecond of CPU per short essay). The service's "
                          "SUMMARIZER_MAX_ESSAYS, with the same default.")
    ] = DEFAULT_MAX_ESSAYS,
    max_sentences: Annotated[
        int, typer.Option(min=1, help="Refuse a document of more sentence ends than this (runs of 。！？!?, and line "
                          "breaks after short lines, counted before cleaning; input_too_large before any work: each distinct sentence "
                          "is read by some sixty rules). The service's SUMMARIZER_MAX_SENTENCES, with the same "
                          "default.")
    ] = DEFAULT_MAX_SENTENCES,
    tokenizer: Annotated[
        tokenize.Backend | None,
        typer.Option("--tokenizer", help="Word segmentation of TextRank: rjieba (jieba-rs, the same words as jieba) "
                     "or jieba.", show_default="$SUMMARIZER_TOKENIZER, else rjieba when installed, else jieba; jieba "
                     "with --user-dict"),
    ] = None,
    user_dict: Annotated[
        Path | None,
        typer.Option("--user-dict", metavar="FILE", help="A jieba user dictionary (UTF-8, one 'word \\[frequency] "
                     "\\[tag]' a line): its words are kept whole by the segmentation; uses the jieba backend.",
                     show_default="$SUMMARIZER_USER_DICT"),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no closing count.")
    ] = False,
    engine: Annotated[
        Engine, typer.Option(help="local: --workers processes on this machine; ray: Ray Data on a laptop or a "
                             "cluster (the ray extra; -o is a directory of partition files; .parquet inputs).")
    ] = Engine.local,
    address: Annotated[
        str | None, typer.Option(help="--engine ray: the cluster to join (auto, ray://HOST:10001).",
                                 show_default="start a local Ray")
    ] = None,
    num_cpus: Annotated[
        int | None, typer.Option(min=1, help="--engine ray: CPUs of the local Ray, and actors (one CPU each).",
                                 show_default="every CPU")
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="--engine ray: inputs per actor call and per partition file.")
    ] = RAY_BATCH_SIZE,
    text_column: Annotated[str, typer.Option(help="--engine ray: the text column of .parquet inputs.")] = "text",
    id_column: Annotated[str, typer.Option(help="--engine ray: the id column of .parquet inputs.")] = "id",
) -> None:
    """Summarize every INPUT (and every --input-jsonl record): one output record per input.

    Each record is a result (id, source, encoding, format, essays…) or an error record
    {"id": ..., "source": ..., "error": {"type": ..., "message": ...}}; a bad input never stops the run.
    JSONL lines are written whole, so a killed run can be continued with --resume.

    {exit_statuses}
    """
    if model is not None and method is not None and method.value != "seq2seq":
        raise typer.BadParameter(f"--model is used by --method seq2seq only, not with --method {method.value} "
                                 "(--model alone implies seq2seq)", param_hint="'--model'")
    overrides: dict[str, Any] = {
        name: value
        for name, value in (
            ("max_points", max_points),
            ("max_point_chars", max_point_chars),
            ("summary_chars", summary_chars),
            ("max_keyphrases", max_keyphrases),
            ("theme_threshold", theme_threshold),
            ("method", method.value if method is not None else ("seq2seq" if model else None)),
            ("model", model),
            ("max_new_tokens", max_new_tokens),
            ("min_support", min_support),
            ("aspect_model", aspect_model),
            ("sentence_selector", sentence_selector),
        )
        if value is not None
    }
    options = _validated_options(SummarizeOptions, overrides)
    _check_method(options)
    if options.method != "seq2seq":  # generation options did nothing with an extractive method, silently
        given = ["--" + name.replace("_", "-") for name in options.generation_options_given()]
        if given:
            raise typer.BadParameter(
                f"{' and '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to --method seq2seq only (a "
                f"checkpoint's generation); this run uses --method {options.method}", param_hint=f"'{given[0]}'")
    backend, user_dict_path = _backend(tokenizer, user_dict)
    if collection and (engine is Engine.ray or resume):
        raise typer.BadParameter("--collection needs every record of one run: not with --engine ray or --resume",
                                 param_hint="'--collection'")
    if engine is not Engine.ray:  # Ray's own options did nothing here, silently
        given = [name for name, value, default in (
            ("--address", address, None), ("--num-cpus", num_cpus, None), ("--batch-size", batch_size, RAY_BATCH_SIZE),
            ("--text-column", text_column, "text"), ("--id-column", id_column, "id")) if value != default]
        if given:
            raise typer.BadParameter(
                f"{' and '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to --engine ray only; this run uses "
                "the local engine (--workers N sets its processes)", param_hint=f"'{given[0]}'")
    if workers == 0 and timeout != DEFAULT_TIMEOUT_S and engine is not Engine.ray:  # it did nothing, silently
        raise typer.BadParameter("--timeout stops a worker process; --workers 0 summarizes in this process, which "
                                 "nothing stops: give --workers 1 (or more) with it", param_hint="'--timeout'")
    if engine is Engine.ray:
        given = [flag for flag, value, default in (("--workers", workers, 1), ("--timeout", timeout, DEFAULT_TIMEOUT_S))
                 if value != default]
        if given:  # the local engine's options did nothing on Ray, silently
            raise typer.BadParameter(
                f"{' and '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to the local engine only; --engine "
                "ray sets its processes with --num-cpus (or the cluster's)", param_hint=f"'{given[0]}'")
        if user_dict_path is not None:
            raise typer.BadParameter("--engine ray does not take a user dictionary yet", param_hint="'--user-dict'")
        if output is None:
            raise typer.BadParameter("--engine ray needs --output DIR (a directory of partition files)",
                                     param_hint="'--output'")
        if output_format not in (None, OutputFormat.jsonl, OutputFormat.parquet):
            raise typer.BadParameter("--engine ray writes jsonl or parquet", param_hint="'--format'")
        if STDIN_NAME in (inputs or []) or not (inputs or input_jsonl):
            raise typer.BadParameter("--engine ray reads files, directories, globs, URIs or --input-jsonl, "
                                     "not standard input", param_hint="INPUT")
        if input_jsonl is not None and not input_jsonl.is_file():
            what = "is a directory" if input_jsonl.is_dir() else "not found"
            raise typer.BadParameter(f"{input_jsonl}: {what}", param_hint="'--input-jsonl'")
        code = _distributed.run_from_cli(
            inputs or [], str(output), input_jsonl=[str(input_jsonl)] if input_jsonl else [], options=options,
            max_bytes=max_bytes, max_chars=max_chars, max_essays=max_essays, max_sentences=max_sentences,
            output_format=(output_format or OutputFormat.jsonl).value,
            input_format=None if input_format is InputFormat.auto else input_format.value, resume=resume,
            address=address, num_cpus=num_cpus, batch_size=batch_size, text_column=text_column,
            id_column=id_column, tokenizer=backend, quiet=quiet)
        raise typer.Exit(code=code)
    if output_format is OutputFormat.parquet:
        raise typer.BadParameter("parquet output needs --engine ray", param_hint="'--format'")
    if output_format is None and output is not None and output.suffix.lower() == ".parquet":
        # it wrote JSON text into a file named .parquet, exit 0
        raise typer.BadParameter(f"{output}: parquet output needs --engine ray; this engine writes json, jsonl or "
                                 "markdown (name the file .json, .jsonl or .md, or add --engine ray)",
                                 param_hint="'--output'")
    if output is not None and output.is_dir():
        raise typer.BadParameter(f"{output} is a directory (a directory of partition files is --engine ray's)",
                                 param_hint="'--output'")
    _check_reader_limits()
    if output is not None:
        # an input named as such that is also the output would be truncated before it is read (the file lost, and
        # "no supported file" said): a usage error; one found in a folder or by a glob is skipped below
        named = [i for i in inputs or [] if i != STDIN_NAME and not any(ch in i for ch in "*?[") and Path(i).is_file()]
        for given in named + ([str(input_jsonl)] if input_jsonl is not None else []):
            if _same_file(given, output):
                raise typer.BadParameter(
                    f"{output} is also an input ({given}): writing it would overwrite what is to be read; choose "
                    "another output file", param_hint="'--output'")
    files, skipped = expand_inputs(inputs or [])
    if output is not None:  # never read the output back as an input (e.g. -o DIR/out.txt with DIR given)
        files = [f for f in files if f == STDIN_NAME or not _same_file(f, output)]
    if not inputs and input_jsonl is None:
        raise typer.BadParameter("give at least one INPUT (a file, directory or glob) or --input-jsonl",
                                 param_hint="INPUT")
    for given, hint in ((csv_column, "'--csv-column'"), (csv_title_column, "'--csv-title-column'")):
        if given is not None and input_jsonl is None and not any(
                f != STDIN_NAME and Path(f).suffix.lower() in (".csv", ".tsv") for f in files):
            # (in a folder of several kinds it applies to the tables only, as documented; with no table a mistake)
            raise typer.BadParameter("applies to .csv/.tsv inputs, and none was given", param_hint=hint)
    if files.count(STDIN_NAME) > 1:
        raise typer.BadParameter("'-' (standard input) can be given once", param_hint="INPUT")
    # a directory, a glob or --input-jsonl is a batch whatever it holds, and so is output to a *.jsonl file
    batch_like = (input_jsonl is not None or resume
                  or (output is not None and output.suffix.lower() == ".jsonl")
                  or any(i != STDIN_NAME and (Path(i).is_dir() or any(ch in i for ch in "*?[")) for i in inputs or []))
    several = batch_like or len(files) != 1
    # without --format, an output file named .md/.markdown or .json gets that format (not JSON in a .md file)
    by_suffix = {".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown, ".json": OutputFormat.json}
    fmt = output_format or (by_suffix.get(output.suffix.lower()) if output is not None else None) or (
        OutputFormat.jsonl if several else OutputFormat.json)
    named = {**by_suffix, ".jsonl": OutputFormat.jsonl}.get(output.suffix.lower()) if output is not None else None
    if output_format is not None and named is not None and named is not output_format:
        # (an explicit --format wins, but a file named for another format is said on stderr: ux34)
        typer.echo(f"warning: writing {output_format.value} to {output} (its name says {named.value}); "
                   f"drop --format to write {named.value}, or rename the file", err=True)
    if resume and (output is None or fmt is not OutputFormat.jsonl):
        raise typer.BadParameter("--resume needs --output FILE and JSONL output", param_hint="'--resume'")
    if input_jsonl is not None and not input_jsonl.is_file():
        what = "is a directory" if input_jsonl.is_dir() else "not found"
        raise typer.BadParameter(f"{input_jsonl}: {what}", param_hint="'--input-jsonl'")

    # The output is opened (and locked) before anything is read or cut: a second run on the same file stops here.
    sink: RecordWriter | StreamWriter
    if output is not None:
        try:
            sink = RecordWriter(output, append=resume)
        except OutputLockedError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=EXIT_OUTPUT_LOCKED) from None
        except OSError as exc:
            folder = output.parent
            why = (f"the folder {folder} does not exist (create it first)" if not folder.exists()
                   else exc.strerror or str(exc))  # "No such file or directory" of the file to be created
            typer.echo(f"error: cannot write {output}: {why}", err=True)
            raise typer.Exit(code=2) from None
    else:
        sink = StreamWriter(typer.get_text_stream("stdout", encoding="utf-8"))

    done_ids: set[str] = set()
    old_errors = 0
    if resume:
        done_ids, old_errors = scan_output(output)  # also cuts a trailing partial line (under the lock)

    total = len(files) + (count_jsonl_records(str(input_jsonl)) if input_jsonl is not None else 0)

    def all_tasks():
        yield from file_tasks(files, stdin=lambda: _read_stdin(max_bytes))
        if input_jsonl is not None:
            yield from jsonl_tasks(str(input_jsonl), start=len(files))

    def todo():
        for task in all_tasks():
            if task.id in done_ids:
                continue
            yield task

    config = BatchConfig(options=options, max_bytes=max_bytes, max_chars=max_chars, max_essays=max_essays,
                         max_sentences=max_sentences, input_format=None if input_format is InputFormat.auto else input_format.value,
                         tokenizer=backend, user_dict=user_dict_path, csv_column=csv_column,
                         csv_title_column=csv_title_column, cli=True)
    from tqdm import tqdm  # (the progress bar: once the options are known to be right)

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
    records: list[tuple[int, dict[str, Any]]] = []  # --format json with several inputs: an array at the end
    kept: list[tuple[int, dict[str, Any]]] = []  # --collection: every record, for the themes at the end
    warned: dict[str, int] = {}
    progress = tqdm(
        total=total, initial=min(len(done_ids), total), unit="doc", file=sys.stderr, leave=False,
        disable=True if quiet or total < 2 else None,  # None: only when stderr is a terminal
        dynamic_ncols=True, smoothing=0.05,
    )
    written = 0

    def emit(task: Any, line: str, record: dict[str, Any] | None, error_type: str | None) -> None:
        nonlocal written
        if error_type is not None:
            progress.write(error_line(task.id, task.source, (record or json.loads(line))["error"]), file=sys.stderr)
        elif '"warnings":[{' in line:
            for warning in (record or json.loads(line)).get("warnings") or []:
                warned[warning["type"]] = warned.get(warning["type"], 0) + 1
                progress.write(f"warning: {_label(task.id, task.source)}: {warning['message']}", file=sys.stderr)
        if collection:
            kept.append((task.index, record or json.loads(line)))
            if fmt is not OutputFormat.jsonl:  # written with the themes, at the end
                written += 1
                progress.update(1)
                return
        if fmt is OutputFormat.jsonl:
            sink.write_line(line)
        elif fmt is OutputFormat.json and several:
            records.append((task.index, record or json.loads(line)))
        else:
            data = record or json.loads(line)
            if fmt is OutputFormat.json:
                sink.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            else:
                sink.write(("\n---\n\n" if written else "") + render_markdown(data))
        written += 1
        progress.set_postfix_str(progress_name(task.source), refresh=False)
        progress.update(1)

    try:
        try:
            single = files[0] if len(files) == 1 and input_jsonl is None else None
            with _sigterm_as_interrupt(), _status_line("standard input" if single == STDIN_NAME else str(single), single is not None and not quiet
                                                       and total == 1 and sys.stderr.isatty() and not (
                                                           single == STDIN_NAME  # not over what is typed
                                                           and _isatty(typer.get_binary_stream("stdin")))):
                stats = run_tasks(todo(), config, emit, workers=workers, timeout_s=timeout if workers else None,
                                  want_dicts=fmt is not OutputFormat.jsonl)
            if collection:
                _write_collection(fmt, sink, [r for _, r in sorted(kept, key=lambda item: item[0])],
                                  options.theme_threshold)
            elif fmt is OutputFormat.json and several:
                sink.write(json.dumps([r for _, r in sorted(records, key=lambda item: item[0])],
                                      ensure_ascii=False, indent=2) + "\n")
            sink.close()
        finally:
            progress.close()
    except (KeyboardInterrupt, _Terminated) as exc:
        _close_quietly(sink)
        typer.echo(_interrupted_message(fmt, to_file=output is not None, collection=collection, several=several),
                   err=True)
        raise typer.Exit(code=EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED) from None
    except OutputWriteError as exc:
        _close_quietly(sink)
        _output_failed(exc, resumable=output is not None and fmt is OutputFormat.jsonl, collection=collection)

    if not quiet and (several or done_ids):
        parts = [f"summarized {stats.done - stats.failed} of {stats.done} inputs"]
        if stats.failed:
            parts.append(f"{stats.failed} failed (" + ", ".join(
                f"{kind}: {n}" for kind, n in sorted(stats.errors_by_type.items())) + ")")
        if warned:
            parts.append("warnings (" + ", ".join(f"{kind}: {n}" for kind, n in sorted(warned.items())) + ")")
        if done_ids:
            parts.append(f"{len(done_ids)} already in {output} ({old_errors} of them errors)")
        if inputs and not files and input_jsonl is None:
            parts.append("no supported file in " + ", ".join(inputs))
        if skipped:
            parts.append(describe_skipped(skipped))
        typer.echo("; ".join(parts), err=True)
    if stats.failed or old_errors:
        raise typer.Exit(code=1)


# (the exit statuses of the help are written from EXIT_STATUSES, the README's table's source too: fix59)
summarize_command.__doc__ = (summarize_command.__doc__ or "").replace("{exit_statuses}", exit_status_help())


def _check_method(options: SummarizeOptions) -> None:
    """A ``--method`` that cannot run here (seq2seq without a model, the extra or the checkpoint) is one usage
    error now, not an error record for every input."""
    if options.method != "seq2seq":  # only a checkpoint has anything to check: the pipeline is not imported for it
        return
    try:
        _pipeline.check_method(options)
    except ModelNotAvailableError as exc:
        hint = "'--model'" if options.model else "'--method'"
        raise typer.BadParameter(str(exc), param_hint=hint) from None


#: Failed inputs named in the ``--collection`` Markdown header, then "等".
COLLECTION_FAILED_NAMED = 5


def _write_collection(fmt: OutputFormat, sink: RecordWriter | StreamWriter, records: list[dict[str, Any]],
                      threshold: float) -> None:
    """``--collection``: the themes of every essay of ``records`` (:func:`summarizer.collection.synthesize_records`),
    written after the JSONL records, as ``{"results", "collection"}`` JSON, or in Markdown before the records (the
    ``# 合集`` header and the theme headings in the script of the batch's essays, :func:`markdown_script`)."""
    data = _collection.synthesize_records(records, threshold=threshold).model_dump()
    if fmt is OutputFormat.jsonl:
        sink.write_line(json.dumps({"collection": data}, ensure_ascii=False))
        return
    if fmt is OutputFormat.json:
        sink.write(json.dumps({"results": records, "collection": data}, ensure_ascii=False, indent=2) + "\n")
        return
    ok = [r for r in records if not r.get("error")]
    failed = [str(r.get("source") or r.get("id") or "(input)") for r in records if r.get("error")]
    # the section's labels follow the script of the batch's essays, as each record's own labels do (try54: a
    # folder of Traditional reports got 共性问题/个文件 above records labelled 挑戰/建議)
    traditional = markdown_script({"essays": [e for r in ok for e in r.get("essays") or []]}) == "traditional"
    files, fail = ("個文件", "失敗") if traditional else ("个文件", "失败")
    header = f"# 合集：{len(ok)} {files}，{len(data['essays'])} 篇"
    if failed:  # (3 files given, 1 unreadable: the header says so, not "2 个文件" as if 2 were given)
        named = "、".join(failed[:COLLECTION_FAILED_NAMED]) + (" 等" if len(failed) > COLLECTION_FAILED_NAMED else "")
        header += f"（另有 {len(failed)} {files}{fail}：{named}）"
    sink.write("\n".join([header, ""] + _collection.markdown_lines(data, traditional=traditional)))
    for record in records:
        sink.write("\n---\n\n" + render_markdown(record))


def _close_quietly(sink: RecordWriter | StreamWriter) -> None:
    with contextlib.suppress(OutputWriteError, OSError):
        sink.close()


#: How to go on after a stop, for a JSONL file written with ``--collection`` (which ``--resume`` refuses).
_RESUME_WITHOUT_COLLECTION = " (without --collection: the themes need every record of one run)"


def _interrupted_message(fmt: OutputFormat, *, to_file: bool, collection: bool, several: bool) -> str:
    """The line printed when a run is interrupted (Ctrl-C, SIGTERM): what the output holds and how to go on.
    Markdown and JSON with ``--collection``, and JSON of several inputs, are written whole at the end, so an
    interrupted run wrote none of their records; a JSONL file goes on with ``--resume``, but not with
    ``--collection`` (a usage error), so the hint says to leave it out."""
    if collection and fmt is not OutputFormat.jsonl or fmt is OutputFormat.json and several:
        why = ("with --collection, Markdown and JSON are written at the end, themes first" if collection
               else "JSON of several inputs is one array, written at the end")
        return (f"interrupted: no record was written ({why}); run again, or write JSONL (-o FILE.jsonl) to keep"
                " each record as it is done")
    if to_file and fmt is OutputFormat.jsonl:
        return ("interrupted: the records written so far are whole; continue with --resume"
                + (_RESUME_WITHOUT_COLLECTION if collection else ""))
    return "interrupted: the records written so far are whole"


def _output_failed(exc: OutputWriteError, *, resumable: bool, collection: bool = False) -> None:
    """Report a failed write of the output and exit with :data:`EXIT_OUTPUT_FAILED`."""
    if isinstance(exc.cause, BrokenPipeError):
        with contextlib.suppress(OSError, ValueError):  # no "Exception ignored" when Python flushes at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    where = " (the reader went away)" if isinstance(exc.cause, BrokenPipeError) else ""
    after = f"; {exc.records} record(s) were written before it, each whole"
    if resumable:
        after += "; make room and continue with --resume" + (_RESUME_WITHOUT_COLLECTION if collection else "")
    typer.echo(f"error: {exc}{where}{after}", err=True)
    raise typer.Exit(code=EXIT_OUTPUT_FAILED)


class _Terminated(BaseException):
    """SIGTERM arrived: stop like Ctrl-C (workers stopped, output closed on a whole line). A ``BaseException``, as
    ``KeyboardInterrupt`` is, so that the per-input ``except Exception`` of an in-process run (``--workers 0``)
    does not turn it into the input's error record."""


@contextlib.contextmanager
def _sigterm_as_interrupt():
    def handler(signum: int, frame: Any) -> None:
        raise _Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _same_file(name: str, output: Path) -> bool:
    try:
        return os.path.samefile(name, output)
    except OSError:
        return False


@contextlib.contextmanager
def _status_line(label: str, enabled: bool, *, delay_s: float = 1.0, interval_s: float = 0.5):
    """While the block runs, a status line on stderr for one long input (``summarizing NAME … 00:12``), shown
    from ``delay_s`` seconds on (a quick input shows nothing), refreshed every ``interval_s`` seconds by a daemon
    thread and cleared at the end (a tqdm bar without a total: its ``write`` keeps error lines apart from it).
    ``enabled`` False: nothing at all (``--quiet``, several inputs (they have the progress bar), stderr no
    terminal)."""
    if not enabled:
        yield
        return
    stop = threading.Event()
    started = time.time()  # the time shown counts from the start of the work, not from the line's first showing

    def run() -> None:
        if hasattr(signal, "pthread_sigmask"):  # Ctrl-C and SIGTERM go to the main thread (see cli.one_blas_thread)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        if stop.wait(delay_s):
            return
        from tqdm import tqdm

        bar = tqdm(total=None, desc=f"summarizing {_short(label)}", bar_format="{desc} … {elapsed}",
                   file=sys.stderr, leave=False, dynamic_ncols=True)
        bar.start_t = started
        try:
            bar.refresh()
            while not stop.wait(interval_s):
                bar.refresh()
        finally:
            bar.close()

    thread = threading.Thread(target=run, name="summarizer-status", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def _short(name: str) -> str:
    return name if len(name) <= 40 else "…" + name[-39:]


def progress_name(source: str) -> str:
    """What the batch progress bar shows after its counts for the input just written: the file's name, its last
    path component (``/data/2024/reports/会议纪要.txt`` -> ``会议纪要.txt``; a record's ``FILE:N`` keeps its number),
    at most 40 characters (a longer name keeps its end after ``…``); the whole path would fill the terminal's line
    and push the counts out of it (try55). Standard input (``-``) and other sources without a separator as they
    are. Constant work per name."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
    return _short(name)


def _backend(choice: tokenize.Backend | None, user_dict: Path | None = None) -> tuple[str | None, str | None]:
    """The segmentation backend chosen with ``--tokenizer`` (else ``$SUMMARIZER_TOKENIZER``; ``None`` when neither
    is given: the default of :func:`summarizer.tokenize.get_tokenizer`, rjieba when installed, else jieba; jieba with
    a user dictionary) and the user dictionary (``--user-dict``, else ``$SUMMARIZER_USER_DICT``), loaded once here:
    a usage error when either cannot be used."""
    path = str(user_dict) if user_dict is not None else (os.environ.get(tokenize.USER_DICT_ENV, "").strip() or None)
    hint = "'--user-dict'" if path is not None else "'--tokenizer'"
    try:
        if path is not None:
            name = choice.value if choice is not None else tokenize.Backend.jieba.value
            tokenize.get_tokenizer(name, user_dict=path)  # reads and checks the file now, not once per input
        elif choice is not None or os.environ.get(tokenize.BACKEND_ENV, "").strip():
            name = choice.value if choice is not None else tokenize.default_backend()
            if name != tokenize.Backend.jieba.value:
                tokenize.warm_up(name)  # a backend asked for is imported now: one usage error if it cannot be
        else:  # none asked for: the workers' default (rjieba when installed, else jieba), imported with the first
            return None, None  # input that has text (half a second of rjieba's start-up that a bad input never needs)
    except ResourceError as exc:
        raise typer.BadParameter(str(exc), param_hint=hint) from None
    return name, path


def _validated_options(options_type: Any, overrides: dict[str, Any]) -> Any:
    """Build the options, turning a pydantic error into a usage error that names the option."""
    try:
        return options_type(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err.get("loc") else ""
        raise typer.BadParameter(
            f"{err['msg']} (got {err.get('input')!r})", param_hint=f"'--{field.replace('_', '-')}'"
        ) from None


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input's bytes (at most ``max_bytes``; more is ``InputTooLargeError``, none ``EmptyInputError``). From a terminal, a line on
    stderr first says how to end the input: a command waiting there in silence looked hung (new-user trial)."""
    stream = typer.get_binary_stream("stdin")
    if _isatty(stream):
        typer.echo("reading the text from standard input: paste or type it, then Ctrl-D on a line of its own "
                   "(Ctrl-Z Enter on Windows)", err=True)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"standard input is over the limit of {max_bytes:,} bytes (--max-bytes)")
    if not data:  # it said "the file is empty" of a pipe (a command before `|` that printed nothing)
        raise EmptyInputError("standard input is empty (0 bytes)", field="file")
    return data


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # a closed or replaced stream (tests)
        return False


# ------------------------------------------------------------------------------------------ extract


def extract_command(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A .txt (any encoding), .md, .csv/.tsv, .html/.mhtml, "
                                        ".docx or .pdf file, as summarize reads it; '-' reads standard input.", show_default=False)],
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="Format of the input, or auto to detect it.")
    ] = InputFormat.auto,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    csv_column: Annotated[
        str | None, typer.Option("--csv-column", metavar="NAME|INDEX", help="A .csv/.tsv file: read only this "
                                 "column (a header name, or a 0-based index), as summarize --csv-column does.",
                                 show_default="as summarize")
    ] = None,
) -> None:
    """Print the text summarize reads from FILE (UTF-8): the text every offset of its summary points into.

    The format and encoding found are written on stderr, and so is what decoding replaced (a cut-off last
    character, invalid bytes: ``warning: …``). Exit code 1 when the file cannot be read.
    """
    fmt = None if input_format is InputFormat.auto else input_format.value
    if file != STDIN_NAME:
        file = _one_file(file)
    try:
        if file == STDIN_NAME:
            document = read_bytes(_read_stdin(max_bytes), format=fmt, source=file, max_bytes=max_bytes,
                                  csv_column=csv_column)
        else:
            document = read_path(file, max_bytes=max_bytes, format=fmt, csv_column=csv_column)
    except Exception as exc:  # noqa: BLE001 - reported like summarize's error records
        error = error_record(file, exc, message=name_max_bytes(str(exc), max_bytes)
                            if isinstance(exc, InputTooLargeError) else None)["error"]
        typer.echo(f"error ({error['type']}): {error['message']}", err=True)
        raise typer.Exit(code=1) from None
    out = typer.get_text_stream("stdout", encoding="utf-8")
    out.write(document.text)
    if not document.text.endswith("\n"):
        out.write("\n")
    out.flush()
    pages = (f", {document.pages} page{'' if document.pages == 1 else 's'}" if document.pages is not None
             else "")  # (one page is "1 page", not "1 pages": ux35)
    typer.echo(f"{file}: format {document.format}, encoding {document.encoding}, {len(document.text)} characters"
               f"{pages}", err=True)
    for warning in document.warnings:
        typer.echo(f"warning: {file}: {warning.message}", err=True)


def _one_file(name: str) -> str:
    """The file ``extract`` reads for ``name``: a quoted glob pattern is expanded as ``summarize`` expands it (it
    said ``no file matches the pattern`` of a pattern that matched files); one match is that file, several are a
    usage error naming them, none leaves the pattern (its read says no file matches it)."""
    if not glob.has_magic(name) or os.path.exists(name):  # a file, a folder (is_a_directory), a missing name
        return name
    files, _ = expand_inputs([name])
    if len(files) > 1:
        shown = ", ".join(files[:3]) + (", …" if len(files) > 3 else "")
        raise typer.BadParameter(f"{name!r} matches {len(files)} files ({shown}); extract reads one file: name one "
                                 "of them (summarize takes them all)", param_hint="FILE")
    return files[0] if files else name


#: Markdown labels in Simplified and in Traditional Chinese (a Traditional input gets Traditional labels).
MARKDOWN_LABELS: dict[str, dict[str, str]] = {
    "simplified": {"error": "错误", "chars": "字", "encoding": "编码", "method": "方法", "essays": "篇",
                   "untitled": "（无标题）", "range": "字符范围", "summary": "摘要", "none": "（无）",
                   "challenges": "挑战", "recommendations": "建议", "keyphrases": "关键词"},
    "traditional": {"error": "錯誤", "chars": "字", "encoding": "編碼", "method": "方法", "essays": "篇",
                    "untitled": "（無標題）", "range": "字元範圍", "summary": "摘要", "none": "（無）",
                    "challenges": "挑戰", "recommendations": "建議", "keyphrases": "關鍵詞"},
}
#: Share of Traditional-only Han characters (:func:`summarizer.script.traditional_ratio`) from which a record is
#: written with Traditional labels; Simplified text has ~0, Traditional text 0.3-0.4.
TRADITIONAL_RATIO = 0.1


def markdown_script(record: dict[str, Any]) -> str:
    """``"traditional"`` when the record's own text (titles, summaries, points) is mostly Traditional Chinese, else
    ``"simplified"`` (also for an error record, which has no text). Each essay's script is read on its own text
    (Traditional from :data:`TRADITIONAL_RATIO`), and the labels follow the script of the larger share of the
    characters: a Simplified essay with its Traditional copy in one file keeps Simplified labels (a tie is
    Simplified), a record of Traditional essays gets Traditional ones."""
    shares = {"traditional": 0, "simplified": 0}
    for essay in record.get("essays") or []:
        parts = [essay.get("title") or "", essay.get("summary") or ""]
        parts += [p.get("text", "") for key in ("challenges", "recommendations") for p in essay.get(key) or []]
        text = "".join(parts)
        shares["traditional" if traditional_ratio(text) >= TRADITIONAL_RATIO else "simplified"] += len(text)
    return "traditional" if shares["traditional"] > shares["simplified"] else "simplified"


def render_markdown(record: dict[str, Any]) -> str:
    """Render one output record (a ``DocumentSummary`` as JSON data, or an error record) as Markdown.

    Layout: ``# source``, a line of facts, for a collection the shared themes (``## 共性问题``, ``## 共性建议``:
    :func:`summarizer.collection.markdown_lines`), then per essay ``## n. title``, the summary, its keyphrases
    (``**关键词**``), ``### 挑战`` and ``### 建议`` lists; every point ends with its half-open character range
    ``[start, end)`` into the input.
    The labels follow the input's script (:func:`markdown_script`): 摘要/挑战/建议 for Simplified input,
    摘要/挑戰/建議 for Traditional input (:data:`MARKDOWN_LABELS`).
    """
    source = record.get("source") or "(input)"
    if source == STDIN_NAME:
        source = "<stdin>"
    lines = [f"# {source}", ""]
    words = MARKDOWN_LABELS[markdown_script(record)]
    error = record.get("error")
    if error:
        lines += [f"**{words['error']}** (`{error['type']}`): {error['message']}", ""]
        return "\n".join(lines)
    essays = record.get("essays", [])
    lines += [
        f"{record.get('chars', 0)} {words['chars']} · {words['encoding']} {record.get('encoding')} · "
        f"{words['method']} {record.get('method')} · {len(essays)} {words['essays']}",
        "",
    ]
    for warning in record.get("warnings") or []:
        lines += [f"> ⚠ {warning['message']}", ""]
    if record.get("collection"):
        lines += _collection.markdown_lines(record["collection"], traditional=words is MARKDOWN_LABELS["traditional"])
    for essay in essays:
        title = essay.get("title") or words["untitled"]
        lines += [
            f"## {essay['index'] + 1}. {title}",
            "",
            f"{words['range']} [{essay['start']}, {essay['end']})",
            "",
            f"**{words['summary']}**：{essay.get('summary') or words['none']}",
            "",
        ]
        if essay.get("keyphrases"):
            lines += [f"**{words['keyphrases']}**：" + "、".join(k["text"] for k in essay["keyphrases"]), ""]
        for key in ("challenges", "recommendations"):
            lines += [f"### {words[key]}", ""]
            points = essay.get(key) or []
            if not points:
                lines.append(f"- {words['none']}")
            for point in points:
                lines.append(f"- {point['text']} `[{point['start']}, {point['end']})`")
            lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ serve


def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (uvicorn); each runs its own pool of "
                                         "SUMMARIZER_MAX_CONCURRENT_JOBS summary worker processes.")] = 1,
    log_level: Annotated[LogLevel, typer.Option(case_sensitive=False, help="uvicorn log level.")] = LogLevel.info,
) -> None:
    """Run the HTTP API (POST /v1/summarize, /v1/summarize/file, /v1/summarize/batch; GET /healthz, /readyz,
    /metrics; docs at /docs) with uvicorn.

    Limits come from SUMMARIZER_* environment variables (see the README). With --workers N > 1 the N
    processes share their Prometheus figures through PROMETHEUS_MULTIPROC_DIR (a fresh temporary directory
    unless it is set). The service logs one JSON line per request itself, so uvicorn's access log is off.
    """
    import uvicorn  # the server, only when serving

    _check_service_settings()
    _check_address(host, port)
    multiproc_dir = None
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiproc_dir = tempfile.mkdtemp(prefix="summarizer-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = multiproc_dir  # inherited by the worker processes
    try:
        uvicorn.run(
            "service.app:create_app", factory=True, host=host, port=port, workers=workers,
            log_level=LogLevel(log_level).value, access_log=False,
            http="service.server:PROTOCOL",  # uvicorn's protocol with a JSON 400, imported by uvicorn itself
        )
    finally:
        if multiproc_dir is not None:
            shutil.rmtree(multiproc_dir, ignore_errors=True)
            os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)


def _check_address(host: str, port: int) -> None:
    """Whether ``host:port`` can be listened on, checked before the app's worker processes start (seconds of loading
    the dictionary) by binding a socket as uvicorn binds it (``SO_REUSEADDR``) and closing it: a port in use or an
    address that is not this machine's is one error naming it and what to do (exit 2), not uvicorn's ``[Errno 98]``
    after the start-up. Port 0 (any free port) is not checked."""
    import socket

    if port == 0:
        return
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (OSError, UnicodeError) as exc:
        typer.echo(f"error: --host {host}: not an address this machine can listen on ({exc})", err=True)
        raise typer.Exit(code=2) from None
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            hint = ("another server listens there: stop it or choose another --port" if exc.errno == errno.EADDRINUSE
                    else "choose another --host or --port")
            typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc} ({hint})", err=True)
            raise typer.Exit(code=2) from None


def _check_service_settings() -> None:
    """The SUMMARIZER_* settings of the service, checked before uvicorn starts: a bad value is one usage error
    naming the variable (exit 2), not a traceback from inside the server's start-up."""
    import pydantic

    try:
        settings = _service_settings.Settings()
    except pydantic.ValidationError as exc:
        for err in exc.errors():
            name = "SUMMARIZER_" + "_".join(str(part) for part in err["loc"]).upper()
            typer.echo(f"error: {name}: {err['msg']}", err=True)
        raise typer.Exit(code=2) from None
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    _check_reader_limits()
    if settings.user_dict:  # loaded as the app will load it (cached): a missing or undecodable file stops here
        try:
            tokenize.get_tokenizer("jieba", user_dict=settings.user_dict)
        except ResourceError as exc:
            typer.echo(f"error: SUMMARIZER_USER_DICT: {exc}", err=True)
            raise typer.Exit(code=2) from None


def _check_reader_limits() -> None:
    """The readers' SUMMARIZER_MAX_* limits (:meth:`ReaderLimits.from_env`), checked once before any input is read:
    a malformed value is one usage error naming the variable (exit 2), not an error on every PDF/DOCX input (or an
    HTTP 500)."""
    try:
        ReaderLimits.from_env()
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None


# ------------------------------------------------------------------------------------------ the app

#: The commands defined in this module (``version`` is :mod:`summarizer.cli`'s, which runs it without this module),
#: by name. ``evaluate``, ``train`` and ``models`` are defined in modules whose imports take the pipeline, ROUGE and
#: the checkpoint registry: :func:`command_app` imports them only for an app that runs them.
OWN_COMMANDS = {"summarize": summarize_command, "extract": extract_command, "serve": serve_command,
                "version": version_command}


@lru_cache(maxsize=None)
def command_app(name: str | None = None) -> typer.Typer:
    """The ``summarizer`` app: every command (``name`` ``None``: :data:`app`), or the app that runs command ``name``
    of :data:`OWN_COMMANDS`, whose other commands are the stand-ins of :func:`summarizer.cli.listed_command` (the
    same names, order and help lines): ``summarizer summarize`` then never imports :mod:`summarizer.evaluation.cli`,
    :mod:`summarizer.train` or :mod:`summarizer.seq2seq.models_cli` (and the pipeline they import), so that a wrong
    path, an empty file or a wrong option is answered in a fraction of a second (issue 9)."""
    app = new_app()
    for command, short_help in COMMANDS.items():
        if command in OWN_COMMANDS:
            app.command(command, short_help=short_help)(OWN_COMMANDS[command])
        elif name is not None:
            app.command(command, short_help=short_help, help=short_help)(listed_command(command))
        elif command == "evaluate":
            app.command(command, short_help=short_help)(LazyModule("summarizer.evaluation.cli").evaluate)
        elif command == "train":
            app.command(command, short_help=short_help)(LazyModule("summarizer.train").train_command)  # torch: when it runs
        else:
            app.add_typer(LazyModule("summarizer.seq2seq.models_cli").models_app, name=command,  # no torch import
                          short_help=short_help)
    return app


def __getattr__(name: str) -> Any:
    """``app``, the app of every command (:func:`command_app`), built at its first use (PEP 562).

    Raises:
        AttributeError: no other name is looked up here.
    """
    if name == "app":
        return command_app()
    raise AttributeError(f"module 'summarizer.commands' has no attribute {name!r}")


def main() -> None:
    """Entry point of the ``summarizer`` console script: runs :func:`command_app` of the command named (all of them
    for ``evaluate``, ``train`` and ``models``)."""
    args = sys.argv[1:2]
    try:
        command_app(args[0] if args and args[0] in OWN_COMMANDS else None)()
    except BrokenPipeError:  # e.g. `summarizer summarize ... | head`
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        finally:
            sys.exit(1)


if __name__ == "__main__":
    main()
