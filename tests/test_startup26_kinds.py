"""startup26 (issue 9): ``summarizer version``, ``--help`` (or no arguments) and an unknown command start without
the pipeline: :mod:`summarizer.cli` answers them without importing :mod:`summarizer.commands` (and so
summarizer.points/aspects, numpy, scipy, pydantic's models of the pipeline); ``import summarizer`` is lazy (PEP
562). Checked through ``sys.modules`` in a subprocess, never by timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("summarizer.commands", "summarizer.pipeline", "summarizer.points", "summarizer.aspects", "summarizer.clean",
         "summarizer.keyphrases", "numpy", "scipy", "jieba", "opencc")

# Runs the console script's main() with the given argv and prints which heavy modules were imported (on stdout's
# last line, after whatever the command printed), even when the command exits (SystemExit from click).
_PROBE = """
import json, sys
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
import summarizer.cli
code = 0
try:
    summarizer.cli.main()
except SystemExit as exc:
    code = exc.code or 0
print()
print(json.dumps({"code": code, "imported": sorted(m for m in sys.modules
                                                   if m in HEAVY or m.split(".")[0] in HEAVY)}))
"""


def _probe(*args: str) -> tuple[str, dict]:
    code = f"HEAVY = {HEAVY!r}\n" + _PROBE
    out = subprocess.run([sys.executable, "-c", code, json.dumps(list(args))], cwd=REPO, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "80"})
    lines = out.stdout.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]) + out.stderr, json.loads(lines[-1])


def test_version_imports_neither_the_pipeline_nor_typer():
    text, seen = _probe("version")
    assert "summarizer 0.1.0" in text
    assert seen == {"code": 0, "imported": []}


@pytest.mark.parametrize("args", [["--help"], []])
def test_help_lists_the_commands_without_the_pipeline(args):
    text, seen = _probe(*args)
    assert seen["imported"] == []
    assert seen["code"] == (0 if args else 2)  # no arguments: the help, as a usage error (no_args_is_help)
    for name in ("summarize", "extract", "serve", "version", "evaluate", "train", "models"):
        assert name in text


def test_an_unknown_command_is_a_usage_error_without_the_pipeline():
    text, seen = _probe("summarise")
    assert seen == {"code": 2, "imported": []}
    assert "No such command" in text


def test_a_command_of_the_pipeline_still_runs_it():
    # negative: `summarize` is handed to summarizer.commands (its own usage errors included), whose usage errors
    # need no pipeline either (debt61, issue 9)
    text, seen = _probe("summarize", "--no-such-option")
    assert seen["code"] == 2 and "summarizer.commands" in seen["imported"]
    assert "summarizer.points" not in seen["imported"] and "summarizer.pipeline" not in seen["imported"]
    assert "--no-such-option" in text


def test_import_summarizer_is_lazy_and_its_names_still_resolve():
    code = ("import sys, summarizer; before = 'summarizer.pipeline' in sys.modules; "
            "from summarizer import summarize, SummarizeOptions, SummarizerError; "
            "print(before, summarize.__module__, SummarizeOptions.__module__, SummarizerError.__module__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "summarizer.pipeline", "summarizer.schema", "summarizer.errors"]
    import summarizer

    with pytest.raises(AttributeError):
        summarizer.no_such_name  # noqa: B018


@pytest.mark.parametrize("args", [["--help"], [], ["version"], ["summ"], ["--bogus"], ["version", "--help"]])
def test_the_start_app_answers_as_the_full_app(args):
    """The light app's list of commands is :data:`summarizer.cli.COMMANDS`: it must say what the full app says."""
    from summarizer import cli, commands

    runner = CliRunner()
    light, full = runner.invoke(cli.start_app(), args), runner.invoke(commands.app, args)
    assert (light.exit_code, light.output) == (full.exit_code, full.output)


def test_every_command_of_the_full_app_is_listed():
    import typer.main

    from summarizer import cli, commands

    assert list(typer.main.get_command(commands.app).commands) == list(cli.COMMANDS)


def test_names_of_the_commands_module_are_reachable_through_the_cli():
    from summarizer import cli, commands

    assert cli.app is commands.app and cli.render_markdown is commands.render_markdown
    assert cli.EXIT_OUTPUT_FAILED == 3
    with pytest.raises(AttributeError):
        cli.no_such_name  # noqa: B018
