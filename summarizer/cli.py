"""The ``summarizer`` command: a thin layer over :func:`summarizer.summarize`.

Sub-commands:

* ``summarizer summarize FILE... [-]`` — summarize files (``-`` is standard input) to JSON, JSONL or Markdown;
* ``summarizer serve`` — run the HTTP service (``service.app:create_app``) with uvicorn;
* ``summarizer evaluate`` — score summaries against references (from :mod:`summarizer.evaluation.cli`);
* ``summarizer version`` — print the version.

Exit codes: 0 all inputs summarized; 1 at least one input failed (each failure is reported on stderr and,
in JSON/JSONL output, as an error record); 2 wrong usage (unknown option, invalid option value).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from summarizer import __version__
from summarizer.errors import SummarizerError

app = typer.Typer(
    name="summarizer",
    help="Summaries, challenges (挑战) and recommendations (建议) of long, noisy Chinese documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

#: Largest input file (or standard input) ``summarizer summarize`` reads by default, in bytes.
DEFAULT_MAX_BYTES = 50_000_000
STDIN_NAME = "-"


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class MethodChoice(str, Enum):
    textrank = "textrank"
    seq2seq = "seq2seq"


# ------------------------------------------------------------------------------------------ summarize


@app.command("summarize")
def summarize_command(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE", help="Text files in any common encoding (UTF-8, GBK/GB18030, Big5, "
                       "UTF-16 with BOM…); '-' reads standard input.", show_default=False),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="json (default for one input), jsonl (default for several: one "
                     "record per input line) or markdown (for people). json with several inputs gives an array.",
                     show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the output to this file (UTF-8) instead of standard output.",
                     dir_okay=False, show_default=False),
    ] = None,
    max_points: Annotated[
        int | None, typer.Option(help="Most points per aspect (挑战/建议) and essay. [default: 10]", show_default=False)
    ] = None,
    max_point_chars: Annotated[
        int | None, typer.Option(help="Most characters of one point. [default: 60]", show_default=False)
    ] = None,
    summary_chars: Annotated[
        int | None,
        typer.Option(help="Character budget of each essay's summary. [default: 200]", show_default=False),
    ] = None,
    method: Annotated[
        MethodChoice | None,
        typer.Option(help="textrank (extractive) or seq2seq (abstractive; needs the seq2seq extra and a model). "
                     "[default: textrank]", show_default=False),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar.")
    ] = False,
) -> None:
    """Summarize FILE... (one JSON document for one input, JSONL for several).

    A bad input (missing, a directory, binary, empty, too large) is reported on stderr and as an error
    record {"source": ..., "error": {"type": ..., "message": ...}}; the other inputs are still summarized.

    Exit code: 0 when every input was summarized, 1 when any failed, 2 for a usage error.
    """
    from tqdm import tqdm

    from summarizer import summarize
    from summarizer.schema import SummarizeOptions

    overrides: dict[str, Any] = {
        name: value
        for name, value in (
            ("max_points", max_points),
            ("max_point_chars", max_point_chars),
            ("summary_chars", summary_chars),
            ("method", method.value if method is not None else None),
        )
        if value is not None
    }
    options = _validated_options(SummarizeOptions, overrides)
    fmt = output_format or (OutputFormat.json if len(files) == 1 else OutputFormat.jsonl)

    failed = 0
    records: list[dict[str, Any]] = []  # only for --format json with several inputs (an array)
    out, close_out = _open_output(output)
    try:
        progress = tqdm(
            total=len(files), unit="file", file=sys.stderr, leave=False,
            disable=True if quiet or len(files) < 2 else None,  # None: only when stderr is a terminal
            dynamic_ncols=True,
        )
        with progress:
            for i, name in enumerate(files):
                progress.set_postfix_str(name if len(name) <= 40 else "…" + name[-39:], refresh=False)
                source = name
                try:
                    data = _read_stdin(max_bytes) if name == STDIN_NAME else _read_file(name, max_bytes)
                    result = summarize(data, source=source, options=options)
                    record: dict[str, Any] = result.model_dump(mode="json")
                except Exception as exc:  # noqa: BLE001 - every failure becomes a per-input record
                    failed += 1
                    record = _error_record(source, exc)
                    _report(progress, source, record["error"])
                    if not isinstance(exc, (SummarizerError, OSError)) and os.environ.get("SUMMARIZER_DEBUG"):
                        progress.write("".join(traceback.format_exception(exc)), file=sys.stderr)
                _write_record(out, fmt, record, index=i, several=len(files) > 1, records=records)
                progress.update(1)
        if fmt is OutputFormat.json and len(files) > 1:
            out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    finally:
        out.flush()
        if close_out:
            out.close()

    if len(files) > 1:
        done = len(files) - failed
        typer.echo(f"summarized {done} of {len(files)} inputs" + (f"; {failed} failed" if failed else ""), err=True)
    if failed:
        raise typer.Exit(code=1)


def _validated_options(options_type: Any, overrides: dict[str, Any]) -> Any:
    """Build the options, turning a pydantic error into a usage error that names the option."""
    from pydantic import ValidationError

    try:
        return options_type(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err.get("loc") else ""
        raise typer.BadParameter(
            f"{err['msg']} (got {err.get('input')!r})", param_hint=f"'--{field.replace('_', '-')}'"
        ) from None


def _read_file(name: str, max_bytes: int) -> bytes:
    from summarizer.decode import read_file_bytes

    return read_file_bytes(name, max_bytes=max_bytes)


def _read_stdin(max_bytes: int) -> bytes:
    from summarizer.errors import InputTooLargeError

    stream = typer.get_binary_stream("stdin")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"standard input is over the limit of {max_bytes:,} bytes")
    return data


_OS_ERROR_TYPES: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "file_not_found"),
    (IsADirectoryError, "is_a_directory"),
    (PermissionError, "permission_denied"),
)


def _error_record(source: str, exc: BaseException) -> dict[str, Any]:
    """``{"source", "error": {"type", "message"}}`` for a failed input (the shape the HTTP API uses, too)."""
    if isinstance(exc, SummarizerError):
        kind = exc.code
    elif isinstance(exc, OSError):
        kind = next((name for cls, name in _OS_ERROR_TYPES if isinstance(exc, cls)), "io_error")
    else:
        kind = "internal_error"
    message = str(exc) or type(exc).__name__
    if kind == "internal_error":
        message = f"internal error (a bug, please report it): {type(exc).__name__}: {message}"
    return {"source": source, "error": {"type": kind, "message": message}}


def _report(progress: Any, source: str, error: dict[str, str]) -> None:
    message = error["message"]
    where = "" if source in message else f"{'<stdin>' if source == STDIN_NAME else source}: "
    progress.write(f"error: {where}{message}", file=sys.stderr)


def _open_output(output: Path | None) -> tuple[IO[str], bool]:
    if output is None:
        return typer.get_text_stream("stdout", encoding="utf-8"), False
    try:
        return output.open("w", encoding="utf-8", newline="\n"), True
    except OSError as exc:
        typer.echo(f"error: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(code=2) from None


def _write_record(
    out: IO[str], fmt: OutputFormat, record: dict[str, Any], *, index: int, several: bool,
    records: list[dict[str, Any]],
) -> None:
    if fmt is OutputFormat.jsonl:
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        out.flush()
    elif fmt is OutputFormat.json:
        if several:
            records.append(record)
        else:
            out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        if index:
            out.write("\n---\n\n")
        out.write(render_markdown(record))
        out.flush()


def render_markdown(record: dict[str, Any]) -> str:
    """Render one output record (a ``DocumentSummary`` as JSON data, or an error record) as Markdown.

    Layout: ``# source``, a line of facts, then per essay ``## n. title``, the summary, ``### 挑战`` and
    ``### 建议`` lists; every point ends with its half-open character range ``[start, end)`` into the input.
    """
    source = record.get("source") or "(input)"
    if source == STDIN_NAME:
        source = "<stdin>"
    lines = [f"# {source}", ""]
    error = record.get("error")
    if error:
        lines += [f"**错误** (`{error['type']}`): {error['message']}", ""]
        return "\n".join(lines)
    essays = record.get("essays", [])
    lines += [
        f"{record.get('chars', 0)} 字 · 编码 {record.get('encoding')} · 方法 {record.get('method')} · "
        f"{len(essays)} 篇",
        "",
    ]
    for essay in essays:
        title = essay.get("title") or "（无标题）"
        lines += [
            f"## {essay['index'] + 1}. {title}",
            "",
            f"字符范围 [{essay['start']}, {essay['end']})",
            "",
            f"**摘要**：{essay.get('summary') or '（无）'}",
            "",
        ]
        for heading, key in (("挑战", "challenges"), ("建议", "recommendations")):
            lines += [f"### {heading}", ""]
            points = essay.get(key) or []
            if not points:
                lines.append("- （无）")
            for point in points:
                lines.append(f"- {point['text']} `[{point['start']}, {point['end']})`")
            lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ serve


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads the dictionary once).")] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn log level (critical, error, warning, info, debug).")] = "info",
) -> None:
    """Run the HTTP API (POST /v1/summarize, GET /healthz, docs at /docs) with uvicorn.

    Limits come from SUMMARIZER_* environment variables (see the README).
    """
    import uvicorn

    uvicorn.run(
        "service.app:create_app", factory=True, host=host, port=port, workers=workers, log_level=log_level.lower()
    )


# ------------------------------------------------------------------------------------------ version


@app.command("version")
def version_command() -> None:
    """Print the version."""
    typer.echo(f"summarizer {__version__}")


# ------------------------------------------------------------------------------------------ evaluate

try:
    from summarizer.evaluation.cli import evaluate as _evaluate
except ImportError as _exc:  # the evaluation package is optional / not written yet
    _evaluate_missing = f"{type(_exc).__name__}: {_exc}"

    @app.command(
        "evaluate",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        help="Evaluate summaries (unavailable in this installation).",
    )
    def evaluate_unavailable(ctx: typer.Context) -> None:
        typer.echo(f"error: 'summarizer evaluate' is not available: {_evaluate_missing}", err=True)
        raise typer.Exit(code=1)
else:
    app.command("evaluate")(_evaluate)


def main() -> None:
    """Entry point of the ``summarizer`` console script."""
    try:
        app()
    except BrokenPipeError:  # e.g. `summarizer summarize ... | head`
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        finally:
            sys.exit(1)


if __name__ == "__main__":
    main()
