"""The ``summarizer`` command's entry point: starts without the pipeline.

The commands themselves live in :mod:`summarizer.commands` (its ``app``). Importing it imports Typer, pydantic's
option models and numpy (the pipeline only when an input has text to summarize: debt61, issue 9), which
``summarizer version``, ``summarizer --help`` (or no arguments) and an unknown command do not need: :func:`main` answers those itself (``version``, without importing Typer) or with
:func:`start_app`, a Typer app of the same name, help and command names whose commands take no options, and hands every other command line to
:func:`summarizer.commands.main`, importing it by name (as ``serve`` names the server's protocol by string, so that
no module-level import pulls it in).

Every other name of this module (``app``, ``render_markdown``, the exit statuses, ...) is
:mod:`summarizer.commands`'s, looked up there on first use (PEP 562).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from summarizer import __version__

#: The ``summarizer`` command's help (the first line of ``summarizer --help``).
APP_HELP = "Summaries, challenges (挑战) and recommendations (建议) of long, noisy Chinese documents."

#: Every command of :mod:`summarizer.commands`, in its order, -> its help as ``summarizer --help`` lists it: the one
#: source of these lines (:mod:`summarizer.commands` declares each command with ``short_help=COMMANDS[name]``; a
#: command's own ``--help`` is its docstring). tests/test_startup26_kinds.py checks that the names and order agree.
COMMANDS = {
    "summarize": "Summarize every INPUT (and every --input-jsonl record): one output record per input.",
    "extract": "Print the text summarize reads from FILE (UTF-8): the text every offset of its summary points into.",
    "serve": "Run the HTTP API (POST /v1/summarize, /v1/summarize/file, /v1/summarize/batch; GET /healthz, /readyz, "
             "/metrics; docs at /docs) with uvicorn.",
    "version": "Print the version.",
    "evaluate": "Score summaries: ROUGE-1/2/L on a JSONL dataset, or challenge/recommendation points against gold "
                "points.",
    "train": "Fine-tune a seq2seq checkpoint on your own reference summaries (see summarizer.train).",
    "models": "Seq2seq checkpoints: the registry, the models directory, the one-time download command.",
}

def version_command() -> None:
    """Print the version."""
    print(f"summarizer {__version__}")


def new_app() -> Any:
    """An empty ``typer.Typer`` with the CLI's name, help and settings: the one construction that both
    :data:`summarizer.commands.app` and :func:`start_app` use. Imports Typer (and the pydantic it imports), which
    ``summarizer version`` never needs."""
    import typer  # not for `summarizer version`

    return typer.Typer(
        name="summarizer",
        help=APP_HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_show_locals=False,
    )


@lru_cache(maxsize=1)
def start_app() -> Any:
    """A ``typer.Typer`` of :mod:`summarizer.commands`'s name, help and commands (:data:`COMMANDS`), whose commands
    other than ``version`` take no options and never run: it answers ``--help``, no arguments and an unknown command
    as :data:`summarizer.commands.app` would. Typer (and the pydantic it imports) is imported here, not for
    ``summarizer version``."""
    app = new_app()
    for name, short_help in COMMANDS.items():
        if name == "version":
            app.command("version")(version_command)
        else:
            app.command(name, short_help=short_help, help=short_help)(listed_command(name))
    return app


def listed_command(name: str) -> Callable[[], None]:
    """The stand-in of command ``name`` in :func:`start_app` and in :func:`summarizer.commands.command_app` of
    another command (listed by ``--help``; never run)."""

    def listed() -> None:
        raise AssertionError(f"summarizer {name} runs in summarizer.commands")

    return listed


#: The environment variable that sizes numpy's OpenBLAS thread pool, read once when numpy is first imported.
BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def one_blas_thread() -> None:
    """Run numpy's OpenBLAS with one thread unless the user set :data:`BLAS_THREADS_VARIABLE` (call it before numpy
    is imported; a value already set is kept).

    Why: a process-directed signal (SIGTERM, Ctrl-C's SIGINT) goes to any thread that does not block it, and CPython
    runs its handler in the main thread only when that thread next runs Python code; delivered to an idle OpenBLAS
    thread, it never interrupts the main thread's blocked read (a FIFO, a pipe on standard input), and the run does
    not stop (a flaky ``tests/test_trial13_cli.py`` on 2 cores: ``os.open`` of a FIFO returned, SIGTERM went to the
    BLAS thread, the run read on for ever). The CLI's matrices are a few hundred sentences wide and its parallelism
    is its worker processes (which inherit the setting), so one BLAS thread costs nothing measurable. torch's own
    thread pool (``--model``) is left alone: it sizes model inference."""
    os.environ.setdefault(BLAS_THREADS_VARIABLE, "1")


def main() -> None:
    """Entry point of the ``summarizer`` console script: ``version``, ``--help``, no arguments and an unknown
    command run in :data:`start_app`; everything else in :func:`summarizer.commands.main` (numpy's OpenBLAS with
    one thread: :func:`one_blas_thread`)."""
    args = sys.argv[1:]
    one_blas_thread()
    if args in (["version"], ["--version"], ["-V"]):
        version_command()  # `summarizer --version`, as most commands answer it, is `summarizer version` (ux36)
    elif args and args[0] in COMMANDS and args[0] != "version":
        importlib.import_module("summarizer.commands").main()
    else:
        start_app()()


def __getattr__(name: str) -> Any:
    """A name of :mod:`summarizer.commands` (``app``, ``render_markdown``, ...), imported on first use.

    Raises:
        AttributeError: :mod:`summarizer.commands` has no such name.
    """
    if name.startswith("__"):
        raise AttributeError(f"module 'summarizer.cli' has no attribute {name!r}")
    return getattr(importlib.import_module("summarizer.commands"), name)


if __name__ == "__main__":
    main()
